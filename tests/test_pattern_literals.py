"""The cheap test before a furniture regex never rules out a line the regex matches."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from build_tools.clean import _furniture_rules, furniture_reason
from build_tools.pattern_literals import FOLDS_TO_ASCII, case_safe_lower, may_match, required_literals
from build_tools.text import word_count
from build_tools.vocab import Vocabulary, load_vocabulary

ROOT = Path(__file__).resolve().parent.parent
VOCAB = load_vocabulary(ROOT)
PROFILE = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_the_letters_that_fold_to_ascii_from_outside_it_are_all_known() -> None:
    everything = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        assert set(re.findall(letter, everything, re.IGNORECASE)) <= set(FOLDS_TO_ASCII), letter


def test_requirements_of_simple_patterns() -> None:
    assert required_literals(r"\b(?:photo|photos|image)\s*:", re.I) == {"photo", "image"}
    assert required_literals(r"(?:leave|add) a (?:comment|reply).*", re.I) == {"comment", "reply"}
    assert required_literals(r"(?:ab)+x?", re.I) == {"ab"}
    assert required_literals(r"(?:ab)*", re.I) is None  # may match nothing
    assert required_literals(r"a|\d", re.I) is None  # one branch needs no literal
    assert required_literals(r"(?:©|copyright)", re.I) == {"©", "copyright"}  # "©" has no case
    assert required_literals(r"(?:é|copyright)", re.I) is None  # "é" matches "É": a letter outside ASCII
    assert required_literals(r"(", re.I) is None


# Patterns built from pieces of regex syntax, and lines from the words in them, to hold
# the requirement to the regex: whenever the regex finds a match, the line passes.
ATOMS = [
    "ab",
    "©",
    "é",
    "Photo",
    "k",
    "s",
    "i",
    "x y",
    ":",
    r"\d",
    r"\w+",
    ".",
    r"\b",
    "[ab]",
    r"\s*",
    "(?:c|D)",
    r"(a)\1",
]
LINE_PIECES = [
    "ab",
    "AB",
    "photo",
    "PHOTO",
    "k",
    "K",
    "\u212a",
    "s",
    "ſ",
    "i",
    "I",
    "İ",
    "ı",
    "x y",
    "c",
    "D",
    ":",
    "1",
]
LINE_PIECES += [" ", ".", "é", "É", "©", "’", "aBc"]


@st.composite
def patterns(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["atom", "atom", "group", "alt", "repeat"] if depth < 2 else ["atom"]))
        if kind == "atom":
            parts.append(draw(st.sampled_from(ATOMS)))
        elif kind == "group":
            parts.append(f"(?:{draw(patterns(depth + 1))})")
        elif kind == "alt":
            parts.append(f"(?:{draw(patterns(depth + 1))}|{draw(patterns(depth + 1))})")
        else:
            parts.append(
                f"(?:{draw(patterns(depth + 1))}){draw(st.sampled_from(['?', '*', '+', '{2}', '{0,2}', '+?']))}"
            )
    return "".join(parts)


@PROFILE
@given(patterns(), st.lists(st.sampled_from(LINE_PIECES), max_size=12).map("".join))
@example("photos", "PHOTOS")
@example("k", "\u212a")  # the Kelvin sign matches "k" ...
@example("is", "\u0131\u017f")  # ... dotless i matches "i", long s matches "s"
@example("ib", "\u0130b")
def test_a_line_the_regex_matches_is_never_ruled_out(pattern: str, line: str) -> None:
    needs = required_literals(pattern, re.I)
    if re.search(pattern, line, re.I):
        assert may_match(needs, case_safe_lower(line)), (pattern, needs)


def reference_reason(line: str, vocab: Vocabulary) -> str | None:
    """The furniture rules tried without the cheap test (navigation aside)."""
    count = word_count(line)
    for max_words, match, reason, _ in _furniture_rules(vocab).rules:
        if count <= max_words and match(line):
            return reason
    return None


RULE_WORDS = ["Photo", "photo:", "IMAGE by", "credit", "courtesy /", "Comments (3)", "reply", "Read more:", "share on"]
RULE_WORDS += [
    "Reporting by",
    "The writer is",
    "©",
    "Copyright",
    "contact us |",
    "ſhare",
    "İmage",
    "\u212aeep",
    "x@y.com",
]
RULE_WORDS += ["+92 51 1234567", "the", "minister", "said", ".", ",", "“", "”"]


@PROFILE
@given(st.lists(st.sampled_from(RULE_WORDS), max_size=14).map(" ".join))
def test_furniture_rules_give_the_same_reason_with_the_cheap_test(line: str) -> None:
    reason = furniture_reason(line, VOCAB)
    assert reason == (reference_reason(line, VOCAB) or (reason if reason == "site navigation" else None))

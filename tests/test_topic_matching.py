"""Topic matching: the chunk-cached matcher gives the weights the plain per-sentence rule gives.

`topic_weights` looks one-word terms up once per distinct run of non-space
characters, from a cache; the rule it follows is stated here as the code it
replaced, and a property test holds the two to the same weights on text built
from the taxonomy's own terms, their pieces, and characters that bend word
boundaries and case (hyphens, underscores, "İ", "Σ", odd white space).
"""

from __future__ import annotations

import re
from operator import itemgetter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_tools.extract.topics import _term_regex, topic_weights
from build_tools.text import split_sentences
from build_tools.vocab import Topic, Vocabulary, load_vocabulary

ROOT = Path(__file__).resolve().parent.parent
VOCAB = load_vocabulary(ROOT)
PROFILE = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORD = re.compile(r"[^\W_]+")


def reference_weights(paragraphs: list[str], vocab: Vocabulary) -> dict[str, float]:
    """The rule: per distinct sentence, each term whose first word (or its first three letters,
    for a term that may go on) is among the sentence's lower-cased words, and whose pattern
    matches at the start of a word, adds its weight once."""
    whole_words: dict[str, list[tuple[str, re.Pattern[str], float, bool]]] = {}
    prefixes: dict[str, list[tuple[str, re.Pattern[str], float, bool]]] = {}
    for topic in vocab.topics:
        for terms, weight in ((topic.terms, 1.0), (topic.weak_terms, 0.5)):
            for text in terms:
                first = _WORD.findall(text)
                if first:
                    whole = len(first) == 1 and not text.endswith("*") or " " in text and "-" not in text
                    index, key = (whole_words, first[0].lower()) if whole else (prefixes, first[0][:3].lower())
                    exact = any(ch.isupper() for ch in text)
                    index.setdefault(key, []).append((topic.id, _term_regex(text), weight, exact))
    weights = dict.fromkeys((t.id for t in vocab.topics), 0.0)
    for sentence in dict.fromkeys(s for p in paragraphs for s in split_sentences(p)):
        lower = sentence.lower()
        found = set(_WORD.findall(lower))
        for index, keys in (
            (whole_words, whole_words.keys() & found),
            (prefixes, prefixes.keys() & set(map(itemgetter(slice(0, 3)), found))),
        ):
            for key in keys:
                for topic_id, regex, weight, exact in index[key]:
                    target = sentence if exact else lower
                    for match in regex.finditer(target):
                        before = target[match.start() - 1] if match.start() else " "
                        if not (before.isalnum() or before in "_-"):
                            weights[topic_id] += weight
                            break
    return weights


TERMS = sorted({term.rstrip("*") for t in VOCAB.topics for term in (*t.terms, *t.weak_terms)})
# Terms that stretch the matcher: short first words, hyphens, capitals, non-ASCII letters, phrases.
ODD_TERMS = ["al-Qaeda", "IS-K", "F-16*", "de*", "ΟΔΟΣ", "İslam*", "co-op", "u.s.", "oil*", "gas", "_x", "a b*"]
ODD_PIECES = [
    "al",
    "Qaeda",
    "IS",
    "K",
    "F",
    "16",
    "de",
    "derisk",
    "ΟΔΟΣ",
    "οδος",
    "İslam",
    "islam",
    "co",
    "op",
    "u",
    "s",
]
ODD_PIECES += [
    "oil",
    "oils",
    "gas",
    "x",
    "a",
    "b",
    "bc",
    "'s",
    "’s",
    "Σ",
    "σ",
    "ς",
    "İ",
    "ſ",
    "K",
    "_",
    "-",
    "'",
    ".",
    "#",
]
PIECES = [
    *TERMS,
    *ODD_TERMS,
    *ODD_PIECES,
    *(t.upper() for t in TERMS[::7]),
    *(t.title() for t in TERMS[::5]),
    "al",
    "is",
    "no",
    "de",
    "oil",
    "ism",
    "s",
    "ing",
    "İ",
    "Σ",
    "ς",
    "ſ",
    "K",
    "_",
    "-",
    "–",
    "'",
    "’",
    ".",
    ",",
    "(",
    "#",
]
GLUE = ["", "", " ", " ", "  ", "-", "_", "\t", "\u00a0", "\x1c", "\u2028", ". ", ".\n", "\n"]


def texts_of(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(st.sampled_from(pieces), st.sampled_from(GLUE)), max_size=40).map(
        lambda parts: "".join(piece + glue for piece, glue in parts)
    )


def odd_vocabulary() -> Vocabulary:
    """The project's vocabulary plus a topic of odd terms (a fresh one: the matcher is cached per vocabulary)."""
    vocab = load_vocabulary(ROOT)
    vocab.topics.append(Topic(id="odd", label="Odd", description="", terms=tuple(ODD_TERMS), weak_terms=("Σ*", "ok")))
    return vocab


ODD = odd_vocabulary()


@PROFILE
@given(st.lists(texts_of(PIECES), min_size=1, max_size=4))
def test_weights_follow_the_per_sentence_rule(paragraphs: list[str]) -> None:
    assert topic_weights(paragraphs, VOCAB) == reference_weights(paragraphs, VOCAB)
    assert topic_weights(paragraphs, ODD) == reference_weights(paragraphs, ODD)


@PROFILE
@given(st.lists(texts_of(ODD_PIECES + ODD_TERMS), min_size=1, max_size=3))
def test_odd_terms_follow_the_per_sentence_rule(paragraphs: list[str]) -> None:
    assert topic_weights(paragraphs, ODD) == reference_weights(paragraphs, ODD)


@pytest.mark.parametrize(
    "sentence",
    [
        "οδος ΟΔΟΣ's",  # the key comes from one word, the match from another ("Σ" is not final before "'s")
        "de derisking",  # "de*": key "de", matched in "derisking"
        "x-de derisking",  # the word giving "de*" is no match (a hyphen before it); "derisking" gives "der*"
        "alQaeda and al",
        "IS-K is",
        "u.s. policy",
        "pre-trade trade_x gas_ gas",
    ],
)
def test_odd_cases_follow_the_per_sentence_rule(sentence: str) -> None:
    assert topic_weights([sentence], ODD) == reference_weights([sentence], ODD)


def test_weights_follow_the_rule_on_the_seeds() -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "articles").glob("*.txt")):
        paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
        assert topic_weights(paragraphs, VOCAB) == reference_weights(paragraphs, VOCAB), path.name

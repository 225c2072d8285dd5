"""Cleaning a pasted article: page furniture out, broken lines re-flowed, headings found.

`strip_furniture` and `reflow` run before the header (title, byline) is read;
`mark_headings` runs on what remains of the body.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from .model import Removed
from .pattern_literals import case_safe_lower, may_match, required_literals
from .text import word_count
from .vocab import Vocabulary

_TERMINAL = tuple(".!?:;\"”’')…")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# Characters that would be invisible or reorder text on the page.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NAV_TOKEN = re.compile(r"[^\s|•·»›/>\-–—]+")
_INVISIBLE = re.compile(r"[\u200c-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


@dataclass
class Unit:
    """A paragraph-sized piece of text, or a heading, after re-flow."""

    text: str
    blank_before: bool = False  #: separated from the previous unit by an empty line
    heading: bool = False


@dataclass
class Stripped:
    """Article lines with the furniture taken out."""

    lines: list[str]
    removed: list[Removed] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


def normalise_line(line: str) -> str:
    """Unicode NFC, one space between words, no control or invisible characters."""
    if line.isascii() and line.isprintable() and "  " not in line:
        return line.strip()  # the common case, checked in C: nothing to normalise
    line = unicodedata.normalize("NFC", line)
    line = _INVISIBLE.sub("", line)
    line = _CONTROL.sub("", line)
    return _SPACES.sub(" ", line).strip()


def _longest_rule(vocab: Vocabulary) -> int:
    """The most words any furniture rule applies to (rules without a limit: no limit)."""
    return max((int(r.get("max_words", 1 << 30)) for r in vocab.patterns("line_rules")), default=0)


@dataclass(frozen=True)
class _FurnitureRules:
    """The furniture rules of a vocabulary, arranged once for `furniture_reason`."""

    nav_max: int  #: the most words a navigation line has
    limit: int  #: the most words any furniture line has
    #: (max words, match, reason, strings a matching line holds one of or None)
    rules: tuple[tuple[int | float, Callable[[str], object], str, frozenset[str] | None], ...]
    nav: frozenset[str]  #: navigation words


def _furniture_rules(vocab: Vocabulary) -> _FurnitureRules:
    cached = vocab.__dict__.get("_furniture_rules")
    if cached is None:
        nav_max = int(vocab.rules.get("navigation_max_words", 12))
        cached = vocab.__dict__["_furniture_rules"] = _FurnitureRules(
            nav_max=nav_max,
            limit=max(_longest_rule(vocab), nav_max),
            rules=tuple(
                (
                    rule.get("max_words", 10_000),
                    rule["match"],
                    str(rule["reason"]),
                    required_literals(rule["regex"].pattern, rule["regex"].flags),
                )
                for rule in vocab.patterns("line_rules")
            ),
            nav=vocab.words("navigation_words"),
        )
    return cached


def furniture_reason(line: str, vocab: Vocabulary) -> str | None:
    """Why `line` is page furniture, or None when it is article text."""
    arranged = _furniture_rules(vocab)
    limit = arranged.limit
    # Longer than any furniture rule allows: article text. (Counting spaces first
    # spares counting words in long paragraphs; a word needs at least one space.)
    if line.count(" ") > 2 * limit + 2:
        return None
    count = word_count(line)
    if count > limit:
        return None
    lower: str | None = None
    lowered = False
    for max_words, match, reason, needs in arranged.rules:
        if count > max_words:
            continue
        if needs is not None:
            # Most lines hold none of a rule's words: a substring search says so
            # faster than the regex, which tries every position of the line.
            if not lowered:
                lower, lowered = case_safe_lower(line), True
            if not may_match(needs, lower):
                continue
        if match(line):
            return reason
    # Navigation: at most nav_max tokens, every one a navigation word (stop at the first that is not).
    nav, nav_max, seen = arranged.nav, arranged.nav_max, 0
    for token in _NAV_TOKEN.finditer(line):  # (most lines stop at their first token: no list of them all)
        seen += 1
        if seen > nav_max or token.group().casefold() not in nav:
            return None
    return "site navigation" if seen else None


def strip_furniture(text: str, vocab: Vocabulary) -> Stripped:
    """Drop furniture lines (recording each) and lift out keyword lines."""
    keyword_re = vocab.pattern("keyword_line")  # an editor's pattern: RE2, never the backtracking engine
    out = Stripped(lines=[])
    for raw in text.split("\n"):
        line = normalise_line(raw)
        if not line:
            out.lines.append("")
            continue
        match = keyword_re.fullmatch(line) if keyword_re is not None else None
        if match:
            out.keywords.extend(k.strip() for k in re.split(r"[,;]", match.group(1)) if k.strip())
            out.removed.append(Removed("keyword line (kept as keywords)", line, kept=True))
            continue
        reason = furniture_reason(line, vocab)
        if reason:
            out.removed.append(Removed(reason, line))
        else:
            out.lines.append(line)
    return out


def _ends_sentence(text: str) -> bool:
    return text.endswith(_TERMINAL)


def _continues(previous: str, line: str) -> bool:
    """True when `line` carries on the sentence `previous` broke off."""
    if _ends_sentence(previous):
        return False
    first = line[:1]
    return (
        first.islower()
        or first.isdigit()
        or previous.endswith((",", "-", "–", "—", "("))
        or (line[:1] in "([" and not previous.endswith(":"))
    )


def _hard_wrapped(block: list[str]) -> bool:
    """A block wrapped at a fixed width: lines of even length, most stopping mid-sentence."""
    if len(block) < 4:
        return False
    lengths = [len(line) for line in block[:-1]]
    open_ended = sum(not _ends_sentence(line) for line in block[:-1])
    return open_ended >= 0.7 * len(lengths) and min(lengths) >= max(40, 0.6 * max(lengths))


def reflow(lines: list[str]) -> list[Unit]:
    """Join lines broken mid-sentence; keep one unit per paragraph or short line."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    units: list[Unit] = []
    for index, block in enumerate(b for b in blocks if b):
        wrapped = _hard_wrapped(block)
        for position, line in enumerate(block):
            if position and (wrapped or _continues(units[-1].text, line)):
                units[-1].text = f"{units[-1].text} {line}"
            else:
                units.append(Unit(line, blank_before=position == 0 and index > 0))
    return units


def is_heading_shape(text: str, max_words: int = 12) -> bool:
    """A short, capitalised line that does not end like a sentence."""
    # The cheap tests first: most units are paragraphs, which end with a full stop.
    return (
        text[:1].isupper()
        and not text.endswith((".", ",", ";", ":", "…", '"', "”", "'", "’"))
        and not text.isupper()
        and 0 < word_count(text) <= max_words
    )


def mark_headings(units: list[Unit]) -> list[Unit]:
    """Mark the article's own section headings among the body units.

    A heading is a short capitalised line with no closing punctuation, after
    a finished sentence and before a new one starting with a capital.
    """
    for i, unit in enumerate(units):
        if i == 0 or i == len(units) - 1:
            continue
        before, after = units[i - 1], units[i + 1]
        if (
            is_heading_shape(unit.text)
            and not before.heading
            and _ends_sentence(before.text)
            and (after.text[:1].isupper() or after.text[:1] in '"“‘')
        ):
            unit.heading = True
    return units

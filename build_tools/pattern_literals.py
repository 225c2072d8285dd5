"""What text every match of a regular expression must contain: a cheap test before the regex.

A furniture rule such as `.*\\b(?:photo|image|credit)\\s*(?::|/|by\\b).*` is
searched for in every short paragraph; `re` cannot skip ahead in a
case-insensitive pattern, so it tries each position. But no line can match
unless it holds "photo", "image" or "credit": `required_literals` reads that
set from the parsed pattern, and `may_match` rules lines out with plain
substring searches on the lower-cased line.

The test only ever says "cannot match" when that is certain: a pattern whose
requirement it cannot read (back-references, character classes alone, a
letter outside ASCII) gets None, and a line holding a character that
case-insensitively matches an ASCII letter from outside ASCII ("İ", "ı", "ſ",
the Kelvin sign) is always left to the regex.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

try:
    from _sre import unicode_iscased as _iscased  # what re itself asks of a literal under IGNORECASE
except ImportError:  # pragma: no cover

    def _iscased(code: int) -> bool:
        return chr(code).lower() != chr(code) or chr(code).upper() != chr(code)


#: The characters outside ASCII that a case-insensitive ASCII letter matches (tests check the list is whole).
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_FOLDS_TO_ASCII = re.compile(f"[{FOLDS_TO_ASCII}]")
_REPEATS = tuple(
    getattr(_sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre, name)
)
_ATOMIC = getattr(_sre, "ATOMIC_GROUP", None)


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased strings of which every match of `pattern` holds at least one, or None if unknown."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern re rejects gets no shortcut; re reports it where it is compiled
        return None
    found = _of_sequence(list(parsed))
    if not found:
        return None
    lowered = {s.lower() for s in found}
    # A string holding another of the set adds nothing ("photo" already covers "photos").
    return frozenset(s for s in lowered if not any(t != s and t in s for t in lowered))


def _of_sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """A requirement of a sequence: any one of its items' (a match holds every item's match)."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(candidates: frozenset[str] | None) -> None:
        nonlocal best
        if not candidates or not all(map(_plain, candidates)):
            return
        # The most selective: the longest shortest string, then the fewest strings.
        if best is None or (min(map(len, candidates)), -len(candidates)) > (min(map(len, best)), -len(best)):
            best = candidates

    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset(["".join(run)]))
            run = []
        consider(_of_item(op, av))
    if run:
        consider(frozenset(["".join(run)]))
    return best


def _plain(text: str) -> bool:
    """Whether each character is ASCII or has no case ("©", "–"): then the line's lower-cased
    text holds the string wherever the case-insensitive pattern matches it."""
    return text.isascii() or all(ch.isascii() or not _iscased(ord(ch)) for ch in text)


def _of_item(op: Any, av: Any) -> frozenset[str] | None:
    if op is _sre.SUBPATTERN:
        return _of_sequence(list(av[-1]))
    if op is _sre.BRANCH:
        alternatives = [_of_sequence(list(branch)) for branch in av[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*alternatives)  # type: ignore[arg-type]
    if op in _REPEATS:
        low, _, body = av
        return _of_sequence(list(body)) if low >= 1 else None
    if _ATOMIC is not None and op is _ATOMIC:
        return _of_sequence(list(av))
    return None


def case_safe_lower(line: str) -> str | None:
    """`line.lower()` when substring tests on it decide case-insensitive matches of ASCII text, else None."""
    if line.isascii() or not _FOLDS_TO_ASCII.search(line):
        return line.lower()
    return None


def may_match(needs: frozenset[str] | None, lower: str | None) -> bool:
    """False only when a line (lower-cased by `case_safe_lower`) holds none of the required strings."""
    return needs is None or lower is None or any(map(lower.__contains__, needs))

"""Calendar dates written in English news text.

Only a complete date (day, month and year) establishes anything; a weekday,
"yesterday" or "in February" alone does not.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
]
# Every date pattern holds a year: a text without one needs no pattern tried.
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}")
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s*"
)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first complete, valid date in `text` as YYYY-MM-DD, with its match."""
    if not _ANY_YEAR.search(text):
        return None
    found: list[tuple[int, str, re.Match[str]]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            if groups.get("m"):
                iso = _iso(int(groups["year"]), int(groups["m"]), int(groups["d"]))
            else:
                month = _MONTHS[groups["month"].lower().rstrip(".")]
                iso = _iso(int(groups["year"]), month, int(groups["day"]))
            if iso:
                found.append((match.start(), iso, match))
                break
    if not found:
        return None
    _, iso, match = min(found, key=lambda item: item[0])
    return iso, match


def remove_date(text: str, match: re.Match[str]) -> str:
    """`text` with the matched date (and a weekday before it) taken out."""
    head = re.sub(rf"{_WEEKDAY}$", "", text[: match.start()], flags=re.IGNORECASE)
    return (head + text[match.end() :]).strip(" ,|-–—:;")


def is_only_date(text: str) -> str | None:
    """The date when `text` is nothing but a date (with a weekday or a label)."""
    hit = find_date(text)
    if not hit:
        return None
    rest = remove_date(text, hit[1])
    rest = re.sub(r"^(?:published|updated|posted|last updated|date|dated|on)\b\s*:?\s*", "", rest, flags=re.I)
    rest = re.sub(r"\b\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,4})?", "", rest, flags=re.I)
    return hit[0] if not rest.strip(" ,|-–—:;.") else None

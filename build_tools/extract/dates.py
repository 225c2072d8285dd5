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
    # "2024-03-09T10:00:00Z" too, and an app's "2025-6-19"
    re.compile(rf"\b{_YEAR}-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?:\b|(?=T\d))"),
    # (a comma may have no space after it: "05 May,2024 11:17 am"; a comma after the month: "December, 20, 2024")
    re.compile(rf"\b{_MONTH},?\s+{_DAY}(?:,\s*|\s+){_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,\s*|\s+){_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}[-/]{_MONTH}[-/]{_YEAR}\b", re.IGNORECASE),  # "05-Mar-2024", "02/May/2021"
]
_WORDED = _PATTERNS[1:]  #: the patterns with a month's name (the first, ISO, needs a hyphen)
# "2024/03/05": with slashes and the year first, a CMS's stamp (never inside an address: "/2024/03/05/").
_SLASHED = re.compile(rf"(?<![/\w]){_YEAR}/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})(?![/\w])")
# "05.03.2024": with dots, the day comes first (the European stamp; an American writes slashes).
_DOTTED = re.compile(rf"\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.{_YEAR}\b")
# "03/05/24 10:30 AM ET", "03/25/2025 04:34 PM EDT": slashed numbers are read only in an American stamp,
# where the zone says the month comes first.
_US_STAMP = re.compile(
    r"(?<![/\w])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<yy>\d{2}|(?:19|20)\d{2})\s+\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)\s*"
    r"(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\b",
    re.IGNORECASE,
)
# Every date pattern holds a year: a text without one needs no pattern tried.
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}")
_REACH = 28  #: how far before its year a date may start ("21st of September, 2019")
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s*"
)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _valid(match: re.Match[str], text: str, end: int) -> str | None:
    """The date a pattern's `match` names as YYYY-MM-DD, or None: no such day, or cut by the search window's `end`
    ("2024-02-2" of "2024-02-29": read whole in the next year's window)."""
    if match.end() == end < len(text) and text[end].isdigit():
        return None
    groups = match.groupdict()
    if groups.get("m"):
        return _iso(int(groups["year"]), int(groups["m"]), int(groups["d"]))
    month = _MONTHS[groups["month"].lower().rstrip(".")]
    return _iso(int(groups["year"]), month, int(groups["day"]))


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first complete, valid date in `text` as YYYY-MM-DD, with its match."""
    best: tuple[int, str, re.Match[str]] | None = None
    searched = 0
    # Every date holds a year, at its end (or its start, in ISO form): each pattern is tried only
    # around the years the text holds, not along the whole text.
    for year in _ANY_YEAR.finditer(text):
        if best is not None and year.start() > best[0] + _REACH:
            break
        start, end = max(searched, year.start() - _REACH), min(len(text), year.end() + 10)
        searched = year.start()
        window = text[start:end]
        patterns = (_PATTERNS if "-" in window else _WORDED) + ([_DOTTED] if "." in window else [])
        patterns += [_SLASHED] if "/" in window else []
        for pattern in patterns:
            for match in pattern.finditer(text, start, end):
                iso = _valid(match, text, end)
                if iso and (best is None or match.start() < best[0]):
                    best = (match.start(), iso, match)
                    break
    return (best[1], best[2]) if best else _in_figures(text)


def _in_figures(text: str) -> tuple[str, re.Match[str]] | None:
    """The date of a stamp that writes its month or its year in figures, for a text with no date in words or in
    ISO form: an American stamp, day and month in a plain order, a year of two figures ("23-Jul-19")."""
    found = _us_stamp(text) if "/" in text else None
    if found is None and ("/" in text or "-" in text or "." in text):
        found = _figures(text) or _short_year(text)
    return found


# "14/03/2025", "14-03-2025": day and month in figures, read only when the order is plain: a first number over 12
# is a day, a second over 12 a day; else a zone of South Asia or the Gulf beside it says day first. With dots, only
# the American order is left to read here ("08.21.2010"): `_DOTTED` reads the day first whenever it can.
_FIGURES = re.compile(r"(?<![/\w.-])(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>(?:19|20)\d{2})(?![/\w-])")
_DAY_FIRST_ZONE = re.compile(r"\b(?:PKT|IST|GST|AFT)\b")


def _figures(text: str) -> tuple[str, re.Match[str]] | None:
    """The date a stamp writes in figures with slashes or hyphens, when its order is plain (see `_FIGURES`)."""
    match = _FIGURES.search(text)
    if match is None:
        return None
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    if a > 12 or a != b and b <= 12 and _DAY_FIRST_ZONE.search(text):
        iso = _iso(year, b, a)
    elif b > 12:
        iso = _iso(year, a, b)
    else:
        iso = _iso(year, a, b) if a == b else None
    return (iso, match) if iso else None


# "23-Jul-19 | 01:15 AM": a day, a month's name and a year of two figures, with hyphens or slashes (a CMS's
# stamp); read only when the text holds no whole date, as the month's name leaves no doubt of the order.
_SHORT_YEAR = re.compile(rf"(?<![\w/-]){_DAY}[-/]{_MONTH}[-/](?P<yy>\d{{2}})(?![\w/-])", re.IGNORECASE)


def _short_year(text: str) -> tuple[str, re.Match[str]] | None:
    """The date of a stamp with a month's name and a year of two figures ("23-Jul-19"), with its match."""
    match = _SHORT_YEAR.search(text)
    if match is None:
        return None
    month = _MONTHS[match.group("month").lower().rstrip(".")]
    iso = _iso(_full_year(int(match.group("yy"))), month, int(match.group("day")))
    return (iso, match) if iso else None


def _full_year(short: int) -> int:
    """The year a stamp's two figures stand for: 1950 to 2049, as a wire's fields and a CMS's stamps mean."""
    return short + (1900 if short >= 50 else 2000) if short < 100 else short


def _us_stamp(text: str) -> tuple[str, re.Match[str]] | None:
    """The date of an American stamp with slashes ("03/05/24 10:30 AM ET"), with its match."""
    us = _US_STAMP.search(text)
    if us is None:
        return None
    short = int(us.group("yy"))
    iso = _iso(short if short > 99 else 2000 + short, int(us.group("m")), int(us.group("d")))
    return (iso, us) if iso else None


_WEEKDAY_BEFORE = re.compile(rf"{_WEEKDAY}$", re.IGNORECASE)
# (a label may name what it dates: "Published time: 3 May, 2011 14:07", "Updated date: ...")
_STAMP_WORD = re.compile(
    r"^(?:(?:published|updated|posted|last updated)(?:\s+(?:time|date))?(?:\s+(?:on(?:line)?|at))?|date|dated|on)\b"
    r"\s*:?\s*",
    re.IGNORECASE,
)
# A time of day with its zone and offset: "10:15 AM GMT+5", "09:12 PKT", "at 6:12 p.m. EST", "21:14:30".
_CLOCK_TIME = re.compile(
    r"(?:\bat\s+)?\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,4})?(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?\b)?",
    re.IGNORECASE,
)
# A time of day in the military way: "at 0130 hours IST"; in brackets beside another: "(0515 GMT)".
_HOURS_TIME = re.compile(r"(?:\bat\s+)?\b\d{4}\s+hours?\b(?:\s*[A-Z]{2,4}\b)?|\(\d{4}\s*[A-Z]{2,4}\)", re.IGNORECASE)
# An hour without its minutes: "12 AM PT", "9 p.m. EST".
_BARE_HOUR = re.compile(r"(?:\bat\s+)?\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)(?:\s*[A-Z]{2,4}\b)?", re.IGNORECASE)
# What is left of a bracketed update's stamp once its date and time are taken out: "(Updated: )".
_UPDATE_LEFT = re.compile(r"\(\s*(?:updated|modified|edited|last updated)\s*:?\s*\)?", re.IGNORECASE)
# A printed page's reference after the date: "; Page A12", "Page 3".
_PRINT_PAGE = re.compile(r"[;,]?\s*\bpage\s+[A-Z]?\d{1,3}\b", re.IGNORECASE)
# The time after an ISO date: "T10:00:00Z", "T10:00+05:00".
_ISO_TIME = re.compile(r"^T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
# How long ago a page says it changed, which dates nothing: "Updated 3 years ago", "about 2 hours ago".
_TIME_AGO = re.compile(
    r"(?:\b(?:last updated|updated|posted|published)\s*:?\s*)?\b(?:about |over |nearly |almost |just )?"
    r"(?:an?|\d+)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b",
    re.IGNORECASE,
)


def remove_date(text: str, match: re.Match[str]) -> str:
    """`text` with the matched date (and a weekday before it) taken out."""
    head = _WEEKDAY_BEFORE.sub("", text[: match.start()])
    return (head + text[match.end() :]).strip(" ,|-–—:;")


_MONTH_NAMES = "|".join(name.title() for name in _MONTHS if len(name) > 3 or name == "may")
# A label or a month run into the word before it: "NewsSeptember 13, 2001", "By A. WriterUpdated 3 June 2021".
_GLUED_MONTH = re.compile(rf"(?<=[a-z])(?=(?:{_MONTH_NAMES}|Sept?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)\.? \d)")
# (after a time zone in capitals too: "11:47 PM UTCUpdated 14 years ago")
_GLUED_STAMP = re.compile(
    r"(?<=[a-z.\d])(?=(?:Updated|Published|Posted|Last [Uu]pdated|Modified)\b)|"
    r"(?<= [A-Z]{3})(?=(?:Updated|Published|Posted|Modified)\b)|(?<= ET)(?=(?:Updated|Published|Posted|Modified)\b)"
)
_GLUED_ANY = re.compile(r"[a-z.\dCTK][A-Z]")  # where either kind of glue may be: a capital after a letter or a zone
# A date printed twice with nothing between: "14 Sep 202214 Sep 2022".
_SHORT_MONTHS = "Sept?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec"
_GLUED_YEAR = re.compile(rf"(?<=(?:19|20)\d\d)(?=\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES}|{_SHORT_MONTHS})\b)")
# A year run into the time after it: "March 5, 20245:14 AM GMT+5".
_GLUED_TIME = re.compile(r"(?<=[ ,](?:19|20)\d\d)(?=\d{1,2}:\d\d)")
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>(?:19|20)\d{2})\b")
_SHORT_NUMERIC = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{2})")
_LEADING_WEEKDAY = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b",
    re.IGNORECASE,
)


def unglue_stamp(text: str) -> str:
    """A date line with its glued words apart: "NewsSeptember 13, 2001" -> "News September 13, 2001"."""
    if not _ANY_YEAR.search(text) or not (_GLUED_ANY.search(text) or _GLUED_YEAR.search(text) or ":" in text):
        return text
    if ":" in text:  # (a clock's "1:22 P. M." spaced as a transcript's header sets it: "1:22 P.M.")
        text = _SPACED_MERIDIEM.sub(r"\1.M.", _GLUED_TIME.sub(" ", text))
    return _GLUED_STAMP.sub(" | ", _GLUED_MONTH.sub(" ", _GLUED_YEAR.sub(" ", text)))


_SPACED_MERIDIEM = re.compile(r"\b([AaPp])\.\s+[Mm]\.")


def numeric_date(text: str, order: str = "mdy", short_year: bool = False) -> str | None:
    """A numeric date ("3/7/2000") read in the stated `order` ("mdy" or "dmy"); a first number over 12 is a day.
    With `short_year`, a year of two figures is read too ("4/11/95": a wire field's, 1950 to 2049)."""
    match = _NUMERIC.search(text) or (_SHORT_NUMERIC.fullmatch(text.strip()) if short_year else None)
    if not match:
        return None
    first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    year = _full_year(year)
    month, day = (first, second) if order == "mdy" and first <= 12 else (second, first)
    return _iso(year, month, day)


def starts_with_weekday(text: str) -> bool:
    """True when `text` opens with a weekday ("Thursday, April 25, 2024"), as a page's clock does."""
    return bool(_LEADING_WEEKDAY.match(text))


#: a time of day in four figures with its zone, and a stamp's label before it: "Posted: 0412 GMT", "1015 PKT"
_ZONED_HHMM = re.compile(
    r"(?:\b(?:posted|updated)\s*:?\s*)?\b[0-2]\d[0-5]\d\s*(?:GMT|UTC|[ECMP][SD]T|PKT|IST|BST)\b", re.IGNORECASE
)


#: a date of the Hijri calendar printed beside the Gregorian one: "24 Shaban 1447 AH", "3rd Rabi-ul-Awwal 1446 A.H."
#: (the month's name in parts a space or a hyphen sets apart, no part holding either, so a long hyphenated word
#: cannot be split in many ways: the search stays linear)
_HIJRI = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s{1,3}[A-Z][\w'’ʿ‘]{0,15}(?:[ -][A-Za-z][\w'’ʿ‘]{0,15}){0,3}\s{1,3}"
    # (or with its month first, as an old Pakistani site printed it: "Ziqa'd 21, 1429 A.H.")
    r"|\b[A-Z][\w'’ʿ‘]{0,15}(?:[ -][A-Za-z][\w'’ʿ‘]{0,15}){0,3}\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{1,3})1[34]\d{2}"
    r"\s{0,3}(?:AH|A\.H\.?)(?!\w)\s*[/|,–—-]?"
)


#: a counter of readers' comments beside a stamp: "0 Comments", "| 12 comments", "· 3 Comments"
_COMMENT_COUNT = re.compile(r"[|·•]?\s*\b\d{1,6}\s{1,3}[Cc]omments?\b")
#: the Hijri calendar's months as English pages spell them ("Safar", "Rabi-ul-Awwal", "Jamadi-us-Sani", "Ziqa'd",
#: "Zilhaj", "Dhu al-Hijjah"): one list for every reader of a Hijri date
HIJRI_MONTH = (
    r"(?:muharram|safar|rabi[‘’' -]?(?:ul|al|us)?[‘’' -]?(?:awwal|awal|sani|thani|akhir)|"
    r"j[au]m[ai]d[ai][‘’' -]?(?:ul|al|us)?[‘’' -]?(?:awwal|awal|ula|sani|thani|akhir|ukhra)|rajab|sha[‘’']?ban|"
    r"rama[dz]an|shawwal|(?:dhu|dhul|zu|zil|zi)[‘’' -]?(?:al[‘’' -]?|l[‘’' -]?)?(?:qa[‘’']?dah|qa[‘’']?d|hijjah|hajj?))"
)
#: the same without "AH", when the month is one the Hijri calendar names: "Safar 6, 1426", "6 Safar 1426"
_HIJRI_NAMED = re.compile(
    rf"\b(?:{HIJRI_MONTH}\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}{HIJRI_MONTH},?)"
    r"\s{1,3}1[34]\d{2}\b",
    re.IGNORECASE,
)


def stamp_rest(text: str, match: re.Match[str]) -> str:
    """What a date stamp holds besides its date (printed once or twice), weekday, stamp word, time of day and
    "updated ... ago" ("" for a bare stamp)."""
    rest = _STAMP_WORD.sub("", remove_date(text, match))
    rest = _ISO_TIME.sub("", rest) if rest[:1] == "T" else rest
    rest = rest.replace(match.group(), "") if match.group() in rest else rest  # "14 Sep 2022 14 Sep 2022"
    rest = _TIME_AGO.sub("", rest) if "ago" in rest.lower() else rest
    rest = _CLOCK_TIME.sub("", rest) if ":" in rest or "." in rest else rest  # "10:15 AM", "14.30 GMT"
    rest = _HOURS_TIME.sub("", rest) if "hour" in rest.lower() or "(" in rest else rest  # "at 0130 hours IST"
    rest = _ZONED_HHMM.sub("", rest) if "t" in rest.lower() else rest  # "Posted: 0412 GMT": a clock's four figures
    rest = _BARE_HOUR.sub("", rest) if "m" in rest.lower() else rest  # "12 AM PT"
    rest = _PRINT_PAGE.sub("", rest) if "page" in rest.lower() else rest  # "; Page A12"
    rest = _COMMENT_COUNT.sub("", rest) if "omment" in rest else rest  # "06:00   0 Comments": the readers' counter
    if "h" in rest.lower() and _HIJRI.search(rest):  # "Thursday 24 Shaban 1447 AH /": the Hijri date beside it
        rest = _WEEKDAY_BEFORE.sub("", _HIJRI.sub("", rest).strip(" ,|-–—:;./"))
    elif _HIJRI_NAMED.search(rest):  # "March 17, 2005 Thursday Safar 6, 1426": a month the Hijri calendar names
        rest = _WEEKDAY_BEFORE.sub("", _HIJRI_NAMED.sub("", rest).strip(" ,|-–—:;./"))
    rest = _UPDATE_LEFT.sub("", rest) if "(" in rest else rest  # "(Updated: 14:02 GMT 09.05.2024)", its stamp gone
    return rest.strip(" ,|-–—:;.")


def is_only_date(text: str, hit: tuple[str, re.Match[str]] | None = None) -> str | None:
    """The date when `text` is nothing but a date (with a weekday or a label); `hit` is its `find_date`, if known."""
    hit = hit or find_date(text)
    if not hit:
        return None
    return hit[0] if not stamp_rest(text, hit[1]) else None


# A date in a page's address: ".../2023/11/22/slug/", ".../2023-11-22-slug" (a year, then month and day).
_ADDRESS_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/-]|$)")


def address_date(url: str | None) -> str | None:
    """The date a page's address holds in its path (YYYY/MM/DD or YYYY-MM-DD), if a valid one."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    match = _ADDRESS_DATE.search(path)
    return _iso(int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None

"""The article's own metadata: headline, standfirst, byline, date, dateline, outlet.

A pasted page is read in three zones, found by the boilerplate classifier:
its head (before the first paragraph of prose), the article, and its foot
(after the last). The head's lines are date stamps, bylines, mastheads,
credits, a headline and furniture; the foot's are citations, copyright lines
and furniture. Each piece of evidence has a rank (a byline's timestamp
outranks a page clock; the wire in a dateline outranks a masthead), and what
is not metadata in the head or the foot is removed and recorded. Never
invents: a missing headline is left for `titles.generate_title`, a missing
date stays None.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field, replace

from ..clean import NEXT_STORY, PICTURE, RELATED, SITE_ADDRESS, Unit, is_heading_shape
from ..model import Removed
from ..pattern_literals import case_safe_lower, may_match
from ..text import split_sentences, word_count
from ..vocab import Vocabulary
from . import headline as hl
from . import publication as pub
from .actors import plausible_person_name
from .boilerplate import GOOD, NEARGOOD, classify, dedupe, ends_sentence, rules
from .dates import (
    HIJRI_MONTH,
    find_date,
    is_only_date,
    numeric_date,
    remove_date,
    stamp_rest,
    starts_with_weekday,
    unglue_stamp,
)
from .kind import kind_rules
from .lexicon import lexicon

_BYLINE_LABEL = re.compile(
    r"^(?:(?:by|written by|reported by|story by|text by)\s*:?\s+|(?:authors?|author\(s\)|reporters?|writers?)\s*:\s*)",
    re.IGNORECASE,
)
# `Author, "Title," Publication. 2025-03-09.` — a reference line at the foot of a reprint.
_CITATION = re.compile(
    r"""^(?P<author>[^"“”]{2,80}?)[,.]\s*["“](?P<title>[^"“”]{3,200}?)[,.]?["”],?\s*"""
    r"""(?P<publication>[^"“”]{2,80}?)[.,]\s*(?P<rest>.*)$"""
)
# "Published in Dawn, February 16th, 2023" — a newspaper's own footer.
_PUBLISHED_IN = re.compile(r"^published in (?P<publication>[^,]{2,60}),\s*(?P<rest>.+)$", re.I)
# "This story appeared in the January 31, 2025 print edition of Example Talk." — a weekly's note of its printed issue
# (the date before "print edition", or after the outlet: "... print edition of Example Talk on January 31, 2025").
_PRINT_NOTE = re.compile(
    r"^(?:this|the|a version of this) (?:story|article|piece|report|column) (?:first )?appeared in (?:the )?"
    r"(?P<rest>[^.]{0,40}?)\s*print edition of (?P<publication>[A-Z][^.]{1,60}?)(?:,? on (?P<on>[^.]{6,40}))?\.?$",
    re.I,
)
_DASH_DATELINE = re.compile(
    # "KABUL/ISLAMABAD": filed from two places, the first named
    r"^(?P<place>[A-Z][A-Za-z.'’]*(?:[ -][A-Z][A-Za-z.'’]*){0,3})"
    r"(?: ?/ ?[A-Z][A-Za-z.'’]*(?:[ -][A-Z][A-Za-z.'’]*){0,3})*"
    r"(?:\s*\[[A-Z][A-Za-z .'’-]{1,30}\])?"  # "Islamabad [Pakistan], March 5 (ANI):"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?"  # "WASHINGTON, D.C. —"
    # "March 5, 2024", "5 March 2024"; with an ordinal ("5th March, 2024", "the 5th March, 2024": releases)
    r"(?:[,;]\s*(?:the\s+)?(?P<date>[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?"  # ("Islamabad; 10th May,")
    r"|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9}(?:,? \d{4})?))?"
    # (an agency's tag may end it without a dash: "Washington, March 5 (IANS) US officials ...")
    r"(?:\s*\((?P<agency>[A-Z0-9][A-Za-z0-9 .&-]{1,29})\)\s*(?P<dash>--|[-–—:_])?|\s*(?:--|[-–—:])"
    r"|\s*/[A-Z][A-Za-z0-9 .&-]{1,29}/\s*(?:--|[-–—:]))\s*"  # "HOUSTON, Oct. 21, 2025 /Example Wire/ --"
    r"(?:\((?P<agency_after>[A-Z][A-Za-z0-9 .&-]{1,29})\)\s*)?(?=\S)"  # "ISLAMABAD: (APP) ..."
)
_COMMA_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*){0,2}),\s+(?=[A-Z])")
# "ISLAMABAD, (ExampleNews / Example Point News - 27th Jan, 2024) :US Ambassador ...": an aggregator's credit and
# date in one bracket (the first outlet named is the credit)
_CREDIT_DATE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*){0,2}),?\s*"
    r"\((?P<agency>[A-Z][A-Za-z0-9.&-]{1,30})(?:\s*/\s*[A-Za-z0-9 .&-]{1,40}?)?\s+-\s+"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \d{4})\)\s*(?P<dash>:)\s*(?=\S)"
)
# "WASHINGTON-US former ..." (the dash glued to both words), "ISLAMABAD, Pakistan When ..." (no dash at all).
_GLUED_DATELINE = re.compile(r"^(?P<place>[A-Z]{4,}(?: [A-Z]{3,})?)-(?=[A-Z])")
_CAPS_REGION_DATELINE = re.compile(
    r"^(?P<place>[A-Z]{4,}(?: [A-Z]{3,})?), (?P<region>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?=[A-Z])"
)
# "(Bloomberg) -- Pakistan's bonds ...": an agency's label with no place before it.
_AGENCY_LEAD = re.compile(r"^(?P<place>)\((?P<agency>[A-Z][A-Za-z0-9 .&-]{1,29})\)\s*(?:--|[-–—:])\s*(?=\S)")
# "ABOARD THE EXAMPLE AT SEA, May 22, 2008 —": a dated line of capitals that is not a city.
_DATED_CAPS = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ ]{2,60}), (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}) *(?:--|[-–—:]) *"
)
# A wire byline's credit glued before the dateline: "Associated Press Writer ISLAMABAD, ..."
_GLUED_CAPS = re.compile(r"(?<=[a-z])(?=[A-Z]{4,}\b)")
_POSITION_GLUE = re.compile(r"[a-z](?=[A-Z][a-z])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DESK_FILLERS = frozenset({"our", "the"})  #: words a desk's byline may hold besides desk words ("Our Correspondent")
# Characters one of which every date, outlet-and-date or label line of seven words or more holds.
_META_MARKS = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "|", " - ", " – ", " — ", ":")
_WORDS = re.compile(r"[\w’']+")
_HASHTAGS = re.compile(r"#\w+")  #: a post's hashtags after its stamp
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_BYLINE_PARTS = re.compile(r"\s*[|•·]\s*|\s+[-/]\s+")
_OUTLET_DATE_PARTS = re.compile(r"\s+[-–—|]\s+|^[-–—]\s*|\s*\|\s*")
#: a channel's post header: "Example News English, [20.03.2025 14:05]"
_CHANNEL_POST = re.compile(
    r"^(?P<outlet>[A-Z][^,\[\]]{1,60}),\s*\[(?P<stamp>\d{1,2}[./]\d{1,2}[./]\d{4}[^\[\]]{0,12})\]$"
)
_WIRE_LABEL = re.compile(r"^([A-Z][A-Za-z' ]{1,20}):\s+")
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


@dataclass
class Header:
    """Metadata read from the article's head and foot."""

    headline: str | None = None
    subtitle: str | None = None
    author: str | None = None
    publication: str | None = None
    date: str | None = None
    date_source: str | None = None
    dateline: str | None = None
    body: list[Unit] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    lede_offset: int = 0  #: characters of the first paragraph before its lede (dateline, outlet label)
    lede: Unit | None = None  #: the article's first paragraph of prose (short highlight lines may stand before it)
    #: the first paragraph kept under the byline or the date, when it reads as prose: the article's opening
    prose_under_byline: Unit | None = None
    labels: list[str] = field(default_factory=list)  #: section labels and label lines the page shows
    wire: bool = False  #: a wire agency is credited in the dateline


@dataclass
class _Evidence:
    """Candidates for the date and the outlet, with their ranks (lower is better)."""

    dates: list[tuple[int, int, str, str]] = field(default_factory=list)  #: (rank, order, iso, source)
    outlets: list[tuple[int, int, str]] = field(default_factory=list)  #: (rank, order, outlet)

    def date(self, rank: int, iso: str | None, source: str) -> None:
        if iso:
            self.dates.append((rank, len(self.dates), iso, source))

    def outlet(self, rank: int, name: str | None) -> None:
        if name:
            self.outlets.append((rank, len(self.outlets), name))


# -- single lines -------------------------------------------------------------------


def _stamp_labels(vocab: Vocabulary) -> str:
    """The editors' stamp labels ("Published", "Updated") as alternatives of a pattern, longest first."""
    labels = sorted(vocab.words("stamp_labels"), key=len, reverse=True)
    return "|".join(re.escape(label) for label in labels) or "(?!)"


def _stamp_label(vocab: Vocabulary) -> re.Pattern[str]:
    """A stamp's label at the start of a line, with what may follow it ("Published on:", "Edited time:")."""
    cached = vocab.__dict__.get("_stamp_label")
    if cached is None:
        pattern = rf"^(?:{_stamp_labels(vocab)})\b(?:\s+(?:time|date)\b)?\s*(?:on|at)?\s*:?\s*"
        cached = vocab.__dict__["_stamp_label"] = re.compile(pattern, re.I)
    return cached


def _labelled_part(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """(date, part) of a labelled stamp that is one part of a line of parts ("Desk / SITE.COM / Updated: ...")."""
    # (the parts a bar or a slash sets apart; a part of labelled fields is cut again where a stamp's label
    # starts: "Reported By : X Published : Mar 05, 2024 10:30 IST, Updated : ...")
    parts: list[str] = []
    for part in _BYLINE_PARTS.split(text):
        pieces = _stamp_split(vocab).split(part)
        parts.extend(pieces if ":" in pieces[0] else [part])
    for part in parts:
        hit = find_date(part) if _stamp_label(vocab).match(part) else None
        dated = _date_line(part, vocab, hit) if hit else None
        if dated:
            return dated[0], part
    return None


def _labelled_stamp(text: str, hit: _Hit, vocab: Vocabulary) -> _Line | None:
    """The stamp of a line of parts one of which is labelled (`_labelled_part`); `hit` is the line's first date.
    When that part dates a later change and the line's first date stands before it ("|05.03.2024 - Update :
    06.03.2024"), the first is the article's: a site prints its own stamp first, then the update's."""
    found = _labelled_part(text, vocab)
    if found is None:
        return None
    date, part = found
    if not _update(part, vocab):
        return _Line("date", date=date, labelled=True)
    if hit[1].start() < text.find(part):
        return _Line("date", date=hit[0], labelled=True)
    return _Line("date", date=date, labelled=True, updated=True)


def _stamp_split(vocab: Vocabulary) -> re.Pattern[str]:
    """Where a stamp's label ("Published", "Updated") starts, after other words of a line."""
    cached = vocab.__dict__.get("_stamp_split")
    if cached is None:
        cached = vocab.__dict__["_stamp_split"] = re.compile(rf"\s+(?=(?:{_stamp_labels(vocab)})\b)", re.I)
    return cached


def _labelled(text: str, vocab: Vocabulary) -> bool:
    return bool(_stamp_label(vocab).match(text) or _BYLINE_LABEL.match(text))


_Hit = tuple[str, re.Match[str]]


def _published_part(text: str, vocab: Vocabulary) -> str:
    """Of a line giving the later change first and the first publication after it ("Updated August 11, 2023 |
    Published August 10, 2023"), the publication's part; any other line as it is."""
    if not _update(text, vocab):
        return text
    later = _LATER_PUBLISHED.search(text)
    return text[later.start() :].lstrip("|•·,; ") if later and find_date(text[later.start() :]) else text


_LATER_PUBLISHED = re.compile(r"[|•·,;]\s*(?:first |originally )?(?:published|posted)\b", re.I)


def _update(text: str, vocab: Vocabulary) -> bool:
    """Whether `text` opens with a label of a later change (the editors' `update_labels`: "Last Updated")."""
    return text.lower().startswith(tuple(vocab.words("update_labels")))


def _archive_notice(text: str, vocab: Vocabulary) -> bool:
    """True when `text` opens as an archive notice (the editors' `archive_line`, on RE2)."""
    pattern = vocab.pattern("archive_line")
    return pattern is not None and pattern.match(text) is not None


#: a site's note of the day its pages stopped changing: "... has not been updated since January 20, 2001"
_FROZEN_SINCE = re.compile(r"\b(?:updated|changed|revised|maintained)\s+since\s+$", re.I)


def _frozen_notice(text: str, hit: _Hit) -> bool:
    """Whether an archive notice's date (`hit`) is the day its site stopped changing ("... not been updated since
    January 20, 2001")."""
    return _FROZEN_SINCE.search(text, 0, hit[1].start()) is not None


#: a site's address beside its stamp: "english.example.cn   2011-05-03 22:41:07"
_SITE_ADDRESS = re.compile(r"(?<!\S)(?:www\.)?(?:[\w-]+\.)+[a-z]{2,6}(?!\S)", re.I)


def _date_line(text: str, vocab: Vocabulary, hit: _Hit) -> tuple[str, bool] | None:
    """(date, labelled) when `text` is a date stamp: a date and at most a label, a weekday, a time, a section.

    `text` has its glued words apart (`unglue_stamp`); `hit` is its `find_date`.
    """
    if len(text) <= 300 and _archive_notice(text, vocab):
        # (however long: "This article was published on example.co.uk at 19.47 GMT on Tuesday 15 February 2011.
        # It was last modified at 21.10 GMT on ...": its first date is the publication's; but a site's note
        # that its archive has not changed since a day dates the archive, not the article)
        return None if _frozen_notice(text, hit) else (hit[0], True)
    if len(text) - len(hit[1].group()) > 90:
        return None  # far more than a date and its label: a sentence
    rest = stamp_rest(text, hit[1])
    if not rest:
        return hit[0], bool(_stamp_label(vocab).match(text))
    rest = _SITE_ADDRESS.sub("", _stamp_label(vocab).sub("", rest)).strip(" ,|-–—:;•")
    rest = _HASHTAGS.sub("", rest) if "#" in rest else rest  # ("48,912 views  Sep 26, 2022  #Example #Pakistan")
    # ("Karachi Edition | Monday, April 14, 2025", "187,402 views  Jun 18, 2025": an edition's or a count's words)
    words = _WORDS.findall(rest.lower())
    edition = "edition" in words  # (an edition's place is no dateline of the article's: "Karachi Edition")
    counted = "views" in words  # ("187,402 views": the count's figures too)
    companions, places = vocab.words("stamp_companions"), vocab.words("places")
    words = [
        w for w in words if w not in companions and not (edition and w in places) and not (counted and w.isdigit())
    ]
    if len(words) <= 2 and vocab.words("navigation_words").issuperset(words):
        # "News | September 13, 2001": a section label beside the date (or nothing but a stamp's label)
        return hit[0], not words and bool(_stamp_label(vocab).match(text))
    return None


def _desk(text: str, vocab: Vocabulary) -> bool:
    """A byline that names a desk, not a person ("Staff Reporter", "Our Correspondent")."""
    words = set(_WORDS.findall(text.lower()))
    desk = vocab.words("desk_words")
    if 1 <= len(words) <= 4 and not desk.isdisjoint(words) and desk.issuperset(words - _DESK_FILLERS):
        return True
    parts = text.split()  # "Recorder Report": a name and a desk's head word
    heads = vocab.words("desk_heads")
    return 2 <= len(parts) <= 4 and parts[-1].lower() in heads and all(p[:1].isupper() for p in parts)


#: a field of a record that names which of its dates it gives: "Document Creation Date:", "Release date:"
_DATE_FIELD = re.compile(r"^[A-Z][\w ]{0,40}?\bdate\s*:", re.I)


def _field_or_byline(
    text: str, vocab: Vocabulary, hit: _Hit | None
) -> tuple[str | None, str | None, str | None] | None:
    """`_byline`, save for a record's field of a date ("Document Creation Date: May 2, 2016"): its words name
    which date it is, no writer."""
    return None if _DATE_FIELD.match(text) else _byline(text, vocab, hit)


def _byline(text: str, vocab: Vocabulary, hit: _Hit | None) -> tuple[str | None, str | None, str | None] | None:
    """(author, date, outlet) when `text` is a byline or a date stamp with a name, else None.

    `text` has its glued words apart (`unglue_stamp`); `hit` is its `find_date`.
    """
    labelled = bool(_BYLINE_LABEL.match(text.lstrip("|- ")))
    if not labelled and not _YEAR.search(text):
        return _plain_byline(text, vocab)
    if word_count(text) > 18 or _citation(text):
        return None
    if text.endswith((".", "?", "!")) and not hit and not labelled:
        return None
    if not hit and not labelled:
        return (text, None, None) if _desk(text, vocab) else None
    rest = remove_date(text, hit[1]) if hit else text
    first = _stamp_split(vocab).split(_BYLINE_PARTS.split(rest.strip(" |-"))[0])[0]
    wire = _outlet_for_writer(_BYLINE_LABEL.sub("", first), vocab)
    if wire:
        return None, hit[0] if hit else None, wire  # "By Reuters", "Reuters Published 12 Mar, 2024": no author
    found = _named_part(rest, vocab)
    if found is None:
        return None
    name, part = found
    filed, at, place = name.rpartition(" in ")  # "By MA QING in Islamabad | ...": the writer, then where
    name = filed if at and place.casefold() in vocab.words("places") else name
    name, outlet = _writer_and_outlet(name, part, rest, vocab)
    return name if 0 < word_count(name) <= 6 else None, hit[0] if hit else None, outlet


def _writer_and_outlet(name: str, part: str, rest: str, vocab: Vocabulary) -> tuple[str, str | None]:
    """(writer, outlet) of a byline whose writer's part is `part` and whose other parts are in `rest`: the outlet
    run into the name, an affiliation after it ("Jane Roe, Example News"), or a part of its own after a bar
    ("By Jane Roe | Example Times, Washington": the outlet, then where the writer filed from)."""
    name, outlet = _name_then_outlet(name, vocab)
    outlet = outlet or pub.affiliation(part, vocab)
    if outlet:
        return name, outlet
    for piece in _BYLINE_PARTS.split(rest):
        piece = piece.strip(" |-–—")
        if piece and piece != part.strip(" |-–—"):
            named = piece.split(",")[0].strip()
            outlet = pub.agency(named, vocab) or pub.masthead(named, vocab)
            if outlet:
                return name, outlet
    return name, None


def _outlet_for_writer(named: str, vocab: Vocabulary) -> str | None:
    """The outlet a byline names where a writer's name would stand ("By Reuters", "By Example News"); None when
    it names a writer ("By Jane Roe", "By Jane Roe Example News")."""
    if _name_then_outlet(named, vocab)[1] is not None:
        return None
    if named.isupper() and named.isalpha() and 2 <= len(named) <= 6:
        return named  # "By EPS": initials, an outlet's or an agency's (a writer's name has two words)
    return pub.agency(named, vocab) or pub.masthead(named, vocab)


def _name_then_outlet(name: str, vocab: Vocabulary) -> tuple[str, str | None]:
    """(writer, outlet) of a byline's name run into its outlet with no comma ("Jane Roe Example News"):
    the last words are an outlet's name when the words before them are a person's."""
    words = name.split()
    for cut in range(2, len(words) - 1):
        rest = " ".join(words[cut:])
        outlet = pub.agency(rest, vocab) or pub.masthead(rest, vocab)
        if outlet and plausible_person_name(" ".join(words[:cut]), vocab):
            return " ".join(words[:cut]), outlet
    return name, None


def _plain_byline(text: str, vocab: Vocabulary) -> tuple[str | None, str | None, str | None] | None:
    """`_byline` for a line with no label and no date: a desk's name, or names with a title or an outlet."""
    if pub.agency(text, vocab) or text.strip().casefold() in vocab.words("outlet_names"):
        return None  # "APP", "Dawn" alone: the agency or the outlet credited (the publication), not a desk
    if _desk(text, vocab):
        return text, None, None
    several = _several_names(text, vocab)  # "Jane Roe and John Doe": the writers of the article
    if several:
        return several, None, None
    named = _name_and_title(text, vocab)
    return (named, None, None) if named else _name_special_to(text, vocab) or _name_and_outlet(text, vocab)


_SERIES_BY = re.compile(r"^(?:[A-Z][\w&’'-]*\s+){1,4}by\s+(?P<names>[A-Z].+)$")


def _series_by(text: str, vocab: Vocabulary) -> str | None:
    """The writers of a series' byline, "Critical Questions by Jane Roe and John Doe" (a series' name in
    capitals, "by" and only persons' names); None for any other line."""
    match = _SERIES_BY.match(text)
    return _names_line(match.group("names"), vocab) if match else None


def _name_special_to(text: str, vocab: Vocabulary) -> tuple[str, None, str] | None:
    """(author, None, outlet) of "Jane Roe, Special to the Example Times": a contributor's byline."""
    name, comma, rest = text.partition(", ")
    if not comma or not rest.lower().startswith("special to ") or not plausible_person_name(name, vocab):
        return None
    outlet = pub.affiliation(text, vocab)
    return (name, None, outlet) if outlet else None


def _name_and_outlet(text: str, vocab: Vocabulary) -> tuple[str, None, str] | None:
    """(author, None, outlet) of "Jane Roe, CNN" or "Jane Roe, Example News": a writer and their outlet."""
    name, comma, rest = text.partition(", ")
    if not comma or not plausible_person_name(name, vocab):
        return None
    outlet = pub.affiliation(text, vocab) or pub.agency(rest, vocab)  # (the byline reader's own affiliations)
    return (name, None, outlet) if outlet else None


_TITLE_FILLERS = frozenset({"of", "the", "for", "and", "to", "on", "&"})


def _name_and_title(text: str, vocab: Vocabulary) -> str | None:
    """The name in an issuer's or writer's line, "Jane Doe, Department Spokesperson" (a person's name, a comma,
    then a title in capitals that names an office) or "Jane Doe in Islamabad"; None for any other line (a
    headline has a verb)."""
    name, at, place = text.partition(" in ")
    if at and 2 <= word_count(name) <= 4 and place.casefold() in vocab.words("places"):
        # "Jane Doe in Islamabad": a correspondent; a public figure's visit ("A Minister in Kabul") is news.
        known = name.casefold() in vocab.alias_index
        return name if not known and plausible_person_name(name, vocab) else None
    name, comma, title = text.partition(", ")
    words = title.split()
    if not comma or not 2 <= word_count(name) <= 4 or not 1 <= len(words) <= 6 or title.endswith((".", "?", "!")):
        return None
    credit = any(title.lower().endswith(" " + t) or title.lower() == t for t in vocab.words("credit_titles"))
    if not credit and not all(w[:1].isupper() or w.lower() in _TITLE_FILLERS for w in words):
        return None  # (a writer's post may be in small letters: "Contributing writer")
    offices = vocab.__dict__.get("_byline_offices")
    if offices is None:  # (asked of every short line of a page's head)
        offices = vocab.__dict__["_byline_offices"] = vocab.words("role_heads") | vocab.words("credit_titles")
    name = _as_name(name)  # "JANE DOE, Contributing writer"
    if offices.isdisjoint(w.lower().strip(",") for w in words) or not plausible_person_name(name, vocab):
        return None
    return name


def _named_part(rest: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """(name, part) for the first part of a byline (its date taken out) that names its writer or desk."""
    # "Jane Doe Published 5 June 2024 Updated 2 hours ago": a stamp's label also ends the name before it.
    split_at_label = _stamp_split(vocab)
    parts = [q.strip(" ,-–—:;.") for p in _BYLINE_PARTS.split(rest) for q in split_at_label.split(p)]
    # (beside a writer's post, a name in capitals is the writer's: "March 24, 1986|JANE ROE | Times Staff Writer")
    posted = any(_WRITERS_POST.match(part) for part in parts)
    for part in parts:
        if not part or _stamp_label(vocab).fullmatch(part + " "):
            continue
        name = _BYLINE_LABEL.sub("", part).strip(" ,").split(",")[0].strip()
        if name and (_BYLINE_LABEL.match(part) or _desk(name, vocab) or plausible_person_name(name, vocab)):
            return name, part
        if posted and name.isupper() and plausible_person_name(_as_name(name), vocab):
            return _as_name(name), part
        several = _several_names(name, vocab) if name else None  # ("Jane Roe and John Doe |05.03.2024")
        if several:
            return several, part
    return None


def _outlet_and_date(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """(outlet, date) from a line such as "- The Daily Example - Monday, March 4, 2024" or a channel's post
    header, "Example News English, [20.03.2025 14:05]"."""
    channel = _CHANNEL_POST.match(text)
    if channel:
        text = f"{channel.group('outlet')} | {channel.group('stamp')}"
    if not ("|" in text or " - " in text or " – " in text or " — " in text or text[:1] in "-–—") or not _YEAR.search(
        text
    ):
        return None
    parts = [p.strip() for p in _OUTLET_DATE_PARTS.split(text) if p.strip()]
    dated = [p for p in parts if is_only_date(p)]
    if len(parts) < 2 or len(dated) != 1:
        return None
    outlet = _outlet_of_parts([p for p in parts if p not in dated], vocab)
    return (outlet, str(is_only_date(dated[0]))) if outlet else None


def _outlet_of_parts(parts: list[str], vocab: Vocabulary) -> str | None:
    """The outlet that the parts of an outlet-and-date line besides its date name: one name, with at most a
    periodical's volume and number beside it."""
    issues = [p for p in parts if _ISSUE_NUMBER.match(p)]
    names = [p for p in parts if p not in issues]
    if len(names) != 1:
        return None
    # (a volume's and a number's figures beside the date mark a periodical's own line: "Example Link - July 9,
    # 1999 - Vol. IX No. 28" names its outlet, whatever word its name ends with)
    return _outlet_named(names[0], vocab) or (_periodicals_name(names[0]) if issues else None)


def _periodicals_name(name: str) -> str | None:
    """`name` when it may be a periodical's name: one to five words, each with a capital, no figure."""
    words = name.split()
    if 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in name):
        return pub.tidy(name)
    return None


def _outlet_named(name: str, vocab: Vocabulary) -> str | None:
    """The outlet that the part of an outlet-and-date line names: a masthead, "The ..." or a credit ("From ...")."""
    credit = name[5:] if name.startswith("From ") else ""  # "MARCH 5, 1996 | From Times Wire Services"
    if 1 <= word_count(credit) <= 5 and all(w[:1].isupper() for w in credit.split()):
        return pub.tidy(credit)
    if pub.masthead(name, vocab) or (name.lower().startswith("the ") and 2 <= word_count(name) <= 5 and name.istitle()):
        return pub.tidy(name)
    return None


_NUMERIC_STAMP = re.compile(
    r"^\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}(?:\s*[-,|]?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?$", re.I
)


def _unread_stamp(text: str, vocab: Vocabulary) -> bool:
    """Whether `text` is a labelled stamp whose date is all figures, day and month in an unsaid order."""
    label = _stamp_label(vocab).match(text) or _ISSUED.match(text)
    return label is not None and _NUMERIC_STAMP.match(text[label.end() :].strip()) is not None


_ISSUED = re.compile(r"^(?:issued|modified)(?: on)?\s*:\s*", re.I)


#: a newsletter's or a journal's number beside its date: "Issue #47", "Vol. 12, No. 3", "Edition 112", "Vol. IX No. 28"
_ISSUE_NUMBER = re.compile(
    r"^(?:issue|edition|vol(?:ume)?\.?|no\.?|number)\s*(?:no\.?\s*)?#?\s*(?:\d{1,5}|[IVXLC]{1,7})"
    r"(?:\s*,?\s*(?:no\.?|issue|number)\s*#?\s*\d{1,5})?$",
    re.I,
)
#: a volume's and a number's figures after a publication's name ("Congressional Record Volume 131, Number 97")
_ISSUE_AFTER = re.compile(
    r"\s+(?:vol(?:ume)?\.?|no\.?|issue)\s*#?\s*\d{1,5}(?:\s*,?\s*(?:no\.?|issue|number)\s*#?\s*\d{1,5})?$", re.I
)
#: what an archive prints beside a date: the years a paper ran ("(1923-1963)"), a weekday, its edition, its
#: page or section ("Monday", "Home Edition", "Page A01", "Section A; Pg. 6"), between commas or semicolons
_ARCHIVE_NOISE = re.compile(
    r"\((?:19|20)\d{2}\s*[-–]\s*(?:(?:19|20)\d{2}|current)?\)|"
    r"(?:^|[,;])\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:(?:home|final|late|early|city|national|international|"
    r"first|second|sunday|weekend) )+edition(?:\s*[-–]\s*final)?|(?:page|pg\.?|section|sec\.?)\s*[a-z]?\d{0,4}[a-z]?)"
    r"(?=\s*(?:[,;]|$))",
    re.I,
)
_READING_TIME = re.compile(r"\b\d{1,3}\s*(?:min|mins|minutes?)(?:\s+read)?\b", re.I)
_BARE_ZONE = re.compile(r"^\(?[A-Z]{2,4}\)?$")


_PRINT_EDITION = re.compile(r"(?:from )?the(?: print)? edition", re.I)


# A date of the Islamic calendar printed beside the Gregorian one: "Friday 13 Ramadan 1446 AH".
_HIJRI = re.compile(rf"^(?:\w+day,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{HIJRI_MONTH},?\s+1\d{{3}}(?:\s*a\.?h\.?)?$", re.I)


def _extra_stamp(part: str) -> bool:
    """Whether a part of a stamp's line is a time zone in brackets, an Islamic date or another stamp
    ("September 22, 2021")."""
    if _BARE_ZONE.match(part) or _HIJRI.match(part):
        return True
    hit = find_date(part)
    return hit is not None and not stamp_rest(part, hit[1])


def _beside_stamp(rest: str, vocab: Vocabulary) -> _Line | None:
    """What a date stamp's line holds besides the date, when it is only metadata (the line, its date not
    set): a place, a desk, an outlet's masthead or an agency (after section labels), with stamp labels, a
    reading time and a time zone anywhere in it ("Islamabad | 3 min read", "World News Press Trust of India
    Updated:", "FP Staff •"); None for anything else."""
    parts, pieces = _stamp_parts(rest, vocab)
    if not parts:
        # "PUBLISHED: ... | UPDATED: September 22, 2021": a later stamp beside it; "Issue #47 | ...": a number
        return _Line("date")
    if _PRINT_EDITION.fullmatch(" ".join(parts[0].split())):
        return _Line("date")  # "from the March 06, 2006 edition"
    if len(parts) != 1:
        return None
    place = _place_line(parts[0], vocab)
    if place:
        return _Line("place-date", place=place)
    if _desk(parts[0], vocab):
        return _Line("byline", author=parts[0])
    if word_count(parts[0]) <= 4 and _kind_label(parts[0], vocab):
        return _Line("date")  # "FOR IMMEDIATE RELEASE    June 4, 2024" (a label, not a title that opens like one)
    return _outlet_beside_stamp(parts[0], pieces == 1, vocab)


def _stamp_parts(rest: str, vocab: Vocabulary) -> tuple[list[str], int]:
    """The parts of a stamp's line besides its date that may say something (see `_beside_stamp`), and how
    many pieces the line had."""
    label = _stamp_label(vocab)
    rest = _ARCHIVE_NOISE.sub(" ", _READING_TIME.sub("", rest))
    pieces = [p for piece in _BYLINE_PARTS.split(rest) for p in _stamp_split(vocab).split(piece)]
    bare = (label.sub("", p.strip(" ,|-–—:;.()[]")).strip(" ,|-–—:;.()[]") for p in pieces)  # ("(Updated: ...)")
    # "Congressional Record Volume 131, Number 97"; "Issue No. 117" (the whole part a number)
    bare = ("" if _ISSUE_NUMBER.match(part) else _ISSUE_AFTER.sub("", part) for part in bare)
    # (an agency's tag in capitals, "PTI | May 3, 2011", is no time zone, though it looks like one)
    parts = [
        part
        for part in bare
        if part and not (_extra_stamp(part) and not pub.agency(part, vocab)) and not _ISSUE_NUMBER.match(part)
    ]
    # A section's label and an editor's credit say nothing of the article: "World News | Example Agency |
    # Updated: ...", "Edited By: Jane Roe | Updated: ...".
    parts = [part for part in parts if not _EDITOR_CREDIT.match(part)]
    parts = [part for part in parts if not _section(part, vocab)] if len(parts) > 1 else parts
    return parts, len(pieces)


def _section(part: str, vocab: Vocabulary) -> bool:
    """Whether a part of a stamp's line is a section's label ("World News")."""
    navigation = vocab.words("navigation_words")
    return all(w.casefold() in navigation for w in part.split())


_EDITOR_CREDIT = re.compile(r"^(?:edited by|editor|editors|sub-?editor)\s*:?\s*\S", re.I)
_SOURCE_LABEL = re.compile(r"^source\s*:\s*", re.I)  #: "Source: Example Agency | 2025-08-13 ..."


def _outlet_beside_stamp(part: str, unlabelled: bool, vocab: Vocabulary) -> _Line | None:
    """The outlet a stamp's line names beside the date (see `_beside_stamp`), or None."""
    source = _SOURCE_LABEL.match(part)
    if source:  # the page names its source: an agency or an outlet the lists know
        named = part[source.end() :]
        outlet = pub.agency(named, vocab) or pub.masthead(named, vocab)
        return _Line("outlet-date", outlet=outlet) if outlet else None
    words = part.split()
    navigation = vocab.words("navigation_words")
    for start in range(min(len(words), 3)):  # "World News Press Trust of India": a section, then the agency
        if start and words[start - 1].lower() not in navigation:
            break
        named = " ".join(words[start:])
        # (an outlet's own name beside its stamp, "Example News 05 May,2024"; with a stamp's label, only an
        # agency the lists know: "Example Agency Wire Published ..." over a headline may be another story's)
        masthead = not start and unlabelled and pub.masthead(named, vocab)
        outlet = pub.agency(named, vocab) or (masthead or None)
        if outlet:
            return _Line("outlet-date", outlet=outlet)
    return None


def _kind_label(text: str, vocab: Vocabulary) -> bool:
    """Whether `text` is a label stating the kind of document ("For Immediate Release", "Press Release")."""
    return any(pattern.fullmatch(text) for _, pattern in kind_rules(vocab).labels)


_ORDINAL_THE = re.compile(r",?\s+the\s*$", re.IGNORECASE)  #: the "the" of "Islamabad, the 16th September"
_CAPITAL_DISTRICTS = frozenset({"D.C", "DC", "ICT"})  #: "Washington, D.C.", "Islamabad, ICT": a place's district


def _place_line(text: str, vocab: Vocabulary) -> str | None:
    """The dateline when a line holds only a place ("Islamabad", "KARACHI"), or a place and its country
    ("New Delhi, India")."""
    stripped = text.strip(" ,:-–—")
    place, comma, country = stripped.partition(", ")
    if comma and not _a_country(country, vocab) and country.rstrip(".") not in _CAPITAL_DISTRICTS:
        return None
    if 1 <= word_count(place) <= 3 and place.casefold() in vocab.words("places"):
        return place.title() if place.isupper() else place
    return None


# A body's name heading a press release: "Ministry of Foreign Affairs", "U.S. Department of State",
# "Office of the Spokesperson" (an organisation word, then "of" or "for" and a name; no verb).
_ISSUER = re.compile(
    r"^(?:the\s+)?(?:(?P<country>[A-Z][\w.]*)\s+)?(?P<body>[A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w.’'&-]*(?:\s+(?:of|and|&|the|for|[A-Z][\w.’'&-]*)){0,6}$"
)

#: a mission's line: "U.S. Embassy Islamabad", "Embassy of Pakistan", "U.S. Embassy & Consulates in Pakistan"
_MISSION = re.compile(
    r"^(?:the\s+)?(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:embassy|consulate(?:\s+general)?|high\s+commission|"
    r"permanent\s+mission|mission)(?:\s*(?:&|and)\s*consulates?)?(?:\s+(?:in|to|at)\b)?(?P<place>(?:\s+[A-Z][\w.-]*){0,3})$",
    re.IGNORECASE,
)


def _outlets_writer(text: str, vocab: Vocabulary) -> str | None:
    """The outlet of a line naming a writer's post at it ("Associated Press Writer", "Example News
    Correspondent"); None for any other line."""
    lower = text.strip().lower()
    # The longest title first, and on to the next when the words before one name no outlet: "Example Post
    # Staff Writer" ends with "writer" too (a set's order differs from run to run: the brief must not).
    for title in sorted(vocab.words("credit_titles"), key=lambda t: (-len(t), t)):
        if lower.endswith(" " + title):
            rest = text.strip()[: -len(title) - 1].strip()
            outlet = pub.agency(rest, vocab) or pub.masthead(rest, vocab)
            if outlet:
                return outlet
    return None


def _outlet_and_place(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """(outlet, place) for a line naming only an outlet and a place ("Example News, Islamabad")."""
    outlet, comma, place = text.strip().partition(", ")
    if not comma:
        return None
    named = pub.masthead(outlet, vocab) or pub.agency(outlet, vocab)
    city, comma, country = place.partition(", ")  # "The Tribune, Chandigarh, India": a city the lists may not know
    known_country = bool(comma) and _a_country(country, vocab) and 1 <= word_count(city) <= 3 and city.istitle()
    where = _place_line(place, vocab) or (city if known_country else None)
    return (named, where) if named and where else None


_SMALL_WORDS = frozenset({"Of", "For", "The", "And"})


def _issuer_line(text: str, vocab: Vocabulary) -> bool:
    """Whether a line of the head only names an issuing body (the authority file's, or by its shape;
    printed in capitals or not: "OFFICE OF THE SPOKESPERSON")."""
    known = vocab.alias_index.get(text.strip().casefold())
    if known is not None and known.type == "organization":
        return True
    if text.isupper():
        text = " ".join(w.lower() if w in _SMALL_WORDS else w for w in text.title().split())
    mission = _MISSION.match(text.strip())
    if mission and _a_country(mission.group("country"), vocab):
        place = mission.group("place").strip()  # (a place, not a verb: "US Embassy Warns Citizens" is a headline)
        return not place or _a_country(place, vocab) or _place_line(place, vocab) is not None
    match = _ISSUER.match(text.strip())
    if not match or match.group("body").lower() not in vocab.words("organization_words"):
        return False
    country = match.group("country")
    return country is None or _a_country(country, vocab)


def _a_country(text: str, vocab: Vocabulary) -> bool:
    actor = vocab.alias_index.get(text.casefold())
    return actor is not None and actor.type == "country"


def _label(text: str, vocab: Vocabulary) -> bool:
    """A section label or a label line: "Opinion", "EXCLUSIVE:", "World | Asia"."""
    count = word_count(text)
    # (A line of four words or more in capitals may be a headline a site prints so: the headline reader decides;
    # a name in capitals, "JANE ROE", is a byline.)
    capitals = text.isupper() and count <= 3 and not _place_line(text, vocab)
    capitals = capitals and not plausible_person_name(text.title(), vocab)
    return 0 < count <= 6 and (text.endswith(":") or capitals or _section_and_rubric(text, vocab))


def _section_and_rubric(text: str, vocab: Vocabulary) -> bool:
    """A section's name and a rubric over the headline: "Asia | Uneasy allies"."""
    section, bar, rubric = text.partition(" | ")
    words = section.lower().split()
    menu = vocab.words("navigation_words")
    if word_count(rubric) >= _SECTION_HEADLINE_WORDS and hl.headline_shaped(rubric):
        return False  # "Opinion | Don't Abandon the Port Again": the section's name over a headline, on one line
    return bool(bar) and 1 <= len(words) <= 2 and menu.issuperset(words) and "|" not in rubric


_SECTION_HEADLINE_WORDS = 4  #: the fewest words after a section's name and a bar that make a headline, not a rubric


def _without_section(headline: str, vocab: Vocabulary) -> str:
    """`headline` without a section's name and a bar before it ("Opinion | Don't Abandon the Port Again", "Asia
    Pacific|Port Talks Resume")."""
    column = _COLUMN_LABEL.match(headline)
    item = headline[column.end() :] if column else ""
    # ("WORLD NEWS BRIEFS; Talks Resume ...": a paper's column over its items; a headline all in capitals may
    # have two halves, "PRESIDENT DISMISSES CABINET; U.S. URGES VOTE")
    if word_count(item) >= _SECTION_HEADLINE_WORDS and not item.isupper():
        return item
    section, bar, rest = headline.partition(" | ") if " | " in headline else headline.partition("|")
    words = section.lower().split()
    if bar and 1 <= len(words) <= 2 and vocab.words("navigation_words").issuperset(words) and "|" not in rest:
        return rest.strip() if word_count(rest) >= _SECTION_HEADLINE_WORDS else headline
    return headline


#: a paper's column in capitals before an item's headline, with a semicolon: "METRO DIGEST; ..." (an archive's form)
_COLUMN_LABEL = re.compile(r"^[A-Z][A-Z'’&.-]*(?: [A-Z][A-Z'’&.-]*){0,4}; (?=\S)")


def _hyphenated_word(text: str, match: re.Match[str]) -> bool:
    """Whether a dateline's match ends in a hyphen inside a word ("A USAID-funded clinic"), not a dash."""
    return match.group().endswith("-") and text[match.end() : match.end() + 1].islower()


def _dateline_match(text: str, vocab: Vocabulary) -> tuple[str | None, re.Match[str]] | None:
    """(place or None, match) for a first paragraph's dateline or outlet label; None when it has none."""
    places, refused = vocab.words("places"), vocab.words("not_datelines")
    for pattern in (_DASH_DATELINE, _CREDIT_DATE_DATELINE, _CAPS_REGION_DATELINE, _COMMA_DATELINE, _GLUED_DATELINE):
        match = pattern.match(text)
        if not match or word_count(match.group("place")) > 4 or _hyphenated_word(text, match):
            continue
        place = match.group("place")
        agency_only = pattern is _DASH_DATELINE and match.group("agency") and not match.group("dash")
        if agency_only and not pub.agency(match.group("agency"), vocab):
            continue  # no dash after a bracket that names no agency: "Jane Roe (PTI) said", not a dateline
        if place.casefold() in refused or pub.outlet_label(place, vocab):
            return (None, match) if pattern is _DASH_DATELINE else None
        if _no_place(place, places, vocab, match.groupdict().get("region")):
            # "MR MILLER: Good afternoon", "JANE ROE, BYLINE: In ..." (a transcript's speaker), "FO: ..." (a label)
            return None
        if place.casefold() in places or (place.isupper() and pattern in _CAPS_DATELINES):
            return (place.title() if place.isupper() else place), match
    return _placeless_lead(text, vocab)


def _placeless_lead(text: str, vocab: Vocabulary) -> tuple[None, re.Match[str]] | None:
    """(None, match) for a first paragraph's opening that names no city: a wire's or a desk's credit ("(APP) -
    ...", "(Web Desk) - ..."), a dated line of capitals (a ship, a base); None otherwise."""
    match = _AGENCY_LEAD.match(text)
    if match and (pub.agency(match.group("agency"), vocab) or _desk(match.group("agency"), vocab)):
        return None, match
    match = _DATED_CAPS.match(text)
    return (None, match) if match else None


#: the datelines whose place in capitals need not be one the lists know ("MUZAFFARABAD:")
_CAPS_DATELINES = (_DASH_DATELINE, _GLUED_DATELINE, _CAPS_REGION_DATELINE)


def _no_place(place: str, places: frozenset[str], vocab: Vocabulary, region: str | None = None) -> bool:
    """Whether what stands in a dateline's place is no place (`places`: the ones the lists know): an
    honorific and a name (a transcript's speaker); in capitals, an acronym of three letters at most, or one
    the authority file knows as a body or a person (a live page's entry: "FO: Pakistan will work with ...")."""
    if region and region.casefold() in vocab.words("not_datelines"):
        return True  # a speaker's part on air after the comma ("BYLINE", "HOST"), no region
    if place.casefold() in places:
        return False
    if place.split()[0].casefold().rstrip(".") in vocab.words("honorifics"):
        return True
    if not place.isupper():
        return False
    actor = vocab.alias_index.get(place.casefold())
    return len(place.replace(".", "")) <= 3 or (actor is not None and actor.type in ("organization", "person"))


def _citation(text: str) -> tuple[str | None, str | None, str | None] | None:
    """(author, publication, date) from a reference, a 'Published in' line or a print edition's note."""
    match = _CITATION.match(text) if '"' in text[:90] or "“" in text[:90] else None
    if match:
        hit = find_date(match.group("rest"))
        if hit and word_count(match.group("author")) <= 8:
            return match.group("author").strip(), match.group("publication").strip(), hit[0]
    match = _PUBLISHED_IN.match(text) or _PRINT_NOTE.match(text)
    if match:
        hit = find_date(f"{match.group('rest')} {match.groupdict().get('on') or ''}")
        if hit:
            return None, match.group("publication").strip(), hit[0]
    return None


# -- the page's head ------------------------------------------------------------------


def _body_start(units: list[Unit], first: list[str], vocab: Vocabulary) -> int:
    """Where the article starts: its first paragraph of prose (or one opening with a dateline), else a sentence."""
    for index, judged in enumerate(first):
        if judged == GOOD:
            if _above_byline(units, index):
                continue  # a standfirst: the article starts under the byline
            return index
        if judged == NEARGOOD and _reported_under_headline(units, index, vocab):
            return index
        unit = units[index]
        if not unit.bad_reason and unit.text.count(" ") >= 9:
            found = _dateline_match(unit.text, vocab)
            if found and (found[0] or found[1].groupdict().get("date") or pub.outlet_label(found[1]["place"], vocab)):
                return index  # a paragraph filed from a place, on a date or under an outlet's label opens the article
    for index, unit in enumerate(units):
        if not unit.bad_reason and ends_sentence(unit.text) and word_count(unit.text) >= 3:
            if not _foot_line(unit.text, vocab) and not _above_byline(units, index):
                return index
    return 0


def _reported_under_headline(units: list[Unit], index: int, vocab: Vocabulary) -> bool:
    """Whether the paragraph at `index`, right under a headline-shaped line, reports what someone said (a
    sentence of fifteen words or more with a report verb, no byline under it): the article's lede, not a
    standfirst, however short the classifier found it. (Taking a standfirst for the lede costs the brief
    its subtitle; taking the lede for a standfirst cost it its first paragraph and its summary.)"""
    unit = units[index]
    if index == 0 or unit.bad_reason or word_count(unit.text) < 15 or not ends_sentence(unit.text):
        return False
    above = units[index - 1]
    if above.bad_reason or not hl.headline_shaped(above.text) or _above_byline(units, index):
        return False
    verbs = kind_rules(vocab).report_verbs
    return any(word in verbs for word in _WORDS.findall(unit.text.lower()))


def _above_byline(units: list[Unit], index: int) -> bool:
    """Whether the paragraph at `index` stands right above a labelled byline or a date alone ("By Jane Roe",
    "March 5, 2024") with a paragraph of prose after them: an article's first paragraph never comes before
    its byline (it is a standfirst)."""
    for after in range(index + 1, min(index + 3, len(units))):
        text = units[after].text
        if _BYLINE_LABEL.match(text) or (word_count(text) <= 8 and is_only_date(text)):
            return any(ends_sentence(u.text) and word_count(u.text) >= 8 for u in units[after + 1 :])
    return False


def _body_end(units: list[Unit], first: list[str], start: int, vocab: Vocabulary) -> int:
    """The last unit of the article: the page's foot follows it, and a citation or credit line is the foot's.

    A sentence of prose ends the article however short it is: the foot holds only what
    does not read as a sentence (lists, labels, headlines of other stories).
    """
    end = len(units) - 1
    while end >= start and not _prose_unit(units[end], first[end]):
        end -= 1
    if start <= end < len(units) - 1 and _closing_line(units[end + 1], vocab):
        end += 1  # "They should.": a column's short last sentence, under its last paragraph
    # A newspaper's own footer ("Published in Dawn, March 12th, 2024") among the last lines ends the article,
    # whatever prose follows it (an e-mail's signature and notice, a reader's comments).
    for index in range(end, max(start, end - _FOOTER_REACH), -1):
        if _citation(units[index].text):
            end = index
            break
    while end > start and _foot_line(units[end].text, vocab):
        end -= 1
    return max(end, start)


def _closing_line(unit: Unit, vocab: Vocabulary) -> bool:
    """Whether `unit`, right under the article's last paragraph of prose, is its short last sentence: no rule's
    furniture, a capital, a sentence's end, no label, no credit or stamp."""
    text = unit.text
    if unit.bad_reason or word_count(text) > _CLOSING_WORDS or not text[:1].isupper() or ":" in text or "©" in text:
        return False
    words = text.split()
    # (a sentence has words in small letters, "They should."; a credit or a company's line has none, "End Text.",
    # "An Example Company."; nor is a byline or a reporting credit one: "By Jane Roe.", "X contributed reporting.")
    if not any(w[:1].islower() for w in words[1:]) or words[0].lower() == "by" or "contributed" in text:
        return False
    return text.endswith((".", "!", "?", ".”", '."')) and not _foot_line(text, vocab) and not find_date(text)


_CLOSING_WORDS = 8  #: the most words of a short last sentence kept under the article's last paragraph
_FOOTER_REACH = 40  #: how many units from the page's end a newspaper's footer may stand (readers' comments after)


def _next_article(units: list[Unit], first: list[str], start: int, end: int, vocab: Vocabulary) -> int | None:
    """Where a second article's head stands inside the body, or None.

    A page that loads the next story under this one ("Next Story", "Read more") is pasted
    with it: a headline, a byline and a date stamp, and its prose. This article must have a
    head of its own (a byline or a date above its text) and two paragraphs of prose first;
    the second head must name both a writer and a date (a live page's entries, a heading and
    a time, name no writer with a date) and prose follow it.
    """
    if not any(word_count(u.text) <= 12 and _writer_or_date(_analyse(u.text, vocab)) for u in units[:start]):
        return None  # (no head of this article's own above it: "Full story below 👇" over the story, its article)
    proses = 0
    for index in range(start, end - 1):
        unit = units[index]
        if proses >= 2 and _second_head(units, first, index, vocab):
            return index
        proses += _prose_unit(unit, first[index])
    return None


def _second_head(units: list[Unit], first: list[str], index: int, vocab: Vocabulary) -> bool:
    """True when the unit at `index` is a headline over a byline and a date stamp, with prose under them."""
    text = units[index].text
    if units[index].bad_reason or word_count(text) < 4 or not hl.headline_shaped(text, 20) or ends_sentence(text):
        return False
    byline = dated = False
    for after in range(index + 1, min(index + 4, len(units))):
        line = _analyse(units[after].text, vocab)
        if not line.kind:
            return byline and dated and _prose_unit(units[after], first[after])
        byline, dated = byline or line.kind == "byline", dated or line.date is not None
    return False


def _writer_or_date(line: _Line) -> bool:
    return line.kind == "byline" or line.date is not None


def writer_and_date(lines: list[str], vocab: Vocabulary) -> bool:
    """True when `lines`, a story's head under its headline, are only metadata and name both its writer and
    its date ("By Jane Roe" / "March 4, 2025"; "Staff Report | March 4, 2025")."""
    read = [_analyse(text, vocab) for text in lines]
    return (
        all(line.kind for line in read)
        and any(line.kind == "byline" for line in read)
        and any(line.date is not None for line in read)
    )


def _prose_unit(unit: Unit, judged: str) -> bool:
    """True when `unit` reads as the article's own prose (a long paragraph, or a sentence)."""
    if unit.bad_reason:
        return False
    if unit.label == GOOD or judged == GOOD or (judged == NEARGOOD and ends_sentence(unit.text)):
        return True
    # A long sentence thick with names is prose too ("The meeting was attended by Senators A, B, C and D,
    # besides senior officers of the Ministry of Foreign Affairs."): the classifier's density misses it.
    text = unit.text
    return ends_sentence(text) and word_count(text) >= 20 and sum(w.islower() for w in text.split()) >= 6


def _foot_line(text: str, vocab: Vocabulary) -> bool:
    """A line that credits or dates the article rather than continues it: a citation, a credit, a copyright
    line, a labelled stamp ("Originally Published: September 14, 1993 at 12:00 a.m.")."""
    if word_count(text) > 40:
        return False
    if _archive_notice(text, vocab):  # "This article was published on example.co.uk at ... It was last modified ..."
        return True
    return bool(_citation(text) or pub.credited(text, vocab) or pub.copyright_outlet(text) or _foot_stamp(text, vocab))


@dataclass
class _Line:
    """What one line of the page's head is, as metadata: found once, used by the headline reader and the header."""

    #: "date", "outlet-date", "place-date", "byline", "credit", "masthead", "issuer", "place", "label", "stamp",
    #: "notice" (a site's archive notice, dated by the site's own day) or ""
    kind: str = ""
    date: str | None = None
    labelled: bool = False  #: a date stamp with a label ("Published: ...")
    updated: bool = False  #: the label dates a later change ("Last Updated: ..."), not the article
    author: str | None = None
    outlet: str | None = None
    place: str | None = None


def _analyse(text: str, vocab: Vocabulary) -> _Line:
    """The metadata `text` carries, tried from the most to the least specific kind of line; a stamp's date in
    the reader's zone east of Greenwich before that zone's hour ("June 19, 2025 4:12 AM GMT+5", a wire's page
    read in Pakistan) is the day before, the story's own."""
    hit = find_date(text) if _archive_notice(text, vocab) else None
    if hit and _frozen_notice(text, hit):
        return _Line("notice")  # a site's note that dates its archive: furniture, standing where a stamp would
    line = _analysed(text, vocab)
    if line.kind == "byline" and line.author and line.author.casefold() in vocab.words("outlet_names"):
        # "Dawn 9 Dec 2020" (an e-edition's masthead run into its date), "By Example Weekly": the outlet, no author
        line = _Line("outlet-date" if line.date else "credit", date=line.date, outlet=line.author)
    if line.date and "GMT+" in text:
        line.date = _greenwich_day(text, line.date)
    return line


#: a time of day with the reader's zone east of Greenwich: "4:12 AM GMT+5"
_EAST_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\s*([AaPp])\.?[Mm]\.?\s*GMT\+(\d{1,2})\b")


def _greenwich_day(text: str, iso: str) -> str:
    """`iso`, or the day before when the stamp's clock in `text` is earlier than its zone's offset."""
    clock = _EAST_CLOCK.search(text)
    if clock is None:
        return iso
    hour = int(clock.group(1)) % 12 + (12 if clock.group(3).lower() == "p" else 0)
    if hour >= int(clock.group(4)):
        return iso
    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=1)).isoformat()


def _analysed(text: str, vocab: Vocabulary) -> _Line:
    """The metadata `text` carries, tried from the most to the least specific kind of line."""
    if text.count(" ") >= 6 and not any(map(text.__contains__, _META_MARKS)) and not _BYLINE_LABEL.match(text):
        # Seven words or more, no figure, no separator, no "By": only a credit line, or a contributor's
        # byline ("Jane Roe, Special to the Example Times"), can still be metadata.
        credit = pub.credited(text, vocab)
        if credit:
            return _Line("credit", outlet=credit)
        special = _name_special_to(text, vocab)
        if special:
            return _Line("byline", author=special[0], outlet=special[2])
        series = _series_by(text, vocab)
        return _Line("byline", author=series) if series else _Line()
    unglued = _published_part(unglue_stamp(text), vocab)
    hit = find_date(unglued)
    if hit:
        dated = _date_line(unglued, vocab, hit)
        if dated:
            updated = dated[1] and _update(unglued, vocab)
            return _Line("date", date=dated[0], labelled=dated[1], updated=updated, outlet=_site_first(text))
        outlet_date = _outlet_and_date(text, vocab)
        if outlet_date:
            return _Line("outlet-date", outlet=outlet_date[0], date=outlet_date[1])
        rest = _ORDINAL_THE.sub("", stamp_rest(unglued, hit[1]))  # ("Islamabad, the 16th September, 2025")
        place = _place_line(rest, vocab)
        if place:  # "Islamabad, 05 March 2024", "Rawalpindi - March 5, 2024:" (a press release's head)
            return _Line("place-date", date=hit[0], place=place)
        beside = _beside_stamp(rest, vocab)
        if beside is not None:  # "New Delhi, UPDATED: Apr 5, 2024 14:20 IST", "Example News 05 May,2024"
            beside.date, beside.labelled = hit[0], True
            return beside
    posted = _posted_by(unglued, vocab) if hit else None
    if posted:
        return posted
    byline = _field_or_byline(unglued, vocab, hit)
    if byline:
        return _Line("byline", author=byline[0], date=byline[1], outlet=byline[2])
    if _unread_stamp(unglued, vocab):
        return _Line("stamp")  # "Issued on: 11/05/2025 - 14:32": a stamp, though which number is the month is unsaid
    stamp = _labelled_stamp(unglued, hit, vocab) if hit else None
    if stamp:
        return stamp  # "Example Desk / EXAMPLE.COM / Updated: Mar 5, 2024"
    return _analyse_undated(text, vocab)


def _site_first(text: str) -> str | None:
    """The site's address opening a stamp's line, as printed ("example.co.uk, Thursday 30 September 2010 19.05
    BST"), or None."""
    site = SITE_ADDRESS.match(text)
    return site.group("site") if site and text[site.end() : site.end() + 1] == "," else None


def _posted_by(text: str, vocab: Vocabulary) -> _Line | None:
    """A stamp and who posted it, either way round ("Posted on October 7, 2019 by Example Agency", "Submitted by
    editor on Mon, 2007-11-05 02:14"), as a byline; else None."""
    posted = (_POSTED_BY.match(text) if len(text) <= 160 else None) or _posted_line(text)  # (never a paragraph)
    if not posted:
        return None
    if posted.group("who")[:1].islower():  # "Posted on 27 October 2015 by admin": a blog's account, no one's name
        when = _analysed(posted.group("stamp"), vocab)
        return _Line("date", date=when.date, labelled=True) if when.kind == "date" else None
    when, who = _analysed(posted.group("stamp"), vocab), _byline(f"By {posted.group('who')}", vocab, None)
    return _Line("byline", author=who[0], date=when.date, outlet=who[2]) if when.kind == "date" and who else None


_POSTED_BY = re.compile(r"^(?P<stamp>[^\d]{0,40}\d.{0,60}?)\s+by\s+(?P<who>[A-Za-z][\w.&’' -]{1,60})$")
# A blog's or a CMS's line naming who posted first ("Submitted by editor on Mon, 2007-11-05 02:14"); a blog's theme
# goes on with the categories and its notes on replies ("... on Oct 8th, 2009 and filed under Politics. You can
# follow any responses to this entry ..."), all of it the template's, none of it the article's.
_BY_THEN_ON = re.compile(
    r"^(?:posted|submitted|written)\s+by\s+(?P<who>[A-Za-z][\w.&’' -]{1,60}?)\s+on\s+(?P<stamp>[^.]{6,60}?\d)"
    r"(?:\s+(?:and\s+)?(?:is\s+)?filed\s+(?:under|in)\b.*)?$",
    re.I,
)
_POSTED_LINE_MAX = 400  #: the most characters of a blog's posted line with its theme's notes


def _posted_line(text: str) -> re.Match[str] | None:
    """The match of a blog's or a CMS's posted line that names who posted first (see `_BY_THEN_ON`), or None."""
    return _BY_THEN_ON.match(text) if len(text) <= _POSTED_LINE_MAX else None


def _analyse_undated(text: str, vocab: Vocabulary) -> _Line:
    """The metadata of a line holding no date and no byline: an outlet, an issuer, a place or a label."""
    # (a line that is only "Reuters", or only agencies, "Reuters | AFP", credits it)
    credit = pub.credited(text, vocab) or pub.agency(text, vocab) or pub.agencies(text, vocab)
    if credit:
        return _Line("credit", outlet=credit)
    masthead = pub.masthead(text, vocab)
    if masthead:
        return _Line("masthead", outlet=masthead)
    writer_of = _outlets_writer(text, vocab)
    if writer_of:  # "Associated Press Writer" under a wire's byline
        return _Line("credit", outlet=writer_of)
    outlet_place = _outlet_and_place(text, vocab)
    if outlet_place:  # "Example News, Islamabad": a correspondent's outlet and where they filed from
        return _Line("credit", outlet=outlet_place[0], place=outlet_place[1])
    if _issuer_line(text, vocab):
        return _Line("issuer")
    place = _place_line(text, vocab) or _place_and_day(text, vocab)
    if place:
        return _Line("place", place=place)
    return _Line("label") if _label(text, vocab) or _WRITERS_POST.match(text) else _Line()


#: a writer's post under the byline: "Pakistan correspondent, Islamabad", "Senior Reporter", "South Asia editor"
_WRITERS_POST = re.compile(
    r"^(?:[A-Z][\w&.’'-]*\s){0,4}(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Jj]ournalist|[Cc]olumnist|"
    r"[Cc]ontributor|[Bb]ureau [Cc]hief|[Pp]roducer)(?:,\s*[A-Z][\w .’'-]{1,30})?$"
)


_PLACE_AND_DAY = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}), (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}$"
)


def _place_and_day(text: str, vocab: Vocabulary) -> str | None:
    """The place of a dateline on a line of its own with the day but no year ("Washington, March 6")."""
    match = _PLACE_AND_DAY.match(text.strip())
    return _place_line(match.group("place"), vocab) if match else None


def _credit_only(text: str, vocab: Vocabulary) -> _Line:
    credit = pub.credited(text, vocab)
    return _Line("credit", outlet=credit) if credit else _Line()


def _slot(unit: Unit, line: _Line) -> hl.Slot:
    """How the headline reader sees one unit of the head."""
    text, appended = hl.without_appended_date(unit.text)
    standfirst = False
    if unit.bad_reason == PICTURE:
        kind = hl.META  # a picture's caption under the headline: the head's run goes on past it
    elif unit.bad_reason or line.kind == "label" or unit.section:
        kind = hl.OTHER
    elif line.kind:
        kind = hl.META
    elif hl.headline_shaped(text) or hl.quoted_headline(text):
        kind = hl.CANDIDATE
    elif ends_sentence(text) and word_count(text) <= 45:
        kind, standfirst = hl.META, True  # a standfirst: the run goes on past it
    else:
        kind = hl.OTHER
    # ("Karachi, 05 March 2024" under a release's headline too)
    stamp = line.kind in ("date", "place-date", "stamp", "notice")
    # (a briefing's title "... by the Spokesperson on Thursday, 6th March 2025" is dated too; its date stays)
    dated = appended is not None or (kind == hl.CANDIDATE and _ON_WEEKDAY_DATE.search(text) is not None)
    # (a picture's credit removed between a headline and the caption under it ends no run: "Headline" / "© Agency
    # Photo / X" / "Minister X": the headline comes first in its run)
    cut = unit.cut_before and unit.cut_reason != PICTURE
    listed = unit.cut_reason == RELATED
    return hl.Slot(text, kind, cut, unit.repeated, dated=dated, stamp=stamp, standfirst=standfirst, listed=listed)


_ON_WEEKDAY_DATE = re.compile(
    r"\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? (?:the )?\d{1,2}(?:st|nd|rd|th)? "
    r"[a-z]{3,9},? (?:19|20)\d{2}$",
    re.I,
)


def _article_text(units: list[Unit]) -> str:
    """The article's first paragraphs (some fifteen hundred characters), for echo."""
    text, size = [], 0
    for unit in units:
        text.append(unit.text)
        size += len(unit.text)
        if size > 1500:
            break
    return " ".join(text)


def _read_date_line(text: str, line: _Line, header: Header, evidence: _Evidence, above: bool, first: bool) -> None:
    """A line that is a date: the article's, or the site's clock.

    An unlabelled date above the headline is likely the site's clock: it counts only if nothing
    better turns up, and the page's very first line is the clock for certain when it names a
    weekday or stands above a headline.
    """
    if not line.labelled and first and (above or starts_with_weekday(text)):
        header.removed.append(Removed("site clock", text))
    elif not line.labelled and above:
        evidence.date(3, line.date, "header")
        header.removed.append(Removed("date above the headline (kept in front-matter if no other)", text))
    else:
        # (a stamp of the last change counts after any of the article's own: "Last Updated Feb 3" over "Feb 2"; above
        # the headline, after a stamp there without a label: "Sep 25, 2025, 6:02pm EDT" / "Updated Sep 26, ...")
        evidence.date((3 if above else 2) if line.updated else 1, line.date, "header")
        header.removed.append(Removed("date line (kept in front-matter)", text, kept=True))


def _read_meta(unit: Unit, line: _Line, header: Header, evidence: _Evidence, above: bool, first: bool) -> bool:
    """Take what `unit` says about the article into `header`/`evidence`; True when it was metadata."""
    text = unit.text
    if line.kind in ("credit", "masthead", "issuer", "place", "label", "stamp", "notice"):
        return _read_undated(text, line, header, evidence, above)
    if line.kind == "date":
        # (a first line under a line removed, an archive's document number, is the clock only with its weekday)
        _read_date_line(text, line, header, evidence, above, first and not unit.cut_before)
        evidence.outlet(pub.CREDIT, line.outlet)
    elif line.kind == "outlet-date":
        evidence.outlet(pub.CREDIT, line.outlet)
        evidence.date(1, line.date, "header")
        header.removed.append(Removed("outlet and date line (kept in front-matter)", text, kept=True))
    elif line.kind == "byline" and not above:
        header.author = header.author or line.author
        evidence.date(1, line.date, "byline" if line.author else "header")
        evidence.outlet(pub.CREDIT, line.outlet)
        header.removed.append(Removed("byline (kept in front-matter)", text, kept=True))
    elif line.kind == "byline" and above and not line.date and line.outlet and not line.author:
        evidence.outlet(pub.CREDIT, line.outlet)  # "By Reuters" over the headline: the wire, if no other says
        header.removed.append(Removed("byline above the headline (kept as publication)", text, kept=True))
    elif line.kind == "byline" and above and line.date:
        # "Reuters Published 12 Mar, 2024", "A. Writer | 05.03.2024" over the headline: a stamp that dates the
        # article if nothing under the headline does.
        evidence.date(3, line.date, "header")
        evidence.outlet(pub.CREDIT, line.outlet)
        header.removed.append(Removed("byline above the headline (its date kept if no other)", text, kept=True))
    elif line.kind == "place-date":
        evidence.date(3 if above else 1, line.date, "header")
        if not header.dateline:
            header.dateline = line.place
        header.removed.append(Removed("place and date line (kept in front-matter)", text, kept=True))
    else:
        return False
    return True


def _read_undated(text: str, line: _Line, header: Header, evidence: _Evidence, above: bool) -> bool:
    """`_read_meta` for a line without a date or a byline: an outlet's, an issuer's, a place's or a label."""
    if line.kind in ("credit", "masthead"):
        evidence.outlet(pub.CREDIT if line.kind == "credit" else pub.MASTHEAD, line.outlet)
        header.dateline = header.dateline or (None if above else line.place)  # "Example News, Karachi"
        header.removed.append(Removed(f"{line.kind} (kept as publication)", text, kept=True))
    elif line.kind == "issuer":
        header.labels.append(text)
        header.removed.append(Removed("issuing body's name", text))
    elif line.kind == "place" and not above and not header.dateline:
        header.dateline = line.place
        header.removed.append(Removed("dateline (kept in front-matter)", text, kept=True))
    elif line.kind == "label":
        header.labels.append(text)
        header.removed.append(Removed("section label", text))
    elif line.kind in ("stamp", "notice"):
        unread = "date stamp in figures (day or month first: not read)"
        header.removed.append(Removed(unread if line.kind == "stamp" else "archive notice (it dates the site)", text))
    else:
        return False
    return True


def _without_wire_version(headline: str, vocab: Vocabulary) -> str:
    """`headline` without a wire's version mark before it (the editors' `wire_version`: "UPDATE 2-Talks resume")."""
    pattern = vocab.pattern("wire_version")
    found = pattern.match(headline) if pattern is not None else None
    return headline[found.end() :] if found and headline[found.end() :].strip() else headline


def _read_headline(text: str, vocab: Vocabulary, header: Header, evidence: _Evidence) -> None:
    """The headline, without a date or a site's name appended to it (which are evidence of their own)."""
    headline, appended = hl.without_appended_date(text)
    headline = _without_section(_without_wire_version(headline, vocab), vocab)
    label, colon, rest = headline.partition(":")
    if colon and word_count(rest) >= 4 and label.strip().casefold() in vocab.words("title_labels"):
        # "Media Note: U.S. Provides ...": the label states the kind; the title is what follows it
        header.labels.append(label.strip())
        headline = rest.strip()
    header.headline, site = _without_site_name(headline, vocab)
    evidence.date(1, appended, "header")
    on_date = _ON_WEEKDAY_DATE.search(headline) if appended is None else None
    titled = find_date(on_date.group()) if on_date else None
    if titled:  # "... by the Spokesperson on Thursday, 6th March 2025": the page's title dates it
        evidence.date(2, titled[0], "header")
    evidence.outlet(pub.MASTHEAD, site)


def _author_above(unit: Unit, line: _Line) -> str | None:
    """The name in a labelled byline without a date over the headline ("Author: A. Writer")."""
    labelled = line.kind == "byline" and not line.date and _BYLINE_LABEL.match(unit.text)
    return line.author if labelled else None


def _read_head(
    head: list[Unit], article: list[Unit], vocab: Vocabulary, header: Header, evidence: _Evidence
) -> list[Unit]:
    """Read the page's head into `header`; return its units that belong to the article."""
    # A caption or a prompt says nothing about the article, whatever dates or names it holds
    # (a line that only credits an outlet is no caption, whatever its brackets).
    lines = [_credit_only(u.text, vocab) if u.bad_reason else _analyse(u.text, vocab) for u in head]
    chosen, listed = _pick_headline(head, lines, article, vocab)
    lines = _menus_mastheads_aside(lines)
    kept: list[Unit] = []
    author_above = None  #: a labelled byline over the headline ("Author: A. Writer"): the author if no other
    meta_below = False  #: a byline or a date read under the headline
    for index, unit in enumerate(head):
        if index in listed:
            header.removed.append(Removed("other stories' headlines", unit.text))
            continue
        if chosen is not None and index == chosen:
            _read_headline(unit.text, vocab, header, evidence)
            # (the site's own name outranks a masthead-shaped line, "India News", but not an agency's credit)
            evidence.outlet(pub.CREDIT, _tab_title_site(head[:index], header.headline, vocab))
            continue
        above = chosen is not None and index < chosen
        if (index + 2 >= (chosen if chosen is not None else 2)) and unit.text.count(" ") < 6:
            header.labels.append(unit.text)  # a section label next to the headline may state the kind
        line = lines[index]
        named = _author_above(unit, line) if above else None
        if named:
            author_above = author_above or named
            header.removed.append(Removed("byline above the headline (kept if no other)", unit.text, kept=True))
            continue
        if _read_meta(unit, line, header, evidence, above, first=index == 0):
            meta_below |= not above
            continue
        if above:
            header.removed.append(Removed(unit.bad_reason or "page furniture above the headline", unit.text))
        elif not _byline_name(unit, index, head, lines, chosen, vocab, header):
            last = index == len(head) - 1
            _below_headline(unit, chosen is not None and not kept, vocab, header, kept, meta_below, last)
    header.author = header.author or author_above
    return kept


def _menus_mastheads_aside(lines: list[_Line]) -> list[_Line]:
    """`lines` with a government body's menu items shaped like mastheads read as nothing: on the body's own
    page, its name the page's first line ("The White House" / "News" / "The Record"), no outlet publishes."""
    if not lines or lines[0].kind != "issuer":
        return lines
    return [lines[0], *(_Line("") if line.kind == "masthead" else line for line in lines[1:])]


_SITE_SUFFIX = re.compile(r"\s+(?P<sep>[|–—-])\s+(?P<site>[A-Z][\w.&’' -]{1,40})$")
_SITE_WORDS = frozenset({"of", "the", "and", "&"})
_SITE_PARTS = re.compile(r"\s+[|–—-]\s+")


def _tab_titles_aside(slots: list[hl.Slot]) -> None:
    """A browser tab's title ("Headline - Example Archives") above the headline printed on its own is
    metadata (it names the site), not a candidate for the headline."""
    candidates = [slot for slot in slots if slot.kind == hl.CANDIDATE]
    for index, slot in enumerate(candidates):
        for other in candidates[index + 1 :]:
            rest = slot.text[len(other.text) :] if slot.text.startswith(other.text) else ""
            if rest and _SITE_PARTS.match(rest):
                slot.kind = hl.META
                break


def _tab_title_site(above: list[Unit], headline: str | None, vocab: Vocabulary) -> str | None:
    """The site's name that a browser tab's title above the headline gives: the headline, then " - Site" or
    " | Section - Site" ("Talks resume | World News - The Example Times"); None when no line above is one
    (or what ends it is a section's words or a place: "Talks resume | Pakistan")."""
    menu = vocab.words("navigation_words")
    for unit in above if headline else ():
        rest = unit.text[len(headline or "") :] if unit.text.startswith(headline or "") else ""
        if not _SITE_PARTS.match(rest):
            continue
        site = _SITE_PARTS.split(rest)[-1].strip()
        words = site.split()
        if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w.lower() in _SITE_WORDS for w in words):
            continue
        if (
            menu.issuperset(w.lower() for w in words)
            or site.casefold() in vocab.words("places")
            or _a_country(site, vocab)
        ):
            continue
        return _site_name(site)
    return None


_DOMAIN_END = re.compile(r"\.(?:com|net|org|pk|in|tv|news|co\.uk)$", re.I)


def _site_name(site: str) -> str:
    """A site's name as a tab's title prints it, its domain's ending off ("DAWN.COM" -> "Dawn")."""
    name = _DOMAIN_END.sub("", pub.tidy(site))
    return name.title() if name != site and name.isupper() else name


def _without_site_name(title: str, vocab: Vocabulary) -> tuple[str, str | None]:
    """A headline without the site's name a browser's title appends ("Talks resume | Example Daily"), and the name.

    After a bar, a few capitalised words are the site's; after a dash, only an outlet's name or an agency's
    is ("Talks resume - The Example Tribune"): "Pakistan - US Talks" stays whole."""
    match = _SITE_SUFFIX.search(title)
    if not match:
        return title, None
    site = match.group("site").strip()
    words = site.split()
    named = match.group("sep") == "|" and len(words) <= 4
    if named and all(w[:1].isupper() or w.lower() in _SITE_WORDS for w in words):
        return title[: match.start()], pub.tidy(site)
    if pub.masthead(site, vocab) or pub.agency(site, vocab):
        return title[: match.start()], pub.tidy(site)
    return title, None


def _pick_headline(
    head: list[Unit], lines: list[_Line], article: list[Unit], vocab: Vocabulary
) -> tuple[int | None, set[int]]:
    """(The headline's index in `head` or None, the indexes of a list of other stories' headlines)."""
    slots = [_slot(u, line) for u, line in zip(head, lines, strict=True)]
    for slot, line in zip(slots, lines, strict=True):
        if slot.kind == hl.CANDIDATE and word_count(slot.text) <= 12 and _names_line(_as_name(slot.text), vocab):
            slot.kind = hl.META  # a line of persons' names only is a byline, never the headline ("Jane Roe")
            slot.byline = True
        slot.signed = line.kind == "byline" and line.author is not None
        # (a release's place and date, "Washington, D.C., August 14, 2025", stands under its headline as a
        # labelled stamp does)
        # (an archive's notice under the page's title stands where a labelled stamp would)
        slot.labelled = line.kind == "date" and line.labelled or line.kind in ("place-date", "notice")
        # ("By Example News": a byline naming only its outlet stands where the writer's does)
        slot.byline = slot.byline or slot.signed or line.kind == "byline" and line.outlet is not None
    _writer_posts_aside(slots, vocab)
    _two_sentence_headlines(slots, lines)
    _tab_titles_aside(slots)
    hl.quotes_aside(slots)
    if not any(slot.kind == hl.CANDIDATE for slot in slots):
        return None, set()
    picked = hl.pick(slots, _article_text(article), rules(vocab).stop)
    return (picked if isinstance(picked, int) else None), (set(picked) if isinstance(picked, list) else set())


def _two_sentence_headlines(slots: list[hl.Slot], lines: list[_Line]) -> None:
    """An opinion page's headline of two short sentences right under its section's label ("Opinion" / "America is
    about to lose Pakistan again. It doesn't have to."; the label read here or removed as furniture), over its
    standfirst, byline or date: a candidate, though it ends as a sentence does."""
    for n in range(1, len(slots) - 1):
        slot = slots[n]
        above = slots[n - 1].text
        labelled = (
            lines[n - 1].kind == "label" or slot.cut_before or word_count(above) <= 3 and not ends_sentence(above)
        )
        if labelled and slot.kind != hl.CANDIDATE and slots[n + 1].kind == hl.META and _two_short_sentences(slot.text):
            slot.kind = hl.CANDIDATE


def _two_short_sentences(text: str) -> bool:
    """Two sentences of at most nine words each, fourteen in all, each opening with a capital, no comma (a speech's
    "Thank you, ... Ladies and gentlemen," is none)."""
    sentences = split_sentences(text)
    return (
        len(sentences) == 2
        and text.endswith((".", "?", "!"))
        and "," not in text
        and word_count(text) <= _PAIRED_WORDS
        and all(word_count(s) <= 9 and s[:1].isupper() for s in sentences)
    )


_PAIRED_WORDS = 14  #: the most words of a headline of two sentences


def _writer_posts_aside(slots: list[hl.Slot], vocab: Vocabulary) -> None:
    """A writer's post under their name ("Jane Roe" / "Senior Fellow - Foreign Policy, Example Center") is the
    byline's, no headline."""
    for above, slot in zip(slots, slots[1:], strict=False):
        named = above.byline or word_count(above.text) <= 6 and _names_line(_as_name(above.text), vocab)
        if slot.kind == hl.CANDIDATE and named and _writer_title(slot.text, vocab, most=30):
            slot.kind = hl.META


def _first_heading(unit: Unit, last: bool) -> bool:
    """Whether `unit`, in the head under the headline, is a heading of the article: a section a contents list
    names, wherever it stands, or a heading of a few words right above the text (`last`), after no furniture."""
    # (Not right after furniture: "Comment" removed, the "Gift Article" under it is a button too.)
    return unit.section or last and not unit.cut_before and is_heading_shape(unit.text, max_words=4)


def _below_headline(
    unit: Unit,
    may_stand_first: bool,
    vocab: Vocabulary,
    header: Header,
    kept: list[Unit],
    under_meta: bool = False,
    last: bool = False,
) -> None:
    """A unit of the head below the headline that is no metadata: the standfirst (when `may_stand_first`:
    a headline was found and nothing kept yet), the article's text, or furniture (removed). A paragraph of
    prose `under_meta` (a byline or a date read above it) is the article's, however the page set it; a
    heading of a few words right above the article (`last`: "Executive Summary") is its first heading."""
    prose = _sentences_of_prose(unit.text)
    may_stand_first = may_stand_first and not (under_meta and prose)
    about = _not_the_articles(unit.text, header, vocab)
    if about:
        header.removed.append(Removed(unit.bad_reason or about, unit.text))
    elif _first_heading(unit, last) and not unit.bad_reason and not _label(unit.text, vocab):
        unit.heading = True
        kept.append(unit)
    elif not prose and (beside := _beside_the_article(unit, header)):
        header.removed.append(Removed(beside, unit.text))
    elif may_stand_first and header.subtitle is None and not unit.bad_reason and _standfirst(unit.text, vocab):
        header.subtitle = unit.text
    elif not unit.bad_reason and _kept_in_the_head(unit, under_meta, kept):
        kept.append(unit)
        if under_meta and prose and len(kept) == 1:
            header.prose_under_byline = unit  # the first prose under the byline or the date
    else:
        header.removed.append(Removed(unit.bad_reason or "page furniture before the article", unit.text))


def _beside_the_article(unit: Unit, header: Header) -> str:
    """Why `unit`, no prose under the headline, is furniture by what was removed before it: a picture's caption
    under its credit, or a list's item under its heading or after an item and its date ("Related News" / a
    story / its date / a story); "" when it is not."""
    if unit.cut_reason == PICTURE and word_count(unit.text) <= _CAPTION_WORDS:
        return PICTURE
    return RELATED if _in_a_list(unit, header) else ""


def _in_a_list(unit: Unit, header: Header) -> bool:
    """Whether `unit`, under the headline, is an item of a list of other stories: right after the list's heading,
    which was removed, or after an item removed and its date."""
    removed = header.removed
    # (the item's date is kept in the front-matter if no other: a byline's line after an item ends the list)
    dated = len(removed) >= 2 and removed[-1].kept and removed[-1].reason.startswith("date")
    return unit.cut_reason == RELATED or dated and removed[-2].reason == RELATED


_CAPTION_WORDS = 25  #: the most words of a caption under its picture's credit, in the head


def _a_persons_name(text: str, vocab: Vocabulary) -> bool:
    """Whether `text` is only a person's name, perhaps after their title ("Ambassador Jane Roe")."""
    words = text.split()
    if len(words) > 6:
        return False
    titles = vocab.words("role_heads") | vocab.words("honorifics")
    while len(words) > 2 and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    return plausible_person_name(" ".join(words), vocab)


def _sentences_of_prose(text: str) -> bool:
    """Whether `text` reads as a paragraph of prose: a dozen words or more, ending as a sentence ends."""
    return word_count(text) >= 12 and ends_sentence(text)


def _kept_in_the_head(unit: Unit, under_meta: bool, kept: list[Unit]) -> bool:
    """Whether a unit of the head below the headline is the article's: prose, or a list of its points under
    the byline or the date."""
    return _prose_of_the_head(unit) or under_meta and _listed(unit.text, kept)


def _listed(text: str, kept: list[Unit]) -> bool:
    """Whether `text`, under the byline or the date, opens a list of the article's points ("These are the
    updates for Thursday:") or is one of them, a sentence under such an opening (kept so far: `kept`)."""
    if text.endswith(":") and 4 <= word_count(text) <= 15:
        return True
    if not (ends_sentence(text) and 6 <= word_count(text) <= 40):
        return False
    for unit in reversed(kept[-_LISTED_ITEMS:]):  # (a list's opening stands a few items up, never far)
        if unit.text.endswith(":"):
            return True
        if not (ends_sentence(unit.text) and word_count(unit.text) <= 40):
            return False
    return False


_LISTED_ITEMS = 12  #: the most items of a list of points under the byline looked back over


def _prose_of_the_head(unit: Unit) -> bool:
    """Whether a unit of the head is prose the article keeps: prose of some length stays even where its
    neighbours look like furniture (text is not thrown away on its place alone); one or two words are no
    prose ("Trade": a section's name)."""
    words = word_count(unit.text)
    return (unit.label == GOOD and words > 2) or words >= 20


def _headline_again(text: str, header: Header) -> str | None:
    """ "headline printed twice" for the headline again under it (a browser's title, "Talks resume - Example
    Daily", then the page's own "Talks resume"); None for any other unit."""
    same = header.headline is not None and text.casefold() == header.headline.casefold()
    return "headline printed twice" if same else None


def _not_the_articles(text: str, header: Header, vocab: Vocabulary) -> str | None:
    """Why a unit of the head under the headline is not the article's text, though no rule calls it furniture:
    a name alone (not the byline, read before it: a picture's caption, "Ambassador Jane Roe"), a note on the
    writer ("Jane Roe is a fellow at …") or their title under the byline, the headline printed again; None for
    any other unit."""
    if _a_persons_name(text, vocab):
        return "a name alone (a picture's caption)"
    author = header.author
    if author and (_writer_note(text, author) or _writer_title(text, vocab)):
        return "author's note"
    return _headline_again(text, header)


_WRITER_TITLE_MARKS = (", ", " - ", " – ", " — ", " | ", " at ")
_WRITER_TITLE_SPLIT = re.compile(r",\s| [-–—|] | at ")


def _writer_title(text: str, vocab: Vocabulary, most: int = 12) -> bool:
    """A writer's title under the byline ("Senior Fellow - Foreign Policy, Example Institution"): an office
    word first, capitalised words, a separator before the body it names; not a sentence; at most `most` words
    (more: the office word may stand anywhere before the first separator, "Jane Roe Fellow - ...")."""
    words = text.split()
    if not 2 <= len(words) <= most or ends_sentence(text) or not any(map(text.__contains__, _WRITER_TITLE_MARKS)):
        return False
    offices = vocab.words("role_heads") | vocab.words("credit_titles")
    # (the post before the body it names: "Senior Fellow - ...", a named chair's "Jane Roe Fellow - ...")
    before = _WRITER_TITLE_SPLIT.split(text, maxsplit=1)[0].split() if most > 12 else words[:2]
    opening = [w.strip(",-–—|").lower() for w in before[:6]]
    capitalised = all(w[:1].isupper() or w.lower() in _TITLE_FILLERS or w in "-–—|" for w in words)
    return capitalised and any(w in offices for w in opening)


def _byline_name(
    unit: Unit,
    index: int,
    head: list[Unit],
    lines: list[_Line],
    chosen: int | None,
    vocab: Vocabulary,
    header: Header,
) -> bool:
    """A name alone right under the headline (furniture between them or not), right before the article, or
    right above a date stamp or an outlet's line ("Anwar Iqbal" / "Published February 2, 2024"; "Jane Roe" /
    "Example News, Islamabad") is its byline; so are two to four names in one line ("Jane Roe and John Doe",
    "Jane Roe | John Doe")."""
    names = _names_line(_as_name(unit.text), vocab)
    if names and header.author and names.casefold() == header.author.casefold():
        # "Author(s): Jane Roe" over the headline, "JANE ROE" over the article: the byline printed again
        header.removed.append(Removed("byline printed again", unit.text))
        return True
    if header.author or not names:
        return False
    at = index + 1
    if at + 1 < len(head) and lines[at].kind == "place":
        at += 1  # "Jane Roe" / "Washington" / "Published: ...": where the writer filed from
    after = head[at].text if at < len(head) else ""
    stamp_next = bool(after) and word_count(after) <= 12 and find_date(after) is not None
    # (each line is analysed once; "Jane Roe" / "Pakistan correspondent, Islamabad": over the writer's post)
    outlet_next = bool(after) and (lines[at].kind in ("credit", "masthead") or _WRITERS_POST.match(after) is not None)
    under = chosen is not None and index > chosen and all(u.bad_reason for u in head[chosen + 1 : index])
    if under or index == len(head) - 1 or stamp_next or outlet_next:
        header.author = names
        header.removed.append(Removed("byline (kept in front-matter)", unit.text, kept=True))
        return True
    return False


_NAME_SEPARATOR = re.compile(r"\s*(?:[|,&;]|\band\b)\s*")


def _names_line(text: str, vocab: Vocabulary) -> str | None:
    """The names of a line holding only one to four persons' names ("Jane Roe", "Jane Roe | John Doe"),
    written as a byline names them ("Jane Roe and John Doe"); None for any other line. An honorific before a
    name is left out ("Hon. Jane Roe", a record's speaker over the speech)."""
    first, _, rest = text.partition(" ")
    if rest and first.casefold().rstrip(".") in vocab.words("honorifics"):
        text = rest
    return text if plausible_person_name(text, vocab) else _several_names(text, vocab)


def _several_names(text: str, vocab: Vocabulary) -> str | None:
    """ "Jane Roe and John Doe" for a line holding only two to four persons' names ("Jane Roe | John Doe")."""
    if not _NAME_SEPARATOR.search(text):
        return None
    parts = [part for part in _NAME_SEPARATOR.split(text.strip()) if part]
    if not 2 <= len(parts) <= 4 or not all(plausible_person_name(part, vocab) for part in parts):
        return None
    return " and ".join(parts) if len(parts) == 2 else ", ".join(parts[:-1]) + " and " + parts[-1]


# An opening word in capitals before one in lower case ("IT was always...", "THE talks..."): a drop capital's
# first word, which opens the article itself.
_DROP_CAPITAL = re.compile(r"^([A-Z][A-Z’']+) [a-z]")


def _drop_capital(text: str, vocab: Vocabulary) -> bool:
    """Whether `text` opens with a common word in capitals ("IT was", "THE talks"); "US officials" does not."""
    match = _DROP_CAPITAL.match(text)
    word = match.group(1) if match else ""
    return bool(word) and word.lower() in rules(vocab).stop and word.casefold() not in vocab.alias_index


def _standfirst(text: str, vocab: Vocabulary) -> bool:
    """A line under the headline that sums the article up (not the article's own opening)."""
    if _drop_capital(text, vocab):
        return False
    if text.endswith((",", ";", ":")):
        # "Assalam-o-Alaikum,": a greeting that the speaker's words go on from; "These are the updates:", a list's
        return False
    if word_count(text) <= 6 and _CLOCK.search(text):
        return False  # "Mar 5, 04:15 PM": a stamp without its year
    # (One or two words are a button or a label the rules missed, "Notes", not a summing up.)
    return 2 < word_count(text) <= 45 and text[:1].isupper() and not find_date(text) and not _label(text, vocab)


# -- the article's first and last paragraphs ---------------------------------------------


def _unglue_captions(units: list[Unit], vocab: Vocabulary, header: Header) -> None:
    """A photo caption run into a paragraph ("... (below) with the envoyOne measure ...") is cut off it."""
    marker_re = rules(vocab).marker
    for unit in units:
        head = unit.text[:300]
        marker = marker_re.search(head) if "(" in head else None
        if not marker:
            continue
        glue = _POSITION_GLUE.search(unit.text, marker.end(), marker.end() + 200)
        if glue:
            header.removed.append(Removed(PICTURE, unit.text[: glue.start() + 1]))
            unit.text = unit.text[glue.start() + 1 :]


def _stamps_joined(units: list[Unit], vocab: Vocabulary) -> list[Unit]:
    """A stamp's label on a line of its own joined to the date on the next ("Published On:" / "Jun 19, 2025
    06:40 IST"), as the page showed them side by side."""
    if not any(u.text.endswith(":") and len(u.text) <= 24 for u in units):
        return units
    label = _stamp_label(vocab)
    out: list[Unit] = []
    for unit in units:
        above = out[-1] if out else None
        if (
            above is not None
            and above.text.endswith(":")
            and label.fullmatch(above.text.rstrip(": "))
            and is_only_date(unit.text)
        ):
            out[-1] = replace(above, text=f"{above.text} {unit.text}", label=unit.label, bad_reason=unit.bad_reason)
            continue
        out.append(unit)
    return out


def _wire_credit(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """(credit, outlet) for a wire byline's credit glued before the dateline ("Example Press Writer ISLAMABAD")."""
    words = text[:120].split()[:8]
    for index, word in enumerate(words[1:], 1):
        if len(word.strip(",.:")) >= 4 and word.strip(",.:").isupper():
            titles = vocab.words("credit_titles")
            before = [w.lower() for w in words[:index]]
            size = 2 if " ".join(before[-2:]) in titles else 1 if before[-1] in titles else 0
            if size and index > size:
                return " ".join(words[:index]), " ".join(words[: index - size])
            return None
    return None


def _read_lede(first: Unit, vocab: Vocabulary, header: Header, evidence: _Evidence) -> None:
    """The dateline, its wire and its date from the first paragraph; a wire's glued credit taken off."""
    text = first.text
    opening = text.split(None, 1)[0] if text else ""
    if opening[:1].isupper() and not opening.isupper():
        # Not a dateline in capitals right away: a wire credit may be glued before one ("WriterISLAMABAD").
        text = _GLUED_CAPS.sub(" ", text[:120]) + text[120:]
    credit = _wire_credit(text, vocab) if not opening.isupper() else None
    if credit:
        evidence.outlet(pub.CREDIT, pub.masthead(credit[1], vocab))
        header.removed.append(Removed("wire credit", credit[0]))
        text = text[len(credit[0]) :].lstrip()
    labels = vocab.words("wire_labels")
    label = _WIRE_LABEL.match(text)
    if label and label.group(1).lower() in labels:
        header.removed.append(Removed("wire report label", label.group(1) + ":"))
        text = text[label.end() :]
    first.text = text
    found = _dateline_match(text, vocab)
    if not found:
        return
    place, match = found
    header.dateline = header.dateline or place
    header.lede_offset = match.end()
    groups = match.groupdict()
    if groups.get("date"):
        hit = find_date(groups["date"])
        evidence.date(2, hit[0] if hit else None, "dateline")
    agency = groups.get("agency") or groups.get("agency_after")
    if agency and _a_country(agency, vocab):
        agency = None  # "WASHINGTON (USA): ...": the place's country, no agency
    if agency and (pub.agency(agency, vocab) or not _desk(agency, vocab)):  # "(Web Desk)" is no outlet
        header.wire = True
        evidence.outlet(pub.AGENCY, pub.tidy(agency))
    label_word = match.group("place")
    if place is None and pub.outlet_label(label_word, vocab):
        evidence.outlet(pub.MASTHEAD, label_word)


def _read_foot(foot: list[Unit], body: list[Unit], vocab: Vocabulary, header: Header, evidence: _Evidence) -> None:
    """Read citations, credits and copyright lines after the article; remove the rest."""
    for index, unit in enumerate(foot):
        text = unit.text
        alone = is_only_date(text) if index == 0 and not unit.bad_reason and len(text) <= 60 else None
        if alone:
            # A date alone right under the article ("Tuesday, March 5, 2024"): the page's, if none better.
            evidence.date(3, alone, "header")
            header.removed.append(Removed("date under the article (kept in front-matter if no other)", text))
            continue
        cited = _citation(text)
        if cited:
            author, publication, date = cited
            header.author = header.author or author
            evidence.outlet(pub.CREDIT, publication)
            evidence.date(1, date, "citation")
            header.removed.append(Removed("citation (kept in front-matter)", text, kept=True))
            continue
        stamp = _foot_stamp(text, vocab)
        if stamp:
            # "Published on: 9 December 2022" under the article: the page's own stamp, after any in its head.
            evidence.date(1, stamp, "header")
            header.removed.append(Removed("date line (kept in front-matter)", text, kept=True))
            continue
        outlet = pub.credited(text, vocab) or pub.copyright_outlet(text)
        if outlet:
            credited = pub.credited(text, vocab)
            evidence.outlet(pub.CREDIT if credited else pub.MASTHEAD, outlet)
            # ("... originally appeared on Example News on 30 April 2025.": the story's date, if none better)
            hit = find_date(text) if credited else None
            evidence.date(3, hit[0] if hit else None, "citation")
            header.removed.append(Removed("credit line (kept as publication)", text, kept=True))
            continue
        header.removed.append(Removed(unit.bad_reason or "page furniture after the article", text))
    if body:
        _read_last_paragraph(body, vocab, header, evidence)


def _read_notices(copyright_lines: list[str], captions: list[str], vocab: Vocabulary, evidence: _Evidence) -> None:
    """The outlets the removed copyright notices name, and a caption's provider ("... © Provided by Example
    Weekly": the outlet an app shows the story from)."""
    for line in copyright_lines:
        issue = pub.issue_outlet(line)
        if issue:  # a magazine's note of the issue the piece appeared in: the magazine's own words
            evidence.outlet(pub.CREDIT, issue)
            continue
        owner = pub.copyright_outlet(line) or pub.credited(line, vocab)
        # ("© 2025 Jane Roe": a newsletter's writer owns it; the writer is no publication)
        evidence.outlet(pub.MASTHEAD, None if owner and _a_writers_name(owner, vocab) else owner)
    for line in captions:
        provided = _PROVIDED_BY.search(line)
        evidence.outlet(pub.CREDIT, pub.tidy(provided.group("outlet")) if provided else None)


#: a caption's credit naming the story's provider: "... © Provided by Example Weekly"
_PROVIDED_BY = re.compile(r"©\s*Provided by\s+(?P<outlet>[A-Z][\w.&’'-]*(?:\s+[\w.&’'-]+){0,5})\s*$")


def _chosen_outlet(evidence: _Evidence, vocab: Vocabulary) -> str | None:
    """The best-ranked outlet the page names; an app's or an aggregator's ("Google News") only when it credits
    no other."""
    aggregators = vocab.words("aggregator_names")
    outlets = [o for o in evidence.outlets if o[2].casefold() not in aggregators] or evidence.outlets
    return min(outlets)[2] if outlets else None


def _foot_stamp(text: str, vocab: Vocabulary) -> str | None:
    """The date of a labelled date stamp ("Published on: 9 December 2022") or of an archive's note ("This article
    was published on example.co.uk at ..."); None for any other line."""
    if not _stamp_label(vocab).match(text) and not _archive_notice(text, vocab):
        return None
    unglued = unglue_stamp(text)
    hit = find_date(unglued)
    dated = _date_line(unglued, vocab, hit) if hit else None
    return dated[0] if dated and dated[1] else None


def _read_last_paragraph(body: list[Unit], vocab: Vocabulary, header: Header, evidence: _Evidence) -> None:
    """A credit sentence or an agency tag glued to the article's last paragraph is taken off it."""
    last = body[-1]
    tagged = pub.tail_tag(last.text, vocab)
    if tagged:
        header.removed.append(Removed("agency credit", last.text[len(tagged[0]) :].strip()))
        last.text = tagged[0]
        evidence.outlet(pub.TAG, tagged[1])
    if not may_match(pub.outlet_rules(vocab).credit_needs, case_safe_lower(last.text[-300:])):
        return  # no credit words at the end: no sentence to split off
    sentences = _LAST_SENTENCE.split(last.text)
    if len(sentences) > 1:
        outlet = pub.credited(sentences[-1], vocab)
        if outlet:
            header.removed.append(Removed("credit line (kept as publication)", sentences[-1], kept=True))
            last.text = last.text[: len(last.text) - len(sentences[-1])].rstrip()
            evidence.outlet(pub.CREDIT, outlet)


def _wire_fields(fields: dict[str, str], vocab: Vocabulary, header: Header, evidence: _Evidence) -> None:
    """A wire report's DATE=, BYLINE= and DATELINE= fields."""
    if "DATE" in fields:
        order = str(vocab.rules.get("wire_date_order", "mdy"))
        hit = find_date(fields["DATE"])
        evidence.date(1, hit[0] if hit else numeric_date(fields["DATE"], order, short_year=True), "header")
    byline = fields.get("BYLINE", "").strip()
    if byline and _BYLINE_LABEL.match(byline):  # a database's "Byline: By Jane Roe, Staff Writer"
        byline = _analyse(byline, vocab).author or ""
    if byline and 1 <= word_count(byline) <= 5:
        header.author = header.author or (byline.title() if byline.isupper() else byline)
    place = fields.get("DATELINE", "").strip().split(",")[0].strip()  # ("ISLAMABAD, Pakistan")
    if place and place.casefold() in vocab.words("places"):
        header.dateline = place.title() if place.isupper() else place
    if fields.get("SOURCE"):
        evidence.outlet(pub.CREDIT, pub.tidy(fields["SOURCE"]))


def _find_lede(opening: Unit | None, body: list[Unit], vocab: Vocabulary, header: Header) -> Unit | None:
    """The article's first paragraph of prose (`opening`, where the body starts), cut off a headline run into
    it when the page showed none."""
    lede = _opening_paragraph(opening, body, vocab, header)
    if lede is not None and header.headline is None and lede is body[0] and not _dateline_match(lede.text, vocab):
        split = hl.split_run_in(lede.text, rules(vocab).stop)
        if split:
            header.headline, lede.text = split
    return lede


def _opening_paragraph(opening: Unit | None, body: list[Unit], vocab: Vocabulary, header: Header) -> Unit | None:
    """Which paragraph opens the article (see `_find_lede`)."""
    lede = _past_entry_stamp(opening if opening is not None and opening in body else (body[0] if body else None), body)
    if body and lede is not body[0] and _drop_capital(body[0].text, vocab):
        lede = body[0]  # a short first paragraph under a drop capital opens the article: no highlight line
    elif len(body) > 1 and lede is body[1] and word_count(body[0].text) >= 20 and ends_sentence(body[0].text):
        lede = body[0]  # one paragraph of prose above it, no list of highlight lines: the article's first
    elif lede is not None and lede in body and header.prose_under_byline in body[: body.index(lede)]:
        lede = header.prose_under_byline  # prose under the byline and the date opens the article
    if len(body) > 1 and lede is body[0] and _dated_opening(body[1].text, vocab):
        if not _dateline_match(body[0].text, vocab):
            lede = body[1]  # a synopsis above "WASHINGTON: The State Department ...": the dateline opens it
    return lede


def _past_entry_stamp(lede: Unit | None, body: list[Unit]) -> Unit | None:
    """`lede`, or, when it is a live page's entry stamp ("25 Sep 2025 - 20:35 GMT"), the first prose of `body`."""
    if lede is not None and len(lede.text) <= 60 and is_only_date(lede.text):
        return next((u for u in body if _sentences_of_prose(u.text)), lede)
    return lede


def _dated_opening(text: str, vocab: Vocabulary) -> bool:
    """Whether `text` opens with a dateline that names a place ("WASHINGTON: ...", "KARACHI, March 5 (EXA) -")."""
    found = _dateline_match(text, vocab)
    return found is not None and found[0] is not None


def _top_of_body(body: list[Unit], vocab: Vocabulary, header: Header, evidence: _Evidence) -> list[Unit]:
    """The body without what its first units say about the page: a name alone above a writer's note or a
    stamp (the byline), a writer's note ("Jane Roe is a fellow at the Example Institute."), and a date stamp
    among the first three (it dates the article as a stamp under the headline does)."""
    kept: list[Unit] = []
    for index, unit in enumerate(body[:3]):
        after = body[index + 1].text if index + 1 < len(body) else ""
        date = _stamp_in_body(unit.text, vocab)
        if date:
            evidence.date(1, date, "header")
            header.removed.append(Removed("date line (kept in front-matter)", unit.text, kept=True))
            _standfirst_over_stamp(kept, index, header, vocab)
        elif index <= 1 and not header.author and _signed_byline(unit.text, vocab):
            header.author = _signed_byline(unit.text, vocab)  # "By Jane Roe and John Doe" over the stamp
            signed = _analyse(unit.text, vocab)  # ("By Jane Roe | Example Times", "By Jane Roe, Staff / May 3, 2010")
            evidence.outlet(pub.CREDIT, signed.outlet)
            evidence.date(1, signed.date, "byline")
            header.removed.append(Removed("byline (kept in front-matter)", unit.text, kept=True))
        elif index == 0 and not header.author and _byline_above(unit.text, after, vocab):
            header.author = unit.text
            header.removed.append(Removed("byline (kept in front-matter)", unit.text, kept=True))
        elif index <= 1 and header.author and _writer_note(unit.text, header.author):
            header.removed.append(Removed("author's note", unit.text))
        elif after and unit.text.endswith(":") and _place_line(unit.text, vocab):
            body[index + 1].text = f"{unit.text} {after}"  # "Washington:" over the opening: its dateline
        else:
            kept.append(unit)
    return kept + body[3:]


def _standfirst_over_stamp(kept: list[Unit], index: int, header: Header, vocab: Vocabulary) -> None:
    """The one unit kept above a stamp at the top of the body (`index`), when it sums the article up: the
    standfirst, as one right above the date in the head is."""
    if index == 1 and len(kept) == 1 and header.subtitle is None and _standfirst(kept[0].text, vocab):
        header.subtitle = kept.pop().text


def _signed_byline(text: str, vocab: Vocabulary) -> str | None:
    """The writers a short unit names after "By", or None."""
    if len(text) > _STAMP_MAX or not _BYLINE_LABEL.match(text):
        return None
    line = _analyse(text, vocab)
    return line.author if line.kind == "byline" else None


def _stamp_in_body(text: str, vocab: Vocabulary) -> str | None:
    """The date of a unit that is only a date, or a labelled stamp with a section's or an agency's name beside
    it ("World News | Example Agency | Updated: May 13, 2025 10:12 pm IST"); None for anything else."""
    if len(text) > _STAMP_MAX:
        return None
    date = is_only_date(unglue_stamp(text))  # ("THURSDAY, FEBRUARY 10, 1994, 1:22 P. M.")
    if date:
        return date
    line = _analyse(text, vocab)  # ("Published Feb. 12, 2025Updated Feb. 13, 2025, 9:14 a.m. ET": glued)
    if line.kind == "byline" and line.author is None and line.outlet:
        return line.date  # "EXAMPLE NEWS - Mar 12 2025 - 19:20 | World": an outlet's name and its stamp
    return line.date if line.labelled and line.kind in ("date", "outlet-date") else None


_STAMP_MAX = 100  #: the most characters of a stamp's line under the headline


def _byline_above(text: str, after: str, vocab: Vocabulary) -> bool:
    """Whether `text` is a name alone above its writer's note or a date stamp."""
    if not plausible_person_name(text, vocab):
        return False
    return _writer_note(after, text) or (len(after) <= 80 and is_only_date(after) is not None)


def _writer_note(text: str, author: str) -> bool:
    """Whether `text` is a sentence or two about the article's writer, or one of its writers ("Jane Roe is
    director of ...", under "Jane Roe and John Doe"; "Roe covers Pakistan for ..."), by full name or surname."""
    names = _writer_names(author)
    text = _POST_NOMINAL.sub("", text, count=1)  # "Jane Roe, Ph.D., is ..."
    about = text.startswith(tuple(f"{name} {verb} " for name in names for verb in _NOTE_VERBS))
    # (three sentences at most: "... at the Example Center. She served in Pakistan. X: @handle")
    return about and word_count(text) <= 60 and len(split_sentences(text)) <= 3


#: a degree or an award's letters between a writer's name and the note's verb: "Jane Roe, Ph.D., is ..."
_POST_NOMINAL = re.compile(r"(?<=\w),\s*(?:Ph\.?\s?D\.?|M\.?D\.?|OBE|MBE|CBE|Esq\.?|Jr\.?|Sr\.?),(?=\s)")
_NOTE_VERBS = ("is", "was", "has been", "covers", "reports", "writes", "served")
#: headings of a writer's note under the article
_NOTE_HEADINGS = frozenset({"about the author", "about the authors", "authors", "author", "about the writer"})


def _writer_names(author: str) -> list[str]:
    """The ways a note under the article names the writers: each name in full and by surname, as a name."""
    names = [_as_name(name) for name in _NAME_SEPARATOR.split(author) if name]
    return names + [name.split()[-1] for name in names if " " in name]


def _a_writers_name(text: str, vocab: Vocabulary) -> bool:
    """Whether `text` is a person's name that opens with a first name the lists know ("Jane Roe"): a
    newsletter's writer, where a copyright line names its owner."""
    words = text.split()
    if pub.masthead(text, vocab):
        return False  # "Geo News": an outlet's name, whatever its first word
    return 2 <= len(words) <= 4 and words[0].casefold() in lexicon(vocab).given_names


def _about_lines_aside(body: list[Unit], vocab: Vocabulary, header: Header) -> list[Unit]:
    """Take the sentences about the publisher or the body behind the page (the editors' `about_line`) off the
    end of the article ("Example Press Service is a global news agency ..."); return the lines above them that
    head them or credit the article ("EPS", "Source: This article was published by EPS"), for the foot."""
    pattern = vocab.pattern("about_line")
    dropped = False
    while pattern is not None and len(body) > 2 and word_count(body[-1].text) <= 45 and pattern.match(body[-1].text):
        header.removed.append(Removed("note about the publisher", body.pop().text))
        dropped = True
    moved: list[Unit] = []
    while dropped and len(body) > 2 and (_foot_line(body[-1].text, vocab) or _short_label(body[-1].text)):
        moved.insert(0, body.pop())
    return moved


def _short_label(text: str) -> bool:
    """A label a box under the article opens with: "EPS", "About the Example Chamber"."""
    return (word_count(text) <= 4 or text.startswith("About ") and word_count(text) <= 10) and not ends_sentence(text)


def _drop_writer_notes(body: list[Unit], header: Header) -> None:
    """Take a note about the writers off the end of the article ("Jane Roe is a correspondent ..."), with
    the writer's name and a heading printed over it ("AUTHORS" / "Jane Roe" / the note)."""
    if not header.author or len(body) < 2:
        return
    # (a site's short lines may follow the note: "Example School of Policy, Example College of Asia")
    note = next(
        (k for k in range(len(body) - 1, max(0, len(body) - 4), -1) if _writer_note(body[k].text, header.author)), None
    )
    if note is None or not all(word_count(u.text) <= 15 and not ends_sentence(u.text) for u in body[note + 1 :]):
        return
    while len(body) > note + 1:
        header.removed.append(Removed("page furniture after the article", body.pop().text))
    header.removed.append(Removed("author's note", body.pop().text))  # under the article, as many sites print it
    names = {name.casefold() for name in _writer_names(header.author)}
    headings = names | _NOTE_HEADINGS | {f"about {name}" for name in names}
    while len(body) > 1:  # (each writer's note, the writer's name or a heading over them, "MUNIR AHMED")
        text = body[-1].text.strip(" :")
        if _writer_note(text, header.author) or text.casefold() in headings or _as_name(text).casefold() in names:
            header.removed.append(Removed("author's note", body.pop().text))
        else:
            break


def _stamp_aside(body: list[Unit], vocab: Vocabulary) -> list[Unit]:
    """The article's last unit, taken off, when it is a labelled date stamp ("Published Mar 7 2025" over a note
    on the writer, which went before): the foot's to read."""
    if len(body) > 2 and len(body[-1].text) <= 60 and _foot_stamp(body[-1].text, vocab):
        return [body.pop()]
    return []


def _drop_unnamed_writer_notes(body: list[Unit], vocab: Vocabulary, header: Header) -> None:
    """Take notes about writers the byline did not name off the end of the article ("JANE ROE is a senior
    fellow at the Example Center."): a person's name, "is a" and a writer's post (the editors' `note_posts`),
    a name the article does not otherwise use."""
    for _ in range(_MOST_NOTES):  # (a piece has a writer or a few: bounded, as each looks back over the text)
        if len(body) <= 2 or not _unnamed_note(body[-1].text, body[:-1], vocab):
            return
        header.removed.append(Removed("author's note", body.pop().text))


_MOST_NOTES = 4  #: the most notes on unnamed writers taken off an article's end


def _unnamed_note(text: str, before: list[Unit], vocab: Vocabulary) -> bool:
    """Whether `text` is a short note on a person's post whose surname no paragraph of `before` holds."""
    match = _NOTE_OPENING.match(text)
    if match is None or word_count(text) > 60 or len(split_sentences(text)) > 2:
        return False
    words = _WORDS.findall(text[match.end() :].lower())
    # ("X covers Congress for ...": a writer's beat says it is a note, without a post)
    if match.group("beat") is None and vocab.words("note_posts").isdisjoint(words):
        return False
    name = match.group("name")
    surname = name.split()[-1].casefold()
    if not plausible_person_name(name.title() if name.isupper() else name, vocab):
        return False
    return not any(surname in unit.text.casefold() for unit in before)


#: a note's opening: a name, in capitals or not, and "is a", "is an", "was the" ("JANE ROE is a fellow ...")
_NOTE_OPENING = re.compile(
    r"^(?P<name>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3}),? "
    r"(?:(?:is|was) (?:a|an|the)|(?P<beat>covers|reports on|writes (?:about|on)))\b"
)


def _as_name(author: str) -> str:
    """A wire byline in capitals ("By JANE DOE", "DIANE McCORMACK") written as a name."""
    if " " not in author:
        return author
    if author.isupper():
        return author.title()
    words = author.split(" ")
    named = [w for w in words if w not in ("and", "&")]  # ("JANE DOE and JOHN ROE")
    shouted = [w for w in named if len(w) > 1 and (w.isupper() or _CAPS_PREFIXED.match(w))]
    if len(shouted) < len(named) or not any(w.isupper() for w in shouted):
        return author
    return " ".join(_name_word(w) for w in words)


_CAPS_PREFIXED = re.compile(r"^(?P<prefix>Mc|Mac|O['’]|D['’])(?P<rest>[A-Z]{2,})$")


def _name_word(word: str) -> str:
    """One word of a name in capitals written as a name's word ("McCORMACK" -> "McCormack")."""
    prefixed = _CAPS_PREFIXED.match(word)
    if prefixed:
        return prefixed.group("prefix") + prefixed.group("rest").capitalize()
    return word.capitalize() if word.isupper() else word


def read_header(
    units: list[Unit],
    vocab: Vocabulary,
    fields: dict[str, str] | None = None,
    captions: list[str] | None = None,
    copyright_lines: list[str] | None = None,
) -> Header:
    """Split `units` into header metadata and the article body.

    `fields` are a wire report's field lines; `captions` the caption lines already
    removed (a shorter copy of one is caption residue); `copyright_lines` the copyright
    notices removed with the furniture (they may name the site's outlet).
    """
    header = Header()
    _unglue_captions(units, vocab, header)
    units = _stamps_joined(units, vocab)
    units, repeated = dedupe(units, captions or [])
    header.removed.extend(repeated)
    first = classify(units, vocab)
    start = _body_start(units, first, vocab)
    end = _body_end(units, first, start, vocab)
    following = _next_article(units, first, start, end, vocab)
    if following is not None:
        # (an endless page's next story, pasted with this one: its head, text and foot are no part of it)
        header.removed.extend(Removed(NEXT_STORY, u.text) for u in units[following:])
        units, first = units[:following], first[:following]
        end = _body_end(units, first, start, vocab)
    evidence = _Evidence()
    _wire_fields(fields or {}, vocab, header, evidence)
    body = _read_head(units[:start], units[start:], vocab, header, evidence)
    headline = (fields or {}).get("HEADLINE")  # (not a wire script's "TITLE=", a slug: "PORT-TALKS (L)")
    if headline:  # a database's own headline field, whatever the head's lines were
        header.headline = headline.rstrip(" ;:")
    for unit in units[start : end + 1]:
        if unit.bad_reason:
            header.removed.append(Removed(unit.bad_reason, unit.text))
        else:
            body.append(unit)
    body = _top_of_body(body, vocab, header, evidence)
    _drop_writer_notes(body, header)
    _drop_unnamed_writer_notes(body, vocab, header)
    moved = _about_lines_aside(body, vocab, header) + _stamp_aside(body, vocab)
    lede = _find_lede(units[start] if start < len(units) else None, body, vocab, header)
    _read_foot(moved + units[end + 1 :], body, vocab, header, evidence)
    if lede is not None:
        _read_lede(lede, vocab, header, evidence)
    header.lede = lede
    _read_notices(copyright_lines or [], captions or [], vocab, evidence)
    if header.author:
        evidence.outlet(pub.MASTHEAD, pub.reporter_outlet([u.text for u in body], header.author, rules(vocab).stop))
        header.author = _as_name(header.author)
    if evidence.dates:
        _, _, header.date, header.date_source = min(evidence.dates)
    header.publication = _chosen_outlet(evidence, vocab)
    header.body = body
    return header

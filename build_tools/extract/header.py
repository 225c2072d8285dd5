"""The article's own metadata: headline, standfirst, byline, citation, dateline.

Reads the first and last units of a re-flowed article and takes out those
that are metadata rather than article text. Never invents: a missing headline
is left for `titles.generate_title`, a missing date stays None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..clean import Unit
from ..model import Removed
from ..text import word_count
from ..vocab import Vocabulary
from .actors import plausible_person_name
from .dates import find_date, is_only_date, remove_date

_BYLINE_LABEL = re.compile(r"^(?:by|written by|reported by|from)\s+", re.IGNORECASE)
_STAMP_LABEL = re.compile(r"^(?:published|updated|posted|last updated)\b\s*(?:on|at)?\s*:?\s*", re.I)
# `Author, "Title," Publication. 2025-03-09.` — a reference line at the foot of a reprint.
_CITATION = re.compile(
    r"""^(?P<author>[^"“”]{2,80}?),\s*["“](?P<title>[^"“”]{3,200}?)[,.]?["”],?\s*"""
    r"""(?P<publication>[^"“”]{2,80}?)[.,]\s*(?P<rest>.*)$"""
)
# "Published in Dawn, February 16th, 2023" — a newspaper's own footer.
_PUBLISHED_IN = re.compile(r"^published in (?P<publication>[^,]{2,60}),\s*(?P<rest>.+)$", re.I)
_DASH_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’]*(?:[ -][A-Z][A-Za-z.'’]*){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?))?"
    r"(?:,\s*(?P<date>[A-Za-z]{3,9}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Za-z]{3,9}(?: \d{4})?))?"
    r"(?:\s*\((?P<agency>[A-Z][A-Za-z ]{1,29})\))?\s*[-–—:]\s+(?=\S)"
)
_COMMA_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*){0,2}),\s+(?=[A-Z])")


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


def _is_headline(unit: Unit, following: Unit | None, vocab: Vocabulary) -> bool:
    text = unit.text
    count = word_count(text)
    if count == 0 or count > 25 or dateline_of(text, vocab):
        return False
    if text.endswith("."):
        # A short line ending in a full stop is a headline only if set apart.
        return count <= 10 and following is not None and following.blank_before
    return text[:1].isupper() or text[:1] in "\"“‘'"


def _is_standfirst(text: str, vocab: Vocabulary) -> bool:
    """A line under the headline that summarises it without ending like a sentence."""
    return (
        0 < word_count(text) <= 40
        and text[:1].isupper()
        and not text.endswith((".", ",", ";", ":"))
        and not find_date(text)
        and _byline(text, vocab) is None
    )


def _byline(text: str, vocab: Vocabulary) -> tuple[str | None, str | None] | None:
    """(author, date) when `text` is a byline or date stamp, else None."""
    if word_count(text) > 14 or text.endswith((".", "?", "!")) and not find_date(text) or _citation(text):
        return None
    hit = find_date(text)
    labelled = _BYLINE_LABEL.match(text) or _STAMP_LABEL.match(text)
    if not hit and not _BYLINE_LABEL.match(text):
        return None
    rest = remove_date(text, hit[1]) if hit else text
    rest = _STAMP_LABEL.sub("", _BYLINE_LABEL.sub("", rest)).strip(" ,|-–—:;")
    rest = re.split(r"\s*[|•·]\s*|\s+-\s+", rest)[0].strip()
    author = rest if 0 < word_count(rest) <= 6 and rest[:1].isupper() else None
    if not hit and not (labelled and author):
        return None
    return author, hit[0] if hit else None


def dateline_of(text: str, vocab: Vocabulary) -> str | None:
    """The place a first paragraph is filed from ("ISLAMABAD - ...")."""
    places = vocab.words("places")
    match = _DASH_DATELINE.match(text)
    if match and word_count(match.group("place")) <= 4:
        place = match.group("place")
        if place.isupper() or place.casefold() in places:
            return place.title() if place.isupper() else place
    match = _COMMA_DATELINE.match(text)
    if match and match.group("place").casefold() in places:
        place = match.group("place")
        return place.title() if place.isupper() else place
    return None


def _citation(text: str) -> tuple[str | None, str | None, str | None] | None:
    """(author, publication, date) from a reference or 'Published in' line."""
    match = _CITATION.match(text)
    if match:
        hit = find_date(match.group("rest"))
        if hit and word_count(match.group("author")) <= 8:
            return match.group("author").strip(), match.group("publication").strip(), hit[0]
    match = _PUBLISHED_IN.match(text)
    if match:
        hit = find_date(match.group("rest"))
        if hit:
            return None, match.group("publication").strip(), hit[0]
    return None


def read_header(units: list[Unit], vocab: Vocabulary) -> Header:
    """Split `units` into header metadata and the article body."""
    header = Header()
    body = list(units)
    starts_with_byline = bool(body) and _byline(body[0].text, vocab) is not None
    if body and not starts_with_byline and _is_headline(body[0], body[1] if len(body) > 1 else None, vocab):
        header.headline = body.pop(0).text
        if body and plausible_person_name(body[0].text, vocab):
            # A name alone under the headline is the byline ("Jane Roe").
            header.author = body.pop(0).text
            header.removed.append(Removed("byline (kept in front-matter)", header.author, kept=True))
        elif body and _is_standfirst(body[0].text, vocab):
            header.subtitle = body.pop(0).text
    # Bylines and date stamps sit in the first few lines, before the story.
    for index in range(min(3, len(body))):
        found = _byline(body[index].text, vocab)
        if found is not None:
            author, date = found
            unit = body.pop(index)
            header.removed.append(Removed("byline (kept in front-matter)", unit.text, kept=True))
            header.author = header.author or author
            if date and not header.date:
                header.date = date
                header.date_source = "byline" if author else "header"
            break
        only = is_only_date(body[index].text)
        if only:
            unit = body.pop(index)
            header.removed.append(Removed("date line (kept in front-matter)", unit.text, kept=True))
            header.date, header.date_source = only, "header"
            break
    # A reference line at the foot of the article.
    for index in range(len(body) - 1, max(len(body) - 3, -1), -1):
        cited = _citation(body[index].text)
        if cited:
            author, publication, date = cited
            unit = body.pop(index)
            header.removed.append(Removed("citation (kept in front-matter)", unit.text, kept=True))
            header.author = header.author or author
            header.publication = header.publication or publication
            if not header.date:
                header.date, header.date_source = date, "citation"
            break
    if body:
        header.dateline = dateline_of(body[0].text, vocab)
        if not header.date:
            match = _DASH_DATELINE.match(body[0].text)
            stamp = match.group("date") if match else None
            hit = find_date(stamp) if stamp else None
            if hit:
                header.date, header.date_source = hit[0], "dateline"
        match = _DASH_DATELINE.match(body[0].text)
        if match and match.group("agency") and not header.publication:
            header.publication = match.group("agency")  # "WASHINGTON, March 3 (Reuters) -"
    header.body = body
    return header


def dateline_prefix_length(text: str, vocab: Vocabulary) -> int:
    """How many characters of a first paragraph the dateline takes ("ISLAMABAD - ")."""
    if not dateline_of(text, vocab):
        return 0
    match = _DASH_DATELINE.match(text) or _COMMA_DATELINE.match(text)
    return match.end() if match else 0

"""From a raw article's text to a brief: clean, read the header, extract.

Nothing in this package touches the disk; `ingest.py` reads and writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..clean import PICTURE, mark_headings, reflow, strip_furniture, turn_speech
from ..model import Brief, Removed
from ..vocab import SafePattern, Vocabulary
from .actors import find_actors
from .dates import address_date
from .header import Header, read_header
from .headline import headline_shaped
from .kind import find_kind, kind_rules
from .quotes import find_quotes
from .summary import key_points, summarise
from .titles import generate_title
from .topics import find_topics

_COPYRIGHT = "copyright notice"  #: (reasons as in taxonomy/rules/furniture.yml)
_ISSUE = "print-edition note"
_FORWARDED = "messenger's forward label"
_ATTRIBUTION = "attribution line"  #: (its reason in taxonomy/rules/furniture.yml)
_WIRE_CREDIT = "wire-service credit"  #: (its reason in taxonomy/rules/furniture.yml)
_ATTRIBUTED_TO = re.compile(r"^.*?\battribut(?:able|ed) to\s+", re.IGNORECASE)
_GAVE_THE_FOLLOWING = re.compile(r"\s+(?:provided|issued|gave|released) the following\b.*$", re.IGNORECASE)


_REPORTING_BY = re.compile(r"\breporting by (?P<names>[^;()]{3,160})", re.IGNORECASE)
_REPORTER = re.compile(r"^(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3})(?: in [A-Z][\w .’'-]*)?$")


def _author(byline: str | None, removed: list[Removed]) -> str | None:
    """The writers a byline names, else those a wire's credit under the article names (`_reporters`)."""
    return byline if byline is not None else _reporters(removed)


def _reporters(removed: list[Removed]) -> str | None:
    """The writers a wire's credit under the article names ("(Reporting by Jane Roe in Karachi and John Doe
    in Washington; Editing by ...)" -> "Jane Roe and John Doe"), or None."""
    for r in removed:
        match = _REPORTING_BY.search(r.text) if r.reason == _WIRE_CREDIT else None
        if match:
            parts = [_REPORTER.match(p.strip()) for p in re.split(r",\s*|\s+and\s+", match.group("names"))]
            names = [part.group("name") for part in parts if part]
            if names and len(names) == len(parts):
                return " and ".join(names)
    return None


def _spokespeople(removed: list[Removed]) -> list[str]:
    """Who the attribution lines removed name ("The below is attributable to Spokesperson Jane Roe:" ->
    "Spokesperson Jane Roe"; "Press Secretary Jane Roe provided the following readout:" -> "Press Secretary Jane
    Roe"), as paragraphs the actor reader can read."""
    return [
        _GAVE_THE_FOLLOWING.sub("", _ATTRIBUTED_TO.sub("", r.text)).rstrip(" :.")
        for r in removed
        if r.reason == _ATTRIBUTION
    ]


# Removed lines that may state the kind of document; a menu's items may not ("Opinion" in a menu).
_KIND_EVIDENCE = ("section label", "author's note", "editor's note")


@dataclass
class Extraction:
    """A brief as extracted, with what was removed from the text."""

    brief: Brief
    removed: list[Removed]


_TRAIL_PARTS = re.compile(r"\s+[/>»|]\s+")  #: a breadcrumb trail's separators
_ECHO_WORD = re.compile(r"[A-Za-z]{4,}")  #: the words a trail's end must share with the lede


def _trail_title(removed: list[Removed], lede: str) -> str | None:
    """The page's title when a breadcrumb trail removed from its head ends with it and nothing else printed it:
    short sections, then a headline of five words or more that shares two words with the lede."""
    for record in removed:
        if record.reason not in ("menu or breadcrumb", "site navigation") or " " not in record.text:
            continue
        parts = _TRAIL_PARTS.split(record.text.strip())
        if len(parts) < 3 or any(part.count(" ") > 2 for part in parts[:-1]):
            continue
        end = parts[-1].strip()
        if end.count(" ") < 4 or not headline_shaped(end):
            continue
        echoed = {w.casefold() for w in _ECHO_WORD.findall(end)} & {w.casefold() for w in _ECHO_WORD.findall(lede)}
        if len(echoed) >= 2:
            return end
    return None


def _title(header: Header, removed: list[Removed], lede: str, turn: SafePattern | None) -> tuple[str, str]:
    """The brief's title and where it came from: the headline, or a trail's end that printed it ("NEWS / WORLD
    NEWS / <the page's title>", printed only there), else one made of the lede."""
    if header.headline:
        return header.headline, "headline"
    trail_end = _trail_title(removed, lede)
    if trail_end:
        return trail_end, "headline"
    # (a transcript's first turn: the title is made of the words, not the speaker's label)
    return generate_title(lede, turn_speech(lede, turn) or header.lede_offset), "generated"


def extract_brief(text: str, vocab: Vocabulary) -> Extraction:
    """Turn one article's text into a brief (source fields left empty)."""
    stripped = strip_furniture(text, vocab)
    captions = [r.text for r in stripped.removed if r.reason == PICTURE]
    # (a copyright line names the site's owner; a newsletter's sign-off, "Thanks for reading The Example Memo!", it;
    # a messenger's "Forwarded from Example News", the channel's;
    # a magazine's issue note, "... published in the Example Herald's June 2007 issue", the magazine)
    notices = [r.text for r in stripped.removed if r.reason in (_COPYRIGHT, "sign-up prompt", _FORWARDED, _ISSUE)]
    labels = vocab.words("stamp_labels") | vocab.words("places")
    units = reflow(stripped.lines, stripped.cuts, stripped.sections, labels)
    header = read_header(units, vocab, fields=stripped.fields, captions=captions, copyright_lines=notices)
    turn = kind_rules(vocab).turn  # a transcript's turn is no heading, and its label no summary
    units = mark_headings(header.body, turn)
    paragraphs = [u.text for u in units if not u.heading]
    # The lede is the first paragraph of prose; highlight lines the page puts above it are text, not the lede.
    at = next((i for i, u in enumerate(u for u in units if not u.heading) if u is header.lede), 0)
    lede = paragraphs[at] if paragraphs else ""
    title, title_source = _title(header, stripped.removed + header.removed, lede, turn)
    # (a readout's speaker, named on its attribution line, is one of its actors, though the line is no text)
    speakers = _spokespeople(stripped.removed)
    author = _author(header.author, stripped.removed)
    found = find_actors(_without_dateline(paragraphs, at, header.lede_offset) + speakers, vocab, author=author)
    summary = summarise(paragraphs[at:], lede_offset=header.lede_offset, title=header.headline, turn=turn)
    topic_text = paragraphs + [header.subtitle] if header.subtitle else paragraphs
    removed = stripped.removed + header.removed
    date, date_source = _dated(header.date, header.date_source, stripped.source_url)
    brief = Brief(
        title=title,
        title_source=title_source,
        date=date,
        date_source=date_source,
        dateline=header.dateline,
        publication=header.publication,
        author=author,
        source_file=None,
        source_sha256=None,
        summary=" ".join(summary),
        actors=found.actors,
        topics=find_topics(topic_text, vocab),
        subtitle=header.subtitle,
        source_url=stripped.source_url,
        kind=find_kind(
            paragraphs,
            stripped.lines,
            # A headline may say it too: "Readout of ...", "Transcript: ...", its rubric: "Editorial: ...".
            header.labels
            + [r.text for r in removed if r.reason in _KIND_EVIDENCE]
            + [header.headline or "", _rubric(header.headline)],
            vocab,
            dateline=header.dateline is not None,
            wire=header.wire,
        ),
        keywords=stripped.keywords,
        key_points=key_points(paragraphs, found, skip=summary, turn=turn),
        quotes=find_quotes(paragraphs, found, vocab),
        text=[f"## {u.text}" if u.heading else u.text for u in units],
    )
    return Extraction(brief=brief, removed=removed)


_BRACKETED = re.compile(r"\([^()]*\)")


def _without_dateline(paragraphs: list[str], at: int, offset: int) -> list[str]:
    """The paragraphs with what the lede's dateline holds in brackets blanked out (spaces: every mention
    keeps its place), for the actors: an agency's tag names no organisation ("NEW DELHI, March 5 (PTI) —"
    is the Press Trust of India's, not the party's)."""
    if not offset or at >= len(paragraphs) or "(" not in paragraphs[at][:offset]:
        return paragraphs
    blanked = list(paragraphs)
    dateline = _BRACKETED.sub(lambda m: " " * len(m.group()), paragraphs[at][:offset])
    blanked[at] = dateline + paragraphs[at][offset:]
    return blanked


def _rubric(headline: str | None) -> str:
    """The rubric a headline opens with, before its colon ("Editorial: A reset worth keeping"), else ""."""
    rubric, colon, rest = (headline or "").partition(":")
    return rubric if colon and rest.strip() and len(rubric.split()) <= 3 else ""


def _dated(date: str | None, source: str | None, address: str | None) -> tuple[str | None, str | None]:
    """The page's date and where it came from; with none in the page, the one its address holds, if any
    (".../2023/11/22/...")."""
    if date is not None:
        return date, source
    found = address_date(address)
    return found, ("address" if found else None)

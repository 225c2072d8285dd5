"""The records the pipeline passes between stages: one typed record per brief.

Nothing here touches the disk or knows about Markdown; build_tools/briefs/ turns a
`Brief` into a file and back (the one writer, the one reader), `extract/` fills one
in from an article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ActorType = Literal["person", "organization", "country"]
ACTOR_TYPES: tuple[str, ...] = ("person", "organization", "country")

KINDS: tuple[str, ...] = ("news-report", "opinion", "press-release", "transcript")  #: values of Brief.kind
KIND_LABELS = {
    "news-report": "News report",
    "opinion": "Opinion",
    "press-release": "Press release or readout",
    "transcript": "Interview or transcript",
}

# Fields an editor may correct as a whole; re-ingest keeps an edited one.
EDITABLE_FIELDS: tuple[str, ...] = (
    "title",
    "subtitle",
    "date",
    "dateline",
    "publication",
    "author",
    "source_url",
    "kind",
    "summary",
    "key_points",
    "body",
)
# Lists an editor corrects item by item (an actor's role, one topic, one quote's speaker): re-ingest keeps
# each corrected or removed item and still adds what the article newly names (build_tools/briefs/corrections.py).
ITEM_FIELDS: tuple[str, ...] = ("actors", "topics", "quotes")


@dataclass(frozen=True)
class ActorRef:
    """An actor as one brief mentions it."""

    id: str  #: slug; the key into taxonomy/actors.yml when reviewed
    name: str  #: display name (canonical when reviewed, as written otherwise)
    type: str  #: one of ACTOR_TYPES
    role: str | None = None  #: the role this article states, verbatim
    unreviewed: bool = False  #: True when the authority file does not know it


@dataclass(frozen=True)
class Quote:
    """Words the article puts in someone's mouth. The file keeps the speaker's actor id; the name shown
    is that actor's, from the brief's actor list."""

    text: str
    speaker_id: str | None  #: actor id, or None when the article does not say who
    speaker: str | None = None  #: the speaker's name as extraction found it (not written to the file)


@dataclass
class Brief:
    """One article's structured brief: the front-matter plus the body sections."""

    title: str
    title_source: str  #: "headline", "generated" or "editor"
    date: str | None  #: YYYY-MM-DD, or None when the text establishes no date
    date_source: str | None  #: "byline", "citation", "header", "dateline", "address" (the source's), "editor" or None
    dateline: str | None
    publication: str | None
    author: str | None
    source_file: str | None  #: the raw article's path, relative to the project; None for hand-written briefs
    source_sha256: str | None
    summary: str
    source_url: str | None = None  #: the web address the article was taken from (http or https)
    kind: str | None = None  #: one of KINDS, or None when unclear
    actors: list[ActorRef] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    subtitle: str | None = None  #: a standfirst printed under the headline
    keywords: list[str] = field(default_factory=list)  #: the source's own keyword hints
    key_points: list[str] = field(default_factory=list)  #: whole sentences, in the article's order
    quotes: list[Quote] = field(default_factory=list)
    #: extraction's cleaned paragraphs, each stripped of white space at its ends; "## x" marks a heading
    text: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  #: addresses of near-duplicate briefs
    #: field -> hash of the machine's value; for ITEM_FIELDS, each item's id and hash (briefs/corrections.py)
    extracted: dict[str, str] = field(default_factory=dict)
    body: str | None = None  #: the article as Markdown, as the file holds it (None until rendered or read)


@dataclass(frozen=True)
class Removed:
    """A line taken out of an article's text, kept for the editor."""

    reason: str
    text: str
    kept: bool = False  #: True when its content lives on in the front-matter (byline, citation)

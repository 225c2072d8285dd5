"""The records the pipeline passes between stages: one typed record per brief.

Nothing here touches the disk or knows about Markdown; `briefs.py` turns a
`Brief` into a file and back, `extract/` fills one in from an article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ActorType = Literal["person", "organization", "country"]
ACTOR_TYPES: tuple[str, ...] = ("person", "organization", "country")
#: The kinds of document a brief may record (`Brief.kind`); None when the text does not make it clear.
KINDS: tuple[str, ...] = ("news-report", "opinion", "press-release", "transcript")

# Front-matter fields an editor may correct; re-ingest keeps an edited one.
EDITABLE_FIELDS: tuple[str, ...] = (
    "title",
    "date",
    "dateline",
    "publication",
    "author",
    "source_url",
    "kind",
    "summary",
    "actors",
    "topics",
    "body",
)


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
    """Words the article puts in someone's mouth."""

    text: str
    speaker_id: str | None  #: actor id, or None when the article does not say who
    speaker: str | None  #: display name of the speaker


@dataclass
class Brief:
    """One article's structured brief: the front-matter plus the body sections."""

    title: str
    title_source: str  #: "headline", "generated" or "editor"
    date: str | None  #: YYYY-MM-DD, or None when the text establishes no date
    date_source: str | None  #: "byline", "citation", "header", "editor" or None
    dateline: str | None
    publication: str | None
    author: str | None
    source_file: str | None  #: the raw article's path as given; None for hand-written briefs
    source_sha256: str | None
    summary: str
    actors: list[ActorRef] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    subtitle: str | None = None  #: a standfirst printed under the headline
    source_url: str | None = None  #: the page's http(s) address, when the article gives it on its first line
    kind: str | None = None  #: one of KINDS, or None when unclear
    keywords: list[str] = field(default_factory=list)  #: the source's own keyword hints
    key_points: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    text: list[str] = field(default_factory=list)  #: cleaned paragraphs; "## x" marks a heading
    duplicates: list[str] = field(default_factory=list)  #: addresses of near-duplicate briefs
    extracted: dict[str, str] = field(default_factory=dict)  #: field -> hash of the machine's value
    body: str | None = None  #: the Markdown body as read back from a file


@dataclass(frozen=True)
class Removed:
    """A line taken out of an article's text, kept for the editor."""

    reason: str
    text: str
    kept: bool = False  #: True when its content lives on in the front-matter (byline, citation)

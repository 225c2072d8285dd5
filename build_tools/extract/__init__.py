"""From a raw article's text to a brief: clean, read the header, extract.

Nothing in this package touches the disk; `ingest.py` reads and writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import mark_headings, reflow, strip_furniture
from ..model import Brief, Removed
from ..vocab import Vocabulary
from .actors import find_actors
from .header import dateline_prefix_length, read_header
from .quotes import find_quotes
from .summary import key_points, summarise
from .titles import generate_title
from .topics import find_topics


@dataclass
class Extraction:
    """A brief as extracted, with what was removed from the text."""

    brief: Brief
    removed: list[Removed]


def extract_brief(text: str, vocab: Vocabulary) -> Extraction:
    """Turn one article's text into a brief (source fields left empty)."""
    stripped = strip_furniture(text, vocab)
    header = read_header(reflow(stripped.lines), vocab)
    units = mark_headings(header.body)
    paragraphs = [u.text for u in units if not u.heading]
    if header.headline:
        title, title_source = header.headline, "headline"
    else:
        lede = paragraphs[0] if paragraphs else ""
        title, title_source = generate_title(lede, dateline_prefix_length(lede, vocab)), "generated"
    found = find_actors(paragraphs, vocab, author=header.author)
    summary = summarise(paragraphs)
    topic_text = paragraphs + [header.subtitle] if header.subtitle else paragraphs
    brief = Brief(
        title=title,
        title_source=title_source,
        date=header.date,
        date_source=header.date_source,
        dateline=header.dateline,
        publication=header.publication,
        author=header.author,
        source_file=None,
        source_sha256=None,
        summary=" ".join(summary),
        actors=found.actors,
        topics=find_topics(topic_text, vocab),
        subtitle=header.subtitle,
        keywords=stripped.keywords,
        key_points=key_points(paragraphs, found, skip=summary),
        quotes=find_quotes(paragraphs, found, vocab),
        text=[f"## {u.text}" if u.heading else u.text for u in units],
    )
    return Extraction(brief=brief, removed=stripped.removed + header.removed)

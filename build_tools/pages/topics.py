"""The topics index and a page for every topic a brief carries."""

from __future__ import annotations

from collections import Counter
from itertools import chain
from operator import itemgetter
from typing import Any

from ..archive import Entry
from ..model import ActorRef
from ..vocab import Vocabulary
from .listings import briefs_block, listing_pages, too_long
from .page import Page, Pages

TOP = 12  #: actors listed on a topic page, and topics and actors on an actor page


def feed_of(topic_id: str | None = None) -> str:
    """A feed's address relative to the site's root."""
    return f"feeds/{topic_id or 'all'}.xml"


def topics_index(groups: dict[str, list[Entry]], vocab: Vocabulary) -> Page:
    """Every topic of the vocabulary with its description and number of briefs (and any a brief names that
    the vocabulary lacks, which `briefing check` reports)."""
    rows = [
        {
            "label": t.label,
            "url": f"topics/{t.id}/" if t.id in groups else None,
            "description": " ".join(t.description.split()),
            "count": len(groups.get(t.id, [])),
        }
        for t in vocab.topics
    ]
    known = {t.id for t in vocab.topics}
    rows += [
        {"label": t, "url": f"topics/{t}/", "description": None, "count": len(groups[t])}
        for t in sorted(set(groups) - known)
    ]
    view = {"rows": rows}
    return Page("topics/index.md", "Topics", "topics.html", view, "The editors' topics, with their definitions.")


def actor_counts(entries: list[Entry], exclude: str | None = None) -> list[dict[str, Any]]:
    """The actors named in `entries`, most often first, in two groups: people and organisations; countries."""
    # One Counter over a chain (Counter.update per brief costs more in its checks than in counting);
    # reversed, so that the newest brief's mention is the one left in `names`.
    counts = Counter(chain.from_iterable(entry.actor_ids for entry in reversed(entries)))
    names: dict[str, ActorRef] = {}
    for entry in reversed(entries):
        names.update(entry.actor_map)
    counts.pop(exclude or "", None)
    by_count = sorted(counts.items(), key=itemgetter(1), reverse=True)
    groups = []
    for label, wanted in (("People and organizations", ("person", "organization")), ("Countries", ("country",))):
        found = _most_named(by_count, counts, names, wanted)
        if found:
            actors = [{"name": names[i].name, "url": f"actors/{i}/", "count": counts[i]} for i in found]
            groups.append({"label": label, "actors": actors})
    return groups


def _most_named(
    by_count: list[tuple[str, int]], counts: Counter[str], names: dict[str, ActorRef], wanted: tuple[str, ...]
) -> list[str]:
    """The TOP actors of the types `wanted`, most often named first, then by name: the head of a sort of every
    actor by (count, name), taken from `by_count` (most named first) without sorting them all by name (an
    actor page ranks up to some 2,000 others, and there are thousands of actor pages)."""
    chosen: list[str] = []
    floor = 0
    for actor_id, count in by_count:
        if count < floor:
            break  # past the TOP-th actor's count: no tie left to break
        if names[actor_id].type in wanted:
            chosen.append(actor_id)
            if len(chosen) == TOP:
                floor = count
    chosen.sort(key=lambda i: (-counts[i], names[i].name.casefold()))
    return chosen[:TOP]


def topic_pages(topic_id: str, entries: list[Entry], vocab: Vocabulary) -> Pages:
    """One topic's page (definition, actors most often present, briefs) and, when large, its listings."""
    base, src = f"topics/{topic_id}", f"topics/{topic_id}/index.md"
    topic = next((t for t in vocab.topics if t.id == topic_id), None)
    label = topic.label if topic else topic_id
    definition = " ".join(topic.description.split()) if topic and topic.description else None
    view = {
        "definition": definition,
        "count": len(entries),
        "feed": feed_of(topic_id),
        "actors": actor_counts(entries),
        "briefs": briefs_block(base, entries),
    }
    pages: Pages = {src: Page(src, label, "topic.html", view, definition)}
    if too_long(entries):
        pages.update(listing_pages(base, label, entries, feed_of(topic_id)))
    return pages

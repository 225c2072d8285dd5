"""Everything the site's pages need from the archive, worked out once per build: every generated page,
each brief's related briefs, the actors that are search filters, the topics' labels."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import partial

from ..archive import Archive, Entry, actor_refs, by_actor, by_topic
from .actors import actor_pages, actors_index
from .facets import facet_actors
from .home import home_page
from .page import Pages
from .related import related
from .search import search_page
from .timeline import timeline_pages
from .topics import topic_pages, topics_index

DEFAULT_SITE_NAME = "Pakistan–US Briefing Archive"


@dataclass
class Site:
    """The generated pages and the data brief pages share."""

    archive: Archive
    site_name: str
    pages: Pages  #: every generated page, by its path under docs/
    briefs: dict[str, Entry]  #: every brief, by its path under docs/
    related: dict[str, list[Entry]]  #: brief stem -> its related briefs
    facet_actors: set[str]  #: actors offered as search filters
    labels: dict[str, str] = field(default_factory=dict)  #: topic id -> label


def build_site(
    archive: Archive,
    site_name: str = DEFAULT_SITE_NAME,
    description: str = "",
    relate: Callable[[list[Entry]], dict[str, list[Entry]]] = related,
    memo: Remembering | None = None,
) -> Site:
    """Every generated page of the archive, and what brief pages need, from the archive in memory (each
    brief's related briefs by `relate`: the build passes one that remembers them between builds; topic and
    actor pages by `memo`, the build's page memo, when given)."""
    pages, chosen = pages_showing(archive, site_name, description, memo=memo)
    return Site(
        archive=archive,
        site_name=site_name,
        pages=pages,
        briefs={entry.src: entry for entry in archive.entries},
        related=relate(archive.entries),
        facet_actors=set(chosen),
        labels={t.id: t.label for t in archive.vocab.topics},
    )


def pages_showing(
    archive: Archive,
    site_name: str,
    description: str,
    topic_ids: Collection[str] | None = None,
    actor_ids: Collection[str] | None = None,
    memo: Remembering | None = None,
) -> tuple[Pages, list[str]]:
    """The generated pages (home, search, timeline, the topics and actors indexes, and the pages and listings
    of the topics `topic_ids` and actors `actor_ids`: None for all), and the actors that are search filters.

    With every topic and actor, these are every generated page; with a brief's topics and actors, every
    page that can show it (the preview renders those at once: build_tools/speed/warm.py)."""
    entries, vocab = archive.entries, archive.vocab
    chosen = facet_actors(entries, vocab)
    pages: Pages = {}
    for page in (home_page(entries, vocab, site_name, description), search_page(entries, vocab, chosen)):
        pages[page.src] = page
    pages.update(timeline_pages(entries))
    topics = by_topic(entries)
    pages["topics/index.md"] = topics_index(topics, vocab)
    remember = memo or _made_now
    for topic_id, found in topics.items():
        if topic_ids is None or topic_id in topic_ids:
            pages.update(remember(f"topic:{topic_id}", found, partial(topic_pages, topic_id, found, vocab)))
    actors, refs = by_actor(entries), actor_refs(entries)
    pages.update(actors_index(actors, refs, vocab))
    for actor_id, named in actors.items():
        if actor_ids is None or actor_id in actor_ids:
            make = partial(actor_pages, actor_id, named, refs[actor_id], vocab)
            pages.update(remember(f"actor:{actor_id}", named, make))
    return pages, chosen


#: how a topic's or actor's pages are made: (its group's name, its briefs, what makes them) -> its pages
Remembering = Callable[[str, list[Entry], Callable[[], Pages]], Pages]


def _made_now(group: str, entries: list[Entry], make: Callable[[], Pages]) -> Pages:
    return make()

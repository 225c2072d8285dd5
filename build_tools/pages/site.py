"""Everything the site's pages need from the archive, worked out once per build: every generated page,
each brief's related briefs, the actors that are search filters, the topics' labels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..archive import Archive, Entry
from .actors import actors_pages
from .facets import facet_actors
from .home import home_page
from .page import Pages
from .related import related
from .search import search_page
from .timeline import timeline_pages
from .topics import topics_pages

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
) -> Site:
    """Every generated page of the archive, and what brief pages need, from the archive in memory (each
    brief's related briefs by `relate`: the build passes one that remembers them between builds)."""
    entries, vocab = archive.entries, archive.vocab
    chosen = facet_actors(entries, vocab)
    pages: Pages = {}
    for page in (home_page(entries, vocab, site_name, description), search_page(entries, vocab, chosen)):
        pages[page.src] = page
    pages.update(timeline_pages(entries))
    pages.update(topics_pages(entries, vocab))
    pages.update(actors_pages(entries, vocab))
    return Site(
        archive=archive,
        site_name=site_name,
        pages=pages,
        briefs={entry.src: entry for entry in entries},
        related=relate(entries),
        facet_actors=set(chosen),
        labels={t.id: t.label for t in vocab.topics},
    )

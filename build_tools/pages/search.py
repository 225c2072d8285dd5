"""The search page: Pagefind's index searched by overrides/search.html, with every filter value and count."""

from __future__ import annotations

from collections.abc import Iterable

from ..archive import Entry
from ..vocab import Vocabulary
from .facets import facet_counts
from .page import Page


def search_page(entries: list[Entry], vocab: Vocabulary, chosen_actors: Iterable[str]) -> Page:
    """The search page's view: each filter's values with their numbers of briefs (`facets.facet_counts`)."""
    view = {"facets": facet_counts(entries, vocab, set(chosen_actors))}
    description = "Search the text of every brief; narrow by topic, actor, year, publication and kind."
    return Page("search/index.md", "Search", "search.html", view, description)

"""Bounded listings shared by the timeline, topic and actor pages: a page never grows with the archive.

A topic or actor with at most LISTING_LIMIT briefs lists them all on its own
page, by year; a larger one shows its newest briefs and a table of years, each
year on its own page (`<base>/<year>/`). A year with more than LISTING_LIMIT
briefs becomes a list of month pages (`<base>/<year>/<mm>/`), and a month, or
the undated briefs (`<base>/undated/`, never hidden), continue on numbered
pages (`.../2/`, `.../3/`) past that limit.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

from ..archive import Entry, by_month, by_year
from .page import Page, Pages, url_of
from .words import anchor, month_label, plural

LISTING_LIMIT = 500  #: briefs on one year, month or undated page
NEWEST = 10  #: briefs listed on a home, topic or actor page before the table of years
T = TypeVar("T")
#: how an undated listing is ordered and what tells its briefs apart, without a date to go by
UNDATED_NOTE = "in the order of their addresses, each with its place, publication and the first line of its summary."


def too_long(entries: list[Entry]) -> bool:
    """True when `entries` need pages of their own (a page per year, month, or part) instead of one list."""
    return len(entries) > LISTING_LIMIT


def group(heading: str, entries: list[Entry]) -> dict[str, Any]:
    """A heading over a list of briefs, with the heading's id (month links point at it)."""
    return {"heading": heading, "id": anchor(heading), "entries": entries}


def paged(folder: str, items: list[T], keep_empty: bool = False) -> Iterator[tuple[str, list[T], dict[str, str], str]]:
    """`items` LISTING_LIMIT a page at folder/, folder/2/, ...: each page's source, items, previous and next
    addresses, and a " (page n of m)" suffix for its title (empty when there is one page)."""
    chunks = [items[i : i + LISTING_LIMIT] for i in range(0, len(items), LISTING_LIMIT)] or ([[]] if keep_empty else [])
    sources = [f"{folder}/index.md"] + [f"{folder}/{n}/index.md" for n in range(2, len(chunks) + 1)]
    for n, (src, chunk) in enumerate(zip(sources, chunks, strict=True)):
        pager = {}
        if n > 0:
            pager["previous"] = url_of(sources[n - 1])
        if n + 1 < len(sources):
            pager["next"] = url_of(sources[n + 1])
        part = f" (page {n + 1} of {len(sources)})" if len(sources) > 1 else ""
        yield src, chunk, pager, part


def month_target(base: str, month: str, split: bool) -> str:
    """Where a month's briefs are: its own page when its year was split, else a heading on the year page."""
    if split:
        return url_of(f"{base}/{month[:4]}/{month[5:7]}/index.md")
    return url_of(f"{base}/{month[:4]}/index.md") + "#" + anchor(month_label(month))


def listing_pages(base: str, title: str, entries: list[Entry], feed: str | None = None) -> Pages:
    """Year, month and undated pages under `base` (a folder under docs/) for newest-first `entries`."""
    pages: Pages = {}
    back = {"label": title, "url": url_of(f"{base}/index.md")}
    for year, found in by_year(entries).items():
        if year is None:
            intro = f"{plural(len(found), 'brief')} whose article establishes no date, " + UNDATED_NOTE
            pages.update(paged_listing(f"{base}/undated", f"{title}: undated", intro, back, found, feed))
        else:
            pages.update(_year_pages(base, title, year, found, back, feed))
    return pages


def _year_pages(
    base: str, title: str, year: str, entries: list[Entry], back: dict[str, str], feed: str | None
) -> Pages:
    src = f"{base}/{year}/index.md"
    months = by_month(entries)
    view: dict[str, Any] = {"intro": f"{plural(len(entries), 'brief')} from {year}, newest first.", "back": back}
    view["feed"] = feed
    if not too_long(entries):
        view["groups"] = [group(month_label(month), found) for month, found in months.items()]
        return {src: Page(src, f"{title}: {year}", "listing.html", view)}
    pages: Pages = {}
    view["links"] = []
    for month, found in months.items():
        folder = f"{base}/{year}/{month[5:7]}"
        view["links"].append({"label": month_label(month), "url": url_of(f"{folder}/index.md"), "count": len(found)})
        intro = f"{plural(len(found), 'brief')} from {month_label(month)}, newest first."
        up = {"label": f"{title}: {year}", "url": url_of(src)}
        pages.update(paged_listing(folder, f"{title}: {month_label(month)}", intro, up, found, feed))
    pages[src] = Page(src, f"{title}: {year}", "listing.html", view)
    return pages


def paged_listing(
    folder: str, title: str, intro: str, back: dict[str, str], entries: list[Entry], feed: str | None = None
) -> Pages:
    """`entries` LISTING_LIMIT a page: folder/, folder/2/, ...; each page links back and to its neighbours."""
    pages: Pages = {}
    for src, chunk, pager, part in paged(folder, entries, keep_empty=True):
        view = {"intro": intro, "back": back, "pager": pager, "groups": [group("", chunk)], "feed": feed}
        pages[src] = Page(src, f"{title}{part}", "listing.html", view)
    return pages


def year_rows(base: str, entries: list[Entry]) -> list[dict[str, Any]]:
    """Each year (newest first, then undated) with its number of briefs and its page's address."""
    return [
        {"label": year or "Undated", "url": url_of(f"{base}/{year or 'undated'}/index.md"), "count": len(found)}
        for year, found in by_year(entries).items()
    ]


def briefs_block(base: str, entries: list[Entry]) -> dict[str, Any]:
    """The briefs on a topic or actor page: every one by year when they fit on one page; else the newest
    dated and undated ones, then every year (their own pages hold the rest)."""
    if not too_long(entries):
        return {"groups": [group(year or "Undated", found) for year, found in by_year(entries).items()]}
    dated = [e for e in entries if e.brief.date]
    undated = [e for e in entries if not e.brief.date]
    return {
        "newest": dated[:NEWEST],
        "undated": undated[:NEWEST],
        "undated_total": len(undated),
        "undated_url": url_of(f"{base}/undated/index.md"),
        "years": year_rows(base, entries),
    }

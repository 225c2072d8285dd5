"""The timeline: a chart of briefs per year, each year with its months, the chronology itself (date, title, place
and the summary's first line per brief) when the archive fits on one page, else the newest briefs, and the
undated briefs with the same context."""

from __future__ import annotations

from typing import Any

from ..archive import Entry, by_month, by_year
from .listings import NEWEST, group, listing_pages, month_target, too_long
from .page import Page, Pages, url_of
from .words import month_label, plural

UNDATED_SAMPLE = 5  #: undated briefs shown on the timeline when the archive is too large to show them all


def chart_rows(entries: list[Entry], base: str = "timeline") -> list[dict[str, Any]]:
    """One bar a year (oldest first, so the chart reads as time) and a last row for the undated briefs, all
    on one scale, the longest row's: label, count, share of the longest bar (percent), address."""
    years = by_year(entries)
    keys = sorted(y for y in years if y is not None) + ([None] if None in years else [])
    peak = max((len(years[y]) for y in keys), default=0)
    rows: list[dict[str, Any]] = []
    for year in keys:
        count = len(years[year])
        row = {"label": year or "Undated", "count": count, "share": round(100 * count / peak, 1)}
        row["url"] = url_of(f"{base}/{year or 'undated'}/index.md")
        if year is None:
            row["undated"] = True
        rows.append(row)
    return rows


def chronology(entries: list[Entry]) -> list[dict[str, Any]]:
    """Every dated brief under its month ("March 2025"), newest first, when the archive fits on one page; else
    nothing (each year's page holds its own)."""
    if too_long(entries):
        return []
    return [group(month_label(month), found) for month, found in by_month(entries).items()]


def timeline_pages(entries: list[Entry]) -> Pages:
    """The timeline's index (the chart, each year with its months, the undated briefs) and its listings."""
    years = []
    for year, found in by_year(entries).items():
        if year is None:
            continue
        split = too_long(found)
        months = [
            {"label": month_label(m)[:-5], "url": month_target("timeline", m, split), "count": len(f)}
            for m, f in by_month(found).items()
        ]
        years.append({"label": year, "url": url_of(f"timeline/{year}/index.md"), "count": len(found), "months": months})
    undated = [e for e in entries if not e.brief.date]
    view = {
        "intro": f"{plural(len(entries), 'brief')} by year and month, newest first.",
        "chart": chart_rows(entries),
        "years": years,
        "chronology": chronology(entries),
        "newest": [] if not too_long(entries) else [e for e in entries if e.brief.date][:NEWEST],
        "undated": len(undated),
        "undated_url": url_of("timeline/undated/index.md"),
        "undated_sample": undated if not too_long(entries) else undated[:UNDATED_SAMPLE],
    }
    description = "Every brief of the archive by year and month, with a chart of briefs per year."
    pages: Pages = {"timeline/index.md": Page("timeline/index.md", "Timeline", "timeline.html", view, description)}
    pages.update(listing_pages("timeline", "Timeline", entries))
    return pages

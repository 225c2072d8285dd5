"""The timeline: every brief by year and month, a chart of briefs per year, and the undated briefs."""

from __future__ import annotations

from typing import Any

from ..archive import Entry, by_month, by_year
from .listings import listing_pages, month_target, too_long
from .page import Page, Pages, url_of
from .words import month_label, plural


def chart_rows(entries: list[Entry], base: str = "timeline") -> list[dict[str, Any]]:
    """One bar a year (oldest first, so the chart reads as time), scaled to the busiest year, and a last
    row for the undated briefs: label, count, share of the widest bar (percent), address."""
    years = by_year(entries)
    dated = sorted((y for y in years if y is not None), reverse=False)
    peak = max((len(years[y]) for y in dated), default=0)
    rows = [
        {
            "label": y,
            "count": len(years[y]),
            "share": round(100 * len(years[y]) / peak, 1),
            "url": url_of(f"{base}/{y}/index.md"),
        }
        for y in dated
    ]
    if None in years:
        undated = len(years[None])
        share = round(100 * undated / peak, 1) if peak else 100.0
        rows.append(
            {
                "label": "Undated",
                "count": undated,
                "share": min(share, 100.0),
                "url": url_of(f"{base}/undated/index.md"),
                "undated": True,
            }
        )
    return rows


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
    undated = sum(1 for e in entries if not e.brief.date)
    view = {
        "intro": f"{plural(len(entries), 'brief')} by year and month, newest first.",
        "chart": chart_rows(entries),
        "years": years,
        "undated": undated,
        "undated_url": url_of("timeline/undated/index.md"),
        "undated_sample": [e for e in entries if not e.brief.date][:5],
    }
    description = "Every brief of the archive by year and month, with a chart of briefs per year."
    pages: Pages = {"timeline/index.md": Page("timeline/index.md", "Timeline", "timeline.html", view, description)}
    pages.update(listing_pages("timeline", "Timeline", entries))
    return pages

"""A static SVG bar chart of briefs per month, drawn at build time (no script needed to see it)."""

from __future__ import annotations

import calendar
from html import escape

WIDTH, HEIGHT = 720, 180
LEFT, BOTTOM, TOP = 32, 28, 12


def month_range(first: str, last: str) -> list[str]:
    """Every YYYY-MM from `first` to `last` inclusive, so empty months show as gaps."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    months = []
    while (year, month) <= end:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def month_label(month: str) -> str:
    """'2023-02' -> 'February 2023'."""
    return f"{calendar.month_name[int(month[5:7])]} {month[:4]}"


def bar_chart(counts: dict[str, int], link: str = "{year}/") -> str:
    """An SVG of briefs per month; each bar links to its year page (`link` formats the address)."""
    if not counts:
        return ""
    months = month_range(min(counts), max(counts))
    peak = max(counts.values())
    slot = (WIDTH - LEFT) / len(months)
    plot = HEIGHT - BOTTOM - TOP
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="archive-chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="chart-title"><title id="chart-title">Briefs per month, '
        f"{escape(month_label(months[0]))} to {escape(month_label(months[-1]))}</title>",
        f'<line class="axis" x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH}" y2="{HEIGHT - BOTTOM}"/>',
        f'<text class="tick" x="{LEFT - 6}" y="{TOP + 4}" text-anchor="end">{peak}</text>',
        f'<text class="tick" x="{LEFT - 6}" y="{HEIGHT - BOTTOM}" text-anchor="end">0</text>',
    ]
    for i, month in enumerate(months):
        parts.append(_bar(i, month, counts.get(month, 0), peak, slot, plot, link))
    parts.extend(_year_ticks(months, slot))
    parts.append("</svg>")
    return "".join(parts)


def _bar(i: int, month: str, count: int, peak: int, slot: float, plot: int, link: str) -> str:
    x = LEFT + i * slot + slot * 0.15
    height = plot * count / peak if peak else 0
    y = HEIGHT - BOTTOM - height
    noun = "brief" if count == 1 else "briefs"
    rect = (
        f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{height:.1f}">'
        f"<title>{escape(month_label(month))}: {count} {noun}</title></rect>"
    )
    if not count:
        return rect
    href = escape(link.format(year=month[:4], month=month[5:7]))
    return f'<a href="{href}">{rect}</a>'


def _year_ticks(months: list[str], slot: float) -> list[str]:
    """A label under the first month of each year shown (and under the first bar)."""
    ticks: list[str] = []
    last = -100.0
    for i, month in enumerate(months):
        x = LEFT + i * slot
        # Skip a label that would overprint the previous one (a chart starting in December).
        if (i == 0 or month.endswith("-01")) and x - last >= 36:
            last = x
            ticks.append(f'<text class="tick" x="{x:.1f}" y="{HEIGHT - BOTTOM + 16}">{escape(month[:4])}</text>')
    return ticks

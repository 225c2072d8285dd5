"""How the pages say dates, counts and summaries."""

from __future__ import annotations

import calendar

from ..text import split_sentences

ONE_LINE = 200  #: characters of a summary shown beside a title in a chronology


def month_label(month: str) -> str:
    """'2023-02' -> 'February 2023'."""
    return f"{calendar.month_name[int(month[5:7])]} {month[:4]}"


def date_text(date: str | None) -> str:
    """'2023-02-16' -> '16 February 2023'; None -> 'undated'."""
    if not date:
        return "undated"
    return f"{int(date[8:10])} {month_label(date[:7])}"


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def one_line(summary: str, limit: int = ONE_LINE) -> str:
    """A summary's first sentence, cut at a word before `limit` characters (with an ellipsis) when longer."""
    sentences = split_sentences(" ".join(summary.split()))
    first = sentences[0] if sentences else ""
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def anchor(label: str) -> str:
    """A heading's id as the page writes it: 'February 2023' -> 'february-2023'."""
    return "-".join(label.lower().split())

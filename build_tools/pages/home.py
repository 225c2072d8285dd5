"""The home page: what the archive holds, its newest dated briefs and the ways in."""

from __future__ import annotations

from collections import Counter

from ..archive import Entry, by_actor, by_topic
from ..vocab import Vocabulary
from .page import Page
from .words import date_text

NEWEST = 10  #: dated briefs listed on the home page
TOP_TOPICS = 8  #: topics listed with their counts


def home_page(entries: list[Entry], vocab: Vocabulary, site_name: str, description: str) -> Page:
    """The home page's view: counts, the span of dates, the newest dated briefs and the topics most covered."""
    dated = [e for e in entries if e.brief.date]
    topics = Counter({topic: len(found) for topic, found in by_topic(entries).items()})
    labels = {t.id: t.label for t in vocab.topics}
    days = [e.brief.date for e in dated if e.brief.date]
    first, last = (min(days), max(days)) if days else (None, None)
    view = {
        "description": description,
        "count": len(entries),
        "undated": len(entries) - len(dated),
        "first": date_text(first) if first else None,
        "last": date_text(last) if last else None,
        "first_year": first[:4] if first else None,
        "last_year": last[:4] if last else None,
        "topic_count": len(topics),
        "actor_count": len(by_actor(entries)),
        "newest": dated[:NEWEST],
        "undated_sample": [e for e in entries if not e.brief.date][: NEWEST - len(dated[:NEWEST])],
        "topics": [
            {"label": labels.get(t, t), "url": f"topics/{t}/", "count": n}
            for t, n in sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TOPICS]
        ],
        "feed": "feeds/all.xml",
    }
    return Page("index.md", site_name, "home.html", view, description)

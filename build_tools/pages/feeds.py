"""Feeds and data for subscribers and analysts: Atom feeds and briefs.json.

Pure functions return strings; the MkDocs plugin publishes them as files of
the site (`feed_files`). Feed links are absolute (a feed reader has no page to
resolve them against), built from mkdocs.yml's `site_url`. A dated brief's
time is its date; an undated one's is when its file last changed (its last
commit, pages/changed.py), never an invented date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from itertools import islice
from typing import Any, Protocol

from ..model import Brief
from ..vocab import Topic

ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_SIZE = 20
SITE_NAME = "Pakistan–US Briefing Archive"
# Characters XML 1.0 cannot carry even escaped; pasted articles can contain them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class FeedError(ValueError):
    """Feeds that cannot be made (e.g. no absolute site_url); the message says what to do."""


class BriefEntry(Protocol):
    """A brief and its address stem, as the site's collector provides them."""

    @property
    def stem(self) -> str: ...

    @property
    def brief(self) -> Brief: ...


# -- addresses -------------------------------------------------------------------------------------


def check_site_url(url: Any, where: str = "mkdocs.yml") -> str:
    """The site URL with one trailing slash, or FeedError when it is not absolute http(s)."""
    if not isinstance(url, str) or not re.match(r"https?://[^/\s]+", url):
        raise FeedError(f"{where}: site_url must be an absolute http(s) address for feed links; set it")
    return url.rstrip("/") + "/"


# -- ordering and addresses -------------------------------------------------------------------


def newest_first(entries: Iterable[BriefEntry]) -> list[BriefEntry]:
    """Dated briefs newest first, then undated ones (as on the timeline), ties by address."""
    entries = sorted(entries, key=lambda e: e.stem)
    dated = sorted((e for e in entries if e.brief.date), key=lambda e: e.brief.date or "", reverse=True)
    return dated + [e for e in entries if not e.brief.date]


def brief_url(site_url: str, stem: str) -> str:
    return f"{site_url}briefs/{stem}/"


def topic_url(site_url: str, topic_id: str) -> str:
    return f"{site_url}topics/{topic_id}/"


def feed_path(topic_id: str | None = None) -> str:
    """A feed's path relative to docs/ (and to the site root)."""
    return f"feeds/{topic_id or 'all'}.xml"


def _timestamp(date: str | None) -> str | None:
    return f"{date}T00:00:00Z" if date else None


# -- Atom ---------------------------------------------------------------------------------------


def _clean(text: str | None) -> str:
    """Text safe for XML 1.0; ElementTree escapes <, & and quotes, but cannot carry control characters."""
    return _XML_ILLEGAL.sub("", text or "")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: _clean(v) for k, v in attrs.items()})
    if text is not None:
        element.text = _clean(text)
    return element


def updated_of(item: BriefEntry, changed: Mapping[str, str], fallback: str) -> str:
    """An entry's Atom time: its date; undated, when its file last changed; else `fallback`."""
    return _timestamp(item.brief.date) or changed.get(item.stem) or fallback


def _entry(feed: ET.Element, item: BriefEntry, site_url: str, labels: dict[str, str], updated: str) -> None:
    brief, url = item.brief, brief_url(site_url, item.stem)
    entry = _sub(feed, "entry")
    _sub(entry, "title", brief.title, type="text")
    _sub(entry, "id", url)
    _sub(entry, "link", rel="alternate", type="text/html", href=url)
    _sub(entry, "updated", updated)
    if brief.date:
        _sub(entry, "published", _timestamp(brief.date))
    if brief.author or brief.publication:
        _sub(_sub(entry, "author"), "name", brief.author or brief.publication)
    for topic in brief.topics:
        _sub(entry, "category", term=topic, label=labels.get(topic, topic), scheme=topic_url(site_url, topic))
    _sub(entry, "summary", brief.summary or brief.title, type="text")


def atom_feed(
    entries: Iterable[BriefEntry],
    site_url: str,
    *,
    title: str = SITE_NAME,
    subtitle: str | None = None,
    topic_id: str | None = None,
    labels: dict[str, str] | None = None,
    limit: int = FEED_SIZE,
    changed: Mapping[str, str] | None = None,
    ordered: bool = False,
) -> str:
    """An Atom feed of the newest `limit` briefs (of one topic when `topic_id` is given).

    `changed` gives undated briefs their time (stem -> Atom time); the feed's own time is its newest entry's.
    `ordered`: the entries are newest first already (`newest_first`), and are not sorted again.
    """
    site_url = check_site_url(site_url)
    changed = changed or {}
    mine = (e for e in entries if topic_id is None or topic_id in e.brief.topics)
    chosen = list(islice(mine, limit)) if ordered else newest_first(mine)[:limit]
    latest = max(changed.values(), default=None) or _now()
    times = [updated_of(e, changed, latest) for e in chosen]
    updated = max(times, default=latest)
    self_url = site_url + feed_path(topic_id)
    page_url = topic_url(site_url, topic_id) if topic_id else site_url
    feed = ET.Element("feed", {"xmlns": ATOM_NS})
    _sub(feed, "title", title, type="text")
    if subtitle:
        _sub(feed, "subtitle", subtitle, type="text")
    _sub(feed, "id", self_url)
    _sub(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    _sub(feed, "link", rel="alternate", type="text/html", href=page_url)
    _sub(feed, "updated", updated)
    _sub(_sub(feed, "author"), "name", SITE_NAME)
    _sub(feed, "generator", "briefing-archive")
    for item, when in zip(chosen, times, strict=True):
        _entry(feed, item, site_url, labels or {}, when)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


# -- JSON export ----------------------------------------------------------------------------------


def brief_record(item: BriefEntry, site_url: str | None = None) -> dict[str, Any]:
    """One brief's metadata for analysts: everything in its front-matter except the bookkeeping."""
    brief = item.brief
    record: dict[str, Any] = {"address": item.stem, "path": f"briefs/{item.stem}/"}
    if site_url:
        record["url"] = brief_url(check_site_url(site_url), item.stem)
    record.update(
        title=brief.title,
        title_source=brief.title_source,
        subtitle=brief.subtitle,
        date=brief.date,
        date_source=brief.date_source,
        dateline=brief.dateline,
        publication=brief.publication,
        author=brief.author,
        source_url=brief.source_url,
        kind=brief.kind,
        summary=brief.summary,
        key_points=list(brief.key_points),
        quotes=[{"text": q.text, "speaker": q.speaker_id} for q in brief.quotes],
        actors=[
            {"id": a.id, "name": a.name, "type": a.type, "role": a.role, "unreviewed": a.unreviewed}
            for a in brief.actors
        ],
        topics=list(brief.topics),
        keywords=list(brief.keywords),
        duplicates=list(brief.duplicates),
        source_file=brief.source_file,
        source_sha256=brief.source_sha256,
    )
    return record


def briefs_json(entries: Iterable[BriefEntry], site_url: str | None = None) -> str:
    """Every brief's metadata as one JSON document, newest first; stable from run to run."""
    items = newest_first(entries)
    # One brief a line: as diff-friendly as an indented file, and json's C encoder only runs without indent
    # (the indented encoder took 2 s at 10,000 briefs).
    head = json.dumps({"title": SITE_NAME, "count": len(items)}, ensure_ascii=False)[:-1]
    lines = [json.dumps(brief_record(item, site_url), ensure_ascii=False) for item in items]
    return head + ', "briefs": [\n' + ",\n".join(lines) + ("\n]}\n" if lines else "]}\n")


# -- the files ----------------------------------------------------------------------------------------


def feed_files(
    briefs: Sequence[BriefEntry], site_url: str, topics: Sequence[Topic] = (), changed: Mapping[str, str] | None = None
) -> dict[str, str]:
    """feeds/all.xml, feeds/<topic>.xml (every topic known or used) and briefs.json: path under the site -> text."""
    site_url = check_site_url(site_url)
    labels = {t.id: t.label for t in topics}
    topic_ids = sorted(set(labels) | {t for e in briefs for t in e.brief.topics})
    briefs = newest_first(briefs)  # once, not once a feed (sorting 10,000 briefs eighteen times took 0.3 s)
    outputs = {feed_path(): atom_feed(briefs, site_url, labels=labels, changed=changed, ordered=True)}
    for topic_id in topic_ids:
        label = labels.get(topic_id, topic_id)
        outputs[feed_path(topic_id)] = atom_feed(
            briefs,
            site_url,
            title=f"{label} — {SITE_NAME}",
            subtitle=f"The newest briefs filed under {label}.",
            topic_id=topic_id,
            labels=labels,
            changed=changed,
            ordered=True,
        )
    outputs["briefs.json"] = briefs_json(briefs, site_url)
    return outputs


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


__all__ = ["BriefEntry", "FeedError", "atom_feed", "briefs_json", "check_site_url", "feed_files"]

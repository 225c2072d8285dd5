"""Feeds and data for subscribers and analysts: Atom feeds and briefs.json.

Pure functions return strings; `write_feeds` hands them to a `files.Writer`.
Feed links are absolute (a feed reader has no page to resolve them against),
built from mkdocs.yml's `site_url`. Output is deterministic: every timestamp
comes from the briefs' own dates, never from the clock.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

import yaml

from ..briefs import BriefError, read_brief
from ..files import Writer
from ..model import Brief
from ..vocab import Topic

ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_SIZE = 20
SITE_NAME = "Pakistan–US Briefing Archive"
# When no brief is dated there is no honest "updated" time; the epoch says so plainly.
EPOCH = "1970-01-01T00:00:00Z"
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


class _Entry:
    """The simplest BriefEntry, for `load_entries`."""

    def __init__(self, stem: str, brief: Brief) -> None:
        self.stem = stem
        self.brief = brief


# -- reading --------------------------------------------------------------------------------


def load_entries(briefs_dir: Path) -> list[BriefEntry]:
    """Every brief in `briefs_dir` with its stem; BriefError for an unreadable one."""
    return [_Entry(p.stem, read_brief(p)) for p in sorted(briefs_dir.glob("*.md"))]


class _LenientLoader(yaml.SafeLoader):
    """mkdocs.yml may hold !!python/name tags (Material's emoji settings); we only need plain keys."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """MkDocs' `!ENV NAME` or `!ENV [NAME, OTHER, default]`: the first variable set, else the last item."""
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(str(loader.construct_scalar(node)))
    items = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else []
    for name in items[:-1]:
        if isinstance(name, str) and name in os.environ:
            return os.environ[name]
    return items[-1] if items else None


_LenientLoader.add_constructor("!ENV", _env)
_LenientLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def site_url_from(mkdocs_yml: Path) -> str:
    """mkdocs.yml's `site_url`, checked to be absolute; FeedError otherwise."""
    try:
        config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_LenientLoader)
    except (OSError, yaml.YAMLError) as err:
        raise FeedError(f"{mkdocs_yml}: cannot read site_url ({err.__class__.__name__}); fix the file") from None
    url = config.get("site_url") if isinstance(config, dict) else None
    return check_site_url(url, mkdocs_yml)


def check_site_url(url: Any, where: Path | str = "mkdocs.yml") -> str:
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


def _entry(feed: ET.Element, item: BriefEntry, site_url: str, labels: dict[str, str], fallback: str) -> None:
    brief, url = item.brief, brief_url(site_url, item.stem)
    entry = _sub(feed, "entry")
    _sub(entry, "title", brief.title, type="text")
    _sub(entry, "id", url)
    _sub(entry, "link", rel="alternate", type="text/html", href=url)
    # Atom requires <updated>; an undated brief takes the feed's own time rather than an invented date.
    _sub(entry, "updated", _timestamp(brief.date) or fallback)
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
) -> str:
    """An Atom feed of the newest `limit` briefs (of one topic when `topic_id` is given)."""
    site_url = check_site_url(site_url)
    chosen = newest_first(e for e in entries if topic_id is None or topic_id in e.brief.topics)[:limit]
    dates = [e.brief.date for e in chosen if e.brief.date]
    updated = f"{max(dates)}T00:00:00Z" if dates else EPOCH
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
    for item in chosen:
        _entry(feed, item, site_url, labels or {}, updated)
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
        summary=brief.summary,
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


# -- writing --------------------------------------------------------------------------------------


def _relative(writer: Writer, path: Path) -> str:
    """`path` relative to the writer's root, whichever folder (project or docs/) that is."""
    return Path(os.path.relpath(path.resolve(), writer.root)).as_posix()


def write_feeds(
    briefs: Sequence[BriefEntry],
    docs_dir: Path,
    site_url: str,
    writer: Writer,
    topics: Sequence[Topic] = (),
) -> list[Path]:
    """Write docs/feeds/all.xml, docs/feeds/<topic>.xml (every topic known or used) and docs/briefs.json.

    Feeds of topics that no longer exist are removed, since docs/feeds/ is
    generated and never committed. Returns the paths written.
    """
    site_url = check_site_url(site_url)
    labels = {t.id: t.label for t in topics}
    topic_ids = sorted(set(labels) | {t for e in briefs for t in e.brief.topics})
    outputs = {docs_dir / feed_path(): atom_feed(briefs, site_url, labels=labels)}
    for topic_id in topic_ids:
        label = labels.get(topic_id, topic_id)
        outputs[docs_dir / feed_path(topic_id)] = atom_feed(
            briefs,
            site_url,
            title=f"{label} — {SITE_NAME}",
            subtitle=f"The newest briefs filed under {label}.",
            topic_id=topic_id,
            labels=labels,
        )
    outputs[docs_dir / "briefs.json"] = briefs_json(briefs, site_url)
    for path, text in outputs.items():
        writer.write(_relative(writer, path), text)
    for stale in sorted((docs_dir / "feeds").glob("*.xml")):
        if stale not in outputs:
            stale.unlink()
    return list(outputs)


__all__ = [
    "BriefEntry",
    "BriefError",
    "FeedError",
    "atom_feed",
    "briefs_json",
    "load_entries",
    "site_url_from",
    "write_feeds",
]

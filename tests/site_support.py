"""Helpers for the site tests: build a copy of the project once, walk the built HTML.

The site is always built in a temporary copy, never in the repository's own
docs/ or site/ (others run tests at the same time).
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import shutil
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from build_tools import search_index
from build_tools.briefs import render
from build_tools.build import build
from build_tools.model import ActorRef, Brief
from build_tools.scaffold import scaffold

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (
    "mkdocs.yml",
    "taxonomy",
    "seeds",
    "overrides",
    "docs/briefs",
    "docs/about.md",
    "docs/stylesheets",
)
SUB_PATH = "/briefing-archive/"  #: the path part of mkdocs.yml's default site_url
HOSTILE_STEM = "undated-hostile-test-brief"
HOSTILE_TITLE = '<script>alert("title")</script> {{ config.site_name }} {% if 1 %}x{% endif %} & "q" \'a\''
HOSTILE_ACTOR = '<img src=x onerror=alert("actor")>'


@dataclass
class BuiltSite:
    root: Path  #: the project copy
    site: Path  #: the built site
    code: int  #: build()'s exit code
    seconds: float


def copy_project(dest: Path) -> Path:
    """Copy what a site build reads (never generated pages, build/ or site/) into `dest`."""
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, dest / name)
    return dest


def hand_written(title: str, date: str | None, summary: str, **fields: Any) -> Brief:
    """A brief as `briefing new` scaffolds it, with this summary and these fields (`text` for its body)."""
    return dataclasses.replace(scaffold(title, date), summary=summary, body=None, **fields)


def hostile_brief() -> Brief:
    """A hand-written brief whose every text field tries to become markup or template code."""
    return Brief(
        title=HOSTILE_TITLE,
        title_source="editor",
        date=None,
        date_source=None,
        dateline='Islamabad"><script>alert("dateline")</script>',
        publication="<b>Bold</b> & Co",
        author="{{ lipsum() }}",
        source_file=None,
        source_sha256=None,
        summary='Narcotics cooperation. <script>alert("summary")</script> [x](javascript:alert(1))',
        actors=[ActorRef(id="hostile-actor", name=HOSTILE_ACTOR, type="person", role="</script>", unreviewed=True)],
        topics=["narcotics"],
        text=['Body <script>alert("body")</script> {{ 7*7 }} <img src=x onerror=alert(2)>'],
    )


def build_copy(dest: Path, extra: dict[str, str] | None = None, shard_pages: int | None = None) -> BuiltSite:
    """Copy the project to `dest`, add the hostile brief (and `extra` briefs: stem -> text), build it
    (with search shards of at most `shard_pages` briefs, when given)."""
    root = copy_project(dest)
    briefs = root / "docs" / "briefs"
    (briefs / f"{HOSTILE_STEM}.md").write_text(render(hostile_brief()), encoding="utf-8")
    for stem, text in (extra or {}).items():
        (briefs / f"{stem}.md").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    with pytest.MonkeyPatch.context() as patch:
        if shard_pages is not None:
            patch.setattr(search_index, "SHARD_PAGES", shard_pages)
        code = build(root, root / "site")
    return BuiltSite(root, root / "site", code, time.perf_counter() - started)


def pagefind_records(site: Path) -> list[dict[str, Any]]:
    """Every page Pagefind indexed: its url, content, filters and meta, read from the fragments of every
    bundle of the index (site/pagefind/<shard>/fragment/)."""
    records = []
    for path in sorted((site / "pagefind").glob("*/fragment/*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        records.append(json.loads(data[data.index(b"{") :]))  # after Pagefind's short signature
    return records


class _Links(HTMLParser):
    """Collects every href/src and every id on one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src", "xlink:href") and value is not None:
                self.links.append(value)
            elif name in ("id", "name") and value:
                self.ids.add(value)


def parse_page(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def page_url(site: Path, path: Path) -> str:
    """The URL a built file is served at, under SUB_PATH."""
    rel = path.relative_to(site).as_posix()
    return SUB_PATH + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def target_file(site: Path, url: str) -> Path | None:
    """The file a same-site URL (absolute path under SUB_PATH) is served from, or None."""
    path = urlsplit(url).path
    if not path.startswith(SUB_PATH):
        return None
    file = site / path[len(SUB_PATH) :]
    if path.endswith("/") or file.is_dir():
        file = file / "index.html"
    return file if file.is_file() else None


def broken_links(site: Path) -> list[str]:
    """Every internal href/src (and #fragment on another page) in the built site that leads nowhere."""
    pages = {path: parse_page(path) for path in site.rglob("*.html")}
    broken = []
    for path, parsed in pages.items():
        base = "http://localhost" + page_url(site, path)
        for raw in parsed.links:
            split = urlsplit(raw)
            if split.scheme or split.netloc or raw.startswith("#"):
                continue  # external, or a fragment on the same page
            absolute = urlsplit(urljoin(base, raw))
            found = target_file(site, absolute.path)
            if found is None:
                broken.append(f"{path.relative_to(site)}: {raw}")
            elif absolute.fragment and found.suffix == ".html":
                if absolute.fragment not in pages.get(found, parse_page(found)).ids:
                    broken.append(f"{path.relative_to(site)}: {raw} (no such anchor)")
    return broken


# Debian's Chromium, as the browser tests launch it (Playwright cannot download its own
# here); the background-networking flags stop it calling out on this closed network.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

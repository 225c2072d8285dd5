"""MkDocs hooks (plain functions, named in mkdocs.yml): brief pages get a card, related briefs and JSON-LD.

The related-briefs data comes from `build/archive-pages.json`, written by
`briefing build` after it has read every brief; the briefs themselves are
committed and never modified by the build. Titles and other front-matter
values are HTML-escaped here because MkDocs renders its templates without
autoescape and Material prints `page.meta.title` as it is.
"""

from __future__ import annotations

import html
import json
import logging
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from build_tools.briefs import KEYS as BRIEF_KEYS
from build_tools.pages.brief_page import card, json_ld, related_section, search_facets

DATA_FILE = "build/archive-pages.json"  #: relative to mkdocs.yml; written by build_tools.build
PRINTED_META = ("title", "subtitle", "description")  #: front-matter values the theme prints unescaped

# Under the "mkdocs" logger so that `--strict` counts these warnings.
log = logging.getLogger("mkdocs.hooks.archive")
_data: dict[str, Any] = {"topics": {}, "related": {}, "facet_actors": set()}
_extras: dict[str, tuple[str, str]] = {}  # page source -> (HTML before the content, HTML after it)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load the data `briefing build` wrote for this build."""
    path = Path(config.config_file_path or "mkdocs.yml").resolve().parent / DATA_FILE
    _extras.clear()
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning(f"{path} is missing or unreadable: run `briefing build` (it generates the index pages too)")
        loaded = {}
    _data["topics"] = loaded.get("topics", {})
    _data["related"] = loaded.get("related", {})
    _data["facet_actors"] = set(loaded.get("facet_actors", []))
    return config


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Prepare a brief's card and JSON-LD from its raw front-matter, then make printed values safe."""
    meta = page.meta
    if page.file.src_uri.startswith("briefs/"):
        # A brief is data: keys that would steer the theme (template, hide, ...) are not honoured.
        for key in set(meta) - set(BRIEF_KEYS):
            del meta[key]
        _extras[page.file.src_uri] = _brief_extras(page, files, config)
    elif meta.get("generated_by"):
        page.edit_url = None  # generated pages are not in the repository; there is nothing to edit
    for key in PRINTED_META:
        if key in meta:
            meta[key] = html.escape(str(meta[key]))
    return markdown


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Put the card above a brief's text and the related briefs and JSON-LD below it.

    A brief is wrapped in `data-pagefind-body`, so Pagefind indexes briefs
    only: index pages, the home page and the search page stay out of results.
    """
    if page.file.src_uri not in _extras:
        return content
    before, after = _extras.pop(page.file.src_uri)
    return f"<div data-pagefind-body>{before}{content}</div>{after}"


def _brief_extras(page: Page, files: Files, config: MkDocsConfig) -> tuple[str, str]:
    def resolve(src: str) -> str | None:
        target = files.get_file_from_path(src)
        if target is None:
            log.warning(f"{page.file.src_uri}: links to {src}, which the build did not generate")
            return None
        return target.url_relative_to(page.file)

    meta, stem = page.meta, page.file.src_uri[len("briefs/") : -len(".md")]
    topics = _data["topics"]
    before = search_facets(meta, topics, _data["facet_actors"]) + card(meta, topics, resolve, page.edit_url)
    related = related_section(_data["related"].get(stem, []), resolve)
    return before, related + json_ld(meta, topics, page.canonical_url)

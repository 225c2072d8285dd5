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
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from build_tools.briefs import KEYS as BRIEF_KEYS
from build_tools.pages.brief_page import card, json_ld, related_section, search_facets, unindex_repeats

DATA_FILE = "build/archive-pages.json"  #: relative to mkdocs.yml; written by build_tools.build
PRINTED_META = ("title", "subtitle", "description")  #: front-matter values the theme prints unescaped

# Under the "mkdocs" logger so that `--strict` counts these warnings.
log = logging.getLogger("mkdocs.hooks.archive")
_data: dict[str, Any] = {"topics": {}, "related": {}, "facet_actors": set()}
_extras: dict[str, tuple[str, str]] = {}  # page source -> (HTML before the content, HTML after it)
# A generated page's long lists are raw HTML blocks that the build wrote and checked (check_links in
# build_tools/pages/index_pages.py). They are set aside before Markdown and put back after it: Python-Markdown
# would otherwise run every tag through its HTML parser, which cost more than the rest of such a page.
_RAW_BLOCK = re.compile(r"^(?:<ul>\n.*?\n</ul>|<p>[^\n]*</p>)$", re.MULTILINE | re.DOTALL)
_PLACEHOLDER = re.compile(r"<p>ARCHIVE-RAW-BLOCK-(\d+)</p>")
_raw_blocks: dict[str, list[str]] = {}  # page source -> its raw blocks, in order
_urls: dict[tuple[str, str], str] = {}  # (target source, the linking page's parent folder) -> relative URL


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load the data `briefing build` wrote for this build."""
    path = Path(config.config_file_path or "mkdocs.yml").resolve().parent / DATA_FILE
    _extras.clear()
    _raw_blocks.clear()
    _urls.clear()
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
        blocks: list[str] = []

        def set_aside(match: re.Match[str]) -> str:
            blocks.append(match.group(0))
            return f"ARCHIVE-RAW-BLOCK-{len(blocks) - 1}"

        # Only when the page cannot already hold the placeholder's text (an editor's topic description could):
        # such a page goes through Markdown whole, which is slower and just as safe.
        if "ARCHIVE-RAW-BLOCK-" not in markdown:
            markdown = _RAW_BLOCK.sub(set_aside, markdown)
        if blocks:
            _raw_blocks[page.file.src_uri] = blocks
    for key in PRINTED_META:
        if key in meta:
            meta[key] = html.escape(str(meta[key]))
    return markdown


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Put the card above a brief's text and the related briefs and JSON-LD below it.

    A brief is wrapped in `data-pagefind-body`, so Pagefind indexes briefs
    only: index pages, the home page and the search page stay out of results.
    Text repeating the article's is left out of the index (`unindex_repeats`).
    """
    blocks = _raw_blocks.pop(page.file.src_uri, None)
    if blocks:
        return _PLACEHOLDER.sub(lambda m: blocks[int(m.group(1))], content)
    if page.file.src_uri not in _extras:
        return content
    before, after = _extras.pop(page.file.src_uri)
    return f"<div data-pagefind-body>{before}{unindex_repeats(content)}</div>{after}"


def _brief_extras(page: Page, files: Files, config: MkDocsConfig) -> tuple[str, str]:
    def resolve(src: str) -> str | None:
        # Every brief is at briefs/<stem>/, so a link to another page is the same from all of them:
        # work it out once per target (a brief links to about 20 pages; 10,000 briefs share most).
        key = (src, page.file.url.rstrip("/").rpartition("/")[0])
        if key in _urls:
            return _urls[key]
        target = files.get_file_from_path(src)
        if target is None:
            log.warning(f"{page.file.src_uri}: links to {src}, which the build did not generate")
            return None
        url = target.url_relative_to(page.file)
        if target is not page.file:  # a page's link to itself is the one that differs
            _urls[key] = url
        return url

    meta, stem = page.meta, page.file.src_uri[len("briefs/") : -len(".md")]
    topics = _data["topics"]
    before = search_facets(meta, topics, _data["facet_actors"]) + card(meta, topics, resolve, page.edit_url)
    related = related_section(_data["related"].get(stem, []), resolve)
    return before, related + json_ld(meta, topics, page.canonical_url)

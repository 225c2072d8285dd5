"""MkDocs hooks (plain functions, named in mkdocs.yml): brief pages get a card, related briefs and JSON-LD.

The related-briefs data comes from `build/archive-pages.json`, written by
`briefing build` after it has read every brief; the briefs themselves are
committed and never modified by the build.

Every page that anyone can write by pull request (a brief, or any page the
build did not generate this time: `build/generated-pages.json` lists those)
is treated as untrusted: a body beyond the limits of build_tools/body_check.py
is not rendered (an error is logged, which fails a strict build), its HTML
is sanitised after Markdown (build_tools/sanitise.py), keys that steer the
theme are dropped, and every front-matter string is HTML-escaped, because
MkDocs renders its templates without autoescape and Material prints
`page.meta.title`, `description`, `author` and `page.title` as they are.
"""

from __future__ import annotations

import html
import json
import logging
import re
from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from build_tools.body_check import limit_problems
from build_tools.briefs import KEYS as BRIEF_KEYS
from build_tools.pages.brief_page import card, json_ld, related_section, search_facets, unindex_repeats
from build_tools.sanitise import clean_html

DATA_FILE = "build/archive-pages.json"  #: relative to mkdocs.yml; written by build_tools.build
GENERATED_LIST = "build/generated-pages.json"  #: the pages the build generated; written by build_tools.build
#: front-matter keys a hand-written page may set; others (template, location, icon...) steer the theme
#: (the theme prints title, description and author as they are; generated pages' titles name actors)
PRINTED_META = ("title", "description", "author", "subtitle")
HAND_WRITTEN_KEYS = frozenset({"title", "description", "hide", "author"})

# Under the "mkdocs" logger so that `--strict` counts these warnings.
log = logging.getLogger("mkdocs.hooks.archive")
_data: dict[str, Any] = {"topics": {}, "related": {}, "facet_actors": set()}
_extras: dict[str, tuple[str, str]] = {}  # page source -> (HTML before the content, HTML after it)
# A generated page's long lists are raw HTML blocks that the build wrote and checked (check_links in
# build_tools/pages/index_pages.py). They are set aside before Markdown and put back after it: Python-Markdown
# would otherwise run every tag through its HTML parser, which cost more than the rest of such a page.
_RAW_BLOCK = re.compile(
    r'^(?:<ul>\n.*?\n</ul>|<p>[^\n]*</p>|<div class="archive-chart-box">[^\n]*</div>)$', re.MULTILINE | re.DOTALL
)
_PLACEHOLDER = re.compile(r"<p>ARCHIVE-RAW-BLOCK-(\d+)</p>")
_raw_blocks: dict[str, list[str]] = {}  # page source -> its raw blocks, in order
_urls: dict[tuple[str, str], str] = {}  # (target source, the linking page's parent folder) -> relative URL
_generated: set[str] = set()  # docs-relative paths of the pages this build generated


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load the data `briefing build` wrote for this build."""
    root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
    path = root / DATA_FILE
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
    _generated.clear()
    try:
        listed = json.loads((root / GENERATED_LIST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        listed = []
    _generated.update(p for p in listed if isinstance(p, str))
    return config


def is_generated(page: Page) -> bool:
    """True for a page this build generated; any other page was written by someone and is untrusted."""
    return page.file.src_uri in _generated


def escape_meta(value: Any) -> Any:
    """Every string in front-matter `value` HTML-escaped, as Markup, so a template prints it as text.

    Markup, so that a template that escapes (`| e`) does not escape it twice.
    """
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return Markup(html.escape(value))
    if isinstance(value, list):
        return [escape_meta(item) for item in value]
    if isinstance(value, dict):
        return {key: escape_meta(item) for key, item in value.items()}
    return value


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Prepare a brief's card and JSON-LD from its raw front-matter, then make printed values safe.

    A page anyone can write that is beyond the Markdown limits is not rendered: its problems are
    logged as errors (which fail a strict build) and a one-line notice stands in for its text.
    """
    meta = page.meta
    if not is_generated(page):
        problems = limit_problems(markdown)
        for problem in problems:
            log.error(f"docs/{page.file.src_uri}: line {problem.line} of the body: {problem.message}")
        if problems:
            markdown = "This page is not shown: its text is beyond the archive's limits (see the build's log)."
        allowed = BRIEF_KEYS if page.file.src_uri.startswith("briefs/") else HAND_WRITTEN_KEYS
        # Data, not theme settings: keys that would steer the theme (template, location, icon...) are dropped.
        for key in set(meta) - set(allowed):
            del meta[key]
    if page.file.src_uri.startswith("briefs/"):
        _extras[page.file.src_uri] = _brief_extras(page, files, config)
    elif is_generated(page):
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
    if is_generated(page):
        # Its other keys are the build's own data for its template (the search page's `facets`).
        page.meta.update({key: escape_meta(meta[key]) for key in PRINTED_META if key in meta})
    else:
        page.meta = escape_meta(meta)
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
    if is_generated(page):
        return content
    content = clean_html(content)
    if "title" not in page.meta:  # the title came from the page's first heading: the theme prints it too
        page.meta["title"] = escape_meta(str(page.title or ""))
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

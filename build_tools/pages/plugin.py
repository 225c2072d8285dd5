"""The archive's MkDocs plugin (`plugins: [briefing]` in mkdocs.yml): the archive becomes pages.

- `on_files`: every brief is read once (or handed in by `briefing build`, which has just read them);
  MkDocs gets each brief's body only, never its YAML, so the one reader (build_tools/briefs/) is the only
  one; every generated page (home, timeline, topics, actors, search) and feed is added as a virtual
  file: nothing is written into docs/.
- `on_page_read_source`: a hand-written page whose front-matter is YAML the archive refuses (anchors and
  aliases, tags, deep nesting: build_tools/safe_yaml.py), or that is longer than a body may be, is
  replaced by a notice before MkDocs parses it, and an error is logged.
- `on_page_markdown`: a page's front-matter comes from the archive (a brief's record, a generated page's
  spec). A page anyone can write (a brief, or a hand-written page such as about.md) beyond the limits of
  build_tools/body_check.py is not rendered (an error is logged: a strict build fails), and keys that
  would steer the theme are dropped from a hand-written page.
- `on_page_content`: the HTML of every page anyone can write is sanitised (build_tools/sanitise.py).
- `on_page_context`: the page's view (what its template in overrides/ shows) goes into the context.

Every front-matter string the theme prints (title, description, author) is HTML-escaped here, because
MkDocs renders templates without autoescape; the archive's own templates escape everything they print.
Plain `mkdocs build` runs all of this too: it is the reference the faster build is compared against.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, pass_context
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkPage
from mkdocs.utils.meta import YAML_RE
from mkdocs.utils.templates import TemplateContext

from .. import forks, safe_yaml, speed
from ..archive import Archive, CollectError, load_archive
from ..body_check import MAX_BODY, MAX_LINES, limit_problems
from ..sanitise import clean_html
from ..speed.incremental import fingerprint
from ..speed.page_memo import PageMemo
from ..speed.related_memo import remembered_related
from ..vocab import VocabularyError
from .brief import brief_view
from .changed import last_changed
from .feeds import check_site_url, feed_files
from .page import url_of
from .related import related
from .site import DEFAULT_SITE_NAME, Site, build_site
from .words import date_text, one_line, plural

# Under the "mkdocs" logger so that `--strict` counts these warnings and errors.
log = logging.getLogger("mkdocs.plugins.briefing")
#: front-matter keys a hand-written page may set; others (template, location, icon...) steer the theme
HAND_WRITTEN_KEYS = frozenset({"title", "description", "hide", "author"})
PARALLEL_FEEDS = 2000  #: briefs; from here the feeds are made in a forked process, beside the pages
GENERATED_MARKER = "generated_by: briefing build"  #: what pages older builds wrote into docs/ carried
#: what docs/ may hold besides pages for MkDocs to publish as it is: styles and pictures (an HTML, SVG or XML
#: file, or a script, would run whatever it holds at the site's address)
STATIC_SUFFIXES = frozenset({".css", ".png", ".jpg", ".jpeg", ".gif", ".webp"})
#: what a hand-written page whose front-matter the archive refuses shows instead
NOT_SHOWN = "This page is not shown: its front-matter breaks the archive's rules (see the build's log)."
EMPTY_SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>\n'
)


def escaped(value: Any) -> Any:
    """Every string in `value` HTML-escaped, as Markup, so a template prints it as text (and `| e` leaves it)."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return Markup(html.escape(value))
    if isinstance(value, list):
        return [escaped(item) for item in value]
    if isinstance(value, dict):
        return {key: escaped(item) for key, item in value.items()}
    return value


def file_urls(url_filter: Callable[..., str], files: Files) -> Callable[..., str]:
    """MkDocs' `url` filter for a site without directory addresses: the views give every page's address as
    a directory ("briefs/x/", "topics/trade/"), which becomes the page's file ("briefs/x.html",
    "topics/trade/index.html") before MkDocs makes it relative to the page."""
    by_address = {url_of(file.src_uri): file.url for file in files.documentation_pages()}

    @pass_context
    def url(context: Any, value: str) -> str:
        path, hash_, anchor = (value or "").partition("#")
        return str(url_filter(context, by_address.get(path, path) + hash_ + anchor))

    return url


class ArchivePlugin(BasePlugin):  # type: ignore[type-arg]
    """Turns the archive in docs/briefs/ and taxonomy/ into the site's pages."""

    def __init__(self) -> None:
        super().__init__()
        self.handed: Archive | None = None  #: set by `briefing build`, which has read the briefs already
        self.site: Site | None = None
        self.fingerprint: str | None = None  #: what every page depends on (speed/incremental.py), when worked out

    # -- the files -----------------------------------------------------------------------------------

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        try:
            archive = self.handed or load_archive(root)
        except (CollectError, VocabularyError) as err:  # plain `mkdocs build`: one line each, no traceback
            raise PluginError(str(err)) from None
        feeds = _feeds(root, archive, config.site_url)
        self.site = site = self._site(root, archive, config)
        for entry in archive.entries:
            file = files.get_file_from_path(entry.src)
            if file is not None:
                # MkDocs reads no YAML of a brief, and no metadata at all: behind a blank line, a body that
                # starts with "---" or with "ISLAMABAD: ..." ("key: value", MultiMarkdown's metadata) is text.
                file.content_string = "\n" + (entry.brief.body or "")
        docs = Path(config.docs_dir)
        for file in [f for f in files if f.abs_src_path and Path(f.abs_src_path).is_relative_to(docs)]:
            if refused_static(file.src_uri):
                log.error(f"docs/{file.src_uri}: not published: docs/ may hold pages, styles and pictures only")
                files.remove(file)
        for page in site.pages.values():
            _add(files, File.generated(config, page.src, content=""))
        for path, text in feeds().items():
            _add(files, File.generated(config, path, content=text))
        # Material's script reads every <link rel="alternate"> as a translation of the page and fetches the
        # sitemap.xml beside it: beside the feeds, an empty one answers it (feed autodiscovery needs that rel).
        _add(files, File.generated(config, "feeds/sitemap.xml", content=EMPTY_SITEMAP))
        return files

    def _site(self, root: Path, archive: Archive, config: MkDocsConfig) -> Site:
        """The archive's pages, with the build's memos of related briefs and of topic and actor pages."""
        relate = partial(remembered_related, root) if speed.active("memo") else related
        name, description = config.site_name or DEFAULT_SITE_NAME, config.site_description or ""
        if not speed.active("memo"):
            return build_site(archive, name, description, relate)
        self.fingerprint = fingerprint(root, config.site_url, config.repo_url, config.edit_uri)
        memo = PageMemo(root, self.fingerprint)
        site = build_site(archive, name, description, relate, memo.pages)
        memo.save()
        return site

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        env.filters.update(date_text=date_text, plural=plural, one_line=one_line)
        if not config.use_directory_urls:  # a copy read from the file system (`briefing build --offline`)
            env.filters["url"] = file_urls(env.filters["url"], files)
        return env

    # -- each page -------------------------------------------------------------------------------------

    def on_page_read_source(self, /, *, page: MkPage, config: MkDocsConfig) -> str | None:
        """A hand-written page's text, or NOT_SHOWN (an error logged) when its front-matter is YAML the archive
        refuses (MkDocs' loader would expand an alias bomb, which escaping the title then walks, recurse once
        per level of nesting, or show a front-matter it cannot construct as the page's text) or the page is
        longer than a body may be. A brief's or a generated page's text comes from the archive (None: MkDocs
        takes it as it is)."""
        assert self.site is not None
        src = page.file.src_uri
        if src in self.site.pages or src in self.site.briefs:
            return None
        try:
            source = page.file.content_string
        except (OSError, ValueError):
            return None  # MkDocs reads it again and reports the problem
        problem = front_matter_problem(source) or _too_many_lines(source)
        if problem is None:
            return source
        log.error(f"docs/{src}: {problem}")
        return NOT_SHOWN

    def on_page_markdown(self, markdown: str, /, *, page: MkPage, config: MkDocsConfig, files: Files) -> str:
        assert self.site is not None
        src = page.file.src_uri
        generated = self.site.pages.get(src)
        if generated is not None:
            page.meta = {"title": escaped(generated.title), "template": generated.template}
            if generated.description:
                page.meta["description"] = escaped(generated.description)
            page.edit_url = None  # generated: there is no file to edit
            return markdown
        problems = limit_problems(markdown)
        for problem in problems:
            log.error(f"docs/{src}: line {problem.line} of the body: {problem.message}")
        if problems:
            markdown = "This page is not shown: its text is beyond the archive's limits (see the build's log)."
        entry = self.site.briefs.get(src)
        if entry is not None:
            brief = entry.brief
            meta: dict[str, Any] = {"title": brief.title, "template": "brief.html"}
            meta["description"] = one_line(brief.summary) or brief.title
            if brief.author:
                meta["author"] = brief.author
        else:
            meta = {key: value for key, value in page.meta.items() if key in HAND_WRITTEN_KEYS}
        page.meta = escaped(meta)
        return markdown

    def on_page_content(self, html_text: str, /, *, page: MkPage, config: MkDocsConfig, files: Files) -> str:
        assert self.site is not None
        if page.file.src_uri in self.site.pages:
            return html_text
        if "title" not in page.meta:  # the title came from the page's first heading, and the theme prints it
            page.meta["title"] = escaped(str(page.title or ""))
        return clean_html(html_text)

    def on_page_context(
        self, context: TemplateContext, /, *, page: MkPage, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        assert self.site is not None
        site, src = self.site, page.file.src_uri
        generated = site.pages.get(src)
        if generated is not None:
            context["view"] = generated.shown()  # type: ignore[typeddict-unknown-key]  # the archive's own key
        elif src in site.briefs:
            entry = site.briefs[src]
            related = site.related.get(entry.stem, [])
            context["view"] = brief_view(  # type: ignore[typeddict-unknown-key]
                entry, site.labels, related, site.facet_actors, page.canonical_url, site.site_name
            )
        return context


def _feeds(root: Path, archive: Archive, site_url: str | None) -> Callable[[], dict[str, str]]:
    """What gives the Atom feeds and briefs.json (path -> text): in a large archive they are made in a forked
    process, on the second core, while this one makes the pages (they read only the archive)."""
    changed = last_changed(root / "docs" / "briefs", [e.stem for e in archive.entries])
    feeds = partial(feed_files, archive.entries, check_site_url(site_url), archive.vocab.topics, changed)
    if speed.active("parallel") and len(archive.entries) >= PARALLEL_FEEDS:
        return forks.beside(feeds)
    return feeds


def refused_static(inner: str) -> bool:
    """True for a file under docs/ (`inner`: its path there, "/" between folders) that MkDocs would publish as it
    is and that is neither a page nor a style or a picture (STATIC_SUFFIXES). Hidden files and briefs' removal
    records, which MkDocs leaves out (mkdocs.yml's exclude_docs), are not refused."""
    if inner.endswith((".md", ".removed.yml")) or any(part.startswith(".") for part in inner.split("/")):
        return False
    return Path(inner).suffix.lower() not in STATIC_SUFFIXES


def front_matter_problem(source: str) -> str | None:
    """Why the front-matter MkDocs finds at the top of `source` is YAML the archive refuses ("line N: ..."), if
    it is (build_tools/safe_yaml.py: no anchors, aliases or tags, no deep nesting)."""
    found = YAML_RE.match(source)
    if found is None:
        return None
    try:
        safe_yaml.check_events(found.group(1))
    except safe_yaml.UnsafeYAML as err:
        return f"line {err.line + 1}: front-matter: {err}"  # the front-matter starts on the file's second line
    except yaml.YAMLError as err:
        line = safe_yaml.error_line(err)
        problem = getattr(err, "problem", None) or "invalid YAML"
        return f"line {line + 1 if line else 1}: front-matter is not valid YAML ({problem}); fix the syntax"
    return None


def _too_many_lines(source: str) -> str | None:
    """The body limit a page breaks by its length alone, checked before MkDocs reads it: MkDocs' reading of
    leading "key: value" lines (MultiMarkdown metadata) takes time growing with the square of the lines."""
    if len(source) <= MAX_BODY and source.count("\n") < MAX_LINES:
        return None
    found = limit_problems(source)
    return f"line {found[0].line}: {found[0].message}" if found else None


def _add(files: Files, new: File) -> None:
    """Add a generated file, replacing a page an older build left in docs/; a hand-written page wins."""
    old = files.get_file_from_path(new.src_uri)
    if old is not None:
        if not _left_by_an_old_build(old):
            log.warning(f"docs/{new.src_uri} is written by hand where the build generates a page; rename it")
            return
        files.remove(old)
    files.append(new)


def _left_by_an_old_build(file: File) -> bool:
    try:
        head = Path(file.abs_src_path or "").read_text(encoding="utf-8", errors="replace")[:4096]
    except OSError:
        return False
    return head.startswith("---") and GENERATED_MARKER in head.split("\n---", 1)[0]

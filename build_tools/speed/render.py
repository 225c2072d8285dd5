"""Cuts to the cost of rendering a page with MkDocs, each giving byte-identical HTML.

At 10,000 briefs MkDocs renders 13,000 pages. Profiled per page, these
things are pure overhead for an archive:

* The inline step tries every inline pattern (about 15 regular expressions)
  on every run of text, although most sentences of news copy contain none of
  the characters any pattern needs. `install()` makes it return such text
  unchanged at once, which is what the full loop returns for it.
* MkDocs builds a new `markdown.Markdown` for every page, loading every
  extension again. `install()` keeps one per process and resets it between
  pages, as Python-Markdown's own documentation says to do.
* The toc extension serialises a table of contents that only a `[TOC]`
  marker in the text would show; with the marker off, `install()` has it
  build the list of headings MkDocs reads and skip the HTML.
* Material renders its navigation (the sidebar and the tabs) for every page,
  about 40 % of a brief page's template time, and then the same stylesheet
  and script tags, the same `__config` JSON, logo, repository link and
  footer, another quarter. For a page outside the nav, nothing in that
  markup depends on the page except where its links point from;
  `share_partials()` renders it once for every set of such links, and
  imports Material's translations once instead of once a page.

All are installed by `build_tools.site_build` only; `mkdocs build` and
`mkdocs serve` run unchanged, and tests/test_site.py checks that the two builds
write the same bytes.
"""

from __future__ import annotations

import functools
import logging
import posixpath
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import jinja2
import markdown
from markdown import inlinepatterns, treeprocessors, util
from markdown.extensions.toc import TocTreeprocessor
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure import pages
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.utils import normalize_url

# Every default inline pattern needs one of these to match (see markdown/inlinepatterns.py):
# ` backtick, \ escape, [ links and images, < autolinks and HTML, & entities, * and _ emphasis,
# two spaces before a newline a line break. STX/ETX mark text already stashed as a placeholder.
_MAY_MATCH = re.compile(r"[`\\\[<&*_\x02\x03]|  \n")
_ATTRIBUTE = "_archive_default_patterns"

_handle_inline = treeprocessors.InlineProcessor._InlineProcessor__handleInline  # type: ignore[attr-defined]
_render = pages.Page.render


def _signature(registry: util.Registry[Any]) -> list[tuple[type, str]]:
    return [(type(p), p.compiled_re.pattern) for p in registry]


_DEFAULT = _signature(inlinepatterns.build_inlinepatterns(markdown.Markdown()))


def handle_inline(self: treeprocessors.InlineProcessor, data: str, patternIndex: int = 0) -> str:  # noqa: N803
    """InlineProcessor.__handleInline, returning at once text that no default pattern can match."""
    default = self.__dict__.get(_ATTRIBUTE)
    if default is None:  # once per processor: another extension's patterns need their own characters
        default = _signature(self.inlinePatterns) == _DEFAULT
        setattr(self, _ATTRIBUTE, default)
    if default and _MAY_MATCH.search(data) is None:
        return data
    return _handle_inline(self, data, patternIndex)  # type: ignore[no-any-return]


_reused: list[tuple[MkDocsConfig, markdown.Markdown]] = []  # (config, its parser): one per process


def render(self: pages.Page, config: MkDocsConfig, files: Files) -> None:
    """mkdocs.structure.pages.Page.render with one reset `markdown.Markdown` for every page."""
    if self.markdown is None:
        raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
    if _reused and _reused[0][0] is config:
        md = _reused[0][1].reset()
    else:
        md = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {})
        _skip_toc_div(md)
        _reused[:] = [(config, md)]
    # MkDocs' per-page processors, registered under the same names: each replaces the last page's.
    raw_html = pages._RawHTMLPreprocessor()
    raw_html._register(md)
    anchors = pages._ExtractAnchorsTreeprocessor(self.file, files, config)
    anchors._register(md)
    relative = pages._RelativePathTreeprocessor(self.file, files, config)
    relative._register(md)
    title = pages._ExtractTitleTreeprocessor()
    title._register(md)

    self.content = md.convert(self.markdown)
    self.toc = pages.get_toc(getattr(md, "toc_tokens", []))
    self._title_from_render = title.title
    self.present_anchor_ids = anchors.present_anchor_ids | raw_html.present_anchor_ids
    if pages.log.getEffectiveLevel() > logging.DEBUG:
        self.links_to_anchors = relative.links_to_anchors


def _skip_toc_div(md: markdown.Markdown) -> None:
    """Have the toc extension build no table of contents as HTML when no marker asks for one in the page.

    The extension lists a page's headings twice: as tokens (`md.toc_tokens`,
    which MkDocs reads to make `page.toc`) and as a `<div>` it serialises to
    `md.toc`, which MkDocs never reads; only a `[TOC]` marker in the text puts
    that div in the page. With the marker off (mkdocs.yml sets it to ""), the
    div was a twentieth of a brief page's render. `md.toc` is then empty.
    """
    processor = md.treeprocessors["toc"] if "toc" in md.treeprocessors else None
    if isinstance(processor, TocTreeprocessor) and not processor.marker:
        processor.build_toc_div = _empty_div  # type: ignore[method-assign]


def _empty_div(toc_list: list[dict[str, Any]]) -> etree.Element:
    return etree.Element("div")


#: Material 9.8 partials that read nothing of the page but where links point from: its navigation,
#: and the header's, footer's and scripts' fixed parts (each read for `page`: none, or only in
#: branches a page outside the nav never takes, such as its previous and next pages).
SHARED_PARTIALS = (
    "partials/nav.html",
    "partials/tabs.html",
    "partials/logo.html",
    "partials/source.html",
    "partials/palette.html",
    "partials/top.html",
    "partials/javascripts/base.html",
    "partials/javascripts/palette.html",
    "partials/javascripts/content.html",
    "partials/header-start.html",  # the archive's header, around the page's title (overrides/partials/)
    "partials/header-end.html",
)
#: Blocks of Material's base.html of the same kind: stylesheets, scripts, the `__config` JSON
#: (base URL, features, translations, the search worker's URL) and the footer.
SHARED_BLOCKS = ("styles", "libs", "fonts", "analytics", "footer", "config", "scripts")

_Render = Callable[..., Iterator[str]]  # a Jinja template's root_render_func, or one of its blocks


def share_partials(env: jinja2.Environment) -> None:
    """Make the partials and blocks above render once per key (`outside_nav_key`), not once per page.

    A theme override of a partial or a block is another template or function,
    left as it is unless it is the one named here.
    """
    for name in SHARED_PARTIALS:
        template = env.get_template(name)
        template.root_render_func = _shared(template.root_render_func)  # type: ignore[method-assign]
    base = env.get_template("base.html")
    for name in SHARED_BLOCKS:
        if name in base.blocks:
            base.blocks[name] = _shared(base.blocks[name])
    _share_language(env.get_template(LANGUAGE))


LANGUAGE = "partials/language.html"  #: Material's translations: `t(key)` from the configured language, or English


def _share_language(template: jinja2.Template) -> None:
    """Import Material's translations once per build, not once per page, and look each key up once.

    base.html imports the partial "with context" on every page, which runs it
    again; what it defines reads nothing but `config.theme.language`. Its
    `t(key)` builds the language's whole table of strings at every call.
    """
    make_module = template.make_module
    modules: dict[int, tuple[Any, Any]] = {}  # id(config) -> (config, its module)

    def module_per_config(vars: dict[str, Any] | None = None, shared: bool = False, locals: Any = None) -> Any:
        config = (vars or {}).get("config")
        known = modules.get(id(config))
        if config is None or known is None or known[0] is not config:
            module = make_module(vars, shared, locals)
            if config is None:
                return module
            module.t = functools.lru_cache(maxsize=None)(module.t)  # type: ignore[attr-defined]
            known = modules[id(config)] = (config, module)
        return known[1]

    template.make_module = module_per_config  # type: ignore[method-assign]


def _shared(render: _Render) -> _Render:
    rendered: dict[tuple[Any, ...], str] = {}

    def root_render_func(context: Any, *args: Any, **kwargs: Any) -> Iterator[str]:
        key = outside_nav_key(context)
        if key is None:
            yield from render(context, *args, **kwargs)
            return
        markup = rendered.get(key)
        if markup is None:
            markup = rendered[key] = "".join(render(context, *args, **kwargs))
        yield markup

    return root_render_func


#: Folders of the theme's files that the shared markup links to (Material 9.8's base.html).
THEME_ASSET_DIRS = ("assets/stylesheets/", "assets/javascripts/", "assets/javascripts/workers/")

_targets: dict[int, tuple[Navigation, frozenset[int], tuple[str, ...]]] = {}  # id(nav) -> (nav, its pages, URLs)
_last: list[Any] = [None, None, None]  # [page, nav, key]: a page reads its key once for each shared part


def outside_nav_key(context: Any) -> tuple[Any, ...] | None:
    """What the shared markup of the page being rendered depends on, or None if the page is in the nav.

    A page in the nav marks its own item active and lists its headings there. A
    page outside it changes nothing in the markup but where each link points
    from: every URL the shared parts print, made relative to the page as the
    `url` filter does. Those are the nav items' URLs, the home page, the
    logo and the language menu's links, which go into the key as they are,
    and files in the theme's asset folders and the extra CSS, script and
    polyfill files, whose relative form is their folder's followed by their
    name, so the folders go into the key.
    """
    page, nav, config = context.get("page"), context.get("nav"), context.get("config")
    if page is None or not isinstance(nav, Navigation) or config is None:
        return None
    if _last[0] is page and _last[1] is nav:
        return _last[2]  # type: ignore[no-any-return]
    known = _targets.get(id(nav))
    if known is None or known[0] is not nav:
        urls = [item.url for item in _walk(nav.items) if getattr(item, "url", None) is not None]
        urls += [nav.homepage.url if nav.homepage else "", config.extra.get("homepage") or ""]
        urls.append(config.theme.get("logo") or "")
        alternates = config.extra.get("alternate") or []  # the header's language menu
        urls += [str(alt.get("link") or "") for alt in alternates if isinstance(alt, dict)]
        extras = [str(path) for name in ("extra_css", "extra_javascript") for path in getattr(config, name, None) or []]
        extras += [str(path) for path in config.extra.get("polyfills") or []]  # base.html's `libs` block
        urls += sorted({*THEME_ASSET_DIRS, *(posixpath.dirname(path) + "/" for path in extras)} - {"/"})
        known = _targets[id(nav)] = (nav, frozenset(map(id, nav.pages)), tuple(urls))
    key = None
    if id(page) not in known[1]:
        key = (id(nav), context.get("base_url"), *(normalize_url(url, page) for url in known[2]))
    _last[:] = [page, nav, key]
    return key


def _walk(items: list[Any]) -> Iterator[Any]:
    for item in items:
        yield item
        yield from _walk(getattr(item, "children", None) or [])


# -- making 13,000 Page objects ------------------------------------------------------------------------

_get_build_date = pages.get_build_date
_set_canonical_url = pages.Page._set_canonical_url
#: a page address that urljoin appends to a base ending in "/" as it is: folders and a name, no dot segment,
#: no query, fragment, scheme or leading slash
_PLAIN_ADDRESS = re.compile(r"(?:[A-Za-z0-9_-]+/)*(?:[A-Za-z0-9_-]+(?:\.html)?)?")


@functools.lru_cache(maxsize=8)
def _base_path(base: str) -> str | None:
    """The path of a site address ending in "/", or None when it has a query or fragment."""
    parts = urlsplit(base)
    return None if parts.query or parts.fragment else parts.path


def set_canonical_url(self: pages.Page, base: str | None) -> None:
    """Page._set_canonical_url (urljoin and urlsplit, for every page) without them for a plain address."""
    if base:
        base = base if base.endswith("/") else base + "/"
        path = _base_path(base)
        if path is not None and _PLAIN_ADDRESS.fullmatch(self.url):
            self.canonical_url = base + self.url
            self.abs_url = path + self.url
            return
    _set_canonical_url(self, base)


def install(inline: bool = True, reuse: bool = True) -> None:
    """Patch Python-Markdown's inline step (`inline`) and MkDocs' Page.render (`reuse`) in this process, and
    what every Page does when made: the build's date, worked out once (MkDocs works it out for every page,
    from the clock or SOURCE_DATE_EPOCH), and its canonical address."""
    if inline:
        treeprocessors.InlineProcessor._InlineProcessor__handleInline = handle_inline  # type: ignore[attr-defined]
    if reuse:
        pages.Page.render = render  # type: ignore[method-assign]
    date = _get_build_date()
    pages.get_build_date = lambda: date
    pages.Page._set_canonical_url = set_canonical_url  # type: ignore[method-assign]


def uninstall() -> None:
    """Put back what `install` replaced (for tests)."""
    treeprocessors.InlineProcessor._InlineProcessor__handleInline = _handle_inline  # type: ignore[attr-defined]
    pages.Page.render = _render  # type: ignore[method-assign]
    pages.get_build_date = _get_build_date
    pages.Page._set_canonical_url = _set_canonical_url  # type: ignore[method-assign]

"""The render shortcuts in build_tools/render_speed.py give exactly the HTML MkDocs and Python-Markdown give.

The whole-site check (site_build against `mkdocs build`, byte for byte) is in
tests/test_site.py; these cases pin each shortcut on its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.structure.nav import Link, Navigation, Section

from build_tools.speed import render as render_speed

PROFILE = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXTENSIONS = ["toc", "tables"]  # the archive's (mkdocs.yml)
# Inline markup and the characters around it, with plain words in between.
PIECES = st.sampled_from(
    [*"`\\[]()<>&*_!#:|-\n", "  \n", "**", "__", "&amp;", "&#35;", "<b>", "</b>", "<http://x.org>", "<a@b.org>"]
    + ["[a](b)", "![i](j)", "[r]", "\n[r]: /u\n", "word", " ", "Pakistan’s", "U.S.", "\x02", "\x03", "é"]
)
texts = st.lists(PIECES, max_size=30).map("".join)


@pytest.fixture
def shortcuts() -> Iterator[None]:
    render_speed.install()
    yield
    render_speed.uninstall()


def convert(text: str, extensions: list[Any] | None = None) -> str:
    return markdown.markdown(text, extensions=extensions or EXTENSIONS)


@PROFILE
@given(texts)
def test_the_inline_shortcut_changes_no_output(text: str) -> None:
    expected = convert(text)
    render_speed.install()
    try:
        assert convert(text) == expected
    finally:
        render_speed.uninstall()


# One text for each of Python-Markdown's default inline patterns, each in the middle of a sentence.
EVERY_PATTERN = ["`code`", "\\*", "[a](b)", "![i](j)", "[r]\n\n[r]: /u", "<http://x.org>", "<a@b.org>"]
EVERY_PATTERN += ["two  \nlines", "<b>bold</b>", "&copy;", "*em*", "**strong**", "_em_", "__strong__"]


@pytest.mark.parametrize("markup", EVERY_PATTERN)
def test_every_default_pattern_still_applies(shortcuts: None, markup: str) -> None:
    text = f"Talks {markup} resumed."
    html = convert(text)
    render_speed.uninstall()
    assert html == convert(text)


def test_plain_text_skips_the_patterns_and_marked_up_text_does_not(shortcuts: None) -> None:
    calls: list[str] = []
    original = render_speed._handle_inline
    render_speed._handle_inline = lambda self, data, index=0: calls.append(data) or original(self, data, index)
    try:
        html = convert("Talks resumed on Tuesday.\n\nTalks on *trade* resumed.")
    finally:
        render_speed._handle_inline = original
    assert html == "<p>Talks resumed on Tuesday.</p>\n<p>Talks on <em>trade</em> resumed.</p>"
    assert calls == ["Talks on *trade* resumed."]  # the plain paragraph never reached the pattern loop


@pytest.mark.parametrize(
    ("extension", "processor", "text"),
    [
        ("smarty", "smarty", 'He said "done" -- twice...'),  # its own pattern set: quotes, dashes, dots
        ("footnotes", "inline", "Talks resumed.[^1]\n\n[^1]: A note."),  # one more pattern in the main set
    ],
)
def test_another_extensions_patterns_turn_the_shortcut_off(
    shortcuts: None, extension: str, processor: str, text: str
) -> None:
    md = markdown.Markdown(extensions=[extension])
    html = md.convert(text)
    render_speed.uninstall()
    assert html == markdown.Markdown(extensions=[extension]).convert(text)
    assert md.treeprocessors[processor].__dict__[render_speed._ATTRIBUTE] is False


class _Page:
    """What Navigation and outside_nav_key read of a page."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.is_homepage = url == ""


def _nav() -> tuple[Navigation, list[Any]]:
    home, about, topics = _Page(""), _Page("about/"), _Page("topics/")
    items: list[Any] = [home, Section("More", [topics, Link("Feed", "feed.xml")]), about]
    return Navigation(items, [home, topics, about]), [home, topics, about]


def _context(page: Any, nav: Navigation) -> dict[str, Any]:
    config = SimpleNamespace(extra={}, theme={})
    return {"page": page, "nav": nav, "config": config, "base_url": "../.."}


def test_a_page_in_the_nav_gets_its_own_navigation_markup() -> None:
    nav, in_nav = _nav()
    assert all(render_speed.outside_nav_key(_context(page, nav)) is None for page in in_nav)


def test_pages_outside_the_nav_share_markup_only_where_every_link_is_the_same() -> None:
    nav, _ = _nav()
    key = {url: render_speed.outside_nav_key(_context(_Page(url), nav)) for url in ["briefs/a/", "briefs/b/"]}
    key |= {url: render_speed.outside_nav_key(_context(_Page(url), nav)) for url in ["topics/x/", "x/y/z/"]}
    assert key["briefs/a/"] == key["briefs/b/"] is not None
    # topics/x/ links to topics/ as "../", a brief as "../../topics/"; a deeper page climbs further
    assert len({key["briefs/a/"], key["topics/x/"], key["x/y/z/"]}) == 3


def test_shared_markup_is_rendered_once_per_key() -> None:
    nav, _ = _nav()
    rendered: list[str] = []

    def render(context: dict[str, Any]) -> Iterator[str]:
        rendered.append(context["page"].url)
        yield f"<nav>{context['page'].url}</nav>"

    shared = render_speed._shared(render)
    pages = [_Page("briefs/a/"), _Page("briefs/b/"), _Page("topics/x/"), nav.pages[0]]
    out = ["".join(shared(_context(page, nav))) for page in pages]
    assert out == ["<nav>briefs/a/</nav>", "<nav>briefs/a/</nav>", "<nav>topics/x/</nav>", "<nav></nav>"]
    assert rendered == ["briefs/a/", "topics/x/", ""]  # the second brief reused the first's markup


def test_the_key_follows_links_to_the_theme_and_extra_files_from_inside_their_folders() -> None:
    nav, _ = _nav()

    def key(url: str) -> Any:
        context = _context(_Page(url), nav)
        context["config"] = SimpleNamespace(extra={}, theme={}, extra_css=["css/site/archive.css"])
        return render_speed.outside_nav_key(context)

    # Same depth, same links: one key. A page inside css/ or assets/ links to those files differently.
    assert key("briefs/a/") == key("notes/b/")
    assert len({key("briefs/a/"), key("css/b/"), key("css/site/b/"), key("assets/javascripts/b/")}) == 4


TOC_TEXT = "# Talks\n\n[TOC]\n\n## Trade *and* aid\n\nText.\n\n## Trade *and* aid\n\n### Quotes &amp; notes\n"


@pytest.mark.parametrize("marker", ["", "[TOC]"])
def test_the_toc_shortcut_keeps_the_page_and_its_headings(marker: str) -> None:
    configs = {"toc": {"permalink": True, "marker": marker}}
    plain = markdown.Markdown(extensions=EXTENSIONS, extension_configs=configs)
    quick = markdown.Markdown(extensions=EXTENSIONS, extension_configs=configs)
    render_speed._skip_toc_div(quick)
    assert quick.convert(TOC_TEXT) == plain.convert(TOC_TEXT)
    assert quick.toc_tokens == plain.toc_tokens  # type: ignore[attr-defined]
    # Off with a marker: the page shows the div. On without one: nothing builds it.
    assert ('<div class="toc">' in plain.toc) and (quick.toc == plain.toc) == bool(marker)  # type: ignore[attr-defined]


def test_the_translations_are_imported_once_per_configuration_and_give_the_same_strings() -> None:
    import jinja2

    language = "{% set n = counter.append(1) %}{% macro t(key) %}<{{ key }}:{{ config.lang }}>{% endmacro %}"
    page = '{% import "' + render_speed.LANGUAGE + '" as lang with context %}{{ lang.t("a") }}{{ page }}'
    env = jinja2.Environment(loader=jinja2.DictLoader({render_speed.LANGUAGE: language, "page.html": page}))

    def render(config: dict[str, str], page: str, counter: list[int]) -> str:
        return env.get_template("page.html").render(config=config, page=page, counter=counter)

    plain = [render({"lang": "en"}, p, []) for p in "xy"]
    render_speed._share_language(env.get_template(render_speed.LANGUAGE))
    counter: list[int] = []
    one, other = {"lang": "en"}, {"lang": "ur"}
    assert [render(one, "x", counter), render(one, "y", counter)] == plain == ["<a:en>x", "<a:en>y"]
    assert render(other, "z", counter) == "<a:ur>z"
    assert counter == [1, 1]  # run once for each configuration, not for each page


def test_the_key_follows_the_language_menus_links() -> None:
    navs = {link: _nav()[0] for link in ["ur/", "briefs/ur/"]}  # a build has one nav and one configuration

    def key(url: str, link: str) -> Any:
        context = _context(_Page(url), navs[link])
        context["config"] = SimpleNamespace(extra={"alternate": [{"name": "Urdu", "link": link}]}, theme={})
        return render_speed.outside_nav_key(context)

    # briefs/a/ and notes/b/ share a key until the menu links into one of their folders
    assert key("briefs/a/", "ur/") == key("notes/b/", "ur/")
    assert key("briefs/a/", "briefs/ur/") != key("notes/b/", "briefs/ur/")


def test_the_key_follows_links_to_polyfills_from_inside_their_folder() -> None:
    nav, _ = _nav()

    def key(url: str) -> Any:
        context = _context(_Page(url), nav)
        context["config"] = SimpleNamespace(extra={"polyfills": ["js/old/poly.js"]}, theme={})
        return render_speed.outside_nav_key(context)

    assert key("briefs/a/") == key("notes/b/")
    assert key("briefs/a/") != key("js/b/")  # from js/b/, the polyfill is ../old/poly.js

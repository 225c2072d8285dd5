"""The hostile-PR corpus (issue 15): briefs, pages and taxonomy edits as anyone could send them, met as a reader
meets them.

One project holds every case MkDocs accepts. `briefing build` runs `briefing check` first and publishes
nothing while it finds an error, so that project goes through it once (it must stop, naming every case check
flags) and is then built past the check, as the build renders and indexes a site (`build_past_check`): what
check flags is on that site too, and must be harmless there. It is served over HTTP under the site's
sub-path, and each page a payload reaches is loaded in Chromium with a dialog listener. Every output a
payload can reach is also parsed: all HTML pages, the Atom feeds, briefs.json, the JSON-LD blocks, the
search page's filter data and Pagefind's files. Cases the build must refuse each get a small project of
their own, built by the CLI in a child process, and by MkDocs alone (`mkdocs build --strict`, which runs no
check). Every case also goes through `briefing check` (`build_tools.check.check`). The cases themselves are
in hostile_prs_support.py.
"""

from __future__ import annotations

import html
import json
import logging
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from browser_support import serving
from hostile_prs_support import (
    BROWSER_AUDIT,
    PAGE_CASES,
    PREFIX,
    REDOS_KEYWORDS,
    REDOS_LINES,
    REDOS_RULE,
    SEARCH_WORD,
    SENTINEL,
    SITE_CASES,
    SITE_TAXONOMY,
    STOP_CASES,
    TAXONOMY_CASES,
    Case,
    HtmlAudit,
    PageCase,
    StopCase,
    TaxonomyCase,
    audit_html,
    brief_text,
    facets,
    front_matter_lines,
    inline_scripts,
    json_ld,
    line_of,
    make_site_project,
    make_stop_project,
    own_script_patterns,
    pagefind_file,
)
from hostile_support import article, output, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown.extensions.fenced_code import FencedBlockPreprocessor
from site_support import CHROMIUM, CHROMIUM_ARGS, SUB_PATH, copy_project
from test_workflows import strings

from build_tools import body_check
from build_tools.body_check import fenced_blocks, markdown_text
from build_tools.briefs import read_brief
from build_tools.build import read_archive, render_site
from build_tools.check import Problem, check
from build_tools.model import Brief
from build_tools.search_index import index_site

STOP_SECONDS = 20.0  #: a refused build must end within this (two cores, three runs at once)
CLI_TIMEOUT = 3 * STOP_SECONDS  #: a run still going then is ended (it has failed its case already)
CHECK_SECONDS = 5.0  #: `briefing check` of a small project holding one hostile file
ATOM = "{http://www.w3.org/2005/Atom}"
AUDITED = "audited-site"  #: where the site built past the check goes (`briefing build` publishes into site/)


@dataclass
class HostileSite:
    root: Path
    site: Path
    files: dict[str, Path]  #: case name (or page path) -> the file holding it
    code: int  #: the site's exit code, built without check and without --strict
    warnings: list[str]  #: what MkDocs warned about while rendering it (what --strict stops on)
    cli: subprocess.CompletedProcess[str]  #: `briefing build` (as CI runs it) of the same project


class _Collected(logging.Handler):
    """The messages MkDocs logs at WARNING or above."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname}: {record.getMessage()}")


def build_past_check(root: Path, site: Path) -> tuple[int, list[str]]:
    """The site of the project at `root` as `briefing build` renders and indexes it, without the check that
    comes first (and without --strict), so that every case the check refuses is on a site to audit too: the
    archive read, MkDocs with the plugin, Pagefind. Returns the exit code and MkDocs' warnings."""
    archive = read_archive(root)
    if archive is None:
        return 1, []
    collected = _Collected()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collected)
    try:
        code, _ = render_site(root, site, False, archive)
    finally:
        logger.removeHandler(collected)
    return code or index_site(site, root / "build" / "search"), collected.lines


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> HostileSite:
    """The project with every accepted case: `briefing build` as CI runs it (its check stops it), then its site
    built past the check, so that the briefs the check refuses are on the site too and can be audited."""
    root = tmp_path_factory.mktemp("hostile-prs")
    files = make_site_project(root)
    cli = run_cli(root, "build", timeout=120)
    code, warnings = build_past_check(root, root / AUDITED)
    return HostileSite(root, root / AUDITED, files, code, warnings, cli)


@pytest.fixture(scope="module")
def own_scripts() -> list[re.Pattern[str]]:
    return own_script_patterns()


@pytest.fixture(scope="module")
def pages(hostile: HostileSite, own_scripts: list[re.Pattern[str]]) -> dict[str, tuple[str, HtmlAudit]]:
    """Every built HTML page (path under the site -> its text and audit)."""
    assert hostile.code == 0, "the site with every accepted hostile case must build"
    found = {}
    for path in sorted(hostile.site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        found[path.relative_to(hostile.site).as_posix()] = (text, audit_html(text, own_scripts))
    return found


@pytest.fixture(scope="module")
def site_problems(hostile: HostileSite) -> list[Problem]:
    return check(hostile.root)


def _brief_page(case: Case) -> str:
    return f"briefs/{case.stem}/index.html"


def _page_html(source: str) -> str:
    """The built file of a page's source under docs/ ("about.md" -> "about/index.html")."""
    folder = source.removesuffix(".md").removesuffix("/index")
    return f"{folder}/index.html"


def _read(hostile: HostileSite, case: Case) -> Brief:
    return read_brief(hostile.files[case.name])


# -- the build and check ---------------------------------------------------------------------------------------


def test_the_corpus_is_large_enough() -> None:
    names = [c.name for c in SITE_CASES] + [p.path for p in PAGE_CASES] + [c.name for c in STOP_CASES]
    names += [c.name for c in TAXONOMY_CASES] + ["redos-patterns"]
    assert len(names) == len(set(names)) >= 40
    for case in SITE_CASES:
        assert (case.flagged is None) != (case.harmless is None), case.name


def test_the_build_stops_at_check_naming_every_flagged_brief(hostile: HostileSite) -> None:
    """`briefing build`, as CI runs it, stops at its check: every brief check must flag is named on an error line,
    no harmless one is, and nothing is published."""
    text = output(hostile.cli)
    assert hostile.cli.returncode == 1 and "Traceback" not in text, text[-3000:]
    errors = [line for line in text.splitlines() if ": error: " in line]
    named = {case.stem for case in SITE_CASES if any(f"briefs/{case.stem}.md:" in line for line in errors)}
    assert named == {case.stem for case in SITE_CASES if case.flagged is not None}
    assert [line for line in errors if any(f"docs/{page.path}:" in line for page in PAGE_CASES)], errors
    assert not (hostile.root / "site").exists()


def test_strict_mkdocs_stops_only_on_links_it_cannot_read(hostile: HostileSite) -> None:
    """Past the check, MkDocs warns (what CI's --strict stops on) about the briefs whose link address it reads as
    a missing page, naming each, and about nothing else."""
    warnings = [line for line in hostile.warnings if line.startswith("WARNING")]
    named = {case.stem for case in SITE_CASES if any(f"briefs/{case.stem}.md" in w for w in warnings)}
    assert named == {case.stem for case in SITE_CASES if case.strict_stops}
    assert len(warnings) == len(named), warnings
    assert [line for line in hostile.warnings if not line.startswith("WARNING")] == []


def test_the_site_with_every_accepted_case_builds(hostile: HostileSite) -> None:
    assert hostile.code == 0
    for case in SITE_CASES:
        assert (hostile.site / _brief_page(case)).is_file(), case.name
    # The build never rewrote a hostile brief (near-duplicates are linked by rewriting front-matter).
    assert all(read_brief(hostile.files[c.name]).duplicates == list(c.meta.get("duplicates", [])) for c in SITE_CASES)


@pytest.mark.parametrize("case", SITE_CASES, ids=lambda c: c.name)
def test_check_reports_each_brief_case(hostile: HostileSite, site_problems: list[Problem], case: Case) -> None:
    path = hostile.files[case.name]
    rel = path.relative_to(hostile.root).as_posix()
    mine = [p for p in site_problems if p.path == rel]
    errors = [p for p in mine if p.level == "error"]
    if case.flagged is not None:
        text = path.read_text(encoding="utf-8")
        line = line_of(text, case.flagged, after=front_matter_lines(text))
        assert [p for p in errors if p.line == line], (line, mine)
    else:
        assert errors == [], f"{case.name} is harmless text ({case.harmless}), yet check says {errors}"
    if case.warns is not None:
        assert any(case.warns in p.message for p in mine if p.level == "warning"), mine


@pytest.mark.parametrize("page", PAGE_CASES, ids=lambda p: p.path)
def test_check_reports_each_hand_written_page(
    hostile: HostileSite, site_problems: list[Problem], page: PageCase
) -> None:
    rel = f"docs/{page.path}"
    line = line_of(page.text, page.flagged or "", after=front_matter_lines(page.text))
    assert [p for p in site_problems if p.path == rel and p.level == "error" and p.line == line], site_problems
    if page.warns is not None:
        assert [p for p in site_problems if p.path == rel and p.level == "warning" and page.warns in p.message]


# -- every page, parsed --------------------------------------------------------------------------------------------


def test_the_audit_finds_live_markup(own_scripts: list[re.Pattern[str]]) -> None:
    """The audit can fail: each shape a payload could take in a page is found."""
    clean = '<p>text <a href="../x/">x</a></p><script>var target=document.getElementById(location.hash.slice(1))'
    clean += ';target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))</script>'
    assert audit_html(clean, own_scripts).problems == []
    for live in [
        "<script>alert(1)</script>",
        '<script src="https://evil.example/x.js"></script>',
        "<img src=x onerror=alert(1)>",
        '<a href="java\tscript:alert(1)">x</a>',
        '<a href="&#106;avascript:alert(1)">x</a>',
        '<iframe src="https://example.org/"></iframe>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '<form action="https://evil.example/"><input></form>',
        '<base href="https://evil.example/">',
        '<script type="application/ld+json">{"a": "</script><script>alert(1)</script>"}</script>',
        "<svg><style>x</style></svg>",
        '<object data="x.swf"></object>',
    ]:
        assert audit_html(live, own_scripts).problems, live


def test_no_page_holds_live_markup(pages: dict[str, tuple[str, HtmlAudit]]) -> None:
    found = {path: audit.problems for path, (_, audit) in pages.items() if audit.problems}
    assert found == {}
    assert len(pages) > len(SITE_CASES)


@pytest.mark.parametrize("case", [c for c in SITE_CASES if c.shown], ids=lambda c: c.name)
def test_the_payload_is_shown_as_text(pages: dict[str, tuple[str, HtmlAudit]], case: Case) -> None:
    text, _ = pages[_brief_page(case)]
    visible = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())
    assert " ".join((case.shown or "").split()) in visible


@pytest.mark.parametrize("case", [c for c in SITE_CASES if c.absent], ids=lambda c: c.name)
def test_front_matter_stays_off_the_page(pages: dict[str, tuple[str, HtmlAudit]], case: Case) -> None:
    """What the archive's reader took for front-matter is nowhere on the brief's page."""
    text, _ = pages[_brief_page(case)]
    assert case.absent is not None and case.absent not in html.unescape(text)


def test_json_ld_carries_front_matter_as_data(hostile: HostileSite, pages: dict[str, tuple[str, HtmlAudit]]) -> None:
    for case in SITE_CASES:
        text, audit = pages[_brief_page(case)]
        (block,) = json_ld(audit)
        brief = _read(hostile, case)
        assert block["headline"] == brief.title and block["description"] == brief.summary
        assert block.get("author", {}).get("name") == brief.author
        assert block.get("publisher", {}).get("name") == brief.publication
        raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.DOTALL)
        assert raw is not None and not re.search(r"[<>]", raw.group(1)), case.name


def test_index_pages_keep_their_lists(pages: dict[str, tuple[str, HtmlAudit]]) -> None:
    """The lists the build writes into index pages are lists on the site, whatever the briefs' titles say (a
    list shown as escaped HTML source is what older builds' placeholder leaking into a title looked like; index
    pages are templates now, with no placeholder)."""
    generated = [p for p in pages if p == "index.html" or p.startswith(("timeline/", "topics/", "actors/"))]
    generated.remove("topics/hostile-pr-page/index.html")  # hand-written
    assert len(generated) > 20
    assert [p for p in generated if "&lt;li&gt;&lt;a href=" in pages[p][0]] == []
    assert "Talks ARCHIVE-RAW-BLOCK-0 resume" in pages["timeline/2024/index.html"][0]


def test_theme_keys_are_dropped(pages: dict[str, tuple[str, HtmlAudit]]) -> None:
    """A brief's `template`/`location` would make Material's redirect page; its `hide` would hide the nav."""
    benign = next(text for name, (text, _) in sorted(pages.items()) if name.startswith("briefs/2"))
    for name in ("theme-redirect", "theme-keys"):
        text, _ = pages[f"briefs/{PREFIX}{name}/index.html"]
        assert "window.location.replace" not in text and 'class="md-content"' in text
        # `hide` would take the footer, the contents or the menu away: the page has what any brief has.
        for part in ('class="md-footer"', 'data-md-type="toc"', 'data-md-type="navigation"', "md-sidebar"):
            assert text.count(part) == benign.count(part), (name, part)
    about, _ = pages["about/index.html"]
    assert "window.location.replace" not in about


# -- the other outputs ---------------------------------------------------------------------------------------------

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _feeds(site: Path) -> Iterator[tuple[Path, ET.Element]]:
    for path in sorted((site / "feeds").glob("*.xml")):
        assert b"<script" not in path.read_bytes(), path.name
        if path.name == "sitemap.xml":  # the empty one that answers the theme's request beside the feeds
            assert ET.parse(path).getroot().tag.endswith("urlset") and len(ET.parse(path).getroot()) == 0
            continue
        yield path, ET.parse(path).getroot()


def test_feeds_are_atom_with_text_only(hostile: HostileSite) -> None:
    """Every feed parses; every element is Atom; every text construct is plain text; links are the site's."""
    entries: dict[str, list[ET.Element]] = {}
    for path, feed in _feeds(hostile.site):
        assert feed.tag == f"{ATOM}feed", path.name
        for element in feed.iter():
            assert element.tag.startswith(ATOM), (path.name, element.tag)
            if element.tag in (f"{ATOM}title", f"{ATOM}summary", f"{ATOM}subtitle"):
                assert element.get("type") == "text", (path.name, element.tag)
            if element.tag == f"{ATOM}link":
                assert (element.get("href") or "").startswith("https://example.github.io/briefing-archive/")
        for entry in feed.iter(f"{ATOM}entry"):
            url = entry.find(f"{ATOM}id")
            assert url is not None and url.text is not None
            entries.setdefault(url.text.rstrip("/").rsplit("/", 1)[1], []).append(entry)
    for case in SITE_CASES:
        assert case.stem in entries, f"{case.name} is in no feed"
        brief = _read(hostile, case)
        for entry in entries[case.stem]:
            assert entry.findtext(f"{ATOM}title") == _XML_ILLEGAL.sub("", brief.title)
            assert entry.findtext(f"{ATOM}summary") == _XML_ILLEGAL.sub("", brief.summary)


def test_briefs_json_holds_front_matter_as_written(hostile: HostileSite) -> None:
    data = json.loads((hostile.site / "briefs.json").read_text(encoding="utf-8"))
    records = {r["address"]: r for r in data["briefs"]}
    for case in SITE_CASES:
        brief, record = _read(hostile, case), records[case.stem]
        for key in ("title", "subtitle", "dateline", "publication", "author", "summary", "keywords"):
            assert record[key] == getattr(brief, key), (case.name, key)
        assert [a["name"] for a in record["actors"]] == [a.name for a in brief.actors]


def test_search_page_filter_data_is_text(hostile: HostileSite, pages: dict[str, tuple[str, HtmlAudit]]) -> None:
    values = {name: {v[0] for v in listed} for name, listed in facets(pages["search/index.html"][1]).items()}
    assert "<b onmouseover=alert(1)>Hostile Times</b>" in values["publication"]
    assert SITE_TAXONOMY["topic"]["label"] in values["topic"]
    assert SITE_TAXONOMY["actor"]["name"] in values["actor"]
    raw = pages["search/index.html"][0].split('id="archive-facets">', 1)[1].split("</script>", 1)[0]
    assert "<" not in raw and ">" not in raw  # Jinja's tojson writes them as \u003c, \u003e


def test_pagefind_output_decoded(hostile: HostileSite) -> None:
    """Pagefind's fragments (gzip + signature + JSON) hold each hostile brief's title and filters as the
    text the brief gives; its CBOR indexes hold only values the build wrote."""
    folder = hostile.site / "pagefind"
    fragments = [pagefind_file(p) for p in sorted(folder.glob("*/fragment/*.pf_fragment"))]
    by_url = {f["url"]: f for f in fragments}
    for case in SITE_CASES:
        brief = _read(hostile, case)
        fragment = by_url[f"/briefs/{case.stem}/"]
        assert fragment["meta"]["title"] == " ".join(brief.title.split())  # Pagefind collapses white space
        publication = [v for k, vs in fragment["filters"].items() if k.startswith("publication") for v in vs]
        assert publication == [brief.publication]
        assert SEARCH_WORD in fragment["content"]
    decoded = [pagefind_file(p) for p in folder.rglob("*") if p.suffix in (".pf_filter", ".pf_index", ".pf_meta")]
    texts = set(strings(decoded))
    assert "<b onmouseover=alert(1)>Hostile Times</b>" in texts  # a filter value, as data
    assert SEARCH_WORD in texts  # a word of the index


# -- in Chromium -------------------------------------------------------------------------------------------------

MARKERS = ("alert(1)", "hostile", "{{")  #: a page holding any of these holds a payload (PREFIX is "hostile-pr-")


@pytest.fixture(scope="module")
def served(hostile: HostileSite) -> Iterator[str]:
    """The built site over HTTP under SUB_PATH (as GitHub Pages serves a project site), 404.html for misses."""
    assert hostile.code == 0
    with serving(hostile.site) as address:
        yield address


class Tab:
    """A browser tab that records dialogs and the navigations of its main frame."""

    def __init__(self, context: Any) -> None:
        self.page = context.new_page()
        self.dialogs: list[str] = []
        self.navigations: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("framenavigated", self._navigated)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def _navigated(self, frame: Any) -> None:
        if frame == self.page.main_frame:
            self.navigations.append(frame.url)


@pytest.fixture(scope="module")
def new_context(served: str) -> Iterator[Any]:
    """Debian's Chromium, launched once; each call gives a browser context in which nothing leaves the
    machine (Material asks GitHub for the repository's facts: answered here; anything else is refused and
    listed in the context's `outside`)."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    origin = served.split(SUB_PATH, 1)[0]

    def make(browser: Any) -> Any:
        context = browser.new_context()
        context.outside = []

        def refuse(route: Any) -> None:
            if route.request.url.startswith("https://api.github.com/repos/"):
                route.fulfill(status=200, content_type="application/json", body="{}")
            else:
                context.outside.append(route.request.url)
                route.abort()

        context.route(lambda url: not url.startswith(origin), refuse)
        return context

    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield lambda: make(chromium)
        chromium.close()


def _affected(pages: dict[str, tuple[str, HtmlAudit]]) -> list[str]:
    """Every page a payload reached (brief, listing, index, search or hand-written page), and the 404 page."""
    return [path for path, (text, _) in pages.items() if path == "404.html" or any(m in text for m in MARKERS)]


@pytest.mark.browser
def test_every_affected_page_in_chromium(
    new_context: Any, served: str, pages: dict[str, tuple[str, HtmlAudit]], own_scripts: list[re.Pattern[str]]
) -> None:
    """Each page a payload reached, loaded: no dialog, the address unchanged after load, nothing live in the DOM
    the site's scripts leave, the payload's text shown as written."""
    affected = _affected(pages)
    assert len(affected) >= len(SITE_CASES) + len(PAGE_CASES) + 5  # briefs, pages, home, search, indexes
    # The inline scripts the DOM may hold: the site's pages' own (matched against the templates, as the static
    # audit matches them), so that a script a payload added after load is still found.
    own = sorted(
        {s for text, _ in pages.values() for s in inline_scripts(text) if any(p.fullmatch(s) for p in own_scripts)}
    )
    context = new_context()
    tabs = [Tab(context) for _ in range(8)]
    found: dict[str, list[str]] = {}
    shown = {_brief_page(c): c.shown for c in SITE_CASES if c.shown}
    shown.update({_page_html(p.path): p.shown for p in PAGE_CASES})
    for start in range(0, len(affected), len(tabs)):
        batch = list(zip(tabs, affected[start : start + len(tabs)], strict=False))
        for tab, path in batch:  # loads run side by side; each is then waited for
            tab.dialogs.clear()
            tab.navigations.clear()
            tab.page.goto(served + path.removesuffix("index.html"), wait_until="commit")
        for tab, _ in batch:
            tab.page.wait_for_load_state("load")
        tabs[0].page.wait_for_timeout(200)  # handlers that run after load (ontoggle, refresh, timers)
        for tab, path in batch:
            url = served + path.removesuffix("index.html")
            problems = list(tab.dialogs) + tab.page.evaluate(BROWSER_AUDIT, own)
            if tab.page.url != url or len(tab.navigations) != 1:
                problems.append(f"the address changed: {tab.navigations}")
            if path in shown:
                text = " ".join(tab.page.locator("article").first.inner_text().split())
                if " ".join((shown[path] or "").split()) not in text:
                    problems.append(f"{shown[path]!r} is not shown as text")
            if problems:
                found[path] = problems
    outside = context.outside
    context.close()
    assert found == {}
    assert outside == []


@pytest.mark.browser
def test_search_in_chromium_lists_the_hostile_briefs_as_text(
    new_context: Any, served: str, hostile: HostileSite
) -> None:
    """A search for the word every hostile brief holds shows them all, titles as text, and runs nothing;
    ticking the hostile publication (a filter value written by the build) narrows to its brief."""
    context = new_context()
    tab = Tab(context)
    page = tab.page
    page.goto(served + f"search/?q={SEARCH_WORD}", wait_until="networkidle")
    page.locator(".archive-find__result").first.wait_for(timeout=15_000)
    message = page.locator(".archive-find__message").inner_text()
    assert message.startswith(f"{len(SITE_CASES)} briefs found"), message
    while (before := page.locator(".archive-find__result").count()) < len(SITE_CASES):
        page.click(".archive-find__more")
        page.wait_for_function("n => document.querySelectorAll('.archive-find__result').length > n", arg=before)
    titles = [t.strip() for t in page.locator(".archive-find__link").all_text_contents()]
    expected = {" ".join(_read(hostile, c).title.split()) for c in SITE_CASES}
    assert {" ".join(t.split()) for t in titles} == expected
    assert (
        page.locator(".archive-find__results img, .archive-find__results svg, .archive-find__results script").count()
        == 0
    )
    label = page.locator("label.archive-find__filter").filter(has_text="Hostile Times")
    label.evaluate("label => label.closest('details').open = true")
    assert label.locator("b").count() == 0 and "<b onmouseover=alert(1)>Hostile Times</b>" in label.inner_text()
    label.locator("input").check()
    page.wait_for_function("document.querySelectorAll('.archive-find__result').length === 1")
    assert page.locator(".archive-find__link").inner_text().endswith(": publication")
    problems = page.evaluate(BROWSER_AUDIT, [s for s in inline_scripts(page.content())])
    outside = context.outside
    context.close()
    assert tab.dialogs == [] and outside == []
    assert problems == []


# -- what the build must refuse -------------------------------------------------------------------------------


@dataclass
class Run:
    """One CLI run in a child process: its output and how long it took."""

    result: subprocess.CompletedProcess[str]
    seconds: float

    @property
    def text(self) -> str:
        return output(self.result)


def _timed(root: Path, argv: list[str]) -> Run:
    """`argv` run in `root`; a run past CLI_TIMEOUT is ended and reported as failed (that case alone)."""
    started = time.perf_counter()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # MkDocs' notice about 2.0 is not about the case
    try:
        result = subprocess.run(argv, cwd=root, capture_output=True, text=True, timeout=CLI_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        result = subprocess.CompletedProcess(argv, -9, "", f"(ended after {CLI_TIMEOUT:.0f} s)")
    return Run(result, time.perf_counter() - started)


def _timed_cli(root: Path, *args: str) -> Run:
    """`briefing ARGS` in `root`, timed."""
    return _timed(root, [sys.executable, "-m", "build_tools", *args])


def _in_parallel(jobs: dict[str, tuple[Path, list[str]]]) -> dict[str, Run]:
    """Each job (name -> project, command) run, three at a time."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {name: pool.submit(_timed, root, argv) for name, (root, argv) in jobs.items()}
        return {name: future.result() for name, future in futures.items()}


BRIEFING_BUILD = [sys.executable, "-m", "build_tools", "build"]
#: MkDocs alone, as `mkdocs build --strict` runs it: the plugin reads the archive, no check runs first
PLAIN_MKDOCS = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "plain-site"]


@pytest.fixture(scope="module")
def stopped(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Run]]:
    """Each StopCase's project, and `briefing build` run on it."""
    roots = {case.name: make_stop_project(tmp_path_factory.mktemp(f"stop-{case.name}"), case) for case in STOP_CASES}
    runs = _in_parallel({name: (root, BRIEFING_BUILD) for name, root in roots.items()})
    return {name: (roots[name], runs[name]) for name in roots}


@pytest.fixture(scope="module")
def plain(stopped: dict[str, tuple[Path, Run]]) -> dict[str, Run]:
    """`mkdocs build --strict` run on each StopCase's project that MkDocs alone must refuse."""
    chosen = {case.name: stopped[case.name][0] for case in STOP_CASES if case.check_only is None}
    return _in_parallel({name: (root, PLAIN_MKDOCS) for name, root in chosen.items()})


@pytest.mark.parametrize("case", STOP_CASES, ids=lambda c: c.name)
def test_the_build_refuses_it_cleanly(stopped: dict[str, tuple[Path, Run]], case: StopCase) -> None:
    """Non-zero, within seconds, no traceback, and a line of the output names the file."""
    root, run = stopped[case.name]
    assert run.result.returncode != 0, run.text[-2000:]
    assert "Traceback" not in run.text, run.text[-3000:]
    assert run.seconds < STOP_SECONDS, run.seconds
    name = Path(case.path).name
    assert [line for line in run.text.splitlines() if name in line], run.text[-2000:]
    assert not (root / SENTINEL).exists() and not (root / "site").exists()


@pytest.mark.parametrize("case", [c for c in STOP_CASES if c.check_only is None], ids=lambda c: c.name)
def test_mkdocs_alone_refuses_it_cleanly(
    stopped: dict[str, tuple[Path, Run]], plain: dict[str, Run], case: StopCase
) -> None:
    """Past no check, the archive's reader or the plugin refuses it: non-zero, within seconds, no traceback,
    a line naming the file, and the tag payloads never constructed."""
    root, run = stopped[case.name][0], plain[case.name]
    assert run.result.returncode != 0, run.text[-2000:]
    assert "Traceback" not in run.text, run.text[-3000:]
    assert run.seconds < STOP_SECONDS, run.seconds
    assert [line for line in run.text.splitlines() if Path(case.path).name in line], run.text[-2000:]
    assert not (root / SENTINEL).exists()


@pytest.mark.parametrize("case", STOP_CASES, ids=lambda c: c.name)
def test_check_reports_what_the_build_refuses(stopped: dict[str, tuple[Path, Run]], case: StopCase) -> None:
    root, _ = stopped[case.name]
    started = time.perf_counter()
    problems = check(root)
    assert time.perf_counter() - started < CHECK_SECONDS
    rel = Path(case.path).as_posix()
    errors = [p for p in problems if p.path == rel and p.level == "error"]
    assert [p for p in errors if p.line == case.line and case.says in p.message], (case.line, errors)
    assert not (root / SENTINEL).exists()


# -- taxonomy edits ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def taxonomy_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, int, Run]]:
    """Each TaxonomyCase's project (the archive's own, edited), the line of its edit, and `briefing build`."""
    projects = {}
    for case in TAXONOMY_CASES:
        root = copy_project(tmp_path_factory.mktemp(f"taxonomy-{case.name}"))
        projects[case.name] = (root, case.apply(root))
    runs = _in_parallel({name: (root, BRIEFING_BUILD) for name, (root, _) in projects.items()})
    return {name: (root, line, runs[name]) for name, (root, line) in projects.items()}


@pytest.mark.parametrize("case", TAXONOMY_CASES, ids=lambda c: c.name)
def test_a_bad_taxonomy_entry_is_one_clear_error(
    taxonomy_runs: dict[str, tuple[Path, int, Run]], case: TaxonomyCase
) -> None:
    """`briefing build` stops with a line naming the file (and entry), no traceback; check reports the same
    with the line."""
    root, line, run = taxonomy_runs[case.name]
    assert run.result.returncode != 0 and "Traceback" not in run.text, run.text[-3000:]
    assert run.seconds < STOP_SECONDS
    place = case.file
    naming = [text for text in run.text.splitlines() if place in text and case.says in text]
    assert naming and all(case.entry in text for text in naming if case.entry), run.text[-2000:]
    started = time.perf_counter()
    problems = check(root)
    assert time.perf_counter() - started < CHECK_SECONDS
    mine = [p for p in problems if p.path == f"taxonomy/{case.file}" and p.level == "error" and case.says in p.message]
    assert [p for p in mine if p.line == line and (case.entry is None or case.entry in p.message)], problems
    assert not (root / SENTINEL).exists()


def test_backtracking_patterns_run_in_linear_time(tmp_path: Path) -> None:
    """A furniture pattern and a keyword pattern that backtrack exponentially in Python's engine, over lines
    built to trigger them: ingest (patterns on RE2) finishes in seconds, and check accepts the patterns."""
    root = copy_project(tmp_path)
    furniture = root / "taxonomy" / "rules" / "furniture.yml"
    text = furniture.read_text(encoding="utf-8").replace(
        "  - reason: contact line", REDOS_RULE + "\n  - reason: contact line", 1
    )
    text = re.sub(r"^keyword_line: .*$", f"keyword_line: '{REDOS_KEYWORDS}'", text, count=1, flags=re.MULTILINE)
    furniture.write_text(text, encoding="utf-8")
    article = "Talks resume in Islamabad\n\nISLAMABAD: Pakistan and the United States met on Monday.\n\n"
    (root / "seeds" / "005_backtracking.txt").write_text(article + "\n\n".join(REDOS_LINES) + "\n", encoding="utf-8")
    run = _timed_cli(root, "ingest")
    assert run.result.returncode == 0 and "Traceback" not in run.text, run.text[-2000:]
    assert run.seconds < STOP_SECONDS, run.seconds
    assert [p for p in check(root) if p.path.startswith("taxonomy/")] == []


def test_ingest_refuses_an_article_whose_brief_the_build_would_refuse(tmp_path: Path) -> None:
    """An article of 12,000 short paragraphs (a text of 24,000 lines, within the raw article's 5 MB) would make
    a brief past the line limit, which the build refuses: ingest rejects the article in one line naming it, and
    writes no brief."""
    root = copy_project(tmp_path)
    before = sorted((root / "docs" / "briefs").glob("*.md"))
    # Each paragraph its own, as a long record's are: a line said over and over is dropped as furniture.
    paragraphs = [f"Talks went on into hour {i:,}, the delegation said." for i in range(1, 12_001)]
    (root / "seeds" / "005_long.txt").write_text(article("Talks resume", *paragraphs), encoding="utf-8")
    run = _timed_cli(root, "ingest")
    assert run.result.returncode == 1 and "Traceback" not in run.text, run.text[-2000:]
    rejected = [line for line in run.text.splitlines() if line.startswith("rejected")]
    assert len(rejected) == 1, run.text[-2000:]
    assert re.fullmatch(
        r"rejected  seeds/005_long\.txt: its brief's text breaks a limit the build holds to "
        r"\(line 20001: the body has 2\d,\d{3} lines, over 20,000; split the brief\)",
        rejected[0],
    ), rejected[0]
    assert sorted((root / "docs" / "briefs").glob("*.md")) == before


# -- the limits' own reading of Markdown ---------------------------------------------------------------------

_FENCE_LINES = ["```", "````", "~~~", "~~~~", "```py", "``` x y", "```{.a}", "~~~ hl_lines='1'", "text", "", "  ```"]


@given(st.lists(st.sampled_from(_FENCE_LINES), max_size=14))
@settings(max_examples=300, deadline=None)
def test_fenced_blocks_are_the_ones_python_markdown_finds(lines: list[str]) -> None:
    """`fenced_blocks` finds, in linear time, the blocks Python-Markdown's fenced_code finds by searching again
    from the top after each one (its regex, applied as its preprocessor applies it)."""
    text = markdown_text("\n".join(lines) + "\n")
    expected = []
    remaining = text
    while (found := FencedBlockPreprocessor.FENCED_BLOCK_RE.search(remaining)) is not None:
        expected.append((remaining.count("\n", 0, found.start()), remaining.count("\n", 0, found.end())))
        # Keep the line count, drop the block: what follows is searched exactly as Markdown searches it.
        remaining = remaining[: found.start()] + "\n" * found.group().count("\n") + " " + remaining[found.end() :]
    blocks, _ = fenced_blocks(text)
    assert [(text.count("\n", 0, start), text.count("\n", 0, end)) for start, end in blocks] == expected


# -- what the build multiplies ------------------------------------------------------------------------------------


def test_check_and_the_build_refuse_briefs_the_build_would_multiply(tmp_path: Path) -> None:
    """A brief naming thousands of actors (6,000 made the pages step take 33 s, growing faster than the square)
    or with a title of 200,000 characters (printed on every page that lists the brief: 55 pages of the seed
    archive, 16 MB) gets an error from check, at the line, so a pull request fails before CI builds it; and
    `briefing build`, which runs check first, publishes nothing, naming each (the archive's reader does not
    refuse them itself)."""
    root = copy_project(tmp_path)
    actors = [{"id": f"envoy-{i}", "name": f"Envoy {i}", "type": "person", "unreviewed": True} for i in range(501)]
    long_name = [
        {"id": "envoy", "name": "Envoy " + "x" * 1_000, "type": "person", "role": "y" * 1_001, "unreviewed": True}
    ]
    cases = {
        "many-actors": Case("many-actors", "", meta={"actors": actors}, harmless="-"),
        "long-title": Case("long-title", "", meta={"title": "Talks " + "x" * 200_000}, harmless="-"),
        "long-name": Case("long-name", "", meta={"actors": long_name}, harmless="-"),
    }
    texts = {name: brief_text(case, index, "energy") for index, (name, case) in enumerate(cases.items())}
    for name, text in texts.items():
        (root / "docs" / "briefs" / f"{PREFIX}{name}.md").write_text(text, encoding="utf-8")
    errors = [p for p in check(root) if p.level == "error" and p.path.startswith("docs/briefs/hostile-pr-")]
    expected = {
        (f"docs/briefs/{PREFIX}{name}.md", line_of(texts[name], key), message)
        for name, key, message in [
            ("many-actors", "actors:", "501 actors"),
            ("long-title", "title:", "'title' has 200,006 characters"),
            ("long-name", "actors:", "'actors[0].name' has 1,006 characters"),
            ("long-name", "actors:", "'actors[0].role' has 1,001 characters"),
        ]
    }
    found = {(p.path, p.line, message) for p in errors for *_, message in expected if message in p.message}
    assert found == expected, errors
    assert len(errors) == len(expected), errors
    run = _timed_cli(root, "build")
    assert run.result.returncode == 1 and "Traceback" not in run.text, run.text[-2000:]
    refused = [line for line in run.text.splitlines() if ": error: " in line]
    assert {(path, line) for path, line, _ in expected} == {
        (path, int(line)) for path, line in (text.split(":")[:2] for text in refused)
    }, refused
    assert not (root / "site").exists()


_PIECES = ["# h", "> q", "- a", "* * *", "===", "---", "[", "*a*", "`c`", "```", "~~~", "  ", "\t", "\r", ">" * 10]
_PIECES += [" " * 40 + "- x", "&amp;", "\\*", "text", ""]


@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.integers(1, 70)), min_size=1, max_size=40))
@settings(max_examples=300, deadline=None)
def test_the_quick_path_never_passes_what_the_full_reading_refuses(parts: list[tuple[str, int]]) -> None:
    """`limit_problems` skips its full reading when a few scans show a body within every limit (most briefs);
    those scans must never pass a body the full reading would refuse."""
    body = "\n".join(piece * times for piece, times in parts)
    text = markdown_text(body)
    if body_check._plainly_within(text):
        lines = body_check._Lines(text)
        full = body_check._fence_problems(text, lines) + body_check._line_problems(text, lines)
        assert full + body_check._paragraph_problems(text, lines) == []

"""The built site in Debian's Chromium (Playwright), served under a sub-path like GitHub project pages.

Searches, follows topic and actor links, checks that no script error or
dialog happens (a hostile brief is part of the build), and keeps screenshots
of the home, a brief, a topic and an actor page at desktop and phone widths
in test-artifacts/screenshots/ for a person to look at. (The reading of every
page type, accessibility included, is tested in test_reading.py.)
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import Watched, chromium, serving
from site_support import HOSTILE_STEM, SUB_PATH, BuiltSite

from build_tools.briefs import read_brief
from build_tools.model import Brief
from build_tools.pages.words import date_text
from build_tools.vocab import load_vocabulary

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(built_site: BuiltSite) -> Iterator[str]:
    assert built_site.code == 0
    with serving(built_site.site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


def naqvi_baker_brief(site: BuiltSite) -> tuple[str, str]:
    """The stem and title of the brief naming both Mohsin Naqvi and Natalie Baker."""
    for path in sorted((site.root / "docs" / "briefs").glob("*.md")):
        brief = read_brief(path)
        if {"mohsin-naqvi", "natalie-baker"} <= {a.id for a in brief.actors}:
            return path.stem, brief.title
    raise AssertionError("no brief names both Mohsin Naqvi and Natalie Baker")


def search_from_header(w: Watched, words: str) -> None:
    """Type into the header's search box and submit: the search page opens with Pagefind's results."""
    w.page.fill("input.archive-search__input", words)
    w.page.press("input.archive-search__input", "Enter")
    w.page.wait_for_load_state("networkidle")
    w.page.locator(".archive-find__result").first.wait_for(timeout=15_000)


def result_titles(w: Watched) -> list[str]:
    w.page.wait_for_load_state("networkidle")
    w.page.wait_for_timeout(300)  # results are drawn after the last fetch
    return [t.strip() for t in w.page.locator(".archive-find__link").all_inner_texts()]


def test_search_then_follow_topic_and_actor_links(browser: object, base_url: str, built_site: BuiltSite) -> None:
    stem, title = naqvi_baker_brief(built_site)
    w = Watched(browser, "desktop")
    w.open(base_url)
    w.shot("home-desktop")
    search_from_header(w, "narcotics")
    assert w.page.url.startswith(base_url + "search/?q=narcotics")
    result = w.page.locator(".archive-find__result", has_text=title).first
    result.wait_for(timeout=15_000)
    w.shot("search-desktop")
    result.locator("a.archive-find__link").click()
    w.page.wait_for_load_state("networkidle")
    assert f"/briefs/{stem}/" in w.page.url
    w.shot("brief-desktop")

    w.page.click('.brief-card a.chip--topic[href*="topics/narcotics/"]')
    w.page.wait_for_load_state("networkidle")
    assert w.page.url.endswith("/topics/narcotics/")
    assert w.page.locator(f'article a[href*="briefs/{stem}/"]').count() >= 1
    w.shot("topic-desktop")

    w.page.go_back(wait_until="networkidle")
    w.page.click('.brief-card a[href*="actors/mohsin-naqvi/"]')
    w.page.wait_for_load_state("networkidle")
    assert w.page.url.endswith("/actors/mohsin-naqvi/")
    assert w.page.locator(f'article a[href*="briefs/{stem}/"]').count() >= 1
    w.shot("actor-desktop")
    assert w.clean, (w.errors, w.dialogs, w.external)


def test_phone_width_screenshots_and_no_errors(browser: object, base_url: str, built_site: BuiltSite) -> None:
    stem, _ = naqvi_baker_brief(built_site)
    w = Watched(browser, "phone")
    pages = {"home": "", "brief": f"briefs/{stem}/", "topic": "topics/narcotics/", "actor": "actors/mohsin-naqvi/"}
    for name, path in pages.items():
        w.open(base_url + path)
        assert w.page.locator("h1").first.is_visible()
        w.shot(f"{name}-phone")
    w.open(base_url + "timeline/")
    assert w.page.locator(".year-chart__bar").count() >= 1
    assert w.clean, (w.errors, w.dialogs, w.external)


def test_hostile_brief_runs_no_script(browser: object, base_url: str) -> None:
    w = Watched(browser, "desktop")
    w.open(base_url + f"briefs/{HOSTILE_STEM}/")
    heading = w.page.locator("article h1").first.inner_text()
    assert "<script>" in heading  # shown as text ...
    assert w.page.locator("article script:not([type='application/ld+json'])").count() == 0  # ... not run
    assert w.page.locator("article img").count() == 0
    search_from_header(w, "alert")  # a word of the hostile title, shown as text
    assert any("<script>" in t for t in result_titles(w))  # the title in the results is text too
    # Its publication is a filter value the build wrote into the search page: listed as text as well.
    label = w.page.locator("label.archive-find__filter", has=w.page.locator('input[name="publication"]')).filter(
        has_text="Bold"
    )
    assert "<b>Bold</b> & Co" in (label.text_content() or "") and label.locator("b").count() == 0
    assert w.clean, (w.errors, w.dialogs, w.external)


def test_404_page_works_under_the_sub_path(browser: object, base_url: str) -> None:
    w = Watched(browser, "desktop")
    response = w.page.goto(base_url + "briefs/no-such-brief/", wait_until="networkidle")
    assert response is not None and response.status == 404
    assert w.page.locator("h1").first.inner_text() == "Page not found"
    # The stylesheet loaded from the sub-path: the header has the theme's colour, not the browser's default.
    colour = w.page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "")
    w.page.click("text=Timeline >> nth=-1")
    w.page.wait_for_load_state("networkidle")
    assert w.page.url.endswith(f"{SUB_PATH}timeline/")
    # Only the missing page itself may have failed to load.
    assert [e for e in w.errors if "404" not in e] == [] and w.dialogs == [] and w.external == []


def briefs_in(site: BuiltSite) -> list[Brief]:
    return [read_brief(p) for p in sorted((site.root / "docs" / "briefs").glob("*.md"))]


def tick(w: Watched, name: str, value: str) -> None:
    """Tick one value of one of the search page's filters as a reader does: open the filters if they are folded
    (a phone), and show all of the filter's values if this one is not among the first shown."""
    panel = w.page.locator(".archive-find__panel")
    if panel.get_attribute("open") is None:
        panel.locator("summary").click()
    box = w.page.locator(f'input.archive-find__box[name="{name}"][value="{value}"]')
    if not box.is_visible():
        group = w.page.locator("fieldset.archive-find__group", has=box)
        group.locator("button.archive-find__toggle").click()
    box.check()


@pytest.mark.parametrize("facet", ["year", "topic", "actor"])
def test_one_filter_narrows_a_search_to_exactly_the_matching_briefs(
    browser: object, base_url: str, built_site: BuiltSite, facet: str
) -> None:
    briefs = [b for b in briefs_in(built_site) if "pakistan" in (b.title + " ".join(b.text) + b.summary).lower()]
    vocab = load_vocabulary(built_site.root)
    # An actor of the authority file named in at most half of all briefs is a filter (pages/facets.py).
    everything = briefs_in(built_site)
    overall = Counter(i for b in everything for i in {a.id for a in b.actors} if i in vocab.actors_by_id)
    in_results = {a.id for b in briefs for a in b.actors}
    actor = vocab.actors_by_id[min(i for i, n in overall.items() if n <= len(everything) / 2 and i in in_results)]
    value, wanted = {
        "year": ("2023", {b.title for b in briefs if (b.date or "").startswith("2023")}),
        "topic": ("Counter-terrorism", {b.title for b in briefs if "counter-terrorism" in b.topics}),
        "actor": (actor.name, {b.title for b in briefs if actor.id in {a.id for a in b.actors}}),
    }[facet]
    assert wanted and len(wanted) < len(briefs)  # the filter must exclude something to prove anything
    w = Watched(browser, "desktop")
    w.open(base_url + "search/?q=pakistan")
    w.page.locator(".archive-find__result").first.wait_for(timeout=15_000)
    tick(w, facet, value)
    w.page.wait_for_function(f"document.querySelectorAll('.archive-find__result').length === {len(wanted)}")
    assert set(result_titles(w)) == wanted
    assert w.clean, (w.errors, w.dialogs, w.external)


def test_results_show_date_and_a_search_downloads_little(browser: object, base_url: str, built_site: BuiltSite) -> None:
    stem, title = naqvi_baker_brief(built_site)
    brief = read_brief(built_site.root / "docs" / "briefs" / f"{stem}.md")
    w = Watched(browser, "desktop")
    sizes: dict[str, int] = {}
    w.page.on("response", lambda r: sizes.__setitem__(r.url, len(r.body())) if "/pagefind/" in r.url else None)
    w.open(base_url + "search/?q=narcotics")
    result = w.page.locator(".archive-find__result", has_text=title).first
    result.wait_for(timeout=15_000)
    assert date_text(brief.date).lower() in result.inner_text().lower()  # "undated" starts its line: "Undated"
    assert not [url for url in sizes if "/filter/" in url]  # no filter's index before a filter is ticked
    with w.page.expect_response(lambda r: "/pagefind/" in r.url and "/filter/" in r.url):
        tick(w, "topic", "Narcotics")
    w.page.wait_for_load_state("networkidle")
    w.page.wait_for_timeout(500)  # any other filter's index would have been asked for with it
    # Then only the ticked filter's, at most once from each bundle of the index (the built site has several;
    # a bundle whose briefs have no value of that filter has no index of it).
    bundles = json.loads((built_site.site / "pagefind" / "shards.json").read_text(encoding="utf-8"))["shards"]
    filters = [url.split("/pagefind/")[1] for url in sizes if "/filter/" in url]
    assert len(bundles) > 1 and 1 <= len(filters) <= len(bundles)
    assert len({name.split("/")[0] for name in filters}) == len(filters)
    assert all(url.startswith(base_url + "pagefind/") for url in sizes)  # loaded from the site, under the sub-path
    assert 0 < sum(sizes.values()) < 500_000  # the budget at 10,000 briefs; a few briefs need far less
    assert w.clean, (w.errors, w.dialogs, w.external)


@pytest.mark.parametrize("query", ["counter-narcotics", "Natalie Baker", "Migration and borders"])
def test_search_finds_a_brief_by_text_actor_name_and_topic_label(
    browser: object, base_url: str, built_site: BuiltSite, query: str
) -> None:
    """A word of the article, an actor's name and a topic's label each find the Naqvi–Baker brief."""
    _, title = naqvi_baker_brief(built_site)
    w = Watched(browser, "desktop")
    w.open(base_url)
    search_from_header(w, query)
    assert title in result_titles(w)
    assert w.errors == [] and w.dialogs == []


@pytest.mark.parametrize(("name", "value"), [("topic", "Counter-terrorism"), ("year", "2023")])
def test_a_filter_alone_finds_as_many_briefs_as_the_page_says(
    browser: object, base_url: str, built_site: BuiltSite, name: str, value: str
) -> None:
    """The search page counts each filter value's briefs at build time; Pagefind finds exactly those."""
    w = Watched(browser, "desktop")
    w.open(base_url + "search/")
    label = w.page.locator("label.archive-find__filter", has=w.page.locator(f'input[name="{name}"][value="{value}"]'))
    count = int(label.locator(".archive-find__count").inner_text().split()[0])  # "3 briefs"
    assert count > 0
    tick(w, name, value)
    w.page.wait_for_function(f"document.querySelectorAll('.archive-find__result').length === {count}")
    assert w.page.locator(".archive-find__message").inner_text().startswith(f"{count} brief")
    assert w.clean, (w.errors, w.dialogs, w.external)


def test_two_values_of_one_filter_widen_and_a_second_filter_narrows(
    browser: object, base_url: str, built_site: BuiltSite
) -> None:
    """Within a filter any ticked value matches, across filters all must (values sit in different index parts)."""
    everything = briefs_in(built_site)
    labels = {t.id: t.label for t in load_vocabulary(built_site.root).topics}

    def having(*topics: str) -> set[str]:
        return {b.title for b in everything if set(topics) & set(b.topics)}

    def dated(titles: set[str]) -> set[str]:
        return {b.title for b in everything if b.title in titles and (b.date or "").startswith("2023")}

    used = sorted({t for b in everything for t in b.topics if t in labels})
    a, b = next(
        (a, b)
        for a in used
        for b in used
        if a < b
        and len(having(a, b)) > max(len(having(a)), len(having(b)))
        and 0 < len(dated(having(a, b))) < len(having(a, b))
    )
    w = Watched(browser, "desktop")
    w.open(base_url + "search/")
    for topic, wanted in ((a, having(a)), (b, having(a, b))):
        tick(w, "topic", labels[topic])
        w.page.wait_for_function(f"document.querySelectorAll('.archive-find__result').length === {len(wanted)}")
        assert set(result_titles(w)) == wanted
    tick(w, "year", "2023")
    wanted = dated(having(a, b))
    w.page.wait_for_function(f"document.querySelectorAll('.archive-find__result').length === {len(wanted)}")
    assert set(result_titles(w)) == wanted
    assert w.clean, (w.errors, w.dialogs, w.external)


def test_newest_first_puts_every_bundles_results_in_date_order(
    browser: object, base_url: str, built_site: BuiltSite
) -> None:
    """The index is in bundles of months; ordered newest first, the results run from the newest brief to the
    oldest across them, undated briefs last, and every brief holding the word is found once."""
    found = [b for b in briefs_in(built_site) if "pakistan" in (b.title + " ".join(b.text) + b.summary).lower()]
    bundles = json.loads((built_site.site / "pagefind" / "shards.json").read_text(encoding="utf-8"))["shards"]
    assert len({b.date[:7] if b.date else "" for b in found}) >= 3 and len(bundles) >= 3
    w = Watched(browser, "desktop")
    w.open(base_url + "search/?q=pakistan&sort=newest")
    assert len(found) <= 10  # (one page of results shows them all)
    w.page.wait_for_function(f"document.querySelectorAll('.archive-find__result').length === {len(found)}")
    titles = result_titles(w)
    by_title = {b.title: b for b in found}
    assert sorted(titles) == sorted(by_title)  # each found once
    shown = [by_title[t].date or "" for t in titles]
    assert shown == sorted(shown, key=lambda d: (d != "", d), reverse=True)  # newest first, undated last
    assert w.clean, (w.errors, w.dialogs, w.external)

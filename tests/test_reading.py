"""Reading the archive (issue 16) in Debian's Chromium, at a laptop's and a phone's width, light and dark.

The seeds' briefs are built together with a few hand-written ones of every kind of document, with a subtitle,
a source address, stated roles and quotes (made-up people and words), so that each point of the issue has
something to show. Every page type is checked with axe-core (0 serious or critical violations) and kept as a
screenshot in test-artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from browser_support import VIEWPORTS, Watched, chromium, serving
from site_support import ROOT, BuiltSite, build_copy

from build_tools.briefs import read_brief, render
from build_tools.model import KIND_LABELS, ActorRef, Brief, Quote
from build_tools.pages.words import date_text, one_line
from build_tools.vocab import load_vocabulary

pytestmark = pytest.mark.browser

SEVERE = ("serious", "critical")
WORD = "textile"  #: a word only the hand-written briefs below use
SAMIRA = ActorRef("samira-qadir", "Samira Qadir", "person", role="Finance Minister of Pakistan", unreviewed=True)
DALE = ActorRef("dale-whitcombe", "Dale Whitcombe", "person", role="Deputy Trade Representative", unreviewed=True)
COUNCIL = ActorRef("textile-exporters-council", "Textile Exporters Council", "organization", unreviewed=True)
PAKISTAN = ActorRef("pakistan", "Pakistan", "country")
USA = ActorRef("united-states", "United States", "country")


def reader_brief(title: str, date: str | None, kind: str, **fields: Any) -> Brief:
    """A hand-written brief about textile tariff talks between two made-up officials."""
    text = [
        f"Pakistan and the United States held a round of {WORD} tariff talks in the capital this week.",
        "Samira Qadir, Finance Minister of Pakistan, said the schedule gives exporters a year to adjust.",
        f"Dale Whitcombe, Deputy Trade Representative, said the {WORD} quota would be reviewed in June.",
        "Officials from both sides described the talks as constructive and practical.",
    ]
    record = Brief(
        title=title,
        title_source="editor",
        date=date,
        date_source="editor" if date else None,
        dateline="Islamabad",
        publication="The Example Ledger",
        author="Rukhsana Temple",
        source_file=None,
        source_sha256=None,
        summary=f"Pakistan and the United States agreed a schedule for {WORD} tariff talks. Exporters get a year.",
        kind=kind,
        actors=[SAMIRA, DALE, COUNCIL, PAKISTAN, USA],
        topics=["trade-and-investment", "economy-and-finance"],
        key_points=["Exporters get a year to adjust to the new quota."],
        quotes=[
            Quote("the schedule gives exporters a year to adjust", "samira-qadir"),
            Quote(f"the {WORD} quota would be reviewed in June", "dale-whitcombe"),
            Quote("constructive and practical", None),
        ],
        text=text,
    )
    for key, value in fields.items():
        setattr(record, key, value)
    return record


READER_BRIEFS = {
    "2024-05-02-textile-talks-set-a-schedule": reader_brief(
        "Textile talks set a schedule for exporters",
        "2024-05-02",
        "news-report",
        subtitle="A year's grace for exporters as both sides review the quota",
        source_url="https://news.example.org/2024/05/02/textile-talks",
    ),
    "2024-03-11-a-quota-worth-keeping": reader_brief("A textile quota worth keeping", "2024-03-11", "opinion"),
    "2023-11-20-trade-office-readout": reader_brief(
        "Trade office readout on textile talks", "2023-11-20", "transcript"
    ),
    "undated-ministry-statement-on-textile-talks": reader_brief(
        "Ministry statement on textile talks", None, "press-release"
    ),
}
FEATURED = "2024-05-02-textile-talks-set-a-schedule"  #: the one with a subtitle and a source address


@pytest.fixture(scope="module")
def reading(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    extra = {stem: render(brief) for stem, brief in READER_BRIEFS.items()}
    built = build_copy(tmp_path_factory.mktemp("reading-project"), extra)
    assert built.code == 0
    return built


@pytest.fixture(scope="module")
def base(reading: BuiltSite) -> Iterator[str]:
    with serving(reading.site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


def briefs_of(site: BuiltSite) -> dict[str, Brief]:
    return {p.stem: read_brief(p) for p in sorted((site.root / "docs" / "briefs").glob("*.md"))}


def labels_of(site: BuiltSite) -> dict[str, str]:
    return {t.id: t.label for t in load_vocabulary(site.root).topics}


def page_types() -> dict[str, str]:
    """Each page type the issue names, by the address of one page of that type."""
    topic = quote("Trade and investment")
    return {
        "home": "",
        "timeline": "timeline/",
        "topics": "topics/",
        "topic": "topics/trade-and-investment/",
        "actors": "actors/",
        "actor": f"actors/{SAMIRA.id}/",
        "brief": f"briefs/{FEATURED}/",
        "search": f"search/?q={WORD}&topic={topic}",
        "404": "no-such-page/",
    }


def wait_for_results(w: Watched) -> None:
    w.page.locator(".archive-find__result").first.wait_for(timeout=15_000)
    w.page.wait_for_load_state("networkidle")


def severe_violations(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {', '.join(str(n['target']) for n in v['nodes'][:5])}"
        for v in found
        if v["impact"] in SEVERE
    ]


# -- Accessibility and screenshots: every page type, both widths, both colour schemes ----------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", list(VIEWPORTS))
def test_no_serious_or_critical_accessibility_violation_on_any_page_type(
    browser: Any, base: str, width: str, scheme: str
) -> None:
    w = Watched(browser, width, scheme)
    problems = {}
    for name, path in page_types().items():
        w.open(base + path)
        if name == "search":
            wait_for_results(w)
            assert w.page.locator("input.archive-find__box:checked").count() == 1  # a query and a ticked filter
        want = "slate" if scheme == "dark" else "default"
        assert w.page.locator("body").get_attribute("data-md-color-scheme") == want
        found = severe_violations(w.page)
        if found:
            problems[name] = found
        w.shot(f"{name}-{width}-{scheme}")
    assert problems == {}
    assert [e for e in w.errors if "404" not in e] == [] and w.dialogs == [] and w.external == []
    w.close()


# -- The brief page ------------------------------------------------------------------------------------------


def test_a_brief_reads_as_a_briefing(browser: Any, base: str, reading: BuiltSite) -> None:
    """Kind, subtitle, people with their roles linked, quotes credited, provenance with the source address, a
    citation with BibTeX, one edit link, and a description and Open Graph tags from the summary."""
    brief = READER_BRIEFS[FEATURED]
    w = Watched(browser, "desktop")
    w.open(base + f"briefs/{FEATURED}/")
    head = w.page.locator("header.brief-head")
    assert head.locator("h1").inner_text() == brief.title
    assert head.locator(".brief-head__kind").inner_text().lower() == KIND_LABELS[brief.kind or ""].lower()
    assert head.locator(".brief-head__subtitle").inner_text() == brief.subtitle
    assert date_text(brief.date) in head.inner_text()
    for person in (SAMIRA, DALE):
        item = w.page.locator("ul.brief-people > li", has=w.page.locator(f'a[href$="actors/{person.id}/"]'))
        assert item.locator("a").inner_text() == person.name
        assert item.locator(".brief-people__role").inner_text() == person.role
        assert item.locator(".flag").inner_text().lower() == "unreviewed"  # as the brief says: unreviewed
    figures = w.page.locator("figure.brief-quote")
    assert figures.count() == len(brief.quotes)
    for figure, q in zip(figures.all(), brief.quotes, strict=True):
        assert figure.locator("blockquote").inner_text().strip("“”") == q.text
        caption = figure.locator("figcaption")
        if q.speaker_id:
            speaker = next(a for a in brief.actors if a.id == q.speaker_id)
            assert caption.locator("a").get_attribute("href").endswith(f"actors/{speaker.id}/")
            assert caption.locator("a").inner_text() == speaker.name and (speaker.role or "") in caption.inner_text()
        else:
            assert "not named" in caption.inner_text()
    source = w.page.locator("section.brief-source")
    assert source.locator(f'a[href="{brief.source_url}"]').inner_text() == brief.source_url
    facts = source.locator("dl").inner_text()
    assert all(text in facts for text in (brief.publication or "", brief.author or "", date_text(brief.date)))
    assert "seeds/" not in source.inner_text() and ".md" not in source.inner_text()  # no repository path as source
    cite = source.locator(".brief-source__cite").inner_text()
    assert brief.title in cite and f"briefs/{FEATURED}/" in cite and (brief.source_url or "") in cite
    source.locator("details.brief-source__bibtex summary").click()
    assert source.locator("details.brief-source__bibtex pre").inner_text().startswith(f"@misc{{briefing-{FEATURED},")
    assert w.page.locator('a[href*="/edit/"]').count() == 1
    summary_line = one_line(brief.summary)
    for selector in ('meta[name="description"]', 'meta[property="og:description"]'):
        assert w.page.locator(selector).get_attribute("content") == summary_line
    assert w.page.locator('meta[property="og:title"]').get_attribute("content") == brief.title
    assert w.page.locator('meta[property="og:type"]').get_attribute("content") == "article"
    assert w.page.locator('meta[property="og:url"]').get_attribute("content").endswith(f"briefs/{FEATURED}/")
    assert w.clean, (w.errors, w.dialogs, w.external)


def test_every_brief_shows_its_people_roles_and_an_undated_one_says_so(
    browser: Any, base: str, reading: BuiltSite
) -> None:
    w = Watched(browser, "phone")
    for stem, brief in briefs_of(reading).items():
        w.open(base + f"briefs/{stem}/")
        people = w.page.locator("ul.brief-people > li")
        for person in [a for a in brief.actors if a.type == "person"]:
            item = people.filter(has=w.page.locator(f'a[href$="actors/{person.id}/"]'))
            assert item.count() == 1, (stem, person.id)
            if person.role and person.role != "author":
                assert item.locator(".brief-people__role").inner_text() == " ".join(person.role.split())
            assert (item.locator(".flag").count() == 1) == person.unreviewed  # never a claim the data lacks
        line = w.page.locator(".brief-head__line").inner_text()
        assert (date_text(brief.date) if brief.date else "Undated") in line
        assert w.page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS["phone"][0]
    assert w.clean, (w.errors, w.dialogs, w.external)


# -- The timeline ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("width", list(VIEWPORTS))
def test_the_timeline_is_a_chronology_and_its_chart_fits(
    browser: Any, base: str, reading: BuiltSite, width: str
) -> None:
    briefs = briefs_of(reading)
    w = Watched(browser, width)
    w.open(base + "timeline/")
    assert w.page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS[width][0]  # no sideways scroll
    chart = w.page.locator("figure.year-chart")
    sizes = chart.evaluate_all(
        "els => [...els[0].querySelectorAll('figcaption, a, .year-chart__count')]"
        ".map(e => parseFloat(getComputedStyle(e).fontSize))"
    )
    assert sizes and min(sizes) >= 12  # readable labels
    box = chart.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= VIEWPORTS[width][0]
    undated = [b for b in briefs.values() if not b.date]
    row = chart.locator(".year-chart__row--undated")
    assert row.locator(".year-chart__count").inner_text() == f"{len(undated)} briefs"
    years = Counter((b.date or "")[:4] for b in briefs.values() if b.date)
    for year, count in years.items():
        label = chart.locator(".year-chart__row", has=w.page.locator(f'a:text-is("{year}")'))
        assert label.locator(".year-chart__count").inner_text().startswith(f"{count} brief")
    # Every brief, dated or not, is an entry with its date (or "Undated"), its title and its summary's first line.
    for stem, brief in briefs.items():
        entry = w.page.locator("ol.brief-list > li", has=w.page.locator(f'a[href$="briefs/{stem}/"]'))
        assert entry.count() == 1, stem
        when = date_text(brief.date) if brief.date else "Undated"
        assert entry.locator(":scope > :first-child").inner_text() == when
        assert entry.locator("a").inner_text() == brief.title
        if one_line(brief.summary):
            assert entry.locator("p").inner_text() == one_line(brief.summary)
        where = [v for v in (brief.dateline, brief.publication) if v]
        if where:
            assert entry.locator("small").inner_text() == " · ".join(where)
    dated = w.page.locator("#chronology ~ ol.brief-list time").evaluate_all("ts => ts.map(t => t.dateTime)")
    assert dated == sorted(dated, reverse=True) and len(dated) == sum(years.values())
    assert w.clean, (w.errors, w.dialogs, w.external)


def test_the_undated_briefs_are_reachable_from_the_timeline_with_context(
    browser: Any, base: str, reading: BuiltSite
) -> None:
    undated = {stem: b for stem, b in briefs_of(reading).items() if not b.date}
    w = Watched(browser, "phone")
    w.open(base + "timeline/")
    w.page.locator(".year-chart__row--undated a").click()
    w.page.wait_for_load_state("networkidle")
    assert w.page.url.endswith("/timeline/undated/")
    entries = w.page.locator("ol.brief-list > li")
    assert entries.count() == len(undated)
    for stem, brief in undated.items():
        entry = entries.filter(has=w.page.locator(f'a[href$="briefs/{stem}/"]'))
        assert entry.locator("a").inner_text() == brief.title
        assert entry.locator("p").inner_text() == one_line(brief.summary)
    assert w.clean, (w.errors, w.dialogs, w.external)


# -- Search ------------------------------------------------------------------------------------------------------


def visible_buttons(w: Watched, within: str) -> list[str]:
    return [b.inner_text() for b in w.page.locator(f"{within} button").all() if b.is_visible()]


def test_before_a_search_there_is_no_button_or_empty_heading(browser: Any, base: str) -> None:
    for width in VIEWPORTS:
        w = Watched(browser, width)
        w.open(base + "search/")
        assert visible_buttons(w, ".archive-find__main") == []
        assert not w.page.locator(".archive-find__message").is_visible()
        assert not w.page.locator(".archive-find__sort").is_visible()
        headings = [h.inner_text().strip() for h in w.page.locator("h1, h2, h3, h4, h5, h6").all() if h.is_visible()]
        assert all(headings)
        assert w.clean, (w.errors, w.dialogs, w.external)
        w.close()


def test_every_filter_value_is_reachable_with_its_count(browser: Any, base: str, reading: BuiltSite) -> None:
    """Topic, year, publication and kind are counted here from the briefs themselves; each value can be shown
    (with "Show all") and found by its filter's own search, and its count is the number of briefs with it."""
    briefs = list(briefs_of(reading).values())
    labels = labels_of(reading)
    expected = {
        "topic": Counter(labels.get(t, t) for b in briefs for t in set(b.topics)),
        "year": Counter((b.date or "undated")[:4] if b.date else "undated" for b in briefs),
        "publication": Counter(b.publication for b in briefs if b.publication),
        "kind": Counter(KIND_LABELS[b.kind] for b in briefs if b.kind in KIND_LABELS),
    }
    assert set(expected["kind"]) == {KIND_LABELS[b.kind or ""] for b in READER_BRIEFS.values()}
    w = Watched(browser, "phone")
    w.open(base + "search/")
    w.page.locator(".archive-find__panel > summary").click()  # folded on a phone
    legends = [g.inner_text() for g in w.page.locator("fieldset.archive-find__group > legend").all()]
    assert legends[:2] == ["Topic", "Year"] and {"Actor", "Publication", "Kind"} <= set(legends)
    for group in w.page.locator("fieldset.archive-find__group").all():
        toggle = group.locator("button.archive-find__toggle")
        if toggle.count():
            assert toggle.get_attribute("aria-expanded") == "false"
            toggle.click()
            assert toggle.get_attribute("aria-expanded") == "true"
        values = group.locator("label.archive-find__filter")
        assert all(label.is_visible() for label in values.all())
        name = group.locator("input.archive-find__box").first.get_attribute("name") or ""
        shown = {label.locator("input").get_attribute("value"): count_of(label) for label in values.all()}
        if name in expected:
            assert shown == dict(expected[name]), name
        else:
            assert name == "actor" and shown and all(count > 0 for count in shown.values())
        narrow = group.locator("input.archive-find__narrow")
        if narrow.count():  # a long list has its own search: a part of a value finds it, and hides the rest
            value = next(iter(shown))
            narrow.fill(value[1:5])
            matching = {v for v in shown if value[1:5].lower() in v.lower()}
            assert {v for v in shown if group.locator(f'input[value="{v}"]').is_visible()} == matching
            narrow.fill("")
    assert w.clean, (w.errors, w.dialogs, w.external)


def count_of(label: Any) -> int:
    """The number of briefs a filter value's label gives ("12 briefs", the word for screen readers)."""
    return int(label.locator(".archive-find__count").inner_text().split()[0].replace(",", ""))


def result_titles(w: Watched) -> list[str]:
    w.page.wait_for_load_state("networkidle")
    w.page.wait_for_timeout(300)  # results are drawn after the last fetch
    return [t.strip() for t in w.page.locator(".archive-find__link").all_inner_texts()]


def tick(w: Watched, name: str, value: str) -> None:
    """Tick a filter's value as a reader does: unfold the filters if folded, "Show all" if it is not shown."""
    panel = w.page.locator(".archive-find__panel")
    if panel.get_attribute("open") is None:
        panel.locator("summary").click()
    box = w.page.locator(f'input.archive-find__box[name="{name}"][value="{value}"]')
    if not box.is_visible():
        w.page.locator("fieldset.archive-find__group", has=box).locator("button.archive-find__toggle").click()
    box.check()


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_a_search_lives_in_the_address_through_reload_and_back(browser: Any, base: str, reading: BuiltSite) -> None:
    briefs = list(briefs_of(reading).values())
    labels = labels_of(reading)
    with_word = [b for b in briefs if WORD in (b.body or "").lower()]
    topic = labels["trade-and-investment"]
    w = Watched(browser, "desktop")
    w.open(base + "search/")
    w.page.fill(".archive-find__input", WORD)
    w.page.press(".archive-find__input", "Enter")
    wait_for_results(w)
    assert sorted(result_titles(w)) == sorted(b.title for b in with_word)
    tick(w, "topic", topic)
    tick(w, "year", "2024")
    wanted = sorted(b.title for b in with_word if (b.date or "").startswith("2024"))
    w.page.wait_for_function(f"document.querySelectorAll('.archive-find__result').length === {len(wanted)}")
    assert query_of(w.page.url) == {"q": [WORD], "topic": [topic], "year": ["2024"]}
    # Reload: the words, both ticks and the results come back from the address.
    w.page.reload(wait_until="networkidle")
    wait_for_results(w)
    assert w.page.input_value(".archive-find__input") == WORD
    assert w.page.locator('input[name="year"][value="2024"]').is_checked()
    assert sorted(result_titles(w)) == wanted
    # Back undoes the last tick (the year), keeping the words and the topic.
    w.page.go_back(wait_until="networkidle")
    w.page.wait_for_function(f"document.querySelectorAll('.archive-find__result').length === {len(with_word)}")
    assert query_of(w.page.url) == {"q": [WORD], "topic": [topic]}
    assert not w.page.locator('input[name="year"][value="2024"]').is_checked()
    assert w.page.locator(f'input[name="topic"][value="{topic}"]').is_checked()
    # A result, then Back: the same search again.
    w.page.locator("a.archive-find__link").first.click()
    w.page.wait_for_load_state("networkidle")
    assert "/briefs/" in w.page.url
    w.page.go_back(wait_until="networkidle")
    wait_for_results(w)
    assert query_of(w.page.url) == {"q": [WORD], "topic": [topic]}
    assert w.page.locator(f'input[name="topic"][value="{topic}"]').is_checked()
    assert sorted(result_titles(w)) == sorted(b.title for b in with_word)
    # A removed filter is gone from the address too.
    w.page.locator("button.archive-find__remove").click()
    w.page.wait_for_function("!location.search.includes('topic=')")
    assert query_of(w.page.url) == {"q": [WORD]}
    assert w.clean, (w.errors, w.dialogs, w.external)


def test_results_show_an_excerpt_of_the_text_the_date_and_sort_by_newest(
    browser: Any, base: str, reading: BuiltSite
) -> None:
    briefs = briefs_of(reading)
    by_title = {b.title: b for b in briefs.values()}
    w = Watched(browser, "desktop")
    w.open(base + "search/?q=pakistan")
    wait_for_results(w)
    while w.page.locator("button.archive-find__more").is_visible():
        w.page.locator("button.archive-find__more").click()
        w.page.wait_for_load_state("networkidle")
    results = w.page.locator(".archive-find__result").all()
    assert len(results) >= 5
    for result in results:
        brief = by_title[result.locator(".archive-find__link").inner_text()]
        meta = result.locator(".archive-find__meta").inner_text()
        assert meta.startswith(date_text(brief.date) if brief.date else "Undated")
        excerpt = result.locator(".archive-find__excerpt")
        text = " ".join(excerpt.inner_text().split())
        assert excerpt.locator("mark").count() >= 1 and "pakistan" in text.lower()
        names = [a.name for a in brief.actors]
        assert " · ".join(names[:2]) not in text  # never the row of names the card shows
        assert not text.startswith(("Summary.", "Article.", "Quotes."))
    w.page.select_option(".archive-find__order", "newest")
    w.page.wait_for_function("location.search.includes('sort=newest')")
    w.page.wait_for_load_state("networkidle")
    w.page.wait_for_timeout(300)
    titles = result_titles(w)
    days = [by_title[t].date or "" for t in titles]
    dated = [d for d in days if d]
    assert dated == sorted(dated, reverse=True) and days[: len(dated)] == dated  # newest first, undated last
    assert w.clean, (w.errors, w.dialogs, w.external)


def test_on_a_phone_the_results_come_first_and_the_filters_fold_away(browser: Any, base: str) -> None:
    w = Watched(browser, "phone")
    w.open(base + f"search/?q={WORD}")
    wait_for_results(w)
    assert w.page.locator(".archive-find__panel").get_attribute("open") is None
    assert not w.page.locator("fieldset.archive-find__group").first.is_visible()
    first = w.page.locator(".archive-find__result").first.bounding_box()
    assert first is not None and first["y"] + 40 < VIEWPORTS["phone"][1]  # the first result is on the first screen
    w.page.locator(".archive-find__panel > summary").click()
    assert w.page.locator("fieldset.archive-find__group").first.is_visible()
    assert w.page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS["phone"][0]
    assert w.clean, (w.errors, w.dialogs, w.external)


# -- Home, feeds and the frame ----------------------------------------------------------------------------------


def test_home_lists_the_newest_dated_briefs_first_and_links_its_feed(
    browser: Any, base: str, reading: BuiltSite
) -> None:
    dated = sorted((b.date for b in briefs_of(reading).values() if b.date), reverse=True)
    w = Watched(browser, "desktop")
    w.open(base)
    shown = w.page.locator("#newest-briefs + ol.brief-list time").evaluate_all("ts => ts.map(t => t.dateTime)")
    assert shown == dated[: len(shown)] and shown
    for path, feed in (("", "feeds/all.xml"), ("topics/trade-and-investment/", "feeds/trade-and-investment.xml")):
        w.open(base + path)
        links = w.page.locator('link[rel="alternate"][type="application/atom+xml"]')
        assert any(h.endswith(feed) for h in links.evaluate_all("ls => ls.map(l => l.href)")), path
        visible = w.page.locator("a.archive-feed")
        assert visible.is_visible() and visible.get_attribute("href").endswith(feed)
        response = w.page.request.get(visible.evaluate("a => a.href"))
        assert response.status == 200 and b"<feed" in response.body()
    assert w.clean, (w.errors, w.dialogs, w.external)


def test_templates_name_no_topic() -> None:
    """Topics come from the vocabulary through the views: no template names one."""
    labels = [t.label for t in load_vocabulary(ROOT).topics]
    for template in (ROOT / "overrides").rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert not [label for label in labels if re.search(rf"\b{re.escape(label)}\b", text)], template


def test_an_undated_brief_never_gets_a_1970_date_in_a_feed(reading: BuiltSite) -> None:
    for feed in (reading.site / "feeds").glob("*.xml"):
        assert "1970-" not in feed.read_text(encoding="utf-8"), feed


def focus_ring(w: Watched) -> dict[str, Any]:
    """What has the focus now, and the outline drawn for it (on the label a hidden radio button stands for)."""
    return w.page.evaluate(
        """() => {
          let el = document.activeElement;
          const name = el.tagName + (el.className ? '.' + String(el.className).split(' ')[0] : '');
          if (el.matches('input.md-option')) el = el.nextElementSibling;
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          return {name, style: s.outlineStyle, width: parseFloat(s.outlineWidth), shown: r.width > 0 && r.height > 0};
        }"""
    )


@pytest.mark.parametrize("path", ["", f"briefs/{FEATURED}/", f"search/?q={WORD}"])
def test_every_control_shows_a_focus_ring_and_the_skip_link_comes_first(browser: Any, base: str, path: str) -> None:
    w = Watched(browser, "desktop")
    w.open(base + path)
    if "search" in path:
        wait_for_results(w)
    w.page.keyboard.press("Tab")
    assert w.page.evaluate("document.activeElement.classList.contains('archive-skip')")
    skip = w.page.locator("a.archive-skip").bounding_box()
    assert skip is not None and skip["y"] >= 0  # on screen once focused
    seen = []
    for _ in range(60):
        ring = focus_ring(w)
        if ring["name"].startswith("BODY"):
            break
        if ring["shown"]:
            seen.append(ring["name"])
            assert ring["style"] != "none" and ring["width"] >= 2, ring
        w.page.keyboard.press("Tab")
    assert len(seen) >= 10
    w.page.keyboard.press("Shift+Tab")
    w.open(base + path)
    w.page.keyboard.press("Tab")
    w.page.keyboard.press("Enter")
    assert w.page.evaluate("document.activeElement.id") == "archive-content"
    assert w.clean, (w.errors, w.dialogs, w.external)


def test_dark_mode_follows_the_system_and_the_toggle_switches_it(browser: Any, base: str) -> None:
    for system, scheme, other in (("dark", "slate", "default"), ("light", "default", "slate")):
        w = Watched(browser, "phone", system)
        w.open(base + "timeline/")
        body = w.page.locator("body")
        assert body.get_attribute("data-md-color-scheme") == scheme
        background = w.page.evaluate("getComputedStyle(document.body).backgroundColor")
        w.page.locator("form[data-md-component=palette] label:visible").click()
        assert body.get_attribute("data-md-color-scheme") == other
        assert w.page.evaluate("getComputedStyle(document.body).backgroundColor") != background
        w.open(base + "topics/")  # the reader's choice is kept from page to page
        assert w.page.locator("body").get_attribute("data-md-color-scheme") == other
        assert w.clean, (w.errors, w.dialogs, w.external)
        w.close()


def test_on_a_phone_the_menu_is_a_button_the_keyboard_reaches(browser: Any, base: str) -> None:
    w = Watched(browser, "phone")
    w.open(base + "topics/")
    for _ in range(5):
        w.page.keyboard.press("Tab")
        if w.page.evaluate("document.activeElement.classList.contains('archive-menu')"):
            break
    ring = focus_ring(w)
    assert ring["name"].startswith("BUTTON.md-header__button") and ring["style"] != "none" and ring["width"] >= 2
    w.page.keyboard.press("Enter")
    assert w.page.locator("#__drawer").is_checked()  # Material's drawer, with the tabs' sections, is open
    assert w.page.get_by_role("link", name="Timeline").first.is_visible()
    assert w.clean, (w.errors, w.dialogs, w.external)

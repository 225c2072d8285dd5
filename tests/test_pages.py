"""Inline cases for the generated pages' views: grouping, bounded listings, undated briefs, the chart, links,
the search filters, related briefs, and what a brief page shows. (The built HTML is tested in test_site.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from build_tools.archive import (
    Archive,
    CollectError,
    Entry,
    by_actor,
    by_topic,
    by_year,
    newest_first,
    read_briefs,
)
from build_tools.briefs import render, render_article
from build_tools.model import ActorRef, Brief, Quote
from build_tools.pages import actors as actor_pages
from build_tools.pages import listings
from build_tools.pages.brief import bibtex, brief_view, citation, source_link
from build_tools.pages.facets import pagefind_filter
from build_tools.pages.related import related
from build_tools.pages.site import build_site
from build_tools.pages.timeline import chart_rows
from build_tools.vocab import Actor, Topic, Vocabulary

VOCAB = Vocabulary(
    root=Path("."),
    topics=[Topic("trade", "Trade", "Trade & <tariffs>."), Topic("narcotics", "Narcotics", "Drugs.")],
    actors=[Actor("pakistan", "Pakistan", "country"), Actor("ishaq-dar", "Ishaq Dar", "person", description="FM.")],
)
PAKISTAN = ActorRef("pakistan", "Pakistan", "country")
DAR = ActorRef("ishaq-dar", "Ishaq Dar", "person", role="Foreign Minister")


def brief(title: str, date: str | None, topics: list[str], actors: list[ActorRef], **extra: Any) -> Brief:
    record = Brief(
        title=title,
        title_source="headline",
        date=date,
        date_source="byline" if date else None,
        dateline=None,
        publication=None,
        author=None,
        source_file=None,
        source_sha256=None,
        summary="S.",
        actors=actors,
        topics=topics,
        body="Text.\n",
    )
    for key, value in extra.items():
        setattr(record, key, value)
    return record


def entry(stem: str, date: str | None, topics: tuple[str, ...] = (), actors: tuple[ActorRef, ...] = ()) -> Entry:
    return Entry(stem, brief(f"Title {stem}", date, list(topics), list(actors)))


def site_of(entries: list[Entry]) -> Any:
    return build_site(Archive(Path("."), newest_first(entries), VOCAB), "Archive")


def addresses(value: Any) -> Iterator[str]:
    """Every address a view links to: its "url"s, "previous"/"next" pager links, and the briefs it lists."""
    if isinstance(value, Entry):
        yield value.url
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in ("url", "previous", "next", "undated_url") and isinstance(item, str):
                yield item
            else:
                yield from addresses(item)
    elif isinstance(value, list):
        for item in value:
            yield from addresses(item)


def listed(view: dict[str, Any]) -> list[str]:
    """The stems of the briefs a view lists."""
    return [a.removeprefix("briefs/").removesuffix("/") for a in addresses(view) if a.startswith("briefs/")]


# -- grouping -------------------------------------------------------------------------------------------


def test_newest_first_puts_undated_last_and_groups_follow_that_order() -> None:
    entries = newest_first([entry("b", None), entry("a", "2023-01-01"), entry("c", "2024-05-01"), entry("d", None)])
    assert [e.stem for e in entries] == ["c", "a", "b", "d"]
    assert list(by_year(entries)) == ["2024", "2023", None]


def test_group_by_topic_and_actor_counts_a_brief_once() -> None:
    entries = [entry("a", "2024-01-01", ("trade", "trade"), (DAR, DAR)), entry("b", None, ("trade",), (PAKISTAN,))]
    assert {k: len(v) for k, v in by_topic(entries).items()} == {"trade": 2}
    assert {k: len(v) for k, v in by_actor(entries).items()} == {"ishaq-dar": 1, "pakistan": 1}


def test_undated_briefs_have_their_own_section_everywhere() -> None:
    site = site_of([entry("a", "2024-01-01", ("trade",), (DAR,)), entry("u", None, ("trade",), (DAR,))])
    timeline = site.pages["timeline/index.md"].view
    assert timeline["undated"] == 1 and timeline["chart"][-1]["label"] == "Undated"
    assert listed(site.pages["timeline/undated/index.md"].view) == ["u"]
    for src in ("topics/trade/index.md", "actors/ishaq-dar/index.md"):
        headings = [g["heading"] for g in site.pages[src].view["briefs"]["groups"]]
        assert headings == ["2024", "Undated"]


def test_every_address_a_page_links_to_is_a_page_the_site_has() -> None:
    entries = [entry(f"b{i}", f"202{i % 3}-0{1 + i % 9}-01", ("trade",), (DAR, PAKISTAN)) for i in range(12)]
    entries += [entry("u1", None, ("narcotics", "unlisted"), (PAKISTAN,))]
    site = site_of(entries)
    known = {page.url for page in site.pages.values()} | {e.url for e in site.briefs.values()}
    known |= {"feeds/all.xml"} | {f"feeds/{t}.xml" for t in ("trade", "narcotics", "unlisted")}
    for page in site.pages.values():
        for address in addresses(page.view):
            assert address.split("#")[0] in known, (page.src, address)
        for feed in [page.view.get("feed")] if page.view.get("feed") else []:
            assert feed in known


# -- bounded listings --------------------------------------------------------------------------------------


def test_listings_stay_bounded_when_a_year_is_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listings, "LISTING_LIMIT", 4)
    entries = [entry(f"m{i:02d}", f"2024-{1 + i % 3:02d}-{1 + i:02d}", ("trade",)) for i in range(12)]
    site = site_of(entries)
    year = site.pages["timeline/2024/index.md"].view
    assert [link["label"] for link in year["links"]] == ["March 2024", "February 2024", "January 2024"]
    assert "groups" not in year  # the months are pages of their own
    assert all(len(listed(p.view)) <= 4 for p in site.pages.values() if p.template == "listing.html")
    every = [s for p in site.pages.values() if p.src.startswith("timeline/2024/") for s in listed(p.view)]
    assert sorted(every) == sorted(e.stem for e in entries)  # each brief once


def test_many_undated_briefs_are_paged_and_each_page_links_its_neighbours(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listings, "LISTING_LIMIT", 3)
    site = site_of([entry(f"u{i}", None) for i in range(7)])
    sources = ["timeline/undated/index.md", "timeline/undated/2/index.md", "timeline/undated/3/index.md"]
    assert [s for s in site.pages if s.startswith("timeline/undated/")] == sources
    pagers = [site.pages[s].view["pager"] for s in sources]
    assert pagers == [
        {"next": "timeline/undated/2/"},
        {"previous": "timeline/undated/", "next": "timeline/undated/3/"},
        {"previous": "timeline/undated/2/"},
    ]
    assert [site.pages[s].title for s in sources][1] == "Timeline: undated (page 2 of 3)"


def test_a_small_topic_or_actor_lists_every_brief_on_its_own_page() -> None:
    site = site_of([entry(f"b{i}", f"202{i % 3}-01-01", ("trade",), (DAR,)) for i in range(9)])
    for base in ("topics/trade", "actors/ishaq-dar"):
        assert len(listed(site.pages[f"{base}/index.md"].view["briefs"])) == 9
        assert [s for s in site.pages if s.startswith(base + "/") and s != f"{base}/index.md"] == []


def test_a_large_topic_shows_its_newest_briefs_and_a_page_per_year(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listings, "LISTING_LIMIT", 5)
    site = site_of(
        [entry(f"b{i:02d}", f"202{i % 2}-01-{1 + i:02d}", ("trade",)) for i in range(12)]
        + [entry("u", None, ("trade",))]
    )
    block = site.pages["topics/trade/index.md"].view["briefs"]
    assert len(block["newest"]) == listings.NEWEST or len(block["newest"]) == 12
    assert [row["label"] for row in block["years"]] == ["2021", "2020", "Undated"]
    assert "topics/trade/2021/index.md" in site.pages and "topics/trade/undated/index.md" in site.pages


def test_a_large_actors_index_splits_by_type_and_initial(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(actor_pages, "ACTORS_ON_INDEX", 5)
    monkeypatch.setattr(actor_pages, "MOST_NAMED", 3)
    monkeypatch.setattr(listings, "LISTING_LIMIT", 3)
    people = [ActorRef(f"{c}-person-{i}", f"{c.upper()} Person {i}", "person") for c in "abc" for i in range(4)]
    site = site_of([entry(f"p{i:02d}", "2024-01-01", (), (p, PAKISTAN)) for i, p in enumerate(people)])
    index = site.pages["actors/index.md"].view
    people_section = index["sections"][0]
    assert len(people_section["actors"]) == 3 and people_section["total"] == 12
    assert [letter["url"] for letter in people_section["letters"]] == [f"actors/people/{c}/" for c in "abc"]
    assert "actors/people/a/2/index.md" in site.pages  # four actors, three a page
    letters = [p.view for s, p in site.pages.items() if s.startswith("actors/people/")]
    assert sorted(a["url"] for v in letters for a in v["actors"]) == sorted(f"actors/{p.id}/" for p in people)


def test_an_actor_id_that_a_letter_page_uses_is_refused(tmp_path: Path) -> None:
    clash = brief("Clash", "2024-01-01", [], [ActorRef("people", "People", "organization")], body="Text.\n")
    (tmp_path / "clash.md").write_text(render(clash), encoding="utf-8")
    with pytest.raises(CollectError) as err:
        read_briefs(tmp_path)
    assert "reserved" in err.value.problems[0] and "clash.md" in err.value.problems[0]


def test_the_chart_has_a_row_a_year_oldest_first_and_one_for_the_undated() -> None:
    entries = newest_first(
        [entry("a", "2021-05-01"), entry("b", "2023-01-01"), entry("c", "2023-02-01"), entry("u", None)]
    )
    rows = chart_rows(entries)
    assert [(r["label"], r["count"], r["share"]) for r in rows] == [
        ("2021", 1, 50.0),
        ("2023", 2, 100.0),
        ("Undated", 1, 50.0),
    ]
    assert rows[-1]["url"] == "timeline/undated/" and rows[-1].get("undated")


# -- reading -------------------------------------------------------------------------------------------------


def test_read_briefs_reports_every_bad_file(tmp_path: Path) -> None:
    good = brief("Fine", "2024-01-01", ["trade"], [DAR])
    (tmp_path / "good.md").write_text(render(good), encoding="utf-8")
    (tmp_path / "bad-yaml.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    (tmp_path / "bad-id.md").write_text(render(brief("Bad id", "2024-01-01", ["../etc"], [])), encoding="utf-8")
    (tmp_path / "bad-date.md").write_text(render(brief("Bad date", "next week", [], [])), encoding="utf-8")
    with pytest.raises(CollectError) as err:
        read_briefs(tmp_path)
    assert len(err.value.problems) == 3
    assert all(str(tmp_path) in p for p in err.value.problems)


def test_reading_in_two_processes_gives_what_reading_in_one_gives(tmp_path: Path) -> None:
    for i in range(12):
        record = brief(f"Brief {i}", f"2024-01-{i + 1:02d}" if i % 3 else None, ["trade"], [DAR])
        (tmp_path / f"b{i:02d}.md").write_text(render(record), encoding="utf-8")
    both = read_briefs(tmp_path, parallel_from=0)  # a forked reader takes b06..b11
    assert both == read_briefs(tmp_path, parallel_from=10**9) and len(both) == 12
    (tmp_path / "b01.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    (tmp_path / "b10.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    problems = []
    for parallel_from in (0, 10**9):
        with pytest.raises(CollectError) as err:
            read_briefs(tmp_path, parallel_from=parallel_from)
        problems.append(err.value.problems)
    assert problems[0] == problems[1] and [Path(p.split(":")[0]).name for p in problems[0]] == ["b01.md", "b10.md"]


# -- related briefs and the search filters -------------------------------------------------------------------


def test_related_is_bounded_and_prefers_rare_shared_actors() -> None:
    rare = ActorRef("rare-person", "Rare Person", "person")
    entries = [entry(f"c{i}", "2024-01-01", ("trade",), (PAKISTAN,)) for i in range(10)]
    entries += [entry("r1", "2023-01-01", (), (rare, PAKISTAN)), entry("r2", "2022-01-01", (), (rare,))]
    found = related(entries, limit=5)
    assert all(len(v) <= 5 for v in found.values())
    assert found["r1"][0].stem == "r2"
    assert "c0" not in [e.stem for e in found["c0"]]


def test_search_page_lists_each_filter_value_with_its_briefs_counted_once() -> None:
    """The search page's filters come from the build's counts, which Pagefind's filters must match."""
    rare = ActorRef("zia-khan", "Zia Khan", "person", unreviewed=True)  # named once: not a filter
    entries = [
        entry("a", "2024-03-01", ("trade", "trade", "narcotics"), (PAKISTAN, DAR, DAR, rare)),
        entry("b", "2023-01-01", ("trade",), (DAR, PAKISTAN)),
        entry("c", None, ("unlisted",), ()),
        entry("d", "2024-07-01", (), (PAKISTAN,)),
    ]
    entries[0].brief.publication = "Dawn"
    entries[1].brief.kind = "opinion"
    facets = site_of(entries).pages["search/index.md"].view["facets"]
    assert {name: [pair[:2] for pair in values] for name, values in facets.items()} == {
        "topic": [["Trade", 2], ["Narcotics", 1], ["unlisted", 1]],  # a topic not in the vocabulary: its id
        "actor": [["Ishaq Dar", 2]],  # Pakistan: in more than half of the briefs; Zia Khan: unreviewed, once
        "year": [["2024", 2], ["2023", 1], ["undated", 1]],
        "publication": [["Dawn", 1]],
        "kind": [["Opinion", 1]],
    }
    # Each value names the Pagefind filter holding it, as the brief pages do.
    assert all(key == pagefind_filter(name, value) for name, vs in facets.items() for value, _, key in vs)
    assert {pagefind_filter("actor", f"Actor {i}") for i in range(200)} == {f"actor-{i}" for i in range(16)}
    assert pagefind_filter("year", "2024") == "year"


# -- a brief's page ------------------------------------------------------------------------------------------


def brief_entry(**extra: Any) -> Entry:
    record = brief(
        "Talks resume",
        "2024-03-05",
        ["trade"],
        [DAR, ActorRef("zia-khan", "Zia Khan", "person", role="author", unreviewed=True), PAKISTAN],
        summary="Talks resumed. The envoy met the minister.",
        key_points=["The envoy met the minister.", "An editor's own point."],
        quotes=[Quote("We & they agree", "ishaq-dar"), Quote("Nobody said this", None)],
        body=render_article(["Talks resumed.", "The envoy met the minister.", "“We & they agree,” she said."]),
        **extra,
    )
    return Entry("2024-03-05-talks-resume", record)


def test_a_brief_page_shows_people_with_their_stated_roles_and_credits_each_quote() -> None:
    view = brief_view(brief_entry(), {"trade": "Trade"}, [], set(), "https://x.org/briefs/2024-03-05-talks-resume/")
    assert view["people"] == [
        {"name": "Ishaq Dar", "url": "actors/ishaq-dar/", "role": "Foreign Minister", "unreviewed": False},
        {"name": "Zia Khan", "url": "actors/zia-khan/", "role": None, "unreviewed": True},  # "author": a byline
    ]
    assert [(q["speaker"], q["url"]) for q in view["quotes"]] == [("Ishaq Dar", "actors/ishaq-dar/"), (None, None)]
    assert view["countries"][0]["name"] == "Pakistan" and view["topics"] == [{"label": "Trade", "url": "topics/trade/"}]


def test_only_text_the_article_repeats_word_for_word_is_left_out_of_the_search_index() -> None:
    view = brief_view(brief_entry(), {}, [], set(), None)
    assert view["summary_repeats"]  # two article paragraphs in a row
    assert [k["repeats"] for k in view["key_points"]] == [True, False]  # an editor's own point stays indexed
    assert [q["repeats"] for q in view["quotes"]] == [True, False]


def test_only_an_http_address_becomes_the_source_link() -> None:
    assert source_link("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//evil.example", 'https://x.org/"><script>', None):
        assert source_link(bad) is None
    view = brief_view(brief_entry(source_url="javascript:alert(1)"), {}, [], set(), None)
    assert view["source_url"] is None and "isBasedOn" not in view["json_ld"]


def test_the_citation_names_the_source_and_the_brief_and_bibtex_escapes_its_specials() -> None:
    entry_ = brief_entry(author="A. Writer", publication="Dawn", source_url="https://dawn.example/x")
    plain = citation(entry_, "https://archive.example/briefs/2024-03-05-talks-resume/")
    assert plain.startswith("A. Writer. “Talks resume.” Dawn, 5 March 2024. https://dawn.example/x.")
    assert plain.endswith("https://archive.example/briefs/2024-03-05-talks-resume/.")
    entry_.brief.title = "50% of {aid} & $_cuts #1 \\ ~x"
    bib = bibtex(entry_, None)
    assert "title = {{50\\% of \\{aid\\} \\& \\$\\_cuts \\#1 \\\\ \\~x}}" in bib
    assert bib.startswith("@misc{briefing-2024-03-05-talks-resume,") and "month = mar" in bib and bib.endswith("}")
    assert bib.count("{") == bib.count("}") + bib.count("\\}") - bib.count("\\{")


def test_an_undated_brief_cites_as_undated_and_json_ld_has_no_date() -> None:
    entry_ = brief_entry()
    entry_.brief.date = None
    view = brief_view(entry_, {}, [], set(), None)
    assert view["date"] is None and "undated." in view["cite"] and "datePublished" not in view["json_ld"]
    assert "year =" not in view["bibtex"]

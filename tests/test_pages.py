"""Inline cases for the generated pages: grouping, bounded listings, undated briefs, the chart, escaping."""

from __future__ import annotations

import json
import posixpath
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from build_tools.briefs import render
from build_tools.build import generate, is_generated, remove_stale
from build_tools.model import ActorRef, Brief
from build_tools.pages import index_pages
from build_tools.pages.brief_page import card, json_ld, related_section, unindex_repeats
from build_tools.pages.charts import bar_chart, month_range
from build_tools.pages.collect import CollectError, Entry, by_actor, by_topic, by_year, newest_first, read_briefs
from build_tools.pages.facets import pagefind_filter
from build_tools.pages.index_pages import LISTING_LIMIT, render_pages
from build_tools.pages.related import related
from build_tools.vocab import Actor, Topic, Vocabulary

VOCAB = Vocabulary(
    root=Path("."),
    topics=[Topic("trade", "Trade", "Trade & <tariffs>."), Topic("narcotics", "Narcotics", "Drugs.")],
    actors=[Actor("pakistan", "Pakistan", "country"), Actor("ishaq-dar", "Ishaq Dar", "person", description="FM.")],
)
PAKISTAN = ActorRef("pakistan", "Pakistan", "country")
DAR = ActorRef("ishaq-dar", "Ishaq Dar", "person", role="Foreign Minister")


def brief(title: str, date: str | None, topics: list[str], actors: list[ActorRef]) -> Brief:
    return Brief(
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
    )


def entry(stem: str, date: str | None, topics: tuple[str, ...] = (), actors: tuple[ActorRef, ...] = ()) -> Entry:
    return Entry(stem, brief(f"Title {stem}", date, list(topics), list(actors)))


def links(text: str) -> list[str]:
    """Link targets in a generated page as source paths: Markdown links, and raw HTML hrefs mapped back."""
    found = re.findall(r"\]\(([^)]+)\)", text)
    for href in re.findall(r'href="([^"]+)"', text):
        path, hash_, anchor = href.partition("#")
        path = path.removesuffix("/") + ".md" if "briefs/" in path else path + "index.md"
        found.append(path + hash_ + anchor)
    return found


def test_newest_first_puts_undated_last_and_groups_follow_that_order() -> None:
    entries = newest_first([entry("b", None), entry("a", "2023-01-02"), entry("c", "2024-05-01"), entry("a2", None)])
    assert [e.stem for e in entries] == ["c", "a", "a2", "b"]
    years = by_year(entries)
    assert list(years) == ["2024", "2023", None] and [e.stem for e in years[None]] == ["a2", "b"]


def test_group_by_topic_and_actor_counts_a_brief_once() -> None:
    entries = [entry("x", "2024-01-01", ("trade", "trade"), (PAKISTAN, PAKISTAN, DAR)), entry("y", None, ("trade",))]
    assert {k: [e.stem for e in v] for k, v in by_topic(entries).items()} == {"trade": ["x", "y"]}
    assert {k: len(v) for k, v in by_actor(entries).items()} == {"pakistan": 1, "ishaq-dar": 1}


def test_undated_briefs_have_their_own_section_everywhere() -> None:
    entries = newest_first([entry("d", "2024-02-03", ("trade",), (DAR,)), entry("u", None, ("trade",), (DAR,))])
    pages = render_pages(entries, VOCAB, "Archive")
    assert "../../briefs/u.md" in links(pages["timeline/undated/index.md"])
    assert "undated/index.md" in pages["timeline/index.md"]
    for path in ("topics/trade/index.md", "actors/ishaq-dar/index.md"):  # small: every brief on the page
        assert "### Undated" in pages[path] and "../../briefs/u.md" in links(pages[path])


def test_every_generated_link_points_at_a_generated_page_or_a_brief() -> None:
    entries = newest_first(
        [entry(f"b{i}", f"202{i % 3}-0{1 + i % 9}-01", ("trade",), (DAR, PAKISTAN)) for i in range(30)]
    )
    pages = render_pages(entries, VOCAB, "Archive")
    known = set(pages) | {e.src for e in entries}
    for path, text in pages.items():
        for target in links(text):
            if target.startswith("https://"):
                continue
            resolved = Path(path).parent.joinpath(target.split("#")[0]).as_posix()
            normal = "/".join(p for p in _normalise(resolved))
            assert normal in known, f"{path} -> {target}"


def _normalise(path: str) -> list[str]:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return parts


def test_listings_stay_bounded_when_a_year_is_large() -> None:
    count = LISTING_LIMIT * 2 + 7
    entries = newest_first([entry(f"s{i:04d}", f"2024-{1 + i % 12:02d}-01", ("trade",)) for i in range(count)])
    pages = render_pages(entries, VOCAB, "Archive")
    year_page = pages["topics/trade/2024/index.md"]
    assert "01/index.md" in year_page and "../../../briefs/" not in year_page  # a list of months, not briefs
    listed = [p for p in pages if p.startswith("topics/trade/2024/") and p.count("/") == 4]
    assert len(listed) == 12
    assert max(len(links(pages[p])) for p in pages) <= LISTING_LIMIT + 5
    assert len(links(pages["topics/trade/index.md"])) <= index_pages.NEWEST + 10
    # Every brief is reachable from exactly one month page.
    found = [t for p in listed for t in links(pages[p]) if "briefs/" in t]
    assert len(found) == count


def test_many_undated_briefs_are_paged() -> None:
    entries = newest_first([entry(f"u{i:04d}", None, ("trade",)) for i in range(LISTING_LIMIT + 1)])
    pages = render_pages(entries, VOCAB, "Archive")
    assert "timeline/undated/2/index.md" in pages
    assert len([t for t in links(pages["timeline/undated/2/index.md"]) if "briefs/" in t]) == 1


def test_chart_is_well_formed_svg_with_a_bar_per_month() -> None:
    svg = bar_chart({"2023-11": 2, "2024-02": 5})
    root = ET.fromstring(svg)
    bars = root.findall(".//{http://www.w3.org/2000/svg}rect")
    assert len(bars) == len(month_range("2023-11", "2024-02")) == 4
    heights = [float(b.get("height", "0")) for b in bars]
    assert heights[1] == heights[2] == 0 and heights[3] > heights[0] > 0
    assert bar_chart({}) == ""


def test_article_text_is_escaped_in_pages() -> None:
    hostile = ActorRef("evil", "<img src=x onerror=alert(1)>", "person", role="[x](javascript:y)", unreviewed=True)
    entries = [Entry("h", brief("<script>alert(1)</script> [a](b) *e* {{ x }}", "2024-01-01", ["trade"], [hostile]))]
    pages = render_pages(entries, VOCAB, "Archive")
    # Front-matter titles are data (JSON-quoted; the MkDocs hook escapes them); bodies render as the site's.
    for text in pages.values():
        html = markdown.markdown(text.split("\n---\n", 1)[1], extensions=["toc", "tables"])
        assert "<script" not in html and "<img" not in html
        assert not re.search(r'href="javascript', html)
    shown = markdown.markdown(pages["actors/evil/index.md"].split("\n---\n", 1)[1])
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown and "&lt;script&gt;alert(1)&lt;/script&gt; [a](b) *e*" in shown
    front = pages["actors/evil/index.md"].split("---")[1]
    assert json.loads(front.split("title: ", 1)[1].split("\n")[0]) == hostile.name
    assert "unreviewed" in pages["actors/evil/index.md"] and "unreviewed" in pages["actors/index.md"]


def test_card_related_and_json_ld_escape_everything() -> None:
    meta = {
        "title": "</script><script>alert(1)</script>",
        "date": None,
        "dateline": '"><b>x</b>',
        "summary": "a </script> b & c",
        "topics": ["trade"],
        "actors": [{"id": "evil", "name": "<i>n</i>", "type": "person", "unreviewed": True}],
    }
    html = card(meta, {"trade": "Trade"}, lambda src: "../x/", "https://e.org/edit?a=1&b=2")
    assert "<b>" not in html and "<i>" not in html and "undated" in html and "a=1&amp;b=2" in html
    assert "chip--unreviewed" in html
    related_html = related_section([{"stem": "s", "title": "<b>t</b>", "date": None}], lambda src: None)
    assert related_html == ""  # a page that does not exist is not linked
    script = json_ld(meta, {"trade": "Trade"}, "https://e.org/briefs/x/")
    body = script[len('<script type="application/ld+json">') : -len("</script>")]
    assert "<" not in body and ">" not in body and "&" not in body
    data = json.loads(body)
    assert data["headline"] == meta["title"] and data["description"] == meta["summary"]
    assert data["about"] == [{"@type": "Thing", "name": "Trade"}] and "datePublished" not in data


def test_related_is_bounded_and_prefers_rare_shared_actors() -> None:
    rare = ActorRef("rare-person", "Rare Person", "person")
    entries = [entry(f"c{i}", "2024-01-01", ("trade",), (PAKISTAN,)) for i in range(10)]
    entries += [entry("r1", "2023-01-01", (), (rare, PAKISTAN)), entry("r2", "2022-01-01", (), (rare,))]
    found = related(entries, limit=5)
    assert all(len(v) <= 5 for v in found.values())
    assert found["r1"][0].stem == "r2"
    assert "c0" not in [e.stem for e in found["c0"]]


def test_read_briefs_reports_every_bad_file(tmp_path: Path) -> None:
    good = brief("Fine", "2024-01-01", ["trade"], [DAR])
    (tmp_path / "good.md").write_text(render(good), encoding="utf-8")
    (tmp_path / "bad-yaml.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    bad_id = brief("Bad id", "2024-01-01", ["../etc"], [])
    (tmp_path / "bad-id.md").write_text(render(bad_id), encoding="utf-8")
    bad_date = brief("Bad date", "next week", [], [])
    (tmp_path / "bad-date.md").write_text(render(bad_date), encoding="utf-8")
    with pytest.raises(CollectError) as err:
        read_briefs(tmp_path)
    assert len(err.value.problems) == 3
    assert all(str(tmp_path) in p for p in err.value.problems)


def test_reading_in_two_processes_gives_what_reading_in_one_gives(tmp_path: Path) -> None:
    for i in range(12):
        entry = brief(f"Brief {i}", f"2024-01-{i + 1:02d}" if i % 3 else None, ["trade"], [DAR])
        (tmp_path / f"b{i:02d}.md").write_text(render(entry), encoding="utf-8")
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


def test_generate_keeps_hand_written_pages_and_removes_stale_ones(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_url: https://example.org/archive/\n", encoding="utf-8")
    hand = tmp_path / "docs" / "topics" / "narcotics" / "index.md"
    hand.parent.mkdir(parents=True)
    hand.write_text("# My own page\n", encoding="utf-8")
    first = [entry("a", "2024-01-01", ("trade", "narcotics")), entry("b", None, ("trade",))]
    generate(tmp_path, first, VOCAB)
    assert hand.read_text(encoding="utf-8") == "# My own page\n"
    assert is_generated(tmp_path / "docs" / "topics" / "trade" / "index.md")
    assert (tmp_path / "docs" / "feeds" / "all.xml").is_file() and (tmp_path / "docs" / "briefs.json").is_file()
    generate(tmp_path, [entry("b", None, ("narcotics",))], VOCAB)  # trade is no longer used
    assert not (tmp_path / "docs" / "topics" / "trade").exists()
    assert hand.exists() and (tmp_path / "docs" / "topics" / "index.md").exists()
    data = json.loads((tmp_path / "build" / "archive-pages.json").read_text(encoding="utf-8"))
    assert data["related"] == {"b": []}


def test_remove_stale_deletes_only_generated_pages_not_kept_and_the_folders_it_empties(tmp_path: Path) -> None:
    marker = f"---\ntitle: x\ngenerated_by: {index_pages.GENERATED_BY}\n---\n"
    files = {
        "index.md": marker,
        "actors/kept/index.md": marker,
        "actors/kept/2020/index.md": marker,  # a year page no longer produced
        "actors/gone/index.md": marker,
        "actors/gone/2021/01/index.md": marker,
        "actors/mine/notes.md": "# An editor's page\n",
        "actors/mine/old/index.md": marker,
        "topics/notes.txt": marker,  # not Markdown: never the build's
    }
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    (tmp_path / "timeline" / "empty").mkdir(parents=True)
    remove_stale(tmp_path, {"actors/kept/index.md"})
    left = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    assert left == ["actors", "actors/kept", "actors/kept/index.md", "actors/mine", "actors/mine/notes.md",
                    "timeline", "topics", "topics/notes.txt"]  # fmt: skip


def brief_links(text: str) -> list[str]:
    return [t for t in links(text) if "briefs/" in t]


def test_a_small_topic_or_actor_lists_every_brief_on_its_own_page() -> None:
    entries = newest_first([entry(f"b{i}", f"202{i % 3}-01-01", ("trade",), (DAR,)) for i in range(9)])
    pages = render_pages(entries, VOCAB, "Archive")
    for base in ("topics/trade", "actors/ishaq-dar"):
        assert len(set(brief_links(pages[f"{base}/index.md"]))) == 9
        assert not [p for p in pages if p.startswith(base + "/") and p != f"{base}/index.md"]  # no year pages


def test_a_crowded_month_is_paged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_pages, "LISTING_LIMIT", 3)
    entries = newest_first([entry(f"m{i:02d}", f"2024-03-{1 + i:02d}", ("trade",)) for i in range(10)])
    pages = render_pages(entries, VOCAB, "Archive")
    for base in ("timeline/2024/03", "topics/trade/2024/03"):
        paths = [f"{base}/index.md"] + [f"{base}/{n}/index.md" for n in (2, 3, 4)]
        assert [p for p in pages if p.startswith(base + "/")] == paths
        listed = [t.rsplit("/", 1)[1] for p in paths for t in brief_links(pages[p])]
        assert sorted(listed) == sorted(f"{e.stem}.md" for e in entries)  # each brief exactly once
        assert "next" in pages[paths[0]] and "previous" in pages[paths[-1]]
    assert max(len(brief_links(text)) for text in pages.values()) <= index_pages.NEWEST


def test_a_large_actors_index_splits_by_type_and_initial(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_pages, "ACTORS_ON_INDEX", 5)
    monkeypatch.setattr(index_pages, "MOST_NAMED", 3)
    monkeypatch.setattr(index_pages, "LISTING_LIMIT", 3)
    people = [ActorRef(f"{c}-person-{i}", f"{c.upper()} Person {i}", "person") for c in "abc" for i in range(4)]
    entries = newest_first([entry(f"p{i:02d}", "2024-01-01", (), (p, PAKISTAN)) for i, p in enumerate(people)])
    pages = render_pages(entries, VOCAB, "Archive")
    index = pages["actors/index.md"]
    assert "people/a/index.md" in index and "countries/p/index.md" in index
    assert len(links(index)) == 3 + 3 + 1 + 1  # per type, the most named and the initials; not every actor
    letter_pages = [p for p in pages if p.startswith("actors/people/")]
    assert "actors/people/a/2/index.md" in letter_pages  # four actors, three a page
    listed = [t for p in letter_pages for t in links(pages[p]) if "person-" in t]
    assert sorted(t.rsplit("/", 2)[1] for t in listed) == sorted(p.id for p in people)
    assert all(len([t for t in links(pages[p]) if "person-" in t]) <= 3 for p in letter_pages)


def test_an_actor_id_that_a_letter_page_uses_is_refused(tmp_path: Path) -> None:
    clash = brief("Clash", "2024-01-01", [], [ActorRef("people", "People", "organization")])
    (tmp_path / "clash.md").write_text(render(clash), encoding="utf-8")
    with pytest.raises(CollectError) as err:
        read_briefs(tmp_path)
    assert "reserved" in err.value.problems[0] and "clash.md" in err.value.problems[0]


def test_a_broken_link_in_a_generated_list_is_caught() -> None:
    good = {"topics/index.md": '<ul>\n<li><a href="../briefs/here/">x</a></li>\n</ul>\n'}
    index_pages.check_links(good, {"briefs/here.md"})
    for href in ("../briefs/gone/", "../../briefs/here/", "../briefs/here"):
        with pytest.raises(index_pages.LinkError):
            index_pages.check_links({"topics/index.md": f'<a href="{href}">x</a>'}, {"briefs/here.md"})


SEGMENTS = st.sampled_from(["briefs", "here", "topics", "trade", "x", "y", "a.b", "..", ".", "", ".x", "index.md"])
# Links in the shape the pages use ('../' a few times, then folders) and, less often, any other.
HREFS = st.builds(
    lambda up, parts, slash: "../" * up + "/".join(parts) + slash,
    st.integers(0, 4),
    st.lists(SEGMENTS, max_size=3),
    st.sampled_from(["/", "/", ""]),
)


@settings(max_examples=1500, deadline=None)
@given(HREFS, st.sampled_from(["index.md", "topics/index.md", "topics/x/y/index.md"]))
@example("../topics/../briefs/here/", "topics/index.md")  # shapes the pages never write, still resolved right
@example("./../briefs/./here/", "topics/index.md")
@example("../trade/../../briefs/here/", "topics/x/y/index.md")
def test_a_generated_link_is_accepted_exactly_when_it_resolves_to_a_page_or_brief(href: str, at: str) -> None:
    pages = {p: "" for p in ("index.md", "topics/index.md", "topics/trade/index.md", "topics/x/y/index.md")}
    briefs = {"briefs/here.md", "briefs/a.b.md"}
    # The rule restated with posixpath: resolve from the page's folder; it must stay in the site,
    # end with '/' (or be empty) and reach a folder that a page or a brief is published at.
    folder = posixpath.dirname(at)
    joined = posixpath.join(folder, href) if href else folder
    resolved = posixpath.normpath(joined) if joined else "."
    published = {posixpath.dirname(p) or "." for p in pages} | {b.removesuffix(".md") for b in briefs}
    leaves = resolved == ".." or resolved.startswith("../") or href.startswith("/")  # '/' leaves a project site
    ok = not leaves and "//" not in href and (href == "" or href.endswith("/")) and resolved in published
    pages[at] = f'<a href="{href}">x</a>'
    if ok:
        index_pages.check_links(pages, briefs)
    else:
        with pytest.raises(index_pages.LinkError):
            index_pages.check_links(pages, briefs)


def test_the_hook_sets_raw_lists_aside_and_puts_them_back_unless_the_page_holds_its_placeholder() -> None:
    from types import SimpleNamespace

    from build_tools import mkdocs_hooks

    listing = '<ul>\n<li><a href="../briefs/b/">B</a></li>\n</ul>'

    def page(src: str) -> SimpleNamespace:
        return SimpleNamespace(meta={"generated_by": "briefing build"}, file=SimpleNamespace(src_uri=src), edit_url="x")

    mkdocs_hooks._generated.update({"topics/a/index.md", "topics/b/index.md"})  # what the build lists
    plain = page("topics/a/index.md")
    markdown = mkdocs_hooks.on_page_markdown(f"Intro\n\n{listing}\n", plain, None, None)  # type: ignore[arg-type]
    assert listing not in markdown and "ARCHIVE-RAW-BLOCK-0" in markdown
    html = mkdocs_hooks.on_page_content("<p>Intro</p>\n<p>ARCHIVE-RAW-BLOCK-0</p>", plain, None, None)  # type: ignore[arg-type]
    assert html == f"<p>Intro</p>\n{listing}"
    # An editor's description that reads like the placeholder: nothing is set aside, nothing swapped in.
    forged = page("topics/b/index.md")
    text = f"ARCHIVE-RAW-BLOCK-0\n\n{listing}\n"
    assert mkdocs_hooks.on_page_markdown(text, forged, None, None) == text  # type: ignore[arg-type]
    out = "<p>ARCHIVE-RAW-BLOCK-0</p>"
    assert mkdocs_hooks.on_page_content(out, forged, None, None) == out  # type: ignore[arg-type]
    # A page the build did not list is never trusted, whatever its front-matter claims: nothing is set aside.
    claimed = page("topics/c/index.md")
    assert mkdocs_hooks.on_page_markdown(f"Intro\n\n{listing}\n", claimed, None, None) == f"Intro\n\n{listing}\n"  # type: ignore[arg-type]
    mkdocs_hooks._generated.clear()


def test_search_page_lists_each_filter_value_with_its_briefs_counted_once() -> None:
    """The search page's filters come from the build's counts, which Pagefind's filters must match."""
    rare = ActorRef("zia-khan", "Zia Khan", "person", unreviewed=True)  # named once: not a filter
    entries = newest_first(
        [
            entry("a", "2024-03-01", ("trade", "trade", "narcotics"), (PAKISTAN, DAR, DAR, rare)),
            entry("b", "2023-01-01", ("trade",), (DAR, PAKISTAN)),
            entry("c", None, ("unlisted",), ()),
            entry("d", "2024-07-01", (), (PAKISTAN,)),
        ]
    )
    entries[0].brief.publication = "Dawn"
    text = render_pages(entries, VOCAB, "Archive")["search/index.md"]
    head = text.split("\n---\n", 1)[0]
    facets = json.loads(re.search(r"^facets: (.*)$", head, re.M).group(1))  # type: ignore[union-attr]
    assert {name: [pair[:2] for pair in values] for name, values in facets.items()} == {
        "topic": [["Trade", 2], ["Narcotics", 1], ["unlisted", 1]],  # a topic not in the vocabulary: its id
        "actor": [["Ishaq Dar", 2]],  # Pakistan: in more than half of the briefs; Zia Khan: unreviewed, once
        "year": [["2024", 2], ["2023", 1], ["undated", 1]],
        "publication": [["Dawn", 1]],
    }
    # Each value names the Pagefind filter holding it, as the brief pages do.
    assert all(key == pagefind_filter(name, value) for name, vs in facets.items() for value, _, key in vs)
    assert {pagefind_filter("actor", f"Actor {i}") for i in range(200)} == {f"actor-{i}" for i in range(16)}
    assert pagefind_filter("year", "2024") == "year"
    assert "template: search.html" in head


def test_only_text_the_article_repeats_word_for_word_is_left_out_of_the_search_index() -> None:
    body = markdown.markdown(
        "## Summary\n\nTalks resumed. The envoy met the minister.\n\n"
        "## Key points\n\n- The envoy met the minister.\n- An editor's own point.\n\n"
        "## Quotes\n\n> “We &amp; they agree,”\n>\n> — Someone\n\n"
        "## Article\n\nTalks resumed.\n\nThe envoy met the minister.\n\n“We &amp; they agree,” she said.\n",
        extensions=["toc"],
    )
    marked = unindex_repeats(body)
    ignored = re.findall(r"<(?:p|li) data-pagefind-ignore>(.*?)</", marked)
    # Two article paragraphs in a row; a key point; a quote, its entity as in the article.
    assert ignored == [
        "Talks resumed. The envoy met the minister.",
        "The envoy met the minister.",
        "“We &amp; they agree,”",
    ]
    assert "<li>An editor's own point.</li>" in marked and "<p>— Someone</p>" in marked
    assert marked.split('<h2 id="article"')[1] == body.split('<h2 id="article"')[1]  # the article itself: indexed
    assert unindex_repeats(body.split('<h2 id="article"')[0]) == body.split('<h2 id="article"')[0]  # no article


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40))
@example("A\u2028B\x85C\x7fD\ufeffE\x00")  # what YAML reads as a line break or will not read raw
def test_a_generated_pages_front_matter_reads_back_as_written(text: str) -> None:
    """Titles are actor names and topic labels, the search page's data every filter value: any text at all."""
    data = {"facets": {"publication": [[text, 1, "publication-0"]]}}
    head = index_pages.front_matter(text, "search.html", data).split("---\n")[1]
    meta = yaml.safe_load(head)
    assert meta["title"] == text and meta["facets"] == data["facets"]

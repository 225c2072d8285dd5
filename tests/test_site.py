"""The built site, end to end: strict build, no broken link, bounded brief pages, JSON-LD, escaping.

The project is copied to a temporary folder (plus one hostile brief) and
built once per session by the `built_site` fixture (tests/conftest.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from site_support import (
    HOSTILE_STEM,
    HOSTILE_TITLE,
    SUB_PATH,
    BuiltSite,
    broken_links,
    build_copy,
    hand_written,
    pagefind_records,
    parse_page,
)

from build_tools.briefs import read_brief, render
from build_tools.model import ActorRef, Brief

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)
MAX_BRIEF_PAGE = 150_000  #: bytes; the seeds' pages are about 30 KB, nearly all of it Material's chrome


def brief_pages(site: BuiltSite) -> dict[str, Path]:
    return {p.stem: site.site / "briefs" / p.stem / "index.html" for p in (site.root / "docs" / "briefs").glob("*.md")}


def test_build_succeeds_strictly(built_site: BuiltSite) -> None:
    assert built_site.code == 0
    assert (built_site.site / "index.html").is_file() and (built_site.site / "404.html").is_file()


def test_no_internal_link_is_broken(built_site: BuiltSite) -> None:
    assert broken_links(built_site.site) == []


def test_every_address_the_issue_promises_exists(built_site: BuiltSite) -> None:
    site = built_site.site
    for path in ("timeline", "topics", "actors"):
        assert (site / path / "index.html").is_file()
    for stem, page in brief_pages(built_site).items():
        brief = read_brief(built_site.root / "docs" / "briefs" / f"{stem}.md")
        assert page.is_file()
        for topic in brief.topics:
            assert (site / "topics" / topic / "index.html").is_file()
        for actor in brief.actors:
            assert (site / "actors" / actor.id / "index.html").is_file()


def test_no_generated_file_leaks_into_the_site(built_site: BuiltSite) -> None:
    assert not list(built_site.site.rglob("*.removed.yml"))
    assert not list(built_site.site.rglob("*.md"))


def test_brief_pages_carry_card_chips_edit_link_and_json_ld(built_site: BuiltSite) -> None:
    for stem, page in brief_pages(built_site).items():
        brief = read_brief(built_site.root / "docs" / "briefs" / f"{stem}.md")
        html = page.read_text(encoding="utf-8")
        assert 'class="brief-card"' in html and html.count(f"edit/main/docs/briefs/{stem}.md") == 1  # one edit link
        source = html[html.index('class="brief-source"') :]
        assert "seeds/" not in source and (brief.source_file or "seeds/") not in source  # never a path as source
        for topic in brief.topics:
            assert f'href="../../topics/{topic}/"' in html
        for actor in brief.actors:
            assert f'href="../../actors/{actor.id}/"' in html
        (payload,) = JSON_LD.findall(html)
        data = json.loads(payload)
        assert data["@type"] == "NewsArticle" and data["headline"] == brief.title
        assert data.get("datePublished") == brief.date
        assert data["url"].endswith(f"{SUB_PATH}briefs/{stem}/")


def test_nav_does_not_list_briefs(built_site: BuiltSite) -> None:
    home = parse_page(built_site.site / "index.html")
    nav_links = [link for link in home.links if "briefs/" in link]
    # Home lists its newest briefs in the text, but no brief appears twice (nav + text).
    assert len(nav_links) == len(set(nav_links))


def test_hostile_text_is_shown_never_run(built_site: BuiltSite) -> None:
    site = built_site.site
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>Bold" not in html, page
    page = (site / "briefs" / HOSTILE_STEM / "index.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", page, re.DOTALL)
    assert title and "&lt;script&gt;" in title.group(1) and "{{ config.site_name }}" in title.group(1)
    # Pagefind keeps the title as the same text (its UI prints it as text), never as parsed markup.
    titles = [r["meta"]["title"] for r in pagefind_records(site) if r["url"].endswith(f"briefs/{HOSTILE_STEM}/")]
    assert titles == [HOSTILE_TITLE]
    (payload,) = JSON_LD.findall(page)
    assert json.loads(payload)["headline"] == HOSTILE_TITLE


def synthetic_briefs(count: int, like: Brief) -> dict[str, str]:
    """`count` briefs sharing the actors and topics of `like` (so each could be related to it)."""
    out = {}
    for i in range(count):
        actors = like.actors + [
            ActorRef(f"synthetic-person-{i % 7}", f"Synthetic Person {i % 7}", "person", unreviewed=True)
        ]
        brief = hand_written(
            f"Synthetic brief number {i:03d}",
            f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "A synthetic brief.",
            actors=actors,
            topics=like.topics,
            text=["Synthetic text."],
        )
        out[f"2024-synthetic-{i:03d}"] = render(brief)
    return out


@pytest.fixture(scope="module")
def grown_site(built_site: BuiltSite, tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The same project with 50 more briefs that share actors and topics with the seeds' briefs."""
    like = read_brief(next(iter(sorted((built_site.root / "docs" / "briefs").glob("2*.md")))))
    return build_copy(tmp_path_factory.mktemp("grown-project"), synthetic_briefs(50, like))


def test_brief_page_size_is_bounded_and_does_not_grow_with_the_archive(
    built_site: BuiltSite, grown_site: BuiltSite
) -> None:
    assert grown_site.code == 0
    small, grown = brief_pages(built_site), brief_pages(grown_site)
    for stem, page in small.items():
        before, after = page.stat().st_size, grown[stem].stat().st_size
        assert before < MAX_BRIEF_PAGE
        # At most a few related briefs change; 50 more briefs in a nav would add well over 10 KB.
        assert after - before < 2_000, (stem, before, after)
        base = "http://localhost" + SUB_PATH + f"briefs/{stem}/"
        targets = {urlsplit(urljoin(base, link)).path for link in parse_page(grown[stem]).links}
        others = {t for t in targets if t.startswith(f"{SUB_PATH}briefs/") and t != urlsplit(base).path}
        assert len(others) <= 5  # the related briefs only: no nav of every brief


def test_home_and_every_topic_page_offer_their_feed(built_site: BuiltSite) -> None:
    """Feed autodiscovery (<link rel="alternate">) and a visible link, on the home page and each topic's page."""
    pages = {built_site.site / "index.html": "feeds/all.xml"}
    for topic in (built_site.site / "topics").iterdir():
        if (topic / "index.html").is_file():
            pages[topic / "index.html"] = f"feeds/{topic.name}.xml"
    assert len(pages) > 2
    for page, feed in pages.items():
        html = page.read_text(encoding="utf-8")
        links = re.findall(r'<link rel="alternate" type="application/atom\+xml" title="[^"]*" href="([^"]+)"', html)
        assert any(link.endswith(feed) for link in links), page
        assert re.search(rf'<a class="archive-feed" href="[^"]*{re.escape(feed)}"', html), page
        assert (built_site.site / feed).is_file()

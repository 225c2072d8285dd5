"""Atom feeds and briefs.json: parseable, absolute links, newest first, hostile text stays text."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from build_tools.archive import read_briefs
from build_tools.model import ActorRef, Brief
from build_tools.pages.feeds import (
    FEED_SIZE,
    FeedError,
    atom_feed,
    briefs_json,
    feed_files,
)
from build_tools.vocab import Topic

ROOT = Path(__file__).resolve().parent.parent
NS = {"a": "http://www.w3.org/2005/Atom"}
SITE = "https://example.github.io/briefing-archive/"
HOSTILE = '</title><script>alert("x")</script> & <![CDATA[ ]]> {{ x }} "q" \x01end'


@dataclass(frozen=True)
class Item:
    stem: str
    brief: Brief


def brief(title: str, date: str | None, topics: list[str], **extra: object) -> Brief:
    record = Brief(
        title=title,
        title_source="headline",
        date=date,
        date_source="byline" if date else None,
        dateline=None,
        publication="The News",
        author=None,
        source_file=None,
        source_sha256=None,
        summary=f"Summary of {title}.",
        actors=[ActorRef("pakistan", "Pakistan", "country")],
        topics=topics,
    )
    for key, value in extra.items():
        setattr(record, key, value)
    return record


@pytest.fixture
def items() -> list[Item]:
    dated = [Item(f"2024-01-{d:02d}-b{d}", brief(f"Brief {d}", f"2024-01-{d:02d}", ["trade"])) for d in range(1, 26)]
    return [
        *dated,
        Item("undated-a", brief("Undated A", None, ["energy"])),
        Item("2023-06-01-hostile", brief(HOSTILE, "2023-06-01", ["energy"], summary=HOSTILE)),
    ]


def parse(xml: str) -> ET.Element:
    return ET.fromstring(xml.encode("utf-8"))


def entries(feed: ET.Element) -> list[ET.Element]:
    return feed.findall("a:entry", NS)


def test_all_feed_is_atom_newest_first_and_bounded(items: list[Item]) -> None:
    feed = parse(atom_feed(items, SITE))
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    found = entries(feed)
    assert len(found) == FEED_SIZE
    dates = [e.findtext("a:published", namespaces=NS) for e in found]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == "2024-01-25T00:00:00Z"
    assert feed.findtext("a:updated", namespaces=NS) == "2024-01-25T00:00:00Z"
    for entry in found:
        for tag in ("a:id", "a:title", "a:updated", "a:summary"):
            assert entry.findtext(tag, namespaces=NS), tag


def test_every_link_is_absolute_under_site_url(items: list[Item]) -> None:
    for topic in (None, "trade", "energy"):
        feed = parse(atom_feed(items, SITE, topic_id=topic))
        hrefs = [link.get("href", "") for link in feed.iter("{http://www.w3.org/2005/Atom}link")]
        ids = [e.text or "" for e in feed.iter("{http://www.w3.org/2005/Atom}id")]
        schemes = [c.get("scheme", "") for c in feed.iter("{http://www.w3.org/2005/Atom}category")]
        assert hrefs and ids
        for url in hrefs + ids + schemes:
            assert url.startswith(SITE), url


def test_topic_feed_holds_only_that_topic_and_undated_briefs_come_last(items: list[Item]) -> None:
    feed = parse(atom_feed(items, SITE, topic_id="energy", title="Energy"))
    urls = [e.find("a:link", NS).get("href") for e in entries(feed)]  # type: ignore[union-attr]
    assert urls == [SITE + "briefs/2023-06-01-hostile/", SITE + "briefs/undated-a/"]
    undated = entries(feed)[1]
    assert undated.find("a:published", NS) is None
    assert feed.find("a:link[@rel='self']", NS).get("href") == SITE + "feeds/energy.xml"  # type: ignore[union-attr]
    assert feed.find("a:link[@rel='alternate']", NS).get("href") == SITE + "topics/energy/"  # type: ignore[union-attr]


def test_hostile_title_is_escaped_text(items: list[Item]) -> None:
    xml = atom_feed(items, SITE, topic_id="energy")
    feed = parse(xml)
    entry = entries(feed)[0]
    expected = HOSTILE.replace("\x01", "")  # a control character cannot exist in XML 1.0
    assert entry.findtext("a:title", namespaces=NS) == expected
    assert entry.findtext("a:summary", namespaces=NS) == expected
    assert not list(feed.iter("script")) and "<script>" not in xml


def test_feeds_are_deterministic(items: list[Item]) -> None:
    assert atom_feed(items, SITE) == atom_feed(list(reversed(items)), SITE)
    assert briefs_json(items, SITE) == briefs_json(list(reversed(items)), SITE)


@pytest.mark.parametrize("url", ["", "example.org", "/briefing-archive/", None])
def test_site_url_must_be_absolute(items: list[Item], url: str | None) -> None:
    with pytest.raises(FeedError, match="site_url"):
        atom_feed(items, url)  # type: ignore[arg-type]


def test_briefs_json_holds_every_brief(items: list[Item]) -> None:
    data = json.loads(briefs_json(items, SITE))
    assert data["count"] == len(items) == len(data["briefs"])
    first = data["briefs"][0]
    assert first["address"] == "2024-01-25-b25" and first["url"] == SITE + "briefs/2024-01-25-b25/"
    assert first["actors"] == [
        {"id": "pakistan", "name": "Pakistan", "type": "country", "role": None, "unreviewed": False}
    ]
    hostile = next(b for b in data["briefs"] if b["address"] == "2023-06-01-hostile")
    assert hostile["title"] == HOSTILE
    assert "body" not in first and "extracted" not in first


def test_feed_files(items: list[Item]) -> None:
    topics = [Topic("trade", "Trade & investment", ""), Topic("kashmir", "Kashmir", "")]
    files = feed_files(items, "https://example.github.io/briefing-archive", topics)
    assert sorted(files) == ["briefs.json", "feeds/all.xml", "feeds/energy.xml", "feeds/kashmir.xml", "feeds/trade.xml"]
    trade = parse(files["feeds/trade.xml"])
    assert trade.findtext("a:title", namespaces=NS).startswith("Trade & investment")  # type: ignore[union-attr]
    assert entries(parse(files["feeds/kashmir.xml"])) == []
    assert json.loads(files["briefs.json"])["count"] == len(items)


def test_feed_files_sort_once_and_give_each_feed_as_atom_feed_does(items: list[Item]) -> None:
    topics = [Topic("trade", "Trade & investment", ""), Topic("energy", "Energy", "")]
    changed = {"undated-a": "2025-02-03T04:05:06Z"}
    shuffled = items[1::2] + items[::2]  # feed_files sorts the briefs once, then takes each feed's newest
    files = feed_files(shuffled, SITE, topics, changed)
    assert files == feed_files(list(reversed(items)), SITE, topics, changed)
    labels = {"trade": "Trade & investment", "energy": "Energy"}
    assert files["feeds/all.xml"] == atom_feed(items, SITE, labels=labels, changed=changed)
    for topic_id in labels:
        alone = parse(atom_feed(items, SITE, topic_id=topic_id, labels=labels, changed=changed))
        topic = parse(files[f"feeds/{topic_id}.xml"])
        assert [ET.tostring(e) for e in entries(topic)] == [ET.tostring(e) for e in entries(alone)] != []
        assert topic.findtext("a:updated", namespaces=NS) == alone.findtext("a:updated", namespaces=NS)


def test_an_undated_brief_is_dated_by_its_last_change_never_1970(items: list[Item]) -> None:
    undated = [i for i in items if not i.brief.date]
    changed = {"undated-a": "2025-02-03T04:05:06Z"}
    feed = parse(atom_feed(undated, SITE, changed=changed))
    [entry] = entries(feed)
    assert entry.findtext("a:updated", namespaces=NS) == "2025-02-03T04:05:06Z"
    assert feed.findtext("a:updated", namespaces=NS) == "2025-02-03T04:05:06Z"
    assert "1970" not in atom_feed(undated, SITE)  # with no record of its change: the time of the build


def test_the_repository_briefs_export() -> None:
    found = read_briefs(ROOT / "docs" / "briefs")
    data = json.loads(briefs_json(found, SITE))
    assert data["count"] == len(list((ROOT / "docs" / "briefs").glob("*.md"))) > 0
    feed = parse(atom_feed(found, SITE))
    assert len(entries(feed)) == min(FEED_SIZE, data["count"])

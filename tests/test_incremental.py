"""Incremental builds (build_tools/speed/incremental.py) write the site a full build from scratch writes.

One project is edited step by step, as editors and contributors change one, in a random order drawn from a
fixed seed: briefs edited, re-filed, added and deleted, a seed article added, the taxonomy, a template
and mkdocs.yml changed. After every step the project is built incrementally, and a copy of it is built
from scratch; the two sites must hold the same files with the same bytes (the search index aside: an
incremental build leaves it to `--search`, tested on its own).
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.utils import get_build_date
from site_support import hand_written, pagefind_records
from test_scale import load_generator

from build_tools import build as build_module
from build_tools import search_index
from build_tools.briefs import read_brief, render
from build_tools.model import ActorRef, Brief
from build_tools.speed import parallel
from build_tools.speed.inputs import LAST_BUILD, build_day

ARTICLES = 40  #: generated seed articles: enough for shared topics, actors and related briefs


def site_files(site: Path) -> dict[str, bytes]:
    """Every file of a site but its search index, by path."""
    found = {}
    for path in sorted(site.rglob("*")):
        relative = path.relative_to(site).as_posix()
        if path.is_file() and not relative.startswith("pagefind/"):
            found[relative] = path.read_bytes()
    return found


def different(one: dict[str, bytes], other: dict[str, bytes]) -> list[str]:
    """The files one site holds and the other does not, or holds with other bytes."""
    return sorted(name for name in set(one) | set(other) if one.get(name) != other.get(name))


def from_scratch(project: Path, where: Path) -> dict[str, bytes]:
    """A copy of `project`'s sources (modification times kept: undated briefs' feed dates come from them),
    built with nothing recorded."""
    if where.exists():
        shutil.rmtree(where)
    shutil.copytree(project, where, ignore=shutil.ignore_patterns("site", "build"))
    assert build_module.build(where, where / "site") == 0
    return site_files(where / "site")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A generated project, built once."""
    monkeypatch.delenv("BRIEFING_PLAIN", raising=False)
    monkeypatch.delenv("BRIEFING_SPEED_OFF", raising=False)
    root = tmp_path / "project"
    load_generator().generate(ARTICLES, root, seed=11)
    assert build_module.build(root, root / "site") == 0
    return root


def briefs_of(root: Path) -> list[Path]:
    return sorted((root / "docs" / "briefs").glob("*.md"))


def rewrite(path: Path, change: Callable[[Brief], Brief]) -> None:
    path.write_text(render(change(read_brief(path))), encoding="utf-8")


# -- the edits ---------------------------------------------------------------------------------------


def edit_summary(root: Path, rng: random.Random) -> str:
    path = rng.choice(briefs_of(root))
    rewrite(path, lambda b: dataclasses.replace(b, summary=f"Corrected by an editor. {b.summary}"))
    return f"summary of {path.name}"


def edit_title(root: Path, rng: random.Random) -> str:
    path = rng.choice(briefs_of(root))
    rewrite(path, lambda b: dataclasses.replace(b, title=f"{b.title}: a corrected headline", title_source="editor"))
    return f"title of {path.name}"


def refile(root: Path, rng: random.Random) -> str:
    path = rng.choice(briefs_of(root))
    topics = ["trade-and-investment", "energy"] if "energy" not in read_brief(path).topics else ["narcotics"]
    rewrite(path, lambda b: dataclasses.replace(b, topics=topics))
    return f"topics of {path.name}"


def redate(root: Path, rng: random.Random) -> str:
    path = rng.choice(briefs_of(root))
    rewrite(path, lambda b: dataclasses.replace(b, date="2016-01-02", date_source="editor"))
    return f"date of {path.name}"


def add_actor(root: Path, rng: random.Random) -> str:
    path = rng.choice(briefs_of(root))
    actor = ActorRef(id="nadia-invented", name="Nadia Invented", type="person", role="Trade Envoy", unreviewed=True)
    rewrite(path, lambda b: dataclasses.replace(b, actors=[*b.actors, actor]))
    return f"actor added to {path.name}"


def add_brief(root: Path, rng: random.Random) -> str:
    number = rng.randrange(10_000)
    brief = hand_written(
        f"Hand-written brief {number} on trade talks",
        f"2024-0{rng.randrange(1, 10)}-1{rng.randrange(10)}",
        "Officials of both countries met to discuss tariffs.",
        topics=["trade-and-investment", "bilateral-relations"],
        text=["Officials met in Washington to discuss tariffs and market access."],
    )
    path = root / "docs" / "briefs" / f"hand-written-{number}.md"
    path.write_text(render(brief), encoding="utf-8")
    return f"added {path.name}"


def delete_brief(root: Path, rng: random.Random) -> str:
    path = rng.choice(briefs_of(root))
    source = read_brief(path).source_file
    path.unlink()
    if source:  # else ingest would write it again from its article
        (root / source).unlink()
    return f"deleted {path.name}"


def add_article(root: Path, rng: random.Random) -> str:
    number = rng.randrange(10_000)
    text = (
        f"Pakistan and US hold energy talks {number}\n\nISLAMABAD, March 3, 2025: Pakistan and the United States held "
        "talks on energy cooperation on Monday, officials said.\n\nThe delegations discussed power plants and "
        "gas supplies, and agreed to meet again.\n"
    )
    (root / "seeds" / f"added_{number}.txt").write_text(text, encoding="utf-8")
    return f"article added_{number}.txt"


def relabel_topic(root: Path, rng: random.Random) -> str:
    path = root / "taxonomy" / "topics.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("label: Trade and investment", f"label: Trade and investment {rng.randrange(100)}", 1),
        encoding="utf-8",
    )
    return "a topic's label"


def edit_template(root: Path, rng: random.Random) -> str:
    path = root / "overrides" / "brief.html"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + f"\n{{# an editor's note {rng.randrange(100)} #}}<!-- note -->\n", encoding="utf-8")
    return "the brief template"


def rename_site(root: Path, rng: random.Random) -> str:
    path = root / "mkdocs.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [
        f"site_name: Briefing archive {rng.randrange(100)}\n" if ln.startswith("site_name:") else ln for ln in lines
    ]
    path.write_text("".join(lines), encoding="utf-8")
    return "the site's name"


BRIEF_EDITS = [edit_summary, edit_title, refile, redate, add_actor, add_brief, delete_brief, add_article]
SHARED_EDITS = [relabel_topic, edit_template, rename_site]


# -- the tests ---------------------------------------------------------------------------------------


def test_after_random_edits_an_incremental_build_writes_what_a_full_build_writes(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(19)
    monkeypatch.setattr(parallel, "PARALLEL_THRESHOLD", 0)  # workers, as at archive scale
    steps = rng.sample(BRIEF_EDITS, len(BRIEF_EDITS)) + SHARED_EDITS
    rng.shuffle(steps)
    done = []
    for step in steps[:9]:
        done.append(step(project, rng))
        if rng.random() < 0.5:  # sometimes two edits before a build
            done.append(rng.choice(BRIEF_EDITS)(project, rng))
        assert build_module.build(project, project / "site") == 0, done
        assert different(site_files(project / "site"), from_scratch(project, tmp_path / "scratch")) == [], done


def test_an_edited_brief_renders_its_own_page_and_the_pages_that_show_it_not_the_others(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = project / "site"
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*.html")}
    path = briefs_of(project)[3]
    rewrite(path, lambda b: dataclasses.replace(b, summary=f"Corrected. {b.summary}"))
    capsys.readouterr()
    assert build_module.build(project, site) == 0
    assert "changed pages" in capsys.readouterr().out
    rewritten = {p.relative_to(site).as_posix() for p, ns in before.items() if p.stat().st_mtime_ns != ns}
    assert f"briefs/{path.stem}/index.html" in rewritten
    assert "about/index.html" not in rewritten  # a page of the nav that shows no brief is not rendered again
    assert len(rewritten) < len(before) / 3, sorted(rewritten)


def test_a_build_with_nothing_changed_does_nothing(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = project / "site"
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    capsys.readouterr()
    assert build_module.build(project, site) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()} == before
    # Anything it reads changed, or any file of the site gone: the build runs.
    (site / "about" / "index.html").unlink()
    assert build_module.build(project, site) == 0
    assert "nothing changed" not in capsys.readouterr().out
    assert (site / "about" / "index.html").is_file()
    os.utime(project / "taxonomy" / "topics.yml")
    assert build_module.build(project, site) == 0
    assert "nothing changed" not in capsys.readouterr().out


def test_the_next_day_the_sitemap_is_dated_again(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # MkDocs dates every page of the sitemap by the build's day: a build on a new day, nothing else changed,
    # writes what a full build that day writes. The day is UTC's (or SOURCE_DATE_EPOCH's), not the local one.
    site = project / "site"
    for epoch, day in ((1767312000, "2026-01-02"), (1767398399, "2026-01-02"), (1767398400, "2026-01-03")):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
        capsys.readouterr()
        assert build_module.build(project, site) == 0
        assert f"<lastmod>{day}</lastmod>" in (site / "sitemap.xml").read_text(encoding="utf-8")
        assert different(site_files(site), from_scratch(project, tmp_path / "scratch")) == [], day
        if epoch == 1767398399:  # the same day, a second before midnight: nothing to do
            assert "nothing changed" in capsys.readouterr().out


def test_the_build_day_is_the_one_mkdocs_dates_the_sitemap_by_wherever_the_machine_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Fourteen hours east and twelve west of Greenwich: at any hour, one of the two local days is not UTC's.
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    try:
        for zone in ("Pacific/Kiritimati", "Etc/GMT+12"):
            monkeypatch.setenv("TZ", zone)
            time.tzset()
            assert build_day() == get_build_date(), zone
    finally:
        monkeypatch.undo()
        time.tzset()
    for epoch in ("0", "1767398399", "1767398400", str(2**32 - 1)):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        assert build_day() == get_build_date(), epoch


def test_a_source_date_that_is_not_a_time_is_one_line_and_nothing_is_written(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site = project / "site"
    before = site_files(site)
    for value in ("yesterday", "-5", "", "4294967296", "1.5e9"):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
        capsys.readouterr()
        assert build_module.build(project, site, full=True) == 1, value
        out = capsys.readouterr()
        lines = [line for line in (out.out + out.err).splitlines() if line.startswith("error:")]
        assert len(lines) == 1 and "SOURCE_DATE_EPOCH" in lines[0] and "Traceback" not in out.err, value
        assert site_files(site) == before


def test_a_failed_build_publishes_nothing_and_the_next_one_catches_up(project: Path, tmp_path: Path) -> None:
    site = project / "site"
    before = site_files(site)
    target, linking = briefs_of(project)[:2]
    text = linking.read_text(encoding="utf-8")
    linking.write_text(text + f"\nSee [the other brief]({target.name}#no-such-part).\n", encoding="utf-8")
    edit_summary(project, random.Random(3))
    assert build_module.build(project, site) == 1  # the anchor is missing: strict fails, as a full build does
    assert site_files(site) == before
    assert not (project / "build" / LAST_BUILD).exists()
    linking.write_text(text + f"\nSee [the other brief]({target.name}).\n", encoding="utf-8")
    assert build_module.build(project, site) == 0
    assert different(site_files(site), from_scratch(project, tmp_path / "scratch")) == []
    # The page it links to goes (with its article): the linking page is rendered again, and fails as a full
    # build fails.
    (project / str(read_brief(target).source_file)).unlink()
    target.unlink()
    assert build_module.build(project, site) == 1


def test_the_search_index_is_made_again_when_asked(project: Path, tmp_path: Path) -> None:
    site = project / "site"
    path = briefs_of(project)[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nA paragraph about zanzibarite.\n", encoding="utf-8")
    assert build_module.build(project, site) == 0
    assert not any("zanzibarite" in r["content"] for r in pagefind_records(site))
    assert build_module.build(project, site, search=True) == 0
    records = pagefind_records(site)
    assert [r["url"] for r in records if "zanzibarite" in r["content"]] == [f"/briefs/{path.stem}/"]
    from_scratch(project, tmp_path / "scratch")
    expected = pagefind_records(tmp_path / "scratch" / "site")
    assert sorted(map(str, records)) == sorted(map(str, expected))
    # Only the index the site uses is left: the old one's files were removed.
    assert different(site_files(site), site_files(tmp_path / "scratch" / "site")) == []
    assert len(list((site / "pagefind").rglob("*"))) == len(
        list((tmp_path / "scratch" / "site" / "pagefind").rglob("*"))
    )


def test_each_site_folder_keeps_its_own_records(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = project / "elsewhere"
    assert build_module.build(project, other) == 0
    assert site_files(other) == site_files(project / "site")
    capsys.readouterr()
    assert build_module.build(project, project / "site") == 0  # the other folder's build changed nothing here
    assert "nothing changed" in capsys.readouterr().out
    assert build_module.build(project, other) == 0
    assert "nothing changed" in capsys.readouterr().out


def test_a_page_taken_from_the_page_memo_is_rendered_whole_when_its_file_is_gone(project: Path, tmp_path: Path) -> None:
    site = project / "site"
    actor_pages = sorted((site / "actors").glob("*/index.html"))
    gone = [actor_pages[0], actor_pages[-1], site / "topics" / "index.html"]
    path = briefs_of(project)[0]  # and an edit, so that the build is not a no-op
    rewrite(path, lambda b: dataclasses.replace(b, summary=f"Corrected. {b.summary}"))
    for page in gone:
        page.unlink()
    assert build_module.build(project, site) == 0
    assert different(site_files(site), from_scratch(project, tmp_path / "scratch")) == []


@pytest.mark.parametrize("damage", ["not json", "groups not a mapping", "titles not text"])
def test_a_damaged_page_memo_makes_the_pages_again(project: Path, tmp_path: Path, damage: str) -> None:
    memo = project / "build" / "page-memo.json"
    data = json.loads(memo.read_text(encoding="utf-8"))
    if damage == "not json":
        memo.write_bytes(b"\x00not json")
    elif damage == "groups not a mapping":
        memo.write_text(json.dumps({**data, "groups": []}), encoding="utf-8")
    else:
        for group in data["groups"].values():
            for fields in group[1].values():
                fields[0] = 7
        memo.write_text(json.dumps(data), encoding="utf-8")
    path = briefs_of(project)[0]
    rewrite(path, lambda b: dataclasses.replace(b, summary=f"Corrected. {b.summary}"))
    assert build_module.build(project, project / "site", full=True) == 0
    assert different(site_files(project / "site"), from_scratch(project, tmp_path / "scratch")) == []


def test_search_remakes_only_the_bundle_of_the_month_an_edit_is_in(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the index in bundles of months (build_tools/search_index.py), `--search` after one brief's edit
    makes that brief's bundle again and leaves the others' files as they were; the index then holds what a
    build from scratch indexes."""
    monkeypatch.setattr(search_index, "SHARD_PAGES", 4)
    site = project / "site"
    assert build_module.build(project, site, full=True) == 0
    bundles = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))["shards"]
    assert len(bundles) >= 3
    before = {b["name"]: os.stat(site / "pagefind" / b["name"] / "pagefind-entry.json").st_ino for b in bundles}
    # A brief no other brief lists among its related ones: an edit to a listed brief changes the pages that
    # list it too (their keys hold its stamp), in whatever bundle they are, and those bundles are remade.
    pages = {page.parent.name: page.read_text(encoding="utf-8") for page in (site / "briefs").glob("*/index.html")}
    path = next(
        p
        for p in briefs_of(project)
        if read_brief(p).date and not any(f"{p.stem}/" in html for stem, html in pages.items() if stem != p.stem)
    )
    month = str(read_brief(path).date)[:7]
    path.write_text(path.read_text(encoding="utf-8") + "\nA paragraph about zanzibarite.\n", encoding="utf-8")
    assert build_module.build(project, site, search=True) == 0
    after = {b["name"]: os.stat(site / "pagefind" / b["name"] / "pagefind-entry.json").st_ino for b in bundles}
    remade = [name for name in before if before[name] != after[name]]
    assert len(remade) == 1
    bundle = next(b for b in bundles if b["name"] == remade[0])
    first, last = bundle["name"].split("_")[0], bundle["name"].split("_")[-1]
    assert first <= month <= last
    records = pagefind_records(site)
    assert [r["url"] for r in records if "zanzibarite" in r["content"]] == [f"/briefs/{path.stem}/"]
    from_scratch(project, tmp_path / "scratch")
    assert sorted(map(str, records)) == sorted(map(str, pagefind_records(tmp_path / "scratch" / "site")))

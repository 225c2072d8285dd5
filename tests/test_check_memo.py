"""The build's remembering check (build_tools/speed/check_memo.py) finds what a full `briefing check` finds.

A generated project is changed step by step the ways that change findings (a brief broken and mended, an
article edited or deleted, two briefs made from one article, the taxonomy losing a topic); after every
step the remembering check, run twice, must report exactly what the plain check reports.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from test_scale import ingested_project

from build_tools.check import check
from build_tools.speed import archive_memo
from build_tools.speed.check_memo import MEMO


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return ingested_project(tmp_path / "project", 25, 4)


def briefs(root: Path) -> list[Path]:
    return sorted((root / "docs" / "briefs").glob("*.md"))


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def bad_date(root: Path, rng: random.Random) -> None:
    path = rng.choice([p for p in briefs(root) if '\ndate: "' in p.read_text(encoding="utf-8")])
    text = path.read_text(encoding="utf-8")
    start = text.index('\ndate: "') + 8
    path.write_text(text[:start] + "2023-02-30" + text[start + 10 :], encoding="utf-8")


def unknown_topic(root: Path, rng: random.Random) -> None:
    path = rng.choice(briefs(root))
    replace_in(path, "\ntopics:\n", "\ntopics:\n- no-such-topic\n")


def broken_yaml(root: Path, rng: random.Random) -> None:
    replace_in(rng.choice(briefs(root)), "\ntitle: ", "\ntitle: [unclosed ")


def edited_article(root: Path, rng: random.Random) -> None:
    path = rng.choice(sorted((root / "seeds").glob("*.txt")))
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")


def deleted_article(root: Path, rng: random.Random) -> None:
    rng.choice(sorted((root / "seeds").glob("*.txt"))).unlink()


def twin_brief(root: Path, rng: random.Random) -> None:
    path = rng.choice(briefs(root))
    shutil.copy(path, path.with_name(f"copy-of-{path.name}"))


def taxonomy_loses_a_topic(root: Path, rng: random.Random) -> None:
    path = root / "taxonomy" / "topics.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("\n- id: energy\n")
    end = text.index("\n- id: ", start + 1)
    path.write_text(text[:start] + text[end:], encoding="utf-8")


def mended(root: Path, rng: random.Random) -> None:
    for path in briefs(root):
        text = path.read_text(encoding="utf-8")
        text = text.replace("\ntitle: [unclosed ", "\ntitle: ").replace("\n- no-such-topic\n", "\n")
        path.write_text(text.replace('date: "2023-02-30"', 'date: "2023-02-28"'), encoding="utf-8")


EDITS: list[Callable[[Path, random.Random], None]] = [
    bad_date,
    unknown_topic,
    broken_yaml,
    edited_article,
    deleted_article,
    twin_brief,
    taxonomy_loses_a_topic,
    mended,
]


def test_remembered_findings_are_the_findings_of_a_full_check(project: Path) -> None:
    rng = random.Random(8)
    assert check(project, remember=True) == check(project)
    assert (project / MEMO).is_file()
    for edit in rng.sample(EDITS, len(EDITS)):
        edit(project, rng)
        plain = check(project)
        assert check(project, remember=True) == plain, edit.__name__
        assert check(project, remember=True) == plain, edit.__name__  # the second time from the memo


def test_an_unchanged_brief_is_not_read_again(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    check(project, remember=True)
    edited = briefs(project)[0]
    replace_in(edited, "\ntopics:\n", "\ntopics:\n- no-such-topic\n")
    read: list[str] = []
    from build_tools import check as check_module

    original = check_module.check_brief
    monkeypatch.setattr(check_module, "check_brief", lambda path, *a: read.append(path.name) or original(path, *a))
    found = check(project, remember=True)
    assert read == [edited.name]
    assert any(p.path.endswith(edited.name) and "no-such-topic" in p.message for p in found)


def test_a_large_archive_memo_is_written_again_only_once_enough_of_it_is_out_of_date(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_memo, "LARGE", 0)  # this archive of 25 counts as large (both memos follow it)
    monkeypatch.setattr(archive_memo, "STALE", 2)
    check(project, remember=True)
    written = (project / MEMO).read_bytes()
    for step, path in enumerate(briefs(project)[:3]):
        replace_in(path, "\nsummary: ", f"\nsummary: Corrected {step}. ")
        bad_date(project, random.Random(step))  # and a finding that changes
        assert check(project, remember=True) == check(project), step
        if step == 0:
            assert (project / MEMO).read_bytes() == written  # two briefs checked again: kept as it was
    assert (project / MEMO).read_bytes() != written  # more than two out of date: written

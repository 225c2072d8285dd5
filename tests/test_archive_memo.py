"""The build's archive memo (build_tools/speed/archive_memo.py) gives the archive reading every file gives."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from test_scale import ingested_project

from build_tools.archive import load_archive
from build_tools.speed import archive_memo
from build_tools.speed.archive_memo import MEMO


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return ingested_project(tmp_path / "project", 20, 9)


def test_remembered_briefs_are_the_briefs_the_files_hold(project: Path) -> None:
    rng = random.Random(2)
    folder = project / "docs" / "briefs"
    assert load_archive(project, remember=True).entries == load_archive(project).entries
    for step in range(6):
        paths = sorted(folder.glob("*.md"))
        path = rng.choice(paths)
        text = path.read_text(encoding="utf-8")
        if step % 3 == 0:
            path.write_text(text.replace("\nsummary: ", "\nsummary: Corrected. ", 1), encoding="utf-8")
        elif step % 3 == 1:
            path.unlink()
        else:
            (folder / f"copy-{step}-{path.name}").write_text(text.replace("source_file: ", "source_file: x"))
        remembered = load_archive(project, remember=True).entries
        assert remembered == load_archive(project).entries, step
        assert load_archive(project, remember=True).entries == remembered, step  # now from the memo


def test_a_damaged_memo_is_read_past(project: Path) -> None:
    expected = load_archive(project).entries
    load_archive(project, remember=True)
    (project / MEMO).write_bytes(b"\x00not a memo")
    assert load_archive(project, remember=True).entries == expected


def test_an_edited_brief_is_read_again(project: Path) -> None:
    load_archive(project, remember=True)
    path = sorted((project / "docs" / "briefs").glob("*.md"))[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nsummary: ", "\nsummary: Corrected. ", 1), encoding="utf-8")
    entry = next(e for e in load_archive(project, remember=True).entries if e.stem == path.stem)
    assert entry.brief.summary.startswith("Corrected.")


def test_a_large_archive_memo_is_written_again_only_once_enough_of_it_is_out_of_date(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_memo, "LARGE", 0)  # this archive of 20 counts as large
    monkeypatch.setattr(archive_memo, "STALE", 2)
    load_archive(project, remember=True)
    written = (project / MEMO).read_bytes()
    paths = sorted((project / "docs" / "briefs").glob("*.md"))
    for step, path in enumerate(paths[:3]):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\nsummary: ", f"\nsummary: Corrected {step}. ", 1), encoding="utf-8")
        assert load_archive(project, remember=True).entries == load_archive(project).entries, step
        assert ((project / MEMO).read_bytes() == written) == (step < 2), step  # two stale kept, a third writes

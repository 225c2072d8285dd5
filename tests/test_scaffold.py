"""`briefing new`: a hand-written brief that passes the check, is never overwritten and never re-ingested."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from build_tools.briefs import edited_fields, read_brief
from build_tools.check import check
from build_tools.ingest import ingest
from build_tools.scaffold import ScaffoldError, new_brief
from build_tools.slugs import slugify


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "build_tools", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def errors(root: Path) -> list[str]:
    return [str(p) for p in check(root) if p.level == "error"]


def fill_in(path: Path) -> None:
    """Write the summary and the article over the scaffold's guidance, as the editor does."""
    text = path.read_text(encoding="utf-8").replace('summary: ""', "summary: Envoys met and agreed to talk again.")
    path.write_text(re.sub(r"<!--.*?-->", "The envoys met in Washington.", text, flags=re.S), encoding="utf-8")


def test_scaffold_is_a_valid_hand_written_brief(project: Path) -> None:
    ingest([project / "seeds"], project / "docs" / "briefs", project, workers=1)
    path = new_brief(project, "Pakistan and US sign a trade framework", "2025-06-01")
    assert path.parent == project / "docs" / "briefs"
    assert path.name == f"2025-06-01-{slugify('Pakistan and US sign a trade framework')}.md"
    brief = read_brief(path)
    assert (brief.title, brief.title_source) == ("Pakistan and US sign a trade framework", "editor")
    assert (brief.date, brief.date_source) == ("2025-06-01", "editor")
    assert brief.source_file is None and brief.source_sha256 is None
    assert brief.extracted == {}
    # With no record, every field that holds anything counts as the editor's own: no merge could replace it.
    assert {"title", "date", "actors", "topics", "body"} <= edited_fields(brief)
    # Its guidance is a comment that would show on the page, and it has no summary: it fails the check
    # until the editor fills it in, so an empty scaffold is never published.
    own = [p for p in check(project) if p.path.endswith(path.name)]
    assert sorted((p.level, p.message.split(";")[0]) for p in own) == [
        ("error", "an HTML comment is shown on the page as text"),
        ("error", "summary is empty"),
    ]
    fill_in(path)
    assert errors(project) == []


def test_undated_scaffold(tmp_path: Path) -> None:
    path = new_brief(tmp_path, "A statement with no date")
    assert path.name.startswith("undated-")
    brief = read_brief(path)
    assert brief.date is None and brief.date_source is None


def test_refuses_to_overwrite_an_existing_brief(tmp_path: Path) -> None:
    path = new_brief(tmp_path, "Talks resume", "2024-01-02")
    path.write_text(path.read_text(encoding="utf-8") + "\nAn editor's text.\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ScaffoldError, match="already exists"):
        new_brief(tmp_path, "Talks resume", "2024-01-02")
    with pytest.raises(ScaffoldError, match="already exists"):
        new_brief(tmp_path, "TALKS RESUME!", "2024-01-02")  # same address
    assert path.read_bytes() == before


def test_refuses_a_name_differing_only_in_case(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "briefs"
    folder.mkdir(parents=True)
    (folder / "2024-01-02-Talks-Resume.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    with pytest.raises(ScaffoldError, match="already exists"):
        new_brief(tmp_path, "Talks resume", "2024-01-02")


@pytest.mark.parametrize("date", ["2024-02-30", "2024-13-01", "02/01/2024", "2024-1-2", "yesterday"])
def test_bad_dates_are_refused(tmp_path: Path, date: str) -> None:
    with pytest.raises(ScaffoldError, match="date"):
        new_brief(tmp_path, "Talks", date)
    assert not (tmp_path / "docs").exists()


@pytest.mark.parametrize("title", ["", "   ", "!!! ???", "…"])
def test_titles_without_letters_are_refused(tmp_path: Path, title: str) -> None:
    with pytest.raises(ScaffoldError):
        new_brief(tmp_path, title)


def test_hostile_title_stays_inside_and_round_trips(tmp_path: Path) -> None:
    title = '../../etc/passwd: <script>alert("x")</script> {{ x }} & #1 [link](javascript:y)'
    path = new_brief(tmp_path, title, "2024-03-04")
    assert path.resolve().parent == (tmp_path / "docs" / "briefs").resolve()
    assert read_brief(path).title == title
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [path.name]


def test_ingest_never_touches_a_hand_written_brief(project: Path) -> None:
    path = new_brief(project, "Hand-written brief", "2024-05-06")
    before = path.read_bytes()
    ingest([project / "seeds"], project / "docs" / "briefs", project, workers=1, force=True)
    assert path.read_bytes() == before


def test_cli_new_then_check(project: Path) -> None:
    ingest([project / "seeds"], project / "docs" / "briefs", project, workers=1)
    result = run_cli(project, "new", "Envoys meet in Washington", "--date", "2024-07-08")
    assert result.returncode == 0, result.stderr
    assert "docs/briefs/2024-07-08-envoys-meet-in-washington.md" in result.stdout
    unfilled = run_cli(project, "check")
    assert unfilled.returncode == 1 and "an HTML comment is shown on the page" in unfilled.stdout
    fill_in(project / "docs/briefs/2024-07-08-envoys-meet-in-washington.md")
    check_result = run_cli(project, "check")
    assert check_result.returncode == 0, check_result.stdout
    again = run_cli(project, "new", "Envoys meet in Washington", "--date", "2024-07-08")
    bad = run_cli(project, "new", "Envoys", "--date", "2024-02-31")
    for failed in (again, bad):
        assert failed.returncode == 1
        assert "Traceback" not in failed.stdout + failed.stderr
        assert len(failed.stderr.strip().splitlines()) == 1

"""The `briefing` command, run in this process (`cli.main`): check only what is named, a build that will not
publish while check finds errors, and what a contributor is told."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_support import copy_project

from build_tools import cli
from build_tools.briefs import read_brief, render


def run(
    project: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    """`briefing ARGS` in `project`: (exit code, stdout, stderr)."""
    monkeypatch.chdir(project)
    code = cli.main(list(args))
    out, err = capfd.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The project's sources with its five briefs (which pass the check)."""
    return copy_project(tmp_path / "project")


def briefs(project: Path) -> list[Path]:
    return sorted((project / "docs" / "briefs").glob("*.md"))


def break_topic(path: Path, topic: str = "no-such-topic") -> None:
    brief = read_brief(path)
    brief.topics = [*brief.topics, topic]
    path.write_text(render(brief), encoding="utf-8")


def test_check_with_paths_checks_only_those(
    project: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    first, second = briefs(project)[:2]
    break_topic(second)
    code, out, _ = run(project, monkeypatch, capfd, "check", f"docs/briefs/{first.name}")
    assert code == 0 and out.strip().endswith("check: 1 brief(s), 0 error(s), " + out.strip().split(", ")[-1])
    assert second.name not in out
    code, out, _ = run(project, monkeypatch, capfd, "check", f"docs/briefs/{second.name}")
    assert code == 1 and f"docs/briefs/{second.name}" in out and "unknown topic 'no-such-topic'" in out


def test_check_of_one_brief_still_sees_a_clash_with_another(
    project: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    first = briefs(project)[0]
    twin = first.with_name("2099-01-01-a-copy.md")
    twin.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")  # the same article's brief, twice
    code, out, _ = run(project, monkeypatch, capfd, "check", f"docs/briefs/{twin.name}")
    assert code == 1 and "already has a brief" in out and twin.name in out


def test_check_refuses_a_path_that_is_no_brief_or_article(
    project: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(project, monkeypatch, capfd, "check", "mkdocs.yml", "docs/briefs/nope.md")
    assert code == 1
    assert "mkdocs.yml: error: not a brief or an article" in out
    assert "docs/briefs/nope.md: error: no such file" in out


def test_build_publishes_nothing_while_check_finds_an_error(
    project: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    bad = briefs(project)[0]
    break_topic(bad)
    code, out, err = run(project, monkeypatch, capfd, "build")
    assert code == 1
    [line] = [line for line in err.splitlines() if ": error: " in line]
    assert line.startswith(f"docs/briefs/{bad.name}:") and "unknown topic 'no-such-topic'" in line
    assert not (project / "site").exists()
    assert "Traceback" not in out + err


def test_warnings_do_not_stop_the_build(
    project: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(project, monkeypatch, capfd, "build")
    assert code == 0, err
    assert "warning(s); `briefing check` lists them" in out  # the seeds name unreviewed actors
    assert (project / "site" / "index.html").is_file()


def test_a_build_with_the_placeholder_address_says_so_in_one_line(
    project: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("BRIEFING_SITE_URL", raising=False)
    code, _, err = run(project, monkeypatch, capfd, "build")
    assert code == 0
    assert [line for line in err.splitlines() if "placeholder" in line] == [
        "note: site_url is the placeholder https://example.github.io/briefing-archive/; "
        "set BRIEFING_SITE_URL (see README) to publish"
    ]
    monkeypatch.setenv("BRIEFING_SITE_URL", "https://archive.example.org/")
    code, _, err = run(project, monkeypatch, capfd, "build")
    assert code == 0 and "placeholder" not in err
    assert "https://archive.example.org/briefs/" in (project / "site" / "feeds" / "all.xml").read_text(encoding="utf-8")


def test_the_hand_written_example_in_contributing_passes_the_check(
    project: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    guide = (Path(__file__).resolve().parent.parent / "CONTRIBUTING.md").read_text(encoding="utf-8")
    example = guide.split("```markdown\n", 1)[1].split("\n```\n", 1)[0] + "\n"
    path = project / "docs" / "briefs" / "2025-06-01-pakistan-and-us-sign-a-trade-framework.md"
    path.write_text(example, encoding="utf-8")
    code, out, _ = run(project, monkeypatch, capfd, "check", f"docs/briefs/{path.name}")
    assert code == 0, out
    brief = read_brief(path)
    assert [(q.speaker_id, bool(q.text)) for q in brief.quotes] == [("jam-kamal-khan", True), (None, True)]
    assert brief.source_url and brief.kind == "press-release"

"""The speed shortcuts (build_tools/speed/) against the reference, plain `mkdocs build`: the same bytes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from site_support import BuiltSite

from build_tools import build as build_module
from build_tools.speed import parallel


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def plain_mkdocs(project: Path, out: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    argv = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-q",
        "-f",
        str(project / "mkdocs.yml"),
        "-d",
        str(out),
    ]
    return subprocess.run(argv, cwd=project, env=env, capture_output=True, text=True, check=False)


def test_the_fast_build_writes_what_plain_mkdocs_build_writes(
    built_site: BuiltSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference, fast = tmp_path / "mkdocs", tmp_path / "fast"
    done = plain_mkdocs(built_site.root, reference)
    assert done.returncode == 0, done.stderr
    # Fork workers even for this small site, so the parallel path is the one compared.
    monkeypatch.setattr(parallel, "PARALLEL_THRESHOLD", 0)
    monkeypatch.delenv("BRIEFING_PLAIN", raising=False)
    assert build_module.run_mkdocs(built_site.root, fast, strict=True) == 0
    assert site_files(fast) == site_files(reference)


def test_the_plain_switch_gives_the_same_site(
    built_site: BuiltSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast, plain = tmp_path / "fast", tmp_path / "plain"
    assert build_module.run_mkdocs(built_site.root, fast, strict=True) == 0
    monkeypatch.setenv("BRIEFING_PLAIN", "1")
    assert build_module.run_mkdocs(built_site.root, plain, strict=True) == 0
    assert site_files(fast) == site_files(plain)


def test_the_fast_build_fails_on_a_broken_link_in_any_page(
    built_site: BuiltSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "project"
    shutil.copytree(built_site.root, project, ignore=shutil.ignore_patterns("site", "build"))
    brief = sorted((project / "docs" / "briefs").glob("2*.md"))[-1]
    brief.write_text(brief.read_text(encoding="utf-8") + "\n[x](../topics/index.md#no-such-anchor)\n", encoding="utf-8")
    monkeypatch.setattr(parallel, "PARALLEL_THRESHOLD", 0)
    assert build_module.run_mkdocs(project, tmp_path / "out", strict=True) == 1
    err = capsys.readouterr().err
    assert "no-such-anchor" in err and "strict mode" in err

"""Crash safety: ingest killed at any moment leaves every brief as it was or as it should be, never truncated."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_support import make_project, output, run_cli

from build_tools.briefs import BriefError, read_brief

ARTICLES = 240
SENTENCES = [
    "Pakistan and the United States agreed to widen cooperation on trade and energy, officials said.",
    "The foreign minister told reporters that the talks had been frank and constructive.",
    "Washington announced a new package of assistance for flood reconstruction in Sindh.",
    "The delegations discussed counter-terrorism, border security and the situation in Afghanistan.",
    "Business leaders in Karachi welcomed the decision to reopen visa processing in the city.",
    "A joint statement said both sides would meet again before the end of the year.",
    "The ambassador said investment in clean energy would create thousands of jobs.",
    "Officials declined to give details of the security arrangements discussed at the meeting.",
]


def write_articles(raw: Path, version: int) -> None:
    """ARTICLES distinct articles; each version changes every article's text."""
    rng = random.Random(version)
    for i in range(ARTICLES):
        body = " ".join(rng.sample(SENTENCES, 5))
        (raw / f"a{i:03d}.txt").write_text(
            f"Talks round {i} in Islamabad\n\nISLAMABAD: Round {i}, version {version}. {body}\n", encoding="utf-8"
        )


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], dict[str, bytes], float]:
    """A project whose briefs hold version 1 while its articles hold version 2, plus both expected outputs."""
    project = make_project(tmp_path_factory.mktemp("crash"))
    raw = project / "raw"
    raw.mkdir()
    write_articles(raw, 1)
    first = run_cli(project, "ingest", "raw", "--out", "out", "--jobs", "1")
    assert first.returncode == 0, output(first)
    old = snapshot(project / "out")
    write_articles(raw, 2)
    for extra in range(20):  # new articles too: their briefs must appear whole or not at all
        (raw / f"new{extra:02d}.txt").write_text(f"New talks {extra}\n\nISLAMABAD: {SENTENCES[extra % 8]}\n")
    reference = project.parent / "reference"
    shutil.copytree(project, reference)
    started = time.perf_counter()
    done = run_cli(reference, "ingest", "raw", "--out", "out", "--jobs", "1")
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, output(done)
    return project, old, snapshot(reference / "out"), elapsed


def unlinked(data: bytes | None) -> bytes | None:
    """A brief without its `duplicates` list: links to near-duplicates are added in a last
    step, so a run killed before it leaves whole briefs not yet linked (the next run links them)."""
    if data is None:
        return None
    return re.sub(rb"\nduplicates:\n(?:- [^\n]*\n)+", b"\n", data)


def check_invariant(out: Path, old: dict[str, bytes], new: dict[str, bytes]) -> None:
    """Every brief is the old bytes, the new bytes (links aside), or absent (new ones); every *.md parses."""
    for path in sorted(out.glob("*.md")):
        data = unlinked(path.read_bytes())
        expected = (unlinked(old.get(path.name)), unlinked(new.get(path.name)))
        assert data in expected, f"{path.name} is neither old nor new"
        try:
            read_brief(path)
        except BriefError as err:  # pragma: no cover - the assertion above already failed
            raise AssertionError(f"{path.name} does not parse: {err}") from None
    for name in old:
        assert (out / name).exists(), f"{name} disappeared"
    stray = [p.name for p in out.iterdir() if p.name not in old and p.name not in new]
    assert all(not name.endswith((".md", ".yml")) for name in stray), stray


def kill_after(project: Path, delay: float, when_changed: dict[str, bytes] | None = None) -> int:
    """Start ingest, SIGKILL it after `delay` seconds (or as soon as one brief differs from `when_changed`)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "build_tools", "ingest", "raw", "--out", "out", "--jobs", "1"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + delay
    out = project / "out"
    while time.monotonic() < deadline and process.poll() is None:
        if when_changed is not None and any(
            p.name not in when_changed or p.read_bytes() != when_changed[p.name] for p in out.glob("*.md")
        ):
            break
        time.sleep(0.005)
    if process.poll() is None:  # it may have finished first; that is a valid moment too
        os.kill(process.pid, signal.SIGKILL)
    return process.wait()


def test_sigkill_at_several_moments_leaves_only_whole_briefs(
    states: tuple[Path, dict[str, bytes], dict[str, bytes], float],
) -> None:
    project, old, new, elapsed = states
    out = project / "out"
    # Fractions of a full run: start-up, extraction, and the writing that comes last.
    for fraction in (0.15, 0.5, 0.8, 0.9, 0.95, 0.98):
        kill_after(project, elapsed * fraction)
        check_invariant(out, old, new)
    # And once as soon as the first brief changes: certainly in the middle of writing.
    reset = project / "out"
    shutil.rmtree(reset)
    reset.mkdir()
    for name, data in old.items():
        (reset / name).write_bytes(data)
    code = kill_after(project, elapsed * 3, when_changed=old)
    assert code == -signal.SIGKILL
    check_invariant(out, old, new)
    now = snapshot(out)
    changed = [name for name in old if now[name] != old[name]]
    assert 0 < len(changed) < len(old), "the kill should land while briefs are being written"
    # A later run finishes the job: exactly the uninterrupted result, temporary files aside.
    result = run_cli(project, "ingest", "raw", "--out", "out", "--jobs", "1")
    assert result.returncode == 0 and "Traceback" not in output(result), output(result)
    final = {name: data for name, data in snapshot(out).items() if not name.startswith(".")}
    assert final == {name: data for name, data in new.items() if not name.startswith(".")}

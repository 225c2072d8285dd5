"""Preview and incremental-build benchmark (issue: an edit shows in seconds, not a full rebuild).

Usage: python benchmarks/bench_preview.py [N ...] [--baseline COMMIT] [--workdir DIR] [--edits K]
(default N: 2000 10000; baseline 0dc294a)

For each N, on this machine, in one run:
- a full fresh `briefing build` (raw articles to a searchable site, nothing recorded) of the same
  generated archive by this checkout and by the baseline commit, one after the other, and their ratio
  (this machine's speed varies from run to run: only a same-run ratio means anything);
- `briefing build` with nothing changed, and after one brief's summary was edited (K edits, median
  and worst), with the peak memory of the build's processes;
- `briefing serve`: from saving an edited brief (its title) until the brief's page, its first topic's
  page and the home page all show it (K edits, median and worst), and the preview's peak memory.
The table goes to benchmarks/results/preview.md and stdout. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
from io import BytesIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_scale import Result, _descendants, _pss_kb, _tree_peak, machine, run, table  # noqa: E402
from generate import generate  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "preview.md"
TITLE_MARK = "Quokka"


def baseline_checkout(commit: str, dest: Path) -> Path:
    """The baseline commit's files (git archive: no worktree left behind)."""
    data = subprocess.run(["git", "archive", commit], cwd=ROOT, capture_output=True, check=True).stdout
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=BytesIO(data)) as archive:
        archive.extractall(dest, filter="data")
    return dest


def briefing(code: Path) -> list[str]:
    return [
        sys.executable,
        "-c",
        f"import sys; sys.path.insert(0, {str(code)!r}); from build_tools.cli import main; sys.exit(main())",
    ]


def fresh_builds(n: int, work: Path, baseline: Path, result: Result) -> None:
    """The same archive built from its raw articles by the baseline and by this checkout."""
    ours, theirs = work / "ours", work / "baseline"
    generate(n, ours)
    subprocess.run([sys.executable, str(baseline / "benchmarks" / "generate.py"), str(n), str(theirs)], check=True)
    seconds_theirs, _ = run([*briefing(baseline), "build"], theirs, code=baseline)
    seconds_ours, out = run([*briefing(ROOT), "build"], ours, sample_memory=True)
    result.add("full fresh build, baseline", f"{seconds_theirs:.1f} s")
    result.add("full fresh build, this checkout", f"{seconds_ours:.1f} s ({out.strip().splitlines()[-1]})")
    result.add("ratio (this / baseline)", f"{seconds_ours / seconds_theirs:.2f}")
    result.add("peak memory of the full build (PSS, all processes)", f"{_tree_peak[0] / 1024:.0f} MB")


def edit_summary(project: Path, index: int) -> Path:
    path = sorted((project / "docs" / "briefs").glob("*.md"))[index]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nsummary: ", f"\nsummary: Edit {index}. ", 1), encoding="utf-8")
    return path


def builds_after_edits(n: int, project: Path, edits: int, result: Result) -> None:
    _tree_peak[0] = 0
    seconds, out = run([*briefing(ROOT), "build"], project, sample_memory=True)
    assert "nothing changed" in out, out
    result.add("`briefing build`, nothing changed", f"{seconds:.2f} s")
    times = []
    for i in range(edits):
        edit_summary(project, (i * 7919) % n)
        seconds, out = run([*briefing(ROOT), "build"], project, sample_memory=True)
        times.append(seconds)
    result.add(
        f"`briefing build` after one brief edited ({edits} edits)",
        f"median {statistics.median(times):.1f} s, worst {max(times):.1f} s",
    )
    result.add("peak memory of those builds (PSS, all processes)", f"{_tree_peak[0] / 1024:.0f} MB")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _shows(url: str, text: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return text in response.read().decode("utf-8")
    except OSError:
        return False


def preview_edits(n: int, project: Path, edits: int, result: Result) -> None:
    """Edit a brief's title while `briefing serve` runs; time until its page, topic page and home show it."""
    port = _free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    with tempfile.TemporaryFile("w+") as log:
        proc = subprocess.Popen(
            [*briefing(ROOT), "serve", "--address", f"127.0.0.1:{port}"], cwd=project, env=env, stdout=log, stderr=log
        )
        base = f"http://127.0.0.1:{port}/briefing-archive/"
        started = time.monotonic()
        start_peak = 0
        while not _shows(base, "</html>"):
            if proc.poll() is not None or time.monotonic() - started > 1800:
                log.seek(0)
                sys.exit(f"error: the preview did not start:\n{log.read()[-3000:]}")
            start_peak = max(start_peak, sum(_pss_kb(pid) for pid in _descendants(proc.pid)))
            time.sleep(0.1)
        result.add("`briefing serve`: start until the home page answers", f"{time.monotonic() - started:.1f} s")
        peak = 0
        times = []
        mark = f"{TITLE_MARK}{time.time_ns() % 10**9}"  # new to this run (an archive may be edited again)
        # The newest briefs are on the home page; edit those (one at a time, each waited for).
        newest = sorted((project / "docs" / "briefs").glob("2*.md"))[-edits:]
        for i, path in enumerate(newest):
            time.sleep(1.0)  # let the previous edit's background search start, as it would while someone types
            text = path.read_text(encoding="utf-8")
            start = text.index("\ntitle: ") + 8
            end = text.index("\n", start)
            title = f"{mark} {i} {text[start:end].strip(chr(34))}"
            topic = text.split("\ntopics:\n- ", 1)[1].split("\n", 1)[0]
            pages = [f"briefs/{path.stem}/", f"topics/{topic}/", ""]
            saved = time.monotonic()
            path.write_text(text[:start] + f'"{title}"' + text[end:], encoding="utf-8")
            waiting = list(pages)
            while waiting:
                peak = max(peak, sum(_pss_kb(pid) for pid in _descendants(proc.pid)))
                waiting = [page for page in waiting if not _shows(base + page, f"{mark} {i} ")]
                if time.monotonic() - saved > 600:
                    sys.exit("error: an edit never showed in the preview")
            times.append(time.monotonic() - saved)
        # The search index catches up in the background after the last edit: its memory counts too.
        settle = time.monotonic()
        while time.monotonic() - settle < 30 and "search index up to date" not in _read(log):
            peak = max(peak, sum(_pss_kb(pid) for pid in _descendants(proc.pid)))
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    result.add(
        f"`briefing serve`: edit until brief, topic and home pages show it ({edits} edits)",
        f"median {statistics.median(times):.2f} s, worst {max(times):.2f} s",
    )
    result.add("peak memory of the preview starting (PSS, all processes)", f"{start_peak / 1024:.0f} MB")
    result.add("peak memory of the preview while editing (PSS, all processes)", f"{peak / 1024:.0f} MB")


def _read(log: Any) -> str:
    """What the preview has written so far. pread leaves the file's offset alone: the preview shares it
    (the same open file), and a seek here would make its next line overwrite the start of the log."""
    fd = log.fileno()
    return os.pread(fd, os.fstat(fd).st_size, 0).decode("utf-8", "replace")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[2000, 10000])
    parser.add_argument("--baseline", default="0dc294a")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory(dir=args.workdir) as scratch:
        baseline = baseline_checkout(args.baseline, Path(scratch) / "baseline-code")
        for n in args.sizes:
            print(f"N = {n}", flush=True)
            result = Result(n)
            work = Path(scratch) / f"n{n}"
            fresh_builds(n, work, baseline, result)
            builds_after_edits(n, work / "ours", args.edits, result)
            preview_edits(n, work / "ours", args.edits, result)
            results.append(result)
    text = f"# Preview and incremental builds\n\n{machine()}; baseline {args.baseline}\n\n{table(results)}\n"
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

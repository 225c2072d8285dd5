"""What each speed shortcut (build_tools/speed/) buys: the MkDocs step's CPU time without each one.

Usage: python benchmarks/bench_speed.py [N] [ROUNDS] [--workdir DIR]   (defaults: 1000 briefs, 3 rounds)

Generates N articles (benchmarks/generate.py), ingests them once, then builds the site again and again
with MkDocs' step timed as the CPU time (user + system) of the process that runs it and every process it
forks: with all shortcuts, with each one turned off in turn (BRIEFING_SPEED_OFF), and with none
(BRIEFING_PLAIN=1). Configurations are interleaved round by round, so that a slower spell of this shared
machine falls on all of them. The gain of a shortcut is the CPU its absence costs, as a share of the
build with every shortcut. `parallel` is measured in wall time (it spreads the same work over the cores).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate  # noqa: E402

SHORTCUTS = ("inline", "markdown", "partials", "cache")
BUILD = (
    "import sys; from pathlib import Path; from build_tools.build import run_mkdocs; "
    "sys.exit(run_mkdocs(Path(sys.argv[1]), Path(sys.argv[2]), strict=True))"
)


def run(project: Path, env_extra: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one MkDocs build of `project`, in a fresh child process."""
    out = project / "build" / "bench-site"
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env_extra}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", BUILD, str(project), str(out)], env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"build failed ({env_extra}): {done.stderr[-2000:]}")
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=1000)
    parser.add_argument("rounds", nargs="?", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-speed-"))
    project = work / "project"
    if not (project / "docs" / "briefs").is_dir():
        generate(args.n, project, seed=7)
        done = subprocess.run(
            [sys.executable, "-m", "build_tools", "ingest"], cwd=project, capture_output=True, text=True
        )
        if done.returncode != 0:
            raise SystemExit(done.stderr)
    configs: dict[str, dict[str, str]] = {"all (1 process)": {"BRIEFING_SPEED_OFF": "parallel"}}
    configs.update({f"without {name}": {"BRIEFING_SPEED_OFF": f"parallel,{name}"} for name in SHORTCUTS})
    configs["none: plain mkdocs build"] = {"BRIEFING_PLAIN": "1"}
    configs["all, pages in 2 processes"] = {}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in configs}
    for round_ in range(args.rounds):
        for name, extra in configs.items():
            times[name].append(run(project, extra))
            print(
                f"round {round_ + 1}: {name}: {times[name][-1][0]:.2f} s CPU, {times[name][-1][1]:.2f} s wall",
                flush=True,
            )
    base = statistics.median(cpu for cpu, _ in times["all (1 process)"])
    print(f"\n{args.n} briefs, {args.rounds} rounds; medians; gain = CPU the shortcut's absence adds, over 'all'")
    print("| configuration | CPU (median) | wall (median) | gain |")
    print("| --- | ---: | ---: | ---: |")
    for name, found in times.items():
        cpu = statistics.median(c for c, _ in found)
        wall = statistics.median(w for _, w in found)
        gain = f"{100 * (cpu - base) / base:+.1f} %" if name.startswith(("without", "none")) else ""
        print(f"| {name} | {cpu:.2f} s | {wall:.2f} s | {gain} |")
    serial = statistics.median(w for _, w in times["all (1 process)"])
    parallel = statistics.median(w for _, w in times["all, pages in 2 processes"])
    saved = 100 * (serial - parallel) / serial
    print(f"\npages in 2 processes: wall {serial:.2f} s -> {parallel:.2f} s ({saved:.1f} % less)")


if __name__ == "__main__":
    main()

"""Scale benchmark: synthetic archives of N articles, built from raw text to a searchable site.

Usage: python benchmarks/bench_scale.py [N ...] [--workdir DIR] [--keep]   (default N: 1000 10000)

For each N it generates an archive (benchmarks/generate.py) and measures, on
this machine: ingest serial and parallel (time and rate), re-ingest after
one article changed, the full `briefing build` step by step (ingest, check,
archive, MkDocs with the plugin, Pagefind, publishing), peak memory, the largest HTML page, brief
page sizes, the site's size (and how many briefs fit in GitHub Pages' 1 GB),
and the bytes a search for one word with one filter downloads in headless
Chromium. The table goes to benchmarks/results/scale.md and stdout.
Nothing here is a test: run it by hand, on a quiet machine.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate  # noqa: E402

PYTHON = sys.executable
BRIEFING = [PYTHON, "-m", "build_tools"]
RESULTS = ROOT / "benchmarks" / "results" / "scale.md"
PAGES_LIMIT = 1024**3  #: GitHub Pages' published-site limit
SEARCH_WORD = "narcotics"
SEARCH_FILTER = ("topic", "Narcotics")  #: (filter, value) clicked in the search page
COMMON_WORD = "pakistan"  #: a word in nearly every brief: the largest word index a search loads
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
_STEPS = re.compile(r"build: (\d+) briefs, (?:every page, |changed pages, )?([\d.]+) s \((.*)\), exit (\d+)")


@dataclass
class Result:
    """Every figure for one N."""

    n: int
    figures: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, value: str) -> None:
        self.figures[name] = value
        print(f"  {name}: {value}", flush=True)


_tree_peak = [0]  #: KB: the largest summed PSS seen of any command run() sampled


def run(argv: list[str], cwd: Path, *, sample_memory: bool = False, code: Path = ROOT) -> tuple[float, str]:
    """Run a command, return (wall seconds, stdout); stop the benchmark if it fails.

    With `sample_memory`, the summed PSS of the command and all its descendants is read from /proc every
    0.2 s, and the largest sum kept in `_tree_peak`: the memory the whole build holds at once, where
    ru_maxrss gives only the largest single process. `code` is the checkout whose build_tools runs.
    """
    env = dict(os.environ, PYTHONPATH=str(code), NO_MKDOCS_2_WARNING="1")
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=err, text=True)
        while True:
            if sample_memory:
                _tree_peak[0] = max(_tree_peak[0], sum(_pss_kb(pid) for pid in _descendants(proc.pid)))
            try:  # wait, not sleep: the time taken ends when the command does, not at the next sample
                proc.wait(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                continue
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        sys.exit(f"error: {' '.join(argv)} exited {proc.returncode} in {cwd}:\n{stderr[-3000:]}")
    return seconds, stdout


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _pss_kb(pid: int) -> int:
    """Proportional set size: pages shared after a fork count once across the processes sharing them."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def ingest_serial(project: Path, n: int, result: Result) -> None:
    """Ingest every article with one worker into a scratch folder (the parallel figure comes from the build)."""
    code = (
        "import sys; from pathlib import Path; from build_tools.ingest import ingest; "
        "r = ingest([Path('seeds')], Path(sys.argv[1]), Path('.'), workers=1); sys.exit(0 if r.ok else 1)"
    )
    with tempfile.TemporaryDirectory(dir=project) as scratch:
        seconds, _ = run([PYTHON, "-c", code, scratch], project)
    result.add("ingest, serial (1 worker)", f"{seconds:.1f} s = {n / seconds:.0f} articles/s")


def full_build(project: Path, n: int, result: Result) -> float:
    """`briefing build` on a project with raw articles and no briefs yet: every step, timed."""
    seconds, out = run([*BRIEFING, "build"], project, sample_memory=True)
    match = _STEPS.search(out)
    if not match:
        sys.exit(f"error: no timing line in the build's output:\n{out[-2000:]}")
    steps = {name: float(value) for name, value in re.findall(r"([a-z][a-z ]*) ([\d.]+) s", match[3])}
    ingest = steps.get("ingest", 0.0)
    workers = f"{os.cpu_count()} workers, in the build"
    result.add(f"ingest, parallel ({workers})", f"{ingest:.1f} s = {n / max(ingest, 1e-9):.0f} articles/s")
    result.add("`briefing check` of every brief", f"{steps.get('check', 0):.1f} s")
    result.add("archive read once", f"{steps.get('archive', 0):.1f} s")
    result.add("MkDocs with the plugin (pages, feeds, listings)", f"{steps.get('mkdocs', 0):.1f} s")
    result.add("search indexing (Pagefind)", f"{steps.get('search index', 0):.1f} s")
    result.add("publishing into site/", f"{steps.get('publish', 0):.1f} s")
    other = seconds - steps.get("ingest", 0) - steps.get("mkdocs", 0) - steps.get("search index", 0)
    result.add("`briefing build`, total (fresh: ingest to search index)", f"{seconds:.1f} s")
    result.add("share besides ingest, mkdocs and Pagefind", f"{other:.1f} s = {100 * other / seconds:.1f} %")
    return seconds


def reingest_one(project: Path, result: Result) -> None:
    """Change one article, then time `briefing ingest` (a whole command, start-up included)."""
    article = sorted((project / "seeds").glob("*.txt"))[len(list((project / "seeds").glob("*.txt"))) // 2]
    with article.open("a", encoding="utf-8") as handle:
        handle.write("\nOfficials said the talks on trade would resume in the spring.\n")
    seconds, out = run([*BRIEFING, "ingest"], project)
    if "1 updated" not in out:
        sys.exit(f"error: re-ingest did not update exactly one brief:\n{out[-2000:]}")
    result.add("re-ingest after one article changed (`briefing ingest`)", f"{seconds:.2f} s")


def site_figures(project: Path, n: int, result: Result) -> None:
    site = project / "site"
    pages = [(p.stat().st_size, p) for p in site.rglob("*.html")]
    size, largest = max(pages)
    result.add("HTML pages", f"{len(pages)}")
    result.add("largest HTML page", f"{size / 1024:.0f} KB ({largest.relative_to(site).as_posix()})")
    briefs = [s for s, p in pages if p.parent.parent.name == "briefs"]
    result.add("brief page, median / largest", f"{statistics.median(briefs) / 1024:.1f} / {max(briefs) / 1024:.1f} KB")
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    search = sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file())
    result.add("site size (of which Pagefind's index)", f"{total / 1024**2:.0f} MB ({search / 1024**2:.0f} MB)")
    per_brief = total / n
    result.add("site size per brief", f"{per_brief / 1024:.1f} KB")
    result.add("briefs that fit in GitHub Pages' 1 GB", f"about {PAGES_LIMIT / per_brief:,.0f}")


def peak_memory(result: Result) -> None:
    """The full build's peak, all its processes together; and the largest resident set of any one process
    this benchmark waited for (ru_maxrss is in KB on Linux)."""
    result.add("peak memory of the full build (all its processes, summed PSS)", f"{_tree_peak[0] / 1024:.0f} MB")
    _tree_peak[0] = 0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result.add("largest single process (any step, so far)", f"{max(own, children) / 1024:.0f} MB")


class _SubPath(SimpleHTTPRequestHandler):
    """The site under /briefing-archive/, as GitHub project pages serve it: text files gzip-compressed
    when the browser accepts it (Pagefind's index files are compressed already and sent as they are)."""

    prefix = "/briefing-archive/"
    compressible = (".html", ".js", ".css", ".json", ".xml", ".svg")

    def translate_path(self, path: str) -> str:
        inner = path.split("?", 1)[0].split("#", 1)[0]
        rest = inner[len(self.prefix) :] if inner.startswith(self.prefix) else "__outside__"
        return super().translate_path("/" + rest)

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (gzip_ok and path.suffix in self.compressible and path.is_file()):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


def searches(site: Path) -> list[tuple[str, str, str]]:
    """(word, filter, value) searches to measure: the rare word of earlier rounds with its topic, then the
    word every brief has with the value of each filter that the most briefs have (the largest lists)."""
    html = (site / "search" / "index.html").read_text(encoding="utf-8")
    found = re.search(r'<script type="application/json" id="archive-facets">(.*?)</script>', html, re.S)
    facets = json.loads(found.group(1)) if found else {}
    chosen = [(SEARCH_WORD, *SEARCH_FILTER)]
    for name in ("topic", "actor", "year", "publication"):
        values = sorted(facets.get(name, []), key=lambda pair: -pair[1])
        if values:
            chosen.append((COMMON_WORD, name, values[0][0]))
    return chosen


def search_download(site: Path, result: Result) -> None:
    """Bytes sent for one word, then one filter ticked, in headless Chromium, for each of `searches`:
    Pagefind's files, plus the search page's own HTML (which lists the filters)."""
    from playwright.sync_api import sync_playwright

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_SubPath, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}{_SubPath.prefix}"
    worst = 0
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            for word, name, value in searches(site):
                total, page_html, sent, before, after = _one_search(browser, base, word, name, value)
                worst = max(worst, total + page_html)
                code = sum(v for k, v in sent.items() if k.endswith((".js", ".css")))
                largest = sorted(sent.items(), key=lambda kv: -kv[1])[:4]
                result.add(
                    f'search "{word}" + one {name}: downloaded (gzip, as GitHub Pages)',
                    f"{(total + page_html) / 1024:.0f} KB ({name}={value}): Pagefind {total / 1024:.0f} KB in "
                    f"{len(sent)} requests ({code / 1024:.0f} KB code), the search page {page_html / 1024:.0f} KB",
                )
                result.add(
                    f"  largest ({word} + {name})",
                    ", ".join(f"{k.split('/pagefind/')[1]} {v / 1024:.0f} KB" for k, v in largest),
                )
                result.add(f"  results before / after the filter ({word} + {name})", f"{before} / {after}")
            browser.close()
    finally:
        server.shutdown()
    result.add("search download, the largest of those", f"{worst / 1024:.0f} KB")


def _one_search(browser: Any, base: str, word: str, name: str, value: str) -> tuple[int, int, dict[str, int], str, str]:
    """(Pagefind's bytes, the page's bytes, bytes per Pagefind file, message before and after the filter)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    sent: dict[str, int] = {}  # url -> bytes on the wire (compressed where the server compressed)
    page_html = 0

    def record(response: Any) -> None:
        nonlocal page_html
        size = int(response.headers.get("content-length") or len(response.body()))
        if "/pagefind/" in response.url:
            sent[response.url] = size
        elif response.url.split("?")[0].endswith("/search/"):
            page_html = size

    page = browser.new_page()
    page.on("response", record)
    page.goto(f"{base}search/?q={word}", wait_until="networkidle")
    page.locator(".archive-find__result").first.wait_for(timeout=60_000)
    before = page.locator(".archive-find__message").inner_text()
    quoted = [json.dumps(text, ensure_ascii=False) for text in (name, value)]  # CSS reads JSON's quoting
    box = page.locator(f"input.archive-find__box[name={quoted[0]}][value={quoted[1]}]")
    # As a reader does (overrides/search.html): unfold the filters, and show all of a filter's values when
    # this one is not among the first shown.
    panel = page.locator(".archive-find__panel")
    if panel.get_attribute("open") is None:
        panel.locator("summary").click()
    if not box.is_visible():
        page.locator("fieldset.archive-find__group", has=box).locator("button.archive-find__toggle").click()
    box.check()
    try:  # the message changes once the filtered results are in
        page.wait_for_function(
            "([before]) => { const m = document.querySelector('.archive-find__message').innerText;"
            " return m !== before && !m.startsWith('Searching'); }",
            arg=[before],
            timeout=30_000,
        )
    except PlaywrightTimeout:
        pass  # the filter left the count as it was
    page.wait_for_load_state("networkidle")
    after = page.locator(".archive-find__message").inner_text()
    page.close()
    return sum(sent.values()), page_html, sent, before, after


def bench(n: int, workdir: Path) -> Result:
    result = Result(n)
    project = workdir / f"archive-{n}"
    if project.exists():
        shutil.rmtree(project)
    print(f"N = {n}: generating in {project}", flush=True)
    generate(n, project)
    full_build(project, n, result)  # first: as on a fresh clone, no mass deletion just before it
    reingest_one(project, result)
    peak_memory(result)
    ingest_serial(project, n, result)
    site_figures(project, n, result)
    search_download(project / "site", result)
    return result


def table(results: list[Result]) -> str:
    names = list(dict.fromkeys(name for r in results for name in r.figures))
    lines = ["| Measure | " + " | ".join(f"N = {r.n:,}" for r in results) + " |"]
    lines.append("| --- | " + " | ".join("---:" for _ in results) + " |")
    for name in names:
        lines.append(f"| {name} | " + " | ".join(r.figures.get(name, "") for r in results) + " |")
    return "\n".join(lines)


def machine() -> str:
    load = os.getloadavg()[0]
    cpu = platform.processor() or platform.machine()
    return f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, load average at the end {load:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--workdir", type=Path, default=None, help="where archives are built (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the generated archives")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="briefing-scale-"))
    results = [bench(n, workdir) for n in args.sizes]
    text = f"# Scale benchmark\n\nMachine: {machine()}.\n\n{table(results)}\n"
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print("\n" + text)
    if not args.keep and args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

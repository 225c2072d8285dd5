"""Scale, checked for correctness at small N (timings live in benchmarks/bench_scale.py, not here).

The synthetic archive generator is deterministic; parallel ingest writes
exactly what serial ingest writes; on a generated archive with low limits,
every generated page stays bounded and every brief stays reachable.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from build_tools.archive import Archive, Entry, read_briefs
from build_tools.ingest import PARALLEL_THRESHOLD, ingest
from build_tools.pages import actors as actor_pages
from build_tools.pages import listings
from build_tools.pages.site import build_site
from build_tools.pages.topics import TOP
from build_tools.vocab import load_vocabulary

ROOT = Path(__file__).resolve().parent.parent
N = 150  #: above ingest's parallel threshold, small enough for a test


def load_generator() -> ModuleType:
    """benchmarks/generate.py (benchmarks/ is not a package)."""
    if "archive_generator" in sys.modules:
        return sys.modules["archive_generator"]
    spec = importlib.util.spec_from_file_location("archive_generator", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def ingested_project(root: Path, count: int, seed: int) -> Path:
    """A generated project of `count` articles at `root`, ingested into docs/briefs/."""
    load_generator().generate(count, root, seed=seed)
    assert ingest([root / "seeds"], root / "docs" / "briefs", root).ok
    return root


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("generated")
    load_generator().generate(N, project, seed=5)
    return project


def test_the_generator_gives_the_same_bytes_for_the_same_seed(tmp_path: Path, archive: Path) -> None:
    generate = load_generator().generate
    generate(N, tmp_path / "again", seed=5)
    generate(20, tmp_path / "other", seed=6)
    assert tree(tmp_path / "again" / "seeds") == tree(archive / "seeds")
    assert len(tree(archive / "seeds")) == N
    first_other = next(iter(tree(tmp_path / "other" / "seeds").values()))
    assert first_other not in tree(archive / "seeds").values()


def test_generated_articles_have_the_spread_the_benchmark_needs(archive: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((archive / "seeds").glob("*.txt"))]
    dated = [t for t in texts if re.search(r"\b(19|20)\d\d\b", t)]
    assert 0.8 * N < len(dated) < N  # most articles dated, some undated
    years = {y for t in texts for y in re.findall(r"\b(20[12]\d)\b", t)}
    assert len(years) >= 8
    terms = {t for topic in load_generator().topic_terms(archive).values() for t in topic}
    assert all(any(term in text for term in terms) for text in texts)


def test_parallel_ingest_writes_exactly_what_serial_ingest_writes(archive: Path, tmp_path: Path) -> None:
    assert N >= PARALLEL_THRESHOLD  # otherwise workers=2 would run serially and prove nothing
    vocab = load_vocabulary(archive)
    serial = ingest([archive / "seeds"], tmp_path / "serial", archive, vocab=vocab, workers=1)
    parallel = ingest([archive / "seeds"], tmp_path / "parallel", archive, vocab=vocab, workers=2)
    assert serial.ok and parallel.ok and serial.count("created") > 0.9 * N
    assert [(o.source, o.status, o.brief) for o in serial.outcomes] == [
        (o.source, o.status, o.brief) for o in parallel.outcomes
    ]
    # Briefs and sidecars byte for byte; the hidden sketch cache records file times, so it is left out.
    serial_files, parallel_files = (
        {k: v for k, v in tree(tmp_path / name).items() if not k.startswith(".")} for name in ("serial", "parallel")
    )
    assert serial_files == parallel_files and len(serial_files) >= serial.count("created")


def stems(value: object) -> set[str]:
    """The briefs a page's view lists (the Entry records anywhere in it)."""
    if isinstance(value, Entry):
        return {value.stem}
    if isinstance(value, dict):
        return set().union(*map(stems, value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*map(stems, value)) if value else set()
    return set()


def test_pages_of_a_generated_archive_stay_bounded_with_low_limits(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    limit = 10
    monkeypatch.setattr(listings, "LISTING_LIMIT", limit)
    monkeypatch.setattr(actor_pages, "ACTORS_ON_INDEX", 20)
    ingest([archive / "seeds"], tmp_path / "briefs", archive, workers=1)
    entries = read_briefs(tmp_path / "briefs")
    site = build_site(Archive(archive, entries, load_vocabulary(archive)), "Archive")
    # A page lists at most a page of briefs, or the newest dated and undated ones, plus the roles' newest briefs.
    bound = max(limit, 2 * listings.NEWEST) + TOP  # constants: never the size of the archive
    assert max(len(stems(page.view)) for page in site.pages.values()) <= bound
    index = site.pages["actors/index.md"].view
    shown = [a for section in index["sections"] for a in section["actors"]]
    assert len(shown) < len({a.id for e in entries for a in e.brief.actors})
    # Nothing is lost: the timeline's listings reach every brief, the letter pages every actor.
    listed = set().union(*(stems(p.view) for src, p in site.pages.items() if src.startswith("timeline/")))
    assert listed == {e.stem for e in entries}
    letters = [p.view for src, p in site.pages.items() if re.match(r"actors/(people|organizations|countries)/", src)]
    reached = {a["url"] for view in letters for a in view["actors"]}
    assert reached >= {f"actors/{a.id}/" for e in entries for a in e.brief.actors}


def test_the_site_is_the_same_in_any_process(archive: Path, tmp_path: Path) -> None:
    """Same briefs, same site: whatever the hash seed, and with pages rendered in forked workers or not."""
    ingest([archive / "seeds"], tmp_path / "briefs", archive, workers=1)
    script = (
        "import sys, shutil; from pathlib import Path; from build_tools import build; "
        "from build_tools.speed import parallel; root = Path(sys.argv[1]); "
        "parallel.PARALLEL_THRESHOLD = int(sys.argv[2]); "
        "shutil.copytree(sys.argv[3], root / 'docs' / 'briefs'); "
        "sys.exit(build.run_mkdocs(root, root / 'out', strict=True))"
    )
    results = []
    for seed, threshold in (("1", "0"), ("2", "1000000")):
        project = tmp_path / f"p{seed}"
        for part in ("mkdocs.yml", "taxonomy", "overrides", "docs/about.md", "docs/stylesheets"):
            source = archive / part if (archive / part).exists() else ROOT / part
            if source.is_dir():
                shutil.copytree(source, project / part)
            else:
                (project / part).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(source, project / part)
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = [sys.executable, "-c", script, str(project), threshold, str(tmp_path / "briefs")]
        done = subprocess.run(run, env=env, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        results.append(tree(project / "out"))
    assert results[0] == results[1]

"""The whole build, top to bottom: ingest changed articles -> read briefs -> write index pages -> mkdocs.

Index pages are generated at every build from the briefs and the
vocabularies and are never committed (see .gitignore); the briefs are
committed and this module never modifies one except through ingest.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import yaml

from .briefs import BriefError
from .files import UnsafePathError, Writer
from .ingest import ingest
from .pages.collect import CollectError, Entry, read_briefs
from .pages.index_pages import GENERATED_BY, render_pages
from .pages.related import related
from .vocab import Vocabulary, VocabularyError, load_vocabulary

GENERATED_DIRS = ("topics", "actors", "timeline")  #: folders under docs/ the build owns
GENERATED_FILES = ("index.md",)  #: single generated files under docs/
DATA_FILE = "build/archive-pages.json"  #: read by build_tools/mkdocs_hooks.py
DEFAULT_SITE_NAME = "Pakistan–US Briefing Archive"


def build(root: Path, site_dir: Path | None = None, *, strict: bool = True) -> int:
    """Build the site from the project at `root` into `site_dir` (default root/site); return an exit code."""
    started = time.perf_counter()
    if not (root / "mkdocs.yml").is_file():
        print(f"error: {root / 'mkdocs.yml'}: not found; run briefing in the project folder", file=sys.stderr)
        return 1
    status = ingest_changed(root)
    try:
        vocab = load_vocabulary(root)
        entries = read_briefs(root / "docs" / "briefs")
        generate(root, entries, vocab)
    except CollectError as err:
        for problem in err.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    except (VocabularyError, BriefError, UnsafePathError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    code = run_mkdocs(root, "build", "--strict" if strict else None, "-d", str(site_dir or root / "site"))
    print(f"build: {len(entries)} briefs, {time.perf_counter() - started:.1f} s, mkdocs exit {code}")
    return code or status


def serve(root: Path, address: str = "127.0.0.1:8000") -> int:
    """Generate the pages, then run `mkdocs serve` for a live preview of the briefs' text."""
    if not (root / "mkdocs.yml").is_file():
        print(f"error: {root / 'mkdocs.yml'}: not found; run briefing in the project folder", file=sys.stderr)
        return 1
    status = ingest_changed(root)
    try:
        generate(root, read_briefs(root / "docs" / "briefs"), load_vocabulary(root))
    except CollectError as err:
        for problem in err.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    return run_mkdocs(root, "serve", "-a", address) or status


def ingest_changed(root: Path) -> int:
    """Ingest the raw articles whose text changed; print what changed; 1 when one was rejected."""
    seeds = root / "seeds"
    if not seeds.is_dir():
        return 0
    report = ingest([seeds], root / "docs" / "briefs", root)
    for outcome in report.outcomes:
        if outcome.status == "rejected":
            print(f"rejected  {outcome.source}: {outcome.message}", file=sys.stderr)
        elif outcome.status != "unchanged":
            print(f"{outcome.status:<9} docs/briefs/{outcome.brief} <- {outcome.source}")
    return 0 if report.ok else 1


def site_name(root: Path) -> str:
    """The site_name from mkdocs.yml (the home page's title), read without MkDocs' own loader."""
    try:
        # mkdocs.yml may use !ENV tags; a loader that ignores unknown tags is enough for one string.
        config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Lenient)
    except (OSError, yaml.YAMLError):
        return DEFAULT_SITE_NAME
    return str(config.get("site_name") or DEFAULT_SITE_NAME) if isinstance(config, dict) else DEFAULT_SITE_NAME


class _Lenient(yaml.SafeLoader):
    """A safe loader that reads any tagged value as None."""


_Lenient.add_multi_constructor("", lambda loader, suffix, node: None)


def generate(root: Path, entries: list[Entry], vocab: Vocabulary) -> None:
    """Write the index pages and the hooks' data; remove generated pages no longer produced."""
    docs = root / "docs"
    pages = render_pages(entries, vocab, site_name(root))
    writer = Writer(docs)
    for path, text in sorted(pages.items()):
        if is_hand_written(docs / path):
            print(f"kept      docs/{path}: hand-written (no 'generated_by' marker); not overwritten")
            continue
        writer.write(path, text)
    remove_stale(docs, set(pages))
    Writer(root).write(DATA_FILE, json.dumps(hook_data(entries, vocab), ensure_ascii=False, sort_keys=True))


def hook_data(entries: list[Entry], vocab: Vocabulary) -> dict[str, object]:
    """What the brief pages need from the whole archive: topic labels and related briefs."""
    return {
        "topics": {t.id: t.label for t in vocab.topics},
        "related": {
            stem: [{"stem": e.stem, "title": e.brief.title, "date": e.brief.date} for e in found]
            for stem, found in related(entries).items()
        },
    }


def is_generated(path: Path) -> bool:
    """True when the file's front-matter carries the build's marker."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return head.startswith("---") and f"\ngenerated_by: {GENERATED_BY}\n" in head.split("\n---", 1)[0] + "\n"


def is_hand_written(path: Path) -> bool:
    return path.is_file() and not is_generated(path)


def remove_stale(docs: Path, keep: set[str]) -> None:
    """Delete generated pages not produced this time (a topic no longer used), only in generated folders."""
    candidates = [docs / name for name in GENERATED_FILES]
    for folder in GENERATED_DIRS:
        candidates += sorted((docs / folder).rglob("*.md"))
    for path in candidates:
        rel = path.relative_to(docs).as_posix()
        if rel not in keep and path.is_file() and is_generated(path):
            path.unlink()
    for folder in GENERATED_DIRS:
        # Deepest first, so a folder emptied above is removed too.
        for sub in sorted((docs / folder).rglob("*"), key=lambda p: len(p.parts), reverse=True):
            if sub.is_dir() and not any(sub.iterdir()):
                sub.rmdir()


def run_mkdocs(root: Path, command: str, *args: str | None) -> int:
    """Run MkDocs on root/mkdocs.yml in a child process (its own logging and exit code)."""
    argv = [sys.executable, "-m", "mkdocs", command, "-f", str(root / "mkdocs.yml"), *(a for a in args if a)]
    env = dict(os.environ)
    env.setdefault("NO_MKDOCS_2_WARNING", "1")  # MkDocs' notice about 2.0 is not about this archive
    return subprocess.run(argv, cwd=root, env=env, check=False).returncode

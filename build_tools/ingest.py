"""Ingest: raw articles in, briefs out — one brief per article, corrections kept.

Reads every article first (in parallel when there are many), then decides
each brief's address and writes only what changed, atomically. A bad article
is reported and skipped; the others are still ingested.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from .body_check import limit_problems
from .briefs import BriefError, as_read, body_of, merge, plain_text, read_brief, render, source_facts, stamp
from .files import Writer, atomic_write, inside, read_regular, refuse_links
from .files import stamp as file_stamp
from .forks import die_with_parent
from .model import Brief, Removed
from .near_duplicates import fingerprint
from .slugs import slugify
from .source import MAX_BYTES, SourceError, read_source
from .story_links import link_stories
from .vocab import Vocabulary, load_vocabulary

try:  # libyaml's emitter is several times faster
    from yaml import CSafeDumper as _Dumper
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt",)
PARALLEL_THRESHOLD = 64  # below this, starting worker processes costs more than it saves
CHUNK_MAX = 32  #: articles a worker takes at a time: small, so that results arrive steadily
WORKER_NICENESS = 5  #: added to each ingest worker's niceness (the main process stays at its own)


@dataclass
class Outcome:
    """What ingest did with one article."""

    source: str
    status: str  #: created, updated, unchanged, duplicate or rejected
    brief: str | None = None
    message: str | None = None


@dataclass
class Report:
    """Everything one ingest run did."""

    outcomes: list[Outcome] = field(default_factory=list)
    #: with `ingest(keep_briefs=True)`, brief file name -> the record its file now holds, for each brief
    #: this run wrote (or found already holding those bytes), as reading the file gives it (`briefs.as_read`)
    briefs: dict[str, Brief] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def ok(self) -> bool:
        return self.count("rejected") == 0


@dataclass
class _Extracted:
    """One article, extracted and made ready to write: everything but its address (which the run decides)."""

    source: str
    sha256: str
    brief: Brief | None = None  #: as it will be written (stamped, or merged with the editor's brief)
    removed: list[Removed] = field(default_factory=list)
    error: str | None = None
    warning: str | None = None
    existing: str | None = None  #: the brief file this article already has, if any
    text: str = ""  #: the brief file's bytes, as text
    removed_record: str | None = None  #: the sidecar listing what was removed, or None
    sketch: tuple[int, ...] = ()  #: the article's MinHash sketch, for same-story links


def find_articles(paths: list[Path]) -> list[Path]:
    """Article files named or found (recursively) in the given folders, sorted.

    Folders are walked without following links. A link to a folder, or a link, FIFO or device
    named like an article, is listed too, so that reading it says what it is (`read_source`
    refuses all of them) instead of skipping it in silence.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            for folder, dirs, files in os.walk(path):
                dirs.sort()
                found.extend(Path(folder, name) for name in dirs if os.path.islink(os.path.join(folder, name)))
                found.extend(Path(folder, name) for name in files if name.endswith(ARTICLE_SUFFIXES))
        else:
            found.append(path)
    return sorted(dict.fromkeys(found), key=lambda p: p.as_posix())


def source_names(articles: list[Path], paths: list[Path], root: Path) -> list[str | None]:
    """What each article's brief records as `source_file`: its path relative to the project, or None
    for an article outside it (`files.inside`, each folder resolved once: re-ingest sees 10,000)."""
    base = os.path.realpath(root)
    folders: dict[str, str | None] = {}
    names: list[str | None] = []
    for article in articles:
        parent = os.path.dirname(os.path.abspath(article))
        if parent not in folders:
            real = os.path.realpath(parent)
            inside_root = real == base or real.startswith(base.rstrip(os.sep) + os.sep)
            folders[parent] = Path(os.path.relpath(real, base)).as_posix() if inside_root else None
        folder = folders[parent]
        names.append(None if folder is None else (article.name if folder == "." else f"{folder}/{article.name}"))
    return names


def scratch_name(article: Path, paths: list[Path]) -> str:
    """A name for an article outside the project in briefs written outside it (a trial run, an evaluation):
    its path below the folder named on the command line, with that folder's own name; never an absolute path."""
    for given in paths:
        try:
            below = article.relative_to(given)
        except ValueError:
            continue
        return (Path(given.name) / below).as_posix() if given.is_dir() else article.name
    return article.name


def adopt(article: Path, root: Path) -> tuple[Path | None, str]:
    """Copy an article from outside the project into seeds/, so that its brief can name it and a later build
    can find it: (the copy, what was done), or (None, why not)."""
    target = root / "seeds" / article.name
    try:
        data = read_regular(article, limit=MAX_BYTES)
    except OSError as err:
        return None, f"{err.strerror or err}; check the file"
    if os.path.lexists(target):
        try:
            same = read_regular(target) == data
        except OSError:
            same = False
        if not same:
            return None, (
                f"outside the project, and seeds/{article.name} already holds other text; rename the file and run again"
            )
        return target, f"outside the project: the same text is already seeds/{article.name}"
    refuse_links(root, ["seeds"])
    atomic_write(target, data)
    return target, f"copied into seeds/{article.name} (the brief names that copy); commit it with the brief"


def _extract_one(args: tuple[Path, str, Vocabulary, Path | None]) -> _Extracted:
    """Read, extract and render one article (in a worker when there are many)."""
    from .extract import extract_brief  # (here: a build whose articles are unchanged never loads the extractor)

    path, name, vocab, existing = args
    try:
        source = read_source(path, name)
    except SourceError as err:
        return _Extracted(name, "", error=str(err))
    result = extract_brief(source.text, vocab)
    brief = replace(result.brief, source_file=name, source_sha256=source.sha256)
    item = _Extracted(name, source.sha256, brief, result.removed, warning=source.warning)
    return _prepare(item, existing)


def _prepare(item: _Extracted, existing: Path | None) -> _Extracted:
    """Everything about a brief that does not depend on the rest of the run: the editor's corrections
    merged in, the file rendered, the removal record, the sketch for same-story links.

    Done where the article was extracted, so that with many articles the
    workers do it in parallel and the main process only names and writes files.
    """
    assert item.brief is not None
    fresh = item.brief
    if existing is not None:
        item.existing = existing.name
        try:
            merged = merge(read_brief(existing), fresh)
        except BriefError as err:
            item.error = f"{err}; fix or delete the brief"
            return item
        brief = merged.brief
        if merged.notes:
            kept = "kept the editor's correction where the article now differs: " + ", ".join(merged.notes)
            item.warning = f"{item.warning}; {kept}" if item.warning else kept
    else:
        fresh.body = body_of(fresh)
        brief = stamp(fresh)
    refused = limit_problems(body_of(brief))
    if refused:  # the build would refuse the brief (build_tools/body_check.py): none is written
        first = refused[0]
        item.error = f"its brief's text breaks a limit the build holds to (line {first.line}: {first.message})"
        return item
    item.brief = brief
    item.text = render(brief)
    # The record lists what the brief no longer holds; a byline or citation moved
    # into the front-matter is not lost, so it is not listed.
    lost = [r for r in item.removed if not r.kept]
    item.removed_record = removed_report(lost) if lost else None
    item.sketch = fingerprint(plain_text(body_of(brief))).sketch
    return item


def _extract_all(jobs: list[tuple[Path, str, Vocabulary, Path | None]], workers: int) -> Iterator[_Extracted]:
    """Each job's extraction, in the jobs' order, as soon as it is ready.

    The caller names and writes each brief while the workers go on: writing
    10,000 briefs took about 10 s of one core, which had come after the
    extraction as a tail with the other core idle.
    """
    if jobs:
        import build_tools.extract  # noqa: F401 - loaded once here, before the workers fork, not in each
    if workers > 1 and len(jobs) >= PARALLEL_THRESHOLD:
        chunk = max(1, min(CHUNK_MAX, len(jobs) // (workers * 8)))
        vocab = jobs[0][2]
        if all(job[2] is vocab for job in jobs):
            # The vocabulary goes to each worker once, at its start: sent with every chunk of
            # jobs it was unpickled afresh each time, and its look-up tables and caches
            # (actors, topics, furniture rules) built again for every 32 articles.
            lean = [(path, name, existing) for path, name, _, existing in jobs]
            init = (vocab, os.getpid())
            with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=init) as pool:
                yield from pool.map(_extract_in_worker, lean, chunksize=chunk)
            return
        with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(None, os.getpid())) as pool:
            yield from pool.map(_extract_one, jobs, chunksize=chunk)
        return
    for job in jobs:
        yield _extract_one(job)


_worker_vocab: Vocabulary | None = None  #: in a worker process, the vocabulary of every job (see `_worker_init`)


def _extract_in_worker(job: tuple[Path, str, Path | None]) -> _Extracted:
    """`_extract_one` with the vocabulary the worker was given when it started."""
    assert _worker_vocab is not None
    path, name, existing = job
    return _extract_one((path, name, _worker_vocab, existing))


INDEX_CACHE = ".ingest-index.json"  #: beside the briefs; hidden from MkDocs, ignored by git
_INDEX_VERSION = 2


class _IngestCache:
    """`<briefs>/.ingest-index.json`, read once and written once per run: what each brief file records
    ("briefs") and each article's sha256 ("articles"), both under the file's size and modification time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        ok = isinstance(data, dict) and data.get("version") == _INDEX_VERSION
        self.saved = {s: data[s] if ok and isinstance(data.get(s), dict) else {} for s in ("briefs", "articles")}
        self.data: dict[str, dict[str, object]] = {s: dict(v) for s, v in self.saved.items()}

    def save(self) -> None:
        """Write the cache when it changed and the briefs' folder exists; a cache that cannot be written is skipped."""
        if self.data == self.saved or not self.path.parent.is_dir():
            return
        try:
            atomic_write(self.path, json.dumps({"version": _INDEX_VERSION, **self.data}, sort_keys=True))
        except OSError:
            pass  # only a cache: the next run does the work again
        self.saved = {s: dict(v) for s, v in self.data.items()}


def index_briefs(
    out: Path, cache: _IngestCache | None = None, only: set[str] | None = None, broken: set[str] | None = None
) -> dict[str, tuple[str, str | None]]:
    """source_file -> (brief's file name in `out`, recorded sha256), read from each brief's front-matter only.

    What each brief file said is cached (`_IngestCache`) under its size and
    modification time, so a re-ingest of a large archive reads only the
    briefs that changed since (reading 10,000 heads took about 0.8 s). With
    `only` (file names), just those briefs are looked at again; the index
    returned is then partial. Briefs that cannot be read are added to `broken`.
    """
    index: dict[str, tuple[str, str | None]] = {}
    if not out.is_dir():
        return index
    own = cache is None
    cache = cache or _IngestCache(out / INDEX_CACHE)
    known = cache.data["briefs"]
    if only is None:
        with os.scandir(out) as entries:
            stamps = {e.name: e.stat() for e in entries if e.name.endswith(".md") and e.is_file()}
        fresh: dict[str, object] = {}
    else:
        fresh = dict(known)
        stamps = {}
        for name in only:
            try:
                stamps[name] = (out / name).stat()
            except OSError:
                fresh.pop(name, None)
    for name in sorted(stamps):  # sorted: the first brief naming a source wins, as before
        stamp = file_stamp(stamps[name])
        hit = known.get(name)
        if isinstance(hit, list) and len(hit) == 4 and hit[0] == stamp:
            source, sha, unreadable = hit[1], hit[2], hit[3]
        else:
            try:
                (source, sha), unreadable = source_facts(out / name), False
            except BriefError:
                source, sha, unreadable = None, None, True
        if unreadable and broken is not None:
            broken.add(name)
        fresh[name] = [stamp, source, sha, unreadable]
        if isinstance(source, str):
            index.setdefault(source, (name, sha if isinstance(sha, str) else None))
    cache.data["briefs"] = fresh
    if own:
        cache.save()
    return index


def address_for(brief: Brief, taken: set[str]) -> str:
    """A new brief's file stem: date and title, made unique with a stable suffix."""
    stem = f"{brief.date or 'undated'}-{slugify(brief.title, 70) or 'brief'}"
    if stem.casefold() in taken:
        digest = hashlib.sha256((brief.source_file or brief.title).encode()).hexdigest()[:8]
        stem = f"{stem}-{digest}"
    return stem


def removed_report(removed: list[Removed]) -> str:
    """The sidecar listing what was taken out of an article, for the editor."""
    items = [{"reason": r.reason, "text": r.text} for r in removed]
    return yaml.dump(items, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4096)


@contextmanager
def _few_collections(gen0: int = 50_000) -> Iterator[None]:
    """Run the cyclic garbage collector less often while ingesting.

    Extraction makes hundreds of thousands of short-lived tuples (tokens) that
    hold no cycles; the default threshold (700) collects so often that it
    costs a quarter of the run. Reference counting still frees them at once.
    """
    before = gc.get_threshold()
    gc.set_threshold(gen0, before[1], before[2])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _worker_init(vocab: Vocabulary | None = None, parent: int | None = None) -> None:
    global _worker_vocab
    die_with_parent(parent)  # a killed ingest leaves no worker behind
    _worker_vocab = vocab
    gc.set_threshold(50_000, *gc.get_threshold()[1:])
    # The main process, which names and writes every brief, goes first when it has work: it is the one
    # that must keep up, and the workers take whatever it leaves of the cores.
    try:
        os.nice(WORKER_NICENESS)
    except OSError:
        pass


def ingest(
    paths: list[Path],
    out: Path,
    root: Path,
    vocab: Vocabulary | None = None,
    workers: int | None = None,
    force: bool = False,
    keep_briefs: bool = False,
) -> Report:
    """Ingest raw articles under `paths` into briefs in `out`.

    With `keep_briefs`, the report also holds the briefs written (`Report.briefs`), for a build's next step.
    """
    with _few_collections():
        return _ingest(paths, out, root, vocab, workers, force, keep_briefs)


def _ingest(
    paths: list[Path],
    out: Path,
    root: Path,
    vocab: Vocabulary | None,
    workers: int | None,
    force: bool,
    keep_briefs: bool,
) -> Report:
    vocab = vocab or load_vocabulary(root)
    run = _Run(out, keep_briefs)
    jobs = run.plan(_named_articles(paths, root, out, run.report), vocab, force)
    for item in _extract_all(jobs, workers or os.cpu_count() or 1):
        run.take(item)
    run.link_same_stories()
    run.finish()
    return run.report


Job = tuple[Path, str, Vocabulary, Path | None]  #: an article, its name, the vocabulary, its brief if it has one


class _Run:
    """One ingest run: what it finds in the briefs' folder, then each article it extracts, written in turn."""

    def __init__(self, out: Path, keep_briefs: bool) -> None:
        self.out, self.keep_briefs = out, keep_briefs
        self.report = Report()
        self.cache = _IngestCache(out / INDEX_CACHE)
        self.broken: set[str] = set()
        self.existing = index_briefs(out, self.cache, broken=self.broken)
        self.hashes = _ArticleHashes(self.cache)
        self.writer = Writer(out)
        listed = os.listdir(out) if out.is_dir() else []
        self.taken = {os.path.splitext(n)[0].casefold() for n in listed if n.endswith(".md")}
        self.by_sha: dict[str, str] = {}
        self.changed: dict[str, tuple[str, tuple[int, ...]]] = {}  #: brief file -> (article text, sketch)

    def plan(self, named: list[tuple[Path, str]], vocab: Vocabulary, force: bool) -> list[Job]:
        """The articles to extract: changed or new ones (all of them with `force`)."""
        jobs: list[Job] = []
        for path, name in named:
            known = self.existing.get(name)
            if not force and known and known[1] and self.hashes.sha256(path, name) == known[1]:
                self.report.outcomes.append(Outcome(name, "unchanged", known[0]))
                continue
            in_the_way = None if known else _naming(self.broken, self.out, name)
            if in_the_way is not None:
                # It may be this article's brief: a second one would be a duplicate once it is mended.
                message = f"{self.out.as_posix()}/{in_the_way} names this article but cannot be read; fix or delete it"
                self.report.outcomes.append(Outcome(name, "rejected", in_the_way, message))
                continue
            self.hashes.stamp(path, name)
            jobs.append((path, name, vocab, self.out / known[0] if known else None))
        return jobs

    def take(self, item: _Extracted) -> None:
        """Write one extracted article's brief (or say why not)."""
        if item.error or item.brief is None:
            self.report.outcomes.append(Outcome(item.source, "rejected", item.existing, item.error))
            return
        self.hashes.extracted(item.source, item.sha256)
        if item.sha256 in self.by_sha:
            same = Outcome(item.source, "duplicate", self.by_sha[item.sha256], "same text as another article")
            self.report.outcomes.append(same)
            return
        outcome = _write(item, self.writer, self.taken)
        self.by_sha[item.sha256] = outcome.brief or ""
        if self.keep_briefs and outcome.brief:
            self.report.briefs[outcome.brief] = as_read(item.brief)
        if outcome.status in ("created", "updated") and outcome.brief:
            self.changed[outcome.brief] = (plain_text(body_of(item.brief)), item.sketch)
        outcome.message = item.warning
        self.report.outcomes.append(outcome)

    def link_same_stories(self) -> None:
        """Link each changed brief with the briefs that tell the same story, and say so."""
        if not self.out.is_dir():
            return
        linked = link_stories(self.out, self.changed, self.writer)
        by_brief = {o.brief: o for o in self.report.outcomes if o.brief}
        for name, others in linked.items():
            self.report.briefs.pop(name, None)  # rewritten with its new links: read it from the file
            found = by_brief.get(name)
            if found is not None:
                note = f"same story as {', '.join(others)} (near-duplicate; both briefs now link each other)"
                found.message = f"{found.message}; {note}" if found.message else note

    def finish(self) -> None:
        """Save the caches (brought up to date with what was written, so the next run reads none of it)."""
        self.hashes.save()
        if self.writer.written:
            written = {p.name for p in self.writer.written if p.name.endswith(".md")}
            index_briefs(self.out, self.cache, only=written)
        self.cache.save()
        self.report.outcomes.sort(key=lambda o: o.source)


def _named_articles(paths: list[Path], root: Path, out: Path, report: Report) -> list[tuple[Path, str]]:
    """Each article found with the name its brief records; an article from outside the project is copied
    into seeds/ when the briefs go into the project (else it gets a scratch name), and said so."""
    articles = find_articles(paths)
    into_project = inside(root, out)
    named: list[tuple[Path, str]] = []
    for article, name in zip(articles, source_names(articles, paths, root), strict=True):
        if name is not None:
            named.append((article, name))
        elif not into_project:
            named.append((article, scratch_name(article, paths)))
        else:
            copy, note = adopt(article, root)
            if copy is None:
                report.outcomes.append(Outcome(article.as_posix(), "rejected", message=note))
            else:
                print(f"{article.as_posix()}: {note}")
                named.append((copy, f"seeds/{copy.name}"))
    return sorted(dict(named).items(), key=lambda item: item[1]) if named else []


def _naming(broken: set[str], out: Path, name: str) -> str | None:
    """The first unreadable brief whose text mentions the article `name` (a search, not a reading)."""
    for brief in sorted(broken):
        try:
            if name in read_regular(out / brief).decode("utf-8", errors="replace"):
                return brief
        except OSError:  # not a regular file, or gone: it names nothing
            continue
    return None


class _ArticleHashes:
    """Articles' sha256, cached under each file's size and modification time (as git's index does).

    Hashing 10,000 articles to find the one that changed took about 0.3 s; a
    file whose size or time changed is always hashed again.
    """

    def __init__(self, cache: _IngestCache) -> None:
        self.cache = cache
        self.known = cache.data["articles"]
        self.fresh: dict[str, object] = {}
        self.stamps: dict[str, str] = {}

    def sha256(self, path: Path, name: str) -> str | None:
        try:
            stamp = file_stamp(path.stat())
        except OSError:
            return None
        hit = self.known.get(name)
        if isinstance(hit, list) and len(hit) == 2 and hit[0] == stamp and isinstance(hit[1], str):
            sha: str | None = hit[1]
        else:
            sha = _sha_of(path)
        if sha is not None:
            self.fresh[name] = [stamp, sha]
        return sha

    def stamp(self, path: Path, name: str) -> None:
        """Note an article's size and time before it is read for extraction (see `extracted`)."""
        try:
            self.stamps[name] = file_stamp(path.stat())
        except OSError:
            pass

    def extracted(self, name: str, sha: str) -> None:
        """Record the sha256 extraction read. A file changed after `stamp` has a newer time, so is hashed again."""
        if name in self.stamps:
            self.fresh[name] = [self.stamps[name], sha]

    def save(self) -> None:
        """Put what this run hashed into the cache (a run over some articles keeps the others' entries)."""
        self.cache.data["articles"] = {**self.known, **self.fresh}


def _sha_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _write(item: _Extracted, writer: Writer, taken: set[str]) -> Outcome:
    """Name a new brief (the one decision that depends on the briefs before it) and write its files."""
    assert item.brief is not None
    if item.existing is not None:
        stem = item.existing.removesuffix(".md")
    else:
        stem = address_for(item.brief, taken)
        taken.add(stem.casefold())
    changed = writer.write(f"{stem}.md", item.text)
    if item.removed_record is not None:
        writer.write(f"{stem}.removed.yml", item.removed_record)
    else:
        writer.remove(f"{stem}.removed.yml")  # a record left from an earlier version of the article
    status = "created" if item.existing is None else ("updated" if changed else "unchanged")
    return Outcome(item.source, status, f"{stem}.md")

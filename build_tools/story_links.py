"""Linking briefs that tell the same story (the same report from two outlets).

After ingest writes its briefs, each changed brief's article text is compared
with the whole archive by `near_duplicates`; near-duplicates get each other's
file names in their `duplicates` front-matter, so the archive never holds two
unconnected copies of one story. Sketches of unchanged briefs are cached in
`<briefs>/.story-sketches.json` so a re-ingest does not re-read the archive.
"""

from __future__ import annotations

import base64
import json
import os
import re
from array import array
from dataclasses import replace
from pathlib import Path

from .briefs import BriefError, read_brief, render
from .files import Writer, atomic_write
from .files import stamp as file_stamp
from .near_duplicates import (
    BINS,
    DEFAULT_THRESHOLD,
    ESTIMATE_MARGIN,
    ROWS,
    Fingerprint,
    candidate_pairs,
    fingerprint,
    jaccard,
    shingles,
)

_ARTICLE = re.compile(r"^## Article\s*$(.*)", re.MULTILINE | re.DOTALL)
CACHE_VERSION = 2


def article_text(body: str) -> str:
    """The cleaned article of a brief body (the whole body for hand-written briefs)."""
    match = _ARTICLE.search(body)
    return match.group(1) if match else body


CACHE_NAME = ".story-sketches.json"  # hidden: MkDocs skips dot-files; .gitignore keeps it out of git


def _pack(sketch: tuple[int, ...]) -> str:
    """A sketch as compact text (base64 of 32-bit values): the cache loads fast at 10,000 briefs."""
    return base64.b64encode(array("I", sketch).tobytes()).decode("ascii")


def _unpack(text: str) -> tuple[int, ...]:
    values = array("I")
    try:
        values.frombytes(base64.b64decode(text))
    except ValueError:
        return ()
    return tuple(values)


def _load_cache(path: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
        return {}
    entries = data.get("briefs")
    return entries if isinstance(entries, dict) else {}


def link_stories(
    out: Path,
    changed: dict[str, tuple[str, tuple[int, ...]]],
    writer: Writer,
    threshold: float = DEFAULT_THRESHOLD,
) -> dict[str, list[str]]:
    """Link near-duplicates both ways, for briefs not yet compared with the archive.

    `changed` maps the briefs this run wrote to their article text and its
    sketch (`near_duplicates.fingerprint(text).sketch`, made where the article
    was extracted). Briefs the
    cache does not know as they are on disk (added by hand, or left unlinked by
    an interrupted run) are compared too, so a killed run is completed by the
    next. Returns each brief whose `duplicates` list was extended, with the
    names added. Writes nothing when every brief was already compared.
    """
    cache_file = out / CACHE_NAME
    cache = _load_cache(cache_file)
    stamps = {}
    with os.scandir(out) as entries:
        for entry in entries:
            if entry.name.endswith(".md") and entry.is_file():
                stamps[entry.name] = file_stamp(entry.stat())
    known = {name for name, stamp in stamps.items() if _cached(cache.get(name), stamp)}
    if not changed and known == stamps.keys() == cache.keys():
        return {}  # every brief was already compared, as it is on disk
    sketches: dict[str, tuple[int, ...]] = {}
    fresh: dict[str, dict[str, object]] = {}
    pending = set(changed)
    for name in sorted(stamps):
        if name in changed:
            sketch = changed[name][1]
        elif name in known:
            sketch = _unpack(str(cache[name]["sketch"]))
        else:
            try:
                sketch = fingerprint(article_text(read_brief(out / name).body or "")).sketch
            except BriefError:
                continue  # `briefing check` reports a broken brief
            pending.add(name)
        sketches[name] = sketch
        packed = str(cache[name]["sketch"]) if name in known and name not in changed else _pack(sketch)
        fresh[name] = {"stamp": stamps[name], "sketch": packed}
    linked = _link(out, sketches, pending, changed, writer, threshold, fresh)
    atomic_write(cache_file, json.dumps({"version": CACHE_VERSION, "briefs": fresh}, sort_keys=True))
    return linked


def _cached(entry: object, stamp: str) -> bool:
    return isinstance(entry, dict) and entry.get("stamp") == stamp and isinstance(entry.get("sketch"), str)


def _candidates(sketches: dict[str, tuple[int, ...]], pending: set[str]) -> list[tuple[str, str]]:
    """Pairs to compare, each with at least one pending brief (sorted)."""
    if len(pending) * 20 >= len(sketches):
        return sorted(pair for pair in candidate_pairs(sketches) if pair[0] in pending or pair[1] in pending)
    # A few changed briefs in a large archive: look only for sketches sharing one
    # of *their* bands, instead of banding the whole archive (re-ingest stays fast).
    wanted: dict[tuple[int, ...], list[str]] = {}
    for name in pending:
        values = sketches.get(name, ())
        for band in range(0, len(values) - ROWS + 1, ROWS):
            wanted.setdefault((band, *values[band : band + ROWS]), []).append(name)
    pairs: set[tuple[str, str]] = set()
    for other, values in sketches.items():
        for band in range(0, len(values) - ROWS + 1, ROWS):
            for name in wanted.get((band, *values[band : band + ROWS]), ()):
                if name != other:
                    pairs.add((min(name, other), max(name, other)))
    return sorted(pairs)


def _link(
    out: Path,
    sketches: dict[str, tuple[int, ...]],
    pending: set[str],
    changed: dict[str, tuple[str, tuple[int, ...]]],
    writer: Writer,
    threshold: float,
    fresh: dict[str, dict[str, object]],
) -> dict[str, list[str]]:
    added: dict[str, set[str]] = {}
    texts: dict[str, Fingerprint] = {}
    for a, b in _candidates(sketches, pending):
        if sum(x == y for x, y in zip(sketches[a], sketches[b], strict=True)) < (threshold - ESTIMATE_MARGIN) * BINS:
            continue
        for name in (a, b):
            if name not in texts:
                text = changed[name][0] if name in changed else article_text(read_brief(out / name).body or "")
                texts[name] = Fingerprint(shingles(text), sketches[name])
        if jaccard(texts[a].hashes, texts[b].hashes) >= threshold:
            added.setdefault(a, set()).add(b)
            added.setdefault(b, set()).add(a)
    linked: dict[str, list[str]] = {}
    for name, others in sorted(added.items()):
        path = out / name
        brief = read_brief(path)
        new = sorted(set(brief.duplicates) | others)
        if new != brief.duplicates:
            writer.write(name, render(replace(brief, duplicates=new)), again=True)
            fresh[name]["stamp"] = file_stamp(path.stat())
            linked[name] = sorted(others - set(brief.duplicates))
    return linked

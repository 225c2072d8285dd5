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
from array import array
from dataclasses import replace
from operator import eq
from pathlib import Path

from .briefs import BriefError, plain_text, read_brief, render
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

CACHE_VERSION = 2
_WIDTH = array("I").itemsize  #: bytes per sketch value


CACHE_NAME = ".story-sketches.json"  # hidden: MkDocs skips dot-files; .gitignore keeps it out of git


def _pack(raw: bytes) -> str:
    """A sketch's bytes as compact text (base64 of 32-bit values): the cache loads fast at 10,000 briefs."""
    return base64.b64encode(raw).decode("ascii")


def _raw(text: str) -> bytes | None:
    """A packed sketch's bytes (BINS 32-bit values, or none for an empty text); None when it is damaged."""
    try:
        data = base64.b64decode(text)
    except ValueError:
        return None
    return data if len(data) in (0, BINS * _WIDTH) else None


def _values(raw: bytes) -> array:
    values = array("I")
    values.frombytes(raw)
    return values


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
    # Sketches stay bytes, as the cache holds them: a re-ingest compares a few briefs' bands with
    # 10,000 others', and turning every sketch into a tuple of ints first took longer than that.
    sketches: dict[str, bytes] = {}
    fresh: dict[str, dict[str, object]] = {}
    pending = set(changed)
    for name in sorted(stamps):
        raw = _raw(str(cache[name]["sketch"])) if name in known and name not in changed else None
        if name in changed:
            raw = array("I", changed[name][1]).tobytes()
        elif raw is None:
            try:
                raw = array("I", fingerprint(plain_text(read_brief(out / name).body or "")).sketch).tobytes()
            except BriefError:
                continue  # `briefing check` reports a broken brief
            pending.add(name)
        sketches[name] = raw
        packed = str(cache[name]["sketch"]) if name in known and name not in pending else _pack(raw)
        fresh[name] = {"stamp": stamps[name], "sketch": packed}
    linked = _link(out, sketches, pending, changed, writer, threshold, fresh)
    atomic_write(cache_file, json.dumps({"version": CACHE_VERSION, "briefs": fresh}, sort_keys=True))
    return linked


def _cached(entry: object, stamp: str) -> bool:
    return isinstance(entry, dict) and entry.get("stamp") == stamp and isinstance(entry.get("sketch"), str)


def _candidates(sketches: dict[str, bytes], pending: set[str]) -> list[tuple[str, str]]:
    """Pairs to compare, each with at least one pending brief (sorted)."""
    if len(pending) * 20 >= len(sketches):
        whole = {name: tuple(_values(raw)) for name, raw in sketches.items()}
        return sorted(pair for pair in candidate_pairs(whole) if pair[0] in pending or pair[1] in pending)
    # A few changed briefs in a large archive: look only for sketches sharing one of *their* bands,
    # instead of banding the whole archive. Every full sketch is laid end to end in one byte string,
    # and each of the changed briefs' bands is searched for in it (bytes.find, in C): a hit at the
    # band's own offset within a sketch is a candidate. At 10,000 briefs this takes a few hundredths
    # of a second, where a loop over every sketch's bands took a tenth.
    size = ROWS * _WIDTH  # a band's bytes
    span = BINS * _WIDTH  # a sketch's bytes
    names = [name for name, raw in sketches.items() if len(raw) == span]
    blob = b"".join(sketches[name] for name in names)
    pairs: set[tuple[str, str]] = set()
    for name in sorted(pending):
        raw = sketches.get(name, b"")
        for start in range(0, len(raw) - size + 1, size):
            band = raw[start : start + size]
            at = blob.find(band)
            while at != -1:
                if at % span == start:
                    other = names[at // span]
                    if other != name:
                        pairs.add((min(name, other), max(name, other)))
                at = blob.find(band, at + 1)
    return sorted(pairs)


def _link(
    out: Path,
    sketches: dict[str, bytes],
    pending: set[str],
    changed: dict[str, tuple[str, tuple[int, ...]]],
    writer: Writer,
    threshold: float,
    fresh: dict[str, dict[str, object]],
) -> dict[str, list[str]]:
    added: dict[str, set[str]] = {}
    texts: dict[str, Fingerprint] = {}
    for a, b in _candidates(sketches, pending):
        if sum(map(eq, _values(sketches[a]), _values(sketches[b]))) < (threshold - ESTIMATE_MARGIN) * BINS:
            continue
        for name in (a, b):
            if name not in texts:
                text = changed[name][0] if name in changed else plain_text(read_brief(out / name).body or "")
                texts[name] = Fingerprint(shingles(text), tuple(_values(sketches[name])))
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

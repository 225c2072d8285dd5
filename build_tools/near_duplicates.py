"""Near-duplicate articles: the same story published by two outlets.

Each text becomes a set of word shingles (runs of `SHINGLE_WORDS` words),
hashed to 32-bit integers. Two texts are near-duplicates when the Jaccard
similarity of their shingle sets (shared shingles / all shingles) reaches a
threshold. Comparing every pair is quadratic, so a MinHash sketch of each set
(one-permutation hashing: one hash per shingle, the minimum kept per bin)
is cut into bands, and only texts that agree on a whole band are compared
exactly ("locality-sensitive hashing"). Everything is pure Python and
deterministic: the hash is CRC-32, never Python's salted `hash()`.

    pairs = find_near_duplicates({"a.md": text_a, "b.md": text_b})
    # [("a.md", "b.md", 0.83)]
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from itertools import chain, repeat
from operator import eq, rshift

from .memo import Memo

SHINGLE_WORDS = 4  # long enough that two articles on one subject share few shingles by chance
BINS = 128  # sketch size; 2**32 hash values split into BINS equal ranges
ROWS = 3  # values per band: a pair at Jaccard 0.4 (0.5) shares a band with probability 0.94 (0.996)
BANDS = BINS // ROWS
# A shingle in more texts than this (or 1% of them) is boilerplate, not evidence of one
# story; ignoring it when pairing keeps the work near-linear however repetitive the archive.
MAX_SHARED = 50
ESTIMATE_MARGIN = 0.2  # over four standard errors of the sketch's estimate
DEFAULT_THRESHOLD = 0.4  # two outlets' versions of one story score 0.5-0.9; two stories on one subject < 0.1
_BIN_SHIFT = 25  # 2**32 hash values >> 25 gives BINS = 128 bins
_EMPTY = -1
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> array:
    """The sorted, distinct hashes of the text's word shingles (case and punctuation ignored).

    A text shorter than one shingle is one shingle of all its words; an empty
    text has none.
    """
    words = encoded_words(text)  # (joining encoded words is encoding the joined words: UTF-8 concatenates)
    if not words:
        return array("I")
    if len(words) < size:
        grams: Iterable[bytes] = [b" ".join(words)]
    else:
        grams = map(b" ".join, zip(*(words[i:] for i in range(size)), strict=False))  # shorter slices end it
    return array("I", sorted(set(map(zlib.crc32, grams))))


def encoded_words(text: str) -> list[bytes]:
    """The words (runs of word characters) of `text.casefold()`, UTF-8 encoded.

    No word holds white space and case folding looks at no neighbour, so each
    run of non-space characters is read alone, from a cache: most are common
    words, met again in every article.
    """
    return list(chain.from_iterable(map(_CHUNK_WORDS.__getitem__, text.split())))


def _chunk_words(chunk: str) -> tuple[bytes, ...]:
    return tuple(word.encode() for word in _WORD.findall(chunk.casefold()))  # (\w holds no lone surrogate)


_CHUNK_WORDS = Memo(_chunk_words)


def sketch(hashes: array) -> tuple[int, ...]:
    """A MinHash sketch: the smallest hash in each of BINS equal hash ranges.

    Empty bins (short texts) borrow a filled bin chosen by a fixed sequence
    ("densification"), so that two equal sets still get equal sketches.
    """
    if not hashes:
        return ()
    # Hashes are sorted: walking them backwards leaves each bin's smallest. (The
    # loops run in C: map and zip over the hashes, dict.get over the bins.)
    smallest = dict(zip(map(rshift, reversed(hashes), repeat(_BIN_SHIFT)), reversed(hashes), strict=True))
    values = list(map(smallest.get, range(BINS), repeat(_EMPTY)))
    if len(smallest) == BINS:
        return tuple(values)
    filled = [v for v in values if v != _EMPTY]
    return tuple(v if v != _EMPTY else _borrow(values, b, filled) for b, v in enumerate(values))


def _borrow(values: list[int], b: int, filled: list[int]) -> int:
    """A filled bin's value for empty bin `b`, probed in an order that depends on `b` only."""
    for attempt in range(4 * BINS):
        source = zlib.crc32(f"{b}:{attempt}".encode()) % BINS
        if values[source] != _EMPTY:
            return values[source]
    return filled[b % len(filled)]  # pragma: no cover - only when almost every bin is empty


@dataclass(frozen=True)
class Fingerprint:
    """What near-duplicate detection keeps of one text; cheap to keep between runs."""

    hashes: array  #: sorted distinct shingle hashes
    sketch: tuple[int, ...]  #: MinHash sketch of `hashes`


def fingerprint(text: str) -> Fingerprint:
    """The shingle hashes and sketch of one text."""
    hashes = shingles(text)
    return Fingerprint(hashes, sketch(hashes))


def jaccard(a: array, b: array) -> float:
    """Shared shingles over all shingles of two sorted hash arrays."""
    if not a or not b:
        return 0.0
    shared = len(set(a).intersection(b))
    return shared / (len(a) + len(b) - shared)


def common_values(sketches: Mapping[str, tuple[int, ...]]) -> set[int]:
    """Sketch values found in more texts than a story is plausibly republished in.

    Such a value is a shingle of boilerplate or stock phrasing; two texts
    sharing it say nothing about them telling one story, and buckets of them
    would make the work quadratic in a repetitive archive.
    """
    counts: Counter[int] = Counter()
    for values in sketches.values():
        counts.update(set(values))
    limit = max(MAX_SHARED, len(sketches) // 100)
    return {value for value, count in counts.items() if count > limit}


def candidate_pairs(sketches: Mapping[str, tuple[int, ...]]) -> set[tuple[str, str]]:
    """Pairs of keys whose sketches agree on at least one band of uncommon values (each pair ordered)."""
    common = common_values(sketches)
    pairs: set[tuple[str, str]] = set()
    for band in range(BANDS):
        start = band * ROWS
        buckets: dict[tuple[int, ...], list[str]] = defaultdict(list)
        for key, values in sketches.items():
            rows = values[start : start + ROWS]
            if rows and common.isdisjoint(rows):
                buckets[rows].append(key)
        for keys in buckets.values():
            if len(keys) > 1:
                ordered = sorted(keys)
                pairs.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    return pairs


def match(
    fingerprints: Mapping[str, Fingerprint],
    threshold: float = DEFAULT_THRESHOLD,
    among: Collection[str] | None = None,
) -> list[tuple[str, str, float]]:
    """Near-duplicate pairs among fingerprinted texts, as `find_near_duplicates` returns them.

    With `among`, only pairs with at least one key in it are checked (the
    articles of this run against the whole archive).
    """
    found = []
    for a, b in sorted(candidate_pairs({key: fp.sketch for key, fp in fingerprints.items()})):
        if among is not None and a not in among and b not in among:
            continue
        fa, fb = fingerprints[a], fingerprints[b]
        # The share of equal sketch values estimates Jaccard (standard error <= 0.045);
        # only pairs that could reach the threshold pay for the exact count.
        if sum(map(eq, fa.sketch, fb.sketch)) < (threshold - ESTIMATE_MARGIN) * BINS:
            continue
        score = jaccard(fa.hashes, fb.hashes)
        if score >= threshold:
            found.append((a, b, round(score, 3)))
    return found


def find_near_duplicates(
    texts: Mapping[str, str], threshold: float = DEFAULT_THRESHOLD
) -> list[tuple[str, str, float]]:
    """Pairs of texts that tell the same story: `(key_a, key_b, jaccard)` with key_a < key_b.

    `texts` maps any key (a brief's file name, say) to an article's text.
    Pairs are sorted by key; the similarity is the exact Jaccard similarity of
    the two shingle sets, rounded to three places. Texts with no words are
    never paired. Identical texts score 1.0.
    """
    return match({key: fingerprint(text) for key, text in texts.items()}, threshold)


def duplicate_map(pairs: Iterable[tuple[str, str, float]]) -> dict[str, list[str]]:
    """Each key to the sorted keys it near-duplicates, for a brief's `duplicates` list."""
    linked: dict[str, set[str]] = defaultdict(set)
    for a, b, _ in pairs:
        linked[a].add(b)
        linked[b].add(a)
    return {key: sorted(others) for key, others in sorted(linked.items())}

"""Related briefs: the few others that share the most (and the rarest) actors and topics."""

from __future__ import annotations

import heapq
import math

from ..archive import Entry

LIMIT = 5  #: related briefs per brief; a brief page must not grow with the archive
POOL = 80  #: candidates scored per brief; keeps the work linear in the archive's size


def _keys(entry: Entry) -> set[str]:
    return {f"a:{a.id}" for a in entry.brief.actors} | {f"t:{t}" for t in entry.brief.topics}


def related(entries: list[Entry], limit: int = LIMIT) -> dict[str, list[Entry]]:
    """Brief stem -> up to `limit` related briefs, best first.

    A shared key is worth its inverse document frequency, so sharing a
    rarely named official counts for more than sharing "Pakistan", which
    nearly every brief names. Candidates are drawn from the rarest keys first
    and capped at POOL, so a key every brief carries never makes this quadratic.
    """
    # Keys and briefs as small integers: set intersections of ints are what the inner loop does.
    key_ids: dict[str, int] = {}
    # Numbered in sorted order: a set of strings iterates in an order that changes from run to run (hash
    # randomisation), and the order of a float sum decides near-ties, so the output would too.
    keys = [frozenset(key_ids.setdefault(k, len(key_ids)) for k in sorted(_keys(e))) for e in entries]
    postings: list[list[int]] = [[] for _ in key_ids]
    for index, own in enumerate(keys):
        for key in own:
            postings[key].append(index)
    total = len(entries)
    weight = [math.log(1 + total / len(found)) for found in postings]
    names = {k: name for name, k in key_ids.items()}
    days = [_day(e) for e in entries]
    stems = [e.stem for e in entries]
    result: dict[str, list[Entry]] = {}
    for index, entry in enumerate(entries):
        own = keys[index]
        pool = _candidates(index, sorted(own, key=lambda k: (len(postings[k]), names[k])), postings)
        scores = [sum(map(weight.__getitem__, own & keys[o])) for o in pool]
        # Only candidates scoring at least the limit-th best can be among the best: the ranking's
        # tuples are built for those alone (at 10,000 briefs, building all 80 took most of the time).
        cut = heapq.nlargest(limit, scores)[-1] if len(scores) > limit else -math.inf
        best = sorted((-s, -days[o], stems[o], o) for s, o in zip(scores, pool, strict=True) if s >= cut)
        result[entry.stem] = [entries[o] for *_, o in best[:limit]]
    return result


def _candidates(index: int, rarest_first: list[int], postings: list[list[int]]) -> list[int]:
    """Up to POOL other briefs sharing a key, from the rarest keys first (newest first within a key)."""
    pool: dict[int, None] = {}
    for key in rarest_first:
        for other in postings[key]:
            if other != index:
                pool[other] = None
                if len(pool) >= POOL:
                    return list(pool)
    return list(pool)


def _day(entry: Entry) -> int:
    """A sortable number for the date (newer is larger); undated sorts last."""
    return int(entry.brief.date.replace("-", "")) if entry.brief.date else 0  # collect checked the format

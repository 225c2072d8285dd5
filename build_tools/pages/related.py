"""Related briefs: the few others that share the most (and the rarest) actors and topics."""

from __future__ import annotations

import math
from collections import defaultdict

from .collect import Entry

LIMIT = 5  #: related briefs per brief; a brief page must not grow with the archive
POOL = 300  #: candidates scored per brief; keeps the work linear in the archive's size


def _keys(entry: Entry) -> set[str]:
    return {f"a:{a.id}" for a in entry.brief.actors} | {f"t:{t}" for t in entry.brief.topics}


def related(entries: list[Entry], limit: int = LIMIT) -> dict[str, list[Entry]]:
    """Brief stem -> up to `limit` related briefs, best first.

    A shared key is worth its inverse document frequency, so sharing a
    rarely named official counts for more than sharing "Pakistan", which
    nearly every brief names. Candidates are drawn from the rarest keys first
    and capped at POOL, so a key every brief carries never makes this quadratic.
    """
    keys = {e.stem: _keys(e) for e in entries}
    postings: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        for key in keys[entry.stem]:
            postings[key].append(entry)
    total = len(entries)
    weight = {key: math.log(1 + total / len(found)) for key, found in postings.items()}
    result: dict[str, list[Entry]] = {}
    for entry in entries:
        pool: dict[str, Entry] = {}
        for key in sorted(keys[entry.stem], key=lambda k: (len(postings[k]), k)):
            for other in postings[key]:
                if other.stem != entry.stem:
                    pool.setdefault(other.stem, other)
            if len(pool) >= POOL:
                break
        scored = [(sum(weight[k] for k in keys[entry.stem] & keys[o.stem]), o) for o in pool.values()]
        scored.sort(key=lambda pair: (-pair[0], -_day(pair[1]), pair[1].stem))
        result[entry.stem] = [other for _, other in scored[:limit]]
    return result


def _day(entry: Entry) -> int:
    """A sortable number for the date (newer is larger); undated sorts last."""
    return int(entry.brief.date.replace("-", "")) if entry.brief.date else 0  # collect checked the format

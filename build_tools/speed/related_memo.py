"""Related briefs, worked out again only when what they are worked out from has changed.

`pages.related.related` reads each brief's address, date, actors and topics, in the archive's order, and
nothing else; at 10,000 briefs it takes about 2 s. An edit to a brief's summary or text, the usual edit,
changes none of that: the build then takes the answer the last build recorded (build/related-memo.json).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..archive import Entry
from ..files import atomic_write
from ..pages.related import LIMIT, POOL, related

MEMO = "build/related-memo.json"


def inputs_of(entries: list[Entry]) -> str:
    """Everything `related` reads of the archive, as one digest."""
    digest = hashlib.sha256(f"{LIMIT}:{POOL}".encode())
    for entry in entries:
        brief = entry.brief
        keys = sorted({a.id for a in brief.actors}) + ["\0"] + sorted(set(brief.topics))
        digest.update("\x1f".join([entry.stem, brief.date or "", *keys]).encode() + b"\x1e")
    return digest.hexdigest()


def remembered_related(root: Path, entries: list[Entry]) -> dict[str, list[Entry]]:
    """`related(entries)`, from the memo when its inputs are the ones recorded."""
    digest = inputs_of(entries)
    path = root / MEMO
    by_stem = {entry.stem: entry for entry in entries}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("inputs") == digest:
            return {stem: [by_stem[o] for o in others] for stem, others in data["related"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    found = related(entries)
    data = {"inputs": digest, "related": {stem: [o.stem for o in others] for stem, others in found.items()}}
    atomic_write(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    return found

"""Editors' corrections, kept through every re-ingest, at the granularity editors make them.

The front-matter key `extracted` records what extraction last wrote: a short
hash of each whole field (title, date, summary, the article...), and for the
lists editors correct item by item (actors, topics, quotes) each item's key
and hash. On re-ingest (`merge`):

- a field whose value no longer matches its hash was corrected: it is kept;
- an item the editor changed (an actor's name, role or type; a quote's
  speaker) is kept as changed; an item the editor removed stays removed; an
  item the editor added is kept; an item nobody touched is refreshed, or
  dropped when the article no longer gives it; an item the article newly
  gives is added.

Where re-ingest would have changed something an editor corrected, `merge`
says so (`Merged.notes`), so ingest can print it in one line.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from ..model import EDITABLE_FIELDS, ITEM_FIELDS, Brief
from .write import actor_dict, body_of

MACHINE_TITLE_SOURCES = ("headline", "generated")
MACHINE_DATE_SOURCES = ("byline", "citation", "header", "dateline", "address", None)
T = TypeVar("T")

# json.dumps(value, sort_keys=True, ensure_ascii=False, default=str), without a new encoder per call.
_FINGERPRINT_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str)


def fingerprint(value: Any) -> str:
    """A short, stable hash of a value."""
    return hashlib.sha256(_FINGERPRINT_JSON.encode(value).encode("utf-8")).hexdigest()[:12]


def field_value(brief: Brief, name: str) -> Any:
    """A whole editable field as plain data, for hashing and comparison."""
    return body_of(brief) if name == "body" else getattr(brief, name)


# -- items: each list's key and hash per item --------------------------------------------------


@dataclass(frozen=True)
class _Items:
    """How one item field names and hashes its items."""

    key: Callable[[Any], str]
    hash: Callable[[Any], str]


_ITEMS: dict[str, _Items] = {
    "actors": _Items(key=lambda a: a.id, hash=lambda a: fingerprint(actor_dict(a))),
    "topics": _Items(key=str, hash=lambda t: ""),  # a topic is filed or not: nothing in it to correct
    "quotes": _Items(key=lambda q: fingerprint(" ".join(q.text.split()))[:8], hash=lambda q: fingerprint(q.speaker_id)),
}


def encode_items(name: str, items: Sequence[Any]) -> str:
    """The record of an item field: "key=hash,key=hash" (topics: "key,key")."""
    spec = _ITEMS[name]
    return ",".join(f"{spec.key(i)}={spec.hash(i)}" if spec.hash(i) else spec.key(i) for i in items)


def decode_items(record: str | None) -> dict[str, str] | None:
    """An item field's record as key -> hash ("" for topics); None when there is no record."""
    if record is None:
        return None
    found: dict[str, str] = {}
    for part in filter(None, record.split(",")):
        key, _, digest = part.partition("=")
        found[key] = digest
    return found


# -- recording and finding corrections -----------------------------------------------------------


def machine_record(brief: Brief) -> dict[str, str]:
    """`extracted` for a brief as extraction wrote it: every editable field's hash, every item field's items."""
    record = {name: fingerprint(field_value(brief, name)) for name in EDITABLE_FIELDS}
    record.update({name: encode_items(name, getattr(brief, name)) for name in ITEM_FIELDS})
    return record


def stamp(brief: Brief) -> Brief:
    """The brief with `extracted` set to what it holds now (it is all extraction's)."""
    return replace(brief, extracted=machine_record(brief))


def _edited(brief: Brief, name: str) -> bool:
    recorded = brief.extracted.get(name)
    value = field_value(brief, name)
    if recorded is None:  # a field newer than the brief's record: the editor's if it holds anything
        return value not in (None, "", [])
    return recorded != fingerprint(value)


def edited_fields(brief: Brief) -> set[str]:
    """Whole fields an editor changed, and item fields in which an editor changed, added or removed an item."""
    edited = {name for name in EDITABLE_FIELDS if _edited(brief, name)}
    for name in ITEM_FIELDS:
        items = getattr(brief, name)
        if decode_items(brief.extracted.get(name)) != decode_items(encode_items(name, items)):
            edited.add(name)
    return edited


# -- merging a fresh extraction into an existing brief -------------------------------------------


@dataclass
class Merged:
    """A re-ingested brief, and one note per correction kept where the article now gives something else."""

    brief: Brief
    notes: list[str] = field(default_factory=list)


def _merge_items(name: str, existing: list[T], fresh: list[T], record: str | None, notes: list[str]) -> list[T]:
    """One item field merged: in extraction's order, each item the editor corrected in its corrected form, each
    item the editor removed left out; then the items the editor added (or corrected, that extraction no
    longer finds), in the editor's order. A brief nobody corrected comes out exactly as extracted."""
    spec = _ITEMS[name]
    before = decode_items(record)
    held = {spec.key(item): item for item in existing}

    def untouched(item: T) -> bool:
        return before is not None and before.get(spec.key(item)) == spec.hash(item)

    merged: list[T] = []
    for item in fresh:
        key = spec.key(item)
        if key not in held:
            if before is None or key not in before:
                merged.append(item)  # newly given by the article; one the editor removed stays removed
        elif untouched(held[key]):
            merged.append(item)  # extraction's, refreshed
        else:
            merged.append(held[key])  # corrected by an editor
            if before is not None and key in before and spec.hash(item) != before[key]:
                notes.append(f"{name[:-1]} {key}")
    given = {spec.key(item) for item in fresh}
    merged += [item for item in existing if spec.key(item) not in given and not untouched(item)]
    return merged


def merge(existing: Brief, fresh: Brief) -> Merged:
    """The fresh extraction, keeping every field and item an editor corrected in `existing`."""
    notes: list[str] = []
    edited = {name for name in EDITABLE_FIELDS if _edited(existing, name)}
    merged = replace(fresh, body=body_of(fresh), duplicates=existing.duplicates or fresh.duplicates)
    for name in edited:
        setattr(merged, name, field_value(existing, name))
        if existing.extracted.get(name) not in (None, fingerprint(field_value(fresh, name))):
            notes.append(name)
    # An edited title or date is the editor's: say so unless they said where it came from.
    if "title" in edited:
        merged.title_source = "editor" if existing.title_source in MACHINE_TITLE_SOURCES else existing.title_source
    if "date" in edited:
        merged.date_source = "editor" if existing.date_source in MACHINE_DATE_SOURCES else existing.date_source
    merged.actors = _merge_items("actors", existing.actors, fresh.actors, existing.extracted.get("actors"), notes)
    merged.topics = _merge_items("topics", existing.topics, fresh.topics, existing.extracted.get("topics"), notes)
    merged.quotes = _merge_items("quotes", existing.quotes, fresh.quotes, existing.extracted.get("quotes"), notes)
    # The record is extraction's own: a value that differs from it stays a correction; one the
    # article has come to agree with is extraction's again.
    merged.extracted = machine_record(fresh)
    return Merged(merged, notes)

"""The actors index (split by type and initial letter when large) and a page for every actor a brief names."""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain
from typing import Any

from ..archive import RESERVED_ACTOR_IDS, Entry
from ..model import ActorRef
from ..vocab import Vocabulary
from .listings import briefs_block, listing_pages, paged, too_long
from .page import Page, Pages
from .topics import TOP, actor_counts
from .words import date_text

ACTORS_ON_INDEX = 300  #: actors listed on /actors/ before it splits by type and initial letter
MOST_NAMED = 20  #: actors of each type listed on a split /actors/ page
TYPE_LABELS = {"person": "People", "organization": "Organizations", "country": "Countries"}
TYPE_NAMES = {"person": "Person", "organization": "Organization", "country": "Country"}  #: one actor's type
TYPE_FOLDERS = {"person": "people", "organization": "organizations", "country": "countries"}
assert set(TYPE_FOLDERS.values()) | {"other"} <= RESERVED_ACTOR_IDS  # letter pages never clash with an actor
_WIKIDATA = re.compile(r"Q\d+")


def actor_name(actor_id: str, refs: list[ActorRef], vocab: Vocabulary) -> tuple[str, str, bool]:
    """Display name, type and whether the actor is unreviewed (not in the authority file)."""
    known = vocab.actors_by_id.get(actor_id)
    if known:
        return known.name, known.type, False
    return refs[0].name, refs[0].type, True


def actors_index(groups: dict[str, list[Entry]], refs: dict[str, list[ActorRef]], vocab: Vocabulary) -> Pages:
    """The actors index, by type, most often named first, unreviewed ones marked; split by letter when large."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TYPE_LABELS}
    for actor_id, found in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        name, kind, unreviewed = actor_name(actor_id, refs[actor_id], vocab)
        row = {
            "name": name,
            "url": f"actors/{actor_id}/",
            "count": len(found),
            "unreviewed": unreviewed,
            "id": actor_id,
        }
        rows.setdefault(kind, []).append(row)
    split = len(groups) > ACTORS_ON_INDEX
    sections = []
    pages: Pages = {}
    for kind, actors in rows.items():
        if not actors:
            continue
        label = TYPE_LABELS.get(kind, kind.title())
        section: dict[str, Any] = {"label": label, "total": len(actors)}
        if not split:
            section["actors"] = actors
        else:
            section["actors"] = actors[:MOST_NAMED]
            letters = _by_letter(actors)
            folder = f"actors/{TYPE_FOLDERS.get(kind, 'other')}"
            section["letters"] = [{"label": key.upper(), "url": f"{folder}/{key}/"} for key in letters]
            for key, members in letters.items():
                pages.update(_letter_pages(f"{folder}/{key}", label, key, members))
        sections.append(section)
    view = {"sections": sections, "split": split}
    description = "The people, organizations and countries the briefs name, most often named first."
    pages["actors/index.md"] = Page("actors/index.md", "Actors", "actors.html", view, description)
    return pages


def _by_letter(actors: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Actors by the first character of their id (a slug: a-z, or a digit, grouped as 0-9), by name within."""
    found: dict[str, list[dict[str, Any]]] = {}
    for actor in sorted(actors, key=lambda a: (a["name"].casefold(), a["id"])):
        key = actor["id"][0] if actor["id"][0].isalpha() else "0-9"
        found.setdefault(key, []).append(actor)
    return dict(sorted(found.items()))


def _letter_pages(folder: str, label: str, key: str, actors: list[dict[str, Any]]) -> Pages:
    pages: Pages = {}
    for src, chunk, pager, part in paged(folder, actors):
        view = {"letter": key.upper(), "total": len(actors), "actors": chunk, "pager": pager}
        pages[src] = Page(src, f"{label}: {key.upper()}{part}", "actor-letter.html", view)
    return pages


def actor_pages(actor_id: str, entries: list[Entry], refs: list[ActorRef], vocab: Vocabulary) -> Pages:
    """One actor's page: type, description, the roles the briefs state, topics, co-actors, briefs; listings."""
    base, src = f"actors/{actor_id}", f"actors/{actor_id}/index.md"
    name, kind, unreviewed = actor_name(actor_id, refs, vocab)
    known = vocab.actors_by_id.get(actor_id)
    labels = {t.id: t.label for t in vocab.topics}
    topic_counts = Counter(chain.from_iterable(e.topic_ids for e in entries))
    view = {
        "type": kind,
        "type_label": TYPE_NAMES.get(kind, kind.title()),
        "count": len(entries),
        "unreviewed": unreviewed,
        "description": " ".join(known.description.split()) if known and known.description else None,
        "wikidata": known.wikidata if known and known.wikidata and _WIKIDATA.fullmatch(known.wikidata) else None,
        "roles": _roles(actor_id, entries),
        "topics": [
            {"label": labels.get(t, t), "url": f"topics/{t}/", "count": n}
            for t, n in sorted(topic_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
        ],
        "alongside": actor_counts(entries, exclude=actor_id),
        "briefs": briefs_block(base, entries),
    }
    description = f"{name}: the briefs of the archive that name them, and the roles they state."
    pages: Pages = {src: Page(src, name, "actor.html", view, description)}
    if too_long(entries):
        pages.update(listing_pages(base, name, entries))
    return pages


def _roles(actor_id: str, entries: list[Entry]) -> list[dict[str, Any]]:
    """Each distinct role as the articles state it, most often stated first, with the newest brief stating it."""
    seen: dict[str, Entry] = {}
    counts: Counter[str] = Counter()
    for entry in entries:
        for role in entry.roles.get(actor_id, ()):
            counts[role] += 1
            seen.setdefault(role, entry)
    return [
        {
            "role": role,
            "brief": seen[role],
            "date": date_text(seen[role].brief.date),
            "more": counts[role] - 1,
        }
        for role in sorted(counts, key=lambda r: (-counts[r], r))[:TOP]
    ]

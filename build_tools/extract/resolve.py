"""From what the readers collected to a brief's actors: people merged and resolved against the authority file.

People the authority file says are one ("Mohammad Ishaq Dar", "Ishaq Dar")
become one actor under the file's id and name; a lone surname or given name
joins the person it belongs to; the actors come out in order of first
mention, people first, then organisations, then countries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache

from ..model import ActorRef
from ..slugs import slugify
from ..vocab import Actor, Vocabulary
from .cast import Cast, Found, Mention, Person, Single, Where, name_parts, same_name
from .lexicon import ACRONYM, lexicon
from .roles import better_role

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def resolve_person(vocab: Vocabulary, tokens: tuple[str, ...]) -> Actor | None:
    """The authority file's person written as `tokens`: as written, else without initials and suffix."""
    actor = vocab.alias_index.get(" ".join(tokens).casefold())
    if actor is None or actor.type != "person":
        actor = _people_by_plain_name(vocab).get(_plain_name(tokens))
    return actor if actor is not None and actor.type == "person" else None


def _plain_name(tokens: Iterable[str]) -> str:
    """A name without initials, full stops and a generational suffix: "Joseph R. Biden Jr." is "joseph biden"."""
    parts = [t.strip(".").casefold() for t in tokens]
    return " ".join(p for p in parts if len(p) > 1 and p not in _SUFFIXES)


def _people_by_plain_name(vocab: Vocabulary) -> dict[str, Actor]:
    """The authority file's people by the plain form of each name and alias (built once per vocabulary)."""
    cached = vocab.__dict__.get("_people_by_plain_name")
    if cached is None:
        cached = {}
        for actor in vocab.actors:
            if actor.type == "person":
                for alias in (actor.name, *actor.aliases):
                    cached.setdefault(_plain_name(alias.split()), actor)
        vocab.__dict__["_people_by_plain_name"] = cached
    return cached  # type: ignore[no-any-return]


def assemble(cast: Cast, vocab: Vocabulary) -> Found:
    """The article's actors and mentions, people merged and resolved; names with no evidence dropped."""
    merged, by_actor = _merge_known(cast.persons, vocab, cast.ranks)
    mentions: list[Mention] = []
    for name, where in cast.person_mentions:
        for person in merged:
            if (
                same_name(person.tokens, name, cast.variants)
                or person.actor
                and person.actor is resolve_person(vocab, name)
            ):
                mentions.append(Mention(person_key(person), *where))
                break
    for single in cast.singles:
        match = _single_person(merged, by_actor, single, vocab)
        if match is not None:
            match.role = better_role(match.role, single.role, cast.ranks)
            match.evidence = match.evidence or single.evidence
            mentions.append(Mention(person_key(match), *single.where))
    kept = [p for p in merged if p.evidence or p.actor is not None]
    keys = {person_key(p) for p in kept}
    mentions = [m for m in mentions if m.key in keys]
    _loose_acronyms(cast)
    _fold_branches(cast)
    return _ordered(cast, kept, mentions)


def _loose_acronyms(cast: Cast) -> None:
    """Unknown acronyms written in two sentences or more become organisations, unless an office's."""
    for text, places in cast.loose_acronyms.items():
        if text in cast.office_acronyms or text in cast.acronyms or len({at[0] for at in places}) < 2:
            continue
        ref = ActorRef(id=slugify(text), name=text, type="organization", unreviewed=True)
        for where in places:
            cast.unreviewed(ref, where)


def _fold_branches(cast: Cast) -> None:
    """A bare name whose branch the article names ("ISIS" beside "ISIS-K") is that branch."""
    for stem, branch in cast.branches.items():
        bare = cast.known_tokens.get(stem)
        if bare is None or bare == branch or bare not in cast.others:
            continue
        del cast.others[bare]
        cast.other_mentions = [replace(m, key=branch) if m.key == bare else m for m in cast.other_mentions]


def _single_person(
    merged: list[Person], by_actor: dict[str, Person], single: Single, vocab: Vocabulary
) -> Person | None:
    """The person a lone word names: one already named, one the authority file knows, or a new titled one.

    A titled surname no one has ("Senator Roe") is a person of its own, unless
    exactly one person named before holds that same title and has a two-word
    name that, with it, is a person the authority file knows: "Senator Jane
    Smith ... Senator Roe" is then "Jane Smith Roe", whose name the article
    first gave short.
    """
    match = match_single(merged, single.word, single.where, lexicon(vocab).name_variants)
    if match is not None:
        return match
    actor = vocab.alias_index.get(single.word.casefold())
    if actor is not None and actor.type != "person":
        return None
    if actor is not None and actor.id in by_actor:
        return by_actor[actor.id]
    # An untitled word names someone new only when the authority file knows it and a verb of saying
    # follows ("Roe said"): "the Roe administration" refers back to a person, or to no one.
    if not single.titled and (actor is None or not single.evidence):
        return None
    if actor is None:
        completed = _completed_name(merged, single, vocab)
        if completed is not None and completed.actor is not None:
            by_actor.setdefault(completed.actor.id, completed)
            return completed
    person = Person((single.word,), single.role, single.where, actor)
    if actor is not None:
        by_actor[actor.id] = person
    merged.append(person)
    return person


def _completed_name(merged: list[Person], single: Single, vocab: Vocabulary) -> Person | None:
    """The one earlier person with `single`'s title and a two-word name, given the surname as a third word,
    when the authority file knows the whole name."""
    if single.title is None:
        return None
    holders = [
        p
        for p in merged
        if p.first <= single.where and p.role and single.title in p.role.casefold().split() and len(p.tokens) == 2
    ]
    if len(holders) != 1 or holders[0].actor is not None or not holders[0].evidence:
        return None
    # A title is shared far more often than a name is cut short: "Senator John Kerry ... Senator Lugar" are
    # two senators, "Secretary of State Hillary Clinton ... Secretary Gates" two secretaries, and a first
    # name list cannot tell (Kerry, Clinton and Bush are first names too). Only the authority file can.
    person = holders[0]
    actor = resolve_person(vocab, (*person.tokens, single.word))
    if actor is None:
        return None
    person.tokens, person.actor = (*person.tokens, single.word), actor
    person.written = f"{person.name} {single.word}"
    return person


def _merge_known(
    persons: list[Person], vocab: Vocabulary, ranks: frozenset[str]
) -> tuple[list[Person], dict[str, Person]]:
    """`persons` with those the authority file says are one merged, and the known ones by actor id."""
    by_actor: dict[str, Person] = {}
    merged: list[Person] = []
    for person in persons:
        person.actor = resolve_person(vocab, person.tokens)
        if person.actor and person.actor.id in by_actor:
            other = by_actor[person.actor.id]
            other.role = better_role(other.role, person.role, ranks)
            continue
        if person.actor:
            by_actor[person.actor.id] = person
        merged.append(person)
    return merged, by_actor


def _ordered(cast: Cast, merged: list[Person], mentions: list[Mention]) -> Found:
    """People in order of first mention, then organisations, then countries; every mention sorted."""
    firsts: dict[str, Where] = {}
    for mention in mentions:
        at = (mention.sentence, mention.start)
        if mention.key not in firsts or at < firsts[mention.key]:
            firsts[mention.key] = at
    refs: list[tuple[Where, ActorRef]] = []
    seen: set[str] = set()
    for person in merged:
        ref = person_ref(person)
        if ref.id in seen:
            continue
        seen.add(ref.id)
        refs.append((firsts.get(person_key(person), person.first), ref))
    refs.sort(key=lambda item: item[0])
    others = sorted(cast.others.values(), key=lambda item: (item[0].type != "organization", item[1]))
    found = Found(actors=[ref for _, ref in refs])
    for ref, _ in others:
        if ref.id not in seen:
            seen.add(ref.id)
            found.actors.append(_as_written(ref, cast.written_forms.get(ref.id, [])))
    found.mentions = sorted(mentions + cast.other_mentions, key=lambda m: (m.sentence, m.start))
    return found


def _as_written(ref: ActorRef, forms: list[str]) -> ActorRef:
    """An organisation named as the article names it: its fullest form, the most written one first.

    The id still links it to the authority file ("Taleban" is the Taliban);
    an organisation written only as an acronym keeps the file's full name.
    """
    full = [f for f in forms if not ACRONYM.match(f)]
    if ref.type != "organization" or not full:
        return ref
    counts = Counter(full)
    return replace(ref, name=max(counts, key=lambda f: (counts[f], -full.index(f))))


def person_key(person: Person) -> str:
    """The id a person's mentions are recorded under."""
    return person.actor.id if person.actor else _slug(person.tokens)


@lru_cache(maxsize=4096)
def _slug(tokens: tuple[str, ...]) -> str:
    return slugify(" ".join(tokens))


def person_ref(person: Person) -> ActorRef:
    """A person as a brief's actor: the authority file's name when known, else as written, unreviewed."""
    if person.actor:
        return ActorRef(id=person.actor.id, name=person.actor.name, type="person", role=person.role)
    return ActorRef(id=person_key(person), name=person.name, type="person", role=person.role, unreviewed=True)


def match_single(
    persons: list[Person], single: str, where: Where, variants: Mapping[str, str] | None = None
) -> Person | None:
    """The person a lone surname or given name refers to: the latest named before it."""
    variants = variants or {}
    key = variants.get(single.casefold(), single.casefold())
    candidates = [p for p in persons if key in name_parts(p.tokens, variants) and len(p.tokens) > 1]
    if not candidates:
        candidates = [p for p in persons if key in name_parts(p.tokens, variants)]
    if not candidates:
        return None
    before = [p for p in candidates if p.first <= where]
    return max(before, key=lambda p: p.first) if before else min(candidates, key=lambda p: p.first)

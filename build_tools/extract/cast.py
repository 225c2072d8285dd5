"""What the actor readers collect from one article, before it is resolved into a brief's actors.

The readers (people.py, organisations.py, actors.py) add what each sentence
names to one `Cast`; resolve.py then merges, resolves against the authority
file and orders it into a `Found`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import ActorRef
from ..vocab import Actor
from .lexicon import DOTTED_INITIALS
from .roles import better_role

_NO_VARIANTS: Mapping[str, str] = {}

#: Where an actor is named: (sentence number, character offset in the sentence).
Where = tuple[int, int]


@dataclass
class Mention:
    """One place an actor is named: which sentence and where in it."""

    key: str
    sentence: int
    start: int


@dataclass
class Found:
    """The actors of one article, in order of first mention, with every mention."""

    actors: list[ActorRef] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Person:
    """A person as named so far in an article: the fullest form of the name, the first role stated."""

    tokens: tuple[str, ...]
    role: str | None
    first: Where
    actor: Actor | None = None
    evidence: bool = True  #: something besides capitals says this is a person (see people.py)
    written: str = ""  #: the fullest form as the article writes it ("Colin L. Powell")

    @property
    def name(self) -> str:
        return self.written or " ".join(self.tokens)


@dataclass(frozen=True)
class Single:
    """A lone word that may name a person already named ("Qureshi", "Ambassador Khan")."""

    word: str
    titled: bool  #: an office or honorific stood before it
    role: str | None
    where: Where
    evidence: bool = False  #: titled, or the subject of a verb of saying ("Qureshi said")
    title: str | None = None  #: the title word before it, lower-cased ("congresswoman")


@dataclass
class Cast:
    """Everything the readers found in one article, in reading order."""

    persons: list[Person] = field(default_factory=list)
    singles: list[Single] = field(default_factory=list)
    others: dict[str, tuple[ActorRef, Where]] = field(default_factory=dict)  #: organisations and countries by id
    other_mentions: list[Mention] = field(default_factory=list)
    person_mentions: list[tuple[tuple[str, ...], Where]] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)  #: "(ABC)" after an organisation -> its id
    office_acronyms: set[str] = field(default_factory=set)  #: "(ABC)" after an office ("COAS")
    loose_acronyms: dict[str, list[Where]] = field(default_factory=dict)  #: unknown capitals -> where
    branches: dict[str, str] = field(default_factory=dict)  #: "ABC" -> id of "ABC-K" named here
    known_tokens: dict[str, str] = field(default_factory=dict)  #: a one-word alias written here -> id
    written_forms: dict[str, list[str]] = field(default_factory=dict)  #: organisation id -> its names as written
    ranks: frozenset[str] = frozenset()  #: rank words: a rank alone gives way to an office stated later
    variants: Mapping[str, str] = field(default_factory=dict)  #: a name's spelling -> its usual form

    def person(
        self, name: tuple[str, ...], role: str | None, where: Where, evidence: bool = True, written: str = ""
    ) -> None:
        """A person named in full (two words or more): a new one, or a longer form of one already named."""
        self.person_mentions.append((name, where))
        for person in self.persons:
            if same_name(person.tokens, name, self.variants):
                # The fullest form with evidence names the person: "Detained Citizen Jane Roe" in a
                # headline gives way to "Jane Roe" with a first name the lists know.
                if evidence and not person.evidence or len(name) > len(person.tokens) and evidence >= person.evidence:
                    person.tokens, person.written = name, written
                person.role = better_role(person.role, role, self.ranks)
                person.evidence = person.evidence or evidence
                return
        self.persons.append(Person(name, role, where, evidence=evidence, written=written))

    def other(self, actor: Actor, where: Where, written: str | None = None) -> None:
        """A mention of an organisation or country the authority file knows, and how it was written."""
        if actor.id not in self.others:  # (a ref only for the first mention: most are repeats)
            self.others[actor.id] = (ActorRef(id=actor.id, name=actor.name, type=actor.type), where)
        self.other_mentions.append(Mention(actor.id, *where))
        if written is not None:
            self.written_forms.setdefault(actor.id, []).append(written)

    def mention(self, actor_id: str, where: Where) -> None:
        """One more mention of an organisation or country already recorded."""
        self.other_mentions.append(Mention(actor_id, *where))

    def unreviewed(self, ref: ActorRef, where: Where) -> None:
        """A mention of an organisation the authority file does not know."""
        self.others.setdefault(ref.id, (ref, where))
        self.other_mentions.append(Mention(ref.id, *where))
        self.written_forms.setdefault(ref.id, []).append(ref.name)


@lru_cache(maxsize=4096)  # asked for every pair of a person and a later mention
def _folded(tokens: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t.casefold() for t in tokens if len(t) > 1 and not DOTTED_INITIALS.match(t))


@lru_cache(maxsize=4096)
def _initials(tokens: tuple[str, ...]) -> frozenset[str]:
    """The initials of a name's middle ("W" of "George W. Bush", "H" and "W" of "George H.W. Bush")."""
    return frozenset(c for t in tokens if len(t.rstrip(".")) == 1 or DOTTED_INITIALS.match(t) for c in t if c.isalpha())


def name_parts(tokens: tuple[str, ...], variants: Mapping[str, str] = _NO_VARIANTS) -> frozenset[str]:
    """A name's words, initials aside, case-folded, each spelling variant as its usual form."""
    folded = _folded(tokens)
    if not variants or variants.keys().isdisjoint(folded):  # (most names have no variant spelling)
        return folded
    return frozenset(variants.get(p, p) for p in folded)


def same_name(a: tuple[str, ...], b: tuple[str, ...], variants: Mapping[str, str] = _NO_VARIANTS) -> bool:
    """Whether two forms of a name are one person's: one's words within the other's, same last word.

    `variants` maps a spelling to its usual form ("mohammed" -> "muhammad").
    """
    pa, pb = name_parts(a, variants), name_parts(b, variants)
    if not pa or not pb:
        return False
    ia, ib = _initials(a), _initials(b)
    if ia and ib and ia != ib:
        return False  # "George W. Bush" and "George H.W. Bush": a father and a son
    last_a, last_b = a[-1].casefold(), b[-1].casefold()
    return (pa <= pb or pb <= pa) and variants.get(last_a, last_a) == variants.get(last_b, last_b)

"""Organisations, found by their head word: the noun that ends the name before its object.

"Ministry of Foreign Affairs", "Pakistan Army", "Destroyer Squadron 50" and
"the Haqqani network" are organisations: their head (Ministry, Army,
Squadron, network) is an organisation word of taxonomy/rules/names.yml.
"House Subcommittees on Terrorism", "Front Page" and a lone "Foundation" are
not. An office names its institution ("Spokesperson for the Department of
State", "State Department Spokesperson") but is no organisation itself.

An organisation the authority file knows is recorded under its id; any other
is kept as written, unreviewed, under an id that does not depend on how the
country it belongs to was written ("US Army Central Command" and "United
States Army Central Command" are one).
"""

from __future__ import annotations

import re

from ..model import ActorRef
from ..slugs import slugify
from ..text import Token
from ..vocab import Actor
from .cast import Cast
from .lexicon import ACRONYM, CONNECTORS, TIME_PREFIXES, Words
from .phrases import Sentence, plain_pair, spelled_by_acronym

_PARTICIPLE = re.compile(r"(?:ed|ing)$")
#: people of a body, before "of" and its name
_MEMBERS = frozenset(
    "leaders members officials workers supporters activists delegates representatives staff employees "
    "lawmakers legislators senators diplomats officers soldiers students".split()
)


def organisation(words: Words, s: Sentence, idx: list[int], cast: Cast) -> bool:
    """Record the organisation named by tokens `idx`; False when they name none.

    A bracketed acronym right after the name ("(ABC)") is remembered, so a
    later "ABC" alone names the same organisation.
    """
    tokens = s.tokens
    # (and "Former" opening a sentence: "Former Example Party leaders met": the party is no former one)
    while idx and (tokens[idx[0]].key in CONNECTORS or tokens[idx[0]].key in TIME_PREFIXES):
        idx = idx[1:]
    # "Leaders of the Example Party", "Members of the Board": the people come first, the body after "of".
    if len(idx) > 2 and tokens[idx[0]].key in _MEMBERS and tokens[idx[1]].key == "of":
        return organisation(words, s, idx[2:], cast)
    idx = _without_portfolio(words, tokens, idx)
    if not idx:
        return False
    text = s.plain(idx[0], idx[-1])
    where = s.at(idx[0])
    actor = _known(words, s, idx, text)
    if actor is not None:
        cast.other(actor, where, text)
        _define_acronym(s, idx, actor.id, cast)
        return True
    inner = _within_place(words, s, idx)
    if inner is not None:  # "the Oval Office of the White House": the White House
        return organisation(words, s, inner, cast)
    head = _head(words, tokens, idx)
    if head is None or _is_building(words, s, idx, head):
        return False
    if not words.is_org_word(tokens[head]) and not _based(tokens, idx):
        return False
    if len(idx) == 1 and "-" not in tokens[head].key:  # "Foundation", "Division": a fragment
        return False
    ref = ActorRef(id=organisation_key(words, tokens, idx), name=text, type="organization", unreviewed=True)
    cast.unreviewed(ref, where)
    _define_acronym(s, idx, ref.id, cast)
    return True


def acronym_body(words: Words, s: Sentence, idx: list[int], cast: Cast) -> None:
    """Record the body named by tokens `idx`, which its bracketed acronym spells, whatever its last word."""
    key, name = organisation_key(words, s.tokens, idx), s.plain(idx[0], idx[-1])
    ref = ActorRef(id=key, name=name, type="organization", unreviewed=True)
    cast.unreviewed(ref, s.at(idx[0]))
    _define_acronym(s, idx, ref.id, cast)


def _without_portfolio(words: Words, tokens: list[Token], idx: list[int]) -> list[int]:
    """A name without the portfolio joined to it by "and" ("the United Nations and Economic Coordination",
    an office's field): what follows "and" holds no organisation word, and no "of" or "on" before it makes
    both one body's field ("Ministry of Science and Technology", "Subcommittee on Asia and the Pacific")."""
    for p, i in enumerate(idx):
        key = tokens[i].key
        if p and key in ("and", "&"):
            rest = idx[p + 1 :]
            return idx if any(words.is_org_word(tokens[j]) for j in rest) else idx[:p]
        if p and key in CONNECTORS:
            return idx
    return idx


def _known(words: Words, s: Sentence, idx: list[int], text: str) -> Actor | None:
    """The authority file's organisation named by tokens `idx`.

    By an alias; or by an alias with its country written another way ("US
    Agency for ..." for "United States Agency for ..."); or by a known acronym
    the article defines right after the name ("... Development (USAID)").
    """
    index, lex, tokens = words.vocab.alias_index, words.lex, s.tokens
    candidates = [text]
    for width in range(min(3, len(idx) - 1), 0, -1):
        country = lex.countries.get(" ".join(tokens[i].text for i in idx[:width]))
        if country is not None:
            candidates.append(f"{country.name} {s.plain(idx[width], idx[-1])}")
            break
    last = idx[-1]
    if last + 3 < len(tokens) and tokens[last + 1].text == "(" and tokens[last + 3].text == ")":
        candidates.append(tokens[last + 2].text)
    for candidate in candidates:
        actor = index.get(candidate.casefold())
        if actor is not None and actor.type == "organization":
            return actor
    return None


def _head(words: Words, tokens: list[Token], idx: list[int]) -> int | None:
    """The head of a name: its last word before the first connector (but the "and" of a field of two words
    opening it, a country before them aside), a number after it aside."""
    named = [i for i in idx if tokens[i].is_word]
    # ("... Manufacturers and Exporters Association (GMEA)": its acronym spells it across its "and")
    spelled = bool(named) and spelled_by_acronym(tokens, named)
    # Where the "and" of an opening field of two words stands: after its first word, and after a country or a
    # word that opens bodies' names before that ("Pakistani Oil and Gas ...", "National Engineering and ...").
    lex = words.lex
    field = next((p for p, i in enumerate(named) if tokens[i].key in ("and", "&")), 1)
    openers = named[: field - 1]
    # ... or after two ordinary words ("Private Power and Infrastructure Board", see phrases.plain_pair).
    opened = all(tokens[i].text in lex.countries or tokens[i].key in lex.organisation_openers for i in openers)
    if not opened and not (field == 2 and plain_pair(words, tokens, named[:2])):
        field = 1
    for p, i in enumerate(named):
        if (p == field or spelled) and tokens[i].key in ("and", "&"):
            continue  # "Oil and Gas Regulatory Authority": a field of two words opens the name
        if p and tokens[i].key in CONNECTORS:
            named = named[:p]
            break
    while named and tokens[named[-1]].text.isdigit():
        named.pop()
    return named[-1] if named else None


def _within_place(words: Words, s: Sentence, idx: list[int]) -> list[int] | None:
    """The body after "of" when what comes before it is a place or a room: "Committee Room of the Senate"."""
    lex, tokens = words.lex, s.tokens
    at = next((p for p, i in enumerate(idx) if p and tokens[i].key == "of"), None)
    if at is None:
        return None
    before = s.plain(idx[0], idx[at - 1])
    if before.casefold() in lex.places or tokens[idx[at - 1]].key in lex.facility_words:
        return idx[at + 1 :]
    return None


def _based(tokens: list[Token], idx: list[int]) -> bool:
    """A name after "X-based" is a company's or a group's: "the Karachi-based Orion Traders"."""
    return idx[0] > 0 and tokens[idx[0] - 1].key.endswith("-based")


def _is_building(words: Words, s: Sentence, idx: list[int], head: int) -> bool:
    """A diplomatic mission named after a preposition of place is its building: "outside the US consulate"."""
    if s.tokens[head].key not in words.lex.mission_words:
        return False
    before = idx[0] - 1
    if before >= 0 and s.tokens[before].key == "the":
        before -= 1
    return before >= 0 and s.tokens[before].key in words.lex.place_prepositions


def _define_acronym(s: Sentence, idx: list[int], actor_id: str, cast: Cast) -> None:
    tokens, last = s.tokens, idx[-1]
    if last + 3 < len(tokens) and tokens[last + 1].text == "(" and tokens[last + 3].text == ")":
        acronym = tokens[last + 2].text
        if ACRONYM.match(acronym):
            cast.acronyms[acronym] = actor_id


def organisation_key(words: Words, tokens: list[Token], idx: list[int]) -> str:
    """An unreviewed organisation's id: its name's slug, a leading country written as the country's id."""
    lex = words.lex
    for width in range(min(3, len(idx) - 1), 0, -1):
        country = lex.countries.get(" ".join(tokens[i].text for i in idx[:width]))
        if country is not None:
            rest = " ".join(tokens[i].text for i in idx[width:])
            return slugify(f"{country.id} {rest}")
    return slugify(" ".join(tokens[i].text for i in idx))


def office_institution(words: Words, s: Sentence, office: list[int], cast: Cast) -> None:
    """The organisations an office names, before its head or as its object.

    "State Department Spokesperson" and "Pakistan Army Chief" name the body
    before the office's head word; "Director General of the Narcotics Control
    Division" and "Commander Central Command General" the body after a head
    word, up to the next title word.
    """
    lex, tokens = words.lex, s.tokens
    heads = [p for p, i in enumerate(office) if tokens[i].key in lex.titles]
    if not heads:
        return
    start = heads[0]
    while start > 0 and (
        words.is_role_word(tokens[office[start - 1]])
        and tokens[office[start - 1]].key not in lex.org_words
        or tokens[office[start - 1]].key in lex.office_title_words
    ):
        start -= 1
    prefix = [i for i in office[:start] if tokens[i].is_word]
    bodies = [i for i, t in enumerate(prefix) if tokens[t].key in lex.org_words]
    if bodies:
        organisation(words, s, prefix[: bodies[-1] + 1], cast)
    for a, b in zip(heads, [*heads[1:], len(office)], strict=True):
        _object_institution(words, s, office[a + 1 : b], cast)


def _object_institution(words: Words, s: Sentence, body: list[int], cast: Cast) -> None:
    """The institution in an office's object: "of the Narcotics Control Division", "US Central Command"."""
    lex, tokens = words.lex, s.tokens
    body = [i for i in body if tokens[i].is_word or tokens[i].text.isdigit()]
    while body and tokens[body[0]].key in CONNECTORS:
        body.pop(0)
    # "Broadcasting" in "Minister for Information and Broadcasting" is a portfolio.
    institutional = lex.org_words - lex.portfolio_words
    orgs = [p for p, i in enumerate(body) if tokens[i].key in institutional]
    if not orgs:
        return
    # The institution ends at its organisation word, or runs on through a
    # connector ("Bank of Pakistan"); "Police Islamabad" is the police of a place.
    if orgs[-1] + 1 < len(body) and tokens[body[orgs[-1] + 1]].key not in CONNECTORS:
        body = body[: orgs[-1] + 1]
    if s.plain(body[0], body[-1]).casefold() in words.vocab.words("office_objects"):
        return  # "Chief of Defence Forces": the office's own words, no body of that name
    organisation(words, s, body, cast)


def lowercase_head(words: Words, s: Sentence, idx: list[int]) -> list[int] | None:
    """Phrase `idx` with the lower-case organisation noun after it, when one follows.

    "the Haqqani network", "the Green Valley advocacy group", "the Pakistan
    embassy": up to two lower-case words, the last an organisation noun. A
    diplomatic mission in lower case follows only a country's name.
    """
    lex, tokens = words.lex, s.tokens
    end = idx[-1]
    if tokens[end].possessive:
        return None  # "Imran Khan's party": the party of someone, not a party named so
    for width in (1, 2, 3):
        last = end + width
        if last >= len(tokens) or tokens[last].is_capitalised or not tokens[last].is_word:
            return None
        key = tokens[last].key
        if key in lex.lowercase_org_heads:
            # A mission follows a country ("the Pakistan embassy"); any other body a name
            # of its own ("a Chinese company" names no one).
            if (key in lex.mission_words) != (s.plain(idx[0], end) in lex.countries):
                return None
            return [*idx, *range(end + 1, last + 1)]
        if key in CONNECTORS or key in lex.not_name or key in lex.speech_verbs or _PARTICIPLE.search(key):
            return None  # "the U.S.-led coalition" is led by, not named
    return None

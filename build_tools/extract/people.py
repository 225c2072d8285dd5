"""People: a name after an office or honorific, or a run of two to five name-like words.

"Interior Minister Layla Qureshi" is a titled person (the office is her
role); "Minister for Water Resources Saad Khan" is one too, the name standing
after the office's portfolio; "Omar Farouk" alone is an untitled name.
"""

from __future__ import annotations

import re

from ..text import Token
from .cast import Cast, Single
from .lexicon import (
    ARTICLES,
    CALENDAR,
    CONNECTORS,
    DOTTED_INITIALS,
    GRAMMAR_WORDS,
    INITIAL,
    NAME_WORD,
    OBJECT_CONNECTORS,
    Words,
)
from .organisations import office_institution, organisation
from .phrases import Sentence
from .roles import (
    is_rank,
    role_after,
    role_around,
    role_before,
    role_from,
    role_words_before,
    spelled_out,
    with_modifiers,
)

# A first word in -ing or -ed is a headline's verb, unless it is a given name ("Defunding", "Updated").
_VERB_FORM = re.compile(r"^[A-Z][a-z]{3,}(?:ing|ed)$")
#: Most words (particles aside) a name standing after an office's portfolio may have
#: ("Minister for Housing Syed Ali Raza Shah"); longer runs give their first words to the office.
MAX_NAME_AFTER_PORTFOLIO = 4


def titled_person(words: Words, s: Sentence, idx: list[int], cast: Cast) -> bool:
    """Record the person named after an office or honorific in phrase `idx` (or the two persons a phrase names:
    "Secretary of State Jane Roe and Interior Minister John Doe"); False when there is none."""
    body = _body_after_name(words, s, idx)
    if body is not None:  # "Analyst Jane Roe of Example University": the person, then where they work
        organisation(words, s, idx[body + 1 :], cast)
        return _titled_person(words, s, idx[:body], cast)
    split = _two_titled(words, s, idx)
    if split is None:
        return _titled_person(words, s, idx, cast)
    first = _titled_person(words, s, idx[:split], cast)
    return _titled_person(words, s, idx[split + 1 :], cast) or first


def _titled_person(words: Words, s: Sentence, idx: list[int], cast: Cast) -> bool:
    """`titled_person` for a phrase naming one person at most."""
    lex, tokens = words.lex, s.tokens
    idx, suffix = _without_suffix(words, s, idx)
    titles = [p for p, i in enumerate(idx) if tokens[i].key in lex.role_words or tokens[i].key in lex.honorifics]
    if not titles or titles[-1] == len(idx) - 1 or not _heads_office(words, s, idx, titles[-1]):
        return False
    r = titles[-1]
    tail, object_of_office = _name_after_title(words, s, idx[r + 1 :])
    office_end = idx[r]
    if tail:
        office = idx[: idx.index(tail[0])]
        office_end = office[-1] if object_of_office else office_end
        office_institution(words, s, office, cast)
    while tail and words.is_particle(tokens[tail[-1]]):
        tail.pop()
    if not tail or len(tail) > 5:
        return False
    last = suffix if suffix is not None and tail[-1] == idx[-1] else tail[-1]
    name = tuple(tokens[i].text for i in tail) + ((tokens[last].text,) if last != tail[-1] else ())
    if object_of_office and any(tokens[i].key in GRAMMAR_WORDS for i in idx[r + 1 : idx.index(tail[0])]):
        # An office's object holds no bare preposition or conjunction: "Mayor
        # Apologizes After Flood Response ..." is a headline, not an office.
        return False
    role = _titled_role(words, s, idx, idx[: r + 1], office_end, last)
    where = s.at(tail[0])
    if len(name) == 1 and _ABSTRACT_NOUN.search(name[0]):
        return False  # "Special Representative for Afghanistan Reconciliation": the office's field, no name
    if len(name) == 1 and tokens[idx[r]].key in lex.one_name_honorifics:
        # "Mian Mansha", "Sheikh Hasina": the honorific is part of the name the person goes by
        cast.person((tokens[idx[r]].text, name[0]), role, s.at(idx[r]), written=s.plain(idx[r], last))
        return True
    if len(name) == 1:
        title = next(tokens[idx[p]].key for p in range(r, -1, -1) if tokens[idx[p]].key in lex.titles)
        cast.singles.append(Single(name[0], True, role, where, evidence=True, title=title))
        return True
    singular = singular_office(words, tokens[idx[r]])
    if singular is not None:  # "Senators Jane Roe and John Doe": each is a senator
        role = _one_office(role, tokens[idx[r]].text, singular, lex.role_abbreviations)
        for listed in listed_names(words, s, last):
            cast.person(
                tuple(tokens[i].text for i in listed), role, s.at(listed[0]), written=s.plain(listed[0], listed[-1])
            )
    cast.person(name, role, where, written=s.plain(tail[0], last))
    return True


_PARTY_MEMBERS = frozenset({"democrat", "democrats", "republican", "republicans"})
#: endings of abstract nouns, which end an office's field ("... for Reconciliation", "... and Diplomacy") but no
#: one-word name that follows an office
_ABSTRACT_NOUN = re.compile(r"(?:tion|sion|ment|ship|ness|acy|ism)$")  # (not "-ence": Lawrence, Florence)


def _titled_role(
    words: Words, s: Sentence, idx: list[int], titled: list[int], office_end: int, last: int
) -> str | None:
    """The role of the person a titled phrase `idx` names (its title words `titled`, its name ending at
    `last`): the office stated with the title, else one before an honorific, else one in apposition."""
    role = _stated_office(words, s, titled, office_end)
    if role is None and idx[0] > 0:  # "community leader Dr Jane Roe": the office before the honorific
        role = role_before(words, s, idx[0])
    if role is None or is_rank(role, words.lex.ranks):  # "Dr Jane Roe, a former ambassador, said"
        role = role_after(words, s, last) or role
    return _with_bracketed_portfolio(words, s, last, role)


def _with_bracketed_portfolio(words: Words, s: Sentence, last: int, role: str | None) -> str | None:
    """`role`, or the same office with its portfolio in brackets when one stands between it and the name ending
    at `last` ("Additional Secretary (Ports and Shipping) Jane Roe")."""
    tokens, first = s.tokens, last
    while first > 0 and tokens[first - 1].is_word and tokens[first - 1].is_capitalised:
        first -= 1
    if role is None or first == 0 or tokens[first - 1].text != ")":
        return role
    bracketed = role_before(words, s, first)
    rest = bracketed[len(role) :].strip(" ()").casefold() if bracketed and bracketed.startswith(role + " (") else ""
    # (a rank's "(Retd)" or "(R)" says the officer retired: no portfolio)
    return bracketed if rest and rest.rstrip(".") not in words.lex.retired_marks else role


def singular_office(words: Words, token: Token) -> str | None:
    """The singular of a title word in the plural ("Senators" -> "Senator", "Congressmen" -> "Congressman",
    "Secretaries" -> "Secretary"); None when the word is no plural of a title the lists know."""
    text = token.text
    for plural, one in (("men", "man"), ("ies", "y"), ("s", "")):
        if text.lower().endswith(plural) and len(text) > len(plural) + 2:
            singular = text[: -len(plural)] + one
            if singular.lower() in words.lex.titles:
                return singular
    return None


def _one_office(role: str | None, plural: str, singular: str, abbreviations: dict[str, str]) -> str | None:
    """The office several people hold, stated for one of them: its plural title word made singular (and
    written in full: "Reps." -> "Representative")."""
    if role is None:
        return None
    head, found, tail = role.rpartition(plural)
    return spelled_out(f"{head}{singular}{tail}", abbreviations) if found else role


def listed_names(words: Words, s: Sentence, last: int) -> list[list[int]]:
    """The names listed after the one ending at token `last`, up to the one after "and": ", Jane Roe and
    John Doe" (an honorific before a name skipped: ", Syed Jane Roe"). Nothing unless the list ends with "and"
    and a name, or "and" and others in small letters ("and senior officers"): a comma and a name alone may be
    anything; a name after "and" with a title of its own ends
    the list before it ("..., Jane Roe and Senator John Doe": he is read with his own title)."""
    tokens, lex = s.tokens, words.lex
    found: list[list[int]] = []
    j = _past_bracket(tokens, last + 1)
    while j < len(tokens) and tokens[j].text in (",", "and"):
        joined_by_and = (
            tokens[j].key == "and" or tokens[j].text == "," and j + 1 < len(tokens) and tokens[j + 1].key == "and"
        )
        j += 2 if tokens[j].text == "," and joined_by_and else 1
        while j < len(tokens) and _honorific_at(tokens, j, lex.honorifics):
            j += 1
        if joined_by_and and j < len(tokens) and tokens[j].key in lex.role_heads and found:
            return found
        run = _name_words_from(words, tokens, j)
        if joined_by_and and _others_follow(tokens, j, run, found):
            return found  # "MNAs Jane Roe, John Doe and senior officers": the names listed before the others
        j = _past_bracket(tokens, run[-1] + 1) if run else j  # ("Jane Roe (D-Md.), John Doe ...")
        if len(run) < 2 or tokens[run[0]].key in lex.titles:
            return []
        found.append(run)
        if joined_by_and:
            return found
    return []


def _others_follow(tokens: list[Token], j: int, run: list[int], found: list[list[int]]) -> bool:
    """Whether a list of names ends at token `j` with others in small letters ("... and senior officers")."""
    return not run and bool(found) and j < len(tokens) and tokens[j].text[:1].islower()


def _honorific_at(tokens: list[Token], j: int, honorifics: frozenset[str]) -> bool:
    """Whether token `j` is an honorific or the full stop after one ("Ms", "." in "Ms. Jane Roe")."""
    return tokens[j].key in honorifics or (tokens[j].text == "." and j > 0 and tokens[j - 1].key in honorifics)


def _past_bracket(tokens: list[Token], j: int) -> int:
    """The index after a short bracket opening at token `j` (a party's tag, "(D-Md.)"), or `j` itself."""
    if j < len(tokens) and tokens[j].text == "(":
        for k in range(j + 1, min(j + 8, len(tokens))):
            if tokens[k].text == ")":
                return k + 1
    return j


def _name_words_from(words: Words, tokens: list[Token], j: int) -> list[int]:
    """The indexes of the capitalised name words (four at most) standing one after another from token `j`."""
    run: list[int] = []
    while j < len(tokens) and tokens[j].is_capitalised and words.is_name_word(tokens[j]) and len(run) < 4:
        run.append(j)
        j += 1
    return run


def _body_after_name(words: Words, s: Sentence, idx: list[int]) -> int | None:
    """The position in phrase `idx` of the "of" between a titled person's name and a body's name ("Analyst
    Jane Roe of Example University"): a title and a name's two words before it, a name ending in an
    organisation word after it; None when there is no such "of"."""
    lex, tokens = words.lex, s.tokens
    for p in range(3, len(idx) - 1):
        if tokens[idx[p]].key != "of" or not words.is_org_word(tokens[idx[-1]]):
            continue
        before = idx[:p]
        named = all(words.is_name_word(tokens[i]) and tokens[i].key not in lex.role_words for i in before[-2:])
        if named and any(tokens[i].key in lex.titles for i in before[:-2]):
            return p
    return None


def _two_titled(words: Words, s: Sentence, idx: list[int]) -> int | None:
    """The position of the "and" in phrase `idx` that joins two titled persons ("Secretary of State Jane Roe and
    Interior Minister John Doe"): a title before it, a first name the lists know and a family name right before
    it, a title after it. None when there is no such "and" (an office's object may hold one: "Minister for
    Science and Technology")."""
    lex, tokens = words.lex, s.tokens
    for p in range(3, len(idx) - 2):
        if tokens[idx[p]].key != "and":
            continue
        given, family = tokens[idx[p - 2]], tokens[idx[p - 1]]
        # (a first name the lists lack will do when neither word is an office's: "Condoleezza Rice")
        named = given.key in lex.given_names or words.is_name_word(given) and not words.is_role_word(given)
        if not named or not words.is_name_word(family) or words.is_role_word(family) or words.is_org_word(family):
            continue
        titled_before = any(tokens[i].key in lex.role_words for i in idx[: p - 2])
        titled_after = any(tokens[i].key in lex.role_words for i in idx[p + 1 :])
        if titled_before and titled_after:
            return p
    return None


def _heads_office(words: Words, s: Sentence, idx: list[int], r: int) -> bool:
    """Whether the title words that end at `idx[r]` hold an office's head word or an honorific.

    Modifiers alone ("Finance", "Former") are no title, and the office must
    run unbroken from its head to its object or the name: in "Bank President
    Praises Former Student" "Former" is no office.
    """
    lex, tokens = words.lex, s.tokens
    heads = [p for p in range(r + 1) if tokens[idx[p]].key in lex.titles]
    if not heads:
        return False
    for i in idx[heads[-1] + 1 : r + 1]:
        if tokens[i].key in OBJECT_CONNECTORS:
            return True  # the office's object may hold any words: "Secretary for South and Central Asian Affairs"
        if not words.is_role_word(tokens[i]):
            return False
    return True


def _first_name_like(words: Words, token: Token) -> bool:
    """Whether a word after a title may open the name though it is no name word: a first name that is also a
    common word ("Bill"), or initials without their full stops that name no known body ("Vice President JD
    Roe")."""
    if _also_first_name(words, token):
        return True
    return _INITIALS.fullmatch(token.text) is not None and token.text not in words.lex.exact


_INITIALS = re.compile(r"[A-Z]{2}")


def _name_after_title(words: Words, s: Sentence, rest: list[int]) -> tuple[list[int], bool]:
    """The name's tokens among the words after the last title word, and whether the office had an object.

    The office has an object when a connector such as "for" follows it, or a
    word that cannot be part of a name: "Minister for Water Resources X",
    "Governor State Bank X", "Minister for Information and Broadcasting X".
    """
    tokens = s.tokens
    object_of_office = bool(rest) and tokens[rest[0]].key in OBJECT_CONNECTORS
    while rest and tokens[rest[0]].key in CONNECTORS:
        rest.pop(0)
    if len(rest) > 1 and _first_name_like(words, tokens[rest[0]]) and words.is_name_word(tokens[rest[1]]):
        return rest[:1] + _name_after_title(words, s, rest[1:])[0], object_of_office  # "President Bill Roe"
    object_of_office = object_of_office or bool(rest) and not words.is_name_word(tokens[rest[0]])
    if object_of_office:
        return name_after_portfolio(words, s, rest), True
    tail: list[int] = []
    for i in rest:  # the name runs until the first word that cannot be part of one
        if not (words.is_name_word(tokens[i]) or tail and _inside_name(words, tokens[i])):
            break
        tail.append(i)
    if len(tail) < len(rest) and tokens[rest[len(tail)]].key not in CONNECTORS:
        # "Governor Coastal Bank Ali Khan": a name that is followed by an
        # organisation word was the office's object, when a name ends the phrase.
        later = name_after_portfolio(words, s, rest)
        if len(later) >= 2:
            return later, True
        if tokens[rest[len(tail)]].is_capitalised and words.is_org_word(tokens[rest[len(tail)]]):
            return [], False  # "the Allama Jane Roe Open University": the name is the body's, no one's
    return tail, False


def _inside_name(words: Words, token: Token) -> bool:
    """A particle within a name, alone ("Mahbub ul Haq") or joined to the next name word ("Zia ul-Haq")."""
    return words.is_particle(token) or words.is_joined_particle_name(token)


def _stated_office(words: Words, s: Sentence, titled: list[int], office_end: int) -> str | None:
    """The office written before a name: its title words, honorifics aside, through its object.

    It reaches back over what qualifies it ("US President", "Varnia's
    Ambassador", "former army chief Gen"), and a rank alone gives way to an
    office stated before a comma ("The Commanding General of X, Lieutenant
    General Y").
    """
    lex, tokens = words.lex, s.tokens
    role_idx = [i for i in titled if tokens[i].key not in lex.honorifics]
    while role_idx and tokens[role_idx[0]].key in CALENDAR:  # "in early March US Ambassador X"
        role_idx.pop(0)
    if not role_idx:
        return None
    start = _office_start(words, s, role_idx[0], role_idx[-1])
    role = role_from(words, s, list(range(start, max(role_idx[-1], office_end) + 1)))
    if role is not None and not is_rank(role, lex.ranks):
        return role
    return (role_before(words, s, start) if start > 0 and tokens[start - 1].text == "," else None) or role


def _office_start(words: Words, s: Sentence, first: int, last: int) -> int:
    """Where the office whose title is tokens `first`..`last` begins: earlier when words before it belong to it.

    A whole office before it joins ("Deputy Prime Minister and Foreign
    Minister"); otherwise only the country or qualifiers right before it
    ("US", "Pakistan's", "former army"), not a body named before.
    """
    lex, tokens = words.lex, s.tokens
    before = role_words_before(words, s, first - 1)
    second = _after_and_the(tokens, before)
    if second is not None:
        before = before[second:]  # "the Foreign Secretary and the US Under Secretary X": two people's offices
    elif before and words.has_role_head(tokens, before) and not _same_office_twice(tokens, before, first, last):
        return before[0]
    start = first
    for i in reversed(before):
        token = tokens[i]
        if token.key in CONNECTORS or token.key in lex.org_words:
            break
        start = i
    # Lower-case qualifiers of the office: "the trial of ousted civilian Prime Minister X".
    qualified = with_modifiers(words, tokens, list(range(start, last + 1)))
    return qualified[0] if qualified else start


def _same_office_twice(tokens: list[Token], before: list[int], first: int, last: int) -> bool:
    """Whether the office before "and" is the one at `first`..`last` again: "the President and President X"
    are two presidents, not one office ("Deputy Prime Minister and Foreign Minister X" is one)."""
    if tokens[before[-1]].key != "and":
        return False
    previous = [tokens[i].key for i in before[:-1] if tokens[i].key not in ARTICLES]
    return previous == [tokens[i].key for i in range(first, last + 1)]


def _after_and_the(tokens: list[Token], picked: list[int]) -> int | None:
    """The position in `picked` right after its last "and the" ("and a"), where a second office begins."""
    for at in range(len(picked) - 1, 0, -1):
        if tokens[picked[at]].key in ARTICLES and tokens[picked[at - 1]].key in ("and", "&"):
            return at + 1
    return None


def name_after_portfolio(words: Words, s: Sentence, rest: list[int]) -> list[int]:
    """The name that ends an office's object: "[Board of Investment] Ali Khan".

    The name is the trailing run of name-like words. When the whole object
    reads as a name ("for the Americas Ali Khan"), its first word is the
    portfolio; words the article also writes in lower case ("water",
    "planning") are the portfolio's too; and the name keeps at most
    `MAX_NAME_AFTER_PORTFOLIO` words.
    """
    tokens = s.tokens
    rest = _without_afterword(words, s, rest)
    start = len(rest)
    while start > 0:
        token = tokens[rest[start - 1]]
        if not (words.is_name_word(token) or start < len(rest) and words.is_particle(token)):
            break
        start -= 1
    while start < len(rest) and words.is_particle(tokens[rest[start]]):
        start += 1
    start = max(start, 1)  # an office's connector needs an object before the name
    while len(rest) - start > 2 and tokens[rest[start]].key in words.lowercase_words:
        start += 1
    while sum(not words.is_particle(tokens[i]) for i in rest[start:]) > MAX_NAME_AFTER_PORTFOLIO:
        start += 1
    # "Consul General in New York Jane Roe": a place's second word is the object's, not the name's first
    while (
        start < len(rest)
        and " ".join(tokens[i].text for i in rest[start - 1 : start + 1]).casefold() in words.lex.places
    ):
        start += 1
    return rest[start:]


def _without_afterword(words: Words, s: Sentence, rest: list[int]) -> list[int]:
    """`rest` without a connector phrase that follows the name and names no one.

    "... Ali Khan on Monday", "... Ali Khan of the PTI": the phrase ends at
    the name when no name-like word follows its connector.
    """
    tokens = s.tokens
    for p in range(2, len(rest)):
        if (
            tokens[rest[p]].key in CONNECTORS
            and words.is_name_word(tokens[rest[p - 1]])
            and words.is_name_word(tokens[rest[p - 2]])
            and not any(words.is_name_word(tokens[i]) for i in rest[p + 1 :])
        ):
            return rest[:p]
    return rest


def untitled_person(words: Words, s: Sentence, idx: list[int], cast: Cast) -> None:
    """Record the name that ends phrase `idx`: two to five name-like words, or one word to match later.

    A name of several words is kept as a candidate with the evidence that it
    is a person's (see `_evidence`); resolve.py drops a candidate that has
    none in any of its mentions, so "Capitol Dome" or "Current Account
    Deficit" never become people.
    """
    tokens = s.tokens
    idx, suffix = _without_suffix(words, s, idx)
    run = _name_run(words, tokens, idx)
    if run and _VERB_FORM.search(tokens[run[0]].text) and tokens[run[0]].key not in words.lex.given_names:
        run = run[1:]  # "Defunding Threats", "Trending Now": a headline's words (not "Mohammed", "Naveed")
    whole = run + [suffix] if run and suffix is not None and run[-1] == idx[-1] else run
    if whole and tokens[whole[-1]].key in _PARTY_MEMBERS:
        return  # "the Brooklyn Democrat": a party's member, named elsewhere
    if 2 <= len(whole) <= 5:
        role = role_around(words, s, whole[0], whole[-1])
        evidence = role is not None or _evidence(words, s, run) or _says(words, s, whole[0], whole[-1])
        name = tuple(tokens[i].text for i in whole)
        cast.person(name, role, s.at(run[0]), evidence=evidence, written=s.plain(whole[0], whole[-1]))
    elif len(run) == 1 and run[0] == idx[-1]:
        says = _says(words, s, run[0], run[0])
        role = role_around(words, s, run[0], run[0])  # "Roe, commander of the fleet, said"
        cast.singles.append(Single(tokens[run[0]].text, False, role, s.at(run[0]), evidence=says))


def _without_suffix(words: Words, s: Sentence, idx: list[int]) -> tuple[list[int], int | None]:
    """Phrase `idx` without the word that ends a name but is no name word, and that word's token.

    A generational suffix ("James Roe III", "Jr"), or a title word after a
    name, which is then a surname ("Assistant Secretary Peter Lord").
    """
    tokens, lex = s.tokens, words.lex
    if len(idx) >= 2 and (tokens[idx[-1]].key in lex.suffixes or title_as_surname(words, tokens, idx)):
        return idx[:-1], idx[-1]
    return idx, None


def title_as_surname(words: Words, tokens: list[Token], idx: list[int]) -> bool:
    """A title word that ends a name is its surname ("Peter Lord", "Ali Sheikh"): a title comes before a name."""
    last, before = tokens[idx[-1]], tokens[idx[-2]]
    return last.key in words.lex.titles and last.is_capitalised and words.is_name_word(before)


def _name_run(words: Words, tokens: list[Token], idx: list[int]) -> list[int]:
    """The name-like words that end phrase `idx` (particles inside, a first name that is also a word first)."""
    run: list[int] = []
    for i in reversed(idx):
        joined = not run and words.is_joined_particle_name(tokens[i])  # ("Ayman al-Zawahiri")
        if not words.is_name_word(tokens[i]) and not (run and words.is_particle(tokens[i])) and not joined:
            break
        run.insert(0, i)
    while run and words.is_particle(tokens[run[0]]):
        run.pop(0)
    at = idx.index(run[0]) if run else 0
    if at > 0 and _also_first_name(words, tokens[idx[at - 1]]) and words.is_name_word(tokens[run[0]]):
        run.insert(0, idx[at - 1])  # "Bill Roggio", "Will Hurd"
    return run


def _also_first_name(words: Words, token: Token) -> bool:
    """A first name that is also a common word ("Bill", "May"), written as a name is."""
    return token.key in words.lex.given_also_words and NAME_WORD.match(token.text) is not None


def _evidence(words: Words, s: Sentence, run: list[int]) -> bool:
    """Whether the words of a name show a person: a known first name, a middle initial, a family name first.

    Capitals alone say nothing: programmes, places and headlines are written
    the same way. A first name the lists know ("Omar Farouk"), an initial
    between names ("Jane Q. Roe"), or a family name that comes first in
    East Asian usage ("Wang Hao") is what a person's name has and theirs have not.
    """
    tokens, lex = s.tokens, words.lex
    if len(run) > 1 and DOTTED_INITIALS.match(tokens[run[0]].text):
        return True  # initials written together before a name ("A.Q. Khan"): a body's are known ("U.N.")
    names = [p for p, i in enumerate(run) if not INITIAL.match(tokens[i].text)]
    if len(names) < 2:
        return False
    if any(names[0] < p < names[-1] for p in range(len(run)) if p not in names):
        return True  # an initial between two names
    first, second = tokens[run[names[0]]], tokens[run[names[1]]]
    if words.is_given_name(first) or first.key in lex.family_first and len(names) == 2:
        return True
    return first.key in lex.given_also_words and second.key not in lex.given_also_words


def _says(words: Words, s: Sentence, first: int, last: int) -> bool:
    """Whether a verb of saying stands right after the name or right before it ("Roe said", "said Roe"), or a
    clause about a person follows it ("Jane Roe, who runs a consultancy, ...": a body takes "which")."""
    tokens, verbs = s.tokens, words.lex.speech_verbs
    after = last + 1 < len(tokens) and tokens[last + 1].key in verbs
    who = last + 2 < len(tokens) and tokens[last + 1].text == "," and tokens[last + 2].key in ("who", "whose")
    return after or who or first > 0 and tokens[first - 1].key in verbs

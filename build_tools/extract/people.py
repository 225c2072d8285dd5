"""People: a name after an office or honorific, or a run of two to five name-like words.

"Interior Minister Layla Qureshi" is a titled person (the office is her
role); "Minister for Water Resources Saad Khan" is one too, the name standing
after the office's portfolio; "Omar Farouk" alone is an untitled name.
"""

from __future__ import annotations

from .cast import Cast, Single
from .lexicon import CONNECTORS, OBJECT_CONNECTORS, Words
from .organisations import office_institution
from .phrases import Sentence
from .roles import role_around, role_from

#: Most words (particles aside) a name standing after an office's portfolio may have
#: ("Minister for Housing Syed Ali Raza Shah"); longer runs give their first words to the office.
MAX_NAME_AFTER_PORTFOLIO = 4


def titled_person(words: Words, s: Sentence, idx: list[int], cast: Cast) -> bool:
    """Record the person named after an office or honorific in phrase `idx`; False when there is none."""
    lex, tokens = words.lex, s.tokens
    titles = [p for p, i in enumerate(idx) if tokens[i].key in lex.role_words or tokens[i].key in lex.honorifics]
    if not titles or titles[-1] == len(idx) - 1:
        return False
    r = titles[-1]
    tail, object_of_office = _name_after_title(words, s, idx[r + 1 :])
    office_end = idx[r]
    if object_of_office and tail:
        office = idx[: idx.index(tail[0])]
        office_end = office[-1]
        office_institution(words, s, office, cast)
    while tail and tokens[tail[-1]].key in lex.particles:
        tail.pop()
    if not tail or len(tail) > 5:
        return False
    head_key = tokens[idx[r]].key
    if len(tail) == 1 and head_key not in lex.role_heads and head_key not in lex.honorifics:
        return False
    name = tuple(tokens[i].text for i in tail)
    role = _stated_office(words, s, idx[: r + 1], office_end)
    if role is None:  # "Dr Jane Roe, a former ambassador, said"
        role = role_around(words, s, tail[0], tail[-1])
    where = s.at(tail[0])
    if len(name) == 1:
        cast.singles.append(Single(name[0], True, role, where))
    else:
        cast.person(name, role, where)
    return True


def _name_after_title(words: Words, s: Sentence, rest: list[int]) -> tuple[list[int], bool]:
    """The name's tokens among the words after the last title word, and whether the office had an object.

    The office has an object when a connector such as "for" follows it, or a
    word that cannot be part of a name: "Minister for Water Resources X",
    "Governor State Bank X", "Minister for Information and Broadcasting X".
    """
    lex, tokens = words.lex, s.tokens
    object_of_office = bool(rest) and tokens[rest[0]].key in OBJECT_CONNECTORS
    while rest and tokens[rest[0]].key in CONNECTORS:
        rest.pop(0)
    object_of_office = object_of_office or bool(rest) and not words.is_name_word(tokens[rest[0]])
    if object_of_office:
        return name_after_portfolio(words, s, rest), True
    tail: list[int] = []
    for i in rest:  # the name runs until the first word that cannot be part of one
        if not (words.is_name_word(tokens[i]) or tail and tokens[i].key in lex.particles):
            break
        tail.append(i)
    if len(tail) < len(rest) and tokens[rest[len(tail)]].key not in CONNECTORS:
        # "Governor Coastal Bank Ali Khan": a name that is followed by an
        # organisation word was the office's object, when a name ends the phrase.
        later = name_after_portfolio(words, s, rest)
        if len(later) >= 2:
            return later, True
    return tail, False


def _stated_office(words: Words, s: Sentence, titled: list[int], office_end: int) -> str | None:
    """The office written before a name: its title words, honorifics aside, through its object."""
    lex, tokens = words.lex, s.tokens
    role_idx = [i for i in titled if tokens[i].key not in lex.honorifics]
    if not role_idx:
        return None
    before = role_around(words, s, role_idx[0], role_idx[-1])
    start = role_idx[0]
    if before:
        # extend the stated office backwards ("Deputy Prime Minister and ...")
        start = next(i for i, t in enumerate(tokens) if t.start >= s.text.find(before))
    return role_from(words, s, list(range(start, max(role_idx[-1], office_end) + 1)))


def name_after_portfolio(words: Words, s: Sentence, rest: list[int]) -> list[int]:
    """The name that ends an office's object: "[Board of Investment] Ali Khan".

    The name is the trailing run of name-like words. When the whole object
    reads as a name ("for the Americas Ali Khan"), its first word is the
    portfolio; words the article also writes in lower case ("water",
    "planning") are the portfolio's too; and the name keeps at most
    `MAX_NAME_AFTER_PORTFOLIO` words.
    """
    lex, tokens = words.lex, s.tokens
    rest = _without_afterword(words, s, rest)
    start = len(rest)
    while start > 0:
        token = tokens[rest[start - 1]]
        if not (words.is_name_word(token) or start < len(rest) and token.key in lex.particles):
            break
        start -= 1
    while start < len(rest) and tokens[rest[start]].key in lex.particles:
        start += 1
    start = max(start, 1)  # an office's connector needs an object before the name
    while len(rest) - start > 2 and tokens[rest[start]].key in words.lowercase_words:
        start += 1
    while sum(tokens[i].key not in lex.particles for i in rest[start:]) > MAX_NAME_AFTER_PORTFOLIO:
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
    """Record the name that ends phrase `idx`: two to five name-like words, or one word to match later."""
    lex, tokens = words.lex, s.tokens
    run: list[int] = []
    for i in reversed(idx):
        if not words.is_name_word(tokens[i]) and not (run and tokens[i].key in lex.particles):
            break
        run.insert(0, i)
    while run and tokens[run[0]].key in lex.particles:
        run.pop(0)
    if 2 <= len(run) <= 5:
        role = role_around(words, s, run[0], run[-1])
        cast.person(tuple(tokens[i].text for i in run), role, s.at(run[0]))
    elif len(run) == 1 and run[0] == idx[-1]:
        cast.singles.append(Single(tokens[run[0]].text, False, None, s.at(run[0])))

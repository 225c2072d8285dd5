"""Organisations: capitalised phrases with an organisation word (Ministry, Council, Bank ...).

An organisation the authority file knows is recorded under its id; any other
is kept as written, unreviewed.
"""

from __future__ import annotations

import re

from ..model import ActorRef
from ..slugs import slugify
from .cast import Cast
from .lexicon import ACRONYM, CONNECTORS, Words
from .phrases import Sentence

_POSSESSIVE_END = re.compile(r"['’]s$")


def organisation(words: Words, s: Sentence, idx: list[int], cast: Cast) -> None:
    """Record the organisation named by tokens `idx`, and the acronym a bracket after it defines."""
    tokens = s.tokens
    text = _POSSESSIVE_END.sub("", s.text_of(idx[0], idx[-1]))
    last = idx[-1]
    if last + 2 < len(tokens) and tokens[last + 1].text == "(":
        acronym = tokens[last + 2].text
        if ACRONYM.match(acronym):
            cast.acronyms[acronym] = text
    where = s.at(idx[0])
    actor = words.vocab.alias_index.get(text.casefold())
    if actor is None:
        cast.unreviewed(ActorRef(id=slugify(text), name=text, type="organization", unreviewed=True), where)
    else:
        cast.other(actor, where)


def office_institution(words: Words, s: Sentence, office: list[int], cast: Cast) -> None:
    """The organisation an office belongs to, when the office names it.

    "Director General of the Narcotics Control Division" names the
    "Narcotics Control Division": the words after the office's last head
    word, when they hold an organisation word.
    """
    lex, tokens = words.lex, s.tokens
    heads = [p for p, i in enumerate(office) if tokens[i].key in lex.role_heads]
    if not heads:
        return
    body = office[heads[-1] + 1 :]
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
    if len(body) >= 2:
        organisation(words, s, body, cast)

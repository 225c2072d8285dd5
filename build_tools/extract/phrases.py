"""Capitalised phrases of a sentence: the candidates for people, organisations and offices.

A phrase is a run of capitalised words, held together by the grammar words
names and institutions use ("Council of the ...", "Ministry of Science and
Technology", "Osama bin Laden"); what it names is decided by the readers in
people.py and organisations.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..text import Token
from .lexicon import (
    ACRONYM,
    ADJECTIVE_COMPOUND,
    CALENDAR,
    CONNECTORS,
    INITIAL,
    OFFICE_CONNECTORS,
    SPAN_CONNECTORS,
    Words,
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: its number, its text and its tokens."""

    index: int
    text: str
    tokens: list[Token]

    def text_of(self, first: int, last: int) -> str:
        """The sentence's own text from token `first` to token `last` (a possessive's "'s" kept)."""
        tokens = self.tokens
        end = tokens[last].end + (2 if tokens[last].possessive else 0)
        return self.text[tokens[first].start : end]

    def plain(self, first: int, last: int) -> str:
        """The sentence's own text from token `first` to token `last`, without a possessive's "'s".

        A bracket a name was read across is left out: "(President Jane) Roe" is "Jane Roe".
        """
        text = self.text[self.tokens[first].start : self.tokens[last].end]
        return " ".join(text.replace(")", " ").split()) if ")" in text and "(" not in text else text

    def at(self, first: int) -> tuple[int, int]:
        """Where token `first` stands in the article: (sentence, character)."""
        return self.index, self.tokens[first].start

    @cached_property
    def shouted(self) -> bool:
        """Whether at least half the sentence's words are in capitals (a caption, a speaker's label)."""
        words = [t.text for t in self.tokens if t.is_word]
        return sum(1 for w in words if w.isupper() and len(w) > 1) * 2 >= len(words)


def spans(words: Words, tokens: list[Token], capitalised: list[int]) -> list[list[int]]:
    """Indices of the capitalised phrases in a sentence, given the indices of its capitalised tokens."""
    out: list[list[int]] = []
    after = 0  # a phrase starts after the end of the previous one
    for i in capitalised:
        if i < after or not tokens[i].is_word or "-" in tokens[i].text and ADJECTIVE_COMPOUND.search(tokens[i].text):
            continue
        span = phrase_from(words, tokens, i)
        out.append(span)
        after = span[-1] + 1
    return out


def phrase_from(words: Words, tokens: list[Token], i: int) -> list[int]:
    """The capitalised phrase that starts at token `i`."""
    n, lex = len(tokens), words.lex
    span, j = [i], i
    while not tokens[j].possessive or _office_of_a_holder(words, tokens, j) or _collective_possessive(words, tokens, j):
        k = j + 1
        if k < n and tokens[k].text == "." and _abbreviation(words, tokens[j]):  # "Sen.", "Dr.", "H."
            k += 1
        if k >= n:
            break
        nxt = tokens[k]
        if nxt.is_capitalised and nxt.is_word:
            if (
                nxt.key in CALENDAR or "-" in nxt.text and ADJECTIVE_COMPOUND.search(nxt.text)
            ):  # "Bank-funded", "Monday"
                break
            span.append(k)
            j = k
            continue
        if nxt.text.isdigit() and tokens[j].key in lex.unit_words:  # "Task Force 150"
            span.append(k)
            break
        joined = _across_bracket(words, tokens, span, k) or _joiner(words, tokens, span, k)
        if not joined:
            break
        span.extend(joined)
        j = joined[-1]
    return span


def _office_of_a_holder(words: Words, tokens: list[Token], j: int) -> bool:
    """Whether the possessive at `j` is an office's and a body's word follows it: "the Prime Minister's Office",
    "the President's Secretariat" (one body's name, not an office and its holder's thing)."""
    after = j + 1
    return (
        tokens[j].key in words.lex.role_heads
        and after < len(tokens)
        and tokens[after].is_capitalised
        and tokens[after].key in words.lex.org_words
    )


def _collective_possessive(words: Words, tokens: list[Token], j: int) -> bool:
    """Whether the possessive at `j` is a collective's inside a name, a capitalised word after it (the editors'
    `collective_possessives`: "the Pakistan People's Party", "the Women's Action Forum")."""
    after = j + 1
    return tokens[j].key in words.lex.collective_possessives and after < len(tokens) and tokens[after].is_capitalised


def _across_bracket(words: Words, tokens: list[Token], span: list[int], k: int) -> list[int] | None:
    """The word after a short bracketed aside inside a phrase: "Command (CENTCOM) General", "Gen (retd) Ali".

    Also a bracket closed inside a name, "(Afghan President Ashraf) Ghani",
    when a name word stands on both sides of it.
    """
    n = len(tokens)
    if tokens[k].text == ")":
        opened = any(t.text == "(" for t in tokens[: span[0]])
        if opened and k + 1 < n and words.is_name_word(tokens[k + 1]) and words.is_name_word(tokens[span[-1]]):
            return [k + 1]
        return None
    if tokens[k].text != "(":
        return None
    for close in range(k + 2, min(k + 5, n)):
        if tokens[close].text == ")":
            inside = tokens[k + 1 : close]
            after = close + 1
            if all(t.is_word or t.text in ".-/" for t in inside) and after < n:
                if tokens[after].is_capitalised and tokens[after].is_word:
                    return [after]
                if tokens[after].key in SPAN_CONNECTORS:  # "Special Assistant (SAPM) on Overseas Affairs"
                    return _joiner(words, tokens, span, after)
            return None
    return None


def _abbreviation(words: Words, token: Token) -> bool:
    """A word a full stop may follow inside a name: an initial, an honorific, a short title ("Gen.", "Sen.")."""
    key = token.key
    return bool(INITIAL.match(token.text)) or key in words.lex.honorifics or len(key) <= 4 and key in words.lex.titles


def _joiner(words: Words, tokens: list[Token], span: list[int], k: int) -> list[int] | None:
    """Connector words that continue a phrase ("Council of the ...")."""
    n = len(tokens)
    m = k + 1
    continues = _connector_continues(words, tokens, span, k)
    if m < n and tokens[m].key == "the" and continues:
        m += 1
    if continues and m < n and tokens[m].is_capitalised and tokens[m].is_word and tokens[m].key not in CALENDAR:
        return list(range(k, m + 1))
    if words.is_particle(tokens[k]) and m < n and tokens[m].is_capitalised and tokens[m].is_word:
        if words.is_name_word(tokens[span[-1]]):
            return [k, m]
    known = words.lex.exact
    if words.is_joined_particle_name(tokens[k]) and tokens[span[-1]].is_capitalised and tokens[k].text not in known:
        return [k]  # "Ayman al-Zawahiri", "Jaish al-Adl": a name's word with its particle joined in small letters
    return None


def _connector_continues(words: Words, tokens: list[Token], span: list[int], k: int) -> bool:
    """Whether the connector word at `k` continues phrase `span` (see `_joiner`)."""
    key, last = tokens[k].key, tokens[span[-1]]
    if key in OFFICE_CONNECTORS and last.key in words.lex.role_words or _purpose(words, tokens, last, k):
        return True  # "Ambassador to the United States", "Consul General in Karachi"; "Committee to Protect ..."
    if key == "and":
        return _and_continues(words, tokens, span, k)
    if key == "of" and _full_name_at(words, tokens, k + 1):
        return False  # "the Example People's Party of Jane Roe": the party, then its leader
    if key == "for" and _known_body(words, tokens, span):
        return False  # "the US Agency for International Development for the Example Company": two bodies
    if key in ("on", "for") and len(span) == 1 and _a_place(words, tokens[span[0]]):
        return False  # "to press Islamabad on the Haqqani network": a place takes no object, a body does
    # "of", "for", "on" continue an office or an institution, never a bare
    # name ("Omar Farouk on Monday" is a name, then a date).
    continues = key in SPAN_CONNECTORS and not all(words.is_name_word(tokens[i]) for i in span)
    return continues and not _on_a_country_after_of(words, tokens, span, k)


def _a_place(words: Words, token: Token) -> bool:
    """Whether `token` is a place's or a country's name on its own ("Islamabad", "Pakistan")."""
    return words.is_place(token) or token.text in words.lex.countries


_LONGEST_NAME = 12  #: tokens of the longest body's name looked up while a phrase grows


def _known_body(words: Words, tokens: list[Token], span: list[int]) -> bool:
    """Whether phrase `span` is, word for word, an organisation the authority file names (a name of at most
    twelve words: a longer run is looked up by no one, and joining it at every "for" would grow with its square)."""
    if len(span) > _LONGEST_NAME:
        return False
    text = " ".join(tokens[i].text for i in span)
    known = words.lex.exact.get(text)
    return known is not None and known.type == "organization"


def _full_name_at(words: Words, tokens: list[Token], i: int) -> bool:
    """Whether a person's name of two words or more starts at token `i`: a given name, then a capitalised word."""
    return (
        i + 1 < len(tokens)
        and tokens[i].is_capitalised
        and words.is_given_name(tokens[i])
        and tokens[i + 1].is_capitalised
        and tokens[i + 1].is_word
    )


def _purpose(words: Words, tokens: list[Token], last: Token, k: int) -> bool:
    """Whether "to" at `k`, after a body's word `last`, opens the purpose it is named for (a capitalised verb:
    "Committee to Protect ..."), not where it went ("the Commission to Karachi")."""
    if tokens[k].key != "to" or last.key not in words.lex.org_words or k + 1 >= len(tokens):
        return False
    purpose = tokens[k + 1]
    return (
        purpose.is_capitalised
        and purpose.is_word
        and not words.is_place(purpose)
        and purpose.text not in words.lex.countries
    )


def _on_a_country_after_of(words: Words, tokens: list[Token], span: list[int], k: int) -> bool:
    """Whether "on" at `k` and a country follow a body already named with its "of": "the House of
    Representatives on Pakistan('s elections)" ("Subcommittee on Asia", "Caucus on Pakistan" have no "of")."""
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if tokens[k].key != "on" or following is None or following.key not in words.lex.country_words:
        return False
    return any(tokens[i].key == "of" for i in span)


def _paired_field(words: Words, tokens: list[Token], span: list[int], k: int) -> bool:
    """Whether "and" at `k` joins the first word of a body's two-part field to the rest of its name: "the
    Securities and Exchange Commission", "the Oil and Gas Regulatory Authority", "the Loss and Damage Fund"
    (one word after "the", or two ordinary ones, no organisation word before "and", and the words after it
    ending in one)."""
    lex = words.lex
    core = _field_core(words, tokens, span)
    if not 1 <= len(core) <= 2 or core[0] == 0 or not all(_field_word(words, tokens[i]) for i in core):
        return False
    if len(core) == 2 and not plain_pair(words, tokens, core):
        return False
    before = tokens[core[0] - 1]
    opened = before.key in lex.organisation_openers and before.is_capitalised
    if before.key != "the" and not before.possessive and before.text not in lex.countries and not opened:
        return False
    following = _capitalised_from(tokens, k + 1)
    return len(following) >= 2 and words.is_org_word(tokens[following[-1]])


def _field_core(words: Words, tokens: list[Token], span: list[int]) -> list[int]:
    """The words of `span` that may open a body's field: those after its last connector ("Officials of the Oil
    and ..."; "The Oil and ...": the sentence's first word), without a country or an opener before them."""
    lex = words.lex
    after = [p for p, i in enumerate(span) if tokens[i].key in CONNECTORS]
    core = [i for i in span[after[-1] + 1 if after else 0 :] if tokens[i].key != "the"]
    # A country may stand before the field ("the US Securities and ..."), and a possessive for "the"
    # ("Pakistan's Securities and ...").
    # ... and so may a word that opens bodies' names ("the National Engineering and Scientific Commission").
    while len(core) > 1 and (tokens[core[0]].text in lex.countries or tokens[core[0]].key in lex.organisation_openers):
        core = core[1:]
    return core


def plain_pair(words: Words, tokens: list[Token], core: list[int]) -> bool:
    """Whether two words opening a body's field are ordinary words ("the Private Power and Infrastructure
    Board", "the Arms Control and Disarmament Centre"): no office ("the Prime Minister and ..."), place,
    country, first name or name the authority file knows."""
    lex = words.lex
    if " ".join(tokens[i].text for i in core) in lex.countries:
        return False
    return not any(
        tokens[i].key in lex.role_words or words.is_place(tokens[i]) or tokens[i].key in lex.given_names for i in core
    )


def _field_word(words: Words, token: Token) -> bool:
    """Whether a word may open a body's field: not a body's own name ("the Senate and National Assembly" are
    two), but a plural may ("Securities and Exchange", "Ports and Shipping")."""
    if token.text in words.lex.exact:
        return False
    return not words.is_org_word(token) or token.text.endswith("s") and not token.text.endswith("ss")


def _capitalised_from(tokens: list[Token], m: int) -> list[int]:
    """The indexes of the capitalised words standing one after another from token `m`."""
    found = []
    while m < len(tokens) and tokens[m].is_capitalised and tokens[m].is_word:
        found.append(m)
        m += 1
    return found


def _fields_of_one_name(words: Words, tokens: list[Token], span: list[int], k: int) -> bool:
    """Whether "and" at `k` surely joins two fields of one name: an office's portfolio ("Minister for
    Information and Broadcasting"), a body's field of two words ("the Oil and Gas ..."), a name its acronym
    spells across the "and"."""
    lex, last = words.lex, tokens[span[-1]]
    portfolio = last.key in lex.portfolio_words or last.key in lex.role_words and last.key not in lex.role_heads
    if portfolio and words.has_role_head(tokens, span):
        return True
    return _paired_field(words, tokens, span, k) or _spelled_by_its_acronym(tokens, span, k)


def _spelled_by_its_acronym(tokens: list[Token], span: list[int], k: int) -> bool:
    """Whether the acronym in brackets right after the capitalised words that follow "and" at `k` is spelled by
    the initials of the words on both sides of it: "the Bangladesh Garment Manufacturers and Exporters
    Association (BGMEA)", "Immigration and Customs Enforcement (ICE)" (one body, however its field reads)."""
    following = _capitalised_from(tokens, k + 1)
    return bool(following) and spelled_by_acronym(tokens, [*span, *following])


def spelled_by_acronym(tokens: list[Token], idx: list[int]) -> bool:
    """Whether an acronym in brackets right after phrase `idx` is spelled by the initials of its last capitalised
    words ("Garment Manufacturers and Exporters Association (GMEA)")."""
    close = idx[-1] + 3
    if close >= len(tokens) or tokens[close - 2].text != "(" or tokens[close].text != ")":
        return False
    acronym = tokens[close - 1].text.replace("&", "").replace("-", "").upper()
    named = [tokens[i].text for i in idx if tokens[i].is_capitalised and tokens[i].is_word]
    if not ACRONYM.match(tokens[close - 1].text) or not 3 <= len(acronym) <= len(named):
        return False
    return "".join(w[0] for w in named[-len(acronym) :]).upper() == acronym


def _and_continues(words: Words, tokens: list[Token], span: list[int], k: int) -> bool:
    """Whether "and" at `k` joins two fields of one name rather than two names.

    "Ministry of Science and Technology", "Minister for Information and
    Broadcasting": "and" inside an institution's or office's object. Not
    "World Trade Center and the Pentagon" (no object), nor "Ministry of
    Defence and Pakistan Army" (what follows is a body of its own).
    """
    lex = words.lex
    if _fields_of_one_name(words, tokens, span, k):
        return True
    in_object = any(tokens[i].key in SPAN_CONNECTORS for i in span)
    m = k + 1
    if m < len(tokens) and tokens[m].key == "the":
        m += 1
    following = _capitalised_from(tokens, m)
    if not following or tokens[following[0]].text in lex.exact or not in_object:
        return False
    if words.has_role_head(tokens, span) and not words.has_org_word(tokens, span):
        # An office's field of two parts: "Secretary for South and Central Asian Affairs".
        keys = [tokens[i].key for i in following]
        return any(k in lex.portfolio_words or k in lex.role_words and k not in lex.role_heads for k in keys)
    if not words.has_org_word(tokens, span):
        return False
    # A body of its own ends in an organisation word ("Pakistan Army"); a portfolio's field may hold one
    # ("Information and Broadcasting").
    return tokens[following[-1]].key not in lex.org_words or tokens[following[-1]].key in lex.portfolio_words

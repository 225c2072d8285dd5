"""People, organisations and countries named in an article, with their roles.

Rule-based and driven by the word lists in taxonomy/rules/names.yml and the
authority file taxonomy/actors.yml:

1. capitalised phrases are gathered per sentence ("Interior Minister Layla
   Qureshi", "Ministry of Foreign Affairs");
2. each phrase is read as a titled person (office or honorific, then a name),
   an organisation (it holds an organisation word), a place, or an untitled
   name of two to four name-like words;
3. a later surname or given name alone ("Qureshi", "Ambassador Khan") is the
   same person as the full name it belongs to;
4. every actor is resolved against the authority file, which gives the
   canonical id and name; what the file does not know is kept, unreviewed.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

from ..model import ActorRef
from ..slugs import slugify
from ..text import Token, sentences_of, straight_apostrophes, tokenize
from ..vocab import Actor, Vocabulary

# Grammar words that may stand inside a role or an organisation's name.
_CONNECTORS = frozenset({"of", "for", "on", "to", "the", "and", "at", "in"})
_SPAN_CONNECTORS = frozenset({"of", "for", "on"})
# Connectors that continue a phrase only right after an office: "Ambassador to
# the United States", "Consul General in Karachi" (elsewhere "to" and "in" end it).
_OFFICE_CONNECTORS = frozenset({"to", "in"})
# Connectors after an office that introduce its object (not "and", which joins two offices).
_OBJECT_CONNECTORS = _SPAN_CONNECTORS | _OFFICE_CONNECTORS
#: Most words (particles aside) a name standing after an office's portfolio may have
#: ("Minister for Housing Syed Ali Raza Shah"); longer runs give their first words to the office.
_MAX_NAME_AFTER_PORTFOLIO = 4
#: Most words an office's object in apposition may have: "X, an economist at the Policy Research Forum, said".
_MAX_APPOSITION_OBJECT = 8
# Words that start a clause: an apposition running into one is not an office ("X, a minister who ...").
_CLAUSE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "while", "but"})
_NAME_WORD = re.compile(r"[A-Z][a-zà-öø-ÿāīūēōḥṣṭ'’]+(?:-[A-Za-z][a-zà-öø-ÿ'’]*)*$")
_INITIAL = re.compile(r"[A-Z]$")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
_LOWER_WORD_WHOLE = re.compile(r"[a-z][\w'’-]*")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}$")
_IS_CAPITALISED = attrgetter("is_capitalised")
_POSSESSIVE_END = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Lexicon:
    """The word lists of taxonomy/, arranged for fast look-up."""

    role_words: frozenset[str]
    role_heads: frozenset[str]
    honorifics: frozenset[str]
    org_words: frozenset[str]
    portfolio_words: frozenset[str]  #: common nouns of an office's portfolio ("Water Resources")
    not_name: frozenset[str]
    particles: frozenset[str]
    desk_words: frozenset[str]
    speech_verbs: frozenset[str]
    places: frozenset[str]
    countries: dict[str, Actor]  #: exact alias -> country
    country_widths: dict[str, tuple[int, ...]]  #: first word of an alias -> alias lengths in words, longest first
    country_words: frozenset[str]  #: lower-cased words of country names and aliases
    exact: dict[str, Actor]  #: exact-case alias -> actor, for single tokens and acronyms
    name_words: dict[str, bool] = field(default_factory=dict)  #: memo of `_Reader.is_name_word`


def _build_lexicon(vocab: Vocabulary) -> Lexicon:
    countries: dict[str, Actor] = {}
    exact: dict[str, Actor] = {}
    for actor in vocab.actors:
        for alias in (actor.name, *actor.aliases):
            exact.setdefault(alias, actor)
            if actor.type == "country":
                countries.setdefault(alias, actor)
    places = frozenset(p.casefold() for p in vocab.rules.get("places", ()))
    widths: dict[str, set[int]] = {}
    for alias in countries:
        parts = alias.split()
        widths.setdefault(parts[0], set()).add(len(parts))
    return Lexicon(
        country_widths={k: tuple(sorted(v, reverse=True)) for k, v in widths.items()},
        role_words=vocab.words("role_words") | vocab.words("role_heads"),
        role_heads=vocab.words("role_heads"),
        honorifics=vocab.words("honorifics"),
        org_words=vocab.words("organization_words"),
        portfolio_words=vocab.words("portfolio_words"),
        not_name=vocab.words("not_name_words"),
        particles=vocab.words("name_particles"),
        desk_words=vocab.words("desk_words"),
        speech_verbs=vocab.words("speech_verbs"),
        places=places,
        countries=countries,
        country_words=frozenset(w.casefold() for a in countries for w in re.split(r"[\s-]+", a)),
        exact=exact,
    )


def lexicon(vocab: Vocabulary) -> Lexicon:
    """The look-up tables for `vocab` (built once per vocabulary)."""
    cached = vocab.__dict__.get("_lexicon")
    if cached is None:
        cached = vocab.__dict__["_lexicon"] = _build_lexicon(vocab)
    return cached


class _LowercaseWords:
    """The words a text writes in lower case: `word in this` is `word in set(_LOWER_WORD.findall(text))`.

    Only a few sentence-opening words are asked about per article, so each is
    looked for on its own (a fast substring search) rather than all of the
    text's words being collected with the slower regular expression.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.answers: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self.answers.get(word)
        if known is None:
            known = self.answers[word] = self._written(word)
        return known

    def _written(self, word: str) -> bool:
        # A _LOWER_WORD match is a whole run of word characters, apostrophes and
        # hyphens that starts with a-z: the word must be one, found with neither
        # such a character before it nor after it.
        if not _LOWER_WORD_WHOLE.fullmatch(word):
            return False
        text, find, size = self.text, self.text.find, len(word)
        at = find(word)
        while at != -1:
            if (at == 0 or not _continues_word(text[at - 1])) and (
                at + size == len(text) or not _continues_word(text[at + size])
            ):
                return True
            at = find(word, at + 1)
        return False


def _continues_word(char: str) -> bool:
    """Whether `char` may stand in a `_LOWER_WORD` run: alphanumeric or "_" (regex \\w), apostrophe or hyphen."""
    return char.isalnum() or char in "_'’-"


@dataclass
class Mention:
    """One place an actor is named: which sentence and where in it."""

    key: str
    sentence: int
    start: int


@dataclass
class _Person:
    tokens: tuple[str, ...]
    role: str | None
    first: tuple[int, int]
    actor: Actor | None = None


@dataclass
class Found:
    """The actors of one article, in order of first mention, with every mention."""

    actors: list[ActorRef] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


class _Reader:
    """Reads the actors of one article; one instance per article."""

    def __init__(self, vocab: Vocabulary, lowercase_words: Container[str]) -> None:
        self.vocab = vocab
        self.lex = lexicon(vocab)
        self.lowercase_words = lowercase_words
        self.persons: list[_Person] = []
        self.singles: list[tuple[str, bool, str | None, tuple[int, int]]] = []
        self.others: dict[str, tuple[ActorRef, tuple[int, int]]] = {}
        self.other_mentions: list[Mention] = []
        self.person_mentions: list[tuple[tuple[str, ...], tuple[int, int]]] = []
        self.acronyms: dict[str, str] = {}

    # -- word tests -------------------------------------------------------
    def is_name_word(self, token: Token) -> bool:
        """Could this word be part of a person's name? (Memoised per vocabulary: asked very often.)"""
        known = self.lex.name_words.get(token.text)
        if known is None:
            known = self.lex.name_words[token.text] = self._is_name_word(token)
        return known

    def _is_name_word(self, token: Token) -> bool:
        key = token.key
        if _INITIAL.match(token.text):
            return True
        if not _NAME_WORD.match(token.text):
            return False
        lex = self.lex
        if key in lex.not_name or key in lex.role_words or key in lex.honorifics or key in lex.org_words:
            return False
        if key in lex.portfolio_words:  # "Water Resources", "Narcotics Control"
            return False
        if key in lex.places or any(part in lex.country_words for part in key.split("-")):
            return False
        return token.text not in lex.countries

    def is_role_word(self, token: Token) -> bool:
        return (
            token.key in self.lex.role_words
            or token.key in _CONNECTORS
            or token.key in self.lex.org_words
            or token.key in self.lex.portfolio_words
            or token.text in self.lex.countries
            or token.key in self.lex.country_words
            and token.is_capitalised
        )

    # -- phrases ----------------------------------------------------------
    def spans(self, tokens: list[Token], capitalised: list[int] | None = None) -> list[list[int]]:
        """Indices of the capitalised phrases in a sentence.

        `capitalised`: the indices of its capitalised tokens, when the caller has them.
        """
        if capitalised is None:
            capitalised = [i for i, token in enumerate(tokens) if token.is_capitalised]
        out: list[list[int]] = []
        n = len(tokens)
        after = 0  # a phrase starts after the end of the previous one
        for i in capitalised:
            if i < after or not tokens[i].is_word:
                continue
            span, j = [i], i
            while not tokens[j].possessive:
                k = j + 1
                if (
                    k < n
                    and tokens[k].text == "."
                    and (tokens[j].key in self.lex.honorifics or _INITIAL.match(tokens[j].text))
                ):
                    k += 1
                if k >= n:
                    break
                nxt = tokens[k]
                if nxt.is_capitalised and nxt.is_word:
                    span.append(k)
                    j = k
                    continue
                joined = self._joiner(tokens, span, k)
                if joined:
                    span.extend(joined)
                    j = joined[-1]
                    continue
                break
            out.append(span)
            after = j + 1
        return out

    def _joiner(self, tokens: list[Token], span: list[int], k: int) -> list[int] | None:
        """Connector words that continue a phrase ("Council of the ...")."""
        n, key = len(tokens), tokens[k].key
        m = k + 1
        lex, last = self.lex, tokens[span[-1]]
        # "of", "for", "on" continue an office or an institution, never a bare
        # name ("Omar Farouk on Monday" is a name, then a date).
        continues = key in _SPAN_CONNECTORS and not all(self.is_name_word(tokens[i]) for i in span)
        if key in _OFFICE_CONNECTORS and last.key in lex.role_words:
            continues = True  # "Ambassador to the United States", "Consul General in Karachi"
        elif key == "and":
            # "Ministry of Science and Technology"; an office's portfolio of two
            # fields, "Minister for Information and Broadcasting" (but "the
            # Minister and Ali Khan" are two people).
            portfolio = last.key in lex.portfolio_words or last.key in lex.role_words and last.key not in lex.role_heads
            continues = self._has_org_word(tokens, span) or portfolio and self._has_role_head(tokens, span)
        if continues:
            if m < n and tokens[m].key == "the":
                m += 1
            if m < n and tokens[m].is_capitalised and tokens[m].is_word:
                return list(range(k, m + 1))
        if key in self.lex.particles and m < n and tokens[m].is_capitalised and tokens[m].is_word:
            if self.is_name_word(tokens[span[-1]]):
                return [k, m]
        return None

    def _has_org_word(self, tokens: list[Token], span: list[int]) -> bool:
        return any(tokens[i].key in self.lex.org_words for i in span)

    def _has_role_head(self, tokens: list[Token], span: list[int]) -> bool:
        return any(tokens[i].key in self.lex.role_heads for i in span)

    def text_of(self, sentence: str, tokens: list[Token], first: int, last: int) -> str:
        """The sentence's own text from token `first` to token `last`."""
        end = tokens[last].end + (2 if tokens[last].possessive else 0)
        return sentence[tokens[first].start : end]

    def role_around(self, sentence: str, tokens: list[Token], first: int, last: int) -> str | None:
        """An office stated just before a name, or in apposition just after it."""
        j = first - 1
        if j >= 0 and tokens[j].text == ",":
            j -= 1
        picked: list[int] = []
        while j >= 0 and tokens[j].is_word and self.is_role_word(tokens[j]):
            if tokens[j].is_capitalised and self.is_name_word(tokens[j]):
                break
            picked.insert(0, j)
            j -= 1
        role = self._role_from(sentence, tokens, picked)
        if role or last + 2 >= len(tokens) or tokens[last + 1].text != ",":
            return role
        j, picked = last + 2, []
        if j < len(tokens) and tokens[j].key in ("a", "an"):
            j += 1
        while j < len(tokens) and tokens[j].is_word and (self.is_role_word(tokens[j]) or self._is_place(tokens[j])):
            picked.append(j)
            j += 1
        if picked and tokens[picked[-1]].key in _CONNECTORS and self._has_role_head(tokens, picked):
            # "a professor of international relations,": the office's object runs to the comma.
            limit = min(len(tokens), j + _MAX_APPOSITION_OBJECT)
            while j < limit and tokens[j].is_word and not self._starts_clause(tokens[j]):
                picked.append(j)
                j += 1
        if j < len(tokens) and tokens[j].text not in (",", ".", ";"):
            return None
        return self._role_from(sentence, tokens, picked)

    def _starts_clause(self, token: Token) -> bool:
        return token.key in _CLAUSE_WORDS or token.key in self.lex.speech_verbs

    def _is_place(self, token: Token) -> bool:
        return token.is_capitalised and token.key in self.lex.places

    def _common_opener(self, token: Token) -> bool:
        """A sentence's first word that is an ordinary word, not part of a name."""
        key, lex = token.key, self.lex
        if token.text in lex.exact or key in lex.role_words or key in lex.honorifics or key in lex.org_words:
            return False
        return key in lex.not_name or key in self.lowercase_words

    def _role_from(self, sentence: str, tokens: list[Token], picked: list[int]) -> str | None:
        while picked and tokens[picked[0]].key in _CONNECTORS:
            picked.pop(0)
        while picked and tokens[picked[-1]].key in _CONNECTORS:
            picked.pop()
        # "Under President X" is a preposition; "Under Secretary" is an office.
        if len(picked) > 1 and tokens[picked[0]].key == "under" and tokens[picked[1]].key != "secretary":
            picked.pop(0)
        if not picked or not any(tokens[i].key in self.lex.role_heads for i in picked):
            return None
        return self.text_of(sentence, tokens, picked[0], picked[-1])

    # -- reading ------------------------------------------------------------
    def read_sentence(self, index: int, sentence: str) -> None:
        tokens = tokenize(sentence)
        # Countries, acronyms and phrases all start at a capitalised token: find those once.
        capitalised = list(compress(range(len(tokens)), map(_IS_CAPITALISED, tokens)))  # (a loop in C)
        if not capitalised:
            return
        self._countries(index, tokens, capitalised)
        self._acronyms(index, tokens, capitalised)
        for span in self.spans(tokens, capitalised):
            self._phrase(index, sentence, tokens, span)

    def _countries(self, index: int, tokens: list[Token], capitalised: list[int]) -> None:
        widths = self.lex.country_widths
        for i in capitalised:
            token = tokens[i]
            for width in widths.get(token.text, ()):
                chunk = tokens[i : i + width]
                if len(chunk) == width:
                    actor = self.lex.countries.get(" ".join(t.text for t in chunk))
                    if actor:
                        self._other(actor, index, token.start)
                        break
            if "-" in token.text:
                for part in token.text.split("-"):
                    actor = self.lex.countries.get(part)
                    if actor:
                        self._other(actor, index, token.start)

    def _other(self, actor: Actor, index: int, start: int, name: str | None = None) -> None:
        if actor.id not in self.others:  # (a ref only for the first mention: most are repeats)
            self.others[actor.id] = (ActorRef(id=actor.id, name=actor.name, type=actor.type), (index, start))
        self.other_mentions.append(Mention(actor.id, index, start))

    def _phrase(self, index: int, sentence: str, tokens: list[Token], span: list[int]) -> None:
        lex = self.lex
        idx = [i for i in span if tokens[i].text != "."]
        # A sentence's first word is capitalised anyway: drop it when it is a
        # common word (a function word, or one this article also writes in lower case).
        while idx and (tokens[idx[0]].key in _CONNECTORS or idx[0] == 0 and self._common_opener(tokens[0])):
            idx.pop(0)
        if not idx:
            return
        where = (index, tokens[idx[0]].start)
        # (One word is never a titled person: a title must be followed by a name.)
        if len(idx) > 1 and self._titled_person(index, sentence, tokens, idx):
            return
        if not lex.org_words.isdisjoint([tokens[i].key for i in idx]):
            self._organisation(index, sentence, tokens, idx)
            return
        text = self.text_of(sentence, tokens, idx[0], idx[-1])
        if text in lex.exact and lex.exact[text].type != "person":
            if lex.exact[text].type == "organization":
                self._other(lex.exact[text], *where)
            return
        if text.casefold() in lex.places or text in lex.countries:
            return
        run: list[int] = []
        for i in reversed(idx):
            if not self.is_name_word(tokens[i]) and not (run and tokens[i].key in lex.particles):
                break
            run.insert(0, i)
        while run and tokens[run[0]].key in lex.particles:
            run.pop(0)
        if len(run) >= 2 and len(run) <= 5:
            role = self.role_around(sentence, tokens, run[0], run[-1])
            self._person(tuple(tokens[i].text for i in run), role, (index, tokens[run[0]].start))
        elif len(run) == 1 and run[0] == idx[-1]:
            self.singles.append((tokens[run[0]].text, False, None, (index, tokens[run[0]].start)))

    def _titled_person(self, index: int, sentence: str, tokens: list[Token], idx: list[int]) -> bool:
        lex = self.lex
        titles = [p for p, i in enumerate(idx) if tokens[i].key in lex.role_words or tokens[i].key in lex.honorifics]
        if not titles or titles[-1] == len(idx) - 1:
            return False
        r = titles[-1]
        rest = idx[r + 1 :]
        # The office has an object when a connector such as "for" follows it, or a
        # word that cannot be part of a name: "Minister for Water Resources X",
        # "Governor State Bank X", "Minister for Information and Broadcasting X".
        object_of_office = bool(rest) and tokens[rest[0]].key in _OBJECT_CONNECTORS
        while rest and tokens[rest[0]].key in _CONNECTORS:
            rest.pop(0)
        object_of_office = object_of_office or bool(rest) and not self.is_name_word(tokens[rest[0]])
        tail: list[int] = []
        if object_of_office:
            tail = self._name_after_portfolio(tokens, rest)
        else:
            for i in rest:  # the name runs until the first word that cannot be part of one
                if not (self.is_name_word(tokens[i]) or tail and tokens[i].key in lex.particles):
                    break
                tail.append(i)
            if len(tail) < len(rest) and tokens[rest[len(tail)]].key not in _CONNECTORS:
                # "Governor Coastal Bank Ali Khan": a name that is followed by an
                # organisation word was the office's object, when a name ends the phrase.
                later = self._name_after_portfolio(tokens, rest)
                if len(later) >= 2:
                    tail, object_of_office = later, True
        office_end = idx[r]
        if object_of_office and tail:
            office = idx[: idx.index(tail[0])]
            office_end = office[-1]
            self._office_institution(index, sentence, tokens, office)
        while tail and tokens[tail[-1]].key in lex.particles:
            tail.pop()
        if not tail or len(tail) > 5:
            return False
        head_key = tokens[idx[r]].key
        if len(tail) == 1 and head_key not in lex.role_heads and head_key not in lex.honorifics:
            return False
        name = tuple(tokens[i].text for i in tail)
        role_idx = [i for i in idx[: r + 1] if tokens[i].key not in lex.honorifics]
        role = None
        if role_idx:
            before = self.role_around(sentence, tokens, role_idx[0], role_idx[-1])
            start = role_idx[0]
            if before:
                # extend the stated office backwards ("Deputy Prime Minister and ...")
                start = next(i for i, t in enumerate(tokens) if t.start >= sentence.find(before))
            role = self._role_from(sentence, tokens, list(range(start, max(role_idx[-1], office_end) + 1)))
        if role is None:  # "Dr Jane Roe, a former ambassador, said"
            role = self.role_around(sentence, tokens, tail[0], tail[-1])
        where = (index, tokens[tail[0]].start)
        if len(name) == 1:
            self.singles.append((name[0], True, role, where))
        else:
            self._person(name, role, where)
        return True

    def _name_after_portfolio(self, tokens: list[Token], rest: list[int]) -> list[int]:
        """The name that ends an office's object: "[Board of Investment] Ali Khan".

        The name is the trailing run of name-like words. When the whole object
        reads as a name ("for the Americas Ali Khan"), its first word is the
        portfolio; words the article also writes in lower case ("water",
        "planning") are the portfolio's too; and the name keeps at most
        `_MAX_NAME_AFTER_PORTFOLIO` words.
        """
        lex = self.lex
        rest = self._without_afterword(tokens, rest)
        start = len(rest)
        while start > 0:
            token = tokens[rest[start - 1]]
            if not (self.is_name_word(token) or start < len(rest) and token.key in lex.particles):
                break
            start -= 1
        while start < len(rest) and tokens[rest[start]].key in lex.particles:
            start += 1
        start = max(start, 1)  # an office's connector needs an object before the name
        while len(rest) - start > 2 and tokens[rest[start]].key in self.lowercase_words:
            start += 1
        while sum(tokens[i].key not in lex.particles for i in rest[start:]) > _MAX_NAME_AFTER_PORTFOLIO:
            start += 1
        return rest[start:]

    def _without_afterword(self, tokens: list[Token], rest: list[int]) -> list[int]:
        """`rest` without a connector phrase that follows the name and names no one.

        "... Ali Khan on Monday", "... Ali Khan of the PTI": the phrase ends at
        the name when no name-like word follows its connector.
        """
        for p in range(2, len(rest)):
            if (
                tokens[rest[p]].key in _CONNECTORS
                and self.is_name_word(tokens[rest[p - 1]])
                and self.is_name_word(tokens[rest[p - 2]])
                and not any(self.is_name_word(tokens[i]) for i in rest[p + 1 :])
            ):
                return rest[:p]
        return rest

    def _office_institution(self, index: int, sentence: str, tokens: list[Token], office: list[int]) -> None:
        """The organisation an office belongs to, when the office names it.

        "Director General of the Narcotics Control Division" names the
        "Narcotics Control Division": the words after the office's last head
        word, when they hold an organisation word.
        """
        lex = self.lex
        heads = [p for p, i in enumerate(office) if tokens[i].key in lex.role_heads]
        if not heads:
            return
        body = office[heads[-1] + 1 :]
        while body and tokens[body[0]].key in _CONNECTORS:
            body.pop(0)
        # "Broadcasting" in "Minister for Information and Broadcasting" is a portfolio.
        institutional = lex.org_words - lex.portfolio_words
        orgs = [p for p, i in enumerate(body) if tokens[i].key in institutional]
        if not orgs:
            return
        # The institution ends at its organisation word, or runs on through a
        # connector ("Bank of Pakistan"); "Police Islamabad" is the police of a place.
        if orgs[-1] + 1 < len(body) and tokens[body[orgs[-1] + 1]].key not in _CONNECTORS:
            body = body[: orgs[-1] + 1]
        if len(body) >= 2:
            self._organisation(index, sentence, tokens, body)

    def _organisation(self, index: int, sentence: str, tokens: list[Token], idx: list[int]) -> None:
        text = self.text_of(sentence, tokens, idx[0], idx[-1])
        text = _POSSESSIVE_END.sub("", text)
        last = idx[-1]
        if last + 3 < len(tokens) + 1 and last + 2 < len(tokens) and tokens[last + 1].text == "(":
            acronym = tokens[last + 2].text
            if _ACRONYM.match(acronym):
                self.acronyms[acronym] = text
        actor = self.vocab.alias_index.get(text.casefold())
        if actor is None:
            actor = Actor(id=slugify(text), name=text, type="organization")
            ref = ActorRef(id=actor.id, name=text, type="organization", unreviewed=True)
            self.others.setdefault(actor.id, (ref, (index, tokens[idx[0]].start)))
            self.other_mentions.append(Mention(actor.id, index, tokens[idx[0]].start))
        else:
            self._other(actor, index, tokens[idx[0]].start)

    def _person(self, name: tuple[str, ...], role: str | None, where: tuple[int, int]) -> None:
        self.person_mentions.append((name, where))
        for person in self.persons:
            if _same_name(person.tokens, name):
                if len(name) > len(person.tokens):
                    person.tokens = name
                person.role = person.role or role
                return
        self.persons.append(_Person(name, role, where))

    def _acronyms(self, index: int, tokens: list[Token], capitalised: list[int]) -> None:
        """Stand-alone acronyms and short names the authority file knows (TTP, NATO)."""
        for i in capitalised:
            token = tokens[i]
            if not token.is_word:
                continue
            actor = self.lex.exact.get(token.text)
            if actor and actor.type == "organization" and (_ACRONYM.match(token.text) or "-" in token.text):
                self._other(actor, index, token.start)


def _name_parts(tokens: tuple[str, ...]) -> set[str]:
    return {t.casefold() for t in tokens if len(t) > 1}


def _same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    pa, pb = _name_parts(a), _name_parts(b)
    if not pa or not pb:
        return False
    return (pa <= pb or pb <= pa) and a[-1].casefold() == b[-1].casefold()


def _resolve_person(vocab: Vocabulary, tokens: tuple[str, ...]) -> Actor | None:
    full = " ".join(tokens)
    candidates = [full, " ".join(t for t in tokens if len(t) > 1)]
    for name in candidates:
        actor = vocab.alias_index.get(name.casefold())
        if actor is not None and actor.type == "person":
            return actor
    return None


def plausible_person_name(text: str, vocab: Vocabulary) -> bool:
    """True when a byline's author reads as a person's name, not a desk."""
    reader = _Reader(vocab, set())
    tokens = [t for t in tokenize(text) if t.is_word]
    return (
        2 <= len(tokens) <= 4
        and all(reader.is_name_word(t) or t.key in reader.lex.particles for t in tokens)
        and not any(t.key in reader.lex.desk_words for t in tokens)
    )


def find_actors(paragraphs: list[str], vocab: Vocabulary, author: str | None = None) -> Found:
    """All actors of an article's body paragraphs (headings excluded), resolved."""
    sentences = sentences_of(paragraphs)
    reader = _Reader(vocab, _LowercaseWords(straight_apostrophes("\n".join(sentences))))
    for index, sentence in enumerate(sentences):
        reader.read_sentence(index, sentence)
    if author and plausible_person_name(author, vocab):
        reader._person(tuple(w for w in author.split()), "author", (len(sentences), 0))
    return _assemble(reader, vocab)


def _assemble(reader: _Reader, vocab: Vocabulary) -> Found:
    persons = reader.persons
    # Merge people the authority file says are one ("Mohammad Ishaq Dar", "Ishaq Dar").
    by_actor: dict[str, _Person] = {}
    merged: list[_Person] = []
    for person in persons:
        person.actor = _resolve_person(vocab, person.tokens)
        if person.actor and person.actor.id in by_actor:
            other = by_actor[person.actor.id]
            other.role = other.role or person.role
            continue
        if person.actor:
            by_actor[person.actor.id] = person
        merged.append(person)
    mentions: list[Mention] = []
    key_of = {id(p): _person_key(p) for p in merged}
    for name, where in reader.person_mentions:
        for person in merged:
            if _same_name(person.tokens, name) or person.actor and person.actor is _resolve_person(vocab, name):
                mentions.append(Mention(key_of[id(person)], *where))
                break
    for single, titled, role, where in reader.singles:
        match = _match_single(merged, single, where)
        if match is None and titled:
            actor = vocab.alias_index.get(single.casefold())
            if actor is not None and actor.type != "person":
                continue
            if actor is not None and actor.id in by_actor:
                match = by_actor[actor.id]
            else:
                match = _Person((single,), role, where, actor)
                if actor is not None:
                    by_actor[actor.id] = match
                merged.append(match)
                key_of[id(match)] = _person_key(match)
        if match is not None:
            match.role = match.role or role
            mentions.append(Mention(key_of[id(match)], *where))
    # Each person's first mention, in one pass over the mentions.
    firsts: dict[str, tuple[int, int]] = {}
    for mention in mentions:
        at = (mention.sentence, mention.start)
        if mention.key not in firsts or at < firsts[mention.key]:
            firsts[mention.key] = at
    refs: list[tuple[tuple[int, int], ActorRef]] = []
    seen: set[str] = set()
    for person in merged:
        ref = _person_ref(person)
        if ref.id in seen:
            continue
        seen.add(ref.id)
        refs.append((firsts.get(key_of[id(person)], person.first), ref))
    refs.sort(key=lambda item: item[0])
    others = sorted(reader.others.values(), key=lambda item: (item[0].type != "organization", item[1]))
    found = Found(actors=[ref for _, ref in refs])
    for ref, _ in others:
        if ref.id not in seen:
            seen.add(ref.id)
            found.actors.append(ref)
    found.mentions = sorted(mentions + reader.other_mentions, key=lambda m: (m.sentence, m.start))
    return found


def _person_key(person: _Person) -> str:
    return person.actor.id if person.actor else slugify(" ".join(person.tokens))


def _person_ref(person: _Person) -> ActorRef:
    if person.actor:
        return ActorRef(id=person.actor.id, name=person.actor.name, type="person", role=person.role)
    name = " ".join(person.tokens)
    return ActorRef(id=slugify(name), name=name, type="person", role=person.role, unreviewed=True)


def _match_single(persons: list[_Person], single: str, where: tuple[int, int]) -> _Person | None:
    """The person a lone surname or given name refers to: the latest named before it."""
    key = single.casefold()
    candidates = [p for p in persons if key in _name_parts(p.tokens) and len(p.tokens) > 1]
    if not candidates:
        candidates = [p for p in persons if key in _name_parts(p.tokens)]
    if not candidates:
        return None
    before = [p for p in candidates if p.first <= where]
    return max(before, key=lambda p: p.first) if before else min(candidates, key=lambda p: p.first)

"""The word lists of taxonomy/rules, arranged for the actor extractors, and the word tests built on them.

`Lexicon` is built once per vocabulary; `Words` adds what one article knows
(the words it writes in lower case) and answers the questions every actor
rule asks about a token: could it be part of a name, of a role, is it a place.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field

from ..text import Token
from ..vocab import Actor, Vocabulary, VocabularyError

# Grammar words that may stand inside a role or an organisation's name.
CONNECTORS = frozenset({"of", "for", "on", "to", "the", "and", "at", "in"})
SPAN_CONNECTORS = frozenset({"of", "for", "on"})
# Connectors that continue a phrase only right after an office: "Ambassador to
# the United States", "Consul General in Karachi" (elsewhere "to" and "in" end it).
OFFICE_CONNECTORS = frozenset({"to", "in"})
# Connectors after an office that introduce its object (not "and", which joins two offices).
OBJECT_CONNECTORS = SPAN_CONNECTORS | OFFICE_CONNECTORS
# Prepositions and conjunctions other than the connectors: never inside an office or a name.
GRAMMAR_WORDS = frozenset(
    {"after", "before", "during", "since", "until", "with", "from", "by", "as", "if", "when", "while", "but", "or"}
    | {"nor", "than", "into", "onto", "over", "amid", "despite", "against", "about", "via", "per"}
)
ARTICLES = frozenset({"a", "an", "the"})
# Days and months: a connector never carries a name into one ("the Foreign Office on Tuesday").
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july"
    " august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Words that start a clause: an apposition running into one is not an office ("X, a minister who ...").
CLAUSE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "while", "but"})

# A capital, then small letters; a short prefix may carry a second capital ("McGovern", "O'Brien", "DeLay").
# (after its capital, any small letter of any script: "Erdoğan", "Yılmaz", "Şahin"'s tail)
NAME_WORD = re.compile(r"(?:[A-Z][a-z]{0,2}['’]?)?[A-Z](?:[^\W\d_A-Z]|['’])+(?:-[A-Za-z](?:[^\W\d_A-Z]|['’])*)*$")
INITIAL = re.compile(r"[A-Z]$")
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}$")  #: initials written together ("A.Q. Khan", "P.V. Narasimha Rao")
ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}$")
# A hyphenated word whose last part is a participle or the like is an adjective, not a name.
ADJECTIVE_COMPOUND = re.compile(r"-(?:[a-z]+ed|based|born|run|made|style|wide|like|era)$")
_LOWER_WORD_WHOLE = re.compile(r"[a-z][\w'’-]*")


@dataclass(frozen=True)
class Lexicon:
    """The word lists of taxonomy/, arranged for fast look-up."""

    role_words: frozenset[str]
    role_heads: frozenset[str]
    honorifics: frozenset[str]
    one_name_honorifics: frozenset[str]  #: "mian", "sheikh": honorifics kept with a name of one word ("Mian Mansha")
    post_nominals: frozenset[str]  #: "ni(m)", "phd": awards and degrees after a name, spaces taken out
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
    #: organisations' aliases that open with a small letter ("al-Qaeda", "al Qaida"), which no capitalised
    #: token starts; None when the authority file has none
    lowercase_aliases: re.Pattern[str] | None
    given_names: frozenset[str]  #: first names that are no other kind of word in these lists
    given_also_words: frozenset[str]  #: first names that are also common words ("bill", "may")
    family_first: frozenset[str]  #: family names written first ("wang", "kim")
    suffixes: frozenset[str]  #: "jr", "iii": the end of a name
    facility_words: frozenset[str]  #: "dam", "room": the end of a place's name
    place_heads: frozenset[str]  #: "port", "mount": the start of a place's name
    event_words: frozenset[str]  #: "session", "summit": the end of an event's name
    programme_nouns: frozenset[str]  #: "project", "framework": what a name before them modifies
    unit_words: frozenset[str]  #: "squadron", "force": a number after them is part of the name
    lowercase_org_heads: frozenset[str]  #: "network", "embassy": in lower case they end an organisation's name
    mission_words: frozenset[str]  #: "embassy", "consulate": diplomatic missions
    place_prepositions: frozenset[str]  #: "outside", "near": after them a body's name is a building
    not_org_acronyms: frozenset[str]  #: "gdp", "pdf": capitals that name no organisation
    ranks: frozenset[str]  #: "general", "capt": ranks, which an office stated beside them outranks
    general_offices: frozenset[str]  #: "consul", "attorney": offices whose name ends in "General"
    retired_marks: frozenset[str]  #: "retd", "r": a rank's bracketed mark of retirement, no portfolio
    office_title_words: frozenset[str]  #: "press": part of an office's title, though an outlet's name may end so
    organisation_openers: frozenset[str]  #: "election", "federal": ordinary words that open a body's name
    surname_words: frozenset[str]  #: "west", "power": ordinary words that are family names after a first name
    building_words: frozenset[str]  #: "hotel", "hospital": in small letters after a name, the building it names
    member_words: frozenset[str]  #: "leaders", "members": a body's people, opening "Leaders of the X"
    collective_possessives: frozenset[str]  #: "people", "women": a possessive inside a name ("People's Party")
    joined_particles: frozenset[str]  #: "al", "as": particles joined to a surname by a hyphen ("al-Zawahiri")
    titles: frozenset[str]  #: role heads and honorifics: words that make what follows them a titled name
    name_variants: dict[str, str]  #: a name's spelling, lower-cased -> its usual form ("mohammed" -> "muhammad")
    role_abbreviations: dict[str, str]  #: an abbreviated title, lower-cased -> the title in full ("sen" -> "Senator")
    name_words: dict[str, bool] = field(default_factory=dict, init=False)  #: memo of `Words.is_name_word`


# Lexicon fields that are one word list of taxonomy/rules each: field -> key in the rule files.
_WORD_LISTS = {
    "role_heads": "role_heads",
    "honorifics": "honorifics",
    "one_name_honorifics": "honorifics_before_one_name",
    "org_words": "organization_words",
    "portfolio_words": "portfolio_words",
    "not_name": "not_name_words",
    "particles": "name_particles",
    "desk_words": "desk_words",
    "speech_verbs": "speech_verbs",
    "family_first": "family_names_first",
    "suffixes": "name_suffixes",
    "facility_words": "facility_words",
    "place_heads": "place_heads",
    "event_words": "event_words",
    "programme_nouns": "programme_nouns",
    "unit_words": "unit_words",
    "lowercase_org_heads": "lowercase_org_heads",
    "mission_words": "mission_words",
    "place_prepositions": "place_prepositions",
    "not_org_acronyms": "not_organisation_acronyms",
    "ranks": "ranks",
    "general_offices": "general_offices",
    "retired_marks": "retired_marks",
    "office_title_words": "office_title_words",
    "organisation_openers": "organisation_openers",
    "building_words": "building_words",
    "member_words": "member_words",
    "collective_possessives": "collective_possessives",
    "joined_particles": "joined_particles",
    "surname_words": "surname_words",
}
TIME_PREFIXES = frozenset({"then", "ex", "former", "erstwhile"})  #: "former minister", "Former Example Party"
COMPOUND_LINKS = frozenset({"e", "i", "o"})  #: the links of a Persian or Urdu compound name ("Tehreek-e-Insaf")
SURNAME = "\x00surname"  #: appended to the key of a word read as a family name after a first name


def _build_lexicon(vocab: Vocabulary) -> Lexicon:
    countries: dict[str, Actor] = {}
    exact: dict[str, Actor] = {}
    for actor in vocab.actors:
        for alias in (actor.name, *actor.aliases):
            exact.setdefault(alias, actor)
            if actor.type == "country":
                countries.setdefault(alias, actor)
    places = frozenset(p.casefold() for p in vocab.rules.get("places", ()))
    lowercase = sorted((a for a in exact if a[:1].islower() and exact[a].type == "organization"), key=len, reverse=True)
    widths: dict[str, set[int]] = {}
    for alias in countries:
        parts = alias.split()
        widths.setdefault(parts[0], set()).add(len(parts))
    country_words = frozenset(w.casefold() for a in countries for w in re.split(r"[\s-]+", a))
    # A word the lists give another kind (an office, a place, a common noun) is no evidence of a name.
    other_kinds = (
        vocab.words("not_name_words")
        | vocab.words("role_words")
        | vocab.words("role_heads")
        | vocab.words("honorifics")
        | vocab.words("organization_words")
        | vocab.words("portfolio_words")
        | places
        | country_words
    )
    given = _name_block(vocab, "given_names") | vocab.words("given_names_added")
    return Lexicon(
        country_widths={k: tuple(sorted(v, reverse=True)) for k, v in widths.items()},
        role_words=vocab.words("role_words") | vocab.words("role_heads"),
        places=places,
        countries=countries,
        country_words=country_words,
        exact=exact,
        lowercase_aliases=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, lowercase)) + r")(?![\w-])")
        if lowercase
        else None,
        given_names=given - other_kinds,
        given_also_words=_name_block(vocab, "given_names_also_words"),
        titles=vocab.words("role_heads") | vocab.words("honorifics"),
        name_variants=_variants(vocab),
        role_abbreviations=_spelled_out(vocab),
        post_nominals=frozenset(w.replace(" ", "") for w in vocab.words("post_nominals")),
        **{name: vocab.words(key) for name, key in _WORD_LISTS.items()},
    )


def _variants(vocab: Vocabulary) -> dict[str, str]:
    """names.yml's `name_variants` (usual form -> its other spellings) as spelling -> usual form."""
    table = vocab.rules.get("name_variants") or {}
    if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
        raise VocabularyError("taxonomy/rules/names.yml: name_variants must map a name to a list of its spellings")
    return {
        str(spelling).casefold(): str(usual).casefold() for usual, spellings in table.items() for spelling in spellings
    }


def _spelled_out(vocab: Vocabulary) -> dict[str, str]:
    """names.yml's `role_abbreviations` (title in full -> its abbreviations) as abbreviation -> title."""
    table = vocab.rules.get("role_abbreviations") or {}
    if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
        raise VocabularyError("taxonomy/rules/names.yml: role_abbreviations must map a title to its abbreviations")
    return {str(short).casefold(): str(full) for full, shorts in table.items() for short in shorts}


def _name_block(vocab: Vocabulary, key: str) -> frozenset[str]:
    """A generated list of names written as one block of text (see given_names.yml), lower-cased."""
    block = vocab.rules.get(key) or ""
    if not isinstance(block, str):
        raise VocabularyError(f"taxonomy/rules/given_names.yml: {key} must be a block of names (regenerate it)")
    return frozenset(block.casefold().split())


def lexicon(vocab: Vocabulary) -> Lexicon:
    """The look-up tables for `vocab` (built once per vocabulary)."""
    cached = vocab.__dict__.get("_lexicon")
    if cached is None:
        cached = vocab.__dict__["_lexicon"] = _build_lexicon(vocab)
    return cached  # type: ignore[no-any-return]


class LowercaseWords:
    """The words a text writes in lower case: `word in this` is true when the text has `word` as a whole word.

    Only a few sentence-opening words are asked about per article, so each is
    looked for on its own (a fast substring search) rather than all of the
    text's words being collected with a slower regular expression.
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
        # A whole word here is a run of word characters, apostrophes and hyphens
        # that starts with a-z: the word must be one, found with neither such a
        # character before it nor after it.
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
    """Whether `char` may stand inside a lower-case word run: alphanumeric or "_", apostrophe or hyphen."""
    return char.isalnum() or char in "_'’-"


class Words:
    """The word tests of one article: the vocabulary's lists plus the words the article writes in lower case."""

    def __init__(self, vocab: Vocabulary, lowercase_words: Container[str]) -> None:
        self.vocab = vocab
        self.lex = lexicon(vocab)
        self.lowercase_words = lowercase_words

    def is_name_word(self, token: Token) -> bool:
        """Could this word be part of a person's name? (Memoised per vocabulary: asked very often.)"""
        if token.key.endswith(SURNAME):  # ("Power" of "Samantha Power": see `actors._surnames`)
            return True
        known = self.lex.name_words.get(token.text)
        if known is None:
            known = self.lex.name_words[token.text] = self._is_name_word(token)
        return known

    def _is_name_word(self, token: Token) -> bool:
        key = token.key
        if INITIAL.match(token.text):
            return True
        if DOTTED_INITIALS.match(token.text):  # unless a country's, a body's or a place's ("U.S.", "U.N.", "D.C.")
            return not (token.text in self.lex.exact or token.text in self.lex.countries or key in self.lex.places)
        if not NAME_WORD.match(token.text):
            return False
        lex = self.lex
        if key in lex.not_name or key in lex.role_words or key in lex.honorifics or key in lex.org_words:
            return False
        if key in lex.portfolio_words:  # "Water Resources", "Narcotics Control"
            return False
        if key in lex.places or any(part in lex.country_words for part in key.split("-")):
            return False
        if ADJECTIVE_COMPOUND.search(token.text):  # "Karachi-based", "Bank-funded"
            return False
        if "-" in key and any(part in lex.role_heads for part in key.split("-")):  # "Ex-Minister"
            return False
        return token.text not in lex.countries

    def is_role_word(self, token: Token) -> bool:
        """Could this word stand inside a stated office ("Minister for Water Resources of Pakistan")?"""
        lex = self.lex
        return (
            token.key in lex.role_words
            or token.key in CONNECTORS
            or token.key in lex.org_words
            or token.key in lex.portfolio_words
            or token.text in lex.countries
            or token.key in lex.country_words
            and token.is_capitalised
        )

    def is_org_word(self, token: Token) -> bool:
        """An organisation word, also as the first part of a hyphenated name ("Lashkar-e-Jhangvi")."""
        key = token.key
        return key in self.lex.org_words or "-" in key and key.split("-", 1)[0] in self.lex.org_words

    def is_particle(self, token: Token) -> bool:
        """A particle inside a name ("bin", "ul"), never one in capitals ("US" is no "us")."""
        return token.key in self.lex.particles and not (len(token.text) > 1 and token.text.isupper())

    def is_joined_particle_name(self, token: Token) -> bool:
        """A surname joined to its particle in small letters ("al-Zawahiri", "el-Sisi", "as-Sisi")."""
        head, hyphen, rest = token.text.partition("-")
        return bool(hyphen) and head in self.lex.joined_particles and rest[:1].isupper() and rest[1:2].islower()

    def is_given_name(self, token: Token) -> bool:
        """A first name the lists know that is no other kind of word ("Omar", not "Major")."""
        return token.key in self.lex.given_names

    def is_place(self, token: Token) -> bool:
        return token.is_capitalised and token.key in self.lex.places

    def common_opener(self, token: Token) -> bool:
        """A sentence's first word that is an ordinary word, not part of a name."""
        key, lex = token.key, self.lex
        if token.text in lex.exact or key in lex.role_words or key in lex.honorifics or key in lex.org_words:
            return False
        if token.text in lex.country_widths:  # "United" of "United States ..."
            return False
        return key in lex.not_name or key in self.lowercase_words

    def has_org_word(self, tokens: list[Token], span: list[int]) -> bool:
        return any(tokens[i].key in self.lex.org_words for i in span)

    def has_role_head(self, tokens: list[Token], span: list[int]) -> bool:
        return any(tokens[i].key in self.lex.role_heads for i in span)

"""Topics an article gives substance to, by the matching rules in taxonomy/topics.yml.

A term is a word or phrase; `*` at its end matches any ending ("terror*" finds
"terrorism"); a hyphen in a term matches a hyphen, a space or nothing
("counter-terror*" finds "counter terrorism" and "counterterrorism"). Terms
written with capitals ("TTP", "China") match that case only, so an acronym is
not found inside ordinary words. Matching works on words, not regular
expressions tried only where the term's first word occurs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import NamedTuple

from ..memo import Memo
from ..text import sentences_of
from ..vocab import Vocabulary, VocabularyError

_WORD = re.compile(r"[^\W_]+")
# Three capitalised names or more in a row, separated by commas ("Burma, China, North Korea and Sudan").
_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}"
_LIST = re.compile(rf"(?<![\w])(?:{_NAME}, ){{2,}}(?:and |or )?{_NAME}")


def _term_regex(term: str) -> re.Pattern[str]:
    """A term as a whole-word pattern (see the module docstring for the syntax)."""
    stem = term.rstrip("*")
    body = re.escape(stem).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")
    tail = r"[\w-]*" if term.endswith("*") else ""
    # Case-insensitive terms are matched against the lower-cased sentence (faster than IGNORECASE).
    body = body if any(ch.isupper() for ch in stem) else body.lower()
    # No look-behind at the start: a leading literal lets `re` scan fast; the
    # word boundary before the match is checked in `_found`.
    return re.compile(rf"{body}{tail}(?![\w])")


def _found(regex: re.Pattern[str], text: str) -> bool:
    """True when `regex` matches at the start of a word of `text`."""
    for match in regex.finditer(text):
        before = text[match.start() - 1] if match.start() else " "
        if not (before.isalnum() or before in "_-"):
            return True
    return False


class _Term(NamedTuple):
    number: int  #: the term's place in `_Terms.terms`
    topic: str
    regex: re.Pattern[str]
    weight: float
    exact: bool  #: matched in the text as written (else lower-cased)
    several: bool  #: a phrase of several words ("military takeover"), whose words are its own


_first_three = itemgetter(slice(0, 3))  # word[:3], applied in C by map()
_keys_of, _found_in = itemgetter(0), itemgetter(1)  # of a chunk's facts
# What one run of non-space characters offers: the index keys of its words, and the
# numbers of the chunk-local terms (see `_Terms`) found in it. None when it offers nothing.
_ChunkFacts = tuple[frozenset[str], frozenset[int]] | None


class _Terms:
    """A vocabulary's terms, arranged once: each under an index key, the key its first word gives.

    A plain first word is looked up whole ("trade"); one that may go on
    ("terror*", "counter-terror*" read as "counterterrorism") by its first
    three letters, as the key "ter*". A term is tried in a sentence only when
    the sentence has a word giving its key.

    Most terms are one word of ASCII letters ("trade", "TTP", "terror*"): a match
    lies inside one run of non-space characters (a "chunk") and proves the chunk
    has the word that gives the key. Those "chunk-local" terms are looked for once
    per distinct chunk, from a cache, since words recur; the others (phrases,
    hyphenated terms, "al-Qaeda" whose key "al" a match "alQaeda" does not give)
    are tried on the whole sentence.
    """

    def __init__(self, vocab: Vocabulary) -> None:
        self.terms: list[_Term] = []
        self.local: dict[str, list[_Term]] = {}  #: key -> chunk-local terms
        self.phrases: dict[str, list[_Term]] = {}  #: key -> terms tried on the whole sentence
        for topic in vocab.topics:
            for terms, weight in ((topic.terms, 1.0), (topic.weak_terms, 0.5)):
                for text in terms:
                    first = _WORD.findall(text)
                    if not first:
                        continue
                    whole = len(first) == 1 and not text.endswith("*") or " " in text and "-" not in text
                    key = first[0].lower() if whole else first[0][:3].lower() + "*"
                    exact = any(ch.isupper() for ch in text)
                    term = _Term(len(self.terms), topic.id, _term_regex(text), weight, exact, " " in text.strip())
                    self.terms.append(term)
                    local = (
                        text.isascii()
                        and not any(ch.isspace() or ch == "-" for ch in text)  # a match spans no space
                        and (whole or len(first[0]) >= 3)  # a match's first word gives the key
                    )
                    (self.local if local else self.phrases).setdefault(key, []).append(term)
        self.whole_keys = frozenset(k for k in (*self.local, *self.phrases) if not k.endswith("*"))
        self.prefix_keys = frozenset(k[:-1] for k in (*self.local, *self.phrases) if k.endswith("*"))
        self._cache_chunks()

    def _cache_chunks(self) -> None:
        # Bounded: distinct chunks grow with the archive.
        self.chunk_facts: Callable[[str], _ChunkFacts] = Memo(self._chunk_facts).__getitem__

    # The vocabulary goes to ingest's worker processes by pickle, which cannot take the cache.
    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "chunk_facts"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._cache_chunks()

    def _chunk_facts(self, chunk: str) -> _ChunkFacts:
        lower = chunk.lower()
        words = _WORD.findall(lower)
        keys = set(self.whole_keys.intersection(words))
        keys.update(k + "*" for k in self.prefix_keys.intersection(map(_first_three, words)))
        if not keys:
            return None
        found = frozenset(
            term.number
            for key in keys
            for term in self.local.get(key, ())
            if _found(term.regex, chunk if term.exact else lower)
        )
        return frozenset(keys), found


def _index(vocab: Vocabulary) -> _Terms:
    """The vocabulary's terms arranged for matching (built once per vocabulary)."""
    cached = vocab.__dict__.get("_topic_terms")
    if cached is None:
        cached = vocab.__dict__["_topic_terms"] = _Terms(vocab)
    return cached  # type: ignore[no-any-return]


def topic_weights(paragraphs: list[str], vocab: Vocabulary) -> dict[str, float]:
    """Each topic's weight: per sentence, the sum of the distinct terms it contains."""
    return _weights(dict.fromkeys(sentences_of(paragraphs)), vocab)[0]


def _weights(sentences: Iterable[str], vocab: Vocabulary) -> tuple[dict[str, float], list[tuple[str, list[_Term]]]]:
    """`topic_weights` of these (distinct) sentences, and the terms of those where a phrase's words
    may have counted for another topic too."""
    index = _index(vocab)
    weights = dict.fromkeys((t.id for t in vocab.topics), 0.0)
    shared: list[tuple[str, list[_Term]]] = []
    # A repeated sentence counts once. The order of the additions does not matter:
    # the weights, halves and wholes, add exactly.
    for sentence in sentences:
        terms = _sentence_terms(sentence, index)
        for term in terms:
            weights[term.topic] += term.weight
        phrase_topics = {term.topic for term in terms if term.several}
        if phrase_topics and any(term.topic not in phrase_topics for term in terms):
            shared.append((sentence, terms))
    return weights, shared


def _sentence_terms(sentence: str, index: _Terms) -> list[_Term]:
    """The distinct terms found in one sentence."""
    terms, phrases = index.terms, index.phrases
    # The sentence's words are the words of its chunks (a word holds no space, and
    # lower-casing a chunk alone gives what lower-casing the sentence gives it).
    facts = list(filter(None, map(index.chunk_facts, sentence.split())))  # (in C: most chunks offer nothing)
    if not facts:
        return []
    keys = frozenset().union(*map(_keys_of, facts))
    found = [terms[number] for number in frozenset().union(*map(_found_in, facts))]
    lower = None
    for key in phrases.keys() & keys:
        for term in phrases[key]:
            if term.exact:
                text = sentence
            else:
                text = lower = sentence.lower() if lower is None else lower
            if _found(term.regex, text):
                found.append(term)
    return found


def find_topics(paragraphs: list[str], vocab: Vocabulary) -> list[str]:
    """Topic ids whose weight reaches their threshold, in vocabulary order.

    The weight is the terms' (`topic_weights`), less what a word gave one
    topic while it stood inside another topic's phrase ("military takeover"
    is politics, not defence; "human trafficking" is migration, not
    narcotics), plus the co-mention rules of taxonomy/rules/topic_rules.yml.
    """
    sentences = dict.fromkeys(sentences_of(paragraphs))
    weights, shared = _weights(sentences, vocab)
    for topic, weight in _masked(shared, vocab).items():
        weights[topic] -= weight
    for topic, weight in _enumerated(sentences, vocab).items():
        weights[topic] -= weight
    for topic, weight in _co_mentions(sentences, vocab).items():
        weights[topic] += weight
    for topic, weight in _said_otherwise(sentences, vocab).items():
        weights[topic] -= weight
    return [t.id for t in vocab.topics if weights[t.id] >= t.min_weight and weights[t.id] > 0]


def _enumerated(sentences: Iterable[str], vocab: Vocabulary) -> dict[str, float]:
    """Half the weight of a name in a list of names, for the topics a single name may file.

    "... designated Burma, China, Eritrea and Sudan" names China in passing:
    a topic filed by one mention (China, India) does not come from a list of
    three names or more.
    """
    light = {t.id for t in vocab.topics if t.min_weight <= 1}
    index = _index(vocab)
    lost: dict[str, float] = {}
    for sentence in sentences:
        lists = [m.span() for m in _LIST.finditer(sentence)] if sentence.count(",") >= 2 else []
        if not lists:
            continue
        for term in _sentence_terms(sentence, index):
            if term.topic in light and term.exact and _only_in(term.regex, sentence, lists):
                lost[term.topic] = lost.get(term.topic, 0.0) + term.weight / 2
    return lost


def _said_otherwise(sentences: Iterable[str], vocab: Vocabulary) -> dict[str, float]:
    """The weight a topic's terms had only inside its `not_terms` ("nuclear" in "the nuclear-armed
    neighbours", "reserves" in "oil reserves"): the phrase describes, it is not the subject."""
    lost: dict[str, float] = {}
    rules = _not_terms(vocab)
    if not rules:
        return lost
    index, anywhere = _index(vocab), _any_not_term(vocab)
    # (one pattern tried on each sentence; the few that hold a phrase are read topic by topic)
    holding = [sentence for sentence in sentences if anywhere.search(sentence)]
    for topic, phrases in rules:
        for sentence in holding:
            if not any(_found(phrase, sentence if exact else sentence.lower()) for phrase, exact in phrases):
                continue
            masked = sentence
            for phrase, exact in phrases:  # blank the phrases out, every other word where it was
                masked = _blanked(masked, phrase, exact)
            kept = {t.number for t in _sentence_terms(masked, index)}
            for term in _sentence_terms(sentence, index):
                if term.topic == topic and term.number not in kept:
                    lost[topic] = lost.get(topic, 0.0) + term.weight
    return lost


def _blanked(text: str, regex: re.Pattern[str], exact: bool) -> str:
    """`text` with every match of `regex` (on the text as written, or lower-cased) made spaces, in one pass."""
    pieces, at = [], 0
    for match in regex.finditer(text if exact else text.lower()):
        pieces += [text[at : match.start()], " " * (match.end() - match.start())]
        at = match.end()
    return "".join(pieces) + text[at:] if pieces else text


def _not_terms(vocab: Vocabulary) -> list[tuple[str, list[tuple[re.Pattern[str], bool]]]]:
    """Each topic's `not_terms` as patterns (matched as its terms are), built once per vocabulary."""
    cached = vocab.__dict__.get("_topic_not_terms")
    if cached is None:
        # (a phrase with no word, "*" or " ", would match everywhere: the editors' file may hold one, it is skipped)
        cached = vocab.__dict__["_topic_not_terms"] = [
            (t.id, [(_term_regex(p), any(ch.isupper() for ch in p)) for p in t.not_terms if _WORD.search(p)])
            for t in vocab.topics
            if any(_WORD.search(p) for p in t.not_terms)
        ]
    return cached  # type: ignore[no-any-return]


def _any_not_term(vocab: Vocabulary) -> re.Pattern[str]:
    """A pattern that finds wherever any topic's `not_terms` might stand (case aside), built once."""
    cached = vocab.__dict__.get("_topic_any_not_term")
    if cached is None:
        stems = sorted({re.escape(_WORD.findall(p)[0]) for t in vocab.topics for p in t.not_terms if _WORD.search(p)})
        cached = vocab.__dict__["_topic_any_not_term"] = re.compile("|".join(stems) or "(?!)", re.IGNORECASE)
    return cached  # type: ignore[no-any-return]


def _only_in(regex: re.Pattern[str], sentence: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every match of `regex` in `sentence` lies inside one of `spans`."""
    return all(any(a <= m.start() < b for a, b in spans) for m in regex.finditer(sentence))


def _masked(shared: list[tuple[str, list[_Term]]], vocab: Vocabulary) -> dict[str, float]:
    """The weight other topics' terms had only from the words of a phrase found in the same sentence."""
    index = _index(vocab)
    lost: dict[str, float] = {}
    for sentence, terms in shared:
        phrases = [term for term in terms if term.several]
        masked = sentence
        for term in phrases:  # blank the phrase's words out, keeping every other word where it was
            masked = _blanked(masked, term.regex, term.exact)
        phrase_topics = {term.topic for term in phrases}
        kept = {t.number for t in _sentence_terms(masked, index)}
        for term in terms:
            if term.topic not in phrase_topics and term.number not in kept:
                lost[term.topic] = lost.get(term.topic, 0.0) + term.weight
    return lost


def _co_mentions(sentences: Iterable[str], vocab: Vocabulary) -> dict[str, float]:
    """What the co-mention rules add: each sentence naming all of a rule's countries adds its weight."""
    rules = _co_mention_rules(vocab)
    added: dict[str, float] = {}
    for sentence in sentences:
        for topic, patterns, weight in rules:
            if all(p.search(sentence) for p in patterns):
                added[topic] = added.get(topic, 0.0) + weight
    return added


_CoMention = tuple[str, tuple[re.Pattern[str], ...], float]


def _co_mention_rules(vocab: Vocabulary) -> list[_CoMention]:
    """taxonomy/rules/topic_rules.yml's co-mention rules, each country as one pattern of its names (built once)."""
    cached = vocab.__dict__.get("_topic_co_mentions")
    if cached is None:
        cached = vocab.__dict__["_topic_co_mentions"] = _read_co_mentions(vocab)
    return cached  # type: ignore[no-any-return]


def _read_co_mentions(vocab: Vocabulary) -> list[_CoMention]:
    where = "taxonomy/rules/topic_rules.yml: topic_co_mentions"
    rules = vocab.rules.get("topic_co_mentions") or []
    if not isinstance(rules, list):
        raise VocabularyError(f"{where} must be a list of {{topic, countries, weight}}")
    out: list[_CoMention] = []
    for rule in rules:
        if not isinstance(rule, dict) or rule.get("topic") not in vocab.topic_ids:
            raise VocabularyError(f"{where}: {rule!r} needs a topic of taxonomy/topics.yml")
        countries = rule.get("countries") or []
        actors = [vocab.actors_by_id.get(str(c)) for c in countries]
        if len(actors) < 2 or any(a is None or a.type != "country" for a in actors):
            raise VocabularyError(f"{where}: {rule!r} needs two or more country ids of taxonomy/actors.yml")
        try:
            weight = float(rule.get("weight", 1))
        except (TypeError, ValueError):
            raise VocabularyError(f"{where}: {rule!r} has a weight that is not a number") from None
        patterns = tuple(_names_pattern((a.name, *a.aliases)) for a in actors if a is not None)
        out.append((str(rule["topic"]), patterns, weight))
    return out


def _names_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """One pattern for a country's names as written, each a whole word ("US", not "us" or "USA's" start)."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")

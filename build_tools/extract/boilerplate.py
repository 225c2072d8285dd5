"""The boilerplate classifier: which paragraphs of a pasted page are the article.

The approach of jusText (Pomikálek, 2011), for plain text instead of HTML:
each paragraph is first judged alone, by its length, its share of function
words (prose is full of them, menus and lists are not) and its punctuation;
then a short paragraph, which says too little about itself, takes the class
of its nearest longer neighbours, and the page's edges count as furniture.
On top of that, some shapes are furniture wherever they stand: a call to
action ("Join our ..."), a line talking to the reader, menu words run
together, a photo caption with its credit. The thresholds and word lists are
the editors' (taxonomy/rules/boilerplate.yml).

The verdict is written on each `Unit` (`label`, `bad_reason`); what is done
with it (what the header reads, what is removed and recorded) is decided by
the header, which knows where the article starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import methodcaller

from ..clean import PICTURE, Unit, turn_speech
from ..model import Removed
from ..vocab import SafePattern, Vocabulary, safe_pattern
from .dates import find_date, unglue_stamp

GOOD, NEARGOOD, SHORT, BAD = "good", "neargood", "short", "bad"
_STRIP = ".,;:!?\"'“”‘’()[]{}<>*•|/\\-–—…"
_SENTENCE_END = (".", "!", "?", '."', ".”", "!”", "?”", '!"', '?"', ".’", ".'")
_QUOTES = "\"“”‘’'"
# Menu items that lost their spaces: "HomeNewsPakistan", "PDFPrintE-mail" (a lower-case run of three
# or a capital run, then a capitalised word); names such as "McGovern" or "DeSantis" have shorter runs.
_GLUED = re.compile(r"(?:[a-z]{3}|[A-Z]{2})[A-Z][a-z]{2}")
_MENU_SEPARATORS = re.compile(r"\s[|»›>]\s|\s\|\s*$|^\s*\|")


@dataclass(frozen=True)
class Rules:
    """The classifier's word lists and thresholds, read once from the vocabulary."""

    stop: frozenset[str]
    good_min: int
    long_min: int
    prose: float
    poor: float
    short_max: int
    prompt_max: int
    caption_max: int
    actions: frozenset[str]
    site: frozenset[str]
    reader: frozenset[str]
    marker: re.Pattern[str]
    credits: tuple[SafePattern, ...]  #: each caption credit, anchored at the end of the text
    credit_marks: tuple[str, ...]  #: characters one of which every credit holds
    turn: SafePattern | None  #: a transcript's turn (the editors' `kind_rules.speaker_turn`)
    reports: frozenset[str] = frozenset()  #: verbs of a report (the editors' `kind_rules.report_verbs`)
    speech: frozenset[str] = frozenset()  #: verbs of saying: a last sentence saying something is the article's


def rules(vocab: Vocabulary) -> Rules:
    """The classifier's rules for `vocab` (built once)."""
    cached = vocab.__dict__.get("_boilerplate_rules")
    if cached is None:
        limits = vocab.rules.get("classifier") or {}
        markers = sorted(vocab.words("position_markers"), key=len, reverse=True)
        cached = vocab.__dict__["_boilerplate_rules"] = Rules(
            stop=vocab.words("stop_words"),
            good_min=int(limits.get("good_min_words", 10)),
            long_min=int(limits.get("long_min_words", 40)),
            prose=float(limits.get("prose_density", 0.25)),
            poor=float(limits.get("poor_density", 0.12)),
            short_max=int(limits.get("short_max_words", 9)),
            prompt_max=int(limits.get("prompt_max_words", 14)),
            caption_max=int(limits.get("caption_max_words", 70)),
            actions=vocab.words("call_to_action_verbs"),
            site=vocab.words("site_words"),
            reader=vocab.words("reader_words"),
            marker=re.compile(
                # (after a space or at the start: "212(a)(3)(C)" is a law's section, no "(c)entre" marker)
                r"(?:^|(?<=\s))\((?:" + "|".join(re.escape(m) for m in markers) + r")\)" if markers else r"(?!)",
                re.IGNORECASE,
            ),
            # An editor's pattern on RE2, anchored where a credit stands: at the end of the text.
            credits=tuple(
                safe_pattern(f"(?:{p.pattern})\\s*$", "taxonomy/rules: caption_credits", p.flags)
                for p in vocab.pattern_list("caption_credits")
            ),
            credit_marks=tuple(str(m) for m in vocab.rules.get("caption_credit_marks") or ("",)),
            turn=vocab.pattern("kind_rules", "speaker_turn"),
            reports=frozenset(str(w).lower() for w in (vocab.rules.get("kind_rules") or {}).get("report_verbs") or ()),
            speech=vocab.words("speech_verbs"),
        )
    return cached


# Punctuation to spaces, in one pass in C: words are then what `split` gives.
_UNPUNCTUATE = str.maketrans({ch: " " for ch in _STRIP if ch not in "'’"})
_SAMPLE = 150  #: characters of a paragraph enough to judge its prose (about twenty-five words)


def plain_words(text: str) -> list[str]:
    """The words of `text`, lower-cased, without the punctuation around them."""
    return text.lower().translate(_UNPUNCTUATE).split()


def ends_sentence(text: str) -> bool:
    """True when `text` ends like a sentence: a full stop, a question or exclamation mark (a quote may close it)."""
    return text.endswith(_SENTENCE_END)


def caption_credit(text: str, r: Rules) -> str | None:
    """The picture credit that ends `text` ("— Agency", "(Embassy Name)"), or None."""
    if len(text) < 4 or text.endswith(_SENTENCE_END):
        return None  # a credit ends with a name or a bracket, not a full stop
    tail = text[-120:]  # a credit is short: only the end is searched
    if not any(map(tail.__contains__, r.credit_marks)):
        return None
    for pattern in r.credits:
        match = pattern.search(tail)
        if match:
            return match.group().lstrip('.!?"”’) ')
    return None


def furniture_shape(text: str, r: Rules) -> str:
    """Why `text` is page furniture wherever it stands, or "" (a call to action, a caption, a menu...)."""
    if text[:1] in _QUOTES or turn_speech(text, r.turn) is not None:
        return ""  # a quotation, a transcript's turn ("Q: Would you ...?"): someone's words, not the site's
    count = text.count(" ") + 1
    if count > r.prompt_max and text.endswith(_SENTENCE_END):
        # The common case, a paragraph: only a position marker can make it a caption.
        return PICTURE if count <= r.caption_max and _position_marked(text, r) else ""
    prompt = _prompt_shape(text, count, r) if count <= r.prompt_max else ""
    if prompt:
        return prompt
    if count <= 40 and _menu_line(text):
        return "menu or breadcrumb"
    if count <= r.caption_max and (caption_credit(text, r) or _position_marked(text, r)):
        # A long paragraph that reports what someone said is the article's, whatever tag ends it ("... in
        # agriculture. (Agency)", the wire's own credit); a caption shows, it does not report.
        return "" if count >= _REPORT_MIN_WORDS and _reports(text, r) else PICTURE
    return ""


_REPORT_MIN_WORDS = 15


def _edge_judge(text: str, r: Rules) -> tuple[str, str]:
    """`judge` for a unit at the page's edges, where a sentence in which someone says something is the
    article's however many names it holds ("Sindh Health Minister Dr. Jane Roe welcomed the support.")."""
    label, reason = judge(text, r)
    return (GOOD, "") if label == BAD and not reason and _says_something(text, r) else (label, reason)


def _says_something(text: str, r: Rules) -> bool:
    """Whether `text` is a sentence of six words or more in which someone says something (a verb of saying
    after its first word): the article's, however many names it holds."""
    words = text.translate(_UNPUNCTUATE).split()
    # (a verb is written in small letters: "United States" says nothing)
    return ends_sentence(text) and len(words) >= 6 and not r.speech.isdisjoint(w for w in words[1:] if w.islower())


def _reports(text: str, r: Rules) -> bool:
    return not r.reports.isdisjoint(plain_words(text))


def _position_marked(text: str, r: Rules) -> bool:
    """True when `text` holds a photo's position marker ("(left)") after its opening: "1. (C) SUMMARY: ..."
    and "(U) The ambassador ..." open a cable's paragraphs with their classification, no picture's marker."""
    if "(" not in text:
        return False
    text = _RETIRED.sub("", text) if "(r" in text.lower() else text  # "Lt Gen (R) Jane Roe": retired, not "right"
    opening = _CLASSIFIED.match(text)
    return r.marker.search(text, opening.end() if opening else 0) is not None


#: a rank's "retired" in brackets: "Lt Gen (R)", "Brig. (Retd)", "Air Marshal (r)"
_RETIRED = re.compile(
    r"\b(?:gen|general|lt|col|colonel|brig|brigadier|maj|major|adm|admiral|marshal|cdr|commander|capt|captain|"
    r"commodore|ldr|cdre)\.?\s*\((?:r|retd|retired)\.?\)",
    re.IGNORECASE,
)
#: a cable's paragraph number and classification marking: "1. (C) ", "(S/NF) ", "2. (U) "
_CLASSIFIED = re.compile(r"^(?:\d{1,3}\.\s*)?\((?:C|S|U|TS|SBU|NF|LOU|S/NF|C/NF|TS/SCI)\)\s")


def _prompt_shape(text: str, count: int, r: Rules) -> str:
    """Why a short line (`count` words) is the site talking: a call to action, words to the reader, a menu run
    together; or ""."""
    words = plain_words(text)
    # ("Visit of the Example Secretary to Islamabad": a noun, an official release's headline, no prompt)
    noun = len(words) > 1 and words[1] == "of"
    if (
        words
        and words[0] in r.actions
        and not noun
        and (text.endswith("!") or count <= 4 or not r.site.isdisjoint(words))
    ):
        return "call to action"
    if not r.reader.isdisjoint(words) and '"' not in text and "“" not in text and "”" not in text:
        return "words to the reader"
    if not text.endswith(_SENTENCE_END) and len(_GLUED.findall(unglue_stamp(text))) >= (1 if count <= 6 else 2):
        return "menu words run together"  # (a label or month run into a date is a date stamp, not a menu)
    return ""


#: fewer spaces than this in a line with a date between bars: a stamp's line ("World News | Example Agency |
#: Updated: May 13, 2025 10:12 pm IST"), not a menu
_STAMP_LINE_SPACES = 18


def _menu_line(text: str) -> bool:
    """True when `text` is a menu or a breadcrumb: items between separators, no sentence."""
    # "Home / World / Asia"; a byline's parts may be slashed too, but it holds a date.
    digits = any(ch.isdigit() for ch in text)
    slashed = " / " in text and not digits
    if not ("|" in text or "»" in text or "›" in text or ">" in text or slashed):
        return False
    if digits and (text[:3].casefold() == "by " or text.count(" ") < _STAMP_LINE_SPACES and find_date(text)):
        # "By A. Writer | 5 March, 2024 | Topics: ...", "Islamabad | 20 Apr 2024 | 3 min read": a byline or
        # a stamp, its parts between bars
        return False
    separators = len(_MENU_SEPARATORS.findall(text)) + (text.count(" / ") if slashed else 0)
    return not ends_sentence(text) and separators >= 2


LOWER_SHARE = 0.25  #: the share of words in lower case from which a sentence reads as prose despite its names


def _lower_share(words: list[str]) -> float:
    return sum(map(str.islower, words)) / len(words) if words else 0.0


def judge(text: str, r: Rules) -> tuple[str, str]:
    """A paragraph's class on its own (good, neargood, short or bad) and, when bad wherever it stands, why."""
    count = text.count(" ") + 1
    shape = furniture_shape(text, r) if count <= r.caption_max else ""  # (no furniture shape is longer)
    if shape:
        return BAD, shape
    return _judge_words(text, count, r), ""


def _judge_words(text: str, count: int, r: Rules) -> str:
    """The class of a paragraph of `count` words with no furniture shape, by its length and its words."""
    # A long paragraph's first words say enough about it.
    sample = text[:_SAMPLE].split()
    if len(text) > _SAMPLE and len(sample) > 1:
        sample.pop()  # a word the sample cut in two
    # The share of function words, counted in C (one carrying punctuation, rare, is missed).
    density = sum(map(r.stop.__contains__, map(str.lower, sample))) / len(sample) if sample else 0.0
    sentence = text.endswith(_SENTENCE_END)
    prose = _reads_as_prose(density, sentence, count, sample, r)
    if prose and (count >= r.long_min or (count >= r.good_min and sentence and len(text) >= 160)):
        return GOOD
    # A short sentence may hold no function word at all ("Talks resume next week."): its lower-case words
    # and full stop still make it a sentence, where a list or a menu has neither.
    worded = sentence and count >= 3 and text[:1].isupper() and _lower_share(sample) >= 0.5
    if count >= 4 and density < r.poor and not worded:
        return BAD
    if count > r.short_max:
        return NEARGOOD if prose else BAD
    return _short_line(text, count, sample, prose, worded)


def _reads_as_prose(density: float, sentence: bool, count: int, sample: list[str], r: Rules) -> bool:
    """True when a paragraph's words (its `sample`, their share of function words `density`) read as prose."""
    # A sentence heavy with names and titles has few function words; its verbs and nouns in
    # lower case still tell it from a menu or a list of headlines written in capitals.
    return density >= r.prose or (
        (sentence or count >= 15) and density >= r.poor and _lower_share(sample) >= LOWER_SHARE
    )


def _short_line(text: str, count: int, sample: list[str], prose: bool, worded: bool) -> str:
    """The class of a short line: a sentence of prose, a fragment of one (NEARGOOD), a label (BAD) or SHORT."""
    if text.endswith(":") or (text.isupper() and count >= 2):
        return BAD
    if worded or (prose and count >= 3 and text[:1].isupper() and any(map(str.islower, sample[1:]))):
        return NEARGOOD
    return SHORT


def _nearest(classes: list[str], skip_neargood: bool) -> tuple[list[str], list[str]]:
    """For each paragraph, the class of the nearest one before it and after it that is not short (nor neargood,
    if skipped); the page edge is bad. An insert (a class of "" here: a caption, a prompt) is no one's
    neighbour: it is skipped. (Worked out in one pass each way: looking along the page from every paragraph
    took time with the square of the page's length on a page of short lines.)"""

    def counts(found: str) -> bool:
        return found in (GOOD, BAD) or (found == NEARGOOD and not skip_neargood)

    before, last = [], BAD
    for found in classes:
        before.append(last)
        last = found if counts(found) else last
    after, last = [BAD] * len(classes), BAD
    for index in range(len(classes) - 1, -1, -1):
        after[index] = last
        last = classes[index] if counts(classes[index]) else last
    return before, after


def resolve(classes: list[str], inserts: list[bool] | None = None) -> list[str]:
    """Short and near-good paragraphs classed by their neighbours (jusText's context-sensitive pass).

    `inserts` marks paragraphs that are furniture wherever they stand (a caption between two
    paragraphs): they are bad, but they do not make their neighbours bad.
    """
    seen = [("" if inserts and inserts[i] else c) for i, c in enumerate(classes)]
    revised = list(seen)
    before, after = _nearest(seen, True)
    before_any, after_any = _nearest(seen, False)
    for i, found in enumerate(seen):
        if found != SHORT:
            continue
        if before[i] == after[i]:
            revised[i] = before[i]
        elif (before[i] == BAD and before_any[i] == NEARGOOD) or (after[i] == BAD and after_any[i] == NEARGOOD):
            revised[i] = GOOD
        else:
            revised[i] = BAD
    final = list(revised)
    before, after = _nearest(revised, True)
    for i, found in enumerate(revised):
        if found == NEARGOOD:
            final[i] = BAD if before[i] == BAD and after[i] == BAD else GOOD
        elif found == "":
            final[i] = BAD
    return final


def classify(units: list[Unit], vocab: Vocabulary) -> list[str]:
    """Label each unit good or bad (with `bad_reason` where its shape alone says so); return the first judgements.

    Only the page's edges need judging in full: from the top down to the first paragraph of
    prose, and from the bottom up to the last sentence. Between them every unit stands between
    text on both sides, so its neighbours make it text; there only the shapes that are furniture
    wherever they stand (a caption, a prompt) are looked for, and the unit is judged GOOD.
    """
    r = rules(vocab)
    first = [""] * len(units)
    top = 0
    while top < len(units):
        first[top], units[top].bad_reason = judge(units[top].text, r)
        if first[top] == GOOD:
            break
        top += 1
    bottom = len(units) - 1
    if 0 <= bottom <= top and first[bottom] == BAD:  # (the top's reading reached the end: the last unit again)
        first[bottom], units[bottom].bad_reason = _edge_judge(units[bottom].text, r)
    while bottom > top:
        first[bottom], units[bottom].bad_reason = _edge_judge(units[bottom].text, r)
        if first[bottom] == GOOD or (first[bottom] == NEARGOOD and ends_sentence(units[bottom].text)):
            break
        bottom -= 1
    for index in range(top + 1, bottom):
        text = units[index].text
        if text.endswith(_SENTENCE_END) and "(" not in text and text.count(" ") >= r.prompt_max:
            first[index] = GOOD  # a paragraph of sentences with no caption's marker: `furniture_shape` says ""
            continue
        reason = furniture_shape(text, r)
        units[index].bad_reason = reason
        first[index] = BAD if reason else GOOD
    for unit, label in zip(units, resolve(first, [bool(u.bad_reason) for u in units]), strict=True):
        unit.label = label
    _captions_by_credit(units, r)
    return first


def _captions_by_credit(units: list[Unit], r: Rules) -> None:
    """A short line ending with the credit of a caption found elsewhere is that picture's alt text."""
    credits = {caption_credit(u.text, r) for u in units if u.bad_reason == PICTURE}
    credits.discard(None)
    if not credits:
        return
    for unit in units:
        if not unit.bad_reason and unit.text.count(" ") < 20 and any(unit.text.endswith(c) for c in credits if c):
            unit.bad_reason, unit.label = PICTURE, BAD


_EDGE_PUNCTUATION = " .,;:!?\"'“”‘’()[]-–—…"
_ELLIPSIS_END = methodcaller("endswith", ("...", "…"))


def _article_paragraphs_before(units: list[Unit]) -> list[int]:
    """For each index, how many paragraphs of the article's length stand before it (counted once, so that
    finding one between two copies of a line takes no time)."""
    counts, count = [0], 0
    for unit in units:
        count += unit.text.count(" ") >= _ARTICLE_PARAGRAPH_SPACES and ends_sentence(unit.text)
        counts.append(count)
    return counts


_ARTICLE_PARAGRAPH_SPACES = 45  #: a paragraph this long is the article's (a standfirst is shorter)


def _key(text: str) -> str:
    """A unit's text for spotting a repeat: case and the punctuation around it aside for a short line
    (a headline printed twice, once in capitals), as written for a paragraph (its copy is exact)."""
    return text if len(text) > 160 else text.casefold().strip(_EDGE_PUNCTUATION)


def _teaser(text: str, later: list[Unit]) -> bool:
    """True when `text`, cut off with an ellipsis, is how a later paragraph begins."""
    head = " ".join(text.lower().translate(_UNPUNCTUATE).split())
    return bool(head) and any(
        " ".join(u.text[: len(text) + 20].lower().translate(_UNPUNCTUATE).split()).startswith(head) for u in later
    )


def dedupe(units: list[Unit], removed_captions: list[str]) -> tuple[list[Unit], list[Removed]]:
    """Units without what the page printed twice: a repeated line, a teaser of the next paragraph, caption residue.

    The first copy of a repeated line is kept and marked `repeated` (a headline printed twice is
    one title); a teaser ("... the talks ...") is dropped for the paragraph it announces.
    """
    residue = [_key(c) for c in removed_captions]
    texts = [u.text for u in units]
    if not residue and not any(map(_ELLIPSIS_END, texts)) and len(set(map(_key, texts))) == len(texts):
        return list(units), []  # the common case, told in C: nothing printed twice, no teaser
    seen: dict[str, int] = {}
    kept: list[Unit] = []
    removed: list[Removed] = []
    articles = _article_paragraphs_before(units)
    for index, unit in enumerate(units):
        key = _key(unit.text)
        if unit.text.endswith(("...", "…")) and _teaser(unit.text, units[index + 1 :]):
            removed.append(Removed("teaser repeating the article", unit.text))
            continue
        if key in seen:
            # (a site's name printed over the article and again under it is no title printed twice)
            units[seen[key]].repeated = units[seen[key]].repeated or articles[index] == articles[seen[key] + 1]
            removed.append(Removed("printed twice on the page", unit.text))
            continue
        if key:
            seen.setdefault(key, index)
        if residue and unit.text.count(" ") < 8 and key and any(key in c for c in residue):
            removed.append(Removed(PICTURE, unit.text))
            continue
        kept.append(unit)
    return kept, removed

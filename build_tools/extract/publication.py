"""The outlet a text names as its own: wire tags, mastheads, credits and copyright lines.

Only where the text credits itself: "(AFP)" in a dateline, a masthead line, a
byline's "Associated Press", "Courtesy: X", "first appeared on X", "© X".
An outlet quoted as a source ("told Reuters", "a report in X") is never taken:
nothing here reads the body's sentences except for the reporter's own outlet
("X's <the byline's reporter> reports"). Word lists are in taxonomy/rules/page.yml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..pattern_literals import case_safe_lower, may_match, required_literals
from ..text import word_count
from ..vocab import SafePattern, Vocabulary

# Ranks of the evidence, best first: the wire that filed the story, then a credit the text gives
# itself, then a masthead or label of the page, then a bare tag at the article's end.
AGENCY, CREDIT, MASTHEAD, TAG = 0, 1, 2, 3

_SPELLED = re.compile(r"\b[A-Z](?:-[A-Z]){1,5}\b")  # "V-O-A", as some wires spell an acronym out
_MARK = r"(?:(?:©|\(c\)|copyright)\s*){1,2}"  #: "©", "Copyright ©", "© Copyright"
_YEARS = r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?"
#: the notice's end, and what a bar or a last sentence may add after it ("| Powered by ...", ". Powered by X.")
_RESERVED = (
    r"\s*(?:[.,]\s*all rights reserved\.?|all rights reserved\.?|\.)?"
    r"(?:\s*\|.*|\s*(?:powered|designed|developed|hosted) by [^.|]{1,60}\.?)?\s*$"
)
_COPYRIGHT = re.compile(
    rf"^{_MARK}(?:{_YEARS}\s*,?\s*)?"
    rf"(?P<outlet>[A-Z][\w&.’' -]{{1,60}}?)\s*(?:,?\s*{_YEARS})?{_RESERVED}",
    re.IGNORECASE,
)
#: the outlet named before the mark: "Example News Copyright © 2024. All rights reserved."
_NAME_FIRST = re.compile(rf"^(?P<outlet>[A-Z][\w&.’' -]{{1,40}}?)\s+{_MARK}{_YEARS}{_RESERVED}", re.IGNORECASE)
_TAIL_TAG = re.compile(r"(?<=[.!?\"”’])\s*(?:[-–—]\s*|\()(?P<tag>[A-Za-z]{2,12})\)?\s*$")
_OUTLET_BEFORE = re.compile(r"(?P<outlet>\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})$")  #: up to a possessive
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SERVICE_OUTLETS = frozenset(
    {"press", "news", "wire", "world", "information", "broadcasting", "foreign", "times", "research", "congressional"}
)
_PREPOSITIONS = frozenset({"in", "on", "from", "about", "for", "at", "by", "to", "with", "more"})
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_CORPORATE = re.compile(
    r"\s*,?\s*\b(?:inc|ltd|llc|plc|limited|corp|corporation|company|group|media network|l\.?p)\.?\s*$", re.IGNORECASE
)


@dataclass(frozen=True)
class OutletRules:
    """The outlet word lists and patterns of a vocabulary, read once."""

    outlet_words: frozenset[str]
    label_endings: tuple[str, ...]  #: outlet words that may end a one-word label ("EXAMPLENEWS")
    agencies: frozenset[str]
    credits: tuple[SafePattern, ...]
    weak_credits: tuple[SafePattern, ...]
    credit_needs: frozenset[str] | None  #: strings one of which every credit line holds (None: unknown)
    affiliations: tuple[SafePattern, ...]
    affiliation_needs: frozenset[str] | None  #: strings (lower-cased) one of which every affiliation holds
    nav: frozenset[str]


def outlet_rules(vocab: Vocabulary) -> OutletRules:
    """The outlet rules of `vocab` (built once)."""
    cached = vocab.__dict__.get("_outlet_rules")
    if cached is None:
        # The editors' patterns, on RE2 (affiliations hold capitalised names: matched as written).
        strong, weak = vocab.pattern_list("credit_labels"), vocab.pattern_list("weak_credit_labels")
        affiliations = vocab.pattern_list("byline_affiliations")
        needs = [required_literals(p.pattern, p.flags) for p in (*strong, *weak)]
        affiliation_needs = [required_literals(p.pattern, p.flags) for p in affiliations]  # (lower-cased strings)
        cached = vocab.__dict__["_outlet_rules"] = OutletRules(
            outlet_words=vocab.words("outlet_words"),
            label_endings=tuple(w for w in vocab.words("outlet_words") if len(w) >= 3),
            agencies=frozenset(str(a).upper() for a in vocab.rules.get("wire_agencies", ())),
            credits=strong,
            weak_credits=weak,
            credit_needs=None if any(n is None for n in needs) else frozenset().union(*needs),  # type: ignore[arg-type]
            affiliations=affiliations,
            affiliation_needs=None
            if any(n is None for n in affiliation_needs)
            else frozenset().union(*affiliation_needs),  # type: ignore[arg-type]
            nav=vocab.words("navigation_words"),
        )
    return cached


def tidy(outlet: str) -> str:
    """An outlet's name as printed, without surrounding punctuation; a spelled-out acronym joined ("V-O-A" -> "VOA")."""
    outlet = _SPELLED.sub(lambda m: m.group().replace("-", ""), outlet.strip(" .,;:-–—|()[]\"'“”‘’"))
    return outlet


def masthead(text: str, vocab: Vocabulary) -> str | None:
    """The outlet when `text` is a masthead or service line ("BBC News Online", "Example Press Service")."""
    text = _without_logos_stop(text)
    if not 1 <= word_count(text) <= 6 or text.endswith((".", ":", "?", "!")):
        return None
    named = _named_outlet(text, vocab)
    if named:
        return named
    r = outlet_rules(vocab)
    words = text.split()
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "the", "and", "&") for w in words):
        return None
    last = words[-1].strip(".,;:()").lower()
    if last not in r.outlet_words or len(words) == 1 or words[0].lower() in _PREPOSITIONS:
        return None  # (a lone "Press", "News", or "In the News": a menu's item, no outlet's name)
    if last in ("service", "services") and _SERVICE_OUTLETS.isdisjoint(w.lower() for w in words[:-1]):
        return None  # "Consular Services", "Visa Services": a ministry's menu, not "Example Press Service"
    bare = [w.strip(".,;:()").lower() for w in words]
    if all(w in r.nav or w in r.outlet_words for w in bare) and any(w not in r.outlet_words for w in bare):
        return None  # "Breaking News", "Latest News": a section, not an outlet ("Daily Times" is one)
    return tidy(text)


def _without_logos_stop(text: str) -> str:
    """A masthead in capitals without its logo's full stop ("THE EXAMPLE JOURNAL."); any other text as it is."""
    return text[:-1] if text.endswith(".") and text.isupper() and text[-2:-1].isalpha() else text


def _named_outlet(text: str, vocab: Vocabulary) -> str | None:
    """An outlet the editors name, whatever its last word ("Dawn", "The Hindu"), or one of an outlet's own
    sections ("The Example Times Archives"); None for any other line."""
    if text.strip().casefold() in vocab.words("outlet_names"):
        return tidy(text)
    for section in sorted(vocab.words("outlet_sections"), key=lambda t: (-len(t), t)):  # (longest first, always)
        if text.casefold().endswith(" " + section):
            outlet = masthead(text[: -len(section)].rstrip(), vocab)
            if outlet:
                return outlet
    return None


def outlet_label(word: str, vocab: Vocabulary) -> str | None:
    """The outlet when a paragraph's all-capital opening label is one ("EXAMPLENEWS:"), not a place."""
    if not word.isupper() or " " in word:
        return None
    lower = word.lower()
    endings = outlet_rules(vocab).label_endings
    if lower.endswith(endings) and lower not in outlet_rules(vocab).outlet_words:
        return word
    return None


def credited(text: str, vocab: Vocabulary) -> str | None:
    """The outlet a credit line names ("Courtesy: X", "This article first appeared in X", "From X Post")."""
    if word_count(text) > 40:
        return None
    r = outlet_rules(vocab)
    if not may_match(r.credit_needs, case_safe_lower(text)):
        return None  # holds none of the words every credit label needs: no regex tried
    text = text.strip()
    for pattern in r.credits + r.weak_credits:
        match = pattern.fullmatch(text)
        if not match:
            continue
        outlet = tidy(match.group("outlet"))
        # "Source: Xinhua" (an agency), "Source: Radio Pakistan" (an outlet's word in the name)
        named = any(w.lower() in r.outlet_words for w in outlet.split())
        weak_ok = masthead(outlet, vocab) or agency(outlet, vocab) or (named and outlet.istitle())
        if outlet and word_count(outlet) <= 6 and (pattern in r.credits or weak_ok):
            return outlet
    return None


def agency(name: str, vocab: Vocabulary) -> str | None:
    """`name` when it names a news agency ("Reuters", "APP"): a byline's agency is the publication."""
    bare = name.strip(" .,:;()")
    # (a short agency tag in capitals: "App", a menu's word for the site's phone app, is no APP; "Online" is one)
    tagged = bare.upper() in outlet_rules(vocab).agencies and (bare.isupper() or len(bare) > 4 or not bare.isalpha())
    known = tagged or bare.lower() in vocab.words("agency_names")
    return bare if known else None


_AGENCY_SEPARATOR = re.compile(r"\s*(?:[|/,&]|\band\b)\s*")


def agencies(text: str, vocab: Vocabulary) -> str | None:
    """The first agency of a line naming only agencies ("Reuters | AFP", "APP/Reuters", "AP and AFP")."""
    parts = _AGENCY_SEPARATOR.split(text.strip())
    if not 2 <= len(parts) <= 4 or not all(agency(part, vocab) for part in parts):
        return None
    return agency(parts[0], vocab)


def affiliation(byline: str, vocab: Vocabulary) -> str | None:
    """The outlet inside a byline ("By A. Writer, Associated Press"; "Special to the Example Tribune")."""
    r = outlet_rules(vocab)
    if r.affiliation_needs is not None and not any(map(byline.lower().__contains__, r.affiliation_needs)):
        return None  # holds none of the strings one of which every affiliation pattern needs
    for pattern in r.affiliations:
        match = pattern.search(byline.strip(" ."))
        if not match:
            continue
        outlet = _LEADING_THE.sub("", tidy(match.group("outlet")))
        # After a comma a byline may give a place or a rank: only an outlet's name counts there.
        stated = match.group().lower().startswith(("special to", "for the"))  # a credit that can only be an outlet
        if outlet and (stated or masthead(outlet, vocab) or (outlet.isupper() and not _a_place(outlet, vocab))):
            return outlet
    return None


def _a_place(name: str, vocab: Vocabulary) -> bool:
    """Whether a word in capitals after a writer's name is a place's or a country's ("KARACHI", "USA"), not an
    outlet's initials ("CNN")."""
    key = name.casefold()
    actor = vocab.alias_index.get(key)
    return key in vocab.words("places") or (actor is not None and actor.type == "country")


def copyright_outlet(text: str) -> str | None:
    """The outlet a copyright line names ("© 2024 Example Media. All rights reserved."); of a long notice, its
    first sentence ("Copyright © 2001, The Example. Republication ... is prohibited without ...")."""
    if word_count(text) > 14:
        text = _NOTICE_END.split(text, maxsplit=1)[0]
    if word_count(text) > 14 or not ("©" in text or text.lower().startswith(("copyright", "(c)"))):
        return None
    match = _COPYRIGHT.match(text.strip()) or _named_first(text.strip())
    if not match:
        return None
    outlet = _CORPORATE.sub("", tidy(match.group("outlet")))
    if outlet.casefold().endswith("rights reserved"):
        return None  # "© 2026 All Rights Reserved": the notice names no one
    if not (_YEAR.search(text) or "©" in text or "reserved" in text.lower()):
        return None  # "Copyright Information", "Copyright Policy": a footer's link, no notice
    return outlet if outlet and word_count(outlet) <= 5 and outlet[:1].isupper() else None


_NOTICE_END = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")  #: a sentence's end (not an initial's: "Co. Ltd")


#: a magazine's note of the issue a piece appeared in: "... originally published in the Example Herald's June 2007
#: issue", "This interview appeared in the April 2006 issue of Example Line."
_ISSUE_NOTE = re.compile(
    r"\b(?:published|appeared|ran|printed) in (?:the )?"
    r"(?:(?P<owner>[A-Z][\w&.’' -]{1,40}?)['’]s (?:[\w ]{1,20} )?issue\b"
    r"|[\w ]{0,20}\bissue of (?:the )?(?P<outlet>[A-Z][\w&.’' -]{1,40}?)\s*[.,;]?\s*$)",
    re.IGNORECASE,
)


def issue_outlet(text: str) -> str | None:
    """The magazine an issue note names ("... published in the Example Herald's June 2007 issue"); else None."""
    match = _ISSUE_NOTE.search(text) if len(text) <= 300 else None
    name = (match.group("owner") or match.group("outlet")) if match else None
    return tidy(name) if name and name[:1].isupper() and word_count(name) <= 5 else None


def _named_first(text: str) -> re.Match[str] | None:
    """A notice naming its outlet before the mark, every word of the name capitalised ("All material ©
    2024" names none)."""
    match = _NAME_FIRST.match(text)
    if match is None or not all(w[:1].isupper() or w in _NAME_JOINERS for w in match.group("outlet").split()):
        return None
    return match


_NAME_JOINERS = frozenset({"of", "and", "&", "the", "for"})


def tail_tag(paragraph: str, vocab: Vocabulary) -> tuple[str, str | None] | None:
    """(The paragraph without the agency tag glued to its end, the agency when the tag names a wire in capitals).

    "... the spokesman said.-ONLINE" -> ("... the spokesman said.", "ONLINE"); a tag that is an
    ordinary word ("-Online") is taken off the text but names no outlet: it cannot be told from
    the site's own label. None when the paragraph ends with no tag.
    """
    match = _TAIL_TAG.search(paragraph[-20:])
    if not match:
        return None
    tag = match.group("tag")
    start = len(paragraph) - 20 + match.start() if len(paragraph) > 20 else match.start()
    agencies = outlet_rules(vocab).agencies
    known = tag.upper() in agencies
    if not known and not tag[:1].isupper():
        return None
    if not known and word_count(paragraph) < 8:
        return None
    return paragraph[:start].rstrip(), (tag if tag.isupper() and known else None)


def reporter_outlet(paragraphs: list[str], author: str | None, stop: frozenset[str] = frozenset()) -> str | None:
    """The outlet in "X's <author> reports" when the byline's author is named so in the text.

    Capitalised words before the possessive that are function words ("Then", "The") are not the outlet's.
    """
    if not author or word_count(author) < 2:
        return None
    for paragraph in paragraphs[:3] + paragraphs[-2:]:
        for possessive in ("'s ", "’s "):
            at = paragraph.find(possessive + author)
            if at > 0:
                match = _OUTLET_BEFORE.search(paragraph, max(0, at - 40), at)
                words = match.group("outlet").split() if match else []
                while words and words[0].lower() in stop:
                    words.pop(0)
                if words:
                    return tidy(" ".join(words))
    return None

"""Cleaning a pasted article: page furniture out, broken lines re-flowed, headings found.

`strip_furniture` and `reflow` run before the header (title, byline) is read;
`mark_headings` runs on what remains of the body.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .model import Removed
from .pattern_literals import case_safe_lower, may_match, required_literals
from .text import word_count
from .vocab import SafePattern, Vocabulary

_TERMINAL = tuple(".!?:;\"”’')…")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Characters that would be invisible or reorder text on the page.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NAV_TOKEN = re.compile(r"[^\s|•·»›/>\-–—]+")
_ABBREVIATION_END = re.compile(r"(?:[A-Za-z]\.){2,}$")  #: "D.C." ends a place's name, not a sentence
_FIELD_LABEL = re.compile(r"^[A-Z][\w()’'-]*(?: [a-z]+)?:\s")  #: "Author(s): ...", "Published by: ...": a field's line
_CUT_ABBREVIATION = re.compile(r"\b(?:[A-Za-z]\.)+[A-Za-z]$")  #: "The U.S" / "State Department ...": one name
_KEPT_FIELDS = frozenset({"DATE", "BYLINE", "DATELINE"})  #: wire fields the header reads into the front-matter
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


@dataclass
class Unit:
    """A paragraph-sized piece of text, or a heading, after re-flow."""

    text: str
    blank_before: bool = False  #: separated from the previous unit by an empty line
    heading: bool = False
    #: the boilerplate classifier's verdict: "good" (article text) or "bad" (page furniture)
    label: str = "good"
    #: why the unit is furniture wherever it stands (a caption, a prompt), or "" when only its place says so
    bad_reason: str = ""
    repeated: bool = False  #: the page printed this unit again further down (the copy is gone)
    cut_before: bool = False  #: a line of furniture stood right before it (and was removed)
    cut_reason: str = ""  #: why that line was furniture ("photo caption or credit", "related-story list")
    section: bool = False  #: a contents list above names it: a section's heading, never the page's headline


@dataclass
class Stripped:
    """Article lines with the furniture taken out."""

    lines: list[str]
    removed: list[Removed] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    #: a wire report's field layout ("DATE=3/7/2000"), field name upper-cased -> value
    fields: dict[str, str] = field(default_factory=dict)
    source_url: str | None = None  #: the address on a line of its own at the top of the page
    #: indexes of `lines` right after a removed line of furniture, with the reason it was removed
    cuts: dict[int, str] = field(default_factory=dict)
    #: the items of the contents lists removed ("In this article" / "The pitch" / ...): the article's section
    #: headings, printed again over their sections
    sections: set[str] = field(default_factory=set)
    key_points: bool = False  #: the list being read (if any) is a key-points box
    #: the reason of the box of short sentences being read (a machine-written summary, a subscription's offer), or ""
    sentence_box: str = ""
    box_items: int = 0  #: the items of that box read so far


# Two sentences run together where the page lost the space between two blocks ("program.Washington").
_GLUED_SENTENCES = re.compile(r"(?<=[a-z][a-z][.!?])(?=[A-Z][a-z])")


def normalise_line(line: str) -> str:
    """Unicode NFC, one space between words, no control or invisible characters, typographic hyphens as "-";
    the character entities of a page's source pasted as text written as their characters ("&#8217;", "&quot;",
    "&nbsp;")."""
    if "&" in line and ";" in line:
        line = _ENTITY.sub(_entity_character, line)
    if "\u2010" in line or "\u2011" in line:
        # A typesetter's hyphen is a hyphen: "Zia ul\u2010Haq" and "F\u201116" (digitised archives print them) are
        # the names and the jet the rules know.
        line = line.translate(_HYPHENS)
    if line.isprintable() and "  " not in line and (line.isascii() or unicodedata.is_normalized("NFC", line)):
        # The common case, checked in C: nothing to normalise. (A printable line holds no control
        # character, no invisible one and no space but " ": `isprintable` refuses them all.)
        return line.strip()
    line = unicodedata.normalize("NFC", line)
    line = _INVISIBLE.sub("", line)
    line = _CONTROL.sub("", line)
    return _SPACES.sub(" ", line).strip()


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_ENTITY = re.compile(r"&(?:#(\d{2,5})|#[xX]([0-9a-fA-F]{2,4})|([a-zA-Z]{2,6}));")
#: the named entities of punctuation and spaces; "&lt;" and "&gt;" stay as written (decoded, they would be
#: markup: "&lt;script&gt;" in a pasted page is text about a tag, never a tag)
_NAMED_ENTITIES = {
    "amp": "&", "quot": '"', "apos": "'", "nbsp": " ", "copy": "©", "reg": "®", "trade": "™", "ndash": "–",
    "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "laquo": "«",
    "raquo": "»", "bull": "•", "middot": "·", "deg": "°", "pound": "£", "euro": "€", "eacute": "é",
}  # fmt: skip


def _entity_character(match: re.Match[str]) -> str:
    """The character an entity stands for, when it is punctuation, a space or a letter; else the entity."""
    number, hexadecimal, name = match.groups()
    if name is not None:
        return _NAMED_ENTITIES.get(name.lower(), match.group())
    code = int(number) if number is not None else int(hexadecimal, 16)
    if code in (60, 62) or code > 0x2BFF or unicodedata.category(chr(code))[0] == "C":
        return match.group()  # markup's brackets, control and format characters, pictographs: as written
    return chr(code)


#: pictographs opening a social post's or a channel's line: "📢 Pakistan, US agree ...", "🔴 US clears ...", "➡️ ..."
_LEADING_EMOJI = re.compile("^(?:[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]+\\s*)+")


_TRAILING_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f]\\*?$")


def _without_leading_emoji(line: str) -> str:
    """`line` without the pictographs that open it (a headline or a list's item is what follows them); a line
    they also close is left as it is ("🚨 BREAKING NEWS 🚨": a forwarder's teaser, no headline)."""
    if not line or line[0].isascii() or _TRAILING_EMOJI.search(line):
        return line
    return _LEADING_EMOJI.sub("", line)


# A whole line set in a chat app's bold or italics: "*US firm to explore offshore oil*", "_By Jane Roe_".
_CHAT_WRAPPED = re.compile(r"^([*_~])(?=\S)(?P<inner>[^*_~]+?)(?<=\S)\1$")


#: a chat app's bold marks around words inside a line: "*WASHINGTON* – ...", "... Ambassador *Jane Roe* said"
_CHAT_BOLD = re.compile(r"(?<![\w*])\*(?=[^\s*])(?P<inner>[^*\n]{1,80}?)(?<=[^\s*])\*(?![\w*])")


def _unwrapped(line: str) -> str:
    """`line` without a chat app's marks of bold, italics or strike-through around the whole of it, or of bold
    around words inside it."""
    if "*" in line:
        line = _CHAT_BOLD.sub(lambda match: match.group("inner"), line)
    if line[:1] not in "*_~":
        return line
    match = _CHAT_WRAPPED.match(line)
    return match.group("inner") if match else line


#: a drop cap set apart from the rest of its word: "T he board said ...", "O n Monday ..." ("A" and "I" are words)
_DROP_CAP = re.compile(r"^[B-HJ-Z] [a-z]")


def _without_drop_cap_gap(line: str, stop: frozenset[str]) -> str:
    """`line` with the drop cap opening it joined to the rest of its word ("T he board ...": "The board ..."), when
    the word so made is a function word, as a paragraph's first word most often is ("T cells" is no drop cap)."""
    if line[1:2] != " " or not _DROP_CAP.match(line):
        return line
    word = line[0] + line[2:].split(" ", 1)[0]
    return line[0] + line[2:] if word.lower().rstrip(",.;:") in stop else line


def unglue_sentences(line: str) -> str:
    """A space put back between two sentences the page ran together ("program.Washington")."""
    # Counted in C first: a line whose every full stop is followed by a space (or ends it) has no glue.
    stops = line.count(".")
    if stops == line.count(". ") + line.endswith(".") and "?" not in line and "!" not in line:
        return line
    return _GLUED_SENTENCES.sub(" ", line)


def _longest_rule(vocab: Vocabulary) -> int:
    """The most words any furniture rule applies to (rules without a limit: no limit)."""
    return max((int(r.get("max_words", 1 << 30)) for r in vocab.patterns("line_rules")), default=0)


@dataclass(frozen=True)
class _FurnitureRules:
    """The furniture rules of a vocabulary, arranged once for `furniture_reason`."""

    nav_max: int  #: the most words a navigation line has
    limit: int  #: the most words any furniture line has
    #: (max words, match, reason, strings a matching line holds one of or None)
    rules: tuple[tuple[int | float, Callable[[str], object], str, frozenset[str] | None], ...]
    nav: frozenset[str]  #: navigation words
    #: per rule: (words of a next line that belongs to the same widget, or 0; whether a list follows)
    follow: tuple[tuple[int, bool], ...] = ()
    #: per rule: whether a matching line holding a full date is left to the header (a stamp's reading time)
    keeps_dated: tuple[bool, ...] = ()
    #: per rule: the most words of the line above that is its caption (a credit alone under a picture), or 0
    before: tuple[int, ...] = ()
    #: per rule: whether a matching line under the article opens the readers' comments (all lines after it)
    comments: tuple[bool, ...] = ()
    caption_cues: tuple[SafePattern, ...] = ()  #: what marks a line as a picture's caption ("Jane Roe, left, ...")
    speech: frozenset[str] = frozenset()  #: verbs of saying: a line reporting what someone said is no caption
    stop: frozenset[str] = frozenset()  #: function words ("the", "for", "on"): what a drop cap's word may be

    #: residue inside a line: (regex, reason, strings a line with residue holds one of)
    inline: tuple[tuple[SafePattern, str, frozenset[str] | None], ...] = ()
    #: strings one of which a line with any residue holds, besides "<", "{", ">" and "[" (None: unknown)
    residue_words: frozenset[str] | None = frozenset()
    wire_field: SafePattern | None = None
    archive_field: SafePattern | None = None
    factiva_field: SafePattern | None = None
    archive_fields: dict[str, str] = field(default_factory=dict)  #: a database field's name -> what it holds
    source_url: SafePattern | None = None
    keyword_line: SafePattern | None = None
    #: the rule each short line met matched (`_furniture_rule`), kept: pages and batches repeat their menus
    seen: dict[str, int | None] = field(default_factory=dict)


_SEEN_MOST = 50_000  #: the most lines whose rule is kept (then the record starts again)


def _furniture_rules(vocab: Vocabulary) -> _FurnitureRules:
    cached = vocab.__dict__.get("_furniture_rules")
    if cached is None:
        nav_max = int(vocab.rules.get("navigation_max_words", 12))
        line_rules = vocab.patterns("line_rules")
        inline = tuple(
            (rule["regex"], str(rule["reason"]), required_literals(rule["regex"].pattern, rule["regex"].flags))
            for rule in vocab.patterns("inline_rules")
        )
        cached = vocab.__dict__["_furniture_rules"] = _FurnitureRules(
            nav_max=nav_max,
            limit=max(_longest_rule(vocab), nav_max),
            rules=tuple(
                (
                    rule.get("max_words", 10_000),
                    rule["match"],
                    str(rule["reason"]),
                    required_literals(rule["regex"].pattern, rule["regex"].flags),
                )
                for rule in line_rules
            ),
            nav=vocab.words("navigation_words"),
            follow=tuple((int(rule.get("takes_next_line", 0)), bool(rule.get("starts_list"))) for rule in line_rules),
            keeps_dated=tuple(bool(rule.get("keeps_dated")) for rule in line_rules),
            before=tuple(int(rule.get("takes_line_before", 0)) for rule in line_rules),
            comments=tuple(bool(rule.get("starts_comments")) for rule in line_rules),
            caption_cues=vocab.pattern_list("caption_cues"),
            speech=vocab.words("speech_verbs"),
            stop=vocab.words("stop_words"),
            inline=inline,
            residue_words=_residue_words(inline),
            # Editors' patterns, on RE2 (vocab.PATTERN_PLACES says which match case as written).
            wire_field=vocab.pattern("wire_field"),
            archive_field=vocab.pattern("archive_field"),
            factiva_field=vocab.pattern("factiva_field"),
            archive_fields={str(k): str(v) for k, v in (vocab.rules.get("archive_fields") or {}).items()},
            source_url=vocab.pattern("source_url"),
            keyword_line=vocab.pattern("keyword_line"),
        )
    return cached


def furniture_reason(line: str, vocab: Vocabulary) -> str | None:
    """Why `line` is page furniture, or None when it is article text."""
    rule = _furniture_rule(line, vocab)
    if rule is None:
        return None
    return "site navigation" if rule < 0 else _furniture_rules(vocab).rules[rule][2]


def _furniture_rule(line: str, vocab: Vocabulary) -> int | None:
    """The index of the first furniture rule `line` matches, -1 for navigation, None for article text."""
    arranged = _furniture_rules(vocab)
    seen = arranged.seen
    if line in seen:
        return seen[line]
    if len(seen) >= _SEEN_MOST:
        seen.clear()
    found = seen[line] = _first_rule(line, vocab, arranged)
    return found


def _first_rule(line: str, vocab: Vocabulary, arranged: _FurnitureRules) -> int | None:
    """`_furniture_rule`, worked out."""
    limit = arranged.limit
    # Longer than any furniture rule allows: article text. (Counting spaces first
    # spares counting words in long paragraphs; a word needs at least one space.)
    if line.count(" ") > 2 * limit + 2:
        return None
    count = word_count(line)
    if count > limit:
        return None
    # Most lines hold none of a rule's words: a substring search says so faster than the regex,
    # which tries every position of the line. (`may_match`, inlined: this loop is hot.)
    lower = case_safe_lower(line)
    contains = lower.__contains__ if lower is not None else None
    for index, (max_words, match, _, needs) in enumerate(arranged.rules):
        if count > max_words or (needs is not None and contains is not None and not any(map(contains, needs))):
            continue
        if match(line):
            return index
    # Navigation: at most nav_max tokens, every one a navigation word (stop at the first that is not); an
    # outlet the editors name is its masthead, whatever its words ("Defense News", "Breaking Defense").
    if lower is not None and lower in vocab.words("outlet_names"):
        return None
    nav, nav_max, seen = arranged.nav, arranged.nav_max, 0
    for token in _NAV_TOKEN.finditer(line):  # (most lines stop at their first token: no list of them all)
        seen += 1
        if seen > nav_max or token.group().casefold() not in nav:
            return None
    return -1 if seen else None


def _cut_residue(line: str, arranged: _FurnitureRules, removed: list[Removed]) -> str:
    """`line` without HTML tags, CMS tags and script remnants (each recorded)."""
    lower = case_safe_lower(line)
    for regex, reason, needs in arranged.inline:
        if not may_match(needs, lower):
            continue
        keep = regex.groupindex.get("keep", 0)  # the group of a match that is text ("<i>text</i>"), if any
        matches = list(regex.finditer(line))
        for match in matches:
            if keep:
                start, end = match.span(keep)
                pieces = [line[match.start() : start], line[end : match.end()]]
            else:
                pieces = [match.group()]
            removed.extend(Removed(reason, piece.strip()) for piece in pieces if piece.strip())
        if matches:
            line = _SPACES.sub(" ", regex.sub(_kept_part if keep else " ", line)).strip()
    return line


def _kept_part(match: Any) -> str:
    return f" {match.group('keep')} "


def _ends_widget(line: str, words: int) -> bool:
    """True when `line` is a short label that belongs to the widget above it (a weather widget's city)."""
    if line.endswith(".") and not _ABBREVIATION_END.search(line):
        return False  # a sentence, unless it ends with an abbreviation ("D.C.")
    return 0 < word_count(line) <= words and not line.endswith(("!", "?", ":", ";", ","))


def strip_furniture(text: str, vocab: Vocabulary) -> Stripped:
    """Drop furniture lines (recording each), lift out keyword lines, a wire report's fields and the source address."""
    arranged = _furniture_rules(vocab)
    out = Stripped(lines=[])
    text = _print_margins(_database_fields(text, arranged, out), arranged, out)
    text = _archive_toolbar(text, arranged, out)
    widget_words = 0  #: the line after a widget's first line may be its last
    in_list = False  #: the short lines after a list heading are its items
    cut = False  #: a line was removed since the last line kept
    lone_menu_word = -1  #: the index in `out.removed` of a menu's word removed right after a line kept
    #: why the rest of the page is no article's: the readers' comments have started under it, or another
    #: story's head and prose follow it (an endless page)
    rest: str | None = None
    listed: dict[str, None] = {}  #: the items of the list being read, in order
    contents = False  #: the list being read is a contents list (an item printed again is its section's heading)
    #: the paragraphs of prose kept (a list heading above any is a menu's item: "Trending"; the head's
    #: standfirst is one at most)
    proses = 0
    for raw in text.split("\n"):
        line = _cleaned(raw, arranged, out)
        if not line:
            out.lines.append("")
            continue
        line = _without_drop_cap_gap(unglue_sentences(_unwrapped(_without_leading_emoji(line))), arranged.stop)
        if rest:
            out.removed.append(_comments_line(line, arranged, vocab, rest))
            continue
        if widget_words or in_list or line.count(" ") <= 2 * arranged.limit + 2 or "=" in line:
            listing = in_list and not (contents and line in listed)
            reason, rule = _line_furniture(line, arranged, out, vocab, widget_words, listing)
        else:
            reason, rule = None, None  # longer than any furniture rule allows, and no field: article text
        widget_words, in_list = 0, in_list and reason in _LIST_ITEMS
        if _next_story(out, listed, line, reason, proses, vocab):  # (`listed` is empty unless a list was read)
            rest = NEXT_STORY
            continue
        _list_items(listed, line, in_list, contents, out.sections)
        if reason is None:
            _keep_line(out, line, cut, lone_menu_word)
            cut, lone_menu_word = False, -1
            proses += _prose(line)
            continue
        lone_menu_word = len(out.removed) if reason == "site navigation" and not cut else -1
        cut = True
        if reason:  # (else taken in as the page's metadata, or joined to the widget above it)
            _caption_wrapped_above(out, line, reason)
            out.removed.append(Removed(reason, line))
        if rule is not None and arranged.follow:
            widget_words, starts_list = _around_the_rule(out, arranged, rule, reason, proses)
            if starts_list:  # (what kind of list it is: a contents list, a key-points box)
                in_list, contents = True, reason == _CONTENTS
                _open_box(out, reason)
            rest = _opens_comments(arranged, rule, proses)
    return out


#: a page a browser printed: each sheet's header, the clock and the tab's title ("3/5/25, 10:15 AM Talks resume |
#: Example News"), and its footer, the page's address and the sheet's number ("https://example.com/talks 1/3")
_PRINT_HEADER = re.compile(
    r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\s+(?P<title>\S.*)$"
)
_PRINT_FOOTER = re.compile(r"^(?P<address>(?:https?://|www\.)\S+)[ \t]+\d{1,3}/\d{1,3}[ \t]*$", re.MULTILINE)


_PROSE_BEFORE_COMMENTS = 3  #: lines of prose kept before a comments' heading that opens the readers' comments


def _opens_comments(arranged: _FurnitureRules, rule: int, proses: int) -> str | None:
    """The readers' comments' reason when furniture rule `rule`'s line opens them, `proses` lines of prose kept
    above it; else None."""
    return _COMMENTS if arranged.comments[rule] and proses >= _PROSE_BEFORE_COMMENTS else None


_COMMENTS = "readers' comments"
_CONTENTS = "contents list"  #: (its reason in taxonomy/rules/furniture.yml: an item printed again is a heading)
NEXT_STORY = "another article pasted below this one"  #: the reason a next story's lines are removed


def _comments_line(line: str, arranged: _FurnitureRules, vocab: Vocabulary, reason: str) -> Removed:
    """A line of the readers' comments or of the next story under the article, removed for `reason` (a site's
    copyright line under them as one: it still names the site)."""
    rule = _furniture_rule(line, vocab)
    copyright = rule is not None and rule >= 0 and arranged.rules[rule][2] == _COPYRIGHT
    return Removed(_COPYRIGHT if copyright else reason, line)


def _cleaned(raw: str, arranged: _FurnitureRules, out: Stripped) -> str:
    """`raw` normalised and without markup's residue; "" for a menu set apart with spaces (recorded in `out`)."""
    raw = _without_tools(raw, out)  # (first: "By Jane Roe  Tweet  Email" is a byline, no menu)
    return "" if _spaced_menu(raw, out) else _without_residue(normalise_line(raw), arranged, out)


#: a share row's words set apart with spaces at a line's end: "Posted By Jane Roe   Share", "By Jane Roe\tTweet  Email"
_SPACED_TOOLS = re.compile(
    r"(?:\t+| {2,})(?P<tools>(?:share|tweet|e-?mail|print|save|recommend)(?:(?:\t+| {2,})(?:share|tweet|e-?mail|print"
    r"|save|recommend))*)\s*$",
    re.IGNORECASE,
)


def _without_tools(raw: str, out: Stripped) -> str:
    """`raw`, as pasted, without a share row's words the copy set apart with spaces at its end (recorded in `out`):
    they are no part of the byline or the headline before them."""
    if "  " not in raw and "\t" not in raw:
        return raw  # (the common case: no run of spaces)
    tools = _SPACED_TOOLS.search(raw)
    if tools is None or not raw[: tools.start()].strip():
        return raw
    out.removed.append(Removed("share or follow prompt", normalise_line(tools.group("tools"))))
    return raw[: tools.start()]


def _spaced_menu(raw: str, out: Stripped) -> bool:
    """Whether `raw`, as pasted, is a menu whose items a copy set apart with runs of spaces or tabs ("Home  News
    Sport  Business"): three items or more of at most three capitalised words, nothing of a sentence; if so it is
    recorded as removed. (Spaces are collapsed later; a headline holds no run of them.)"""
    if "  " not in raw and "\t" not in raw:
        return False
    items = [item for item in _MENU_GAP.split(raw.strip()) if item]
    menu = len(items) >= 3 and all(
        len(item.split()) <= 3 and item[:1].isupper() and not item.endswith((".", ",", ":", "?", "!")) for item in items
    )
    if menu:
        out.removed.append(Removed("site navigation", normalise_line(raw)))
    return menu


_MENU_GAP = re.compile(r"\t+| {2,}")


def _without_residue(line: str, arranged: _FurnitureRules, out: Stripped) -> str:
    """`line` without the markup's residue the furniture rules name (recorded in `out`)."""
    if "<" in line or "{" in line or ">" in line or "[" in line:  # markup's residue holds one of these
        return _cut_residue(line, arranged, out.removed)
    if may_match(arranged.residue_words, case_safe_lower(line)):  # a rule's words ("... said. Enditem")
        return _cut_residue(line, arranged, out.removed)
    return line


_MARKUP = frozenset({"<", "{", ">", "["})


def _residue_words(inline: tuple[tuple[SafePattern, str, frozenset[str] | None], ...]) -> frozenset[str] | None:
    """The strings one of which a line holds when an inline rule that needs none of "<", "{", ">", "[" matches
    it (None when a rule's strings are unknown)."""
    words: set[str] = set()
    for _, _, needs in inline:
        if needs is None:
            return None
        if _MARKUP.isdisjoint(needs) and not any(mark in need for need in needs for mark in _MARKUP):
            words |= needs
    return frozenset(words)


def _list_items(listed: dict[str, None], line: str, in_list: bool, contents: bool, sections: set[str]) -> None:
    """Keep `listed` the items of the list being read: `line` added while one is (and to `sections` when the list
    is a contents list), emptied when none is."""
    if in_list:
        listed[line] = None
        if contents:
            # ("Introduction ........ 1": a document's entry with its leader and page, its heading "Introduction")
            entry = _without_leader(line)
            listed[entry] = None
            sections.update((line, entry))
    else:
        listed.clear()


def _without_leader(line: str) -> str:
    """A table of contents' entry without its dotted leader and page number ("Introduction ....... 1", "Aid … 3");
    any other line as it is. (Stripped from the end, not searched for: linear however long the line.)"""
    numbered = line.rstrip().rstrip("0123456789").rstrip()
    title = numbered.rstrip(". …")
    if title[-2:-1] == "." and numbered[len(title) : len(title) + 1] == ".":
        title += "."  # ("Aid to the U.S. ...... 9": the abbreviation's own full stop)
    leader = numbered[len(title) :]
    return title.rstrip() if title and (leader.count(".") >= 3 or "…" in leader) else line


def _next_story(
    out: Stripped, listed: dict[str, None], line: str, reason: str | None, proses: int, vocab: Vocabulary
) -> bool:
    """Whether the list just read (`listed`) ends with another story's head and `line`, kept as text (`reason`
    None), starts its prose: the next story an endless page loaded under this one ("Read more" / "Remittances
    rise" / "Recorder Report" / "March 21, 2025" / "KARACHI: ..."), pasted with it, after `proses` (at least
    two) paragraphs of this article's prose. If so, its head's items and `line` are removed as that story's."""
    head = _next_story_head(list(listed), line, vocab) if listed and reason is None and proses >= 2 else 0
    for back in range(len(out.removed) - head, len(out.removed)):
        out.removed[back] = Removed(NEXT_STORY, out.removed[back].text)
    if head:
        out.removed.append(Removed(NEXT_STORY, line))
    return head > 0


def _next_story_head(listed: list[str], line: str, vocab: Vocabulary) -> int:
    """How many of a list's last items are another story's head (its headline, then its writer and date on one
    or two lines) when `line`, the prose under them, is that story's first paragraph; else 0."""
    from .extract.header import writer_and_date  # (here: build_tools.extract imports this module)
    from .extract.headline import headline_shaped

    if not _prose(line):
        return 0
    for size in (1, 2):
        if len(listed) > size and word_count(listed[-size - 1]) >= 4 and headline_shaped(listed[-size - 1], 20):
            if writer_and_date(listed[-size:], vocab):
                return size + 1
    return 0


def _print_margins(text: str, arranged: _FurnitureRules, out: Stripped) -> str:
    """`text` without the margins a browser prints on each sheet of a page (`_PRINT_HEADER`, `_PRINT_FOOTER`),
    recorded as removed; the first header's tab title stays as a line (it names the page and its site), and the
    footer's address is the source address when the page gives none."""
    footer = _PRINT_FOOTER.search(text)
    if footer is None and not _printed_head(text):
        return text  # (the common case: no sheet's footer nor header, no printed page)
    address = footer.group("address") if footer else ""
    if out.source_url is None and arranged.source_url is not None and arranged.source_url.fullmatch(address):
        out.source_url = address
    kept: list[str] = []
    titled = False
    for raw in text.split("\n"):
        line = normalise_line(raw)
        header = _PRINT_HEADER.match(line)
        if header is None and _PRINT_FOOTER.match(line) is None:
            kept.append(raw)
            continue
        if header is not None and not titled:
            kept.extend(["", header.group("title"), ""])  # (a line of its own, not wrapped into the headline)
            titled = True
        out.removed.append(Removed("printed page's margin", line))
    return "\n".join(kept)


def _printed_head(text: str) -> bool:
    """Whether one of the page's first three lines is a printed sheet's header (its footer cut off in the copy):
    a browser's clock with its comma ("12/1/26, 4:03 PM") and a tab title of three words or more (a date stamp,
    "03/25/2025 04:34 PM EDT", is none)."""
    first = [line for line in text[:2000].split("\n", 12) if line.strip()][:3]
    for line in first:
        header = _PRINT_HEADER.match(normalise_line(line))
        if header and "," in line.split(":", 1)[0] and word_count(header.group("title")) >= 3:
            return True
    return False


#: a web archive's toolbar over a captured page: its first line names the capture's address
#: ("The Wayback Machine - https://web.archive.org/web/20190723081512/https://example.com/talks"); its last,
#: "TIMESTAMPS", closes the panel about the capture (captures, calendar, "About this capture", collection)
_ARCHIVE_TOOLBAR = re.compile(
    r"^The Wayback Machine\s*-\s*https?://web\.archive\.org/web/\d{4,14}\w*/(?P<address>\S+)$"
)
_TOOLBAR_LINES = 60  #: the most lines of the toolbar's panel under its first line


def _archive_toolbar(text: str, arranged: _FurnitureRules, out: Stripped) -> str:
    """`text` without a web archive's toolbar (`_ARCHIVE_TOOLBAR`), recorded as removed: its first line, and
    the capture's panel under it when "TIMESTAMPS" closes it; the captured page's address is the source
    address when the page gives none."""
    if "web.archive.org/web/" not in text:
        return text  # (the common case)
    lines = text.split("\n")
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = normalise_line(lines[index])
        toolbar = _ARCHIVE_TOOLBAR.match(line)
        if toolbar is None:
            kept.append(lines[index])
            index += 1
            continue
        address = toolbar.group("address")
        if out.source_url is None and arranged.source_url is not None and arranged.source_url.fullmatch(address):
            out.source_url = address
        panel = [normalise_line(rest) for rest in lines[index + 1 : index + 1 + _TOOLBAR_LINES]]
        end = panel.index("TIMESTAMPS") + 1 if "TIMESTAMPS" in panel else 0
        for removed in [line, *panel[:end]]:
            if removed:
                out.removed.append(Removed("web archive's toolbar", removed))
        index += 1 + end
    return "\n".join(kept)


#: marks an archive puts before a line: UPI's caret, FBIS's "[Text]", "[FBIS Translated Text]", "[Excerpts]"
_ARCHIVE_MARK = re.compile(r"^(?:\^|\[(?:FBIS )?(?:Translated )?(?:Text|Excerpts?|Editorial|Report|Article)\]\s*)")


def _database_fields(text: str, arranged: _FurnitureRules, out: Stripped) -> str:
    """`text` without a database export's field lines ("HEADLINE: ...", "Length: 812 words"; Factiva's "HD",
    "WC", "LP" when the text opens with "HD") and an archive's marks before a line (UPI's "^", FBIS's
    "[Text]"): what the fields hold goes into `out.fields` (HEADLINE, BYLINE, DATELINE, DATE, SOURCE), a
    text field's words stay as a line of text, the rest is recorded as removed."""
    if not arranged.archive_fields:
        return text
    lines = text.split("\n")
    opening = next((normalise_line(line) for line in lines if line.strip()), "")
    factiva = opening.startswith("HD ")
    if ":" not in text and not factiva and "^" not in text and "[" not in text:
        return text  # (the common case: no field line, no archive's mark)
    kept: list[str] = []
    titles: list[tuple[int, str]] = []  #: "Title: ..." lines kept so far, each with its place in `kept`
    for raw in lines:
        line = normalise_line(raw)
        if line[:1] in ("^", "["):
            line = raw = _ARCHIVE_MARK.sub("", line)
        match = _field_line(line, arranged, factiva)
        if match is not None and match.group(1) == "Title":
            titles.append((len(kept), line))  # (read as a field only beside another one: see `_record_titles`)
            match = None
        if match is None:
            kept.append(raw)
            continue
        meaning, value = arranged.archive_fields.get(match.group(1), "other"), match.group(2).strip()
        if meaning == "text":
            kept.append(value)
            continue
        if value and meaning != "other":
            out.fields.setdefault(meaning.upper(), value)
        out.removed.append(Removed("database field", line, kept=meaning != "other"))
    return "\n".join(_record_titles(kept, titles, arranged, out) if titles and out.removed else kept)


def _record_titles(
    kept: list[str], titles: list[tuple[int, str]], arranged: _FurnitureRules, out: Stripped
) -> list[str]:
    """`kept` without the "Title: ..." lines of an export whose other fields were read (a library's catalogue
    record): each is its title field. ("Title: ..." alone is a line of the page, its headline as printed,
    perhaps.)"""
    if not any(r.reason == "database field" for r in out.removed):
        return kept
    meaning = arranged.archive_fields.get("Title", "other")
    for _, line in titles:
        value = line.partition(":")[2].strip()
        if value and meaning not in ("other", "text"):
            out.fields.setdefault(meaning.upper(), value)
        out.removed.append(Removed("database field", line, kept=meaning != "other"))
    dropped = {at for at, _ in titles}
    return [line for at, line in enumerate(kept) if at not in dropped]


def _field_line(line: str, arranged: _FurnitureRules, factiva: bool) -> Any:
    """The match of a database's field line (group 1 its name, group 2 its value), or None."""
    if arranged.archive_field is not None and ":" in line:
        match = arranged.archive_field.fullmatch(line)
        if match:
            return match
    return arranged.factiva_field.fullmatch(line) if factiva and arranged.factiva_field is not None else None


def _around_the_rule(
    out: Stripped, arranged: _FurnitureRules, rule: int, reason: str | None, proses: int
) -> tuple[int, bool]:
    """What a furniture rule's line takes with it: the caption above a credit (removed here), and what
    `_what_follows` says of the lines after it (`proses`: the lines of prose kept so far)."""
    if arranged.before[rule]:
        _caption_above(out, arranged, arranged.before[rule], reason or "", in_head=proses <= 1)
    return _what_follows(arranged, rule, reason, proses > 0)


def _caption_above(out: Stripped, arranged: _FurnitureRules, most: int, reason: str, in_head: bool) -> None:
    """The line kept right above a credit standing alone ("Credit: Example Images"), when it reads as that
    picture's caption (at most `most` words, no one's words reported, and a caption's marker, or `in_head`:
    above the article's first paragraph, under at most a standfirst, opening with no dateline), removed too."""
    index = len(out.lines) - 1
    if index >= 0 and not out.lines[index]:
        index -= 1  # (one empty line between the caption and its credit)
    if index < 0 or not out.lines[index]:
        return
    line = out.lines[index]
    if word_count(line) > most or line[:1] in "\"“‘'" or not line.endswith((".", ")")):
        return  # (a caption is a sentence; a headline over a credit ends with no full stop)
    if not (in_head and not _OPENING_DATELINE.match(line)) and not any(
        cue.search(line) for cue in arranged.caption_cues
    ):
        return
    if not arranged.speech.isdisjoint(line.lower().replace(",", " ").split()):
        return  # "..., the minister said on Monday.": the article reports, a caption shows
    out.lines[index] = ""  # (emptied, not taken out: `cuts` counts lines by their place)
    out.removed.insert(len(out.removed) - 1, Removed(reason, line))


def _caption_wrapped_above(out: Stripped, line: str, reason: str) -> None:
    """The caption's first line above a credit's line that ends its sentence ("... on March 4," / "2025. (Photo:
    Example)": a caption wrapped over two lines), removed too."""
    if reason != PICTURE or not (line[:1].isdigit() or line[:1].islower()):
        return
    if out.lines and out.lines[-1].endswith(",") and word_count(out.lines[-1]) <= 40:
        out.removed.append(Removed(reason, out.lines[-1]))
        out.lines[-1] = ""  # (emptied, not taken out: `cuts` counts lines by their place)


#: an article's opening with its dateline ("ISLAMABAD: ...", "WASHINGTON (Agency) - ..."): no caption
_OPENING_DATELINE = re.compile(r"^[A-Z][A-Za-z .,/'-]{2,40}(?:\([^)]{1,30}\))?\s*(?::|—|–|-{1,2}\s)")


def _what_follows(arranged: _FurnitureRules, rule: int, reason: str | None, prose: bool) -> tuple[int, bool]:
    """What a furniture rule says of the lines after its line: (how many words the widget's next line may
    have, whether a list starts), given whether the article's prose has begun."""
    widget_words, starts_list = arranged.follow[rule]
    return widget_words, starts_list and (prose or reason not in _LISTS_OF_OTHER_PAGES)


def _keep_line(out: Stripped, line: str, cut: bool, lone_menu_word: int) -> None:
    """Keep `line` as the article's (or the page's head's), after any line removed before it."""
    if lone_menu_word >= 0:
        # One menu word alone between lines of the page ("EDITORIAL" over the headline) is the
        # section's label, which may state the kind of piece; a menu is several words.
        out.removed[lone_menu_word] = Removed("section label", out.removed[lone_menu_word].text)
    if cut:
        out.cuts[len(out.lines)] = out.removed[-1].reason if out.removed else ""
    out.lines.append(line)


def _prose(line: str) -> bool:
    return line.count(" ") >= _PROSE_MIN_SPACES and _ends_sentence(line)


_KEY_POINTS = "key-points box"  #: (its reason in taxonomy/rules/furniture.yml)
PICTURE = "photo caption or credit"  #: (its reason in taxonomy/rules/furniture.yml)
RELATED = "related-story list"  #: (its reason in taxonomy/rules/furniture.yml: a list of other stories)
_COPYRIGHT = "copyright notice"  #: (its reason in taxonomy/rules/furniture.yml: the header reads the outlet in it)
_PROSE_MIN_SPACES = 11  #: a line of twelve words or more ending as a sentence is the article's prose
#: lists whose heading above the article's first prose is a menu's item ("Trending" among "Home", "Videos"):
#: a key-points box above the article is one
_LISTS_OF_OTHER_PAGES = frozenset({RELATED, "tag list"})


def _line_furniture(
    line: str, arranged: _FurnitureRules, out: Stripped, vocab: Vocabulary, widget_words: int, in_list: bool
) -> tuple[str | None, int | None]:
    """(Why `line` is furniture, or "" when it was taken in otherwise, or None for text; the rule it matched)."""
    if widget_words and _ends_widget(line, widget_words):
        last = out.removed[-1]
        out.removed[-1] = Removed(last.reason, f"{last.text} / {line}")
        return "", None
    # (a key-points box's items are sentences, often without their full stop: "Trump said the US will ...")
    if in_list:
        item = _list_line(line, arranged, out, vocab)
        if item is not None:
            return item
    if ("=" in line or ":" in line or line[:4].lower() == "http") and _metadata_line(line, arranged, out):
        return "", None
    rule = _furniture_rule(line, vocab)
    if rule is None:
        return None, None
    if rule < 0:
        return "site navigation", None
    if arranged.keeps_dated[rule] and _dated_byline(line):
        return None, None  # "Islamabad | 20 Apr 2024 | 3 min read": the page's stamp, for the header to read
    return arranged.rules[rule][2], rule


def _list_line(line: str, arranged: _FurnitureRules, out: Stripped, vocab: Vocabulary) -> tuple[str, int | None] | None:
    """(Why `line`, read under a list's heading, is furniture; the rule it matched) when it is the list's item,
    else None."""
    if out.sentence_box:  # (its items are its short sentences, never a headline under it)
        if out.box_items >= _BOX_ITEMS or not _box_sentence(line):
            return None
        out.box_items += 1
        return out.sentence_box, None
    if not _list_item(line, 40 if out.key_points else 20):
        return None
    # (a site's copyright line after the list still names the site, and the heading of the readers' comments
    # opens them: each is read as what it is)
    listed = _furniture_rule(line, vocab)
    if listed is not None and listed >= 0 and (arranged.rules[listed][2] == _COPYRIGHT or arranged.comments[listed]):
        return arranged.rules[listed][2], listed
    return RELATED, None


def _open_box(out: Stripped, reason: str | None) -> None:
    """Note in `out` what kind of box the list whose heading was removed for `reason` is."""
    out.key_points = reason == _KEY_POINTS
    out.sentence_box, out.box_items = (reason or "") if reason in _SENTENCE_BOXES else "", 0


#: boxes whose items are short sentences (their reasons in taxonomy/rules/furniture.yml): a summary a machine wrote
#: over the story ("Summary is AI-generated"), a subscription's offer ("Digital subscription includes:")
_SENTENCE_BOXES = frozenset({"machine-written summary box", "subscription offer"})
_BOX_ITEMS = 5  #: the most items such a box has: its few bullets, never the article under them
_BOX_ITEM_WORDS = 30  #: the most words of one of its items (a lede under the box is most often longer)
_LIST_ITEMS = frozenset({RELATED} | _SENTENCE_BOXES)  #: the reasons of a list's items (it goes on)
#: a sentence's end inside a line: a line holding two sentences is a paragraph, no box's bullet
_INNER_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z“\"]")


def _box_sentence(line: str) -> bool:
    """Whether `line` is an item of a box of short sentences (`_SENTENCE_BOXES`): one short sentence (a headline
    under the box's label ends with no full stop), with no dateline (the article's lede opens with one)."""
    return (
        _ends_sentence(line)
        and word_count(line) <= _BOX_ITEM_WORDS
        and _INNER_SENTENCE_END.search(line) is None
        and _OPENING_DATELINE.match(line) is None
    )


def _list_item(line: str, most: int = 20) -> bool:
    """A related-story list's item of at most `most` words: a headline, a date, a name; not a sentence of prose
    (nor one's quoted words), nor a rule drawn under the list ("━━━━", which ends it)."""
    # (a headline may end with its quoted words, "... army chief ‘very soon’"; a quotation ends its sentence first)
    bare = line.rstrip("”\"’'")
    ends = (".", "!", "?", ",") if bare != line else (".", "!")
    return word_count(line) <= most and not bare.endswith(ends) and any(map(str.isalnum, line))


def _metadata_line(line: str, arranged: _FurnitureRules, out: Stripped) -> bool:
    """Take `line` into `out` when it is a keyword line, a wire report's field or the page's address."""
    first = not any(out.lines) and not out.fields
    if arranged.source_url is not None and line[:4].lower() == "http" and arranged.source_url.fullmatch(line):
        if first and out.source_url is None:
            out.source_url = line
            out.removed.append(Removed("source address (kept as source_url)", line, kept=True))
        else:
            out.removed.append(Removed("link", line))
        return True
    if arranged.keyword_line is not None and ":" in line:
        match = arranged.keyword_line.fullmatch(line)
        if match:
            out.keywords.extend(k.strip() for k in re.split(r"[,;]", match.group(1)) if k.strip())
            out.removed.append(Removed("keyword line (kept as keywords)", line, kept=True))
            return True
    if arranged.wire_field is not None and "=" in line:
        match = arranged.wire_field.fullmatch(line)
        if match:
            key, value = match.group(1).upper(), match.group(2).strip()
            out.fields.setdefault(key, value)
            out.removed.append(Removed("wire report field", line, kept=key in _KEPT_FIELDS))
            return True
    return False


def _ends_sentence(text: str) -> bool:
    return text.endswith(_TERMINAL)


def _continues(previous: str, line: str, labels: frozenset[str] = frozenset()) -> bool:
    """True when `line` carries on the sentence `previous` broke off (`labels`: see `reflow`)."""
    if _ends_sentence(previous):
        return False
    first = line[:1]
    if first in "([" and _a_stamp(previous):
        return False  # a date stamp above "(Bloomberg) -- ...": the article starts on its own line
    stamp_alone = _not_a_label(previous, labels) and _a_stamp(line)
    if first.isdigit() and (line.isdigit() or _a_stamp(previous) or stamp_alone):
        # A counter ("12" likes) is a line of its own, and so is what follows a date stamp; a date stamp is
        # one too, unless a single word, its label, stands before it ("Published" / "5 March 2024"; an
        # agency's tag in capitals, "NNI" / "2025-03-12T10:15:00Z", is none).
        return False
    if _a_byline(line) or SITE_ADDRESS.match(line):
        return False  # (a line opening with the site's address: "example.co.uk, Thursday 30 September 2010")
    if _COUNT_LINE.match(line):
        return False  # "187,402 views  Jun 18, 2025", "0 comments | 12 shares": a page's counts, a line of their own
    if _ACCOUNT.match(line):
        return False  # "example.today Pakistan to buy ...": a post's account opens its caption, no sentence's end
    return (
        first.islower()
        or first.isdigit()
        or previous.endswith((",", "-", "–", "—", "("))
        or (line[:1] in "([" and not previous.endswith(":"))
        or _runs_on(previous, line)
    )


def _a_byline(line: str) -> bool:
    """Whether `line` is a byline under a headline, not the headline's end: "by Jane Roe - 03/05/24 10:30 AM ET",
    "by News Desk", "by Jane Roe and John Doe", or "by" alone opening the byline under it ("by" / "Web Desk")."""
    if line.casefold() == "by":
        return True
    return line.startswith("by ") and line[3:4].isupper() and bool(_dated_byline(line) or _BY_NAME_ALONE.match(line))


#: "by News Desk", "by Jane Roe", "by Jane Roe and John Doe", "by Jane Roe, John Doe and Mira Dahl"
_BY_NAME_ALONE = re.compile(
    r"^by [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}(?:(?:,| and|, and) [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}){0,3}$"
)
_ACCOUNT = re.compile(r"^@?[a-z0-9_]+(?:\.[a-z0-9_]+)+\s")  #: a social account's or a site's name in lower case


def _not_a_label(previous: str, labels: frozenset[str]) -> bool:
    """Whether `previous` cannot be a date stamp's label on the line above it: more than a word, capitals, or a
    word `labels` do not list ("India", a section's name, over "20 March 2012 Last updated at ...")."""
    word = previous.rstrip(":").casefold()
    return " " in previous or previous.isupper() or bool(labels) and word not in labels


#: a site's address opening a line ("example.co.uk, Thursday 30 September 2010 19.05 BST")
SITE_ADDRESS = re.compile(r"^(?P<site>[a-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:com|org|net|co\.uk|co|pk|in|tv|news))\b")
_COUNT_LINE = re.compile(r"^\d[\d,.]*[kKmM]?\s+(?:views|comments|shares|likes)\b", re.IGNORECASE)


def _runs_on(previous: str, line: str) -> bool:
    """Whether `previous` ends in a word no line ends with unless it runs on ("... visited Washington in April,
    the" / "..."); a word that may also be an adverb ("... two decades on", "weighs in") only to a short rest
    ("... as the council meets in" / "Washington")."""
    last = previous.rpartition(" ")[2]
    last = last.lower() if previous.isupper() else last  # ("... DIPLOMACY AND THE" / "AMERICAN CONNECTION")
    return last in _OPEN_ENDED or last in _ADVERB_TOO and line.count(" ") < 4


#: words no line of a page ends with unless its sentence or headline runs on to the next line
_OPEN_ENDED = frozenset("a an the of at to for from with and or as into than".split())
_ADVERB_TOO = frozenset({"in", "on", "by"})  #: ... or may end it as an adverb ("two decades on")


def _dated_byline(line: str) -> bool:
    """Whether `line` ("by Jane Roe - March 5, 2024") is short and holds a date."""
    from .extract.dates import find_date

    return len(line) <= 80 and find_date(line) is not None


def _a_stamp(line: str) -> bool:
    """Whether `line` is only a date stamp ("March 8, 2024 at 10:15 AM GMT+5")."""
    from .extract.dates import is_only_date  # (here: build_tools.extract imports this module)

    return len(line) <= 80 and is_only_date(line) is not None


def _wrap_width(block: list[str]) -> int:
    """The width a block was wrapped at, or 0 when it was not: most lines long and stopping mid-sentence.

    A short line or two (a label, a first line such as "The U.S") does not keep a block from being wrapped.
    """
    if len(block) < 4:
        return 0
    width = max(len(line) for line in block[:-1])
    # (a line of fields between bars, "Home | News | ...", "By X | 12 August, 2025 | Topics: ...", is no prose)
    long = [line for line in block[:-1] if len(line) >= max(40, 0.6 * width) and line.count("|") < 2]
    # (three long lines at least: a page's head of four lines, "Site" / a headline / a byline / a stamp, with
    # the headline the longest, is no wrapped paragraph)
    if len(long) < max(3, 0.6 * (len(block) - 1)):
        return 0
    open_ended = sum(not _ends_sentence(line) for line in long)
    return width if open_ended >= 0.7 * len(long) else 0


def reflow(
    lines: list[str],
    cuts: Mapping[int, str] | None = None,
    sections: set[str] | frozenset[str] = frozenset(),
    labels: frozenset[str] = frozenset(),
) -> list[Unit]:
    """Join lines broken mid-sentence; keep one unit per paragraph or short line.

    In a block wrapped at a fixed width, a line is joined to the one before unless that one
    ended a sentence short of the width (a paragraph's end). `cuts` are the indexes of lines
    that followed a removed line of furniture, with its reason; a unit starting at one is marked
    `cut_before`, and carries the reason (`cut_reason`: a picture's credit, a related list). `labels` are the words
    that belong with a date stamp under them (the editors' stamp labels and places: "Published" / "5 March
    2024", a release's "Islamabad" / "21 January 2020"); when given, no other word of its own line joins one.
    `sections` are the section headings a contents list named: each is a unit of its own.
    """
    cuts = cuts or {}
    blocks: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(lines):
        if line:
            blocks[-1].append((number, line))
        elif blocks[-1]:
            blocks.append([])
    units: list[Unit] = []
    for index, block in enumerate(b for b in blocks if b):
        width = _wrap_width(list(dict.fromkeys(line for _, line in block)))  # (a line printed twice is no wrap)
        for position, (number, line) in enumerate(block):
            if position and _carries_on(units[-1].text, block[position - 1][1], line, width, sections, labels):
                units[-1].text = _joined(units[-1].text, line)
                continue
            reason = cuts.get(number)
            unit = Unit(line, blank_before=position == 0 and index > 0, cut_before=reason is not None)
            unit.cut_reason, unit.section = reason or "", line in sections
            units.append(unit)
    return units


def _carries_on(
    paragraph: str,
    previous: str,
    line: str,
    width: int,
    sections: set[str] | frozenset[str],
    labels: frozenset[str] = frozenset(),
) -> bool:
    """Whether `line` is joined to the paragraph whose last line is `previous` (see `reflow`)."""
    # (a line printed again right under itself is a headline shown twice, never its own continuation; nor is a
    # line after a trail of links: "Home | News & Events | <the headline>" / "<the headline>")
    if line in sections or previous in sections or line == previous or _TRAIL.match(previous):
        return False
    # (a short line stopping mid-sentence over a capital ends a heading or a standfirst wrapped in
    # two, "Talks resume after" / "six-year gap" / "Officials say ...": `_continues` reads it)
    short = len(previous) < 0.6 * width and not _CUT_ABBREVIATION.search(previous)
    wrapped = width and (not _ends_sentence(previous) and not short or len(previous) >= 0.85 * width)
    wrapped = wrapped and not _FIELD_LABEL.match(line)  # ("Author(s): ...", "Source: ...": a field)
    return bool(wrapped) or _continues(paragraph, line, labels)


_BROKEN_WORD = re.compile(r"(?P<first>[A-Za-z]+)-$")
#: words that open a compound with a hyphen ("well-known", "self-rule", "non-aligned", "co-operation"): a
#: line ending in one of them and a hyphen keeps it; any other word broken at a line's end is one word
_COMPOUND_OPENERS = frozenset(
    "well self non co re pre post anti pro ex half long short high low two three four five six multi cross so all "
    "year day week month full part first second third semi mid under over counter cease vice pan inter intra sub "
    "super ultra quasi neo far near old new open hard soft top large small world long-term mass much ill".split()
)


_LONGEST_WORD = 60  #: more letters than any word broken at a line's end has


_TRAIL = re.compile(r"^(?:home|homepage)\s*[|>»›/]", re.I)  #: a breadcrumb trail's start


def _joined(text: str, line: str) -> str:
    """`text` carried on by `line`; a word broken at a hyphen at the line's end is joined whole: without the
    hyphen ("coop-" / "eration": "cooperation"), or with it after a word that opens compounds ("well-" /
    "known": "well-known")."""
    # (only the paragraph's last word is looked at: searching all of it for each line joined took time with
    # the square of a paragraph's length)
    if len(text) == 1 and text not in "AI" and text.isupper() and line[:1].islower():
        return text + line  # a drop cap on a line of its own: "T" / "he board said ..." is "The board said ..."
    broken = _BROKEN_WORD.search(text[-_LONGEST_WORD:]) if text.endswith("-") else None
    if broken is not None and line[:1].isupper() and text[-2:-1].islower():
        return text + line  # "... Keith Lorimer-" / "Hayes": a hyphenated name broken at its hyphen
    if broken is None or not line[:1].islower():
        return f"{text} {line}"
    if broken.group("first").lower() in _COMPOUND_OPENERS:
        return text + line
    return text[:-1] + line


def is_heading_shape(text: str, max_words: int = 12) -> bool:
    """A short, capitalised line that does not end like a sentence."""
    # The cheap tests first: most units are paragraphs, which end with a full stop.
    return (
        text[:1].isupper()
        and not text.endswith((".", ",", ";", ":", "…", '"', "”", "'", "’"))
        and not text.isupper()
        and 0 < word_count(text) <= max_words
    )


def turn_match(text: str, turn: SafePattern | None) -> re.Match[str] | None:
    """`text` matched as a transcript's turn by the editors' `kind_rules.speaker_turn` (`turn`, its group
    "speaker" the label), or None. A speaker written in small letters ("Jane Roe: ...", an interview's)
    makes a turn only of a paragraph that ends as a sentence does: "Analysis: What it means" may be a
    heading."""
    if turn is None or ":" not in text[:70]:
        return None
    match = turn.match(text)
    if match is None:
        return None
    speaker = match.group("speaker")
    if not speaker.isupper() and not text.rstrip().endswith(_TURN_ENDS):
        return None
    if " " not in speaker and not speaker.isupper() and speaker not in _ASKERS and not text.rstrip().endswith("?"):
        return None  # "Islamabad: The talks ...", "Update: ...": one word in small letters labels only a question
    return match


_TURN_ENDS = (".", "?", "!", '"', "”", "’", ")")
_ASKERS = frozenset({"Q", "A", "Question", "Answer"})  #: (the pattern's own one-word speakers)


def turn_speech(text: str, turn: SafePattern | None) -> int | None:
    """Where the words of a transcript's turn start ("Q: Would you...", "MR ROE: We..."; see `turn_match`);
    None when `text` is no turn."""
    match = turn_match(text, turn)
    if match is None or turn is None:
        return None
    colon = text.find(":", match.end(turn.groupindex["speaker"]))
    return len(text) - len(text[colon + 1 :].lstrip())


def mark_headings(units: list[Unit], turn: SafePattern | None = None) -> list[Unit]:
    """Mark the article's own section headings among the body units.

    A heading is a short capitalised line with no closing punctuation, after
    a finished sentence and before a new one starting with a capital; a
    transcript's turn (`turn`, see `turn_speech`) is none.
    """
    for i, unit in enumerate(units):
        if i == 0 or i == len(units) - 1:
            continue
        before, after = units[i - 1], units[i + 1]
        if (
            is_heading_shape(unit.text)
            and turn_speech(unit.text, turn) is None
            and not before.heading
            and _ends_sentence(before.text)
            and (after.text[:1].isupper() or after.text[:1] in '"“‘')
        ):
            unit.heading = True
    return units

"""What a brief's Markdown body may hold: bounded structure, no raw HTML, only safe links.

Python-Markdown's work grows much faster than the text for a few shapes
(measured with Python-Markdown 3.11; each shape is a case of the hostile-PR corpus,
SLOW_SHAPES and STOP_CASES in tests/hostile_prs_support.py): a list
nested 500 deep ends in RecursionError after 2 s and one nested 2,000 deep
after 152 s; 5,000 unescaped "[" in a paragraph take 2.7-5 s; a staircase of
blockquotes 2,000 deep takes 8 s. So do these, quadratic in what one
paragraph or the body holds: headings or rules in one paragraph (each splits
the paragraph and copies the rest: 10,000 "* * *" lines take 5.6 s, 20,000
take 22 s), inline markup in one paragraph (each emphasis, code span,
escape or entity rebuilds the paragraph's text: 40,000 "*a*" take 4.4 s),
inline elements in the whole body (the inline pass queues every one of
them), headings with the same text (each new id is tried against the
earlier ones), and code fences (each opening fence never closed makes the
fence search read to the end of the body: 8,000 take 3.2 s; 40,000 closed
blocks, 3.9 s). Every element with children (a table row, a list item
holding a paragraph, a quote) also joins a queue that the inline pass pops
from the front, and a table cell costs about 40 us: 5 MB of small tables
took 148 s, so lines and table cells in a body are bounded too. A
paragraph is what Python-Markdown takes for one: lines up to a line of
spaces alone (a no-break space is text to it). `limit_problems` finds those
shapes in time proportional to the text, so the build refuses such a brief
before Markdown sees it.

Raw HTML in a brief is shown as text, never as markup (build_tools/safe_markdown.py),
and links other than http, https, mailto and relative ones are removed from
the page (build_tools/sanitise.py); `markup_problems` reports both, with the
line, so that a reviewer sees them before a merge.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

MAX_DEPTH = 8  #: list levels (4 columns of indentation each) plus blockquote markers on one line
MAX_BRACKETS = 100  #: unescaped "[" in one paragraph (a run of lines without a blank one)
MAX_LINE = 100_000  #: characters on one line (the raw article's own limit)
MAX_BODY = 5 * 1024 * 1024  #: characters in a body (the raw article's own limit)
MAX_BLOCK_STARTS = 50  #: lines in one paragraph that start a heading or a rule (or underline a heading)
MAX_INLINE_MARKS = 1_000  #: characters that can start inline markup (* _ ` \ & <, a hard break) in one paragraph
MAX_ELEMENT_MARKS = 20_000  #: characters that can start an inline element (* _ ` [ <, a hard break) in a body
MAX_HEADINGS = 1_000  #: headings in a body (each new one is checked against every earlier id)
MAX_FENCES = 100  #: fenced code blocks in a body
MAX_LINES = 20_000  #: lines in a body (each block element, list item or table row takes one)
MAX_CELLS = 20_000  #: "|" in a body (table cells: each costs about 40 us in Python-Markdown)
SAFE_SCHEMES = ("http", "https", "mailto")

_QUOTE_MARKERS = re.compile(r"[ \t]*(?:>[ \t]?)+")
# A line Python-Markdown's block parser splits a paragraph at: an ATX heading, a setext underline, a rule
# (after any quote markers and indentation); and a heading alone.
_BLOCK_START = re.compile(r"^[ >]*(?:#|[=-]+[ ]*$|(?:[-_*][ ]{0,2}){3,}$)", re.MULTILINE)
_HEADING = re.compile(r"^[ >]*(?:#|(?:=+|-+)[ ]*$)", re.MULTILINE)
# A run of lines without a blank one. Blank means spaces alone, as Python-Markdown splits blocks (a line of
# other white space, such as a no-break space, is text to it).
_PARAGRAPH = re.compile(r"(?:^[ ]*[^ \n][^\n]*(?:\n|\Z))+", re.MULTILINE)
_LONG_LINE = re.compile(rf"^[^\n]{{{MAX_LINE + 1},}}", re.MULTILINE)
_DEEP_PREFIX = re.compile(rf"^[ >]{{{MAX_DEPTH + 1},}}", re.MULTILINE)
# The same two for every line but the first: starting with a line break, they are tried at line breaks only
# (1.7 and 3.9 us on a generated brief, against 11.9 and 14.4 us; the build asks every brief).
_DEEP_LINE = re.compile(rf"\n[ >]{{{MAX_DEPTH + 1}}}")
_BLOCK_START_LINE = re.compile(r"\n[ >]*(?:#|[=-]+[ ]*$|(?:[-_*][ ]{0,2}){3,}$)", re.MULTILINE)
_INLINE_MARKS = ("*", "_", "`", "\\", "&", "<")
_ELEMENT_MARKS = ("*", "_", "`", "[", "<")
# Python-Markdown's fenced_code: an opening fence is ``` or ~~~ (or longer) at the line start, then an
# optional {attributes} or language and hl_lines; a block closes at the next line holding exactly the same
# fence (and spaces): markdown.extensions.fenced_code.FencedBlockPreprocessor.FENCED_BLOCK_RE, in two parts.
_FENCE_OPEN = re.compile(
    r"^(?P<fence>~{3,}|`{3,})[ ]*(?:\{[^\n]*\}|(?:\.?[\w#.+-]*[ ]*)?(?:hl_lines=(?P<q>[\"']).*?(?P=q)[ ]*)?)$",
    re.MULTILINE,
)
_FENCE_CLOSE = re.compile(r"^(~{3,}|`{3,})[ ]*$", re.MULTILINE)
# What Python-Markdown would have taken as raw HTML: a tag, a closing tag, a comment, a declaration or
# a processing instruction.
_HTML = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9:-]*(?:[\s/][^<>]*)?>|<!--|<\?|<![A-Za-z\[]")
# Where Markdown may read a link target: after "](" (the target may start on the next line, inside <>), after
# "]:" (a reference definition: on that line or the next, past quote markers), and inside an autolink. The
# address runs to the first ")" or ">" or the end of a line (enough to read its scheme: tabs, line breaks
# and entities inside it are dealt with by `unsafe_url`).
_TARGET = re.compile(
    r"\]\(\s*<?(?P<inline>[^)>\n]*(?:\n[^)>\n]*)?)"
    r"|\]:[ ]*(?:\n[ >]*)?<?(?P<reference>\S+)"
    r"|<(?P<autolink>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>"
)
_IMAGE = re.compile(r"!\[")
# A backslash before one of these is an escape: the character is text, not markup ("\\[" opens no link).
# Python-Markdown's Markdown.ESCAPED_CHARS, with the "|" the tables extension adds.
_ESCAPED = re.compile(r"\\[\\`*_{}\[\]()>#+\-.!|]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")


@dataclass(frozen=True)
class Finding:
    """One problem in a body: the 1-based line within the body and what to do."""

    line: int
    message: str


def _columns(indent: str) -> int:
    """Indentation width with tabs to the next multiple of four (as Python-Markdown counts them)."""
    width = 0
    for char in indent:
        width = (width // 4 + 1) * 4 if char == "\t" else width + 1
    return width


def _depth(line: str) -> int:
    """How deep a line nests: its blockquote markers plus its indentation in list levels."""
    quotes = _QUOTE_MARKERS.match(line)
    markers = quotes.group().count(">") if quotes else 0
    rest = line[quotes.end() :] if quotes and markers else line
    indent = rest[: len(rest) - len(rest.lstrip(" \t"))]
    return markers + _columns(indent) // 4


def _unescaped_brackets(line: str) -> int:
    """ "[" not escaped by a backslash (an odd run of backslashes before it escapes it)."""
    count = 0
    for match in re.finditer(r"(\\*)\[", line):
        if len(match.group(1)) % 2 == 0:
            count += 1
    return count


def _plainly_within(text: str) -> bool:
    """True when a few scans (in C) of a body (as `markdown_text` gives it) show it cannot break a limit: no
    long line, no line indented or quoted deep enough, no code fence, and in the whole body no more "[",
    characters that start markup, or lines that start a heading or rule than one paragraph may hold. Most
    bodies are; the build asks this of every brief, in check, in the archive's reader and in the plugin.

    (A character is counted only when `in`, a memchr, finds it at all: most of a news text's are absent.)"""
    return (
        text.count("[") <= MAX_BRACKETS
        and (len(text) < MAX_LINES or text.count("\n") < MAX_LINES)
        and (len(text) <= MAX_CELLS or text.count("|") <= MAX_CELLS)
        and not ("`" in text and "```" in text)
        and not ("~" in text and "~~~" in text)
        and sum(text.count(mark) for mark in (*_INLINE_MARKS, "[", "  \n") if mark in text) <= MAX_INLINE_MARKS
        and (len(text) <= MAX_LINE or _LONG_LINE.search(text) is None)
        and _DEEP_PREFIX.match(text) is None
        and _DEEP_LINE.search(text) is None
        and len(_BLOCK_START_LINE.findall(text)) + bool(_BLOCK_START.match(text)) <= MAX_BLOCK_STARTS
    )


def markdown_text(body: str) -> str:
    """The body as Markdown reads it: any line ending made "\\n", tabs as spaces to the next multiple of four."""
    if "\r" in body:
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    return body.expandtabs(4) if "\t" in body else body


class _Lines:
    """Line numbers of offsets in one text."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def number(self, offset: int) -> int:
        """The 1-based line holding `offset`."""
        return bisect.bisect_right(self.starts, offset)


def fenced_blocks(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Fenced code blocks as Python-Markdown finds them in `text` (see `markdown_text`), as (start, end)
    offsets (the end is the closing fence's line end), and the offsets of opening fences nothing closes.

    Python-Markdown searches from each opening fence to the end of the text for its closing one; here
    every closing fence is listed once, so this takes time proportional to the text.
    """
    closing: dict[str, list[int]] = {}
    for found in _FENCE_CLOSE.finditer(text):
        closing.setdefault(found.group(1), []).append(found.start())
    blocks: list[tuple[int, int]] = []
    unclosed: list[int] = []
    inside_until = -1
    for opened in _FENCE_OPEN.finditer(text):
        if opened.start() <= inside_until:
            continue  # a fence line inside a block (its own closing one included)
        later = closing.get(opened.group("fence"), [])
        at = bisect.bisect_right(later, opened.start())
        if at < len(later):
            inside_until = later[at]
            end = text.find("\n", inside_until)
            blocks.append((opened.start(), end if end >= 0 else len(text)))
        else:
            unclosed.append(opened.start())
    return blocks, unclosed


def limit_problems(body: str) -> list[Finding]:
    """The shapes that would make Markdown's work unbounded: the first of each kind per paragraph (or body)."""
    if len(body) > MAX_BODY:
        return [Finding(1, f"the body has {len(body):,} characters, over the {MAX_BODY:,} limit; split the brief")]
    text = markdown_text(body)
    if _plainly_within(text):
        return []
    count = text.count("\n") + 1
    if count > MAX_LINES:  # read no further: the body is refused, and a body of many lines is slow to read
        return [Finding(MAX_LINES + 1, f"the body has {count:,} lines, over {MAX_LINES:,}; split the brief")]
    lines = _Lines(text)
    found = _fence_problems(text, lines) + _line_problems(text, lines) + _paragraph_problems(text, lines)
    if text.count("|") > MAX_CELLS:
        cell = [m.start() for m in re.finditer(r"\|", text)][MAX_CELLS]
        found.append(
            Finding(lines.number(cell), f"more than {MAX_CELLS:,} table cells ('|') in the body; split the brief")
        )
    return sorted(found, key=lambda finding: finding.line)


def _fence_problems(text: str, lines: _Lines) -> list[Finding]:
    """The first opening fence nothing closes, and the fenced block past MAX_FENCES."""
    if "```" not in text and "~~~" not in text:
        return []
    blocks, unclosed = fenced_blocks(text)
    found = [
        Finding(
            lines.number(start),
            f"a code fence {text[start : start + 12].split(chr(10))[0]!r} is opened here and never closed; "
            "close it with a line holding exactly the same fence, or remove it",
        )
        for start in unclosed[:1]
    ]
    if len(blocks) > MAX_FENCES:
        start = blocks[MAX_FENCES][0]
        found.append(Finding(lines.number(start), f"more than {MAX_FENCES} fenced code blocks; split the brief"))
    return found


def _line_problems(text: str, lines: _Lines) -> list[Finding]:
    """Every line too long; the first line nested too deep."""
    found = [
        Finding(
            lines.number(m.start()), f"a line of {m.end() - m.start():,} characters, over {MAX_LINE:,}; break it up"
        )
        for m in _LONG_LINE.finditer(text)
    ]
    for m in _DEEP_PREFIX.finditer(text):  # a line nested deeper than MAX_DEPTH starts with at least this
        end = text.find("\n", m.start())
        line = text[m.start() : end if end >= 0 else None]
        if len(line) <= MAX_LINE and _depth(line) > MAX_DEPTH:
            message = f"nested {_depth(line)} levels deep (lists or quotes; at most {MAX_DEPTH}); flatten it"
            return found + [Finding(lines.number(m.start()), message)]
    return found


def _marks(text: str, kinds: tuple[str, ...]) -> int:
    """Characters of `kinds` in `text`, and its lines ending in two spaces (a hard line break)."""
    return sum(text.count(mark) for mark in kinds) + text.count("  \n") + text.endswith("  ")


def _paragraph_problems(text: str, lines: _Lines) -> list[Finding]:
    """Too many "[", heading or rule lines, or inline markup characters in one paragraph (at its first line);
    too many headings, or characters that make inline elements, in the whole body (at the line that crosses)."""
    found = []
    headings = elements = 0
    for paragraph in _PARAGRAPH.finditer(text):
        run, start = paragraph.group(), lines.number(paragraph.start())
        if run.count("[") > MAX_BRACKETS and _unescaped_brackets(run) > MAX_BRACKETS:
            message = f"more than {MAX_BRACKETS} unescaped '[' in one paragraph; escape them as \\[ or split it"
            found.append(Finding(start, message))
        if len(_BLOCK_START.findall(run)) > MAX_BLOCK_STARTS:
            message = f"more than {MAX_BLOCK_STARTS} headings or rules in one paragraph; put blank lines between"
            found.append(Finding(start, message))
        if _marks(run, _INLINE_MARKS) > MAX_INLINE_MARKS:
            message = (
                f"more than {MAX_INLINE_MARKS:,} characters that start markup (* _ ` \\ & <) in one paragraph; "
                "split it with blank lines"
            )
            found.append(Finding(start, message))
        for heading in _HEADING.finditer(run):
            headings += 1
            if headings == MAX_HEADINGS + 1:
                where = lines.number(paragraph.start() + heading.start())
                found.append(Finding(where, f"more than {MAX_HEADINGS:,} headings in the body; split the brief"))
        more = _marks(run, _ELEMENT_MARKS)
        if elements <= MAX_ELEMENT_MARKS < elements + more:
            message = (
                f"more than {MAX_ELEMENT_MARKS:,} characters that start emphasis, code, links or breaks "
                "(* _ ` [ <) in the body; split the brief"
            )
            found.append(Finding(start + _crossing(run, MAX_ELEMENT_MARKS - elements), message))
        elements += more
    return found


def _crossing(run: str, allowed: int) -> int:
    """How many lines into the paragraph `run` its element marks pass `allowed`."""
    for i, line in enumerate(run.split("\n")):
        allowed -= _marks(line, _ELEMENT_MARKS)
        if allowed < 0:
            return i
    return run.count("\n")


def _blank(text: str, start: int, end: int) -> str:
    """`text[start:end]` as spaces, its line breaks kept (so that offsets and line numbers stay)."""
    return re.sub(r"[^\n]", " ", text[start:end])


def _code_spans(paragraph: str) -> list[tuple[int, int]]:
    """Inline code spans in one paragraph as Python-Markdown finds them: a run of backticks not escaped by a
    backslash opens one, the next run of the same length closes it. (Its fallback for an opener longer than
    every later run is left out: such text is then read as markup, and reported rather than skipped.)"""
    runs = [(m.start(), m.end()) for m in re.finditer(r"`+", paragraph)]
    by_length: dict[int, list[int]] = {}
    for i, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(i)
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(runs):
        start, end = runs[i]
        backslashes = len(paragraph[:start]) - len(paragraph[:start].rstrip("\\"))
        same = by_length[end - start]
        at = bisect.bisect_right(same, i)
        if backslashes % 2 == 0 and at < len(same):
            spans.append((start, runs[same[at]][1]))
            i = same[at] + 1
        else:
            i += 1
    return spans


def _without_code(text: str) -> str:
    """`text` (see `markdown_text`) with fenced code blocks and inline code spans blanked: what Markdown
    reads as markup is left, at the same offsets."""
    parts, at = [], 0
    for start, end in fenced_blocks(text)[0]:
        parts += [text[at:start], _blank(text, start, end)]
        at = end
    masked = "".join(parts) + text[at:]
    if "`" not in masked:
        return masked
    parts, at = [], 0
    for paragraph in _PARAGRAPH.finditer(masked):
        for start, end in _code_spans(paragraph.group()):
            start, end = paragraph.start() + start, paragraph.start() + end
            parts += [masked[at:start], _blank(masked, start, end)]
            at = end
    return "".join(parts) + masked[at:]


def unsafe_url(url: str) -> bool:
    """True when a link target would run script or load something other than a page or an address.

    Entities are decoded and invisible characters dropped first, as a browser does
    ("java&#10;script&#58;" is "javascript:").
    """
    plain = _INVISIBLE.sub("", html.unescape(url))
    scheme = _SCHEME.match(plain)
    if scheme is None:
        return False  # relative, or an anchor: stays on the site
    return scheme.group(1).lower() not in SAFE_SCHEMES


def markup_problems(body: str) -> list[Finding]:
    """Raw HTML, images and unsafe link targets, one finding per line and kind.

    The body is read as Markdown reads it (any line ending; code blocks and spans, and characters escaped by
    a backslash, are text), and link
    targets are found wherever Markdown could take one: after "](" (an inline link or image, its text
    and target on any lines) and after "]:" (a reference definition, its target on that line or the next).
    """
    # Escapes blanked with their backslash (two spaces: offsets and lines stay), after code, where a backslash
    # is text.
    text = _ESCAPED.sub("  ", _without_code(markdown_text(body)))
    lines = _Lines(text)
    found: dict[tuple[int, str], Finding] = {}
    for number, line in enumerate(text.split("\n"), 1):
        tag = _HTML.search(line)
        if tag and tag.group().startswith("<!--"):
            message = "an HTML comment is shown on the page as text; replace it with your text or delete it"
            found[number, "html"] = Finding(number, message)
        elif tag:
            message = (
                f"raw HTML {tag.group()[:40]!r} is shown as text, not markup; remove it "
                "(write links and emphasis in Markdown)"
            )
            found[number, "html"] = Finding(number, message)
        if _IMAGE.search(line):
            found[number, "image"] = Finding(number, "images are not published in briefs; link to the image instead")
    for target in _TARGET.finditer(text):
        kind = target.lastgroup or "inline"
        address, number = target.group(kind), lines.number(target.start(kind))
        if unsafe_url(address) and (number, "link") not in found:
            message = (
                f"link target {address[:40]!r} is removed from the page; "
                f"use an {', '.join(SAFE_SCHEMES[:-1])} or {SAFE_SCHEMES[-1]} address or a relative link"
            )
            found[number, "link"] = Finding(number, message)
    return sorted(found.values(), key=lambda finding: finding.line)

"""What a brief's Markdown body may hold: bounded structure, no raw HTML, only safe links.

Python-Markdown's work grows much faster than the text for a few shapes
(measured with Python-Markdown 3.11, see tests/test_body_check.py): a list
nested 500 deep ends in RecursionError after 2 s and one nested 2,000 deep
after 152 s; 5,000 unescaped "[" in a paragraph take 2.7-5 s; a staircase of
blockquotes 2,000 deep takes 8 s. `limit_problems` finds those shapes in time
proportional to the text, so the build refuses such a brief before Markdown
sees it. At the limits below the worst shape converts in under 0.3 s.

Raw HTML in a brief is shown as text, never as markup (build_tools/safe_markdown.py),
and links other than http, https, mailto and relative ones are removed from
the page (build_tools/sanitise.py); `markup_problems` reports both, with the
line, so that a reviewer sees them before a merge.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

MAX_DEPTH = 8  #: list levels (4 columns of indentation each) plus blockquote markers on one line
MAX_BRACKETS = 100  #: unescaped "[" in one paragraph (a run of lines without a blank one)
MAX_LINE = 100_000  #: characters on one line (the raw article's own limit)
MAX_BODY = 5 * 1024 * 1024  #: characters in a body (the raw article's own limit)
SAFE_SCHEMES = ("http", "https", "mailto")

_QUOTE_MARKERS = re.compile(r"[ \t]*(?:>[ \t]?)+")
_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_ESCAPED = re.compile(r"\\[^\s]")
# What Python-Markdown would have taken as raw HTML: a tag, a closing tag, a comment, a declaration or
# a processing instruction.
_HTML = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9:-]*(?:[\s/][^<>]*)?>|<!--|<\?|<![A-Za-z\[]")
_INLINE_LINK = re.compile(r"!?\[[^\]\n]*\]\(\s*<?([^\s)>]*)")
_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>")
_IMAGE = re.compile(r"!\[[^\]\n]*\][(\[]")
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


def _plainly_within(body: str) -> bool:
    """True when a few scans (in C) show the body cannot break a limit: no indented or quoted line, few
    "[" and no long line. Most bodies are; the build asks this of every brief."""
    return (
        body.count("[") <= MAX_BRACKETS
        and len(body) <= MAX_LINE
        and not body.startswith((" ", "\t", ">"))
        and "\n " not in body
        and "\n\t" not in body
        and "\n>" not in body
    )


def limit_problems(body: str) -> list[Finding]:
    """The shapes that would make Markdown's work unbounded, first one of each kind per paragraph."""
    if len(body) > MAX_BODY:
        return [Finding(1, f"the body has {len(body):,} characters, over the {MAX_BODY:,} limit; split the brief")]
    if _plainly_within(body):
        return []
    found: list[Finding] = []
    brackets, paragraph_start, deep_reported = 0, 1, False
    for number, line in enumerate(body.split("\n"), 1):
        if not line.strip():
            brackets, paragraph_start = 0, number + 1
            continue
        if len(line) > MAX_LINE:
            found.append(Finding(number, f"a line of {len(line):,} characters, over {MAX_LINE:,}; break it up"))
            continue
        if not deep_reported and _depth(line) > MAX_DEPTH:
            deep_reported = True
            found.append(
                Finding(number, f"nested {_depth(line)} levels deep (lists or quotes; at most {MAX_DEPTH}); flatten it")
            )
        if "[" in line:
            before = brackets
            brackets += _unescaped_brackets(line)
            if before <= MAX_BRACKETS < brackets:
                found.append(
                    Finding(
                        paragraph_start,
                        f"more than {MAX_BRACKETS} unescaped '[' in one paragraph; escape them as \\[ or split it",
                    )
                )
    return found


def _code_free_lines(body: str) -> list[tuple[int, str]]:
    """(line number, text) of the body outside fenced code blocks, with inline code spans blanked."""
    lines: list[tuple[int, str]] = []
    fence: str | None = None
    for number, line in enumerate(body.split("\n"), 1):
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            continue
        if opened:
            fence = opened.group(1)
            continue
        # A backslash-escaped character is text, not markup ("\\[" is no link): blanked with its backslash.
        line = _ESCAPED.sub("  ", line)
        lines.append((number, _CODE_SPAN.sub(lambda m: " " * len(m.group()), line)))
    return lines


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
    """Raw HTML, images and unsafe link targets, one finding per line and kind."""
    found: list[Finding] = []
    for number, line in _code_free_lines(body):
        tag = _HTML.search(line)
        if tag and tag.group().startswith("<!--"):
            message = "an HTML comment is shown on the page as text; replace it with your text or delete it"
            found.append(Finding(number, message))
        elif tag:
            found.append(
                Finding(
                    number,
                    f"raw HTML {tag.group()[:40]!r} is shown as text, not markup; remove it "
                    "(write links and emphasis in Markdown)",
                )
            )
        if _IMAGE.search(line):
            found.append(Finding(number, "images are not published in briefs; link to the image instead"))
        targets = [m.group(1) for m in _INLINE_LINK.finditer(line)]
        targets += [m.group(1) for m in _AUTOLINK.finditer(line)]
        reference = _REFERENCE.match(line)
        if reference:
            targets.append(reference.group(1))
        for target in targets:
            if unsafe_url(target):
                found.append(
                    Finding(
                        number,
                        f"link target {target[:40]!r} is removed from the page; "
                        f"use an {', '.join(SAFE_SCHEMES[:-1])} or {SAFE_SCHEMES[-1]} address or a relative link",
                    )
                )
                break
    return found

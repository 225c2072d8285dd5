"""The one writer of a brief: a `Brief` as the text of its file (YAML front-matter, then the article).

The front-matter holds every fact of the brief, the summary, key points and
quotes included; the body holds the article itself as Markdown. Article text
is escaped so that it renders as the same visible text and never as markup.
The YAML is emitted by a small exact emitter for the brief's known shape
(PyYAML's representer cost more than extracting a short article); the
round-trip tests hold what it writes to what the reader reads.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from ..model import ActorRef, Brief, Quote
from .front_matter import PLAIN, YAML_WORDS

# Front-matter keys in the order they are written.
KEYS = (
    "title",
    "title_source",
    "subtitle",
    "date",
    "date_source",
    "dateline",
    "publication",
    "author",
    "source_url",
    "kind",
    "source_file",
    "source_sha256",
    "summary",
    "key_points",
    "quotes",
    "actors",
    "topics",
    "keywords",
    "duplicates",
    "extracted",
)
#: keys left out of the file when empty (None or an empty list); the others are always written
OPTIONAL_KEYS = frozenset({"subtitle", "source_url", "kind", "key_points", "quotes", "keywords", "duplicates"})


# -- Markdown escaping ---------------------------------------------------------

_INLINE = re.compile(r"([\\`*_\[\]{}>])|&(?=#?\w+;)|[<|~]")
# Characters Python-Markdown cannot backslash-escape (or only with some extensions)
# become entities, which render as the same character whatever the extensions.
_ENTITIES = {"&": "&amp;", "<": "&lt;", "|": "&#124;", "~": "&#126;"}
_LINE_START = re.compile(r"^(\s*)(?:([#>+\-])|(\d+)([.)])|=)", re.MULTILINE)
# A match of `_INLINE` starts with one of these characters.
_MARKUP_CHAR = re.compile(r"[\\`*_\[\]{}>&<|~]")


def _escape_inline(match: re.Match[str]) -> str:
    return _ENTITIES.get(match.group(0)) or "\\" + match.group(1)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker, number, delimiter = match.groups()
    if marker:
        return f"{indent}\\{marker}"
    if number:  # "1." starts a list; "1\." does not, and shows no backslash
        return f"{indent}{number}\\{delimiter}"
    return f"{indent}&#61;"  # "=" under a line would make a heading


def escape(text: str) -> str:
    """Article text as Markdown that renders as the same visible text.

    Characters that would start markup (links, emphasis, HTML, code, attribute
    lists) are escaped, and so is a line start that would make a heading, list
    or rule.
    """
    # Most paragraphs need no escape at all; two quick scans say so (the subs scan far slower).
    escaped = _INLINE.sub(_escape_inline, text) if _MARKUP_CHAR.search(text) else text
    if "\n" not in escaped and not _LINE_START.match(escaped):
        return escaped  # one line, so `^` can only match at its start
    return _LINE_START.sub(_escape_line_start, escaped)


def render_article(paragraphs: list[str]) -> str:
    """The body: extraction's paragraphs as Markdown, "## x" (a heading in the article) as a level-3 heading."""
    parts = []
    for paragraph in paragraphs:
        text = f"### {escape(paragraph[3:])}" if paragraph.startswith("## ") else escape(paragraph)
        if text.strip():  # a blank paragraph shows nothing, and would not read back
            parts.append(text)
    return "\n\n".join(parts) + "\n" if parts else ""


_BACKSLASHED = re.compile(r"\\([\\`*_\[\]{}>#+\-.)!=])")
_HEADING = re.compile(r"^#{1,6} ", re.MULTILINE)


def plain_text(body: str) -> str:
    """The article's words as plain text: what `escape` added taken away again (headings' markers too).

    Same-story sketches are made from this, whether the brief was just extracted or read from its file,
    so that one brief always sketches alike.
    """
    return html.unescape(_BACKSLASHED.sub(r"\1", _HEADING.sub("", body)))


def body_of(brief: Brief) -> str:
    """The brief's body as its file holds it: as read or edited, else rendered from extraction's paragraphs."""
    return brief.body if brief.body is not None else render_article(brief.text)


# -- front-matter ----------------------------------------------------------------


def actor_dict(actor: ActorRef) -> dict[str, Any]:
    """An actor as the file writes it."""
    data: dict[str, Any] = {"id": actor.id, "name": actor.name, "type": actor.type, "role": actor.role}
    if actor.unreviewed:
        data["unreviewed"] = True
    return data


def quote_dict(quote: Quote) -> dict[str, Any]:
    """A quote as the file writes it: the words, and the speaker's actor id (or null)."""
    return {"text": quote.text, "speaker": quote.speaker_id}


def front_matter(brief: Brief) -> dict[str, Any]:
    """The brief's front-matter as an ordered mapping."""
    data: dict[str, Any] = {}
    for key in KEYS:
        if key == "actors":
            value: Any = [actor_dict(a) for a in brief.actors]
        elif key == "quotes":
            value = [quote_dict(q) for q in brief.quotes]
        else:
            value = getattr(brief, key)
        if key in OPTIONAL_KEYS and (value is None or value == []):
            continue
        if key == "extracted" and not value:
            continue
        data[key] = value
    return data


_json_string = json.encoder.encode_basestring  # what json.dumps(str, ensure_ascii=False) returns, called directly
# Characters YAML will not read raw inside quotes (line separators, non-printables).
_YAML_UNSAFE = re.compile("[\x85\u2028\u2029\ufeff\ufffe\uffff\x7f-\x9f]")


def _scalar(value: Any) -> str:
    """One value as a YAML scalar; strings use JSON quoting, which YAML reads the same."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if PLAIN.fullmatch(text) and text.lower() not in YAML_WORDS and "  " not in text:
        return text
    quoted = _json_string(text)  # = json.dumps(text, ensure_ascii=False)
    return _YAML_UNSAFE.sub(_unicode_escape, quoted)


def _unicode_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_line(value: Any) -> str:
    """`value` as one line of JSON that YAML reads as the same value.

    JSON is YAML, except for characters YAML will not read raw (line and
    paragraph separators, some control characters): those are escaped.
    """
    return _YAML_UNSAFE.sub(_unicode_escape, json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def yaml_text(meta: dict[str, Any]) -> str:
    """The front-matter as YAML: top-level scalars, lists of scalars or of flat mappings, one flat mapping."""
    lines: list[str] = []
    for key, value in meta.items():
        if isinstance(value, list):
            if not value:
                lines.append(f"{key}: []")
                continue
            lines.append(f"{key}:")
            for item in value:
                if isinstance(item, dict):
                    pairs = [f"{k}: {_scalar(v)}" for k, v in item.items()]
                    lines.append("- " + "\n  ".join(pairs))
                else:
                    lines.append(f"- {_scalar(item)}")
        elif isinstance(value, dict):
            lines.append(f"{key}:" if value else f"{key}: {{}}")
            lines.extend(f"  {k}: {_scalar(v)}" for k, v in value.items())
        else:
            lines.append(f"{key}: {_scalar(value)}")
    return "\n".join(lines) + "\n"


def render(brief: Brief) -> str:
    """The whole brief file: front-matter and the article."""
    return f"---\n{yaml_text(front_matter(brief))}---\n\n{body_of(brief)}"

"""Briefs on disk: rendering a `Brief` to Markdown, reading one back, keeping corrections.

A brief is YAML front-matter followed by a Markdown body. The front-matter
key `extracted` holds a short hash of each editable field as the extractor
last wrote it; a field whose value no longer matches its hash was corrected
by an editor and is kept through every later ingest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import asdict, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from . import front_matter as front_matter_fast
from .model import EDITABLE_FIELDS, ActorRef, Brief, Quote

try:  # The C loader is several times faster.
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader  # type: ignore[assignment]


class _TextDatesLoader(SafeLoader):  # type: ignore[misc,valid-type]
    """YAML loader that leaves dates as text, so "2023-02-30" is reported, not raised."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in SafeLoader.yaml_implicit_resolvers.items()
}

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
    "actors",
    "topics",
    "keywords",
    "duplicates",
    "extracted",
)
MACHINE_TITLE_SOURCES = ("headline", "generated")
MACHINE_DATE_SOURCES = ("byline", "citation", "header", "dateline", None)


class BriefError(Exception):
    """A brief file that cannot be read; the message names the file and line."""


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


# -- rendering -------------------------------------------------------------------


def actor_link(actor_id: str, name: str) -> str:
    """A Markdown link from a brief to an actor's page."""
    return f"[{escape(name)}](../actors/{actor_id}/index.md)"


def render_body(brief: Brief) -> str:
    """The Markdown body: summary, key points, quotes and the cleaned text."""
    parts = ["## Summary", "", escape(brief.summary) or "_No summary._", ""]
    if brief.key_points:
        parts += ["## Key points", ""] + [f"- {escape(p)}" for p in brief.key_points] + [""]
    if brief.quotes:
        parts += ["## Quotes", ""]
        for quote in brief.quotes:
            who = actor_link(quote.speaker_id, quote.speaker) if quote.speaker_id and quote.speaker else "unattributed"
            parts += [f"> “{escape(quote.text)}”", ">", f"> — {who}", ""]
    parts += ["## Article", ""]
    for paragraph in brief.text:
        if paragraph.startswith("## "):
            parts += [f"### {escape(paragraph[3:])}", ""]
        else:
            parts += [escape(paragraph), ""]
    return "\n".join(parts).rstrip() + "\n"


def field_value(brief: Brief, name: str) -> Any:
    """An editable field as plain data, for hashing and comparison."""
    if name == "actors":
        return [_actor_dict(a) for a in brief.actors]
    if name == "body":
        return brief.body if brief.body is not None else render_body(brief)
    return getattr(brief, name)


# json.dumps(value, sort_keys=True, ensure_ascii=False, default=str), without a new encoder per call.
_FINGERPRINT_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str)


def fingerprint(value: Any) -> str:
    """A short, stable hash of a field's value."""
    data = _FINGERPRINT_JSON.encode(value)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:12]


def _actor_dict(actor: ActorRef) -> dict[str, Any]:
    data: dict[str, Any] = {"id": actor.id, "name": actor.name, "type": actor.type, "role": actor.role}
    if actor.unreviewed:
        data["unreviewed"] = True
    return data


def front_matter(brief: Brief) -> dict[str, Any]:
    """The brief's front-matter as an ordered mapping."""
    data: dict[str, Any] = {key: getattr(brief, key) for key in KEYS if key not in ("actors",)}
    data["actors"] = [_actor_dict(a) for a in brief.actors]
    for optional in ("subtitle",):
        if data[optional] is None:
            del data[optional]
    for optional in ("keywords", "duplicates"):
        if not data[optional]:
            del data[optional]
    if not data["extracted"]:
        del data["extracted"]
    return {key: data[key] for key in KEYS if key in data}


# Plain (unquoted) YAML only for text that can never read as anything but a string.
_PLAIN = front_matter_fast.PLAIN
_YAML_WORDS = front_matter_fast.YAML_WORDS
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
    if _PLAIN.fullmatch(text) and text.lower() not in _YAML_WORDS and "  " not in text:
        return text
    quoted = _json_string(text)  # = json.dumps(text, ensure_ascii=False)
    return _YAML_UNSAFE.sub(_unicode_escape, quoted)


def _unicode_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_line(value: Any) -> str:
    """`value` as one line of JSON that YAML reads as the same value, for front-matter the build writes.

    JSON is YAML, except for characters YAML will not read raw (line and
    paragraph separators, some control characters): those are escaped.
    """
    return _YAML_UNSAFE.sub(_unicode_escape, json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _yaml(meta: dict[str, Any]) -> str:
    """The front-matter as YAML: a small, exact emitter for the brief's known shape.

    (PyYAML's representer costs more than the whole extraction of a short
    article; the parse-back test keeps this emitter honest.)
    """
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
    """The whole brief file: front-matter and body."""
    meta = _yaml(front_matter(brief))
    body = brief.body if brief.body is not None else render_body(brief)
    return f"---\n{meta}---\n\n{body}"


def stamp(brief: Brief) -> Brief:
    """The brief with `extracted` set to the hashes of its current field values."""
    return replace(brief, extracted={name: fingerprint(field_value(brief, name)) for name in EDITABLE_FIELDS})


def edited_fields(brief: Brief) -> set[str]:
    """Fields an editor changed since the extractor last wrote them.

    A brief with no hashes at all counts as edited throughout; a field without a hash in a brief
    that has others was added to briefs after this one was written, so nobody edited it.
    """
    if not brief.extracted:
        return set(EDITABLE_FIELDS)
    return {
        name
        for name in EDITABLE_FIELDS
        if name in brief.extracted and brief.extracted[name] != fingerprint(field_value(brief, name))
    }


def merge(existing: Brief, fresh: Brief) -> Brief:
    """The fresh extraction, keeping every field an editor corrected in `existing`."""
    edited = edited_fields(existing)
    merged = replace(fresh, body=None, duplicates=existing.duplicates or fresh.duplicates)
    for name in edited - {"body"}:
        setattr(merged, name, getattr(existing, name))
    # An edited title or date is the editor's: say so unless they said where it came from.
    if "title" in edited:
        merged.title_source = "editor" if existing.title_source in MACHINE_TITLE_SOURCES else existing.title_source
    if "date" in edited:
        merged.date_source = "editor" if existing.date_source in MACHINE_DATE_SOURCES else existing.date_source
    # The body shows the summary and actors as corrected, unless the body itself was edited.
    merged.body = existing.body if "body" in edited else render_body(merged)
    merged.extracted = {
        name: existing.extracted.get(name, "") if name in edited else fingerprint(field_value(merged, name))
        for name in EDITABLE_FIELDS
    }
    return merged


# -- reading ----------------------------------------------------------------------


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    """The front-matter mapping and the body of a brief file, or BriefError."""
    found = front_matter_span(text)
    if found is None:
        raise BriefError(f"{path}:1: no front-matter; a brief starts with a line '---'")
    head, end = found
    # The writer's own shape is read fast; anything an editor wrote differently goes to PyYAML.
    meta = front_matter_fast.load(head)
    try:
        if meta is None:
            meta = yaml.load(head, Loader=_TextDatesLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(err, "problem", None) or "invalid YAML"
        raise BriefError(f"{path}:{line}: front-matter is not valid YAML ({problem}); fix the syntax") from None
    if not isinstance(meta, dict):
        raise BriefError(f"{path}:2: front-matter must be a mapping of keys to values")
    return meta, text[end:].lstrip("\n")


def front_matter_span(text: str) -> tuple[str, int] | None:
    """A brief's front-matter: (its text, the offset where the body starts), or None when it has none.

    The file starts with a line '---' (trailing spaces or tabs allowed); the front-matter ends at
    the next line that starts with '---', whose trailing blanks and newline belong to it too.
    Found with string searches: the regular expression this replaces (kept in the tests as the
    rule's statement, and held to the same answers by a property test) tried every character of
    a brief in turn with a lazy `.*?`; at 10,000 briefs that was a tenth of reading them.
    """
    if not text.startswith("---"):
        return None
    start = _skip_blanks(text, 3)
    if not text.startswith("\n", start):
        return None
    start += 1
    newline = text.find("\n---", start)  # the first line after the opening one that starts with ---
    if newline >= 0:
        head, close = text[start : newline + 1], newline + 1
    elif text.startswith("---", start):
        head, close = "", start  # nothing between the two lines
    else:
        return None
    end = _skip_blanks(text, close + 3)
    return head, end + 1 if text.startswith("\n", end) else end


def _skip_blanks(text: str, at: int) -> int:
    """The first offset from `at` that is not a space or a tab."""
    while text.startswith((" ", "\t"), at):
        at += 1
    return at


def _text(meta: dict[str, Any], key: str, path: Path, required: bool = False) -> str | None:
    value = meta.get(key)
    if value is None:
        if required:
            raise BriefError(f"{path}: missing required field '{key}'")
        return None
    if isinstance(value, (dt.date, int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise BriefError(f"{path}: field '{key}' must be text, not {type(value).__name__}")
    return value


def _actors(value: Any, path: Path) -> list[ActorRef]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise BriefError(f"{path}: field 'actors' must be a list")
    actors = []
    for i, item in enumerate(value, 1):
        if not isinstance(item, dict) or not {"id", "name", "type"} <= item.keys():
            raise BriefError(f"{path}: actor {i} needs id, name and type")
        role = item.get("role")
        actors.append(
            _actor_ref(
                str(item["id"]),
                str(item["name"]),
                str(item["type"]),
                None if role is None else str(role),
                bool(item.get("unreviewed", False)),
            )
        )
    return actors


@lru_cache(maxsize=65536)
def _actor_ref(actor_id: str, name: str, kind: str, role: str | None, unreviewed: bool) -> ActorRef:
    """One ActorRef for each distinct mention, shared by every brief that makes it.

    The same country or official recurs in thousands of briefs: sharing the (frozen) record saves
    building it again, and pickle sends a shared object once when briefs go between processes.
    """
    return ActorRef(id=actor_id, name=name, type=kind, role=role, unreviewed=unreviewed)


def _strings(value: Any, key: str, path: Path) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise BriefError(f"{path}: field '{key}' must be a list of text")
    return [str(v) for v in value]


def parse(text: str, path: Path) -> Brief:
    """A brief from its file text, or BriefError naming the file."""
    meta, body = split_front_matter(text, path)
    extracted = meta.get("extracted") or {}
    if not isinstance(extracted, dict):
        raise BriefError(f"{path}: field 'extracted' must be a mapping")
    return Brief(
        title=_text(meta, "title", path, required=True) or "",
        title_source=_text(meta, "title_source", path) or "editor",
        subtitle=_text(meta, "subtitle", path),
        date=_text(meta, "date", path),
        date_source=_text(meta, "date_source", path),
        dateline=_text(meta, "dateline", path),
        publication=_text(meta, "publication", path),
        author=_text(meta, "author", path),
        source_url=_text(meta, "source_url", path),
        kind=_text(meta, "kind", path),
        source_file=_text(meta, "source_file", path),
        source_sha256=_text(meta, "source_sha256", path),
        summary=_text(meta, "summary", path) or "",
        actors=_actors(meta.get("actors"), path),
        topics=_strings(meta.get("topics"), "topics", path),
        keywords=_strings(meta.get("keywords"), "keywords", path),
        duplicates=_strings(meta.get("duplicates"), "duplicates", path),
        extracted={str(k): str(v) for k, v in extracted.items()},
        body=body,
    )


def as_read(brief: Brief) -> Brief:
    """The record `read_brief` gives for the file `render(brief)` writes, without writing or reading it.

    A build hands the briefs ingest has just written to the pages step this
    way: at 10,000 briefs, reading them back was a third of that step. Only
    what the file holds survives, as `parse` reads it (a property test holds
    the two to the same record): the body as rendered, with the newlines that
    reading a text file translates, and none of the extraction's working
    fields (key points, quotes, paragraphs), which live in the body.
    """
    body = brief.body if brief.body is not None else render_body(brief)
    if "\r" in body:  # read_text's universal newlines
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    return replace(
        brief,
        title_source=brief.title_source or "editor",
        summary=brief.summary or "",
        actors=[_actor_ref(a.id, a.name, a.type, a.role, a.unreviewed) for a in brief.actors],
        topics=list(brief.topics),
        keywords=list(brief.keywords),
        duplicates=list(brief.duplicates),
        extracted=dict(brief.extracted),
        key_points=[],
        quotes=[],
        text=[],
        body=body.lstrip("\n"),
    )


def read_brief(path: Path) -> Brief:
    """Read and parse one brief file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise BriefError(f"{path}: cannot be read ({err})") from None
    return parse(text, path)


def record(brief: Brief) -> dict[str, Any]:
    """The brief as plain data (for JSON exports and comparisons)."""
    data = asdict(brief)
    data["quotes"] = [asdict(q) for q in brief.quotes]
    return data


__all__ = [
    "BriefError",
    "as_read",
    "Quote",
    "escape",
    "json_line",
    "merge",
    "parse",
    "read_brief",
    "record",
    "render",
    "render_body",
    "split_front_matter",
    "stamp",
]

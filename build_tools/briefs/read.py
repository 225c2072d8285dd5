"""The one reader of a brief: the text of its file as a `Brief`, or a BriefError naming the file and line.

Every part of the archive reads briefs through here: ingest (what a brief
records of its article), `briefing check`, the build (once per build, into
the in-memory archive) and the MkDocs plugin (which hands MkDocs the body
only, so MkDocs never parses a brief's YAML itself). The writer's own YAML
is read by a fast exact reader (front_matter.py); anything an editor wrote
differently goes to PyYAML through build_tools/safe_yaml.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .. import safe_yaml
from ..files import UnsafeFileError, read_regular
from ..model import ActorRef, Brief, Quote
from . import front_matter as fast
from .write import body_of


class BriefError(Exception):
    """A brief file that cannot be read; the message names the file and line."""


def front_matter_span(text: str) -> tuple[str, int] | None:
    """A brief's front-matter: (its text, the offset where the body starts), or None when it has none.

    The file starts with a line '---' (trailing spaces or tabs allowed); the front-matter ends at
    the next line that starts with '---', whose trailing blanks and newline belong to it too.
    Found with string searches (a property test holds them to the regular expression they replace).
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


def _yaml_problem(err: Exception, path: Path) -> BriefError:
    """A front-matter's YAML problem as one line naming the file's line (the front-matter starts on line 2)."""
    if isinstance(err, safe_yaml.UnsafeYAML):
        return BriefError(f"{path}:{err.line + 1}: front-matter: {err}")
    line = safe_yaml.error_line(err) if isinstance(err, yaml.YAMLError) else None
    problem = getattr(err, "problem", None) or "invalid YAML"
    return BriefError(f"{path}:{line + 1 if line else 1}: front-matter is not valid YAML ({problem}); fix the syntax")


def load_front_matter(head: str, path: Path) -> dict[str, Any]:
    """The mapping in a front-matter's text: the writer's shape read fast, anything else read safely."""
    return read_front_matter(head, path)[0]


def read_front_matter(head: str, path: Path) -> tuple[dict[str, Any], bool]:
    """The mapping in a front-matter's text, and whether it is in the writer's own shape (read fast, and
    then certain to hold no duplicate key, no comment, nothing YAML would read otherwise)."""
    meta = fast.load(head)
    own_shape = meta is not None
    try:
        if meta is None:
            meta = safe_yaml.load(head)
    except (safe_yaml.UnsafeYAML, yaml.YAMLError) as err:
        raise _yaml_problem(err, path) from None
    if not isinstance(meta, dict):
        raise BriefError(f"{path}:2: front-matter must be a mapping of keys to values")
    return meta, own_shape


def split(text: str, path: Path) -> tuple[dict[str, Any], str, int]:
    """A brief file's front-matter mapping, its body, and the file line where the body starts."""
    found = front_matter_span(text)
    if found is None:
        raise BriefError(f"{path}:1: no front-matter; a brief starts with a line '---'")
    head, end = found
    meta = load_front_matter(head, path)
    body = text[end:].lstrip("\n")
    return meta, body, text.count("\n", 0, len(text) - len(body)) + 1


@dataclass(frozen=True)
class Located:
    """A brief file read for `briefing check`: its mapping, the YAML nodes (for line numbers), its body."""

    meta: dict[str, Any]
    node: yaml.MappingNode
    body: str
    body_line: int  #: the file line where the body starts

    def line(self, *path: str | int) -> int | None:
        """The file line of the value at `path` in the front-matter (its first line is the file's second)."""
        found = safe_yaml.node_line(self.node, path)
        return found + 1 if found is not None else None


def locate(text: str, path: Path) -> Located:
    """The brief file's text split as `split` does, its YAML composed so that every value has its line.

    Always read safely (never the fast reader), since `check` is where editors' YAML is judged.
    BriefError names the file and the line.
    """
    found = front_matter_span(text)
    if found is None:
        raise BriefError(f"{path}:1: no front-matter; a brief starts with a line '---' and its keys")
    try:
        node, meta = safe_yaml.compose(found[0])
    except (safe_yaml.UnsafeYAML, yaml.YAMLError) as err:
        raise _yaml_problem(err, path) from None
    if not isinstance(meta, dict) or not isinstance(node, yaml.MappingNode):
        raise BriefError(f"{path}:2: front-matter must be a mapping of keys to values")
    body = text[found[1] :].lstrip("\n")
    return Located(meta, node, body, text.count("\n", 0, len(text) - len(body)) + 1)


# -- typed fields ----------------------------------------------------------------------


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


def _strings(value: Any, key: str, path: Path) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise BriefError(f"{path}: field '{key}' must be a list of text")
    return [str(v) for v in value]


def _mappings(value: Any, key: str, path: Path, needs: set[str]) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise BriefError(f"{path}: field '{key}' must be a list")
    for i, item in enumerate(value, 1):
        if not isinstance(item, dict) or not needs <= item.keys():
            raise BriefError(f"{path}: {key[:-1]} {i} needs {', '.join(sorted(needs))}")
    return value


@lru_cache(maxsize=65536)
def actor_ref(actor_id: str, name: str, kind: str, role: str | None, unreviewed: bool) -> ActorRef:
    """One ActorRef for each distinct mention, shared by every brief that makes it.

    The same country or official recurs in thousands of briefs: sharing the (frozen) record saves
    building it again, and pickle sends a shared object once when briefs go between processes.
    """
    return ActorRef(id=actor_id, name=name, type=kind, role=role, unreviewed=unreviewed)


def _actors(value: Any, path: Path) -> list[ActorRef]:
    return [
        actor_ref(
            str(item["id"]),
            str(item["name"]),
            str(item["type"]),
            None if item.get("role") is None else str(item["role"]),
            bool(item.get("unreviewed", False)),
        )
        for item in _mappings(value, "actors", path, {"id", "name", "type"})
    ]


def _quotes(value: Any, path: Path) -> list[Quote]:
    return [
        Quote(text=str(item["text"]), speaker_id=None if item.get("speaker") is None else str(item["speaker"]))
        for item in _mappings(value, "quotes", path, {"text"})
    ]


def from_meta(meta: dict[str, Any], body: str, path: Path) -> Brief:
    """A brief from its front-matter mapping and body; BriefError for the first field of the wrong type."""
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
        key_points=_strings(meta.get("key_points"), "key_points", path),
        quotes=_quotes(meta.get("quotes"), path),
        actors=_actors(meta.get("actors"), path),
        topics=_strings(meta.get("topics"), "topics", path),
        keywords=_strings(meta.get("keywords"), "keywords", path),
        duplicates=_strings(meta.get("duplicates"), "duplicates", path),
        extracted={str(k): str(v) for k, v in extracted.items()},
        body=body,
    )


def parse(text: str, path: Path) -> Brief:
    """A brief from its file's text (line endings already "\\n"), or BriefError naming the file."""
    meta, body, _ = split(text, path)
    return from_meta(meta, body, path)


def read_text(path: Path) -> str:
    """A brief file's text with "\\n" line endings; the file must be a regular file (a link is not followed,
    a FIFO never blocks), BriefError otherwise."""
    try:
        text = read_regular(path).decode("utf-8")
    except UnsafeFileError as err:
        raise BriefError(f"{path}: {err.strerror}; a brief must be the file itself, in docs/briefs/") from None
    except UnicodeDecodeError as err:
        raise BriefError(f"{path}: not UTF-8 (byte {err.start}); save the file as UTF-8") from None
    except OSError as err:
        raise BriefError(f"{path}: cannot be read ({err.strerror or err})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_brief(path: Path) -> Brief:
    """Read and parse one brief file."""
    return parse(read_text(path), path)


def source_facts(path: Path) -> tuple[str | None, str | None]:
    """The source_file and source_sha256 a brief's front-matter records (None where it records none):
    what ingest needs to know which article a brief was made from. BriefError when it cannot be read."""
    text = read_text(path)
    found = front_matter_span(text)
    if found is None:
        raise BriefError(f"{path}:1: no front-matter; a brief starts with a line '---'")
    meta = load_front_matter(found[0], path)
    source, sha = meta.get("source_file"), meta.get("source_sha256")
    return (source if isinstance(source, str) else None, sha if isinstance(sha, str) and source else None)


def as_read(brief: Brief) -> Brief:
    """The record `read_brief` gives for the file `write.render(brief)` writes, without writing or reading it.

    A build hands the briefs ingest has just written to the pages this way. Only what the file holds
    survives (a property test holds the two to the same record): the body as rendered, with the
    newlines that reading normalises, and none of extraction's working fields.
    """
    body = body_of(brief)
    if "\r" in body:
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    return replace(
        brief,
        title_source=brief.title_source or "editor",
        summary=brief.summary or "",
        actors=[actor_ref(a.id, a.name, a.type, a.role, a.unreviewed) for a in brief.actors],
        quotes=[Quote(q.text, q.speaker_id) for q in brief.quotes],
        key_points=list(brief.key_points),
        topics=list(brief.topics),
        keywords=list(brief.keywords),
        duplicates=list(brief.duplicates),
        extracted=dict(brief.extracted),
        text=[],
        body=body.lstrip("\n"),
    )

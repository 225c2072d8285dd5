"""`briefing check`: every brief validated against the schema, the vocabularies and its raw article.

What CI runs on a pull request. Every problem is collected (never just the
first), each names its file, the line where one applies, and what to do.
Errors fail the check; warnings (unknown keys, unreviewed actors) do not,
unless the caller is strict.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any, Literal

import fastjsonschema
import jsonschema
import yaml
from mkdocs.utils.meta import META_RE, YAML_RE, get_data

from . import safe_yaml
from .body_check import MAX_LINES, limit_problems, markup_problems
from .briefs import BriefError, read_text, source_facts
from .briefs.read import from_meta, front_matter_span, locate, read_front_matter
from .files import not_regular, read_regular
from .ingest import ARTICLE_SUFFIXES, find_articles
from .pages.plugin import GENERATED_MARKER, HAND_WRITTEN_KEYS, STATIC_SUFFIXES, refused_static
from .slugs import is_address
from .speed.check_memo import CheckMemo, stamp_now
from .vocab import Vocabulary, VocabularyError, load_vocabulary

Level = Literal["error", "warning"]
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "brief.schema.json"
BRIEFS_DIR = Path("docs") / "briefs"
SEEDS_DIR = Path("seeds")
MAX_ACTORS = 500  #: actors in one brief (each one's pages list it: the pages step's work grows with the square)
MAX_LISTED_TEXT = 1_000  #: characters in a value printed wherever the brief is listed
LISTED_FIELDS = ("title", "dateline", "publication")  #: besides each actor's name and role
#: where builds before the plugin wrote generated pages into docs/ (now in .gitignore), marked GENERATED_MARKER
OLD_BUILD_PLACES = ("index.md", "topics/", "actors/", "timeline/", "search/")
# A VocabularyError message starts "path:line: ..." or "path: ...".
_LOCATED = re.compile(r"^(?P<path>[^:\n]+?)(?::(?P<line>\d+))?: (?P<message>.*)$", re.DOTALL)
_SOURCE_LINE = re.compile(r"^source_file: *(.+?) *$", re.MULTILINE)
# Hints for a value that does not match its pattern, by the field's last key.
_PATTERN_HINTS = {
    "date": "write it as YYYY-MM-DD (e.g. 2024-01-31) or null",
    "source_sha256": "run `briefing ingest` to record the article's hash, or set it to null for a hand-written brief",
    "id": "use a lower-case slug (letters, digits and single hyphens) as in taxonomy/actors.yml",
    "topics": "use a topic id from taxonomy/topics.yml",
    "duplicates": "list another brief's file name, e.g. 2024-01-31-some-title.md",
    "extracted": "do not edit `extracted`; delete the key and run `briefing ingest --force` to rebuild it",
}


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong, located in a file (and line where one applies)."""

    path: str  #: relative to the project, forward slashes
    line: int | None
    level: Level
    message: str  #: what is wrong and what to do

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.level}: {self.message}"


def schema_path(root: Path | None = None) -> Path:
    """The project's schema/brief.schema.json, else the one beside the code."""
    local = root / "schema" / "brief.schema.json" if root is not None else None
    return local if local is not None and local.is_file() else SCHEMA_PATH


def load_schema(root: Path | None = None) -> dict[str, Any]:
    """The brief front-matter schema (JSON Schema draft 2020-12)."""
    schema: dict[str, Any] = json.loads(schema_path(root).read_text(encoding="utf-8"))
    return schema


@cache
def _validator(path: Path) -> jsonschema.Draft202012Validator:
    """One validator per schema file; building it per brief would dominate a large archive."""
    return jsonschema.Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))


@cache
def _gate(path: Path) -> Callable[[Any], Any]:
    """The schema compiled to Python (fastjsonschema): says whether a mapping is valid, fast."""
    return fastjsonschema.compile(json.loads(path.read_text(encoding="utf-8")))


@dataclass
class _Brief:
    """One brief file as the checks need it: its mapping and body, and (composed only when a problem
    needs a line number) its YAML nodes."""

    rel: str
    stem: str
    meta: dict[str, Any]
    text: str  #: the file's text
    own_shape: bool  #: the front-matter is in the writer's shape (so it holds no duplicate key)
    body: str = ""
    body_line: int = 1  #: the file line where the body starts

    @cached_property
    def node(self) -> yaml.MappingNode:
        """The front-matter's YAML nodes (read safely, composed once, only when asked)."""
        return locate(self.text, Path(self.rel)).node

    @cached_property
    def shape_lines(self) -> dict[tuple[str | int, ...], int]:
        """For the writer's shape, each value's file line, from the layout alone (`writer_lines`)."""
        return writer_lines(self.text) if self.own_shape else {}

    def line(self, *path: str | int) -> int | None:
        found = self.shape_lines.get(path)
        return found if found is not None else node_line(self.node, path)


def writer_lines(text: str) -> dict[tuple[str | int, ...], int]:
    """Each value's file line in a front-matter the writer laid out (build_tools/briefs/write.py): a key at
    the margin, a list's "- " items, an item's or a mapping's keys indented by two spaces."""
    lines: dict[tuple[str | int, ...], int] = {}
    key: str | None = None
    item = -1
    for number, line in enumerate(text.split("\n")[1:], FRONT_MATTER_FIRST_LINE):
        if line.startswith("---"):
            break
        if line.startswith("- "):
            item += 1
            lines[(key or "", item)] = number
            line = "  " + line[2:]
        if line.startswith("  "):
            name = line[2:].partition(":")[0]
            lines[(key or "", item, name) if item >= 0 else (key or "", name)] = number
        elif line:
            key, item = line.partition(":")[0], -1
            lines[(key,)] = number
    return lines


# -- locating keys ---------------------------------------------------------------------

FRONT_MATTER_FIRST_LINE = 2  #: the file line of the front-matter's first line (line 1 is the opening ---)


def node_line(node: yaml.Node, path: tuple[str | int, ...] | list[str | int]) -> int | None:
    """The file line of the value at `path` in a composed front-matter."""
    line = safe_yaml.node_line(node, path)
    return line + FRONT_MATTER_FIRST_LINE - 1 if line is not None else None


def _key_line(node: yaml.Node | None, key: str) -> int | None:
    """The line of a mapping's key itself."""
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if k.value == key:
                return int(k.start_mark.line) + FRONT_MATTER_FIRST_LINE
    return None


def _walk(node: yaml.Node, path: tuple[str | int, ...]) -> yaml.Node | None:
    target: yaml.Node | None = node
    for key in path:
        target = safe_yaml.child(target, key)
    return target


# -- reading one brief -------------------------------------------------------------------


def _read(path: Path, rel: str) -> _Brief | Problem:
    """A brief file read by the one reader, located for line numbers, or the one problem that stops us."""
    try:
        text = read_text(path)
        found = front_matter_span(text)
        if found is None:
            raise BriefError(f"{rel}:1: no front-matter; a brief starts with a line '---' and its keys")
        meta, own_shape = read_front_matter(found[0], Path(rel))
        if not own_shape:
            located = locate(text, Path(rel))  # an editor's own YAML: composed now, to find duplicate keys
    except BriefError as err:
        message = str(err).replace(str(path), rel)  # read_text names the file by the path it was given
        where = re.match(rf"{re.escape(rel)}(?::(\d+))?: (.*)", message, re.DOTALL)
        line = int(where.group(1)) if where and where.group(1) else None
        return Problem(rel, line, "error", where.group(2) if where else message)
    body = text[found[1] :].lstrip("\n")
    brief = _Brief(rel, path.stem, meta, text, own_shape, body, text.count("\n", 0, len(text) - len(body)) + 1)
    if not own_shape:
        brief.__dict__["node"] = located.node
    return brief


def _duplicate_keys(node: yaml.Node, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str, int]]:
    """Keys given twice in one mapping: YAML silently keeps the last, losing the first."""
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for k, v in node.value:
            if k.value in seen:
                yield ".".join(map(str, (*path, k.value))), k.start_mark.line + 2
            seen.add(k.value)
            yield from _duplicate_keys(v, (*path, k.value))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _duplicate_keys(item, (*path, i))


# -- schema ---------------------------------------------------------------------------------


def _field(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "front-matter"


def _schema_problems(brief: _Brief, schema: Path) -> Iterator[Problem]:
    """Every way the front-matter breaks the schema, located. A compiled validator says first whether there is
    any (a twelfth of jsonschema's time); jsonschema, the reference, then finds and explains each."""
    try:
        _gate(schema)(brief.meta)
        return
    except fastjsonschema.JsonSchemaException:
        pass
    validator = _validator(schema)
    for err in sorted(validator.iter_errors(brief.meta), key=lambda e: [str(p) for p in e.absolute_path]):
        yield from _explain(brief, err)


def _explain(brief: _Brief, err: jsonschema.ValidationError) -> Iterator[Problem]:
    """One schema error as problems a person can act on."""
    path = tuple(err.absolute_path)
    name = _field(path)
    line = brief.line(*path) if path else None
    kind = err.validator
    if kind == "additionalProperties":
        target = _walk(brief.node, path)
        allowed = set(err.schema.get("properties", {}))
        for key in sorted(k for k in err.instance if k not in allowed):
            where = "" if not path else f" in {name}"
            yield Problem(
                brief.rel,
                _key_line(target, key),
                "warning",
                f"unknown key '{key}'{where} is ignored; remove it or correct its spelling "
                f"(allowed: {', '.join(sorted(allowed))})",
            )
        return
    if kind == "required":
        missing = re.match(r"'([^']+)'", err.message)
        key = missing.group(1) if missing else err.message
        where = "" if not path else f" in {name}"
        yield Problem(brief.rel, line, "error", f"missing required field '{key}'{where}; add it (null if unknown)")
        return
    yield Problem(brief.rel, line, "error", _describe(name, path, err))


def _describe(name: str, path: tuple[str | int, ...], err: jsonschema.ValidationError) -> str:
    value = err.instance
    last = next((p for p in reversed(path) if isinstance(p, str)), "")
    if err.validator == "type":
        expected = err.validator_value if isinstance(err.validator_value, str) else " or ".join(err.validator_value)
        return f"'{name}' must be {expected}, not {_json_type(value)} ({value!r}); quote text values"
    if err.validator == "enum":
        options = ", ".join("null" if o is None else str(o) for o in err.validator_value)
        return f"'{name}' is {value!r}; use one of: {options}"
    if err.validator == "pattern":
        hint = _PATTERN_HINTS.get(last) or f"it must match {err.validator_value}"
        return f"'{name}' has a malformed value {value!r}; {hint}"
    if err.validator == "minLength":
        return f"'{name}' is empty; fill it in"
    if err.validator == "uniqueItems":
        return f"'{name}' lists the same item twice; remove the repeat"
    if err.validator == "propertyNames":
        return f"'{name}' holds an unexpected key; {_PATTERN_HINTS['extracted']}"
    return f"'{name}': {err.message}"


def _json_type(value: Any) -> str:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


# -- per-brief checks beyond the schema -------------------------------------------------------


def _date_problems(brief: _Brief) -> Iterator[Problem]:
    date = brief.meta.get("date")
    if isinstance(date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            yield Problem(
                brief.rel,
                brief.line("date"),
                "error",
                f"date {date!r} is not a real calendar date; correct it or set it to null",
            )


def _content_problems(brief: _Brief) -> Iterator[Problem]:
    """What a reader needs of every brief: a summary and the article's text."""
    summary = brief.meta.get("summary")
    if isinstance(summary, str) and not summary.strip():
        yield Problem(
            brief.rel,
            brief.line("summary"),
            "error",
            "summary is empty; write one or two sentences saying who did what, where and when",
        )
    if not brief.body.strip():
        yield Problem(brief.rel, brief.body_line, "error", "the article's text is empty; write it below the ---")


def _quote_problems(brief: _Brief) -> Iterator[Problem]:
    """A quote's speaker must be one of the brief's actors (whose name the page shows)."""
    actors = brief.meta.get("actors")
    ids = (
        {a.get("id") for a in actors if isinstance(a, dict) and isinstance(a.get("id"), str)}
        if isinstance(actors, list)
        else set()
    )
    quotes = brief.meta.get("quotes")
    for i, quote in enumerate(quotes if isinstance(quotes, list) else []):
        speaker = quote.get("speaker") if isinstance(quote, dict) else None
        if isinstance(speaker, str) and speaker not in ids:
            yield Problem(
                brief.rel,
                brief.line("quotes", i, "speaker"),
                "error",
                f"quote {i + 1}'s speaker '{speaker}' is not among the brief's actors; add the actor or correct the id",
            )


def _vocabulary_problems(brief: _Brief, vocab: Vocabulary) -> Iterator[Problem]:
    topics = brief.meta.get("topics")
    for i, topic in enumerate(topics if isinstance(topics, list) else []):
        if isinstance(topic, str) and topic not in vocab.topic_ids:
            yield Problem(
                brief.rel,
                brief.line("topics", i),
                "error",
                f"unknown topic '{topic}'; use an id from taxonomy/topics.yml or add the topic there",
            )
    actors = brief.meta.get("actors")
    for i, actor in enumerate(actors if isinstance(actors, list) else []):
        if isinstance(actor, dict) and isinstance(actor.get("id"), str):
            yield from _actor_problems(brief, i, actor, vocab)


def _actor_problems(brief: _Brief, i: int, actor: dict[str, Any], vocab: Vocabulary) -> Iterator[Problem]:
    actor_id, name = actor["id"], actor.get("name", actor["id"])
    known = actor_id in vocab.actors_by_id
    line = brief.line("actors", i, "id")
    if actor.get("unreviewed") is True:
        if known:
            yield Problem(
                brief.rel,
                line,
                "warning",
                f"actor '{actor_id}' is now in taxonomy/actors.yml; remove `unreviewed: true` from it",
            )
        else:
            yield Problem(
                brief.rel,
                line,
                "warning",
                f"unreviewed actor '{actor_id}' ({name}); add it to taxonomy/actors.yml or correct the id "
                "(see `briefing actors --unreviewed`)",
            )
    elif not known:
        yield Problem(
            brief.rel,
            line,
            "error",
            f"unknown actor '{actor_id}'; use an id from taxonomy/actors.yml, add the actor there, "
            "or mark it `unreviewed: true`",
        )


def _source_problems(brief: _Brief, root: Path) -> Iterator[Problem]:
    source = brief.meta.get("source_file")
    if not isinstance(source, str) or not source:
        return
    line = brief.line("source_file")
    path = (root / source).resolve()
    if Path(source).is_absolute() or root.resolve() not in path.parents:
        yield Problem(
            brief.rel, line, "error", f"source_file {source!r} is outside the project; use a path like seeds/x.txt"
        )
        return
    if not os.path.lexists(root / source):
        yield Problem(
            brief.rel,
            line,
            "error",
            f"source_file {source!r} does not exist; restore the article, or set source_file and source_sha256 to null",
        )
        return
    try:
        data = read_regular(root / source)
    except OSError as err:
        yield Problem(brief.rel, line, "error", f"source_file {source!r} {err.strerror}; make it the article itself")
        return
    if hashlib.sha256(data).hexdigest() != brief.meta.get("source_sha256"):
        yield Problem(
            brief.rel,
            brief.line("source_sha256") or line,
            "error",
            f"out of date with its raw article {source}; run `briefing ingest {source}` and commit the result",
        )


def _name_problems(brief: _Brief) -> Iterator[Problem]:
    if not is_address(brief.stem):
        yield Problem(
            brief.rel,
            None,
            "error",
            "the file name is the brief's address and must be lower-case letters, digits and single hyphens "
            "(like 2025-03-09-some-title.md); rename the file",
        )


def _body_problems(brief: _Brief) -> Iterator[Problem]:
    """The body's limits (what the build refuses to render), raw HTML, images and unsafe links."""
    for finding in limit_problems(brief.body) + markup_problems(brief.body):
        yield Problem(brief.rel, brief.body_line + finding.line - 1, "error", finding.message)


def _size_problems(brief: _Brief) -> Iterator[Problem]:
    """A brief whose front-matter the build would multiply: every actor gets pages listing the brief, and the
    title, place, publication, names and roles are printed on each page that lists it (and in other briefs'
    related sections). The archive's reader does not refuse such a brief itself: the build, which runs this
    check first, publishes nothing while it is there, and a pull request fails before CI builds it."""
    actors = brief.meta.get("actors")
    if isinstance(actors, list) and len(actors) > MAX_ACTORS:
        message = (
            f"{len(actors):,} actors, over {MAX_ACTORS}: each gets pages of its own; keep the ones the article is about"
        )
        yield Problem(brief.rel, brief.line("actors"), "error", message)
    fields: list[tuple[str | int, ...]] = [(key,) for key in LISTED_FIELDS]
    fields += [
        ("actors", i, key) for i in range(len(actors) if isinstance(actors, list) else 0) for key in ("name", "role")
    ]
    for path in fields:
        value = _value(brief.meta, path)
        if isinstance(value, str) and len(value) > MAX_LISTED_TEXT:
            message = (
                f"'{_field(path)}' has {len(value):,} characters, over {MAX_LISTED_TEXT:,}: it is printed on "
                "every page that lists the brief; shorten it"
            )
            yield Problem(brief.rel, brief.line(*path), "error", message)


def _value(data: Any, path: tuple[str | int, ...]) -> Any:
    """The value at `path` in parsed front-matter, or None."""
    for key in path:
        if isinstance(key, int) and isinstance(data, list) and key < len(data):
            data = data[key]
        elif isinstance(key, str) and isinstance(data, dict):
            data = data.get(key)
        else:
            return None
    return data


def _reader_problems(brief: _Brief) -> Iterator[Problem]:
    """What the build's reader would still refuse (the same reader), so `check` passing means `build` can read it."""
    try:
        from_meta(brief.meta, brief.body, Path(brief.rel))
    except BriefError as err:
        yield Problem(brief.rel, None, "error", str(err).removeprefix(f"{brief.rel}: "))


def check_brief(path: Path, rel: str, root: Path, vocab: Vocabulary | None) -> tuple[_Brief | None, list[Problem]]:
    """All problems found in one brief on its own."""
    read = _read(path, rel)
    if isinstance(read, Problem):
        return None, [read]
    problems = []
    if not read.own_shape:  # the writer's shape cannot hold a key twice
        problems += [
            Problem(rel, line, "error", f"key '{key}' is given twice; keep one (YAML silently drops the first)")
            for key, line in _duplicate_keys(read.node)
        ]
    problems += _schema_problems(read, schema_path(root))
    problems += _name_problems(read)
    problems += _body_problems(read)
    problems += _size_problems(read)
    problems += _date_problems(read)
    problems += _content_problems(read)
    problems += _quote_problems(read)
    if vocab is not None:
        problems += _vocabulary_problems(read, vocab)
    problems += _source_problems(read, root)
    if not any(p.level == "error" for p in problems):
        problems += _reader_problems(read)
    return read, problems


class _Recalled(_Brief):
    """A brief whose findings were remembered: the facts the checks across briefs read, its file read again
    only if one of them needs a line number."""

    def line(self, *path: str | int) -> int | None:
        found = _read(self.root / self.rel, self.rel)
        return found.line(*path) if isinstance(found, _Brief) else None

    root: Path = Path()


def _check_remembering(
    path: Path, rel: str, root: Path, vocab: Vocabulary | None, memo: CheckMemo | None
) -> tuple[_Brief | None, list[Problem]]:
    """check_brief, or what it found last time when the brief, its article and the context are unchanged."""
    if memo is None:
        return check_brief(path, rel, root, vocab)
    recalled = memo.recall(rel)
    if recalled is not None:
        found = [Problem(rel, line, level, message) for line, level, message in recalled.problems]
        if recalled.facts is None:
            return None, found
        known = _Recalled(rel, path.stem, dict(recalled.facts), "", True)
        known.root = root
        return known, found
    before = stamp_now(path)
    brief, found = check_brief(path, rel, root, vocab)
    memo.keep(rel, before, None if brief is None else brief.meta, [[p.line, p.level, p.message] for p in found])
    return brief, found


# -- across briefs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Other:
    """A brief not being checked, as far as the checks across briefs need it (read fast, no line numbers)."""

    rel: str
    stem: str
    source: str | None


def _address_problems(chosen: list[_Brief], others: list[_Other]) -> Iterator[Problem]:
    """Two briefs at one address (names differing only in case) or made from one article.

    The second of a pair (by path) is reported, or the one being checked when only one of them is.
    """
    everyone: list[_Brief | _Other] = sorted([*chosen, *others], key=lambda b: b.rel)
    checked = {b.rel for b in chosen}
    by_address: dict[str, _Brief | _Other] = {}
    by_source: dict[str, _Brief | _Other] = {}
    for brief in everyone:
        source = brief.meta.get("source_file") if isinstance(brief, _Brief) else brief.source
        first = by_address.setdefault(brief.stem.casefold(), brief)
        if first is not brief:
            yield from _clash(
                brief, first, checked, None, "address clashes with {} (names differ only in case); rename one of them"
            )
        if isinstance(source, str):
            first = by_source.setdefault(source, brief)
            if first is not brief:
                yield from _clash(
                    brief,
                    first,
                    checked,
                    "source_file",
                    f"{source} already has a brief, {{}}; keep one brief per article and delete the other",
                )


def _clash(
    second: _Brief | _Other, first: _Brief | _Other, checked: set[str], key: str | None, message: str
) -> Iterator[Problem]:
    reported, other = (second, first) if second.rel in checked or first.rel not in checked else (first, second)
    if isinstance(reported, _Brief):
        yield Problem(reported.rel, reported.line(key) if key else None, "error", message.format(other.rel))


def _link_problems(chosen: list[_Brief], stems: set[str]) -> Iterator[Problem]:
    for brief in chosen:
        duplicates = brief.meta.get("duplicates")
        for i, name in enumerate(duplicates if isinstance(duplicates, list) else []):
            if isinstance(name, str) and name.removesuffix(".md") not in stems:
                yield Problem(
                    brief.rel,
                    brief.line("duplicates", i),
                    "warning",
                    f"duplicates lists {name}, which is not a brief; correct or remove the entry",
                )


def _sources_of_unreadable(paths: list[Path]) -> set[str]:
    """source_file lines of briefs whose YAML is broken, so their articles are not also reported as orphans."""
    found: set[str] = set()
    for path in paths:
        try:
            text = read_regular(path).decode("utf-8", errors="replace")
        except OSError:
            continue  # reported on its own
        found.update(m.strip("'\"") for m in _SOURCE_LINE.findall(text))
    return found


def _seed_problems(
    root: Path, seeds: list[Path], briefs: list[_Brief], others: list[_Other], unreadable: list[Path]
) -> Iterator[Problem]:
    """Raw articles that no brief was made from, and anything among them that is not a regular file."""
    sources = {b.meta.get("source_file") for b in briefs} | {o.source for o in others}
    sources |= _sources_of_unreadable(unreadable)
    hashes = {b.meta.get("source_sha256"): b.rel for b in briefs}
    for path in seeds:
        rel = path.relative_to(root).as_posix()
        odd = not_regular(path)
        if odd:
            yield Problem(rel, None, "error", f"{odd}; put the article's text itself in seeds/ (or remove it)")
            continue
        if rel in sources:
            continue
        twin = hashes.get(hashlib.sha256(read_regular(path)).hexdigest())
        if twin:
            yield Problem(rel, None, "warning", f"same text as the article of {twin}; delete this copy")
        else:
            yield Problem(
                rel, None, "error", f"raw article with no brief; run `briefing ingest {rel}` and commit the brief"
            )


def _sidecar_problems(root: Path, stems: set[str]) -> Iterator[Problem]:
    for path in sorted((root / BRIEFS_DIR).glob("*.removed.yml")):
        if path.name.removesuffix(".removed.yml") not in stems:
            rel = path.relative_to(root).as_posix()
            yield Problem(rel, None, "warning", "furniture record with no brief; delete it or restore the brief")


# -- hand-written pages ---------------------------------------------------------------------------------


def docs_files(root: Path) -> tuple[list[Path], list[Path]]:
    """Under docs/, what anyone could add by pull request besides briefs (docs/briefs/*.md): every Markdown
    page, which MkDocs renders as it renders a brief's body, and every other file MkDocs would publish as
    it is though it may not (`plugin.refused_static`). Hidden files and folders, which MkDocs leaves out,
    are left out."""
    docs, briefs = root / "docs", root / BRIEFS_DIR
    pages, refused = [], []
    for here, folders, names in os.walk(docs):  # os.walk follows no link
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        # Worked out once a folder, not once a file: docs/briefs/ holds thousands.
        of_briefs = Path(here) == briefs
        inner = Path(here).relative_to(docs).as_posix()
        for name in sorted(n for n in names if not n.startswith(".")):
            if name.endswith(".md"):
                if not of_briefs:
                    pages.append(Path(here, name))
            elif refused_static(name if inner == "." else f"{inner}/{name}"):
                refused.append(Path(here, name))
    return pages, refused


def _static_problem(path: Path, rel: str) -> Problem:
    message = (
        f"MkDocs would publish this {path.suffix or 'file'} file as it is, and it could run script at the site's "
        f"address; docs/ may hold pages (.md), styles and pictures ({', '.join(sorted(STATIC_SUFFIXES))}): remove it"
    )
    return Problem(rel, None, "error", message)


def check_page(path: Path, rel: str) -> Iterator[Problem]:
    """A hand-written page as MkDocs reads it: its front-matter split by MkDocs' own pattern (or its
    MultiMarkdown metadata by MkDocs' own code), plain YAML (no anchors, aliases, tags or deep nesting), keys
    the build keeps, and a body within the limits and free of raw HTML, images and unsafe links (as for a
    brief)."""
    try:
        text = read_regular(path).decode("utf-8-sig")  # as MkDocs reads it: a byte-order mark is dropped
    except UnicodeDecodeError as err:
        yield Problem(rel, None, "error", f"not UTF-8 (byte {err.start}); save the file as UTF-8")
        return
    except OSError as err:
        yield Problem(rel, None, "error", f"{err.strerror}; a page must be the file itself")
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    found, body_at = YAML_RE.match(text), 0
    if found is not None:
        try:
            node, meta = safe_yaml.compose(found.group(1))
        except safe_yaml.UnsafeYAML as err:
            yield Problem(rel, err.line + FRONT_MATTER_FIRST_LINE - 1, "error", f"front-matter: {err}")
            return
        except yaml.YAMLError as err:
            line = safe_yaml.error_line(err)
            where = line + FRONT_MATTER_FIRST_LINE - 1 if line else 1
            problem = getattr(err, "problem", None) or "invalid YAML"
            yield Problem(rel, where, "error", f"front-matter is not valid YAML ({problem}); fix the syntax")
            return
        if isinstance(meta, dict):  # else MkDocs takes none, and renders the whole file
            if meta.get("generated_by") == GENERATED_MARKER.partition(": ")[2] and _old_build_place(rel):
                message = "written by an older build, which wrote generated pages into docs/; delete it"
                yield Problem(rel, None, "warning", message)
                return
            for key in meta:
                problem = _page_key_problem(rel, str(key), _key_line(node, str(key)))
                if problem is not None:
                    yield problem
            body_at = found.end() + len(text[found.end() :]) - len(text[found.end() :].lstrip("\n"))
    elif text.count("\n") < MAX_LINES:  # (MkDocs' reading takes time growing with the square of the lines)
        # No YAML: MkDocs takes leading "key: value" lines for metadata (MultiMarkdown's), as its own code does.
        body, meta = get_data(text)
        body_at = len(text) - len(body)
        lines = _metadata_lines(text[:body_at])
        for key in meta:
            problem = _page_key_problem(rel, key, lines.get(key))
            if problem is not None:
                yield problem
    body, body_line = text[body_at:], text.count("\n", 0, body_at) + 1
    for finding in limit_problems(body) + markup_problems(body):
        yield Problem(rel, body_line + finding.line - 1, "error", finding.message)


def _metadata_lines(head: str) -> dict[str, int]:
    """The line of each MultiMarkdown metadata key (lower-cased, as MkDocs keys it) in a page's first lines."""
    lines: dict[str, int] = {}
    for number, line in enumerate(head.split("\n"), 1):
        found = META_RE.match(line)
        if found is not None:
            lines.setdefault(found.group("key").lower(), number)
    return lines


def _old_build_place(rel: str) -> bool:
    """True for a path under docs/ where builds before the plugin wrote their generated pages."""
    inner = rel.removeprefix("docs/")
    return inner in OLD_BUILD_PLACES or inner.startswith(tuple(p for p in OLD_BUILD_PLACES if p.endswith("/")))


def _page_key_problem(rel: str, key: str, line: int | None) -> Problem | None:
    """A key of a hand-written page's front-matter that the build does not keep (None for one it keeps)."""
    if key in HAND_WRITTEN_KEYS:
        return None
    if key == "generated_by":
        message = (
            "generated_by marks the pages older builds wrote into docs/ (the build now makes its pages in "
            "memory); a hand-written page is rendered as untrusted whatever it says: remove the key"
        )
        return Problem(rel, line, "error", message)
    allowed = ", ".join(sorted(HAND_WRITTEN_KEYS))
    return Problem(rel, line, "warning", f"key '{key}' is dropped by the build; a page may set only {allowed}")


def _vocabulary(root: Path) -> tuple[Vocabulary | None, list[Problem]]:
    try:
        return load_vocabulary(root), []
    except VocabularyError as err:
        return None, [_located(line, root) for line in err.problems]


def _located(line: str, root: Path) -> Problem:
    """A vocabulary problem ("path:line: message") as a Problem with the path relative to the project."""
    match = _LOCATED.match(line)
    if not match:
        return Problem("taxonomy", None, "error", line)
    path = Path(match["path"])
    rel = path.relative_to(root).as_posix() if path.is_absolute() and root in path.parents else match["path"]
    return Problem(rel, int(match["line"]) if match["line"] else None, "error", match["message"])


def check(
    root: Path, paths: Sequence[Path] | None = None, remember: bool = False, vocab: Vocabulary | None = None
) -> list[Problem]:
    """Every problem in the project at `root`: briefs, their raw articles and the vocabularies.

    With `paths` (briefs in docs/briefs, articles in seeds/, other pages under docs/), only those are
    checked, each brief still against the whole archive (an address or an article another brief already
    has). With `remember` (the build), a brief whose file, article and context are unchanged since the last
    such check is not read again (build_tools/speed/check_memo.py); the findings are the same. Hand-written
    pages are few: they are read every time.
    """
    root = root.resolve()
    vocab, problems = (vocab, []) if vocab is not None else _vocabulary(root)  # (the build's, already loaded)
    folder = root / BRIEFS_DIR
    every = sorted(folder.glob("*.md")) if folder.is_dir() else []
    if paths is None:
        brief_paths, seed_paths = every, find_articles([root / SEEDS_DIR]) if (root / SEEDS_DIR).is_dir() else []
        pages, published = docs_files(root)
        problems += [_static_problem(path, path.relative_to(root).as_posix()) for path in published]
    else:
        brief_paths, seed_paths, pages, refused = _chosen(root, paths)
        problems += refused
    for page in pages:
        problems += check_page(page, page.relative_to(root).as_posix())
    briefs: list[_Brief] = []
    unreadable: list[Path] = []
    memo = CheckMemo.load(root) if remember and vocab is not None and paths is None else None
    for path in brief_paths:
        rel = f"{BRIEFS_DIR.as_posix()}/{path.name}" if path.parent == folder else path.relative_to(root).as_posix()
        brief, found = _check_remembering(path, rel, root, vocab, memo)
        problems += found
        if brief is not None:
            briefs.append(brief)
        else:
            unreadable.append(path)
    if memo is not None:
        memo.forget_others({b.rel for b in briefs} | {f"{BRIEFS_DIR.as_posix()}/{p.name}" for p in unreadable})
        memo.save()
    chosen = set(brief_paths)
    others = [_Other(p.relative_to(root).as_posix(), p.stem, _source_of(p)) for p in every if p not in chosen]
    problems += _address_problems(briefs, others)
    problems += _link_problems(briefs, {p.stem for p in every})
    problems += _seed_problems(root, seed_paths, briefs, others, unreadable)
    if paths is None:
        problems += _sidecar_problems(root, {p.stem for p in every})
    return sorted(problems, key=lambda p: (p.path, p.line or 0, p.level, p.message))


def _source_of(path: Path) -> str | None:
    """The article a brief not being checked names (None when it names none, or cannot be read)."""
    try:
        return source_facts(path)[0]
    except BriefError:
        return None


def _chosen(root: Path, paths: Sequence[Path]) -> tuple[list[Path], list[Path], list[Path], list[Problem]]:
    """The briefs, articles and hand-written pages named on the command line, and a problem for anything
    else named."""
    briefs: list[Path] = []
    seeds: list[Path] = []
    pages: list[Path] = []
    refused: list[Problem] = []
    for given in paths:
        path = Path(os.path.abspath(root / given))
        rel = os.path.relpath(path, root)
        if not os.path.lexists(path):
            refused.append(Problem(Path(rel).as_posix(), None, "error", "no such file; check the path"))
        elif path.parent == root / BRIEFS_DIR and path.suffix == ".md":
            briefs.append(path)
        elif (root / SEEDS_DIR) in path.parents and path.suffix in ARTICLE_SUFFIXES:
            seeds.append(path)
        elif (root / "docs") in path.parents and path.suffix == ".md":
            pages.append(path)
        else:
            refused.append(
                Problem(
                    Path(rel).as_posix(),
                    None,
                    "error",
                    "not a brief or an article, nor a page under docs/; "
                    "give docs/briefs/*.md, seeds/*.txt or another docs/ page (.md)",
                )
            )
    return sorted(set(briefs)), sorted(set(seeds)), sorted(set(pages)), refused


def count_briefs(root: Path) -> int:
    """How many brief files `check` looked at."""
    folder = root / BRIEFS_DIR
    return len(list(folder.glob("*.md"))) if folder.is_dir() else 0

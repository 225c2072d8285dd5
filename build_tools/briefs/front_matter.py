"""A fast reader for front-matter in the shape the brief writer emits, falling back to PyYAML for anything else.

Reading 10,000 briefs with PyYAML takes about 15 s, nearly all of it in
PyYAML's Python constructor (even with the C parser). Briefs written by
`briefs.render` use a small subset of YAML: top-level `key: scalar`, lists of
scalars, lists of flat mappings, one flat nested mapping, and scalars that
are `null`, `true`, `false`, JSON-quoted strings or plain words that can
only read as text. `load` reads exactly that subset and returns None the
moment it meets anything else (a comment, a flow list, an unquoted date, a
duplicate key, a multi-line string...), and the caller then uses PyYAML.
So an editor may write any YAML; only the result's speed depends on it. For
every text it accepts, `load` returns what `yaml.safe_load` returns (a
property test checks this on arbitrary input).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

#: Text that YAML reads as a string when written plain (unquoted). The writer quotes everything else.
PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 .,'’()&/–—-]*[A-Za-z0-9.)’']|[A-Za-z]")
#: Plain words YAML 1.1 reads as booleans, null or numbers; the writer quotes them.
YAML_WORDS = frozenset({"yes", "no", "true", "false", "on", "off", "y", "n", "null", "nan", "inf"})
_KEYWORDS: dict[str, Any] = {"null": None, "true": True, "false": False}
# A double-quoted string that JSON and YAML read alike: no raw control characters, only the escapes
# both share; \u escapes are checked for surrogates separately (JSON pairs them, YAML does not).
_QUOTED = re.compile(r'"(?:[^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"')
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|.)")
# Keys YAML reads as booleans or null ('yes:' is True), in every case YAML 1.1 accepts.
_BAD_KEYS = frozenset(w for word in YAML_WORDS for w in (word, word.title(), word.upper()))


class _NotSimple(Exception):
    """The text uses YAML beyond the writer's subset."""


def load(text: str) -> dict[str, Any] | None:
    """The mapping in front-matter `text` (without the '---' lines), or None when PyYAML must read it."""
    try:
        return _mapping(text.split("\n"))
    except _NotSimple:
        return None


@lru_cache(maxsize=4096)
def _scalar(text: str) -> Any:
    if text in _KEYWORDS:
        return _KEYWORDS[text]
    if text.startswith('"'):
        if not _QUOTED.fullmatch(text) or ("\\u" in text and _has_surrogate(text)):
            raise _NotSimple
        return json.loads(text)
    if PLAIN.fullmatch(text) and text.lower() not in YAML_WORDS and "  " not in text:
        return text
    raise _NotSimple


def _has_surrogate(quoted: str) -> bool:
    """True when a \\u escape in `quoted` names a surrogate (escaped backslashes are skipped, not misread)."""
    return any(m.group(1) and 0xD800 <= int(m.group(1), 16) <= 0xDFFF for m in _ESCAPE.finditer(quoted))


def _pair(line: str) -> tuple[str, str]:
    """'key: value' -> (key, value); 'key:' -> (key, '').

    The key is an ASCII identifier; the value follows one space and neither starts nor ends with
    one. (Said with string methods, not a regular expression: this runs for every line.)
    """
    key, colon, value = line.partition(":")
    if not colon or not key.isidentifier() or not key.isascii() or key in _BAD_KEYS:
        raise _NotSimple
    if not value:
        return key, ""
    if value[0] != " " or value[1:2] in ("", " ") or value[-1] == " ":
        raise _NotSimple
    return key, value[1:]


def _mapping(lines: list[str]) -> dict[str, Any]:
    if lines and lines[-1] == "":
        lines = lines[:-1]  # the newline that ends the last line
    if not lines:
        raise _NotSimple  # YAML reads an empty document as None, not {}
    data: dict[str, Any] = {}
    i = 0
    while i < len(lines):
        key, value = _pair(lines[i])
        if key in data:
            raise _NotSimple  # PyYAML keeps the last; leave that to it
        i += 1
        if value == "[]":
            data[key] = []
        elif value == "{}":
            data[key] = {}
        elif value:
            data[key] = _scalar(value)
        elif i < len(lines) and lines[i].startswith("- "):
            data[key], i = _sequence(lines, i)
        elif i < len(lines) and lines[i].startswith("  "):
            data[key], i = _nested(lines, i, "  ")
        else:
            data[key] = None  # 'key:' with nothing under it is null in YAML
    return data


def _sequence(lines: list[str], i: int) -> tuple[list[Any], int]:
    """A block list at column 0 starting at line i: items are scalars or flat mappings."""
    items: list[Any] = []
    while i < len(lines) and lines[i].startswith("- "):
        first = lines[i][2:]
        if first.startswith('"') or ":" not in first:
            items.append(_scalar(first))
            i += 1
            continue
        end = i + 1
        while end < len(lines) and lines[end].startswith("  "):
            end += 1
        items.append(dict(_item(tuple(lines[i:end]))))  # a copy: the caller owns what load returns
        i = end
    return items, i


@lru_cache(maxsize=16384)
def _item(lines: tuple[str, ...]) -> dict[str, Any]:
    """A list item that is a flat mapping: '- key: value', then '  key: value' lines.

    Cached: the same actor, with the same role, is listed the same way in brief after brief.
    """
    key, value = _pair(lines[0][2:])
    if not value:
        raise _NotSimple
    item = {key: _scalar(value)}
    more, _ = _nested(list(lines), 1, "  ")
    for k, v in more.items():
        if k in item:
            raise _NotSimple
        item[k] = v
    return item


def _nested(lines: list[str], i: int, indent: str) -> tuple[dict[str, Any], int]:
    """Flat `key: scalar` lines indented by `indent`, from line i."""
    data: dict[str, Any] = {}
    while i < len(lines) and lines[i].startswith(indent):
        key, value = _pair(lines[i][len(indent) :])
        if key in data or not value or value in ("[]", "{}"):
            raise _NotSimple
        data[key] = _scalar(value)
        i += 1
    return data, i

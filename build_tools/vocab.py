"""The editors' data: topics, actors and extraction rules, loaded and checked once.

Everything a rule-based extractor needs to know about the world lives in YAML
under `taxonomy/`; this module reads it into plain typed records and reports a
broken file as `VocabularyError` naming the file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, partial
from pathlib import Path
from typing import Any

import jsonschema
import re2
import yaml

from . import safe_yaml

SCHEMAS = Path(__file__).resolve().parent.parent / "schema"  #: topics, actors and rules schemas


class VocabularyError(Exception):
    """Taxonomy files that cannot be used: one line per problem, each naming the file (and line) and what to do."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Topic:
    """One entry of taxonomy/topics.yml."""

    id: str
    label: str
    description: str
    terms: tuple[str, ...] = ()
    weak_terms: tuple[str, ...] = ()
    min_weight: float = 2.0
    #: phrases in which the topic's terms mean something else ("nuclear-armed"): what they hold counts nothing
    not_terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Actor:
    """One entry of the authority file taxonomy/actors.yml."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    description: str | None = None
    wikidata: str | None = None


def _compose(path: Path) -> tuple[yaml.Node | None, Any]:
    """One taxonomy file's node tree and value, read safely (build_tools/safe_yaml.py); VocabularyError else."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise VocabularyError(f"{path}: cannot be read ({err}); check the file") from None
    try:
        return safe_yaml.compose(text)
    except safe_yaml.UnsafeYAML as err:
        raise VocabularyError(f"{path}:{err.line}: {err}") from None
    except yaml.YAMLError as err:
        line = safe_yaml.error_line(err)
        problem = getattr(err, "problem", None) or str(err)
        raise VocabularyError(f"{path}{f':{line}' if line else ''}: invalid YAML ({problem}); fix the syntax") from None


def load_yaml(path: Path) -> Any:
    """Parse one taxonomy YAML file (no anchors, aliases, tags or deep nesting), VocabularyError naming the line."""
    return _compose(path)[1]


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads((SCHEMAS / name).read_text(encoding="utf-8")))


def _entry_name(data: Any, path: tuple[str | int, ...]) -> str:
    """How a problem's place reads: "topic 3 (trade)", "line_rules[2]", or the top of the file."""
    if not path:
        return "the file"
    head = path[0]
    if isinstance(head, int) and isinstance(data, list):
        entry = data[head]
        label = f" ({entry['id']})" if isinstance(entry, dict) and isinstance(entry.get("id"), str) else ""
        rest = ".".join(str(p) for p in path[1:])
        return f"entry {head + 1}{label}" + (f", field {rest}" if rest else "")
    return "".join(f"[{p + 1}]" if isinstance(p, int) else (f".{p}" if i else str(p)) for i, p in enumerate(path))


def schema_problems(path: Path, node: yaml.Node | None, data: Any, schema: str) -> list[str]:
    """Every way `data` (from `path`) breaks schema/`schema`, one line each with the line and what to do."""
    problems = []
    for err in sorted(_validator(schema).iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]):
        where = tuple(err.absolute_path)
        line = safe_yaml.node_line(node, where) if where else None
        located = f"{path}:{line}" if line else str(path)
        problems.append(f"{located}: {_entry_name(data, where)}: {_describe(err)}")
    return problems


def _describe(err: jsonschema.ValidationError) -> str:
    """A schema error as something an editor can act on."""
    if err.validator == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        allowed = ", ".join(sorted(err.schema.get("properties", {})))
        return f"unknown key {', '.join(map(repr, extra))}; remove it or correct its spelling (allowed: {allowed})"
    if err.validator == "required":
        return f"{err.message}; add it"
    if err.validator == "type":
        expected = err.validator_value if isinstance(err.validator_value, str) else " or ".join(err.validator_value)
        return f"{err.instance!r} is not {expected}; write a {expected} (quote words YAML reads as yes/no/null)"
    if err.validator == "enum":
        return f"{err.instance!r} is not one of {', '.join(map(str, err.validator_value))}"
    if err.validator == "pattern" and isinstance(err.instance, str):
        return f"{err.instance!r} has the wrong form (it must match {err.validator_value})"
    return err.message


def _strings(value: Any) -> tuple[str, ...]:
    """A list the schema has already checked holds only strings."""
    return tuple(value) if isinstance(value, list) else ()


def _unique_ids(path: Path, node: yaml.Node | None, data: list[dict[str, Any]]) -> list[str]:
    seen: set[str] = set()
    problems = []
    for i, entry in enumerate(data):
        if entry["id"] in seen:
            line = safe_yaml.node_line(node, (i, "id"))
            problems.append(f"{path}:{line}: entry {i + 1}: id {entry['id']!r} is used twice; give each entry its own")
        seen.add(entry["id"])
    return problems


def _checked_list(path: Path, schema: str) -> list[dict[str, Any]]:
    """A taxonomy file that must be a list of entries with unique ids: validated, VocabularyError listing all."""
    node, data = _compose(path)
    problems = schema_problems(path, node, data, schema)
    if not problems:
        problems = _unique_ids(path, node, data)
    if problems:
        raise VocabularyError(problems)
    return list(data)


def load_topics(path: Path) -> list[Topic]:
    """Read taxonomy/topics.yml (schema/topics.schema.json)."""
    topics: list[Topic] = []
    for entry in _checked_list(path, "topics.schema.json"):
        topic_id = entry["id"]
        topics.append(
            Topic(
                id=topic_id,
                label=entry["label"],
                description=entry.get("description") or "",
                terms=_strings(entry.get("terms")),
                weak_terms=_strings(entry.get("weak_terms")),
                min_weight=float(entry.get("min_weight", 2)),
                not_terms=_strings(entry.get("not_terms")),
            )
        )
    return topics


def load_actors(path: Path) -> list[Actor]:
    """Read taxonomy/actors.yml, the authority file (schema/actors.schema.json)."""
    if not path.exists():
        return []
    return [
        Actor(
            id=entry["id"],
            name=entry["name"],
            type=entry["type"],
            aliases=_strings(entry.get("aliases")),
            description=entry.get("description"),
            wikidata=entry.get("wikidata"),
        )
        for entry in _checked_list(path, "actors.schema.json")
    ]


class SafePattern:
    """An editor's pattern compiled by RE2, which matches in time linear in the text (no backtracking).

    RE2 has no look-around and no back-references; a pattern that needs them is refused when
    the taxonomy is loaded. `pattern` and `flags` are kept for code that reads the pattern's text.
    """

    def __init__(self, pattern: str, flags: int = re.IGNORECASE) -> None:
        options = re2.Options()
        options.log_errors = False  # RE2 would print to stderr; the message goes in the error instead
        options.case_sensitive = not flags & re.IGNORECASE
        self.pattern, self.flags = pattern, flags
        self._compiled = re2.compile(pattern, options)
        self.search: Callable[..., Any] = self._compiled.search
        self.fullmatch: Callable[..., Any] = self._compiled.fullmatch
        self.match: Callable[..., Any] = self._compiled.match
        self.groupindex: dict[str, int] = dict(self._compiled.groupindex)  #: group name -> number (spans take numbers)

    def finditer(self, text: str) -> Iterator[Any]:
        return iter(self._compiled.finditer(text))

    def sub(self, repl: str | Callable[[Any], str], text: str) -> str:
        """`text` with every match replaced by `repl` (a string, or a function of the match)."""
        return str(self._compiled.sub(repl, text))

    def __reduce__(self) -> tuple[type[SafePattern], tuple[str, int]]:
        return SafePattern, (self.pattern, self.flags)  # ingest's workers get it by pickle


def safe_pattern(pattern: str, where: str | Callable[[], str], flags: int = re.IGNORECASE) -> SafePattern:
    """`pattern` compiled by RE2, or VocabularyError naming `where` (or what `where()` gives: asked only then)
    and what to change."""
    try:
        return SafePattern(pattern, flags)
    except re2.error as err:
        reason = err.args[0].decode("utf-8", "replace") if err.args and isinstance(err.args[0], bytes) else str(err)
        place = where if isinstance(where, str) else where()
        raise VocabularyError(
            f"{place}: pattern {pattern[:60]!r} is refused ({reason}); patterns run on RE2, which has no "
            "look-around or back-references: rewrite it without them"
        ) from None


@dataclass
class Vocabulary:
    """All of taxonomy/: topics, actors and the extraction rules."""

    root: Path
    topics: list[Topic]
    actors: list[Actor]
    rules: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def topic_ids(self) -> set[str]:
        return {t.id for t in self.topics}

    @cached_property
    def actors_by_id(self) -> dict[str, Actor]:
        return {a.id: a for a in self.actors}

    @cached_property
    def alias_index(self) -> dict[str, Actor]:
        """Lower-cased name or alias -> actor; case-sensitive aliases are kept apart."""
        index: dict[str, Actor] = {}
        for actor in self.actors:
            for alias in (actor.name, *actor.aliases):
                index.setdefault(alias.casefold(), actor)
        return index

    def words(self, key: str) -> frozenset[str]:
        """A rule word list, lower-cased, as a set (built once)."""
        cache = self.__dict__.setdefault("_word_cache", {})
        if key not in cache:
            cache[key] = self._words(key)
        return cache[key]

    def _words(self, key: str) -> frozenset[str]:
        # The rules' schema has checked that a word list holds only strings.
        return frozenset(w.casefold() for w in self.rules.get(key, ()) if isinstance(w, str))

    def patterns(self, key: str) -> list[dict[str, Any]]:
        """A rule list of {reason, pattern, ...} with the pattern compiled (once)."""
        cache = self.__dict__.setdefault("_pattern_cache", {})
        if key not in cache:
            cache[key] = self._patterns(key)
        return cache[key]

    def _patterns(self, key: str) -> list[dict[str, Any]]:
        """Compiled when the vocabulary is loaded (`check_patterns`), so a bad one is reported there."""
        out = []
        for i, rule in enumerate(self.rules.get(key, ()), 1):
            compiled = dict(rule)
            pattern = rule["pattern"]
            where = partial(self._rule_place, (key, i - 1, "pattern"), f"{key}[{i}] ({rule.get('reason', '')})")
            if pattern.startswith(".*") and pattern.endswith(".*"):
                # "anywhere in the line": a search is the same, and faster.
                regex = safe_pattern(pattern[2:-2], where)
                compiled["match"] = regex.search
            else:
                regex = safe_pattern(pattern, where)
                compiled["match"] = regex.fullmatch
            compiled["regex"] = regex
            out.append(compiled)
        return out

    def pattern(self, *path: str) -> SafePattern | None:
        """A rule whose value is one pattern (`keyword_line`; `kind_rules`, `speaker_turn`), compiled by RE2,
        or None when not set. `path` is its place in the rules, one of PATTERN_PLACES."""
        found = self.pattern_list(*path)
        return found[0] if found else None

    def pattern_list(self, *path: str) -> tuple[SafePattern, ...]:
        """The patterns at `path` in the rules (a place in PATTERN_PLACES; a list's "*" left off), each compiled
        by RE2 once, matching case as PATTERN_PLACES says; () when the rules do not set it."""
        cache = self.__dict__.setdefault("_pattern_place_cache", {})
        if path not in cache:
            value: Any = self.rules
            for step in path:
                value = value.get(step) if isinstance(value, dict) else None
            items = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
            case = pattern_case((*path, "*") if isinstance(value, list) else path)
            if case is None and value is None:  # not set: a list's place or a single pattern's, either will do
                case = pattern_case((*path, "*")) if pattern_case(path) is None else pattern_case(path)
            if case is None:
                raise KeyError(f"{'.'.join(path)} is not a pattern's place (vocab.PATTERN_PLACES)")
            flags = 0 if case else re.IGNORECASE
            name = ".".join(path)
            cache[path] = tuple(
                safe_pattern(
                    str(p),
                    partial(self._rule_place, (*path, i - 1), f"{name}[{i}]")
                    if isinstance(value, list)
                    else partial(self._rule_place, path, name),
                    flags,
                )
                for i, p in enumerate(items, 1)
            )
        return cache[path]  # type: ignore[no-any-return]

    def _rule_place(self, path: tuple[str | int, ...], name: str) -> str:
        """A rule as an error message names it: "<rules file>:<line>: name", the line of the value at `path`.

        The rules files were merged when loaded, so the file that defines `path[0]` is found by reading them
        again: only for a message, when a pattern is refused.
        """
        base = self.root / "taxonomy" / "rules"
        for file in RULE_FILES:
            try:
                node, data = _compose(base / file)
            except VocabularyError:
                continue  # reported on its own when loaded
            if isinstance(data, dict) and path[0] in data:
                line = safe_yaml.node_line(node, path)
                return f"{base / file}{f':{line}' if line else ''}: {name}"
        return f"taxonomy/rules: {name}"

    def check_patterns(self) -> None:
        """Compile every pattern of the rules now; VocabularyError listing every one RE2 refuses."""
        problems: list[str] = []
        for key, value in self.rules.items():
            if isinstance(value, list) and any(isinstance(r, dict) and "pattern" in r for r in value):
                try:
                    self.patterns(key)
                except VocabularyError as err:
                    problems += err.problems
        for place in PATTERN_PLACES:
            for path in _expand(self.rules, place):
                try:
                    self.pattern_list(*path)
                except VocabularyError as err:
                    problems += err.problems
        if problems:
            raise VocabularyError(problems)


#: Where the rules hold regular expressions besides the {reason, pattern} lists (`Vocabulary.patterns`):
#: each place as keys from the top of the rules ("*": every key of a mapping or item of a list), and
#: whether its patterns match case as written (True) or ignore it (False).
PATTERN_PLACES: dict[tuple[str, ...], bool] = {
    ("keyword_line",): False,
    ("source_url",): False,
    ("wire_field",): True,
    ("archive_field",): True,  # a database prints its fields' names as it always does ("HEADLINE:", "Byline:")
    ("factiva_field",): True,  # field names are capitals: a sentence holding "=" is no field
    ("archive_line",): False,
    ("wire_version",): True,  # a wire prints its version mark in capitals ("UPDATE 2-")
    ("about_line",): True,  # the publisher's name opens it with a capital
    ("caption_credits", "*"): False,
    ("caption_cues", "*"): False,
    ("credit_labels", "*"): False,
    ("weak_credit_labels", "*"): False,
    ("byline_affiliations", "*"): True,  # a byline's outlet is a capitalised name
    ("kind_rules", "labels", "*", "*"): False,
    ("kind_rules", "issuers", "*"): False,
    ("kind_rules", "author_notes", "*"): False,
    ("kind_rules", "speaker_turn"): True,  # a transcript's speakers are labelled in capitals
}


def pattern_case(path: tuple[str, ...]) -> bool | None:
    """Whether the patterns at `path` match case as written; None when `path` is no place in PATTERN_PLACES."""
    for place, case in PATTERN_PLACES.items():
        if len(place) == len(path) and all(p in ("*", step) for p, step in zip(place, path, strict=True)):
            return case
    return None


def _expand(value: Any, place: tuple[str, ...], path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The concrete paths the rules (`value`) hold at `place`; a list's closing "*" is left to `pattern_list`."""
    if not place or place == ("*",):
        yield path
        return
    if isinstance(value, dict):
        step, rest = place[0], place[1:]
        for key in value if step == "*" else [step] if step in value else []:
            yield from _expand(value[key], rest, (*path, str(key)))


RULE_FILES = (
    "furniture.yml",
    "names.yml",
    "places.yml",
    "given_names.yml",
    "topic_rules.yml",
    "boilerplate.yml",
    "page.yml",
    "kind.yml",
)


def load_rules(base: Path) -> dict[str, Any]:
    """Every rules file under `base` (taxonomy/rules), validated; VocabularyError listing every problem."""
    rules: dict[str, Any] = {}
    problems: list[str] = []
    for name in RULE_FILES:
        path = base / name
        if not path.exists():
            continue
        node, data = _compose(path)
        if not isinstance(data, dict):
            problems.append(f"{path}: expected a mapping of rule names to lists; see the comments at its top")
            continue
        found = schema_problems(path, node, data, "rules.schema.json")
        problems += found
        if not found:
            rules.update(data)
    if problems:
        raise VocabularyError(problems)
    return rules


def load_vocabulary(root: Path) -> Vocabulary:
    """Load taxonomy/ under the project folder `root`: every file checked, every problem reported at once."""
    base = root / "taxonomy"
    if not (base / "topics.yml").is_file():
        raise VocabularyError(
            f"{base / 'topics.yml'}: not found; run briefing in the project folder (the one with mkdocs.yml)"
        )
    problems: list[str] = []
    parts: dict[str, Any] = {}
    for name, load in (
        ("topics", lambda: load_topics(base / "topics.yml")),
        ("actors", lambda: load_actors(base / "actors.yml")),
        ("rules", lambda: load_rules(base / "rules")),
    ):
        try:
            parts[name] = load()
        except VocabularyError as err:
            problems += err.problems
    if problems:
        raise VocabularyError(problems)
    vocab = Vocabulary(root=root, topics=parts["topics"], actors=parts["actors"], rules=parts["rules"])
    vocab.check_patterns()
    return vocab

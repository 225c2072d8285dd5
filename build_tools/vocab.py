"""The editors' data: topics, actors and extraction rules, loaded and checked once.

Everything a rule-based extractor needs to know about the world lives in YAML
under `taxonomy/`; this module reads it into plain typed records and reports a
broken file as `VocabularyError` naming the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from .slugs import slugify

try:  # The C loader is several times faster; fall back where libyaml is missing.
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader  # type: ignore[assignment]


class VocabularyError(Exception):
    """A taxonomy file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Topic:
    """One entry of taxonomy/topics.yml."""

    id: str
    label: str
    description: str
    terms: tuple[str, ...] = ()
    weak_terms: tuple[str, ...] = ()
    min_weight: float = 2.0


@dataclass(frozen=True)
class Actor:
    """One entry of the authority file taxonomy/actors.yml."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    description: str | None = None
    wikidata: str | None = None


def load_yaml(path: Path) -> Any:
    """Parse one YAML file, raising VocabularyError with file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise VocabularyError(f"{path}: cannot be read ({err})") from None
    try:
        return yaml.load(text, Loader=SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err)
        raise VocabularyError(f"{path}{where}: invalid YAML ({problem}); fix the syntax") from None


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise VocabularyError(f"{where}: expected a list of strings")
    return tuple(value)


def load_topics(path: Path) -> list[Topic]:
    """Read taxonomy/topics.yml."""
    data = load_yaml(path)
    if not isinstance(data, list):
        raise VocabularyError(f"{path}: expected a list of topics")
    topics: list[Topic] = []
    seen: set[str] = set()
    for i, entry in enumerate(data, 1):
        where = f"{path}: topic {i}"
        if not isinstance(entry, dict) or not {"id", "label"} <= entry.keys():
            raise VocabularyError(f"{where}: needs at least id and label")
        topic_id = str(entry["id"])
        if topic_id != slugify(topic_id) or topic_id in seen:
            raise VocabularyError(f"{where}: id {topic_id!r} must be a unique lower-case slug")
        seen.add(topic_id)
        topics.append(
            Topic(
                id=topic_id,
                label=str(entry["label"]),
                description=str(entry.get("description") or ""),
                terms=_strings(entry.get("terms"), where),
                weak_terms=_strings(entry.get("weak_terms"), where),
                min_weight=float(entry.get("min_weight", 2)),
            )
        )
    return topics


def load_actors(path: Path) -> list[Actor]:
    """Read taxonomy/actors.yml, the authority file."""
    data = load_yaml(path) if path.exists() else []
    if not isinstance(data, list):
        raise VocabularyError(f"{path}: expected a list of actors")
    actors: list[Actor] = []
    seen: set[str] = set()
    for i, entry in enumerate(data, 1):
        where = f"{path}: actor {i}"
        if not isinstance(entry, dict) or not {"id", "name", "type"} <= entry.keys():
            raise VocabularyError(f"{where}: needs id, name and type")
        actor_id = str(entry["id"])
        if actor_id != slugify(actor_id) or actor_id in seen:
            raise VocabularyError(f"{where}: id {actor_id!r} must be a unique lower-case slug")
        if entry["type"] not in ("person", "organization", "country"):
            raise VocabularyError(f"{where}: type must be person, organization or country")
        seen.add(actor_id)
        actors.append(
            Actor(
                id=actor_id,
                name=str(entry["name"]),
                type=str(entry["type"]),
                aliases=_strings(entry.get("aliases"), where),
                description=entry.get("description"),
                wikidata=entry.get("wikidata"),
            )
        )
    return actors


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
        values = self.rules.get(key, ())
        bad = [w for w in values if not isinstance(w, str)]
        if bad:
            # YAML reads a bare no/on/yes as a boolean: say so instead of guessing.
            raise VocabularyError(f"taxonomy/rules: {key} holds {bad!r}; quote such words")
        return frozenset(w.casefold() for w in values)

    def patterns(self, key: str) -> list[dict[str, Any]]:
        """A rule list of {reason, pattern, ...} with the pattern compiled (once)."""
        cache = self.__dict__.setdefault("_pattern_cache", {})
        if key not in cache:
            cache[key] = self._patterns(key)
        return cache[key]

    def _patterns(self, key: str) -> list[dict[str, Any]]:
        out = []
        for rule in self.rules.get(key, ()):
            compiled = dict(rule)
            pattern = str(rule["pattern"])
            try:
                if pattern.startswith(".*") and pattern.endswith(".*"):
                    # "anywhere in the line": a search is the same and avoids backtracking.
                    regex = re.compile(pattern[2:-2], re.IGNORECASE)
                    compiled["match"] = regex.search
                else:
                    regex = re.compile(pattern, re.IGNORECASE)
                    compiled["match"] = regex.fullmatch
            except re.error as err:
                raise VocabularyError(f"taxonomy/rules: {key}: bad pattern {pattern!r} ({err})") from None
            compiled["regex"] = regex
            out.append(compiled)
        return out


RULE_FILES = ("furniture.yml", "names.yml", "places.yml", "boilerplate.yml", "page.yml", "kind.yml")


def load_vocabulary(root: Path) -> Vocabulary:
    """Load taxonomy/ under the project folder `root`."""
    base = root / "taxonomy"
    if not (base / "topics.yml").is_file():
        raise VocabularyError(
            f"{base / 'topics.yml'}: not found; run briefing in the project folder (the one with mkdocs.yml)"
        )
    rules: dict[str, Any] = {}
    for name in RULE_FILES:
        path = base / "rules" / name
        if path.exists():
            data = load_yaml(path)
            if not isinstance(data, dict):
                raise VocabularyError(f"{path}: expected a mapping of rule lists")
            rules.update(data)
    return Vocabulary(
        root=root,
        topics=load_topics(base / "topics.yml"),
        actors=load_actors(base / "actors.yml"),
        rules=rules,
    )

"""YAML from files anyone can change by pull request (briefs, the taxonomy), read with bounded work.

PyYAML's safe loader still expands aliases (an "alias bomb" of nested aliases
takes minutes to walk), recurses once per nesting level (a list nested 10,000
deep ends in RecursionError), and accepts any standard tag. Neither a brief
nor a vocabulary needs anchors, aliases, explicit tags or deep nesting, so
this loader refuses them with a message that names the line, before PyYAML
builds anything: the event stream it checks first is produced iteratively,
without recursion, in time proportional to the text.
"""

from __future__ import annotations

from typing import Any

import yaml

try:  # The C parser is several times faster; the checks below read its events the same way.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 12  #: nested mappings and lists; a brief needs 3, the taxonomy 3
# The implicit tags YAML gives plain scalars; an explicit tag in the text is refused.
_IMPLICIT = (None, "!", "tag:yaml.org,2002:str")


class UnsafeYAML(ValueError):
    """YAML that uses a feature the archive refuses; `line` is 1-based within the parsed text."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


class _TextDatesLoader(_Loader):  # type: ignore[misc,valid-type]
    """A safe loader that leaves dates as text, so that "2023-02-30" is reported, not raised."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
}


def check_events(text: str) -> None:
    """Raise UnsafeYAML at the first anchor, alias, explicit tag or nesting deeper than MAX_DEPTH.

    yaml.YAMLError propagates for text that is not YAML at all.
    """
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        line = event.start_mark.line + 1 if event.start_mark is not None else 1
        if isinstance(event, yaml.AliasEvent):
            raise UnsafeYAML("an alias (*name) is not allowed here; write the value out in full", line)
        if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
            raise UnsafeYAML("an anchor (&name) is not allowed here; write each value out in full", line)
        tag = getattr(event, "tag", None)
        if isinstance(event, yaml.ScalarEvent) and tag not in _IMPLICIT:
            raise UnsafeYAML(f"the tag {tag!r} is not allowed here; write a plain value", line)
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if not event.implicit:
                raise UnsafeYAML(f"the tag {tag!r} is not allowed here; write a plain list or mapping", line)
            depth += 1
            if depth > MAX_DEPTH:
                raise UnsafeYAML(f"nested more than {MAX_DEPTH} levels deep; flatten it", line)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1


def load(text: str, dates_as_text: bool = True) -> Any:
    """The value of one YAML document, after `check_events`; UnsafeYAML or yaml.YAMLError otherwise."""
    check_events(text)
    loader = _TextDatesLoader if dates_as_text else _Loader
    return yaml.load(text, Loader=loader)


def compose(text: str) -> tuple[yaml.Node | None, Any]:
    """The node tree (for line numbers) and the value of one document, after `check_events`."""
    check_events(text)
    loader = _TextDatesLoader(text)
    try:
        node = loader.get_single_node()
        value = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, value


def error_line(err: yaml.YAMLError) -> int | None:
    """The 1-based line a PyYAML error points at, when it points anywhere."""
    mark = getattr(err, "problem_mark", None)
    return mark.line + 1 if mark is not None else None


def node_line(node: yaml.Node | None, path: tuple[str | int, ...] | list[str | int]) -> int | None:
    """The 1-based line, within the parsed text, of the value at `path` in a composed document."""
    target = node
    for key in path:
        target = child(target, key)
        if target is None:
            return None
    return target.start_mark.line + 1 if target is not None else None


def child(node: yaml.Node | None, key: str | int) -> yaml.Node | None:
    """The value under `key` (a mapping's key or a list's index) of a composed node, or None."""
    if isinstance(node, yaml.MappingNode) and isinstance(key, str):
        for k, v in node.value:
            if k.value == key:
                # A null value has no useful mark of its own; the key's line is the one to show.
                return k if v.tag.endswith(":null") and not v.value else v
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        child: yaml.Node = node.value[key]
        return child
    return None

"""Actors the briefs name that the authority file does not know yet, for editors."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .briefs import BriefError, read_brief


@dataclass
class Candidate:
    """An unreviewed actor and where it appears."""

    id: str
    name: str
    type: str
    count: int = 0
    roles: list[str] = field(default_factory=list)
    briefs: list[str] = field(default_factory=list)


def unreviewed_actors(briefs_dir: Path) -> list[Candidate]:
    """Unreviewed actors across all briefs, most frequent first."""
    found: dict[str, Candidate] = {}
    for path in sorted(briefs_dir.glob("*.md")):
        try:
            brief = read_brief(path)
        except BriefError:
            continue  # `briefing check` reports broken briefs
        for actor in brief.actors:
            if not actor.unreviewed:
                continue
            row = found.setdefault(actor.id, Candidate(actor.id, actor.name, actor.type))
            row.count += 1
            row.briefs.append(path.name)
            if actor.role and actor.role not in row.roles:
                row.roles.append(actor.role)
    return sorted(found.values(), key=lambda c: (-c.count, c.id))

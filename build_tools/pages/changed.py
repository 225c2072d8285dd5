"""When each brief file last changed: its last commit's time in git, else the file's modification time.

Feeds need an `updated` time for every entry; an undated brief has no date of its own, and 1970 would be a
lie. One `git log` over docs/briefs/ gives every brief's last commit at once.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

from ..forks import tied_to_this_process


def last_changed(briefs_dir: Path, stems: list[str]) -> dict[str, str]:
    """Brief stem -> when its file last changed, as an Atom time ("2024-05-01T10:00:00Z")."""
    found = _from_git(briefs_dir)
    for stem in stems:
        if stem not in found:
            try:
                seconds = os.stat(briefs_dir / f"{stem}.md").st_mtime
            except OSError:
                continue
            found[stem] = _atom(dt.datetime.fromtimestamp(seconds, dt.timezone.utc))
    return found


def _atom(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _from_git(briefs_dir: Path) -> dict[str, str]:
    """Each brief's last commit time, newest commit first; {} outside a git checkout."""
    try:
        result = subprocess.run(
            ["git", "log", "--format=@%cI", "--name-only", "--no-renames", "--", "."],
            cwd=briefs_dir,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            preexec_fn=tied_to_this_process(),
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    if result.returncode != 0:
        return {}
    found: dict[str, str] = {}
    when = ""
    for line in result.stdout.splitlines():
        if line.startswith("@"):
            when = _atom(dt.datetime.fromisoformat(line[1:]))
        elif line.endswith(".md"):
            found.setdefault(Path(line).stem, when)  # the first (newest) commit naming the file
    return found

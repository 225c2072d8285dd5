"""Shortcuts that make the build faster, all here, behind one switch.

`briefing build` uses them unless BRIEFING_PLAIN=1 is set (or `--plain` is given), in which case it runs
MkDocs' own `build()`, the reference: tests/test_speed.py holds the two to the same bytes. Each shortcut's
gain is measured in benchmarks/README.md; one that buys less than 5 % is not kept.

- parallel.py: pages rendered in forked worker processes (MkDocs renders one after another).
- render.py: cuts to the cost of rendering one page (Python-Markdown's inline step, one Markdown
  instance per process, Material's navigation rendered once for pages outside the nav).
- incremental.py, inputs.py: only the pages whose inputs changed are rendered again; a build with nothing
  changed does nothing.
- check_memo.py, archive_memo.py, related_memo.py, page_memo.py ("memo"): what the last build found of
  each unchanged brief (its check findings, its record, the related briefs) and of each topic and actor
  whose briefs are unchanged (its pages) is taken from build/ rather than worked out again.
- warm.py: the preview keeps its site in memory and shows an edited brief from there at once.
- "gc": the garbage collector runs less often (`tune_collector`).

Both read MkDocs' and Python-Markdown's private internals, which is why they live here.
"""

from __future__ import annotations

import gc
import os

SWITCH = "BRIEFING_PLAIN"  #: set to 1 to build with MkDocs' own build(), no shortcut
#: each shortcut by name; BRIEFING_SPEED_OFF="a,b" turns some off (how benchmarks/bench_speed.py measures each)
SHORTCUTS = ("parallel", "inline", "markdown", "partials", "cache", "memo", "gc")
OFF = "BRIEFING_SPEED_OFF"


def enabled() -> bool:
    """True unless the environment asks for the plain build."""
    return os.environ.get(SWITCH, "") not in ("1", "true", "yes")


def active(name: str) -> bool:
    """True when the shortcut `name` (one of SHORTCUTS) is to be used in this build."""
    return enabled() and name not in os.environ.get(OFF, "").split(",")


#: the cyclic garbage collector's thresholds while a command runs. A build makes millions of objects that live
#: until it ends (the archive, MkDocs' pages); at Python's default (a collection every 700 new objects, a
#: deeper one every 10 of those) it walks them again and again: some 0.6 s of a 7 s build of 10,000 briefs.
COLLECTOR_THRESHOLDS = (50_000, 20, 100)


def tune_collector() -> None:
    """Have the garbage collector run less often (unless the "gc" shortcut is off)."""
    if active("gc"):
        gc.set_threshold(*COLLECTOR_THRESHOLDS)

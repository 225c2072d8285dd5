"""Whole outputs: each seed's brief must match its reviewed golden file byte for byte.

After an intended change, run `python tests/update_golden.py` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.ingest import ingest

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory, root: Path) -> Path:
    out = tmp_path_factory.mktemp("briefs")
    report = ingest([root / "seeds"], out, root, workers=1)
    assert report.ok
    return out


def test_every_seed_has_a_golden_brief(fresh: Path) -> None:
    made = sorted(p.name for p in fresh.iterdir() if not p.name.startswith("."))  # not the near-duplicate cache
    assert made == sorted(p.name for p in GOLDEN.iterdir())
    assert len(list(GOLDEN.glob("*.md"))) == 5


@pytest.mark.parametrize("name", sorted(p.name for p in GOLDEN.iterdir()))
def test_brief_matches_golden(fresh: Path, name: str) -> None:
    assert (fresh / name).read_text(encoding="utf-8") == (GOLDEN / name).read_text(encoding="utf-8")


def test_committed_briefs_match_golden(root: Path) -> None:
    """docs/briefs holds the seeds' briefs as ingest makes them (editors' corrections aside)."""
    for golden in GOLDEN.glob("*.md"):
        committed = root / "docs" / "briefs" / golden.name
        assert committed.exists(), f"{committed} missing: run `briefing ingest`"

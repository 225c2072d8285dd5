"""Regenerate the golden briefs: `python tests/update_golden.py`, then review the diff like code."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_tools.ingest import ingest  # noqa: E402


def main() -> None:
    golden = ROOT / "tests" / "golden"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        ingest([ROOT / "seeds"], out, ROOT, workers=1)
        for old in golden.glob("*"):
            old.unlink()
        for path in sorted(p for p in out.iterdir() if not p.name.startswith(".")):  # not the cache
            shutil.copy(path, golden / path.name)
            print(f"wrote tests/golden/{path.name}")


if __name__ == "__main__":
    main()

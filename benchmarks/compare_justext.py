"""The boilerplate classifier against jusText's: briefs from both, and the time each takes.

Usage: python benchmarks/compare_justext.py ARTICLES_DIR OUT_DIR

Needs the `justext` package (BSD; `pip install justext==3.0.2 lxml_html_clean`), which the
project does not depend on: this script exists to measure it. It ingests ARTICLES_DIR twice,
into OUT_DIR/own (build_tools/extract/boilerplate.py) and OUT_DIR/justext (each paragraph
judged and revised by jusText, with its English stop-list and default thresholds, fed one
<p> per paragraph), and prints the CPU time of each run. Score the two folders with the
evaluation's scorer to compare their furniture, titles, dates and summaries.
"""

from __future__ import annotations

import html
import sys
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_tools.clean import Unit  # noqa: E402
from build_tools.extract import boilerplate, header  # noqa: E402
from build_tools.ingest import ingest  # noqa: E402
from build_tools.vocab import Vocabulary, load_vocabulary  # noqa: E402


def justext_classify(units: list[Unit], vocab: Vocabulary) -> list[str]:
    """`boilerplate.classify` done by jusText: its context-free classes and its revised ones."""
    import justext  # the comparison's own dependency, not the project's

    stoplist = justext.get_stoplist("English")
    page = "<html><body>" + "".join(f"<p>{html.escape(u.text)}</p>" for u in units) + "</body></html>"
    paragraphs = justext.justext(page.encode("utf-8"), stoplist, encoding="utf-8") if units else []
    if len(paragraphs) != len(units):  # jusText drops empty blocks; keep ours where it did
        return boilerplate.classify(units, vocab)
    first = []
    for unit, paragraph in zip(units, paragraphs, strict=True):
        unit.bad_reason = ""
        unit.label = boilerplate.GOOD if paragraph.class_type == "good" else boilerplate.BAD
        first.append(paragraph.cf_class if paragraph.cf_class in ("good", "neargood", "short", "bad") else "bad")
    return first


def run(articles: Path, out: Path, vocab: Vocabulary) -> float:
    start = time.process_time()
    ingest([articles], out, out, vocab=vocab, workers=1)
    return time.process_time() - start


def main() -> None:
    articles, out = Path(sys.argv[1]), Path(sys.argv[2])
    vocab = load_vocabulary(ROOT)
    own = run(articles, out / "own", vocab)
    with mock.patch.object(header, "classify", justext_classify):
        theirs = run(articles, out / "justext", vocab)
    count = sum(1 for _ in articles.glob("*.txt"))
    print(f"{count} articles: own classifier {own:.2f} s CPU, jusText {theirs:.2f} s CPU")


if __name__ == "__main__":
    main()

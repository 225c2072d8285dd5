"""Near-duplicate detection speed on synthetic archives.

Usage: python benchmarks/bench_near_duplicates.py [N] [WORDS]   (default 10000 texts of 600 words)

Two corpora, each with one planted near-duplicate (a copy with every
twentieth word changed) per hundred texts:
- "zipf": words drawn from a 20,000-word vocabulary with a Zipf-like spread;
- "seed sentences": texts assembled from the seeds' sentences, so unrelated
  texts share many phrases (the hard case for the blocking step).
Prints the time, the pairs found and how many planted pairs were found.

In the second corpus every shingle is shared by hundreds of texts, so the
blocking step treats them all as boilerplate (see `MAX_SHARED`): it stays
fast and finds only the planted pairs whose edits left some rare shingles.
That is the intended trade: a phrase found in over 1% of an archive says
nothing about two texts telling one story.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_tools.near_duplicates import find_near_duplicates  # noqa: E402


def zipf_texts(n: int, words: int, rng: random.Random) -> list[str]:
    """Texts of `words` words from a Zipf-like vocabulary."""
    vocabulary = [f"w{i}" for i in range(20_000)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    return [" ".join(rng.choices(vocabulary, weights, k=words)) for _ in range(n)]


def sentence_texts(n: int, words: int, rng: random.Random) -> list[str]:
    """Texts of about `words` words made of the seeds' sentences in random order."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 4]
    out = []
    for _ in range(n):
        picked: list[str] = []
        while sum(len(s.split()) for s in picked) < words:
            picked.append(rng.choice(sentences))
        out.append(" ".join(picked))
    return out


def plant(texts: list[str], rng: random.Random) -> set[tuple[str, str]]:
    """Replace every hundredth text by a lightly edited copy of its neighbour."""
    planted = set()
    for i in range(0, len(texts) - 1, 100):
        words = texts[i].split()
        for j in range(0, len(words), 20):
            words[j] = f"edit{rng.randrange(1000)}"
        texts[i + 1] = " ".join(words)
        planted.add((f"{i:06d}", f"{i + 1:06d}"))
    return planted


def run(name: str, texts: list[str], planted: set[tuple[str, str]]) -> None:
    keyed = {f"{i:06d}": t for i, t in enumerate(texts)}
    start = time.perf_counter()
    pairs = find_near_duplicates(keyed)
    elapsed = time.perf_counter() - start
    found = {(a, b) for a, b, _ in pairs}
    print(
        f"{name:<15} {len(texts)} texts: {elapsed:.2f} s, {len(pairs)} pairs, "
        f"{len(planted & found)}/{len(planted)} planted found"
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    words = int(sys.argv[2]) if len(sys.argv) > 2 else 600
    for name, make in (("zipf", zipf_texts), ("seed sentences", sentence_texts)):
        rng = random.Random(5)
        texts = make(n, words, rng)
        planted = plant(texts, rng)
        run(name, texts, planted)


if __name__ == "__main__":
    main()

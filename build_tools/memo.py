"""A memo for functions of one string that are asked about the same strings again and again.

The extractors look words and chunks of text up thousands of times per
article; `functools.lru_cache` spends more on its bookkeeping than a dict
lookup costs. `Memo` is a dict that computes a missing value on first use
(a hit is a plain dict lookup, in C, also through `map`); when full it is
emptied whole, which keeps memory bounded and costs only the recomputation
of what is still in use. A key longer than `longest` characters is computed
every time and never kept: a words' cache has no use for a 100,000-character
run of text, and 65,536 of them would hold gigabytes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

V = TypeVar("V")


class Memo(dict[str, V]):
    """`memo[key]` is `compute(key)`, computed once while the memo holds it."""

    def __init__(self, compute: Callable[[str], V], limit: int = 1 << 16, longest: int = 64) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit
        self.longest = longest

    def __missing__(self, key: str) -> V:
        if len(key) > self.longest:
            return self.compute(key)
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.compute(key)
        return value

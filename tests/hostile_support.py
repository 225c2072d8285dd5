"""Helpers for the hostile-input tests: throwaway projects, the CLI, and an HTML audit.

Not a test module; imported by test_hostile.py, test_encodings.py,
test_crash_safety.py and test_properties.py.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import yaml

ROOT = Path(__file__).resolve().parent.parent
MKDOCS_BUILTIN_EXTENSIONS = ["toc", "tables", "fenced_code"]  # MkDocs always loads these
# Extensions that would let text add attributes or raw HTML; the escaping must hold even with them.
RISKY_EXTENSIONS = ["attr_list", "md_in_html"]


def make_project(tmp: Path) -> Path:
    """A project folder holding only what the CLI reads (taxonomy/, mkdocs.yml); no seeds."""
    project = tmp / "project"
    project.mkdir(parents=True)
    shutil.copytree(ROOT / "taxonomy", project / "taxonomy")
    if (ROOT / "mkdocs.yml").exists():
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    return project


def run_cli(
    cwd: Path, *args: str, timeout: float = 300, preexec_fn: Callable[[], Any] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m build_tools ARGS` in `cwd`, output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "build_tools", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=preexec_fn,
    )


def output(result: subprocess.CompletedProcess[str]) -> str:
    """Everything a user saw."""
    return result.stdout + result.stderr


def article(headline: str, *paragraphs: str) -> str:
    """A plausible raw article: headline, dateline lede, then the given paragraphs."""
    lede = (
        "ISLAMABAD: Pakistan and the United States agreed on Monday to widen cooperation on trade "
        "and counter-terrorism, officials of both governments said after talks in the capital."
    )
    closing = "The two delegations will meet again in Washington next year, the foreign office said."
    return "\n\n".join([headline, lede, *paragraphs, closing]) + "\n"


def mkdocs_extensions() -> tuple[list[Any], dict[str, Any]]:
    """The Markdown extensions and their configs as MkDocs would load them from mkdocs.yml."""
    extensions: list[Any] = list(MKDOCS_BUILTIN_EXTENSIONS)
    configs: dict[str, Any] = {}
    path = ROOT / "mkdocs.yml"
    if path.exists():

        class Loader(yaml.SafeLoader):
            """Reads mkdocs.yml's !ENV and !!python tags as plain values."""

        Loader.add_multi_constructor("", lambda loader, suffix, node: None)
        config = yaml.load(path.read_text(encoding="utf-8"), Loader=Loader) or {}
        for item in config.get("markdown_extensions") or []:
            name, options = next(iter(item.items())) if isinstance(item, dict) else (item, None)
            if name not in extensions:
                extensions.append(name)
            if options:
                configs[name] = options
    return extensions, configs


def render_markdown(text: str, risky: bool = False) -> str:
    """A brief's Markdown body as HTML, the way MkDocs renders it (optionally with risky extensions)."""
    extensions, configs = mkdocs_extensions()
    if risky:
        extensions += [e for e in RISKY_EXTENSIONS if e not in extensions]
    return markdown.Markdown(extensions=extensions, extension_configs=configs).convert(text)


class Audit(HTMLParser):
    """Every element, attribute and the visible text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    @property
    def text(self) -> str:
        """Visible text with runs of whitespace made one space."""
        return " ".join("".join(self.chunks).split())


def audit(fragment: str) -> Audit:
    parser = Audit()
    parser.feed(fragment)
    parser.close()
    return parser


def live_code(found: Audit) -> list[str]:
    """Anything in the audited HTML that could run script or fetch from article text."""
    problems = []
    for tag, attrs in found.tags:
        if tag in ("script", "iframe", "object", "embed", "img", "svg", "style", "form", "input"):
            problems.append(f"<{tag}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                problems.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action") and re.match(r"\s*(javascript|data|vbscript):", value or "", re.I):
                problems.append(f"<{tag} {name}={value!r}>")
    return problems


def squash(text: str) -> str:
    """Text with whitespace runs made one space (reflow may join lines)."""
    return " ".join(text.split())

"""The `briefing` command: a thin shell over the library, one function per command.

Run it in the project folder (the one holding mkdocs.yml), like `mkdocs`.
Every failure a user can cause is one line on stderr and a non-zero exit;
no traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from . import speed
from .briefs import BriefError
from .files import UnsafePathError
from .vocab import VocabularyError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def cmd_ingest(args: argparse.Namespace) -> int:
    """Turn raw articles into briefs.

    Example: briefing ingest seeds/new-article.txt
    """
    from .files import ProjectLock, inside, refuse_links, remove_stale_temps
    from .ingest import ingest

    root = Path.cwd()
    paths = [Path(p) for p in args.paths] or [root / "seeds"]
    missing = [p for p in paths if not os.path.lexists(p)]
    for path in missing:
        print(f"rejected  {path}: no such file or folder; check the path", file=sys.stderr)
    out = Path(args.out)
    with ProjectLock(root, "ingest", say=lambda line: print(line, file=sys.stderr)):
        if inside(root, out.parent if not out.exists() else out):
            refuse_links(root, [os.path.relpath(os.path.abspath(out), os.path.abspath(root))])
        elif out.is_symlink():
            raise UnsafePathError(f"{out} is a symbolic link; give the folder itself as --out")
        remove_stale_temps(out)
        report = ingest([p for p in paths if p not in missing], out, root, workers=args.jobs, force=args.force)
    for outcome in report.outcomes:
        if outcome.status == "rejected":
            print(f"rejected  {outcome.source}: {outcome.message}", file=sys.stderr)
            continue
        if outcome.status == "unchanged" and not args.verbose:
            continue
        note = f" ({outcome.message})" if outcome.message else ""
        target = f"{args.out.rstrip('/')}/{outcome.brief}" if outcome.brief else ""
        print(f"{outcome.status:<9} {target} <- {outcome.source}{note}")
    counts = ", ".join(f"{report.count(s)} {s}" for s in ("created", "updated", "unchanged", "duplicate", "rejected"))
    print(f"ingest: {counts}")
    return EXIT_OK if report.ok and not missing else EXIT_PROBLEMS


def cmd_actors(args: argparse.Namespace) -> int:
    """List actors the briefs name; with --unreviewed, those missing from taxonomy/actors.yml.

    Example: briefing actors --unreviewed
    """
    from .candidates import unreviewed_actors

    rows = unreviewed_actors(Path(args.briefs))
    if not args.unreviewed:
        print("use --unreviewed to list actors the authority file does not know yet")
        return EXIT_USAGE
    for row in rows:
        roles = "; ".join(row.roles[:3])
        print(f"{row.id}\t{row.type}\t{row.name}\t{row.count} brief(s)\t{roles}")
    print(f"{len(rows)} unreviewed actor(s); add them to taxonomy/actors.yml (see CONTRIBUTING.md)")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Check briefs against the schema, the vocabularies and their raw articles (all, or those named).

    Prints one line per problem (file:line: level: message) and a summary;
    exits 1 on any error (with --strict, on any warning too).

    Examples: briefing check
              briefing check docs/briefs/2025-06-01-my-brief.md --strict
    """
    from .check import check, count_briefs

    root = Path.cwd()
    paths = [Path(p) for p in args.paths] or None
    problems = check(root, paths)
    for problem in problems:
        print(problem)
    errors = sum(p.level == "error" for p in problems)
    warnings = len(problems) - errors
    count = count_briefs(root) if paths is None else sum(p.suffix == ".md" for p in paths)
    print(f"check: {count} brief(s), {errors} error(s), {warnings} warning(s)")
    return EXIT_PROBLEMS if errors or (args.strict and warnings) else EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    """Scaffold a hand-written brief (no raw article) in docs/briefs/.

    Example: briefing new "Pakistan and US sign a trade framework" --date 2025-06-01
    """
    from .scaffold import ScaffoldError, new_brief

    try:
        path = new_brief(Path.cwd(), args.title, args.date)
    except ScaffoldError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"created   {path.relative_to(Path.cwd()).as_posix()}")
    print("next: fill in its summary, actors, topics and text, then run `briefing check`")
    return EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    """Bring briefs up to date (ingest changed articles) and build the site: `mkdocs build --strict` with the
    archive's pages, then the search index. Only pages whose content changed are rendered again, and a
    build with nothing changed does nothing; the search index is made again by a full build (the first,
    or after a change every page shows: a template, mkdocs.yml, the taxonomy) or with --search.

    Example: briefing build --site-dir site/
    """
    from .build import build

    site = Path(args.site_dir) if args.site_dir else None
    return build(Path.cwd(), site, strict=not args.no_strict, search=args.search, full=args.full, offline=args.offline)


def cmd_serve(args: argparse.Namespace) -> int:
    """Build the site into build/preview/ and serve it; every edit to a brief, an article, the taxonomy, a
    template or mkdocs.yml rebuilds what it touches and reloads the page (search catches up in the background).

    Example: briefing serve --address 127.0.0.1:8000
    """
    from .serve import serve

    return serve(Path.cwd(), args.address)


def _command(
    sub: argparse._SubParsersAction, name: str, func: Callable[..., int], summary: str
) -> argparse.ArgumentParser:
    """A sub-command whose help is its function's docstring (with its example)."""
    p: argparse.ArgumentParser = sub.add_parser(
        name, help=summary, description=func.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.set_defaults(func=func)
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing", description="Build the Pakistan–US briefing archive from raw articles."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="say more")
    sub = parser.add_subparsers(dest="command", required=True)

    p = _command(sub, "ingest", cmd_ingest, "turn raw articles into briefs")
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: seeds/)")
    p.add_argument("--out", default="docs/briefs", metavar="DIR", help="where briefs go (default: docs/briefs)")
    p.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    p.add_argument("--force", action="store_true", help="re-extract unchanged articles too (corrections are kept)")

    p = _command(sub, "actors", cmd_actors, "list actors for editors")
    p.add_argument("--unreviewed", action="store_true", help="only actors missing from taxonomy/actors.yml")
    p.add_argument("--briefs", default="docs/briefs", metavar="DIR")

    p = _command(sub, "check", cmd_check, "validate briefs, vocabularies and raw articles")
    p.add_argument("paths", nargs="*", metavar="PATH", help="briefs or articles to check (default: all)")
    p.add_argument("--strict", action="store_true", help="fail on warnings too")

    p = _command(sub, "new", cmd_new, "scaffold a hand-written brief")
    p.add_argument("title", help="the brief's title")
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD", help="the date of the events (default: undated)")

    p = _command(sub, "build", cmd_build, "build the site into site/")
    p.add_argument("--site-dir", default=None, metavar="DIR", help="where the site goes (default: site/)")
    p.add_argument("--no-strict", action="store_true", help="let MkDocs warnings pass (never in CI)")
    p.add_argument("--search", action="store_true", help="bring the search index up to date (a full build always does)")
    p.add_argument("--full", action="store_true", help="render every page, not only those that changed")
    p.add_argument(
        "--offline", action="store_true", help="a copy to open from the file system (links name .html files)"
    )

    p = _command(sub, "serve", cmd_serve, "preview the site while editing")
    p.add_argument("--address", default="127.0.0.1:8000", metavar="HOST:PORT", help="where to serve")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "verbose", False):
        args.verbose = False
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s: %(message)s")
    speed.tune_collector()
    try:
        return int(args.func(args))
    except VocabularyError as err:
        for problem in err.problems:
            print(f"error: {problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    except (BriefError, UnsafePathError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as err:  # e.g. --out names a file, a folder is not writable, the disk is full
        print(f"error: {err.filename or ''}: {err.strerror or err}; check the path and permissions", file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        print("interrupted; briefs already written are complete, the rest untouched", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

"""Ingest as users rely on it: deterministic, idempotent, corrections kept, bad input reported."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from build_tools import archive as collect
from build_tools.briefs import read_brief, split
from build_tools.ingest import INDEX_CACHE, ingest

SEED = "004_3809a4414ea0acda.txt"


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "build_tools", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    # Briefs and their sidecars; the hidden near-duplicate cache holds file times by design.
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if not p.name.startswith(".")
    }


def test_same_input_gives_byte_identical_output(project: Path, tmp_path: Path) -> None:
    ingest([project / "seeds"], tmp_path / "a", project, workers=1)
    ingest([project / "seeds"], tmp_path / "b", project, workers=1)
    a, b = snapshot(tmp_path / "a"), snapshot(tmp_path / "b")
    assert {k: v[0] for k, v in a.items()} == {k: v[0] for k, v in b.items()}


def test_second_run_writes_nothing(project: Path) -> None:
    out = project / "docs" / "briefs"
    first = run_cli(project, "ingest")
    assert first.returncode == 0, first.stderr
    assert "5 created" in first.stdout
    before = snapshot(out)
    second = run_cli(project, "ingest")
    assert "0 created, 0 updated, 5 unchanged" in second.stdout
    forced = run_cli(project, "ingest", "--force")
    assert "0 created, 0 updated, 5 unchanged" in forced.stdout
    assert snapshot(out) == before  # same bytes and same modification times


def test_the_index_cache_is_current_after_a_run_and_never_trusted_blindly(project: Path) -> None:
    out = project / "docs" / "briefs"
    assert run_cli(project, "ingest").returncode == 0
    cache = out / INDEX_CACHE
    written = cache.stat().st_mtime_ns
    assert "5 unchanged" in run_cli(project, "ingest").stdout
    assert cache.stat().st_mtime_ns == written  # a run that changes nothing does not rewrite the cache either
    # An editor points a brief at another article: the changed file is read again, not taken from the cache.
    brief = next(p for p in sorted(out.glob("*.md")) if SEED not in p.read_text(encoding="utf-8"))
    text = brief.read_text(encoding="utf-8")
    moved = re.sub(r"^source_file: .*$", "source_file: seeds/elsewhere.txt", text, count=1, flags=re.MULTILINE)
    assert moved != text
    brief.write_text(moved, encoding="utf-8")
    assert "1 created" in run_cli(project, "ingest").stdout  # its article now has no brief, so it gets one
    cache.write_text("{not json", encoding="utf-8")  # a damaged cache is only a slower run
    assert "0 created, 0 updated, 5 unchanged" in run_cli(project, "ingest").stdout


def _brief_for(out: Path, seed: str) -> Path:
    for path in out.glob("*.md"):
        if read_brief(path).source_file == f"seeds/{seed}":
            return path
    raise AssertionError(f"no brief for {seed}")


def _edit(path: Path, **changes: object) -> None:
    meta, body, _ = split(path.read_text(encoding="utf-8"), path)
    meta.update(changes)
    path.write_text(f"---\n{yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)}---\n\n{body}", encoding="utf-8")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "Washington calls Pakistan's threats its own"),
        ("date", "2023-02-17"),
        ("summary", "An editor's own summary."),
        ("topics", ["bilateral-relations", "counter-terrorism"]),
        (
            "actors",
            [{"id": "ned-price", "name": "Ned Price", "type": "person", "role": "spokesperson", "unreviewed": True}],
        ),
    ],
)
def test_editors_correction_survives_reingest(project: Path, field: str, value: object) -> None:
    out = project / "docs" / "briefs"
    ingest([project / "seeds"], out, project, workers=1)
    path = _brief_for(out, SEED)
    _edit(path, **{field: value})
    edited = path.read_bytes()
    ingest([project / "seeds"], out, project, workers=1)
    assert path.read_bytes() == edited  # nothing changed upstream: the file is not touched
    ingest([project / "seeds"], out, project, workers=1, force=True)
    assert _value(read_brief(path), field) == _value_of(value, field)  # re-extraction kept the edit
    # The raw article changes: fields nobody edited are refreshed, the edited one stays.
    seed = project / "seeds" / SEED
    seed.write_text(seed.read_text(encoding="utf-8").replace("Ned Price", "Edward Price"), encoding="utf-8")
    report = ingest([project / "seeds"], out, project, workers=1)
    assert [o.status for o in report.outcomes if o.source.endswith(SEED)] == ["updated"]
    brief = read_brief(path)
    assert "Edward Price" in (brief.body or "")  # the article was refreshed from the new text
    if field == "actors":
        # The editor's list is kept item by item: their Ned Price stays, the actors they removed stay
        # removed, and the person the article now names is added.
        assert sorted(_value(brief, field)) == sorted([*_value_of(value, field), "Edward Price"])
    else:
        assert _value(brief, field) == _value_of(value, field)
        assert any(a.name == "Edward Price" for a in brief.actors)


def _value(brief: object, field: str) -> object:
    value = getattr(brief, field)
    return [a.name for a in value] if field == "actors" else value


def _value_of(value: object, field: str) -> object:
    return [a["name"] for a in value] if field == "actors" else value  # type: ignore[index,union-attr]


def test_the_briefs_ingest_hands_on_are_what_their_files_read_back_as(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build's pages step takes the briefs ingest wrote from memory (Report.briefs), not from the files."""
    from test_near_duplicates import OTHER_STORY, OUTLET_A, OUTLET_B

    out = project / "docs" / "briefs"
    for name, text in (("a.txt", OUTLET_A), ("b.txt", OUTLET_B), ("c.txt", OTHER_STORY)):
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    first = ingest([project / "seeds"], out, project, workers=1, keep_briefs=True)
    created = {o.brief for o in first.outcomes if o.status == "created"}
    linked = {p.name for p in out.glob("*.md") if read_brief(p).duplicates}
    assert len(created) == 8 and len(linked) == 2
    # The two briefs rewritten with their same-story links are left to be read from their files.
    assert set(first.briefs) == created - linked
    read = []
    monkeypatch.setattr(collect, "read_brief", lambda path: read.append(path.name) or read_brief(path))
    assert collect.read_briefs(out, known=first.briefs) == collect.read_briefs(out, known={})
    assert sorted(read) == sorted([*linked, *(p.name for p in out.glob("*.md"))])
    # An editor's correction merged into a changed article's fresh extraction.
    path = _brief_for(out, SEED)
    _edit(path, summary="An editor's own summary.")
    seed = project / "seeds" / SEED
    seed.write_text(seed.read_text(encoding="utf-8").replace("Ned Price", "Edward Price"), encoding="utf-8")
    second = ingest([project / "seeds"], out, project, workers=1, keep_briefs=True)
    assert list(second.briefs) == [path.name]
    assert second.briefs[path.name] == read_brief(path)
    assert second.briefs[path.name].summary == "An editor's own summary."
    # `briefing ingest` alone holds none of them.
    assert ingest([project / "seeds"], out, project, workers=1, force=True).briefs == {}


def test_bad_inputs_are_reported_and_the_rest_ingested(project: Path) -> None:
    bad = project / "seeds"
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blank.txt").write_bytes(b"  \n\t\n")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (bad / "latin.txt").write_bytes("Caf\xe9 talks\n\nThe minister met the envoy.".encode("latin-1"))
    (bad / "huge.txt").write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    result = run_cli(project, "ingest")
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    errors = result.stderr.strip().splitlines()
    assert sorted(line.split(":")[0] for line in errors) == [
        "rejected  seeds/binary.txt",
        "rejected  seeds/blank.txt",
        "rejected  seeds/empty.txt",
        "rejected  seeds/huge.txt",
    ]
    assert "6 created" in result.stdout  # five seeds and the Windows-1252 file (with a warning)
    assert "decoded as Windows-1252" in result.stdout
    assert not list((project / "docs" / "briefs").glob(".*.tmp"))


def test_same_article_twice_gives_one_brief(project: Path) -> None:
    (project / "seeds" / "copy.txt").write_bytes((project / "seeds" / SEED).read_bytes())
    result = run_cli(project, "ingest")
    assert "1 duplicate" in result.stdout and "5 created" in result.stdout
    assert "duplicate" in result.stdout and "copy.txt" in result.stdout


def test_unreviewed_actors_are_listed_for_editors(project: Path) -> None:
    run_cli(project, "ingest")
    result = run_cli(project, "actors", "--unreviewed")
    assert result.returncode == 0
    assert "tim-horgan\tperson\tTim Horgan\t1 brief(s)" in result.stdout
    assert "donald-trump" not in result.stdout  # reviewed: in the authority file

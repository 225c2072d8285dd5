"""Every regular expression in taxonomy/rules runs on RE2: found wherever it stands, refused by name when RE2
cannot run it, matching case as its place says; every rules file's keys are typed by schema/rules.schema.json."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from build_tools.vocab import (
    PATTERN_PLACES,
    RULE_FILES,
    SCHEMAS,
    SafePattern,
    Vocabulary,
    VocabularyError,
    load_vocabulary,
    pattern_case,
)

ROOT = Path(__file__).resolve().parent.parent


def project_with(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """A copy of the project's taxonomy with `old` replaced by `new` (once) in taxonomy/rules/`name`."""
    shutil.copytree(ROOT / "taxonomy", tmp_path / "taxonomy")
    path = tmp_path / "taxonomy" / "rules" / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{name} no longer holds {old!r}: update this test"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return tmp_path


def test_every_rules_file_is_registered() -> None:
    on_disk = {p.name for p in (ROOT / "taxonomy" / "rules").glob("*.yml")}
    assert on_disk == set(RULE_FILES)


def test_every_key_of_a_rules_file_is_typed_or_a_word_list() -> None:
    """A key the schema does not name must be a list of words, short strings: a pattern needs its own type."""
    schema = json.loads((SCHEMAS / "rules.schema.json").read_text(encoding="utf-8"))
    named = set(schema["properties"])
    for name in RULE_FILES:
        data = yaml.safe_load((ROOT / "taxonomy" / "rules" / name).read_text(encoding="utf-8"))
        for key, value in data.items():
            if key in named:
                continue
            assert isinstance(value, list) and all(isinstance(w, str) and len(w) <= 200 for w in value), (name, key)
            # (single characters such as "(" are words here: caption_credit_marks lists them)
            assert not any(mark in w for w in value for mark in ("\\", "(?", ".*", "]{", "[^")), f"{name}: {key}"


def test_every_pattern_place_of_the_shipped_rules_is_compiled_by_re2() -> None:
    vocab = load_vocabulary(ROOT)
    assert vocab.pattern_list("kind_rules", "labels", "opinion")
    assert vocab.pattern_list("credit_labels") and vocab.pattern_list("caption_credits")
    singles = [("wire_field",), ("source_url",), ("keyword_line",), ("archive_line",), ("kind_rules", "speaker_turn")]
    for path in singles:
        assert isinstance(vocab.pattern(*path), SafePattern), path


def test_two_refused_patterns_in_two_files_are_both_reported(tmp_path: Path) -> None:
    project_with(tmp_path, "kind.yml", "  speaker_turn: '", "  speaker_turn: '(?=[A-Z])")
    path = tmp_path / "taxonomy" / "rules" / "page.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("archive_line: '", "archive_line: '(?<=a)", 1))
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(tmp_path)
    assert len(err.value.problems) == 2


RE2_REFUSES = "look-around or back-references"


@pytest.mark.parametrize(
    ("name", "old", "new", "says"),
    [
        # Patterns RE2 cannot run, wherever they stand: refused, naming their place.
        ("kind.yml", "    opinion:\n      - '", "    opinion:\n      - '(?<!not )", "kind_rules.labels.opinion[1]"),
        ("kind.yml", "  speaker_turn: '", "  speaker_turn: '(?=[A-Z])", "kind_rules.speaker_turn"),
        ("page.yml", "credit_labels:\n  - '", "credit_labels:\n  - '(?!x)", "credit_labels[1]"),
        ("page.yml", "archive_line: '", "archive_line: '(?<=a)", "archive_line"),
        ("boilerplate.yml", "caption_credits:\n", "caption_credits:\n  - '(\\w)\\1'\n", "caption_credits[1]"),
        ("furniture.yml", "inline_rules:\n", "inline_rules:\n  - reason: twice\n    pattern: '(a)\\1'\n", "inline"),
        # Keys of the wrong shape: refused, naming the file.
        ("kind.yml", "  min_turns: 4", "  min_turn: 4", "unknown key 'min_turn'"),
        ("kind.yml", "    opinion:", "    gossip:", "'gossip' is not one of"),
        ("boilerplate.yml", "  prose_density: 0.25", "  prose_density: 25", "25 is greater than the maximum"),
        ("page.yml", "wire_date_order: mdy", "wire_date_order: ymd", "'ymd' is not one of mdy, dmy"),
        ("furniture.yml", "    starts_list: true", "    starts_list: 2", "2 is not boolean"),
    ],
)
def test_a_bad_page_rule_is_refused_in_one_line_naming_it(
    tmp_path: Path, name: str, old: str, new: str, says: str
) -> None:
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(project_with(tmp_path, name, old, new))
    (problem,) = err.value.problems
    assert says in problem
    # A pattern's problem names its place and what RE2 lacks; a shape's names the file and line.
    assert RE2_REFUSES in problem if "(?" in new or "\\1" in new else f"rules/{name}:" in problem


def test_a_places_case_is_as_declared() -> None:
    vocab = Vocabulary(
        root=ROOT,
        topics=[],
        actors=[],
        rules={"wire_field": "([A-Z]+)=(.*)", "kind_rules": {"labels": {"opinion": ["opinion"]}}},
    )
    wire = vocab.pattern("wire_field")
    assert wire is not None and wire.fullmatch("DATE=1") and not wire.fullmatch("date=1")
    (opinion,) = vocab.pattern_list("kind_rules", "labels", "opinion")
    assert opinion.fullmatch("OPINION") and opinion.fullmatch("Opinion")
    assert vocab.pattern("archive_line") is None and vocab.pattern_list("credit_labels") == ()
    assert pattern_case(("kind_rules", "labels", "opinion", "*")) is False
    assert pattern_case(("navigation_words", "*")) is None
    assert all(isinstance(case, bool) for case in PATTERN_PLACES.values())
    with pytest.raises(KeyError):
        vocab.pattern_list("navigation_words")

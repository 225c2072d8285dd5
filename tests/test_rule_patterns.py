"""Every regular expression in taxonomy/rules runs on RE2: found wherever it stands, refused by name when RE2
cannot run it, matching case as its place says; every rules file's keys are typed by schema/rules.schema.json."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from build_tools.extract import extract_brief
from build_tools.extract.actors import find_actors
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
    singles = [("wire_field",), ("source_url",), ("keyword_line",), ("archive_line",), ("wire_version",)]
    singles += [("kind_rules", "speaker_turn")]
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
        ("page.yml", "wire_version: '", "wire_version: '(?=[A-Z])", "wire_version"),
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


# Editors' words that once stood in code: each read from the rules, so an editor's change to the list changes the
# reading (the shipped lists' own cases are in test_extract_page.py and test_extract_roles.py).
HEAD_WITH_MARK = "FLASH 3-Port talks make progress\nExample Wire News\n"
LEDE = "KARACHI, June 3 (Example Wire) - Officials from both countries met on Tuesday to discuss the port's expansion."


def test_a_wire_version_mark_the_editors_add_comes_off_the_headline(tmp_path: Path) -> None:
    old = "wire_version: '(?:(?:UPDATE"
    vocab = load_vocabulary(project_with(tmp_path, "page.yml", old, "wire_version: '(?:(?:FLASH \\d{1,2}|UPDATE"))
    assert extract_brief(HEAD_WITH_MARK + LEDE, vocab).brief.title == "Port talks make progress"
    assert extract_brief(HEAD_WITH_MARK + LEDE, load_vocabulary(ROOT)).brief.title.startswith("FLASH 3-")


def test_the_stamp_companions_are_the_editors_list(tmp_path: Path) -> None:
    text = "Port talks make progress\n187,402 views  Apr 12, 2025\n" + LEDE
    assert extract_brief(text, load_vocabulary(ROOT)).brief.date == "2025-04-12"
    vocab = load_vocabulary(
        project_with(
            tmp_path,
            "page.yml",
            'stamp_companions: [edition, views, print, online, the, of, issue, streamed, premiered, live, "on"]',
            'stamp_companions: [edition, print, online, the, of, issue, streamed, premiered, live, "on"]',
        )
    )
    assert extract_brief(text, vocab).brief.date is None


def test_a_retired_mark_and_an_office_word_are_the_editors_lists(tmp_path: Path) -> None:
    retired = "Lieutenant General (Retd) Tarek Olsen said so."
    press = "Example House Press Secretary Tarek Olsen said the talks went well."

    def read(vocab: Vocabulary) -> tuple[str | None, list[str]]:
        role = {a.name: a.role for a in find_actors([retired], vocab).actors}["Tarek Olsen"]
        return role, [a.name for a in find_actors([press], vocab).actors if a.type == "organization"]

    assert read(load_vocabulary(ROOT)) == ("Lieutenant General", ["Example House"])
    project_with(tmp_path, "names.yml", "retired_marks: [r, retd,", "retired_marks: [r,")
    names = tmp_path / "taxonomy" / "rules" / "names.yml"
    names.write_text(names.read_text(encoding="utf-8").replace("office_title_words: [press]", "office_title_words: []"))
    role, bodies = read(load_vocabulary(tmp_path))
    assert role == "Lieutenant General (Retd)" and bodies != ["Example House"]


def test_joined_particles_and_building_words_are_the_editors_lists(tmp_path: Path) -> None:
    particle = "A drone killed Ayman al-Varnawi in Kabul, officials said."
    building = "The assault on the Ayesha Continental hotel killed five guards."

    def people(text: str, vocab: Vocabulary) -> list[str]:
        return [a.name for a in find_actors([text], vocab).actors if a.type == "person"]

    vocab = load_vocabulary(ROOT)
    assert (people(particle, vocab), people(building, vocab)) == (["Ayman al-Varnawi"], [])
    project_with(tmp_path, "names.yml", "joined_particles: [al, el,", "joined_particles: [el,")
    places = tmp_path / "taxonomy" / "rules" / "places.yml"
    places.write_text(
        places.read_text(encoding="utf-8").replace("building_words: [hotel, hotels,", "building_words: [")
    )
    changed = load_vocabulary(tmp_path)
    assert people(particle, changed) != ["Ayman al-Varnawi"] and people(building, changed) == ["Ayesha Continental"]

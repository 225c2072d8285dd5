"""What extraction must get right on the seed articles, as this project's editors read them.

These expectations are written here, independently of any outside scorer. A
second run strips every person from the authority file, to show that people
are found from the text itself, not from a list of known names.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from build_tools.extract import extract_brief
from build_tools.vocab import Vocabulary, load_vocabulary

EXPECTED = {
    "000_54bc2d09846599c4.txt": dict(
        date=None,
        title_source="headline",
        dateline="Islamabad",
        title="Pakistan and U.S. Strengthen Ties Through Economic and Security Partnerships, Says Ambassador Masood",
        people={"Masood Khan", "Tim Horgan"},
        headings=[],
        topics={
            "bilateral-relations",
            "trade-and-investment",
            "china",
            "india-and-regional-balance",
            "kashmir",
            "afghanistan",
        },
    ),
    "001_87a4bc5f0af12f59.txt": dict(
        date="2025-03-09",
        title_source="headline",
        dateline=None,
        title="Keep investing in the relationship",
        people={"Masood Khan", "Trump", "Harry S Truman", "Mohammad Ali Jinnah"},
        headings=[],
        topics={
            "bilateral-relations",
            "counter-terrorism",
            "security-cooperation",
            "sanctions-and-nonproliferation",
            "trade-and-investment",
            "education-science-technology",
            "afghanistan",
            "india-and-regional-balance",
            "china",
        },
        gone=["libonline@riphah.edu.pk", "111 510 510", "Keywords:"],
    ),
    "002_f08517f637fdf4a5.txt": dict(
        date=None,
        title_source="generated",
        dateline="Islamabad",
        people={"John Bass", "Amna Baloch", "Mohammad Ishaq Dar"},
        headings=[],
        topics={
            "bilateral-relations",
            "trade-and-investment",
            "energy",
            "security-cooperation",
            "counter-terrorism",
            "economy-and-finance",
            "climate-and-disasters",
        },
    ),
    "003_2e333eb97eb73344.txt": dict(
        date=None,
        title_source="generated",
        dateline="Islamabad",
        people={"Mohsin Naqvi", "Natalie Baker", "Marco Rubio", "Shehbaz Sharif", "Trump"},
        headings=[
            "Enhancing security and information sharing",
            "A shift in the nature of the bilateral relationship",
            "Features of the new trend",
        ],
        topics={
            "bilateral-relations",
            "security-cooperation",
            "narcotics",
            "migration-and-borders",
            "trade-and-investment",
            "china",
        },
    ),
    "004_3809a4414ea0acda.txt": dict(
        date="2023-02-16",
        title_source="headline",
        dateline=None,
        title="Threats to Pakistan could well be threats to US, says Washington",
        people={"Ned Price", "Imran Khan"},
        headings=[],
        topics={"bilateral-relations", "security-cooperation", "counter-terrorism", "domestic-politics"},
        gone=[
            "Comments are moderated",
            "Replying to X",
            "Read More US wants",
            "Read Domestic issues caused",
            "Comments FAQ",
            "PHOTO: REUTERS",
        ],
    ),
}
# Topics an editor would accept but not require.
ACCEPTABLE = {
    "afghanistan",
    "economy-and-finance",
    "energy",
    "climate-and-disasters",
    "india-and-regional-balance",
    "security-cooperation",
    "counter-terrorism",
}


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def _check(seed: Path, vocab: Vocabulary) -> None:
    want = EXPECTED[seed.name]
    brief = extract_brief(seed.read_text(encoding="utf-8"), vocab).brief
    assert brief.date == want["date"]
    assert brief.title_source == want["title_source"]
    assert brief.dateline == want["dateline"]
    if "title" in want:
        assert brief.title == want["title"]
    else:
        assert len(brief.title.split()) <= 12 and len(brief.title) < len(brief.text[0]) / 2
    people = [a.name for a in brief.actors if a.type == "person"]
    assert sorted(_surname(p) for p in people) == sorted(_surname(p) for p in want["people"]), people
    assert [t[3:] for t in brief.text if t.startswith("## ")] == want["headings"]
    assert want["topics"] <= set(brief.topics)
    assert set(brief.topics) - want["topics"] <= ACCEPTABLE
    whole = " ".join(brief.text) + brief.summary + " ".join(brief.key_points)
    for furniture in want.get("gone", []):
        assert furniture not in whole


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_extraction(root: Path, vocab: Vocabulary, name: str) -> None:
    _check(root / "seeds" / name, vocab)


@pytest.fixture(scope="module")
def vocab_without_people(tmp_path_factory: pytest.TempPathFactory, root: Path) -> Vocabulary:
    """The same vocabulary with every person removed from the authority file."""
    tmp = tmp_path_factory.mktemp("nopeople")
    shutil.copytree(root / "taxonomy", tmp / "taxonomy")
    actors = yaml.safe_load((root / "taxonomy" / "actors.yml").read_text(encoding="utf-8"))
    kept = [a for a in actors if a["type"] != "person"]
    assert len(kept) < len(actors)
    (tmp / "taxonomy" / "actors.yml").write_text(yaml.safe_dump(kept), encoding="utf-8")
    return load_vocabulary(tmp)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_people_found_without_the_authority_file(root: Path, vocab_without_people: Vocabulary, name: str) -> None:
    brief = extract_brief((root / "seeds" / name).read_text(encoding="utf-8"), vocab_without_people).brief
    people = [a for a in brief.actors if a.type == "person"]
    assert sorted(_surname(a.name) for a in people) == sorted(_surname(p) for p in EXPECTED[name]["people"])
    assert all(a.unreviewed for a in people)

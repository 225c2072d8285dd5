"""Articles in other house styles than the seeds (written for these tests): does extraction carry over?"""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.extract import extract_brief
from build_tools.vocab import Vocabulary

ARTICLES = Path(__file__).parent / "articles"

EXPECTED = {
    "dawn_style.txt": dict(
        date="2024-05-14",
        date_source="citation",
        publication="Dawn",
        author="Staff Correspondent",
        dateline="Islamabad",
        people={"Muhammad Aurangzeb": "Finance Minister", "Donald Lu": None, "Asim Munir": "Army Chief"},
        topics={"economy-and-finance", "energy", "trade-and-investment"},
    ),
    "wire_style.txt": dict(
        date=None,
        date_source=None,
        publication="Reuters",
        author="Jane Smith",  # ("Reporting by Jane Smith; Editing by Tom Brown": no byline names another)
        dateline="Washington",
        people={
            "Antony Blinken": "Secretary of State",
            "Bilawal Bhutto Zardari": "Pakistan's Foreign Minister",
            "Matthew Miller": "State Department spokesperson",
            "Subrahmanyam Jaishankar": "India's External Affairs Minister",
            "Jane Smith": "author",
        },
        topics={"kashmir", "india-and-regional-balance"},
    ),
    "column_style.txt": dict(
        date="2023-09-07",
        date_source="header",
        publication=None,
        author="Sarah Ahmed",
        dateline=None,
        people={
            "Joe Biden": "President",
            "Shehbaz Sharif": "Prime Minister",
            "Maleeha Lodhi": "former ambassador to Washington",
            "Sarah Ahmed": "author",
        },
        topics={"climate-and-disasters", "education-science-technology"},
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_other_house_styles(vocab: Vocabulary, name: str) -> None:
    want = EXPECTED[name]
    result = extract_brief((ARTICLES / name).read_text(encoding="utf-8"), vocab)
    brief = result.brief
    for key in ("date", "date_source", "publication", "author", "dateline"):
        assert getattr(brief, key) == want[key], key
    people = {a.name: a.role for a in brief.actors if a.type == "person"}
    assert set(people) == set(want["people"])
    for person, role in want["people"].items():
        if role:
            assert people[person] == role
    assert want["topics"] <= set(brief.topics)
    text = " ".join(brief.text)
    assert "Reporting by" not in text and "The writer is" not in text
    assert all(q.speaker for q in brief.quotes)

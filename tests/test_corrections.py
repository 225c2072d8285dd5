"""Editors' corrections at the granularity editors make them (issue 17), with real ingest runs.

An editor corrects one actor, removes another, adds or removes a topic, re-attributes or removes a quote.
Then the raw article changes (or the vocabulary does, and ingest runs with --force): each correction is
kept, what the article newly gives is added, what nobody touched is refreshed, and where re-ingest would
have changed something an editor corrected, ingest says so in one line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hostile_support import make_project, output, run_cli

from build_tools.briefs import read_brief, split
from build_tools.ingest import ingest

ARTICLE = """Envoys agree to widen trade talks

ISLAMABAD: Foreign Minister Ayesha Rahman met US Ambassador John Carter in Islamabad on Monday to discuss trade, \
tariffs and counter-terrorism cooperation between Pakistan and the United States.

"We will deepen our partnership on trade and investment," Rahman said after the meeting, adding that exporters \
would benefit from lower tariffs.

Carter said the United States valued the relationship. "Security cooperation against terrorism remains central \
to our ties," he said.
"""
# The same story, updated: Carter's title changes, a new official speaks, and a new subject is treated.
UPDATED = ARTICLE.replace("US Ambassador John Carter", "US Deputy Ambassador John Carter") + (
    "\nCommerce Minister Bilal Saeed said a joint council on energy would meet in March. "
    '"Energy trade and power investment will grow by a third," Saeed said of the electricity and gas projects.\n'
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = make_project(tmp_path)
    (project / "seeds").mkdir()
    (project / "seeds" / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    ingest([project / "seeds"], project / "docs" / "briefs", project, workers=1)
    return project


def brief_path(project: Path) -> Path:
    (path,) = (project / "docs" / "briefs").glob("*.md")
    return path


def edit(project: Path, change: Any) -> None:
    """Edit the brief's front-matter as an editor does in a text editor (`change` mutates the mapping)."""
    path = brief_path(project)
    meta, body, _ = split(path.read_text(encoding="utf-8"), path)
    change(meta)
    path.write_text(f"---\n{yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)}---\n\n{body}", encoding="utf-8")


def update_article(project: Path, text: str = UPDATED) -> None:
    (project / "seeds" / "talks.txt").write_text(text, encoding="utf-8")


def actor(meta: dict[str, Any], actor_id: str) -> dict[str, Any]:
    return next(a for a in meta["actors"] if a["id"] == actor_id)


def roles(project: Path) -> dict[str, str | None]:
    return {a.id: a.role for a in read_brief(brief_path(project)).actors}


def test_an_actors_corrected_role_is_kept_while_new_people_are_added_and_others_refreshed(project: Path) -> None:
    assert roles(project)["john-carter"] == "US Ambassador"
    edit(project, lambda meta: actor(meta, "ayesha-rahman").update(role="Minister of Foreign Affairs"))
    update_article(project)
    ingest([project / "seeds"], project / "docs" / "briefs", project, workers=1)
    found = roles(project)
    assert found["ayesha-rahman"] == "Minister of Foreign Affairs"  # the editor's
    assert found["john-carter"] == "US Deputy Ambassador"  # untouched: refreshed from the new text
    assert found["bilal-saeed"] == "Commerce Minister"  # newly named: added


def test_a_removed_actor_stays_removed_through_every_reingest(project: Path) -> None:
    edit(project, lambda meta: meta.update(actors=[a for a in meta["actors"] if a["id"] != "pakistan"]))
    ingest([project / "seeds"], project / "docs" / "briefs", project, workers=1, force=True)
    assert "pakistan" not in roles(project)
    update_article(project)
    ingest([project / "seeds"], project / "docs" / "briefs", project, workers=1)
    assert "pakistan" not in roles(project) and "bilal-saeed" in roles(project)


def test_an_actor_renamed_by_an_editor_is_not_brought_back_under_its_old_id(project: Path) -> None:
    edit(project, lambda meta: actor(meta, "john-carter").update(id="john-w-carter", name="John W. Carter"))
    update_article(project)
    ingest([project / "seeds"], project / "docs" / "briefs", project, workers=1)
    found = roles(project)
    assert "john-w-carter" in found and "john-carter" not in found


def test_topics_added_and_removed_by_an_editor_are_kept_and_new_ones_filed(project: Path) -> None:
    before = read_brief(brief_path(project)).topics
    assert "counter-terrorism" in before and "narcotics" not in before and "energy" not in before

    def retopic(meta: dict[str, Any]) -> None:
        meta["topics"] = [t for t in meta["topics"] if t != "counter-terrorism"] + ["narcotics"]

    edit(project, retopic)
    update_article(project)
    ingest([project / "seeds"], project / "docs" / "briefs", project, workers=1)
    topics = read_brief(brief_path(project)).topics
    assert "counter-terrorism" not in topics  # removed by the editor
    assert "narcotics" in topics  # added by the editor
    assert "energy" in topics  # newly treated by the article


def test_quotes_reattributed_or_removed_by_an_editor_stay_so_and_new_ones_are_added(project: Path) -> None:
    def requote(meta: dict[str, Any]) -> None:
        first, second = meta["quotes"]
        second["speaker"] = None  # the editor is not sure Carter said it
        meta["quotes"] = [second]  # and drops the first

    edit(project, requote)
    update_article(project)
    ingest([project / "seeds"], project / "docs" / "briefs", project, workers=1)
    quotes = [(q.text.rstrip(","), q.speaker_id) for q in read_brief(brief_path(project)).quotes]
    assert ("Security cooperation against terrorism remains central to our ties", None) in quotes
    assert not any(text.startswith("We will deepen") for text, _ in quotes)
    assert any(text.startswith("Energy trade") and speaker == "bilal-saeed" for text, speaker in quotes)


def test_ingest_says_in_one_line_when_the_article_now_differs_where_an_editor_corrected(project: Path) -> None:
    edit(project, lambda meta: actor(meta, "john-carter").update(role="Ambassador of the United States"))
    update_article(project)  # the article changes that very role
    result = run_cli(project, "ingest")
    assert result.returncode == 0, output(result)
    [line] = [line for line in result.stdout.splitlines() if line.startswith("updated")]
    assert "kept the editor's correction where the article now differs: actor john-carter" in line
    assert roles(project)["john-carter"] == "Ambassador of the United States"


def test_a_corrected_title_is_kept_and_marked_the_editors(project: Path) -> None:
    edit(project, lambda meta: meta.update(title="Pakistan and US to widen trade talks"))
    update_article(project, UPDATED.replace("Envoys agree to widen trade talks", "Envoys agree on wider talks"))
    result = run_cli(project, "ingest")
    brief = read_brief(brief_path(project))
    assert (brief.title, brief.title_source) == ("Pakistan and US to widen trade talks", "editor")
    assert "differs: title" in result.stdout

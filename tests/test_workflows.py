"""GitHub Actions workflows, Dependabot, the dependency lock, the templates and CONTRIBUTING.md's commands.

GitHub's CI runs the official actionlint on the workflows. Here, with no network to GitHub, they are
validated against the schemas check-jsonschema ships, and each rule the project holds its CI to is a
test of its own: least privilege per job, deploy only after this run's tests, one run per change,
actions pinned by commit, time budgets, hash-checked installs and a lock that agrees with pyproject.toml.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import pytest
import tomllib
import yaml
from packaging.requirements import Requirement

from build_tools.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
GITHUB = ROOT / ".github"
WORKFLOWS = GITHUB / "workflows"
CI = WORKFLOWS / "ci.yml"
LOCK_SCRIPT = "requirements/lock.sh"
TEST_LOCK = ROOT / "requirements" / "test.txt"
SITE_LOCK = ROOT / "requirements" / "site.txt"
# The shell the project's own scripts run: every install command in them is checked below.
CI_SCRIPTS = [ROOT / ".ci" / "run", ROOT / ".ci" / "install", ROOT / LOCK_SCRIPT]


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def workflow_files() -> list[Path]:
    return sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    # YAML 1.1 reads the bare key `on` as the boolean True.
    value = workflow.get("on", workflow.get(True))
    if isinstance(value, str):
        return {value: None}
    if isinstance(value, list):
        return dict.fromkeys(value)
    return dict(value)


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job.get("steps", []))


def needs(job: dict[str, Any]) -> list[str]:
    value = job.get("needs", [])
    return [value] if isinstance(value, str) else list(value)


def action(step: dict[str, Any]) -> str:
    """The action a step uses, without its version: "actions/checkout"."""
    return str(step.get("uses", "")).split("@")[0]


def index_of(job_steps: list[dict[str, Any]], *, uses: str | None = None, run: str | None = None) -> int:
    for i, step in enumerate(job_steps):
        if uses and action(step) == uses:
            return i
        if run and run in str(step.get("run", "")):
            return i
    raise AssertionError(f"no step {'uses ' + uses if uses else 'runs ' + str(run)}")


def strings(value: Any) -> Iterator[str]:
    """Every string in a parsed YAML value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(key)
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def permissions(workflow: dict[str, Any], job: dict[str, Any]) -> dict[str, str]:
    """The scopes a job's token gets, as GitHub reads them (a job's own list replaces the workflow's)."""
    value = job.get("permissions", workflow.get("permissions"))
    assert isinstance(value, dict), f"permissions must be listed per scope, not {value!r}"
    return {str(scope): str(level) for scope, level in value.items()}


# --- Schemas (the part of actionlint's work that needs no GitHub) --------------------------------


def check_jsonschema(schema: str, *files: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema with one of the schemas it ships (no download: `--builtin-schema`)."""
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *map(str, files)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT)


SCHEMAS = {
    "vendor.github-workflows": workflow_files,
    # Every job has a time budget: a stuck build fails instead of holding a runner for six hours.
    "custom.github-workflows-require-timeout": workflow_files,
    "vendor.dependabot": lambda: [GITHUB / "dependabot.yml"],
    "vendor.github-issue-forms": lambda: sorted(
        p for p in (GITHUB / "ISSUE_TEMPLATE").glob("*.yml") if p.name != "config.yml"
    ),
    "vendor.github-issue-config": lambda: [GITHUB / "ISSUE_TEMPLATE" / "config.yml"],
}


@pytest.mark.parametrize("schema", sorted(SCHEMAS))
def test_github_files_match_their_schemas(schema: str) -> None:
    files = SCHEMAS[schema]()
    assert files
    result = check_jsonschema(schema, *files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    """The schema check can fail: a misspelt key, a permission level GitHub lacks, a job with no budget."""
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\npermissions:\n  contents: admin\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    stepz: []\n",
        encoding="utf-8",
    )
    for schema in ("vendor.github-workflows", "custom.github-workflows-require-timeout"):
        result = check_jsonschema(schema, broken)
        assert result.returncode == 1, (schema, result.stdout + result.stderr)
        assert "broken.yml" in result.stdout


def dangling_references(workflow: dict[str, Any]) -> list[str]:
    """References a job's expressions make to jobs, job outputs or steps that do not exist there."""
    problems = []
    jobs = workflow["jobs"]
    for name, job in jobs.items():
        problems += [f"{name}: needs unknown job {n}" for n in needs(job) if n not in jobs]
        step_ids = {str(step["id"]) for step in steps(job) if "id" in step}
        text = "\n".join(strings({k: v for k, v in job.items() if k != "needs"}))
        for other, output in re.findall(r"needs\.([\w-]+)(?:\.outputs\.([\w-]+))?", text):
            if other not in needs(job):
                problems.append(f"{name}: refers to needs.{other}, which it does not list in needs")
            elif output and output not in jobs.get(other, {}).get("outputs", {}):
                problems.append(f"{name}: needs.{other}.outputs.{output} is not an output of {other}")
        problems += [
            f"{name}: refers to steps.{step}, which it does not have"
            for step in re.findall(r"steps\.([\w-]+)\.", text)
            if step not in step_ids
        ]
    return problems


def test_expressions_refer_to_jobs_outputs_and_steps_that_exist() -> None:
    for path in workflow_files():
        assert dangling_references(load(path)) == [], path.name
    broken = load(CI)
    broken["jobs"]["deploy"]["environment"]["url"] = "${{ steps.deploymnet.outputs.page_url }}"
    broken["jobs"]["build"]["steps"][0]["if"] = "needs.pages-address.outputs.base_uri != ''"
    broken["jobs"]["test"]["if"] = "needs.build.result == 'success'"
    assert len(dangling_references(broken)) == 3


# --- When CI runs, and with what rights ----------------------------------------------------------


def test_one_run_per_change() -> None:
    """A pull request's pushes run CI once (pull_request); a branch push runs nothing; main runs once."""
    on_pull_request, on_main = [], []
    for path in workflow_files():
        on = triggers(load(path))
        assert "pull_request_target" not in on, f"{path.name}: pull_request_target runs with the base's rights"
        assert "workflow_run" not in on, f"{path.name}: deploy from the same run, not from another one"
        if "push" in on:
            push = on["push"] or {}
            assert push.get("branches") == ["main"], f"{path.name}: push must be limited to main"
            assert not {"branches-ignore", "tags", "tags-ignore"} & set(push), path.name
            on_main.append(path.name)
        if "pull_request" in on:
            assert not on["pull_request"], f"{path.name}: every pull request, whatever its branch"
            on_pull_request.append(path.name)
    assert on_pull_request == on_main == ["ci.yml"]
    workflow = load(CI)
    # Superseded pull-request runs are cancelled; runs on main queue behind each other instead.
    assert "github.event.pull_request.number" in workflow["concurrency"]["group"]
    assert workflow["concurrency"]["cancel-in-progress"] == "${{ github.event_name == 'pull_request' }}"


def test_write_permissions_only_in_the_deploy_job() -> None:
    for path in workflow_files():
        workflow = load(path)
        assert workflow.get("permissions") == {}, f"{path.name}: the workflow grants nothing by default"
        for name, job in workflow["jobs"].items():
            assert "permissions" in job, f"{path.name}: job {name} lists its own permissions"
            scopes = permissions(workflow, job)
            if name == "deploy":
                assert scopes == {"pages": "write", "id-token": "write"}
                assert not any("run" in step or action(step) == "actions/checkout" for step in steps(job))
            else:
                assert set(scopes.values()) <= {"read"}, f"{path.name}: job {name} can write: {scopes}"
            if any("run" in step or action(step) == "actions/checkout" for step in steps(job)):
                # A job running the repository's code or its packages gets to read the code, nothing more.
                assert scopes == {"contents": "read"}, f"{path.name}: job {name} runs code with {scopes}"


def test_deploy_runs_only_after_this_runs_tests_and_build() -> None:
    workflow = load(CI)
    jobs = workflow["jobs"]
    deploy = jobs["deploy"]
    assert {"test", "build", "workflows"} <= set(needs(deploy))
    # No status function in `if`, so GitHub applies success(): a failed or skipped need stops deploy.
    condition = deploy["if"]
    assert not re.search(r"\b(always|failure|cancelled|success)\(", condition)
    assert "github.ref == 'refs/heads/main'" in condition and "github.event_name != 'pull_request'" in condition
    # What deploy publishes is the artifact the build job of this run made from this run's checkout.
    build = steps(jobs["build"])
    assert index_of(build, uses="actions/upload-pages-artifact") > index_of(build, run=".venv/bin/briefing build")
    for name, job in jobs.items():
        for step in steps(job):
            if action(step) == "actions/checkout":
                assert "ref" not in step.get("with", {}), f"{name} checks out another commit than the run's"
    assert deploy["environment"]["name"] == "github-pages"
    deploy_step = steps(deploy)[index_of(steps(deploy), uses="actions/deploy-pages")]
    assert "steps." + deploy_step["id"] in deploy["environment"]["url"]
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}


def test_pages_address_job_runs_no_code_of_the_repository() -> None:
    """The one job besides deploy with more than `contents: read` runs GitHub's action and nothing else."""
    job = load(CI)["jobs"]["pages-address"]
    assert [action(step) for step in steps(job)] == ["actions/configure-pages"]
    assert job["if"] == "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'"


def test_pull_requests_run_the_suite_check_and_build_and_upload_the_site() -> None:
    jobs = load(CI)["jobs"]
    test = steps(jobs["test"])
    python = test[index_of(test, uses="actions/setup-python")]
    assert str(python["with"]["python-version"]) == "3.11"
    assert index_of(test, uses="actions/checkout") < index_of(test, run="bash .ci/run")
    for name in ("test", "build", "workflows"):
        assert "pull_request" not in str(jobs[name].get("if", "")), f"{name} must run on pull requests"
    # pages-address is skipped on pull requests; the build must not be skipped with it.
    assert jobs["build"]["if"] == "${{ !cancelled() && needs.pages-address.result != 'failure' }}"
    build = steps(jobs["build"])
    order = [
        index_of(build, uses="actions/checkout"),
        index_of(build, run="bash .ci/install requirements/site.txt"),
        index_of(build, run=".venv/bin/briefing check"),
        index_of(build, run=".venv/bin/briefing build"),
        index_of(build, run=".venv/bin/briefing build --offline --site-dir review-site"),
        index_of(build, uses="actions/upload-artifact"),
    ]
    assert order == sorted(order)
    upload = build[order[-1]]["with"]
    # Reviewers download the copy that opens from the file system (tests/test_offline.py).
    assert upload["name"] == "site" and upload["path"].rstrip("/") == "review-site"
    assert "if" not in build[order[-1]], "reviewers get the site of every run"
    pages_upload = build[index_of(build, uses="actions/upload-pages-artifact")]
    assert pages_upload["if"] == "needs.pages-address.outputs.base_url != ''"
    # The published build takes its address from Pages (feeds, canonical links, sitemap).
    address = build[index_of(build, run="BRIEFING_SITE_URL=")]
    assert address["if"] == pages_upload["if"] and address["env"]["BASE_URL"].startswith("${{ needs.pages-address.")


def test_every_job_and_the_build_have_a_time_budget() -> None:
    for path in workflow_files():
        for name, job in load(path)["jobs"].items():
            budget = job.get("timeout-minutes")
            assert isinstance(budget, int) and 0 < budget <= 30, f"{path.name}: job {name}: {budget!r}"
    jobs = load(CI)["jobs"]
    for job_name, command in (("build", ".venv/bin/briefing build"), ("test", "bash .ci/run")):
        job = jobs[job_name]
        step = steps(job)[index_of(steps(job), run=command)]
        assert isinstance(step.get("timeout-minutes"), int), f"no budget on `{command}`"
        assert step["timeout-minutes"] < job["timeout-minutes"]


# --- Where the code comes from ---------------------------------------------------------------------

PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s*([\w.-]+/[\w./-]+)@([0-9a-f]{40})\s+#\s*v\d+\.\d+\.\d+\s*$")


def test_actions_are_pinned_to_a_full_commit_with_its_version() -> None:
    commits: dict[str, set[str]] = {}
    for path in workflow_files():
        parsed = [str(step["uses"]) for job in load(path)["jobs"].values() for step in steps(job) if "uses" in step]
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if re.match(r"\s*(-\s+)?uses:", line)]
        # Every `uses` is on a line of its own, so the pattern below sees them all.
        assert len(lines) == len(parsed), path.name
        for line in lines:
            match = PINNED.match(line)
            assert match, f"{path.name}: not pinned to a commit with its version in a comment: {line.strip()}"
            commits.setdefault(match[1], set()).add(match[2])
    assert {"actions/checkout", "actions/deploy-pages"} <= set(commits)
    assert all(len(shas) == 1 for shas in commits.values()), f"one action, two commits: {commits}"


def test_checkouts_leave_no_token_behind() -> None:
    for path in workflow_files():
        for name, job in load(path)["jobs"].items():
            for step in steps(job):
                if action(step) == "actions/checkout":
                    assert step["with"]["persist-credentials"] is False, f"{path.name}: {name}"


def test_actionlint_in_ci_is_the_official_release_checked_by_its_sha256() -> None:
    job = load(CI)["jobs"]["workflows"]
    step = steps(job)[index_of(steps(job), run="actionlint")]
    assert re.fullmatch(r"\d+\.\d+\.\d+", str(step["env"]["ACTIONLINT_VERSION"]))
    assert re.fullmatch(r"[0-9a-f]{64}", step["env"]["ACTIONLINT_SHA256"])
    script = step["run"]
    assert "https://github.com/rhysd/actionlint/releases/download/v${ACTIONLINT_VERSION}/" in script
    # Checked before it is unpacked, and unpacked before it runs.
    checked = script.index("sha256sum --check")
    assert checked < script.index("tar ") < script.index('"$RUNNER_TEMP/actionlint"')


def shell_lines() -> Iterator[tuple[str, str]]:
    """(where, line) for every line of shell the workflows and the project's scripts run, comments left out."""
    sources = [
        (f"{path.name}: {name}", str(step.get("run", "")))
        for path in workflow_files()
        for name, job in load(path)["jobs"].items()
        for step in steps(job)
    ]
    sources += [(str(script.relative_to(ROOT)), script.read_text(encoding="utf-8")) for script in CI_SCRIPTS]
    for where, text in sources:
        for line in text.splitlines():
            if not line.lstrip().startswith("#"):
                yield where, line


def test_every_install_is_from_the_lock_with_hashes() -> None:
    installs = [(where, line) for where, line in shell_lines() if re.search(r"\b(pip3?|uv pip|pipx) install\b", line)]
    assert installs == [
        (".ci/install", '.venv/bin/python -m pip install --quiet --require-hashes --only-binary :all: -r "$lock"'),
        (".ci/install", ".venv/bin/python -m pip install --quiet --no-deps --no-build-isolation -e ."),
    ]
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash .ci/install requirements/test.txt" in run
    # Anything else fetched at set-up (actionlint) is checked against a pinned checksum.
    for where, line in shell_lines():
        if re.search(r"\b(curl|wget)\b", line):
            assert where == "ci.yml: workflows", f"{where}: downloads outside the checked actionlint step"


def test_no_unofficial_actionlint_anywhere() -> None:
    places = [ROOT / "pyproject.toml", TEST_LOCK, SITE_LOCK, *workflow_files(), *CI_SCRIPTS]
    for path in places:
        assert "kjanat" not in path.read_text(encoding="utf-8"), path


def test_ci_run_sets_up_everything_then_runs_lint_types_and_tests() -> None:
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    order = [
        run.index("apt-get install -y -qq chromium"),
        run.index("bash .ci/install requirements/test.txt"),
        run.index(".venv/bin/ruff check build_tools tests benchmarks"),
        run.index(".venv/bin/ruff format --check build_tools tests benchmarks"),
        run.index(".venv/bin/mypy"),
        run.index(".venv/bin/pytest"),
    ]
    assert order == sorted(order)
    for script in CI_SCRIPTS:
        syntax = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True, timeout=30)
        assert syntax.returncode == 0, f"{script.name}: {syntax.stderr}"


# --- The lock and pyproject.toml -------------------------------------------------------------------


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass
class Locked:
    """One entry of a requirements lock: a pinned version, its marker, its files' hashes and its origins."""

    name: str
    version: str
    marker: str
    hashes: set[str] = field(default_factory=set)
    via: set[str] = field(default_factory=set)


ENTRY = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]*?))?\s*\\?$")


def parse_lock(text: str) -> list[Locked]:
    """The entries of a lock written by `uv pip compile --generate-hashes` (annotations kept)."""
    entries: list[Locked] = []
    in_via = False
    for line in text.splitlines():
        stripped = line.strip()
        if match := ENTRY.match(line):
            entries.append(Locked(normalise(match[1]), match[2], (match[3] or "").strip()))
            in_via = False
        elif stripped.startswith("--hash="):
            entries[-1].hashes.add(stripped.removeprefix("--hash=").rstrip(" \\"))
        elif stripped == "# via":
            in_via = True
        elif stripped.startswith("# via "):
            entries[-1].via.add(stripped.removeprefix("# via "))
        elif in_via and stripped.startswith("#   "):
            entries[-1].via.add(stripped.removeprefix("#   "))
        elif stripped and not stripped.startswith("#"):
            raise AssertionError(f"a line the lock format does not have: {line!r}")
    return entries


def pins(pyproject_text: str, extras: tuple[str, ...]) -> dict[str, str]:
    """pyproject.toml's exact pins, name to version: the dependencies and the given extras'."""
    data = tomllib.loads(pyproject_text)
    declared = list(data["project"]["dependencies"])
    for extra in extras:
        declared += data["project"]["optional-dependencies"][extra]
    result = {}
    for line in declared:
        requirement = Requirement(line)
        specs = list(requirement.specifier)
        assert len(specs) == 1 and specs[0].operator == "==", f"pyproject.toml: pin {line!r} exactly (==)"
        result[normalise(requirement.name)] = specs[0].version
    return result


def lock_disagreements(pyproject_text: str, lock_text: str, extras: tuple[str, ...]) -> list[str]:
    """Where a lock and pyproject.toml's pins differ, one line each; empty when they agree."""
    wanted = pins(pyproject_text, extras)
    project = f"{tomllib.loads(pyproject_text)['project']['name']} (pyproject.toml)"
    entries = parse_lock(lock_text)
    problems = []
    for name, version in sorted(wanted.items()):
        versions = sorted({entry.version for entry in entries if entry.name == name})
        if versions != [version]:
            problems.append(f"{name}: pyproject.toml pins {version}, the lock has {versions or 'nothing'}")
    problems += [
        f"{entry.name}: in the lock as a pin of pyproject.toml, which no longer lists it"
        for entry in entries
        if project in entry.via and entry.name not in wanted
    ]
    return problems


LOCKS = {TEST_LOCK: ("test",), SITE_LOCK: ()}


@pytest.mark.parametrize("lock", sorted(LOCKS), ids=lambda p: p.name)
def test_lock_agrees_with_pyproject(lock: Path) -> None:
    problems = lock_disagreements(
        (ROOT / "pyproject.toml").read_text(encoding="utf-8"), lock.read_text(encoding="utf-8"), LOCKS[lock]
    )
    assert problems == [], f"{lock.relative_to(ROOT)} is out of date; run `bash {LOCK_SCRIPT}`:\n" + "\n".join(problems)


def test_lock_check_finds_a_changed_an_added_and_a_removed_pin() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    lock = TEST_LOCK.read_text(encoding="utf-8")
    first, second = tomllib.loads(pyproject)["project"]["optional-dependencies"]["test"][:2]
    name, version = normalise(Requirement(first).name), str(next(iter(Requirement(first).specifier)).version)
    changed = pyproject.replace(f'"{first}"', f'"{first.replace(version, version + ".post9")}"')
    added = pyproject.replace(f'"{first}",', f'"{first}",\n    "no-such-package==1.0",')
    removed = pyproject.replace(f'"{second}",', "")
    assert lock_disagreements(changed, lock, ("test",)) == [
        f"{name}: pyproject.toml pins {version}.post9, the lock has ['{version}']"
    ]
    assert lock_disagreements(added, lock, ("test",)) == [
        "no-such-package: pyproject.toml pins 1.0, the lock has nothing"
    ]
    assert lock_disagreements(removed, lock, ("test",)) == [
        f"{normalise(Requirement(second).name)}: in the lock as a pin of pyproject.toml, which no longer lists it"
    ]


def test_site_lock_has_the_tested_versions_and_no_test_tools() -> None:
    # Markers may differ: the test tools can need a package on more Pythons than the site does.
    tested = {(e.name, e.version): e.hashes for e in parse_lock(TEST_LOCK.read_text(encoding="utf-8"))}
    site = parse_lock(SITE_LOCK.read_text(encoding="utf-8"))
    for entry in site:
        assert tested.get((entry.name, entry.version)) == entry.hashes, f"{entry.name} {entry.version}"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    test_only = set(pins(pyproject, ("test",))) - set(pins(pyproject, ()))
    assert test_only and not test_only & {entry.name for entry in site}


@pytest.mark.parametrize("lock", sorted(LOCKS), ids=lambda p: p.name)
def test_every_locked_package_has_hashes_and_the_build_backend_is_locked(lock: Path) -> None:
    entries = parse_lock(lock.read_text(encoding="utf-8"))
    assert len(entries) > 20
    for entry in entries:
        assert entry.hashes and all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for h in entry.hashes), entry.name
    # `pip install --no-build-isolation -e .` builds the project with the lock's setuptools.
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for line in pyproject["build-system"]["requires"]:
        requirement = Requirement(line)
        versions = [e.version for e in entries if e.name == normalise(requirement.name)]
        assert versions and all(requirement.specifier.contains(v) for v in versions), line


def test_locks_come_from_the_documented_command() -> None:
    for lock in LOCKS:
        header = lock.read_text(encoding="utf-8").splitlines()[:2]
        assert header[1] == f"#    bash {LOCK_SCRIPT}", lock.name
    script = (ROOT / LOCK_SCRIPT).read_text(encoding="utf-8")
    # One resolution for every platform and Python 3.11 on; each file's hash; both platforms checked.
    for option in ("--universal", "--python-version 3.11", "--generate-hashes", "--require-hashes"):
        assert option in script, option
    assert "for arch in x86_64 aarch64" in script


# --- Dependabot ------------------------------------------------------------------------------------


def test_dependabot_updates_actions_and_python_packages_in_groups() -> None:
    config = load(GITHUB / "dependabot.yml")
    updates = {update["package-ecosystem"]: update for update in config["updates"]}
    assert set(updates) == {"github-actions", "pip"}
    for update in updates.values():
        assert update["directory"] == "/" and update["schedule"]["interval"] in {"daily", "weekly"}
        assert update["groups"]
    site = updates["pip"]["groups"]["site"]["patterns"]
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    test_only = set(pins(pyproject, ("test",))) - set(pins(pyproject, ()))
    # The test tools are never in the group reviewed by looking at the built site.
    assert not [name for name in test_only if any(fnmatch(name, p) for p in site)]
    ignored = {rule["dependency-name"]: rule["update-types"] for rule in updates["pip"]["ignore"]}
    assert ignored["mkdocs"] == ["version-update:semver-major"]


# --- Templates and documentation -------------------------------------------------------------------

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


def test_documented_scripts_exist() -> None:
    """Every `bash <script>` README.md and CONTRIBUTING.md tell people to run is in the repository."""
    named = set()
    for doc in ("README.md", "CONTRIBUTING.md"):
        named |= set(re.findall(r"\bbash ((?:\.ci|requirements)/[\w.-]+)", (ROOT / doc).read_text(encoding="utf-8")))
    assert {".ci/run", LOCK_SCRIPT} <= named
    assert [script for script in sorted(named) if not (ROOT / script).is_file()] == []

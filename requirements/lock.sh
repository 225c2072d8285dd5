#!/usr/bin/env bash
# Regenerates the lock files from pyproject.toml's pins, then proves they install on both platforms.
#
#   requirements/test.txt  what .ci/run installs: the package's dependencies, its test extra and
#                          the build backend (setuptools), each version pinned with every file's hash
#   requirements/site.txt  what the published site is built with: the same versions, no test extra
#
# One universal resolution (uv) covers Linux x86_64 and aarch64 with Python 3.11 and later; then pip
# downloads every locked wheel for each of those platforms and checks it against the lock's hashes.
#
# Usage: bash requirements/lock.sh            after changing a pin in pyproject.toml
#        bash requirements/lock.sh --upgrade  also moves the packages nobody pins to their newest versions
# Needs the project's .venv (bash .ci/run makes it): uv comes from the test extra.
set -euo pipefail
cd "$(dirname "$0")/.."

uv=${UV:-.venv/bin/uv}
python=${PYTHON:-.venv/bin/python}
if [ ! -x "$uv" ] || [ ! -x "$python" ]; then
  echo "requirements/lock.sh: no $uv or $python; set up the project first with: bash .ci/run" >&2
  exit 2
fi

# pyproject.toml's [build-system] requirements, one a line: `pip install --no-build-isolation -e .`
# then builds the project with the locked setuptools instead of fetching one unchecked.
build_requires() {
  "$python" -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"], sep="\n")'
}

compile() {  # OUTPUT [uv option ...]
  local output=$1
  shift
  build_requires | "$uv" pip compile --quiet pyproject.toml - \
    --universal --python-version 3.11 --generate-hashes \
    --custom-compile-command "bash requirements/lock.sh" --output-file "$output" "$@"
}

compile requirements/test.txt --extra test "$@"
# Constrained by the test lock, so the site is built with exactly the versions the tests ran with.
compile requirements/site.txt --constraint requirements/test.txt

# pip 23 does not widen a manylinux platform to older glibc versions by itself: list them (2.17 is
# manylinux2014, the oldest any locked wheel needs; 2.39 is Ubuntu 24.04's glibc).
# pip judges the lock's markers by the Python running it, so the check asks for that same version.
version=$("$python" -c 'import platform; print(platform.python_version())')
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
for arch in x86_64 aarch64; do
  platforms=(--platform "manylinux2014_$arch")
  for minor in $(seq 17 39); do platforms+=(--platform "manylinux_2_${minor}_$arch"); done
  for lock in requirements/test.txt requirements/site.txt; do
    rm -rf "$workdir/wheels"
    if ! "$python" -m pip download --quiet --no-deps --only-binary :all: --implementation cp \
      --python-version "$version" "${platforms[@]}" --require-hashes -r "$lock" -d "$workdir/wheels" >"$workdir/log" 2>&1; then
      grep -v "is ignored: it is neither a file nor a directory" "$workdir/log" >&2 || true
      echo "requirements/lock.sh: $lock does not install on Linux $arch with Python $version (above: pip's reason)" >&2
      exit 1
    fi
    echo "$lock: $(find "$workdir/wheels" -name '*.whl' | wc -l) wheels for Linux $arch, Python $version, each matching a locked hash"
  done
done

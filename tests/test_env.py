"""One pinned set of versions for make, CI and Binder: environment.yml, pyproject and the lock agree."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)", line)
        if m:
            pins[m.group(1).lower().replace("_", "-")] = m.group(2)
    return pins


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def test_every_declared_dependency_is_pinned_and_satisfied():
    lock = _lock()
    project = _project()
    extras = project["optional-dependencies"]
    for spec in project["dependencies"] + [s for group in extras.values() for s in group]:
        req = Requirement(spec)
        name = req.name.lower().replace("_", "-")
        if name == "kzlib":  # an extra that includes another extra of kzlib
            continue
        assert name in lock, f"{name} is declared in pyproject.toml but missing from the lock"
        assert req.specifier.contains(lock[name], prereleases=True), (
            f"lock pins {name}=={lock[name]}, outside pyproject's {req.specifier}")


def test_the_core_needs_pandas_and_the_extras_add_the_rest():
    """`pip install kzlib` gives the data core; [teach] adds figures and explorers; [lab] adds
    JupyterLab and Voila; [test] is everything (the lock, from which make and CI install)."""
    project = _project()
    names = {Requirement(s).name for s in project["dependencies"]}
    assert names == {"pandas", "numpy"}
    extras = {k: {Requirement(s).name for s in v} for k, v in
              project["optional-dependencies"].items()}
    assert extras["teach"] == {"matplotlib", "ipywidgets"}
    assert {"jupyterlab", "voila"} <= extras["lab"] and "kzlib" in extras["lab"]
    assert "kzlib" in extras["test"]
    assert "--extra test" in (ROOT / "requirements.lock").read_text().splitlines()[1]


def test_environment_yml_uses_the_lock_and_pins_python():
    text = (ROOT / "environment.yml").read_text()
    assert re.search(r"^\s*- python=3\.11\s*$", text, re.M)
    assert re.search(r"^\s*- -r requirements\.lock\s*$", text, re.M)
    assert re.search(r"^\s*- -e \.\s*$", text, re.M)
    lock_header = (ROOT / "requirements.lock").read_text()
    assert "--python-version 3.11" in lock_header
    assert _project()["requires-python"] == ">=3.11"


def test_makefile_installs_from_the_lock():
    text = (ROOT / "Makefile").read_text()
    assert "-r requirements.lock" in text and "-m venv" in text
    assert "--ServerApp.ip=127.0.0.1" in text
    assert "0.0.0.0" not in text and "token=''" not in text and 'token=""' not in text


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "make lab" in readme and "make test" in readme

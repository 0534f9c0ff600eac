"""`pip install kzlib` gives the data core only: the wheel asks for pandas and NumPy alone, loads
every table in a fresh environment that has nothing else, and a teaching module there says which
extra to install. (No network: the fresh environment borrows pandas and its own dependencies from
this one, and nothing more.)"""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent


def _closure(names: list[str]) -> set[str]:
    """The installed distributions ``names`` need, with their own requirements (no extras)."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        dist = metadata.distribution(todo.pop())
        key = dist.metadata["Name"].lower()
        if key in seen:
            continue
        seen.add(key)
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "--wheel-dir", str(out), str(ROOT)], check=True,
                   capture_output=True)
    (found,) = out.glob("kzlib-*.whl")
    return found


@pytest.fixture(scope="module")
def core_env(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel and the core's dependencies only."""
    home = tmp_path_factory.mktemp("core-env")
    venv.create(home / "venv", with_pip=True)
    python = home / "venv" / "bin" / "python"
    borrowed = home / "borrowed"
    borrowed.mkdir()
    for name in _closure(["pandas", "numpy"]):
        dist = metadata.distribution(name)
        for top in {Path(str(f)).parts[0] for f in dist.files or []}:
            source = Path(str(dist.locate_file(top)))
            if source.exists() and not (borrowed / top).exists():
                (borrowed / top).symlink_to(source)
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path("
                           "'purelib'))"], capture_output=True, text=True, check=True)
    Path(site.stdout.strip(), "borrowed.pth").write_text(str(borrowed) + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True)
    return python


def test_the_wheel_requires_pandas_and_numpy_only(wheel):
    with zipfile.ZipFile(wheel) as archive:
        meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        lines = archive.read(meta).decode().splitlines()
    always = sorted(Requirement(line.split(":", 1)[1]).name for line in lines
                    if line.startswith("Requires-Dist:") and "extra ==" not in line)
    assert always == ["numpy", "pandas"]
    with zipfile.ZipFile(wheel) as archive:
        assert "kzlib/data/events.csv" in archive.namelist()


def test_the_core_alone_loads_every_table(core_env):
    code = ("import importlib.util, sys, kzlib\n"
            "assert importlib.util.find_spec('matplotlib') is None, 'matplotlib is installed'\n"
            "rows = {n: len(getattr(kzlib, 'load_' + n)()) for n in kzlib.list_datasets()}\n"
            "assert all(rows.values()), rows\n"
            "print(kzlib.check('start-3', 'source_ids').correct)\n"
            "from kzlib.pipeline.validate import validate\n"
            "print(validate() == [])\n")
    result = subprocess.run([str(core_env), "-c", code], capture_output=True, text=True,
                            cwd=core_env.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True"]


@pytest.mark.parametrize("module", ["kzlib.plots", "kzlib.explore"])
def test_a_teaching_module_without_its_extra_names_the_extra(core_env, module):
    result = subprocess.run([str(core_env), "-c", f"import {module}"], capture_output=True,
                            text=True, cwd=core_env.parent)
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError:") and "pip install 'kzlib[teach]'" in last, last

"""Launch paths: Binder reads the configuration as intended, the README's badges open the right
pages, and the teacher guide's nbgitpuller link is well formed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
GUIDE = (ROOT / "teachers" / "guide.md").read_text(encoding="utf-8")


def _repo2docker() -> str:
    exe = shutil.which("repo2docker", path=str(Path(sys.executable).parent))
    if not exe:
        pytest.fail("jupyter-repo2docker is not installed (it is in the test extra)")
    return exe


@pytest.fixture(scope="module")
def dockerfile(tmp_path_factory):
    # repo2docker reads the files git would send; copy the configuration, not the .venv.
    repo = tmp_path_factory.mktemp("repo")
    for name in ("environment.yml", "requirements.lock", "pyproject.toml", "README.md", "postBuild"):
        shutil.copy(ROOT / name, repo / name)
    result = subprocess.run([_repo2docker(), "--no-build", "--debug", str(repo)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout + result.stderr


def test_binder_uses_environment_yml_and_pins_python(dockerfile):
    assert "Building conda environment for python=3.11" in dockerfile
    assert re.search(r'env update -p \$\{NB_PYTHON_PREFIX\} --file "environment\.yml"', dockerfile)
    assert "requirements.txt" not in dockerfile  # the conda buildpack wins; no second install path


def test_binder_runs_postbuild_after_the_environment(dockerfile):
    env_update = dockerfile.index('--file "environment.yml"')
    assert dockerfile.index("RUN ./postBuild") > env_update  # JupyterLab is installed by then


def test_postbuild_installs_the_lab_settings_where_jupyterlab_reads_them(tmp_path):
    """Binder's postBuild puts the project's settings into JupyterLab's app directory (here a
    temporary one, through JUPYTERLAB_DIR), where JupyterLab's own reader finds them."""
    from jupyterlab_server.settings_utils import _get_overrides

    env = {**os.environ, "JUPYTERLAB_DIR": str(tmp_path),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(["bash", str(ROOT / "postBuild")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert os.access(ROOT / "postBuild", os.X_OK)
    overrides, error = _get_overrides(str(tmp_path / "settings"))
    assert not error
    assert overrides["@jupyterlab/apputils-extension:notification"] == {
        "fetchNews": "false", "checkForUpdates": False}


def test_binder_environment_installs_kzlib_from_the_lock():
    text = (ROOT / "environment.yml").read_text()
    assert "- -r requirements.lock" in text and "- -e ." in text
    assert not (ROOT / "binder").exists() and not (ROOT / ".binder").exists()


def _badges():
    return re.findall(r"\]\((https://mybinder\.org/v2/gh/[^)]+)\)", README)


def test_readme_badges_open_the_start_notebook_and_the_explorers_in_every_language():
    badges = _badges()
    assert len(badges) == 6, badges
    paths = [parse_qs(urlparse(b).query)["urlpath"][0] for b in badges]
    for folder in ("notebooks", "notebooks/ru", "notebooks/kk"):
        assert f"lab/tree/{folder}/00-start-here.ipynb" in paths
        assert f"voila/render/{folder}/explorers.ipynb" in paths
    for p in paths:
        assert (ROOT / p.split("/", 2)[2]).is_file(), f"a badge opens {p}, which does not exist"


def test_nbgitpuller_link_is_well_formed():
    links = re.findall(r"https://[^\s`)]+/hub/user-redirect/git-pull\?[^\s`)]+", GUIDE)
    assert links, "the teacher guide has no nbgitpuller link"
    for link in links:
        query = parse_qs(urlparse(link).query)
        assert set(query) == {"repo", "branch", "urlpath"}, query
        repo = urlparse(query["repo"][0])
        assert repo.scheme == "https" and repo.netloc == "github.com"
        folder = repo.path.rstrip("/").split("/")[-1]
        assert query["urlpath"][0] == f"lab/tree/{folder}/notebooks/00-start-here.ipynb"
        assert query["branch"] == ["main"]
        assert "%2F" in link and unquote(link) != link  # parameters are URL-encoded
    badge_repo = urlparse(_badges()[0]).path.split("/")[3:5]
    assert repo.path.strip("/").split("/") == badge_repo  # the same repository everywhere

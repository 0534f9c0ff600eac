"""`make lab` serves JupyterLab on 127.0.0.1 only, with token authentication on and the project's own
settings; a test server leaves the user's own Jupyter folders alone."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest
from servers import START_LINK, api, free_port, make_server

NOTIFICATION_SETTINGS = "/lab/api/settings/@jupyterlab/apputils-extension:notification"


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("lab") / "lab.log"
    with make_server("lab", port, log, [f"PORT={port}", "LAB_ARGS=--no-browser"],
                     ready=START_LINK) as (token, text):
        yield port, token, text


def test_lab_requires_the_token(lab):
    port, token, _ = lab
    assert _status(f"http://127.0.0.1:{port}/api/status") == 403
    assert _status(f"http://127.0.0.1:{port}/api/status?token=wrong") == 403
    assert _status(f"http://127.0.0.1:{port}/api/status?token={token}") == 200


def test_lab_listens_on_loopback_only(lab):
    port, _, text = lab
    assert f"http://127.0.0.1:{port}/lab" in text
    assert "0.0.0.0" not in text
    assert "notebooks/00-start-here.ipynb" in text


def test_lab_prints_a_link_that_opens_the_start_notebook(lab):
    """The link to copy where no browser opens (WSL, a remote machine) opens the start notebook
    itself, not the front page (where JupyterLab would restore the last saved workspace), and it
    comes after Jupyter's own start-up lines, once the server answers."""
    port, token, text = lab
    start = f"http://127.0.0.1:{port}/lab/tree/notebooks/00-start-here.ipynb"
    printed = START_LINK.search(text)
    link = printed.group(1)
    assert link == f"{start}?token={token}"
    assert printed.start() > text.rindex("Or copy and paste one of these URLs")
    with urllib.request.urlopen(link, timeout=10) as response:
        page = response.read().decode()
    assert '"treePath": "notebooks/00-start-here.ipynb"' in page  # the notebook JupyterLab opens
    # The front page, and the links Jupyter prints itself, lead to the start notebook too.
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/?token={token}", timeout=10) as response:
        assert response.url.split("?")[0] == start
    assert f"{start}?token={token}" in text.split("Or copy and paste one of these URLs")[1]


def test_lab_does_not_ask_about_jupyter_news(lab):
    """The project's settings (tools/lab-overrides.json, installed by make) are in force: JupyterLab
    asks "Would you like to get notified about official Jupyter news?" only while fetchNews is
    "none", and checks PyPI for a newer JupyterLab unless checkForUpdates is off."""
    port, token, _ = lab
    schema = api(port, token, "GET", NOTIFICATION_SETTINGS)["schema"]["properties"]
    assert schema["fetchNews"]["default"] == "false"
    assert schema["checkForUpdates"]["default"] is False


# What a lesson in the browser writes through the server, made here through the same REST calls
# JupyterLab's front end makes (so the check needs no browser).
WORKSPACE = {"data": {"layout-restorer:data": {"main": {"dock": {
    "type": "tab-area", "currentIndex": 0,
    "widgets": ["notebook:notebooks/04-the-csto-intervention.ipynb"]}}}},
    "metadata": {"id": "default"}}


def _jupyter_files(home: Path) -> list[str]:
    folders = [home / ".jupyter", home / ".local" / "share" / "jupyter"]
    return sorted(str(p.relative_to(home)) for f in folders if f.exists() for p in f.rglob("*"))


def test_a_test_server_leaves_the_users_jupyter_folders_alone(tmp_path):
    """Run `make lab` as the tests do, for a user whose home is an empty stand-in (and who also
    names its Jupyter folders in the environment, so each of the test servers' settings is needed),
    make every kind of write a lesson session makes (workspace, user setting, front-end config,
    notebook trust database, kernel, runtime files), and check nothing reached the stand-in's
    ~/.jupyter or ~/.local/share/jupyter. The real home is never involved, whatever its state."""
    home = tmp_path / "home"
    home.mkdir()
    user_env = {"HOME": str(home),
                "JUPYTER_CONFIG_DIR": str(home / ".jupyter"),
                "JUPYTER_DATA_DIR": str(home / ".local/share/jupyter"),
                "JUPYTER_RUNTIME_DIR": str(home / ".local/share/jupyter/runtime"),
                "JUPYTERLAB_SETTINGS_DIR": str(home / ".jupyter/lab/user-settings"),
                "JUPYTERLAB_WORKSPACES_DIR": str(home / ".jupyter/lab/workspaces")}
    state = tmp_path / "jupyter-state"  # make_server's folder for the test server's state
    port = free_port()
    with make_server("lab", port, tmp_path / "lab.log", [f"PORT={port}", "LAB_ARGS=--no-browser"],
                     env=user_env) as (token, _):
        api(port, token, "PUT", "/lab/api/workspaces/default", WORKSPACE)
        api(port, token, "PUT", NOTIFICATION_SETTINGS, {"raw": '{"doNotDisturbMode": true}'})
        api(port, token, "PATCH", "/api/config/jupyterlabapputilsextensionannouncements",
             {"seen-by-test": {"seen": True}})
        api(port, token, "GET", "/api/contents/notebooks/00-start-here.ipynb")  # checks trust
        kernel = api(port, token, "POST", "/api/kernels", {"name": "python3"})
        # (written before the kernel starts, removed when it stops)
        kernel_file_was_ours = (state / "runtime" / f"kernel-{kernel['id']}.json").exists()
        api(port, token, "DELETE", f"/api/kernels/{kernel['id']}")

    assert _jupyter_files(home) == [], "a test server wrote into the (stand-in) home folder"
    # The writes did happen, in the test's own folders (else the check above proves nothing).
    assert list((state / "lab-workspaces").glob("*.jupyterlab-workspace"))
    assert list((state / "lab-user-settings").rglob("notification.jupyterlab-settings"))
    assert list((state / "config").rglob("jupyterlabapputilsextensionannouncements.json"))
    assert (state / "data" / "nbsignatures.db").exists()
    assert kernel_file_was_ours


def test_voila_serves_the_worksheet_the_explorers_page_links(tmp_path):
    """The explorers page links notebooks/explorers-worksheet.md; Voila serves only images unless
    voila.json (read from the folder `make voila` and Binder start in) allows that one file too.
    Without it the link answers 403 "File not allowlisted". Voila serves allowlisted files without
    asking for the token, so the list names the worksheet alone, not every Markdown file."""
    port = free_port()
    with make_server("voila", port, tmp_path / "voila.log",
                     [f"VOILA_PORT={port}", "VOILA_ARGS=--no-browser"]) as (token, _):
        url = f"http://127.0.0.1:{port}/voila/files/explorers-worksheet.md"
        assert _status(f"{url}?token={token}") == 200
        other = f"http://127.0.0.1:{port}/voila/files/AUTHORING.md?token={token}"
        assert _status(other) == 403  # notebooks/AUTHORING.md: not on the list


@pytest.mark.parametrize(("edition", "locale"), [("ru", "ru_RU"), ("kk", None)])
def test_an_edition_opens_its_start_notebook_and_interface_language(tmp_path, edition, locale):
    """`make lab LANG=ru` opens the Russian start notebook with JupyterLab's own Russian menus
    (its language pack is in the lock); `LANG=kk` the Kazakh start notebook, with JupyterLab's
    menus in English, since no Kazakh language pack exists."""
    port = free_port()
    with make_server("lab", port, tmp_path / "lab.log",
                     [f"PORT={port}", "LAB_ARGS=--no-browser", f"LANG={edition}"],
                     ready=START_LINK) as (token, text):
        link = START_LINK.search(text).group(1)
        assert f"/lab/tree/notebooks/{edition}/00-start-here.ipynb" in link
        plugin = "/lab/api/settings/@jupyterlab/translation-extension:plugin"
        answer = api(port, token, "GET", plugin)
        # the edition's settings folder sets the default (overrides.d); a user's own choice wins
        default = answer["schema"]["properties"]["locale"]["default"]
        chosen = answer["settings"].get("locale", default)
        assert chosen == (locale or "default")
        if locale:
            packs = api(port, token, "GET", "/lab/api/translations")["data"]
            assert locale in packs, f"JupyterLab's {locale} language pack is not installed"

"""`make lab` serves JupyterLab on 127.0.0.1 only, with token authentication on."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest
from servers import free_port, make_server


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
    with make_server("lab", port, log, [f"PORT={port}", "LAB_ARGS=--no-browser"]) as (token, text):
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

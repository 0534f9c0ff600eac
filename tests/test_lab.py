"""`make lab` serves JupyterLab on 127.0.0.1 only, with token authentication on."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    port = _free_port()
    log = tmp_path_factory.mktemp("lab") / "lab.log"
    env = {**os.environ, "BROWSER": "true", "JUPYTER_RUNTIME_DIR": str(log.parent)}
    with open(log, "w") as out:
        proc = subprocess.Popen(["make", "--no-print-directory", "lab", f"PORT={port}",
                                 "LAB_ARGS=--no-browser"], cwd=ROOT, stdout=out,
                                stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        token = None
        for _ in range(120):
            m = re.search(rf"http://127\.0\.0\.1:{port}/lab\S*\?token=([0-9a-f]+)",
                          log.read_text())
            if m:
                token = m.group(1)
                break
            if proc.poll() is not None:
                break
            time.sleep(0.5)
        assert token, "JupyterLab did not start:\n" + log.read_text()[-3000:]
        yield port, token, log.read_text()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)


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

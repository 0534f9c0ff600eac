"""Start the project's own servers (make lab, make voila) for a test, and stop them afterwards.

A test server keeps all its Jupyter state in the test's temporary folder: configuration, data
(notebook trust database, secrets), runtime files, and JupyterLab's user settings and workspaces.
Without that, a browser test saves its workspace into the user's ~/.jupyter, and the user's next
`make lab` reopens whatever the test last showed (tests/test_lab.py checks the user's folders stay
untouched).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The environment variables Jupyter Server and JupyterLab 4 read for every folder they write to
# (all default to folders in the user's home), each mapped to a subfolder of the test's own.
STATE_DIRS = {
    "JUPYTER_CONFIG_DIR": "config",                # ~/.jupyter (config, nbconfig, migrated)
    "JUPYTER_DATA_DIR": "data",                    # ~/.local/share/jupyter (trust db, secrets)
    "JUPYTER_RUNTIME_DIR": "runtime",              # …/jupyter/runtime (server and kernel files)
    "JUPYTERLAB_SETTINGS_DIR": "lab-user-settings",  # ~/.jupyter/lab/user-settings
    "JUPYTERLAB_WORKSPACES_DIR": "lab-workspaces",   # ~/.jupyter/lab/workspaces
}


# `make lab` prints the link that opens the start notebook, framed, once the server answers.
START_LINK = re.compile(r"Open the start notebook with this link.*?\n\s*\n\s+(http://\S+)\n", re.S)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers(port: int) -> bool:
    """Whether something answers HTTP on the port (any status will do: the server is up)."""
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status", timeout=2).close()
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False
    return True


def api(port: int, token: str, method: str, path: str, body=None):
    """One authenticated REST call to a test server; the decoded JSON answer, if any."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method,
                                     headers={"Authorization": f"token {token}",
                                              "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read()
    return json.loads(text) if text else None


def server_env(state: Path, **extra: str) -> dict[str, str]:
    """The environment for a test server whose Jupyter state lives under ``state``."""
    env = {**os.environ, "BROWSER": "true", **extra}
    for var, sub in STATE_DIRS.items():
        (state / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(state / sub)
    return env


@contextlib.contextmanager
def make_server(target: str, port: int, log: Path, extra: list[str], timeout: float = 90,
                env: dict[str, str] | None = None, ready: str | re.Pattern | None = None):
    """Run ``make <target>`` and yield (token, log text) once it prints its URL with a token,
    answers HTTP, and (if given) its log matches the pattern ``ready``.

    Jupyter Server prints its URLs before it listens (it binds once its event loop runs), so a
    request made as soon as the URL appears can be refused.

    The server's Jupyter state goes to ``jupyter-state/`` beside the log; ``env`` adds to (or
    overrides) the environment, e.g. a stand-in HOME.
    """
    full_env = server_env(log.parent / "jupyter-state", **(env or {}))
    with open(log, "w") as out:
        proc = subprocess.Popen(["make", "--no-print-directory", target, *extra], cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT, env=full_env,
                                start_new_session=True)
    try:
        token = None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and proc.poll() is None:
            text = log.read_text()
            m = re.search(rf"http://127\.0\.0\.1:{port}/\S*\?token=([0-9a-f]+)", text)
            if m and answers(port) and (ready is None or re.search(ready, text)):
                token = m.group(1)
                break
            time.sleep(0.3)
        assert token, f"make {target} did not start:\n" + log.read_text()[-3000:]
        yield token, log.read_text()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:  # pragma: no cover
                os.killpg(proc.pid, signal.SIGKILL)

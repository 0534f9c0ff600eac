"""Start the project's own servers (make lab, make voila) for a test, and stop them afterwards."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def make_server(target: str, port: int, log: Path, extra: list[str], timeout: float = 90):
    """Run ``make <target>`` and yield (token, log text) once it prints its URL with a token."""
    env = {**os.environ, "BROWSER": "true", "JUPYTER_RUNTIME_DIR": str(log.parent)}
    with open(log, "w") as out:
        proc = subprocess.Popen(["make", "--no-print-directory", target, *extra], cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)
    try:
        token = None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and proc.poll() is None:
            m = re.search(rf"http://127\.0\.0\.1:{port}/\S*\?token=([0-9a-f]+)", log.read_text())
            if m:
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

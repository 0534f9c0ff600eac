"""No test may reach the network: both this process and notebook kernels are guarded."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_pytest_process_cannot_connect_out():
    with pytest.raises(Exception, match="(?i)tried to use socket|blocked"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET-1, never routed


def test_kernel_startup_file_blocks_connections():
    startup = Path(os.environ["IPYTHONDIR"]) / "profile_default" / "startup" / "00-no-network.py"
    assert startup.is_file()
    code = (f"exec(open({str(startup)!r}).read())\n"
            "import socket\n"
            "try:\n    socket.create_connection(('192.0.2.1', 80), timeout=1)\n"
            "except OSError as e:\n    print(type(e).__name__, e)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "NetworkBlockedError" in out.stdout and "blocked during the tests" in out.stdout

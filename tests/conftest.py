"""Shared test set-up: no network, anywhere in the suite.

* In this process, pytest-socket (``--allow-hosts`` in pyproject's addopts) refuses connections to
  any host but the loopback, which the notebook kernels' ZeroMQ channels use.
* Notebook kernels run in their own process: an IPython start-up file (through a private
  IPYTHONDIR) makes them refuse non-loopback connections too.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).parent
NO_NETWORK_STARTUP = HERE / "no_network_startup.py"


def pytest_configure(config):
    ipydir = Path(tempfile.mkdtemp(prefix="kzlib-ipython-"))
    startup = ipydir / "profile_default" / "startup"
    startup.mkdir(parents=True)
    shutil.copy(NO_NETWORK_STARTUP, startup / "00-no-network.py")
    os.environ["IPYTHONDIR"] = str(ipydir)
    config._kzlib_ipydir = ipydir


def pytest_unconfigure(config):
    shutil.rmtree(getattr(config, "_kzlib_ipydir", ""), ignore_errors=True)


@pytest.fixture
def fixture_raw(tmp_path) -> Path:
    """A private copy of the small made-up raw data set in tests/fixtures/raw."""
    target = tmp_path / "project" / "data" / "raw"
    shutil.copytree(HERE / "fixtures" / "raw", target)
    return target


def pytest_terminal_summary(terminalreporter):
    """`make test` ends with the share of each catalog translated, per language and file."""
    import sys

    sys.path.insert(0, str(HERE.parent / "tools"))
    try:
        import translations
    except ImportError:  # pragma: no cover - Babel is in the test extra
        return
    terminalreporter.section("translations (share of each catalog translated)")
    for line in translations.status().splitlines():
        terminalreporter.write_line(line)

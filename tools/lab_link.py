"""Print the link that opens the start notebook, once `make lab`'s server answers.

Where no browser opens by itself (WSL, a remote machine), a student copies a link from the
terminal. Jupyter prints its own links before the server listens, among its log lines; this one
comes once the server answers, framed so it stands out. `make lab` starts it in the background,
detached, and then turns its own shell into the server:

    (python tools/lab_link.py --server-pid $$ NOTEBOOK &); exec jupyter lab ...

so the server's process id is the shell's. Jupyter writes ``jpserver-<pid>.json`` (address and
token) into its runtime folder; once that exists and the server answers HTTP, the link is printed.
It gives up quietly if the server stops first, or after ``--timeout`` seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from jupyter_core.paths import jupyter_runtime_dir


def link(info: dict, notebook: str) -> str:
    """The URL that opens ``notebook`` (a path under the server's root) in JupyterLab."""
    url = urllib.parse.urljoin(info["url"], "lab/tree/" + urllib.parse.quote(notebook))
    return f"{url}?token={info['token']}" if info.get("token") else url


def answers(info: dict) -> bool:
    """Whether the server answers HTTP (asked with its token, so it logs no 403 warning)."""
    request = urllib.request.Request(urllib.parse.urljoin(info["url"], "api/status"),
                                     headers={"Authorization": f"token {info.get('token', '')}"})
    try:
        urllib.request.urlopen(request, timeout=2).close()
    except urllib.error.HTTPError:
        return True  # it answered
    except OSError:
        return False
    return True


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - someone else's process took the number
        return False
    return True


def banner(url: str) -> str:
    rule = "=" * 78
    return "\n".join(["", rule,
                      "  JupyterLab is running. Open the start notebook with this link (copy it into",
                      "  your browser if none opened; it holds your secret token, keep it to yourself):",
                      "", f"    {url}", "",
                      "  Stop the server with Control-C here.",
                      rule, ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", help="path of the notebook under the server's root")
    parser.add_argument("--server-pid", type=int, required=True)
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args(argv)
    info_file = Path(jupyter_runtime_dir()) / f"jpserver-{args.server_pid}.json"
    deadline = time.monotonic() + args.timeout
    while time.monotonic() < deadline and alive(args.server_pid):
        try:
            info = json.loads(info_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # not there yet, or half written
            info = None
        if info and answers(info):
            time.sleep(0.5)  # let the server's last start-up lines go first
            print(banner(link(info, args.notebook)), flush=True)
            return 0
        time.sleep(0.25)
    return 1


if __name__ == "__main__":
    sys.exit(main())

"""Install the project's JupyterLab settings into the environment's JupyterLab.

The settings (``tools/lab-overrides.json``) keep the first screen on the lesson:

* ``fetchNews: "false"`` - no "Would you like to get notified about official Jupyter news?"
  pop-up over the start notebook (JupyterLab asks while the setting is at its default, "none");
* ``checkForUpdates: false`` - no "A newer version of JupyterLab is available" notice either: once
  ``fetchNews`` is "false", JupyterLab 4 asks PyPI at every start whether a newer JupyterLab
  exists, and the pinned one usually is not the newest.

They are *defaults*: JupyterLab reads them from ``<app dir>/settings/overrides.d/*.json`` (one
file per package, in the environment, e.g. ``.venv/share/jupyter/lab/``), and a user's own
settings still win. Nothing is written into the home folder. Run by ``make lab``, ``make voila``
and ``make test`` (Makefile) and by Binder (``postBuild``); ``JUPYTERLAB_DIR`` chooses another app
directory, as it does for JupyterLab itself.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

SOURCE = Path(__file__).resolve().with_name("lab-overrides.json")
NAME = "qantar-2022.json"


def target() -> Path:
    from jupyterlab.commands import get_app_dir  # the directory JupyterLab itself will read

    return Path(get_app_dir()) / "settings" / "overrides.d" / NAME


def main() -> None:
    json.loads(SOURCE.read_text(encoding="utf-8"))  # refuse a broken file before installing it
    dest = target()
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, dest)
    print(f"JupyterLab settings installed: {dest}")


if __name__ == "__main__":
    main()

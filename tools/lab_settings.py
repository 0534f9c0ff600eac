"""Install the project's JupyterLab settings into the environment's JupyterLab.

The settings (``tools/lab-overrides.json``) keep the first screen on the lesson:

* ``fetchNews: "false"`` - no "Would you like to get notified about official Jupyter news?"
  pop-up over the start notebook (JupyterLab asks while the setting is at its default, "none");
* ``checkForUpdates: false`` - no "A newer version of JupyterLab is available" notice either: once
  ``fetchNews`` is "false", JupyterLab 4 asks PyPI at every start whether a newer JupyterLab
  exists, and the pinned one usually is not the newest.

They are *defaults*: JupyterLab reads them from ``<app dir>/settings/overrides.d/*.json`` (one
file per package, in the environment, e.g. ``.venv/share/jupyter/lab/``), and a user's own
settings still win. Nothing is written into the home folder. Run by ``make lab`` and ``make test``
(Makefile) and by Binder (``postBuild``); ``JUPYTERLAB_DIR`` chooses another app
directory, as it does for JupyterLab itself.

For the editions, ``make lab LANG=ru`` starts JupyterLab with ``--LabApp.app_settings_dir`` set to
``<app dir>/settings-ru``: the same settings plus JupyterLab's own interface in Russian, from the
language pack ``jupyterlab-language-pack-ru-RU`` (in the lock). No such pack exists for Kazakh, so
``settings-kk`` keeps the interface in English (the lessons, figures and feedback are Kazakh);
a user can still pick another interface language under Settings → Language.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

SOURCE = Path(__file__).resolve().with_name("lab-overrides.json")
NAME = "qantar-2022.json"


#: JupyterLab interface locales with a language pack on PyPI, by edition.
LOCALES = {"ru": "ru_RU"}
EDITIONS = ("ru", "kk")
TRANSLATION = "@jupyterlab/translation-extension:plugin"


def settings_dir(edition: str | None = None) -> Path:
    """The settings folder JupyterLab reads: the default one, or an edition's."""
    from jupyterlab.commands import get_app_dir  # the directory JupyterLab itself will read

    return Path(get_app_dir()) / ("settings" if not edition else f"settings-{edition}")


def target(edition: str | None = None) -> Path:
    return settings_dir(edition) / "overrides.d" / NAME


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", metavar="EDITION", choices=EDITIONS,
                        help="print the settings folder of an edition (ru, kk) and stop")
    args = parser.parse_args(argv)
    if args.dir:
        print(settings_dir(args.dir))
        return
    settings = json.loads(SOURCE.read_text(encoding="utf-8"))  # refuse a broken file first
    for edition in (None, *EDITIONS):
        dest = target(edition)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SOURCE, dest)
        locale = LOCALES.get(edition or "")
        if locale:
            dest.write_text(json.dumps({**settings, TRANSLATION: {"locale": locale}}, indent=2)
                            + "\n", encoding="utf-8")
        print(f"JupyterLab settings installed: {dest}")


if __name__ == "__main__":
    main()

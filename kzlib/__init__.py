"""kzlib: cleaned, sourced event data on Kazakhstan's January 2022 unrest, for teaching.

Tables: ``events`` (what happened where and when, ACLED-style), ``claims`` (every stated figure
or account, with who stated it and when), ``places`` (the gazetteer), ``sources`` and
``publishers``. Figures are *reported* figures; where sources disagree, the claims table keeps
every version.

The package has three layers, one folder each, and imports run one way (checked by import-linter):

* ``kzlib.core`` — the data core: codebook, shipped files, loaders, gazetteer, cleaning, errors.
  It needs pandas only; ``pip install kzlib`` gives you this.
* ``kzlib.pipeline`` — rules, build, validate, export and the command line (``python -m kzlib``).
* ``kzlib.teaching`` — house style, figures, explorers and exercises (``pip install
  'kzlib[teach]'`` adds matplotlib and ipywidgets).

The names lessons use live at the top: ``kzlib.load_events()``, ``kzlib.cite()``,
``kzlib.places.lookup()``, ``kzlib.plots``, ``kzlib.explore``, ``kzlib.check()``. Importing
kzlib reads no data and does not import matplotlib or ipywidgets.

Examples
--------
>>> import kzlib
>>> events = kzlib.load_events(start="2022-01-02", end="2022-01-19")
>>> print(kzlib.describe("claims").splitlines()[0])  # doctest: +ELLIPSIS
Claims (claims): ... rows
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
from types import ModuleType
from typing import Any

from ._version import DATA_VERSION, __version__
from .core.i18n import LANGUAGES, language, set_language
from .core.load import (
    bibliography,
    cite,
    describe,
    list_datasets,
    load_claims,
    load_events,
    load_places,
    load_publishers,
    load_raw,
    load_sources,
    schema,
)
from .core.records import MILESTONES, date_text, milestone, record, show

__all__ = [
    "__version__",
    "DATA_VERSION",
    "list_datasets",
    "load_events",
    "load_claims",
    "load_places",
    "load_sources",
    "load_publishers",
    "load_raw",
    "describe",
    "schema",
    "cite",
    "bibliography",
    "record",
    "show",
    "date_text",
    "milestone",
    "MILESTONES",
    "set_language",
    "language",
    "LANGUAGES",
    "check",
    "places",
    "clean",
]

#: The public modules, by the short name lessons and users know them by, and where they live.
#: ``kzlib.plots`` and ``import kzlib.plots`` both give ``kzlib.teaching.plots``, imported on
#: first use only (the teaching layer needs the ``teach`` extra).
PUBLIC_MODULES = {
    "codebook": "kzlib.core.codebook",
    "places": "kzlib.core.places",
    "clean": "kzlib.core.clean",
    "build": "kzlib.pipeline.build",
    "validate": "kzlib.pipeline.validate",
    "export": "kzlib.pipeline.export",
    "plots": "kzlib.teaching.plots",
    "explore": "kzlib.teaching.explore",
    "exercises": "kzlib.teaching.exercises",
}


def check(question_id: str, answer: Any) -> Any:
    """Check an answer to an exercise: see :func:`kzlib.teaching.exercises.check`.

    Examples
    --------
    >>> check("start-1", ...)  # doctest: +ELLIPSIS
    ⚠️ [start-1] No answer yet: ...
    """
    return importlib.import_module("kzlib.teaching.exercises").check(question_id, answer)


class _PublicModules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serve ``import kzlib.plots`` (and the other short names) from the module's real home."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        short = fullname.removeprefix(__name__ + ".")
        if fullname.startswith(__name__ + ".") and short in PUBLIC_MODULES:
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def create_module(self, spec: Any) -> ModuleType:
        return importlib.import_module(PUBLIC_MODULES[spec.name.removeprefix(__name__ + ".")])

    def exec_module(self, module: ModuleType) -> None:
        pass  # the real module ran when it was imported


if not any(isinstance(f, _PublicModules) for f in sys.meta_path):
    sys.meta_path.append(_PublicModules())


def __getattr__(name: str) -> ModuleType:
    if name in PUBLIC_MODULES:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module 'kzlib' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(__all__) | set(PUBLIC_MODULES))

"""kzlib: cleaned, sourced event data on Kazakhstan's January 2022 unrest, for teaching.

>>> import kzlib
>>> events = kzlib.load_events(start="2022-01-02", end="2022-01-19")   # doctest: +SKIP
>>> print(kzlib.describe("claims"))                                      # doctest: +SKIP

Tables: ``events`` (what happened where and when, ACLED-style), ``claims`` (every stated figure,
with who stated it and when), ``places`` (the gazetteer) and ``sources``. Figures are *reported*
figures; where sources disagree, the claims table keeps every version.

Importing kzlib reads no data and does not import matplotlib or ipywidgets: ``kzlib.plots``,
``kzlib.explore`` and the exercises' questions load on first use.
"""

from __future__ import annotations

import importlib

from ._version import DATA_VERSION, __version__
from .load import (
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
    "check",
    "places",
    "clean",
]

_LAZY = {"codebook", "places", "clean", "plots", "explore", "exercises", "questions", "build",
         "validate", "export"}


def check(question_id: str, answer):
    """Check an answer to an exercise: see :func:`kzlib.exercises.check` (loaded on first use)."""
    from .exercises import check as _check

    return _check(question_id, answer)


def __getattr__(name: str):
    if name in _LAZY:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module 'kzlib' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(__all__) | _LAZY)

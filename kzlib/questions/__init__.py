"""The exercises of every notebook, for :func:`kzlib.check`: one module per notebook.

Each question says what it asks, how to compute the right answer (from the data, where the answer
depends on it), the hints to give, one after another, and the feedback for mistakes worth
anticipating. Ids are ``<lesson>-<n>``; the notebooks print them next to each exercise. To add a
lesson's exercises, add a module here with a ``QUESTIONS`` list: modules are found automatically.
"""

from __future__ import annotations

import importlib
import pkgutil

from ..exercises import Question


def _collect() -> dict[str, Question]:
    out: dict[str, Question] = {}
    for name in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        for q in importlib.import_module(f"{__name__}.{name}").QUESTIONS:
            if q.id in out:
                raise ValueError(f"question id {q.id!r} is defined twice")
            out[q.id] = q
    return out


QUESTIONS: dict[str, Question] = _collect()

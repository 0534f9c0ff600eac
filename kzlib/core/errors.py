"""Error messages that teach: say what was wrong, what is allowed, and the nearest valid names."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

import pandas as pd

from .i18n import gettext as _
from .i18n import pgettext
from .text import either


def closest(value: str, allowed: Iterable[str], n: int = 3) -> list[str]:
    """The allowed names nearest to ``value`` (case-insensitive), best first.

    Examples
    --------
    >>> closest("Almatty", ["Almaty", "Aktau", "Astana"])
    ['Almaty']
    """
    allowed = list(allowed)
    folded = {a.casefold(): a for a in allowed}
    hits = difflib.get_close_matches(str(value).casefold(), list(folded), n=n, cutoff=0.6)
    return [folded[h] for h in hits]


def did_you_mean(value: str, allowed: Iterable[str], n: int = 3) -> str:
    """" Did you mean 'x' or 'y'?" for the allowed names nearest to ``value``, or "" if none is near.

    The one place every error message of the package gets its suggestions from.

    Examples
    --------
    >>> did_you_mean("protests", ["protest", "violence"])
    " Did you mean 'protest'?"
    >>> did_you_mean("xyz", ["protest"])
    ''
    """
    return suggest(closest(value, allowed, n))


def suggest(names: Iterable[str]) -> str:
    """" Did you mean 'x' or 'y'?" for names already chosen as the nearest, or "" for none.

    Examples
    --------
    >>> suggest(["Almaty", "Aktau"])
    " Did you mean 'Almaty' or 'Aktau'?"
    """
    names = list(dict.fromkeys(names))
    if not names:
        return ""
    return " " + _("Did you mean {names}?").format(names=either([repr(x) for x in names]))


def _kind_names(kind: str) -> tuple[str, str]:
    """A kind of name (as callers of :func:`unknown` give it, in English), singular and plural, in
    the chosen language; a kind not listed here is shown as it is, with an 's' for the plural."""
    names = {
        "dataset": (pgettext("kind of name", "dataset"), pgettext("kinds of name", "datasets")),
        "theme": (pgettext("kind of name", "theme"), pgettext("kinds of name", "themes")),
        "event type": (pgettext("kind of name", "event type"),
                       pgettext("kinds of name", "event types")),
        "measure": (pgettext("kind of name", "measure"), pgettext("kinds of name", "measures")),
        "scope": (pgettext("kind of name", "scope"), pgettext("kinds of name", "scopes")),
        "subject": (pgettext("kind of name", "subject"), pgettext("kinds of name", "subjects")),
        "unit": (pgettext("kind of name", "unit"), pgettext("kinds of name", "units")),
        "bar label": (pgettext("kind of name", "bar label"),
                      pgettext("kinds of name", "bar labels")),
        "lesson": (pgettext("kind of name", "lesson"), pgettext("kinds of name", "lessons")),
        "question id": (pgettext("kind of name", "question id"),
                        pgettext("kinds of name", "question ids")),
        "id": (pgettext("kind of name", "id"), pgettext("kinds of name", "ids")),
        "event id": (pgettext("kind of name", "event id"), pgettext("kinds of name", "event ids")),
        "claim id": (pgettext("kind of name", "claim id"), pgettext("kinds of name", "claim ids")),
        "source id": (pgettext("kind of name", "source id"),
                      pgettext("kinds of name", "source ids")),
        "publisher id": (pgettext("kind of name", "publisher id"),
                         pgettext("kinds of name", "publisher ids")),
        "milestone": (pgettext("kind of name", "milestone"),
                      pgettext("kinds of name", "milestones")),
        "format": (pgettext("kind of name", "format"), pgettext("kinds of name", "formats")),
    }
    return names.get(kind, (kind, kind + "s"))


def unknown(kind: str, value: Any, allowed: Iterable[Any], hint: str = "", limit: int = 25,
            synonyms: dict[str, str] | None = None) -> ValueError:
    """A ValueError naming the bad value, suggesting the nearest, and listing what is allowed.

    ``synonyms`` maps everyday words to the allowed name they mean ('deaths' -> 'fatalities').

    Examples
    --------
    >>> print(unknown("theme", "protests", ["protest", "csto"]))
    unknown theme 'protests'. Did you mean 'protest'? Known themes: csto, protest
    """
    allowed = sorted({str(a) for a in allowed})
    meant = (synonyms or {}).get(str(value).casefold().strip())
    one, many = _kind_names(kind)
    msg = _("unknown {kind} {value}.").format(kind=one, value=repr(value))
    near = closest(str(value), allowed)
    msg += suggest([meant, *near] if meant else near)
    shown = ", ".join(allowed[:limit]) + (", ..." if len(allowed) > limit else "")
    msg += " " + _("Known {kinds}: {names}").format(kinds=many, names=shown)
    if hint:
        msg += f" ({hint})"
    return ValueError(msg)


def expect_str(value: Any, what: str, func: str) -> str:
    """Return ``value`` if it is a string; reject a DataFrame, Series or anything else clearly.

    Examples
    --------
    >>> expect_str("Almaty", "a place", "lookup")
    'Almaty'
    """
    if isinstance(value, str):
        return value
    if isinstance(value, (pd.DataFrame, pd.Series)):
        raise TypeError(_(
            "{func}() takes the name of {what} as a string, but you passed a pandas {type}. If "
            "you already have the data loaded, you do not need {func}(): work with your "
            "DataFrame directly.").format(func=func, what=what, type=type(value).__name__))
    raise TypeError(_("{func}() takes the name of {what} as a string, not {type} ({value}).")
                    .format(func=func, what=what, type=type(value).__name__,
                            value=f"{value!r:.60}"))


def expect_table(frame: Any, name: str, columns: Iterable[str], func: str) -> pd.DataFrame:
    """Return ``frame`` if it is a DataFrame with ``columns``; else a clear error saying which
    table ``func`` takes (``name`` is the table, e.g. 'events').

    Examples
    --------
    >>> expect_table(pd.DataFrame({"event_date": []}), "events", ["event_date"], "timeline").empty
    True
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(_("{func}() takes the {name} table as a DataFrame (e.g. {loader}), not "
                          "{type}.").format(func=func, name=name, loader=f"kzlib.load_{name}()",
                                            type=type(frame).__name__))
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(_("{func}(): the table has no column {column}; pass a table from "
                           "{loader} (filtered rows are fine, dropped columns are not).").format(
                               func=func, column=repr(missing[0]), loader=f"kzlib.load_{name}()"))
    return frame

"""Error messages that teach: say what was wrong, what is allowed, and the nearest valid names."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

import pandas as pd


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
    return (" Did you mean " + " or ".join(repr(x) for x in names) + "?") if names else ""


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
    msg = f"unknown {kind} {value!r}."
    near = closest(str(value), allowed)
    msg += suggest([meant, *near] if meant else near)
    shown = ", ".join(allowed[:limit]) + (", ..." if len(allowed) > limit else "")
    msg += f" Known {kind}s: {shown}"
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
        raise TypeError(
            f"{func}() takes the name of {what} as a string, but you passed a pandas "
            f"{type(value).__name__}. If you already have the data loaded, you do not need "
            f"{func}(): work with your DataFrame directly."
        )
    raise TypeError(f"{func}() takes the name of {what} as a string, not {type(value).__name__} "
                    f"({value!r:.60}).")


def expect_table(frame: Any, name: str, columns: Iterable[str], func: str) -> pd.DataFrame:
    """Return ``frame`` if it is a DataFrame with ``columns``; else a clear error saying which
    table ``func`` takes (``name`` is the table, e.g. 'events').

    Examples
    --------
    >>> expect_table(pd.DataFrame({"event_date": []}), "events", ["event_date"], "timeline").empty
    True
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{func}() takes the {name} table as a DataFrame (e.g. kzlib.load_{name}()),"
                        f" not {type(frame).__name__}.")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{func}(): the table has no column {missing[0]!r}; pass a table from "
                         f"kzlib.load_{name}() (filtered rows are fine, dropped columns are not).")
    return frame

"""Error messages that teach: say what was wrong, what is allowed, and the nearest valid names."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd


def closest(value: str, allowed: Iterable[str], n: int = 3) -> list[str]:
    """The allowed names nearest to ``value`` (case-insensitive), best first."""
    import difflib  # noqa: PLC0415  (only needed when something went wrong)

    allowed = list(allowed)
    folded = {a.casefold(): a for a in allowed}
    hits = difflib.get_close_matches(str(value).casefold(), list(folded), n=n, cutoff=0.6)
    return [folded[h] for h in hits]


def unknown(kind: str, value, allowed: Iterable[str], hint: str = "", limit: int = 25,
            synonyms: dict[str, str] | None = None) -> ValueError:
    """A ValueError naming the bad value, suggesting the nearest, and listing what is allowed.

    ``synonyms`` maps everyday words to the allowed name they mean ('deaths' -> 'fatalities').
    """
    allowed = sorted({str(a) for a in allowed})
    near = closest(str(value), allowed)
    meant = (synonyms or {}).get(str(value).casefold().strip())
    if meant:
        near = [meant, *[n for n in near if n != meant]]
    msg = f"unknown {kind} {value!r}."
    if near:
        msg += " Did you mean " + " or ".join(repr(x) for x in near) + "?"
    shown = ", ".join(allowed[:limit]) + (", ..." if len(allowed) > limit else "")
    msg += f" Known {kind}s: {shown}"
    if hint:
        msg += f" ({hint})"
    return ValueError(msg)


def expect_str(value, what: str, func: str) -> str:
    """Reject a DataFrame, Series or any non-string where a name is expected."""
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

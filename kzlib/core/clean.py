"""Cleaning functions: from messy report text to tidy values.

The build reads raw dates with :func:`parse_date` and merges reports of the same event with
:func:`find_duplicates`; lesson 7 uses all of them on a small messy sample (in the raw files,
researchers type a figure's value and qualifier themselves, and the rules check them).
Each takes what it needs as arguments (a places table, a list of rows) and returns the cleaned value,
so you can try them on your own data.

* :func:`parse_date` — '5 January 2022', '05.01.2022', '5 января 2022', '2022-01' -> a day and ACLED's
  time precision.
* :func:`parse_figure` — 'more than 160', 'about 10,000', 'dozens', 'более 160' -> value, range and
  qualifier (ACLED's rule for vague words).
* :func:`normalise_places` — any spelling -> place_id, with a log of what changed.
* :func:`find_duplicates` — reports of the same event (same day, place, type and actors).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

import pandas as pd

from .errors import expect_str
from .i18n import gettext as _
from .places import alias_index, resolve

__all__ = ["parse_date", "parse_figure", "Figure", "normalise_places", "find_duplicates",
           "looping_chains"]

_MONTHS = {
    **{m: i for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"], 1)},
    **{m[:3]: i for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"], 1)},
    "sept": 9,
    # Russian, genitive ('5 января') and nominative ('январь 2022')
    **{m: i for i, m in enumerate(
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
         "октября", "ноября", "декабря"], 1)},
    **{m: i for i, m in enumerate(
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
         "октябрь", "ноябрь", "декабрь"], 1)},
    # Kazakh ('2022 жылғы 5 қаңтар')
    **{m: i for i, m in enumerate(
        ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
         "қазан", "қараша", "желтоқсан"], 1)},
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))


def parse_date(text: str) -> tuple[pd.Timestamp, int]:
    """Read a date as reports write it; return ``(day, time_precision)`` (ACLED's 1–3).

    A full date gives precision 1. A month alone ('January 2022', '2022-01') gives the 15th of the
    month and precision 3, ACLED's rule for month-only dates.

    Examples
    --------
    >>> parse_date("5 January 2022")
    (Timestamp('2022-01-05 00:00:00'), 1)
    >>> parse_date("05.01.2022")
    (Timestamp('2022-01-05 00:00:00'), 1)
    >>> parse_date("January 2022")
    (Timestamp('2022-01-15 00:00:00'), 3)
    >>> parse_date("2022 жылғы 5 қаңтар")
    (Timestamp('2022-01-05 00:00:00'), 1)
    """
    raw = expect_str(text, _("a date"), "parse_date")
    s = raw.strip().casefold().replace(",", " ").replace("г.", "").strip()
    s = re.sub(r"\s+", " ", s)
    patterns = [
        (r"(\d{4})-(\d{1,2})-(\d{1,2})", ("y", "m", "d")),
        (r"(\d{1,2})[./](\d{1,2})[./](\d{4})", ("d", "m", "y")),
        (rf"(\d{{1,2}}) ({_MONTH_RE})\.? (\d{{4}})", ("d", "M", "y")),
        (rf"({_MONTH_RE})\.? (\d{{1,2}}) (\d{{4}})", ("M", "d", "y")),
        (rf"(\d{{4}}) (?:жылғы|ж\.?) (\d{{1,2}}) ({_MONTH_RE})", ("y", "d", "M")),
        (rf"({_MONTH_RE})\.? (\d{{4}})", ("M", "y")),
        (r"(\d{4})-(\d{1,2})", ("y", "m")),
    ]
    for pattern, parts in patterns:
        match = re.fullmatch(pattern, s)
        if not match:
            continue
        got = dict(zip(parts, match.groups(), strict=True))
        month = _MONTHS[got["M"]] if "M" in got else int(got["m"])
        precise = "d" in got
        try:
            day = _dt.date(int(got["y"]), month, int(got["d"]) if precise else 15)
        except ValueError as exc:
            raise ValueError(_("{text} looks like a date but is not a real one ({problem}).")
                             .format(text=repr(raw), problem=exc)) from None
        return pd.Timestamp(day), (1 if precise else 3)
    raise ValueError(_(
        "cannot read {text} as a date. Accepted forms: '2022-01-05', '05.01.2022', "
        "'5 January 2022', 'January 5, 2022', '5 января 2022', '2022 жылғы 5 қаңтар', or a "
        "month alone: 'January 2022', '2022-01'.").format(text=repr(raw)))


@dataclass(frozen=True)
class Figure:
    """A reported number, cleaned: ``value`` is the number to use, ``qualifier`` how exact it is."""

    value: float
    value_low: float | None
    value_high: float | None
    qualifier: str
    imputed: bool = False


# ACLED's rule for vague words (codebook: fatalities).
_VAGUE = {"several": 3, "a few": 3, "few": 3, "dozens": 12, "dozens of": 12, "hundreds": 100,
          "hundreds of": 100, "несколько": 3, "десятки": 12, "сотни": 100}
_QUALIFIERS = [
    (r"(more than|over|above|more then|более|больше|свыше)", "more_than"),
    (r"(at least|no fewer than|не менее|минимум)", "at_least"),
    (r"(about|around|approximately|nearly|almost|roughly|some|около|примерно|почти|порядка)",
     "about"),
    (r"(up to|as many as|до)", "up_to"),
]
_NUMBER = r"(\d[\d\s,\u00a0\u202f]*(?:\.\d+)?)"


def _to_number(text: str) -> float:
    return float(re.sub(r"[\s,\u00a0\u202f]", "", text))


def parse_figure(text: str) -> Figure:
    """Read a reported figure: 'more than 160', 'about 10,000', '2,000–2,500', 'dozens'.

    Examples
    --------
    >>> parse_figure("more than 160")
    Figure(value=160.0, value_low=None, value_high=None, qualifier='more_than', imputed=False)
    >>> parse_figure("2,000-2,500").qualifier
    'range'
    >>> parse_figure("dozens").value
    12.0
    """
    raw = expect_str(text, _("a reported figure"), "parse_figure")
    s = re.sub(r"\s+", " ", raw.strip().casefold())
    s = re.sub(r"\b(people|persons|человек|people's)\b", "", s).strip()
    if s in _VAGUE:
        return Figure(float(_VAGUE[s]), None, None, "about", imputed=True)
    m = re.fullmatch(rf"(?:between |от )?{_NUMBER} ?(?:-|–|—|to|and|до) ?{_NUMBER}", s)
    if m:
        low, high = _to_number(m.group(1)), _to_number(m.group(2))
        if low > high:
            raise ValueError(_("{text}: the range runs backwards ({low} > {high}).").format(
                text=repr(raw), low=f"{low:g}", high=f"{high:g}"))
        return Figure(low, low, high, "range")
    for words, qualifier in _QUALIFIERS:
        m = re.fullmatch(rf"{words} {_NUMBER}", s)
        if m:
            return Figure(_to_number(m.group(2)), None, None, qualifier)
    m = re.fullmatch(_NUMBER, s)
    if m:
        return Figure(_to_number(m.group(1)), None, None, "exact")
    raise ValueError(_(
        "cannot read {text} as a figure. Accepted forms: '225', '10,000', 'more than 160', "
        "'at least 20', 'about 2,000', 'up to 300', '2,000-2,500', 'dozens', 'hundreds', "
        "'several'.").format(text=repr(raw)))


def normalise_places(names: pd.Series, places: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    """Map each spelling in ``names`` to a place_id of ``places``.

    Returns the ids and a log (one row per changed spelling: ``before``, ``after``). An unknown
    spelling raises ``ValueError`` naming the nearest known places; nothing is dropped silently.

    Examples
    --------
    >>> places = pd.DataFrame({"place_id": ["almaty"], "name": ["Almaty"],
    ...                        "aliases": ["Alma-Ata"]})
    >>> ids, log = normalise_places(pd.Series(["Alma-Ata", "Almaty"]), places)
    >>> list(ids), list(log["before"])
    (['almaty', 'almaty'], ['Alma-Ata'])
    """
    index = alias_index(places)
    display = dict(zip(places["place_id"], places["name"], strict=True))
    ids = names.map(lambda n: resolve(n, index, names=display))
    changed = names != ids.map(display)
    log = pd.DataFrame({"before": names[changed], "after": ids[changed].map(display)})
    return ids, log.drop_duplicates().reset_index(drop=True)


def find_duplicates(
    frame: pd.DataFrame,
    keys: tuple[str, ...] = ("event_date", "place_id", "event_type", "sub_event_type", "actor1",
                             "actor2"),
) -> list[list[int]]:
    """Groups of row positions that report the same event (same values in ``keys``).

    ACLED's unit is one day x one place x one actor pair x one type, so two rows that agree on all of
    these are two reports of one event: merge them, keeping every source.

    Examples
    --------
    >>> rows = pd.DataFrame({"day": ["5 Jan", "5 Jan", "6 Jan"], "place": ["Aktau"] * 3})
    >>> find_duplicates(rows, keys=("day", "place"))
    [[0, 1]]
    """
    missing = [k for k in keys if k not in frame.columns]
    if missing:
        raise ValueError(_("find_duplicates: the table has no column {column}; it has "
                           "{columns}.").format(column=repr(missing[0]),
                                                columns=", ".join(map(str, frame.columns))))
    key_frame = frame[list(keys)].astype("string").fillna("")
    groups = key_frame.groupby(list(keys), sort=False).indices
    return sorted([sorted(int(i) for i in rows) for rows in groups.values() if len(rows) > 1])


def looping_chains(parent: dict[str, str]) -> list[str]:
    """Ids whose chain of revisions (id -> the id it revises, '' at the end) loops back.

    Examples
    --------
    >>> looping_chains({"a": "b", "b": "a", "c": ""})
    ['a', 'b']
    """
    loops = []
    for start in parent:
        seen, cur = {start}, parent[start]
        while cur:
            if cur in seen:
                loops.append(start)
                break
            seen.add(cur)
            cur = parent.get(cur, "")
    return loops

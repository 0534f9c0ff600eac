"""Typed loaders for the shipped tables.

Each call reads the clean CSV that ships inside the package (through ``importlib.resources``, so it
works from a wheel or a zip too) and returns a new DataFrame: change it freely, the next call is
fresh. Nothing is read at import and nothing touches the network.

The figures are *reported* figures: sources disagree, and the ``claims`` table keeps every version.
"""

from __future__ import annotations

import copy
import datetime as _dt
import io
from collections.abc import Iterable
from typing import Any, TypeAlias

import numpy as np
import pandas as pd

from . import codebook as _schema
from . import store
from .errors import expect_str, unknown
from .i18n import gettext as _
from .i18n import pgettext
from .places import lookup, with_sites
from .text import long_date

#: What a date argument may be: '2022-01-05', a datetime.date or a pandas Timestamp.
DateLike: TypeAlias = str | _dt.date | pd.Timestamp | np.datetime64
#: One name or a list of names.
Names: TypeAlias = str | Iterable[str]

__all__ = [
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
]


def _check_name(name: Any, func: str) -> str:
    name = expect_str(name, _("a dataset"), func)
    if name not in _schema.DATASETS:
        raise unknown("dataset", name, _schema.DATASETS,
                      _("see {where}").format(where="kzlib.list_datasets()"))
    return name


# --- argument checks -------------------------------------------------------------------------


def _as_day(value: Any, arg: str) -> pd.Timestamp | None:
    if value is None:
        return None
    if isinstance(value, (pd.DataFrame, pd.Series)):
        raise TypeError(_("{arg}= takes one date such as '2022-01-05', not a pandas {type}.")
                        .format(arg=arg, type=type(value).__name__))
    if isinstance(value, bool) or not isinstance(
        value, (str, _dt.date, pd.Timestamp, np.datetime64)
    ):
        raise TypeError(_("{arg}= takes a date such as '2022-01-05' (a string, datetime.date or "
                          "pandas Timestamp), not {type} ({value}).").format(
                              arg=arg, type=type(value).__name__, value=f"{value!r:.40}"))
    if isinstance(value, str):
        try:
            day = _dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(_("{arg}={value} is not a date in the form YYYY-MM-DD, e.g. "
                               "'2022-01-05'.").format(arg=arg, value=f"{value!r:.40}")) from None
        return pd.Timestamp(day)
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, OverflowError) as exc:
        raise ValueError(_("{arg}={value} is not a usable date: {problem}").format(
            arg=arg, value=f"{value!r:.40}", problem=exc)) from None
    if stamp is pd.NaT:
        raise ValueError(_("{arg}= is NaT (not a time); pass a date such as '2022-01-05'.")
                         .format(arg=arg))
    return stamp.normalize().tz_localize(None) if stamp.tzinfo else stamp.normalize()


def date_range(start: DateLike | None, end: DateLike | None
               ) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """Check a ``start=``/``end=`` pair of dates; return them as Timestamps (None stays None).

    Raises a clear ``TypeError`` or ``ValueError`` saying what a date may be, or that the two
    are the wrong way round.

    Examples
    --------
    >>> date_range("2022-01-02", None)
    (Timestamp('2022-01-02 00:00:00'), None)
    """
    s, e = _as_day(start, "start"), _as_day(end, "end")
    if s is not None and e is not None and s > e:
        raise ValueError(_("start ({start}) is after end ({end}); swap them, or leave one out "
                           "for an open range.").format(start=s.date(), end=e.date()))
    return s, e


def _as_names(values: Any, arg: str) -> list[str]:
    if isinstance(values, str):
        return [values]
    if isinstance(values, (pd.DataFrame, pd.Series)) or not isinstance(values, Iterable):
        raise TypeError(_("{arg}= takes a name or a list of names, not {type}.").format(
            arg=arg, type=type(values).__name__))
    out = list(values)
    for v in out:
        if not isinstance(v, str):
            raise TypeError(_("{arg}= takes names (strings); got {type} ({value}).").format(
                arg=arg, type=type(v).__name__, value=f"{v!r:.40}"))
    if not out:
        raise ValueError(_("{arg}= is empty; leave it out to keep everything.").format(arg=arg))
    return out


def _check_vocab(values: Any, arg: str, kind: str, allowed: Iterable[str],
                 synonyms: dict[str, str] | None = None) -> list[str]:
    names = _as_names(values, arg)
    for v in names:
        if v not in allowed:
            raise unknown(kind, v, allowed, synonyms=synonyms)
    return names


def _place_ids(places: Any, arg: str = "places") -> set[str]:
    """Resolve place names (any alias) to ids, including the sites within a city."""
    return with_sites({lookup(p)["place_id"] for p in _as_names(places, arg)})


def _between(frame: pd.DataFrame, col: str, start: DateLike | None,
             end: DateLike | None) -> pd.DataFrame:
    s, e = date_range(start, end)
    keep = pd.Series(True, index=frame.index)
    if s is not None:
        keep &= frame[col] >= s
    if e is not None:
        keep &= frame[col] <= e
    return frame[keep]


def _done(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.reset_index(drop=True).copy(deep=True)


# --- public loaders --------------------------------------------------------------------------


def list_datasets() -> list[str]:
    """Names of the tables that ship with kzlib.

    Examples
    --------
    >>> list_datasets()
    ['events', 'claims', 'places', 'sources', 'publishers']
    """
    return list(_schema.DATASETS)


def load_events(*, start: DateLike | None = None, end: DateLike | None = None,
                themes: Names | None = None, places: Names | None = None,
                event_types: Names | None = None) -> pd.DataFrame:
    """Load the events table: what happened, where and when.

    Parameters
    ----------
    start, end : str or date, optional
        Keep events on or after ``start`` and on or before ``end`` (``'YYYY-MM-DD'``).
    themes : str or list of str, optional
        Keep only these themes (see ``kzlib.codebook.THEMES``).
    places : str or list of str, optional
        Keep only events at these places: any name or alias (``'Almaty'``, ``'Алматы'``); a city
        includes the sites within it.
    event_types : str or list of str, optional
        Keep only these ACLED event types.

    Returns
    -------
    pandas.DataFrame
        One row per event, sorted by date then id. Columns:

    {columns}

    Examples
    --------
    >>> events = load_events(start="2022-01-05", end="2022-01-05", places="Almaty")
    >>> set(events["admin1"])
    {'Almaty'}
    """
    frame = _between(store.parsed("events"), "event_date", start, end)
    if themes is not None:
        frame = frame[frame["theme"].isin(_check_vocab(themes, "themes", "theme", _schema.THEMES))]
    if event_types is not None:
        chosen = _check_vocab(event_types, "event_types", "event type", _schema.EVENT_TYPES)
        frame = frame[frame["event_type"].isin(chosen)]
    if places is not None:
        frame = frame[frame["place_id"].isin(_place_ids(places))]
    return _done(frame)


def load_claims(*, start: DateLike | None = None, end: DateLike | None = None,
                measures: Names | None = None, places: Names | None = None) -> pd.DataFrame:
    """Load the claims table: every stated figure, who stated it and when.

    Figures that were later revised or retracted are kept (see ``status`` and
    ``revises_claim_id``): the point is to see how numbers changed.

    Parameters
    ----------
    start, end : str or date, optional
        Keep claims stated (``claim_date``) on or after ``start`` / on or before ``end``.
    measures : str or list of str, optional
        Keep only these measures (see ``kzlib.codebook.MEASURES``).
    places : str or list of str, optional
        Keep only claims about these places (any alias; a city includes its sites).

    Returns
    -------
    pandas.DataFrame
        One row per claim, sorted by id. Columns:

    {columns}

    Examples
    --------
    >>> deaths = load_claims(measures="fatalities")
    >>> set(deaths["measure"])
    {'fatalities'}
    """
    frame = _between(store.parsed("claims"), "claim_date", start, end)
    if measures is not None:
        chosen = _check_vocab(measures, "measures", "measure", _schema.MEASURES,
                              _schema.MEASURE_SYNONYMS)
        frame = frame[frame["measure"].isin(chosen)]
    if places is not None:
        frame = frame[frame["place_id"].isin(_place_ids(places))]
    return _done(frame)


def load_places() -> pd.DataFrame:
    """Load the gazetteer: every place used, its names, region (as of January 2022) and coordinates.

    Returns
    -------
    pandas.DataFrame
        One row per place, sorted by id. Columns:

    {columns}

    Examples
    --------
    >>> load_places().set_index("place_id").at["almaty", "name_kk"]
    'Алматы'
    """
    return _done(store.parsed("places"))


def load_sources() -> pd.DataFrame:
    """Load the sources table: every source the other tables cite.

    Returns
    -------
    pandas.DataFrame
        One row per source, sorted by id. Columns:

    {columns}

    Examples
    --------
    >>> load_sources()["source_id"].is_unique
    True
    """
    return _done(store.parsed("sources"))


def load_publishers() -> pd.DataFrame:
    """Load the publishers table: every outlet or body that published a source, and who owns or
    funds it. A source's ``kind`` is derived from its publisher's row by one rule (see the
    datasheet).

    Returns
    -------
    pandas.DataFrame
        One row per publisher, sorted by id. Columns:

    {columns}

    Examples
    --------
    >>> load_publishers()["publisher_id"].is_unique
    True
    """
    return _done(store.parsed("publishers"))


def load_raw(name: str) -> pd.DataFrame:
    """Load a table as it was hand-curated in ``data/raw/``, before cleaning: every column a string.

    Two extra columns say where each row came from: ``raw_file`` and ``raw_row`` (the line number
    in that file). Compare with the clean table to see what the build changed (the cleaning log,
    ``kzlib/data/cleaning-log.csv``, lists every change with its reason).

    Parameters
    ----------
    name : {'events', 'claims', 'places', 'sources', 'publishers'}

    Examples
    --------
    >>> raw = load_raw("places")
    >>> {"raw_file", "raw_row"} <= set(raw.columns)
    True
    """
    name = _check_name(name, "load_raw")
    raw = store.data_file(f"raw-{name}.csv").read_bytes()
    return pd.read_csv(io.BytesIO(raw), dtype="string", keep_default_na=False, na_values=[""])


def schema(name: str) -> dict:
    """The Frictionless Table Schema of one table (a copy: field names, types, constraints).

    Examples
    --------
    >>> schema("events")["primaryKey"]
    ['event_id']
    """
    name = _check_name(name, "schema")
    return copy.deepcopy(store.resource(name)["schema"])


def describe(name: str) -> str:
    """The codebook entry of one table, rendered from ``datapackage.json``.

    Print it: ``print(kzlib.describe('claims'))``.

    Examples
    --------
    >>> print(describe("places").splitlines()[0])  # doctest: +ELLIPSIS
    Places (places): ... rows
    """
    name = _check_name(name, "describe")
    res = store.resource(name)
    # The codebook's texts are translated in context "codebook" (tools/translations.py); the
    # names of columns, types and categories are what code uses, so they stay as they are.
    lines = [_("{title} ({name}): {rows} rows").format(
                 title=pgettext("codebook", res["title"]), name=name, rows=res.get("rows", "?")),
             "", pgettext("codebook", res["description"]), ""]
    lines.append(_("Columns:"))
    for f in res["schema"]["fields"]:
        need = (pgettext("column", "required") if f.get("constraints", {}).get("required")
                else pgettext("column", "optional"))
        lines.append("  " + _("{name} ({type}, {need}): {description}").format(
            name=f["name"], type=f["type"], need=need,
            description=pgettext("codebook", f["description"])))
        if "categories" in f:
            lines.append("      " + _("values: {values}").format(
                values=", ".join(str(c) for c in f["categories"])))
    pkg = store.package()
    lines += ["", _("Data version {version}; licence {licence}.").format(
        version=pkg["version"], licence=pkg["licenses"][0]["name"])]
    return "\n".join(lines)


def _cite_source(row: pd.Series) -> str:
    parts = [row["publisher"]]
    if pd.notna(row["author"]):
        parts.append(row["author"].replace(";", ", "))
    when = (f"{long_date(row['published'])}" if pd.notna(row["published"])
            else _("undated; read {day}").format(day=long_date(row["accessed"])))
    text = ", ".join(parts) + f" ({when}). \u201c{row['title']}\u201d."
    if pd.notna(row["url"]):
        text += f" {row['url']}"
        if pd.notna(row["via"]):
            text += " " + _("(copy hosted by {host})").format(host=row["via"])
    return text


def cite(id: str) -> str:
    """A readable citation for a source, an event (``KZ-E-…``) or a claim (``KZ-C-…``).

    Examples
    --------
    >>> print(cite("KZ-E-1001"))  # doctest: +ELLIPSIS
    KZ-E-1001 (... — sources: [1] ...
    """
    id = expect_str(id, _("a source, event or claim id"), "cite")
    sources = store.parsed("sources").set_index("source_id", drop=False)
    if id.upper().startswith(("KZ-E-", "KZ-C-")):
        key = id.upper()
        table, col = ("events", "event_id") if key.startswith("KZ-E-") else ("claims", "claim_id")
        frame = store.parsed(table).set_index(col, drop=False)
        if key not in frame.index:
            raise unknown(col.replace("_", " "), id, frame.index,
                          _("see {where}").format(where=f"kzlib.load_{table}()"))
        row = frame.loc[key]
        if table == "events":
            head = f"{key} ({long_date(row['event_date'])}, {row['location']})"
        else:
            head = f"{key} ({row['claimant']}, {long_date(row['claim_date'])}: {row['value_text']})"
        cites = [_cite_source(sources.loc[s]) for s in row["source_ids"].split(";")]
        return head + " — " + _("sources: {sources}").format(
            sources=" ".join(f"[{i}] {c}" for i, c in enumerate(cites, 1)))
    if id not in sources.index:
        raise unknown("source id", id, sources.index,
                      _("see {where}").format(where="kzlib.load_sources()"))
    return _cite_source(sources.loc[id])


def bibliography(ids: str | Iterable[str]) -> str:
    """A numbered list of the sources behind some events, claims or sources, each listed once.

    ``ids`` is a list of event ids, claim ids or source ids (or one of them); each line names
    the ids that cite that source. For a lesson's Sources section.

    Examples
    --------
    >>> print(bibliography(["KZ-E-1001"]))  # doctest: +ELLIPSIS
    [1] ... [for KZ-E-1001]...
    """
    if isinstance(ids, str):
        ids = [ids]
    if isinstance(ids, (pd.DataFrame, pd.Series)) or not isinstance(ids, Iterable):
        raise TypeError(_("bibliography() takes a list of event, claim or source ids, e.g. "
                          "['KZ-E-1010', 'KZ-C-5037']."))
    sources = store.parsed("sources").set_index("source_id", drop=False)
    tables = {"KZ-E-": store.parsed("events").set_index("event_id"),
              "KZ-C-": store.parsed("claims").set_index("claim_id")}
    cited_by: dict[str, list[str]] = {}
    for item in ids:
        item = expect_str(item, _("an event, claim or source id"), "bibliography")
        key = item.upper()
        prefix = key[:5]
        if prefix in tables:
            table = tables[prefix]
            if key not in table.index:
                raise unknown("id", item, table.index,
                              _("see {where}").format(where="kzlib.load_events() / load_claims()"))
            for sid in table.at[key, "source_ids"].split(";"):
                cited_by.setdefault(sid, []).append(key)
        elif item in sources.index:
            cited_by.setdefault(item, [])
        else:
            raise unknown("id", item, sources.index, _("event ids start KZ-E-, claim ids KZ-C-"))
    order = sorted(cited_by, key=lambda s: (sources.at[s, "publisher"].casefold(),
                                           str(sources.at[s, "published"]), s))
    lines = []
    for n, sid in enumerate(order, 1):
        users = sorted(dict.fromkeys(cited_by[sid]))
        tail = " [" + _("for {ids}").format(ids=", ".join(users)) + "]" if users else ""
        lines.append(f"[{n}] {_cite_source(sources.loc[sid])}{tail}")
    return "\n".join(lines)


def _with_columns(doc: str | None, table: str) -> str | None:
    """Fill a loader's docstring with its table's columns (under ``python -OO`` there is none)."""
    if doc is None:
        return None
    rows = _schema.column_table(table).splitlines()
    return doc.replace("{columns}", "\n".join("    " + line for line in rows))


for _func in (load_events, load_claims, load_places, load_sources, load_publishers):
    _func.__doc__ = _with_columns(_func.__doc__, _func.__name__.removeprefix("load_"))

"""Typed loaders for the shipped tables.

Each call reads the clean CSV that ships inside the package (through ``importlib.resources``, so it
works from a wheel or a zip too) and returns a new DataFrame: change it freely, the next call is
fresh. Nothing is read at import and nothing touches the network.

The figures are *reported* figures: sources disagree, and the ``claims`` table keeps every version.
"""

from __future__ import annotations

import copy
import datetime as _dt
import functools
import io
import json
from collections.abc import Iterable
from importlib import resources

import numpy as np
import pandas as pd

from . import codebook as _schema
from ._errors import expect_str, unknown
from ._text import long_date

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


# --- reading ---------------------------------------------------------------------------------


def _data_file(filename: str):
    return resources.files("kzlib").joinpath("data", filename)


@functools.cache
def _package() -> dict:
    """The shipped datapackage.json (read once, on first use)."""
    return json.loads(_data_file("datapackage.json").read_text(encoding="utf-8"))


def _dtypes(fields: list[dict]) -> dict:
    out = {}
    for f in fields:
        if f["type"] == "date":
            continue
        # dtype objects, not names: looking a name up in pandas' registry is slow the first time
        if f["type"] == "integer":
            out[f["name"]] = pd.Int64Dtype()
        elif f["type"] == "number":
            out[f["name"]] = np.dtype("float64")
        elif "categories" in f:
            out[f["name"]] = pd.CategoricalDtype(f["categories"], ordered=f["categoriesOrdered"])
        else:
            out[f["name"]] = pd.StringDtype()
    return out


@functools.cache
def _parsed(name: str) -> pd.DataFrame:
    """Parse one clean table once; callers always get a copy."""
    fields = _package_resource(name)["schema"]["fields"]
    raw = _data_file(f"{name}.csv").read_bytes()
    frame = pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False, na_values=[""],
                        encoding="utf-8")
    for f in fields:
        col = f["name"]
        if f["type"] == "date":
            frame[col] = pd.to_datetime(frame[col], format="%Y-%m-%d")
        elif f["type"] in ("integer", "number"):
            frame[col] = pd.to_numeric(frame[col])
    return frame.astype(_dtypes(fields))


def _package_resource(name: str) -> dict:
    for res in _package()["resources"]:
        if res["name"] == name:
            return res
    raise AssertionError(f"datapackage.json has no resource {name!r}")  # pragma: no cover


def _check_name(name, func: str) -> str:
    name = expect_str(name, "a dataset", func)
    if name not in _schema.DATASETS:
        raise unknown("dataset", name, _schema.DATASETS, "see kzlib.list_datasets()")
    return name


# --- argument checks -------------------------------------------------------------------------


def _as_day(value, arg: str) -> pd.Timestamp | None:
    if value is None:
        return None
    if isinstance(value, (pd.DataFrame, pd.Series)):
        raise TypeError(f"{arg}= takes one date such as '2022-01-05', not a pandas "
                        f"{type(value).__name__}.")
    if isinstance(value, bool) or not isinstance(
        value, (str, _dt.date, pd.Timestamp, np.datetime64)
    ):
        raise TypeError(f"{arg}= takes a date such as '2022-01-05' (a string, datetime.date or "
                        f"pandas Timestamp), not {type(value).__name__} ({value!r:.40}).")
    if isinstance(value, str):
        try:
            day = _dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{arg}={value!r:.40} is not a date in the form YYYY-MM-DD, "
                             "e.g. '2022-01-05'.") from None
        return pd.Timestamp(day)
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"{arg}={value!r:.40} is not a usable date: {exc}") from None
    if stamp is pd.NaT:
        raise ValueError(f"{arg}= is NaT (not a time); pass a date such as '2022-01-05'.")
    return stamp.normalize().tz_localize(None) if stamp.tzinfo else stamp.normalize()


def _date_range(start, end) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    s, e = _as_day(start, "start"), _as_day(end, "end")
    if s is not None and e is not None and s > e:
        raise ValueError(f"start ({s.date()}) is after end ({e.date()}); swap them, or leave one "
                         "out for an open range.")
    return s, e


def _as_names(values, arg: str) -> list[str]:
    if isinstance(values, str):
        return [values]
    if isinstance(values, (pd.DataFrame, pd.Series)) or not isinstance(values, Iterable):
        raise TypeError(f"{arg}= takes a name or a list of names, not {type(values).__name__}.")
    out = list(values)
    for v in out:
        if not isinstance(v, str):
            raise TypeError(f"{arg}= takes names (strings); got {type(v).__name__} ({v!r:.40}).")
    if not out:
        raise ValueError(f"{arg}= is empty; leave it out to keep everything.")
    return out


def _check_vocab(values, arg: str, kind: str, allowed, synonyms=None) -> list[str]:
    names = _as_names(values, arg)
    for v in names:
        if v not in allowed:
            raise unknown(kind, v, allowed, synonyms=synonyms)
    return names


def _place_ids(places, arg: str = "places") -> set[str]:
    """Resolve place names (any alias) to ids, including the sites within a city."""
    from .places import lookup  # noqa: PLC0415  (places sits above load)

    ids = {lookup(p)["place_id"] for p in _as_names(places, arg)}
    table = _parsed("places")
    children = table.loc[table["parent_place_id"].isin(ids), "place_id"]
    return ids | set(children)


def _between(frame: pd.DataFrame, col: str, start, end) -> pd.DataFrame:
    s, e = _date_range(start, end)
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
    """Names of the tables that ship with kzlib: events, claims, places, sources, publishers."""
    return list(_schema.DATASETS)


def load_events(*, start=None, end=None, themes=None, places=None,
                event_types=None) -> pd.DataFrame:
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
    """
    frame = _between(_parsed("events"), "event_date", start, end)
    if themes is not None:
        frame = frame[frame["theme"].isin(_check_vocab(themes, "themes", "theme", _schema.THEMES))]
    if event_types is not None:
        chosen = _check_vocab(event_types, "event_types", "event type", _schema.EVENT_TYPES)
        frame = frame[frame["event_type"].isin(chosen)]
    if places is not None:
        frame = frame[frame["place_id"].isin(_place_ids(places))]
    return _done(frame)


def load_claims(*, start=None, end=None, measures=None, places=None) -> pd.DataFrame:
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
    """
    frame = _between(_parsed("claims"), "claim_date", start, end)
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
    """
    return _done(_parsed("places"))


def load_sources() -> pd.DataFrame:
    """Load the sources table: every source the other tables cite.

    Returns
    -------
    pandas.DataFrame
        One row per source, sorted by id. Columns:

    {columns}
    """
    return _done(_parsed("sources"))


def load_publishers() -> pd.DataFrame:
    """Load the publishers table: every outlet or body that published a source, and who owns or
    funds it. A source's ``kind`` is derived from its publisher's row by one rule (see the
    datasheet).

    Returns
    -------
    pandas.DataFrame
        One row per publisher, sorted by id. Columns:

    {columns}
    """
    return _done(_parsed("publishers"))


def load_raw(name: str) -> pd.DataFrame:
    """Load a table as it was hand-curated in ``data/raw/``, before cleaning: every column a string.

    Two extra columns say where each row came from: ``raw_file`` and ``raw_row`` (the line number
    in that file). Compare with the clean table to see what the build changed (the cleaning log,
    ``kzlib/data/cleaning-log.csv``, lists every change with its reason).

    Parameters
    ----------
    name : {'events', 'claims', 'places', 'sources', 'publishers'}
    """
    name = _check_name(name, "load_raw")
    raw = _data_file(f"raw-{name}.csv").read_bytes()
    return pd.read_csv(io.BytesIO(raw), dtype="string", keep_default_na=False, na_values=[""])


def schema(name: str) -> dict:
    """The Frictionless Table Schema of one table (a copy: field names, types, constraints)."""
    name = _check_name(name, "schema")
    return copy.deepcopy(_package_resource(name)["schema"])


def describe(name: str) -> str:
    """The codebook entry of one table, rendered from ``datapackage.json``.

    Print it: ``print(kzlib.describe('claims'))``.
    """
    name = _check_name(name, "describe")
    res = _package_resource(name)
    lines = [f"{res['title']} ({name}): {res.get('rows', '?')} rows", "", res["description"], ""]
    lines.append("Columns:")
    for f in res["schema"]["fields"]:
        need = "required" if f.get("constraints", {}).get("required") else "optional"
        lines.append(f"  {f['name']} ({f['type']}, {need}): {f['description']}")
        if "categories" in f:
            lines.append("      values: " + ", ".join(str(c) for c in f["categories"]))
    pkg = _package()
    lines += ["", f"Data version {pkg['version']}; licence {pkg['licenses'][0]['name']}."]
    return "\n".join(lines)


def _cite_source(row) -> str:
    parts = [row["publisher"]]
    if pd.notna(row["author"]):
        parts.append(row["author"].replace(";", ", "))
    when = (f"{long_date(row['published'])}" if pd.notna(row["published"])
            else f"undated; read {long_date(row['accessed'])}")
    text = ", ".join(parts) + f" ({when}). \u201c{row['title']}\u201d."
    if pd.notna(row["url"]):
        text += f" {row['url']}"
        if pd.notna(row["via"]):
            text += f" (copy hosted by {row['via']})"
    return text


def cite(id: str) -> str:  # noqa: A002  (the natural name for a student)
    """A readable citation for a source, an event (``KZ-E-…``) or a claim (``KZ-C-…``).

    >>> print(kzlib.cite("KZ-E-1001"))  # doctest: +SKIP
    """
    id = expect_str(id, "a source, event or claim id", "cite")  # noqa: A001
    sources = _parsed("sources").set_index("source_id", drop=False)
    if id.upper().startswith(("KZ-E-", "KZ-C-")):
        key = id.upper()
        table, col = ("events", "event_id") if key.startswith("KZ-E-") else ("claims", "claim_id")
        frame = _parsed(table).set_index(col, drop=False)
        if key not in frame.index:
            raise unknown(col.replace("_", " "), id, frame.index, f"see kzlib.load_{table}()")
        row = frame.loc[key]
        if table == "events":
            head = f"{key} ({long_date(row['event_date'])}, {row['location']})"
        else:
            head = f"{key} ({row['claimant']}, {long_date(row['claim_date'])}: {row['value_text']})"
        cites = [_cite_source(sources.loc[s]) for s in row["source_ids"].split(";")]
        return head + " — sources: " + " ".join(f"[{i}] {c}" for i, c in enumerate(cites, 1))
    if id not in sources.index:
        raise unknown("source id", id, sources.index, "see kzlib.load_sources()")
    return _cite_source(sources.loc[id])


def bibliography(ids) -> str:
    """A numbered list of the sources behind some events, claims or sources, each listed once.

    ``ids`` is a list of event ids, claim ids or source ids (or one of them); each line names
    the ids that cite that source. For a lesson's Sources section:
    ``print(kzlib.bibliography(["KZ-E-1010", "KZ-C-5037"]))``.
    """
    if isinstance(ids, str):
        ids = [ids]
    if isinstance(ids, (pd.DataFrame, pd.Series)) or not isinstance(ids, Iterable):
        raise TypeError("bibliography() takes a list of event, claim or source ids, e.g. "
                        "['KZ-E-1010', 'KZ-C-5037'].")
    sources = _parsed("sources").set_index("source_id", drop=False)
    tables = {"KZ-E-": _parsed("events").set_index("event_id"),
              "KZ-C-": _parsed("claims").set_index("claim_id")}
    cited_by: dict[str, list[str]] = {}
    for item in ids:
        item = expect_str(item, "an event, claim or source id", "bibliography")
        key = item.upper()
        prefix = key[:5]
        if prefix in tables:
            table = tables[prefix]
            if key not in table.index:
                raise unknown("id", item, table.index, "see kzlib.load_events() / load_claims()")
            for sid in table.at[key, "source_ids"].split(";"):
                cited_by.setdefault(sid, []).append(key)
        elif item in sources.index:
            cited_by.setdefault(item, [])
        else:
            raise unknown("id", item, sources.index, "event ids start KZ-E-, claim ids KZ-C-")
    order = sorted(cited_by, key=lambda s: (sources.at[s, "publisher"].casefold(),
                                           str(sources.at[s, "published"]), s))
    lines = []
    for n, sid in enumerate(order, 1):
        users = sorted(dict.fromkeys(cited_by[sid]))
        tail = f" [for {', '.join(users)}]" if users else ""
        lines.append(f"[{n}] {_cite_source(sources.loc[sid])}{tail}")
    return "\n".join(lines)


for _func in (load_events, load_claims, load_places, load_sources, load_publishers):
    _table = _func.__name__.removeprefix("load_")
    _func.__doc__ = _func.__doc__.replace(
        "{columns}", "\n".join("    " + line for line in _schema.column_table(_table).splitlines())
    )

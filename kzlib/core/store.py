"""The shipped files: the clean tables and ``datapackage.json`` inside the package.

Everything is read through ``importlib.resources`` (so a wheel or a zip works too), on first use,
and parsed once; the loaders hand out copies. Nothing here touches the network.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from importlib import resources
from importlib.abc import Traversable

import numpy as np
import pandas as pd

from . import codebook


def data_file(filename: str) -> Traversable:
    """A file shipped in ``kzlib/data/`` (a clean table, the descriptor, the cleaning log).

    Examples
    --------
    >>> data_file("events.csv").name
    'events.csv'
    """
    return resources.files("kzlib").joinpath("data", filename)


@functools.cache
def package() -> dict:
    """The shipped ``datapackage.json``, read once (do not change the returned dict).

    Examples
    --------
    >>> package()["name"]
    'qantar-2022'
    """
    return json.loads(data_file("datapackage.json").read_text(encoding="utf-8"))


def resource(name: str) -> dict:
    """The descriptor of one table in ``datapackage.json`` (do not change the returned dict).

    Examples
    --------
    >>> resource("events")["path"]
    'events.csv'
    """
    for res in package()["resources"]:
        if res["name"] == name:
            return res
    raise KeyError(f"datapackage.json has no resource {name!r}; it has "
                   + ", ".join(r["name"] for r in package()["resources"]))


def _dtypes(fields: list[dict]) -> dict:
    out: dict = {}
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
def parsed(name: str) -> pd.DataFrame:
    """One clean table, typed by the codebook and parsed once. Never hand this frame out: the
    loaders return copies.

    Examples
    --------
    >>> parsed("places")["place_id"].is_unique
    True
    """
    if name not in codebook.DATASETS:
        raise KeyError(f"no table {name!r}; the tables are {', '.join(codebook.DATASETS)}")
    fields = resource(name)["schema"]["fields"]
    raw = data_file(f"{name}.csv").read_bytes()
    frame = pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False, na_values=[""],
                        encoding="utf-8")
    for f in fields:
        col = f["name"]
        if f["type"] == "date":
            frame[col] = pd.to_datetime(frame[col], format="%Y-%m-%d")
        elif f["type"] in ("integer", "number"):
            frame[col] = pd.to_numeric(frame[col])
    return frame.astype(_dtypes(fields))


def text_rows(filename: str) -> list[dict[str, str]]:
    """The rows of a shipped CSV file as plain strings ('' for an empty cell), as written.

    Examples
    --------
    >>> text_rows("places.csv")[0]["place_id"] != ""
    True
    """
    text = data_file(filename).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))

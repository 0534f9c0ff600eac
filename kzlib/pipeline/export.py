"""Write the data for other tools: ``python -m kzlib export --format csv|geojson --out DIR``.

* ``csv`` — the five clean tables, ``datapackage.json`` and the cleaning log (open in a spreadsheet,
  or validate with any Frictionless tool);
* ``geojson`` — ``events.geojson`` (one point per event, all columns as properties) and
  ``places.geojson`` (the gazetteer), for QGIS or geojson.io.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from ..core import codebook as S
from ..core import store
from ..core.errors import expect_str, unknown
from ..core.load import load_events, load_places

FORMATS = ("csv", "geojson")


def _jsonable(value: Any) -> Any:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if hasattr(value, "item"):
        return value.item()
    return value


def _features(frame: pd.DataFrame) -> dict:
    feats = []
    for rec in frame.to_dict(orient="records"):
        props = {k: _jsonable(v) for k, v in rec.items()}
        feats.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [props["longitude"], props["latitude"]]},
            "properties": props,
        })
    return {"type": "FeatureCollection", "features": feats}


def export(fmt: str, out: str | Path) -> list[Path]:
    """Write the data in format ``fmt`` into folder ``out``; return the files written.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as out:
    ...     names = sorted(p.name for p in export("geojson", out))
    >>> names
    ['events.geojson', 'places.geojson']
    """
    fmt = expect_str(fmt, "an export format", "export")
    if fmt not in FORMATS:
        raise unknown("format", fmt, FORMATS)
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ValueError(f"--out {out} is a file; give a folder (it is created if missing).")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    if fmt == "csv":
        for name in [*(f"{t}.csv" for t in S.DATASETS), "datapackage.json", "cleaning-log.csv"]:
            target = out / name
            target.write_bytes(store.data_file(name).read_bytes())
            written.append(target)
    else:
        for name, frame in (("events", load_events()), ("places", load_places())):
            target = out / f"{name}.geojson"
            text = json.dumps(_features(frame), ensure_ascii=False, indent=1)
            target.write_text(text + "\n", encoding="utf-8")
            written.append(target)
    return written

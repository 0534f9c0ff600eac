"""Build the clean tables from ``data/raw/``: ``python -m kzlib build``.

The raw folder is the single source of truth (see ``data/raw/README.md``). The build reads every
``*.csv`` of each table, checks every field, resolves place spellings, derives the columns that follow
from others (disorder type, interaction, location and coordinates), merges duplicate reports, checks
every reference, and only then writes, all at once:

* ``kzlib/data/<table>.csv`` — the clean tables;
* ``kzlib/data/raw-<table>.csv`` — the raw rows as typed, with the file and line they came from;
* ``kzlib/data/cleaning-log.csv`` — every normalisation and merge, with its reason;
* ``kzlib/data/datapackage.json`` — the Frictionless descriptor with sizes and SHA-256 hashes;
* ``kzlib/data/kazakhstan.geojson`` — the map outline, copied from ``data/geo/``.

The output is deterministic: the same raw files always give byte-identical output. If anything is
wrong, :class:`RawDataError` names the file, line and field of each problem and nothing is written.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..core import codebook as S
from ..core.clean import find_duplicates, parse_date
from ..core.errors import closest, suggest
from ..core.places import alias_index, normalise_name
from . import rules

PACKAGE = Path(__file__).resolve().parent.parent
REPO = PACKAGE.parent
RAW_DIR = REPO / "data" / "raw"
GEO_FILE = REPO / "data" / "geo" / "kazakhstan.geojson"
OUT_DIR = PACKAGE / "data"

RAW_COLUMNS: dict[str, tuple[str, ...]] = {
    "publishers": ("publisher_id", "name", "country", "body_type", "ownership", "funding_state",
                   "editorial_model", "source_ids", "notes"),
    "sources": ("source_id", "publisher_id", "title", "author", "published", "accessed", "url",
                "via", "language", "notes"),
    "places": ("place_id", "name", "name_kk", "name_ru", "aliases", "place_type",
               "parent_place_id", "admin1", "latitude", "longitude", "source_ids", "notes"),
    "events": ("event_id", "event_date", "time_precision", "event_type", "sub_event_type",
               "actor1", "actor2", "inter1", "inter2", "place", "geo_precision", "fatalities",
               "theme", "topic", "notes", "source_ids"),
    "claims": ("claim_id", "measure", "subject", "subject_text", "unit", "value", "value_low",
               "value_high", "value_text", "qualifier", "scope", "place", "period_start",
               "period_end", "claimant", "claimant_type", "claimant_publisher_id", "claim_date",
               "status", "revises_claim_id", "disputed_by", "event_id", "statement", "notes",
               "source_ids"),
}


class RawDataError(ValueError):
    """One or more problems in ``data/raw/``; the message lists each with file, line and field."""


@dataclass
class _Build:
    raw_dir: Path
    errors: list[str] = field(default_factory=list)
    log: list[dict] = field(default_factory=list)

    def error(self, where: str, column: str, message: str) -> None:
        self.errors.append(f"{where}, field '{column}': {message}")

    def note(self, step: str, table: str, record_id: str, column: str, before: str, after: str,
             reason: str) -> None:
        self.log.append({"step": step, "table": table, "record_id": record_id, "field": column,
                         "before": before, "after": after, "reason": reason})

    def stop_if_errors(self) -> None:
        """Raise :class:`RawDataError` listing every problem so far, if there is any."""
        if self.errors:
            raise RawDataError(_report(self.errors))


# --- reading and per-field checks ------------------------------------------------------------


def _read_table(b: _Build, table: str) -> pd.DataFrame:
    folder = b.raw_dir / table
    files = sorted(folder.glob("*.csv"))
    if not files:
        b.errors.append(f"{folder}: no *.csv files for table '{table}'")
        return pd.DataFrame(columns=[*RAW_COLUMNS[table], "raw_file", "raw_row"])
    frames = []
    for path in files:
        rel = path.relative_to(b.raw_dir.parent.parent).as_posix()
        text = path.read_text(encoding="utf-8")
        rows = list(csv.reader(io.StringIO(text)))
        if not rows:
            b.errors.append(f"{rel}: the file is empty (it needs at least the header row)")
            continue
        header = tuple(rows[0])
        if header != RAW_COLUMNS[table]:
            missing = [c for c in RAW_COLUMNS[table] if c not in header]
            extra = [c for c in header if c not in RAW_COLUMNS[table]]
            b.errors.append(f"{rel}, line 1: the header does not match the {table} columns "
                            f"(missing: {missing or 'none'}; unexpected: {extra or 'none'}; "
                            f"expected in order: {','.join(RAW_COLUMNS[table])})")
            continue
        good = []
        for line, row in enumerate(rows[1:], start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                b.errors.append(f"{rel}, line {line}: {len(row)} fields instead of "
                                f"{len(header)} (an unquoted comma?)")
                continue
            good.append([cell.strip() for cell in row] + [rel, str(line)])
        frames.append(pd.DataFrame(good, columns=[*header, "raw_file", "raw_row"], dtype=object))
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        columns=[*RAW_COLUMNS[table], "raw_file", "raw_row"])
    return frame.fillna("")


def _where(row: pd.Series) -> str:
    return f"{row['raw_file']}, line {row['raw_row']}"


def _parse_cells(b: _Build, table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Read the dates and numbers of the raw cells as reports write them; return normalised copies.

    Dates become YYYY-MM-DD ('5 January 2022' is read, and the change logged); numbers lose their
    thousands separators. What a cell may hold is checked later, once, by :mod:`rules` over the
    clean tables; here only what cannot be read at all is an error.
    """
    specs = {f["name"]: f for f in S.RESOURCES[table]["fields"]}
    out = frame.copy()
    for col in RAW_COLUMNS[table]:
        spec = specs.get(col)  # 'place' has no spec: it is resolved through the gazetteer
        if spec is None or spec["type"] not in ("date", "integer", "number"):
            continue
        for i, row in frame.iterrows():
            value = row[col]
            if value == "":
                continue
            if spec["type"] == "date":
                try:
                    day, precision = parse_date(value)
                except ValueError as exc:
                    b.error(_where(row), col, str(exc))
                    continue
                iso = day.strftime("%Y-%m-%d")
                if iso != value:
                    if precision != 1:
                        b.error(_where(row), col, f"{value!r} gives only a month; write the "
                                "coded day (YYYY-MM-DD) and set time_precision")
                        continue
                    b.note("normalise", table, row.iloc[0], col, value, iso, "date written as ISO")
                out.at[i, col] = iso
            else:
                try:
                    out.at[i, col] = float(value.replace(",", ""))
                except ValueError:
                    b.error(_where(row), col, f"{value!r} is not a number")
    return out


# --- merges ----------------------------------------------------------------------------------

def _from_publishers(b: _Build, sources: pd.DataFrame, publishers: pd.DataFrame) -> pd.DataFrame:
    """Give each source its publisher's name, country and kind (by :func:`rules.source_kind`)."""
    table = publishers.set_index("publisher_id").to_dict("index")
    kinds: dict[str, str] = {}
    for pid, pub in table.items():
        try:
            kinds[pid] = rules.source_kind(pub["body_type"], pub["funding_state"],
                                           pub["editorial_model"], pub["ownership"])
        except ValueError as exc:
            field = "body_type" if "body_type" in str(exc) else "editorial_model"
            b.error(f"{pub['raw_file']}, line {pub['raw_row']}", field, str(exc))
    derived: dict[str, list[str]] = {"publisher": [], "country": [], "kind": []}
    for _, row in sources.iterrows():
        pid = row["publisher_id"]
        pub = table.get(pid)
        name = country = kind = ""
        if pub is None:
            if pid:
                b.error(_where(row), "publisher_id", f"{pid!r} is not in the publishers table."
                        + suggest(closest(pid, table, 1)))
        else:
            name, country, kind = pub["name"], pub["country"], kinds.get(pid, "")
        derived["publisher"].append(name)
        derived["country"].append(country)
        derived["kind"].append(kind)
    return sources.assign(**derived)


def _merge_places(b: _Build, places: pd.DataFrame) -> pd.DataFrame:
    keep: dict[str, pd.Series] = {}
    for _, row in places.iterrows():
        pid = row["place_id"]
        if pid not in keep:
            keep[pid] = row.copy()
            continue
        first = keep[pid]
        far = abs(float(first["latitude"]) - float(row["latitude"])) > 0.05 or abs(
            float(first["longitude"]) - float(row["longitude"])) > 0.05
        if first["admin1"] != row["admin1"] or far:
            b.error(_where(row), "latitude" if far else "admin1",
                    f"place {pid!r} is also defined at {_where(first)} with another "
                    f"{'position' if far else 'region'}; keep one definition")
            continue
        aliases = [a for a in (first["aliases"].split(";") + row["aliases"].split(";")) if a]
        merged = ";".join(dict.fromkeys(aliases))
        if merged != first["aliases"]:
            b.note("merge", "places", pid, "aliases", first["aliases"], merged,
                   f"place defined again at {_where(row)}: aliases combined")
        else:
            b.note("merge", "places", pid, "", _where(row), _where(first),
                   "the same place recorded twice")
        first["aliases"] = merged
        for col in ("name_kk", "name_ru", "notes"):
            if not first[col] and row[col]:
                first[col] = row[col]
        first["source_ids"] = ";".join(dict.fromkeys(
            first["source_ids"].split(";") + row["source_ids"].split(";")))
    return pd.DataFrame(list(keep.values())).reset_index(drop=True)


def _merge_events(b: _Build, events: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """Reports of the same event (ACLED's unit) become one row; every source is kept.

    Strategic developments are not merged: two decisions announced by one government on one day
    in one place (a resignation and a decree, say) are different events.
    """
    events = events.sort_values("event_id", kind="stable").reset_index(drop=True)
    remap: dict[str, str] = {}
    drop: list[int] = []
    mergeable = events["event_type"] != "Strategic developments"
    for group in find_duplicates(events[mergeable]):
        group = [int(mergeable[mergeable].index[i]) for i in group]
        first, rest = group[0], group[1:]
        fid = events.at[first, "event_id"]
        sources = events.at[first, "source_ids"].split(";")
        notes = [events.at[first, "notes"]]
        for i in rest:
            rid = events.at[i, "event_id"]
            sources += events.at[i, "source_ids"].split(";")
            if events.at[i, "notes"] not in notes:
                notes.append(events.at[i, "notes"])
            events.at[first, "fatalities"] = min(events.at[first, "fatalities"],
                                                 events.at[i, "fatalities"])
            remap[rid] = fid
            drop.append(i)
            b.note("merge", "events", rid, "event_id", rid, fid,
                   "same day, place, type and actors as the kept event (one ACLED event); its "
                   "sources and notes were added to it")
        events.at[first, "source_ids"] = ";".join(dict.fromkeys(sources))
        events.at[first, "notes"] = " Another report: ".join(notes)
    return events.drop(index=drop).reset_index(drop=True), remap


#: Two claims with the same values here are one statement reported twice, so they are merged.
#: (The raw files should already hold one row per statement; this catches what slips through.)
CLAIM_KEY = ("measure", "subject", "scope", "place_id", "claim_date", "value", "qualifier",
             "claimant", "claimant_type", "statement")
_STATUS_RANK = ("retracted", "revised", "disputed", "asserted")


def _merge_claims(b: _Build, claims: pd.DataFrame) -> pd.DataFrame:
    """Reports of one stated figure become one claim; sources and notes are combined."""
    claims = claims.sort_values("claim_id", kind="stable").reset_index(drop=True)
    remap: dict[str, str] = {}
    drop: list[int] = []
    for group in find_duplicates(claims, keys=CLAIM_KEY):
        first, rest = group[0], group[1:]
        fid = claims.at[first, "claim_id"]
        rows = claims.loc[group]
        claims.at[first, "source_ids"] = ";".join(dict.fromkeys(
            s for ids in rows["source_ids"] for s in ids.split(";")))
        claims.at[first, "notes"] = " Another report: ".join(
            dict.fromkeys(n for n in rows["notes"] if n))
        claims.at[first, "status"] = min(rows["status"], key=_STATUS_RANK.index)
        for col in ("revises_claim_id", "event_id", "period_start", "period_end"):
            if not claims.at[first, col]:
                claims.at[first, col] = next((v for v in rows[col] if v), "")
        for i in rest:
            rid = claims.at[i, "claim_id"]
            remap[rid] = fid
            drop.append(i)
            b.note("merge", "claims", rid, "claim_id", rid, fid,
                   "same measure, subject, scope, place, day, figure and kind of claimant as the "
                   "kept claim (one statement reported twice); its sources and notes were added")
    claims = claims.drop(index=drop).reset_index(drop=True)
    # A figure that revised a report merged into it now revises nothing; a claim that names
    # itself is left as it is, for the rules to report.
    before = claims["revises_claim_id"]
    claims["revises_claim_id"] = before.map(lambda c: remap.get(c, c))
    merged_into_self = (claims["revises_claim_id"] == claims["claim_id"]) & (before != claims["claim_id"])
    claims.loc[merged_into_self, "revises_claim_id"] = ""
    return claims


# --- derived columns -------------------------------------------------------------------------


def interaction(inter1: str, inter2: str) -> str:
    """ACLED's interaction label: the two actor types in codebook order, or 'X only'.

    Examples
    --------
    >>> interaction("Protesters", "State forces")
    'State forces-Protesters'
    >>> interaction("Protesters", "")
    'Protesters only'
    """
    if not inter2:
        return f"{inter1} only"
    a, b = sorted((inter1, inter2), key=S.ACTOR_TYPES.index)
    return f"{a}-{b}"


def _resolve_places(b: _Build, table: str, frame: pd.DataFrame, index: dict[str, str],
                    names: dict[str, str]) -> pd.Series:
    ids = []
    for _, row in frame.iterrows():
        text = row["place"]
        if not text:
            if table == "events":
                b.error(_where(row), "place", "is empty but required")
            ids.append("")
            continue
        pid = index.get(normalise_name(text))
        if pid is None:
            near = [names[index[k]] for k in closest(normalise_name(text), index)]
            b.error(_where(row), "place", f"unknown place {text!r}.{suggest(near)} Add it (or the "
                    "spelling as an alias) to data/raw/places/")
            ids.append("")
            continue
        if text != names[pid]:
            b.note("normalise", table, row.iloc[0], "place_id", text, pid,
                   f"spelling resolved through the gazetteer to {names[pid]!r}")
        ids.append(pid)
    return pd.Series(ids, index=frame.index, dtype=object)


# --- checks ------------------------------------------------------------------------------------


def _check_unique(b: _Build, frame: pd.DataFrame, col: str) -> None:
    seen: dict[str, str] = {}
    for _, row in frame.iterrows():
        if row[col] in seen:
            b.error(_where(row), col, f"{row[col]!r} is used again (first at {seen[row[col]]})")
        seen.setdefault(row[col], _where(row))


# --- writing ---------------------------------------------------------------------------------


def _fmt(value: Any, spec: dict | None) -> str:
    if value is None or value == "" or (isinstance(value, float) and pd.isna(value)):
        return ""
    if spec and spec["type"] in ("integer", "number") and not isinstance(value, str):
        if spec["name"] in ("latitude", "longitude"):
            return f"{float(value):.4f}"
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    return str(value)


def _csv_bytes(frame: pd.DataFrame, table: str | None) -> bytes:
    specs = {f["name"]: f for f in S.RESOURCES[table]["fields"]} if table else {}
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(list(frame.columns))
    for row in frame.itertuples(index=False):
        writer.writerow([_fmt(v, specs.get(c)) for c, v in zip(frame.columns, row, strict=True)])
    return buf.getvalue().encode("utf-8")


def _descriptor(files: dict[str, bytes], rows: dict[str, int]) -> bytes:
    resources = []
    for name in S.DATASETS:
        res = S.RESOURCES[name]
        data = files[f"{name}.csv"]
        resources.append({
            "name": name,
            "type": "table",
            "path": f"{name}.csv",
            "title": res["title"],
            "description": res["description"],
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bytes": len(data),
            "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
            "rows": rows[name],
            "schema": {
                "fields": res["fields"],
                "missingValues": [""],
                "primaryKey": res["primaryKey"],
                "foreignKeys": res["foreignKeys"],
            },
        })
    package = {**S.PACKAGE, "resources": resources}
    return (json.dumps(package, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode()


def build(raw_dir: Path | str = RAW_DIR, out_dir: Path | str = OUT_DIR,
          geo_file: Path | str | None = GEO_FILE) -> dict[str, int]:
    """Build the clean package from ``raw_dir`` into ``out_dir``; return rows per table.

    Raises :class:`RawDataError` (and writes nothing) if any raw record is malformed or any rule
    of :mod:`kzlib.pipeline.rules` is broken.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as out:
    ...     rows = build(out_dir=out)
    >>> rows["events"] > 0
    True
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    if not raw_dir.is_dir():
        raise RawDataError(f"no raw data folder at {raw_dir}: the build needs a source checkout "
                           "of the project (data/raw/ is not installed with the package)")
    b = _Build(raw_dir)
    raw = {t: _read_table(b, t) for t in RAW_COLUMNS}
    typed = {t: _parse_cells(b, t, raw[t]) for t in RAW_COLUMNS}
    # Ids must be unique before rows that report the same thing are merged into one.
    for table in ("events", "claims", "publishers"):
        _check_unique(b, typed[table], RAW_COLUMNS[table][0])
    b.stop_if_errors()
    publishers = typed["publishers"]
    sources = _from_publishers(b, typed["sources"], publishers)
    places = _merge_places(b, typed["places"])
    b.stop_if_errors()
    try:
        index = alias_index(places)
    except ValueError as exc:
        raise RawDataError(_report([f"places: {exc}"])) from None
    names = dict(zip(places["place_id"], places["name"], strict=True))
    events, claims = typed["events"], typed["claims"]
    events = events.assign(place_id=_resolve_places(b, "events", events, index, names))
    claims = claims.assign(place_id=_resolve_places(b, "claims", claims, index, names))
    b.stop_if_errors()

    events, event_remap = _merge_events(b, events)
    claims["event_id"] = claims["event_id"].map(lambda e: event_remap.get(e, e))
    claims = _merge_claims(b, claims)
    tables = _assemble(events, claims, places, sources, publishers)
    rows = {name: _rows_for_rules(frame) for name, frame in tables.items()}
    b.errors += [str(p) for p in rules.check(rows)]
    b.stop_if_errors()
    files = _files(tables, raw, b)
    if geo_file is not None and Path(geo_file).is_file():
        files["kazakhstan.geojson"] = Path(geo_file).read_bytes()
    counts = {t: files[f"{t}.csv"].count(b"\n") - 1 for t in S.DATASETS}
    files["datapackage.json"] = _descriptor(files, counts)
    _write_all(files, out_dir)
    return counts


def _rows_for_rules(frame: pd.DataFrame) -> list[dict]:
    """The clean rows as :mod:`rules` takes them, each saying which raw line it came from."""
    out = []
    for row in frame.to_dict("records"):
        row["_where"] = f"{row.pop('raw_file')}, line {row.pop('raw_row')}"
        out.append(row)
    return out


def _assemble(events: pd.DataFrame, claims: pd.DataFrame, places: pd.DataFrame,
              sources: pd.DataFrame, publishers: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The five clean tables: derived columns added, columns in codebook order, rows sorted.

    Each keeps ``raw_file`` and ``raw_row`` at the end, so a problem can name its raw line.
    """
    loc = places.set_index("place_id")
    events = events.assign(
        disorder_type=events["sub_event_type"].map(S.DISORDER_OF_SUB_EVENT).fillna(""),
        interaction=[interaction(a, c) for a, c in zip(events["inter1"], events["inter2"],
                                                          strict=True)],
        location=events["place_id"].map(loc["name"]),
        admin1=events["place_id"].map(loc["admin1"]),
        latitude=events["place_id"].map(loc["latitude"]),
        longitude=events["place_id"].map(loc["longitude"]),
    )
    sort = {"events": ["event_date", "event_id"], "claims": ["claim_id"], "places": ["place_id"],
            "sources": ["source_id"], "publishers": ["publisher_id"]}
    frames = {"events": events, "claims": claims, "places": places, "sources": sources,
              "publishers": publishers}
    out = {}
    for name in S.DATASETS:
        columns = [f["name"] for f in S.RESOURCES[name]["fields"]] + ["raw_file", "raw_row"]
        out[name] = frames[name].sort_values(sort[name], kind="stable")[columns]
    return out


def _files(tables: dict[str, pd.DataFrame], raw: dict[str, pd.DataFrame], b: _Build
           ) -> dict[str, bytes]:
    """The bytes of every file the build writes, but the descriptor and the map outline."""
    files = {f"{name}.csv": _csv_bytes(frame.drop(columns=["raw_file", "raw_row"]), name)
             for name, frame in tables.items()}
    for table, frame in raw.items():
        files[f"raw-{table}.csv"] = _csv_bytes(frame, None)
    log = pd.DataFrame(b.log, columns=["step", "table", "record_id", "field", "before", "after",
                                       "reason"])
    log = log.sort_values(["table", "step", "record_id", "field", "before"], kind="stable")
    files["cleaning-log.csv"] = _csv_bytes(log.astype(str), None)
    return files


def _write_all(files: dict[str, bytes], out_dir: Path) -> None:
    """Write every file to a temporary folder first, then move them in place."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_dir) as tmp:
        for name, data in files.items():
            (Path(tmp) / name).write_bytes(data)
        for name in files:
            shutil.move(str(Path(tmp) / name), out_dir / name)


def _report(errors: list[str], limit: int = 40) -> str:
    head = f"{len(errors)} problem(s) in the raw data — nothing was written:\n"
    body = "\n".join(f"  - {e}" for e in errors[:limit])
    more = f"\n  ... and {len(errors) - limit} more" if len(errors) > limit else ""
    return head + body + more

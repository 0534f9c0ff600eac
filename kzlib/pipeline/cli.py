"""The command line: ``python -m kzlib {build,validate,export,info}``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from .._version import DATA_VERSION
from ..core.codebook import CRISIS_END, CRISIS_START
from ..core.load import load_claims, load_events, load_places, load_publishers, load_sources
from ..core.text import long_date
from .build import OUT_DIR, RAW_DIR, RawDataError, build
from .export import export
from .validate import validate


def info() -> str:
    """A summary of the shipped data: rows, dates, places, themes, measures, statuses, sources.

    Examples
    --------
    >>> info().splitlines()[0]  # doctest: +ELLIPSIS
    'Qantar 2022 data package, version ...'
    """
    ev, cl, pl, so = load_events(), load_claims(), load_places(), load_sources()
    lines = [f"Qantar 2022 data package, version {DATA_VERSION}", ""]
    lines.append("Rows: " + ", ".join(f"{n} {len(t)}" for n, t in
                                       (("events", ev), ("claims", cl), ("places", pl),
                                        ("sources", so))))
    if len(ev):
        lines.append(f"Events from {ev['event_date'].min():%Y-%m-%d} to "
                     f"{ev['event_date'].max():%Y-%m-%d}, at {ev['place_id'].nunique()} places "
                     f"in {ev['admin1'].nunique()} regions; fatalities (conservative, summed over "
                     f"events): {int(ev['fatalities'].sum())}")
        days = pd.date_range(CRISIS_START, CRISIS_END)
        covered = set(ev["event_date"])
        gaps = [f"{d:%d %b}" for d in days if d not in covered]
        lines.append(f"Days {long_date(days[0])} to {long_date(days[-1])} with events: "
                     f"{len(days) - len(gaps)}/{len(days)}" + (f" (missing: {', '.join(gaps)})"
                                                               if gaps else ""))
        lines.append("Events by theme: " + ", ".join(
            f"{k} {v}" for k, v in ev["theme"].value_counts(sort=False).items()))
        lines.append("Events by type: " + ", ".join(
            f"{k} {v}" for k, v in ev["event_type"].value_counts(sort=False).items() if v))
    if len(cl):
        lines.append("Claims by measure: " + ", ".join(
            f"{k} {v}" for k, v in cl["measure"].value_counts(sort=False).items() if v))
        lines.append("Claims by status: " + ", ".join(
            f"{k} {v}" for k, v in cl["status"].value_counts(sort=False).items() if v))
    lines.append(f"Sources: {len(so)} from {so['publisher'].nunique()} publishers; by kind: "
                 + ", ".join(f"{k} {v}" for k, v in so["kind"].value_counts(sort=False).items()
                             if v))
    return "\n".join(lines)


def _table(counts: pd.Series, what: str) -> list[str]:
    lines = [f"| {what} | count |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in counts.items()]
    return lines


def coverage() -> str:
    """The datasheet's coverage section, computed from the shipped data (Markdown).

    Examples
    --------
    >>> coverage().splitlines()[0]
    '**Sources by kind** (derived from the publishers table by one rule):'
    """
    so, pu, cl, ev = load_sources(), load_publishers(), load_claims(), load_events()
    kinds = so["kind"].value_counts(sort=False)
    languages = so["language"].value_counts()
    countries = so["country"].fillna("not established").value_counts()
    top = countries.head(12)
    other = countries.iloc[12:].sum()
    countries = pd.concat([top, pd.Series({"other countries": other})]) if other else top
    readings = cl[(cl["measure"] == "interpretation") & (cl["claimant_type"] == "scholar")]
    scholarly = {s for ids in readings["source_ids"] for s in ids.split(";")}
    years = ev["event_date"].dt.year.value_counts().sort_index()
    lines = ["**Sources by kind** (derived from the publishers table by one rule):", "",
             *_table(kinds[kinds > 0], "kind"), "",
             "**Sources by language of the text read:**", "",
             *_table(languages, "language (ISO 639-1)"), "",
             "**Sources by the publisher's country** (where it was based in January 2022):", "",
             *_table(countries, "country (ISO 3166)"), "",
             "**Publishers by State Media Matrix model** (news outlets the Monitor rates, and "
             "state-owned or state-funded outlets it does not):", "",
             *_table(pu["editorial_model"].dropna().value_counts(), "model"), "",
             "**Claims by measure and by status:**", "",
             *_table(cl["measure"].value_counts(), "measure"), "",
             *_table(cl["status"].value_counts(), "status"), "",
             "**Events by year:**", "", *_table(years, "year"), "",
             f"Scholars' and analysts' readings: {len(readings)} interpretation claims from "
             f"{len(scholarly)} sources. Kazakh-language sources: "
             f"{int((so['language'] == 'kk').sum())}. Latest event: "
             f"{long_date(ev['event_date'].max())}."]
    return "\n".join(lines)


_COVERAGE = ("<!-- coverage:start -->", "<!-- coverage:end -->")


def write_coverage(path: str) -> bool:
    """Put :func:`coverage` between the coverage markers of the datasheet; True if it changed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     sheet = pathlib.Path(tmp, "README.md")
    ...     _ = sheet.write_text("<!-- coverage:start --><!-- coverage:end -->")
    ...     write_coverage(str(sheet)), write_coverage(str(sheet))
    (True, False)
    """
    file = Path(path)
    text = file.read_text(encoding="utf-8")
    start, end = _COVERAGE
    if start not in text or end not in text:
        raise ValueError(f"{path} has no {start} ... {end} markers")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    new = f"{head}{start}\n{coverage()}\n{end}{tail}"
    if new != text:
        file.write_text(new, encoding="utf-8")
    return new != text


def main(argv: list[str] | None = None) -> int:
    """Run one command of ``python -m kzlib``; return the exit status.

    Examples
    --------
    >>> main(["validate"])
    valid: no problems found
    0
    """
    parser = argparse.ArgumentParser(prog="python -m kzlib", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="rebuild the clean tables from data/raw/")
    b.add_argument("--raw", help="raw data folder (default: the checkout's data/raw)")
    b.add_argument("--out", help="output folder (default: kzlib/data)")
    sub.add_parser("validate", help="validate the shipped data package")
    e = sub.add_parser("export", help="write the data for other tools")
    e.add_argument("--format", required=True, choices=["csv", "geojson"])
    e.add_argument("--out", required=True, help="folder to write into (created if missing)")
    i = sub.add_parser("info", help="print a summary of the data")
    i.add_argument("--datasheet", metavar="PATH",
                   help="write the coverage section into this datasheet instead")
    args = parser.parse_args(argv)

    if args.command == "build":
        try:
            rows = build(args.raw or RAW_DIR, args.out or OUT_DIR)
        except RawDataError as exc:
            print(f"build failed: {exc}", file=sys.stderr)
            return 1
        print("built: " + ", ".join(f"{k} {v} rows" for k, v in rows.items()))
        return 0
    if args.command == "validate":
        problems = validate()
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)" if problems else "valid: no problems found")
        return 1 if problems else 0
    if args.command == "export":
        for path in export(args.format, args.out):
            print(path)
        return 0
    if args.datasheet:
        changed = write_coverage(args.datasheet)
        print(f"{args.datasheet}: coverage {'updated' if changed else 'already current'}")
        return 0
    print(info())
    return 0

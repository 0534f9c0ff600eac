"""Validate the shipped data package: ``python -m kzlib validate``.

The same checks the build made before writing, run again on what ships: every cell against the
codebook's Table Schema and every rule of :mod:`kzlib.pipeline.rules`, plus the sizes and SHA-256
hashes that ``datapackage.json`` records. (The test suite also runs Frictionless, an independent
implementation of the Data Package standard, over the same files.)
"""

from __future__ import annotations

import hashlib

from ..core import codebook as S
from ..core import store
from ..core.records import MILESTONES
from . import rules


def shipped_rows() -> rules.Tables:
    """The shipped clean tables as rows of text, each saying which table and id it is.

    Examples
    --------
    >>> shipped_rows()["events"][0]["_where"].startswith("events.csv, KZ-E-")
    True
    """
    out: rules.Tables = {}
    for name in S.DATASETS:
        key = S.RESOURCES[name]["primaryKey"][0]
        out[name] = [{**row, "_where": f"{name}.csv, {row[key]}"}
                     for row in store.text_rows(f"{name}.csv")]
    return out


def file_problems() -> list[str]:
    """Shipped files whose size or hash differs from what ``datapackage.json`` records.

    Examples
    --------
    >>> file_problems()
    []
    """
    out = []
    for res in store.package()["resources"]:
        data = store.data_file(res["path"]).read_bytes()
        if len(data) != res["bytes"]:
            out.append(f"{res['path']}: {len(data)} bytes, the descriptor says {res['bytes']}")
        if "sha256:" + hashlib.sha256(data).hexdigest() != res["hash"]:
            out.append(f"{res['path']}: its SHA-256 hash differs from the descriptor's")
    return out


def milestone_problems() -> list[str]:
    """Milestones (kzlib.MILESTONES) that name an event the shipped data do not hold.

    Examples
    --------
    >>> milestone_problems()
    []
    """
    events = set(store.parsed("events")["event_id"])
    return [f"kzlib/core/records.py, MILESTONES: {name!r} names {event_id}, which is not in the "
            "events table (renumbered or removed?)"
            for name, event_id in MILESTONES.items() if event_id not in events]


def validate() -> list[str]:
    """Every problem in the shipped package (an empty list means valid).

    Examples
    --------
    >>> validate()
    []
    """
    return (file_problems() + milestone_problems()
            + [f"rule '{p.rule}': {p}" for p in rules.check(shipped_rows())])

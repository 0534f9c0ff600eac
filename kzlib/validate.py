"""Validate the shipped data package: ``python -m kzlib validate``.

Two layers: Frictionless checks the files against ``datapackage.json`` (types, constraints,
vocabularies, primary and foreign keys, sizes and hashes); :func:`rules` adds this project's own
rules, which a Table Schema cannot express. Each rule has a name, so a failing test says which.
"""

from __future__ import annotations

import pandas as pd

from . import codebook as S
from ._geo import distance_outside
from .clean import looping_chains
from .load import _data_file, _parsed

#: How far (degrees) a place may lie outside the coarse 1:110m outline (border towns).
OUTLINE_TOLERANCE = 0.25


def frictionless_report() -> list[str]:
    """Problems Frictionless finds in the shipped package (empty list = valid)."""
    import frictionless  # noqa: PLC0415  (test-only dependency, imported on use)

    path = str(_data_file("datapackage.json"))
    report = frictionless.validate(path)
    if report.valid:
        return []
    out = []
    for task in report.tasks:
        for err in task.errors:
            out.append(f"{task.name}: {err.message}")
    out += [f"package: {err.message}" for err in report.errors]
    return out


def rules() -> dict[str, list[str]]:
    """Run every project rule; return {rule name: [problems]} (all lists empty = valid)."""
    ev, cl, pl, so, pu = (_parsed(t) for t in ("events", "claims", "places", "sources",
                                                  "publishers"))
    sources = set(so["source_id"])
    out: dict[str, list[str]] = {}

    def cited(frame, idcol, col="source_ids"):
        bad = []
        for rid, ids in zip(frame[idcol], frame[col], strict=True):
            missing = [s for s in str(ids).split(";") if s not in sources]
            if missing or not ids:
                bad.append(f"{rid}: cites unknown source(s) {missing}")
        return bad

    out["every row has an existing source"] = (
        cited(ev, "event_id") + cited(cl, "claim_id") + cited(pl, "place_id", "source_ids")
        + cited(pu, "publisher_id"))
    out["sub_event_type belongs to event_type"] = [
        f"{r.event_id}: {r.sub_event_type!r} is not a sub-type of {r.event_type!r}"
        for r in ev.itertuples() if r.sub_event_type not in S.SUB_EVENT_TYPES[r.event_type]]
    out["disorder_type follows sub_event_type"] = [
        f"{r.event_id}: {r.disorder_type!r}" for r in ev.itertuples()
        if S.DISORDER_OF_SUB_EVENT[r.sub_event_type] != r.disorder_type]
    start, ctx, end = (pd.Timestamp(d) for d in
                       (S.COVERAGE_START, S.CONTEXT_START, S.COVERAGE_END))
    out["event dates inside the coverage period"] = [
        f"{r.event_id}: {r.event_date.date()}" for r in ev.itertuples()
        if not ((ctx if r.theme == "context" else start) <= r.event_date <= end)]
    out["coordinates inside Kazakhstan"] = [
        f"{r.place_id}: ({r.latitude}, {r.longitude}) is "
        f"{distance_outside(r.longitude, r.latitude):.2f} degrees outside the outline"
        for r in pl.itertuples() if distance_outside(r.longitude, r.latitude) > OUTLINE_TOLERANCE]
    places = pl.set_index("place_id")
    out["event place columns match the gazetteer"] = [
        f"{r.event_id}: {col} differs from places"
        for r in ev.itertuples()
        for col in ("location", "admin1", "latitude", "longitude")
        if getattr(r, col) != places.at[r.place_id, {"location": "name"}.get(col, col)]]
    out["value_low <= value <= value_high"] = [
        f"{r.claim_id}: {r.value_low} / {r.value} / {r.value_high}" for r in cl.itertuples()
        if (r.value_low == r.value_low and r.value_low > r.value)
        or (r.value_high == r.value_high and r.value > r.value_high)]
    parent = dict(zip(cl["claim_id"], cl["revises_claim_id"].fillna(""), strict=True))
    out["revision chains are acyclic"] = [f"{cid}: revision chain loops"
                                           for cid in looping_chains(parent)]
    status = dict(zip(cl["claim_id"], cl["status"], strict=True))
    out["revised claims are marked"] = [
        f"{old} is revised by {cid} but marked {status[old]!r}"
        for cid, old in parent.items() if old and status.get(old) == "asserted"]
    out["no duplicate ids"] = [
        f"{t}: {v}" for t, col in (("events", "event_id"), ("claims", "claim_id"),
                                   ("places", "place_id"), ("sources", "source_id"),
                                   ("publishers", "publisher_id"))
        for v in _parsed(t)[col][_parsed(t)[col].duplicated()]]
    out["every source is dated"] = [
        f"{r.source_id}: no publication date" for r in so.itertuples()
        if r.published is pd.NaT and not (r.kind == "encyclopedia" and r.accessed is not pd.NaT)]
    out["no official labels as actors"] = [
        f"{r.event_id}: {a!r}" for r in ev.itertuples() for a in (r.actor1, r.actor2)
        if isinstance(a, str) and any(w in a.casefold() for w in S.BANNED_ACTOR_WORDS)]
    return out


def validate() -> list[str]:
    """All problems, Frictionless first, then the project rules (empty list = valid)."""
    problems = frictionless_report()
    for name, items in rules().items():
        problems += [f"rule '{name}': {item}" for item in items]
    return problems

"""The project's data rules, written once: the build applies them before it writes anything, and
``python -m kzlib validate`` applies them to the shipped files.

Both hand over the clean tables as plain rows (``dict`` of column -> value, '' for an empty cell;
numbers may be strings or floats, dates are ``YYYY-MM-DD`` strings), each row carrying in
``"_where"`` where a reader should look (the raw file and line, or the shipped table and id).

* :func:`check_fields` — every cell against the codebook's Table Schema: required, type, allowed
  values, pattern, range, uniqueness;
* :func:`check_tables` — the rules a Table Schema cannot express, each with a name (:data:`RULES`):
  references between tables, ACLED's vocabularies, revision chains, the kind of a source derived
  from its publisher, and so on.

Each problem is a :class:`Problem` whose text names where it is, the field, and what is wrong.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..core import codebook as S
from ..core.clean import looping_chains
from ..core.errors import did_you_mean
from ..core.geo import distance_outside

Row = dict[str, Any]
Tables = dict[str, list[Row]]

#: How far (degrees) a place may lie outside the coarse 1:110m outline (border towns).
OUTLINE_TOLERANCE = 0.25

_ID = {"events": "event_id", "claims": "claim_id", "places": "place_id", "sources": "source_id",
       "publishers": "publisher_id"}


@dataclass(frozen=True)
class Problem:
    """One broken rule: which rule, where, which field, and what is wrong."""

    rule: str
    where: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}, field '{self.field}': {self.message}"


def _empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, float) and value != value)


def _num(value: Any) -> float | None:
    """A cell as a number, or None if empty or not a number."""
    if _empty(value):
        return None
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


def _ids(value: Any) -> list[str]:
    return [] if _empty(value) else str(value).split(";")


def _where(row: Row) -> str:
    return str(row.get("_where", "?"))


# --- field checks ------------------------------------------------------------------------------


def _is_iso_date(value: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _cell(spec: dict, value: Any) -> Iterator[str]:
    """What is wrong with one non-empty cell."""
    cons = spec.get("constraints", {})
    text = str(value)
    typed: Any = text
    if spec["type"] == "date":
        if not _is_iso_date(text):
            yield f"{text!r} is not a date written YYYY-MM-DD"
            return
    elif spec["type"] in ("integer", "number"):
        num = _num(value)
        if num is None:
            yield f"{text!r} is not a number"
            return
        if spec["type"] == "integer" and not num.is_integer():
            yield f"{text!r} is not a whole number"
            return
        typed = int(num) if spec["type"] == "integer" else num
        text = f"{num:g}"
        if "minimum" in cons and num < cons["minimum"]:
            yield f"{num:g} is below the minimum {cons['minimum']}"
        if "maximum" in cons and num > cons["maximum"]:
            yield f"{num:g} is above the maximum {cons['maximum']}"
    if "enum" in cons and typed not in cons["enum"]:
        allowed = [str(v) for v in cons["enum"]]
        yield f"{text!r} is not allowed.{did_you_mean(text, allowed, 1)} Allowed: " + ", ".join(
            allowed)
    if "pattern" in cons and spec["type"] == "string" and not re.fullmatch(cons["pattern"], text):
        yield f"{text!r} does not match {cons['pattern']}"
    if spec.get("format") == "uri" and not re.match(r"https?://\S+$", text):
        yield f"{text!r} is not a web address (http:// or https://)"


def check_fields(table: str, rows: Iterable[Row]) -> list[Problem]:
    """Every cell of ``table`` against its Table Schema in the codebook (columns the rows lack
    are skipped, so raw rows can be checked too).

    Examples
    --------
    >>> rows = [{"_where": "places.csv, line 2", "place_id": "Almaty", "name": "Almaty"}]
    >>> print(check_fields("places", rows)[0])
    places.csv, line 2, field 'place_id': 'Almaty' does not match ^[a-z0-9]+(-[a-z0-9]+)*$
    """
    rule = f"{table} cells follow the schema"
    out: list[Problem] = []
    specs = S.fields(table)
    rows = list(rows)
    for spec in specs:
        col = spec["name"]
        seen: dict[str, str] = {}
        for row in rows:
            if col not in row:
                continue
            value = row[col]
            if _empty(value):
                if spec.get("constraints", {}).get("required"):
                    out.append(Problem(rule, _where(row), col, "is empty but required"))
                continue
            out += [Problem(rule, _where(row), col, msg) for msg in _cell(spec, value)]
            if spec.get("constraints", {}).get("unique"):
                key = str(value)
                if key in seen:
                    out.append(Problem(rule, _where(row), col,
                                       f"{key!r} is used again (first at {seen[key]})"))
                seen.setdefault(key, _where(row))
    return out


# --- rules a Table Schema cannot express ---------------------------------------------------------

RuleFn = Callable[[Tables], Iterable[tuple[Row, str, str]]]
#: Every cross-table rule, by name, in the order they run.
RULES: dict[str, RuleFn] = {}


def rule(name: str) -> Callable[[RuleFn], RuleFn]:
    """Register a rule under ``name`` (what a failing check or test reports).

    Examples
    --------
    >>> @rule("an example rule that finds nothing")
    ... def _example(tables):
    ...     return []
    >>> "an example rule that finds nothing" in RULES
    True
    >>> del RULES["an example rule that finds nothing"]
    """
    def register(fn: RuleFn) -> RuleFn:
        RULES[name] = fn
        return fn
    return register


def _refs(rows: list[Row], col: str, known: set[str], what: str) -> Iterator[tuple[Row, str, str]]:
    for row in rows:
        for item in _ids(row.get(col)):
            if item not in known:
                yield row, col, f"{item!r} is not a known {what}.{did_you_mean(item, known, 1)}"


@rule("references point at existing rows")
def _references(t: Tables) -> Iterator[tuple[Row, str, str]]:
    sources = {r["source_id"] for r in t["sources"]}
    places = {r["place_id"] for r in t["places"]}
    events = {r["event_id"] for r in t["events"]}
    claims = {r["claim_id"] for r in t["claims"]}
    publishers = {r["publisher_id"] for r in t["publishers"]}
    for table in ("events", "claims", "places", "publishers"):
        yield from _refs(t[table], "source_ids", sources, "source_id")
    yield from _refs(t["claims"], "disputed_by", sources, "source_id")
    yield from _refs(t["events"], "place_id", places, "place_id")
    yield from _refs(t["claims"], "place_id", places, "place_id")
    yield from _refs(t["places"], "parent_place_id", places, "place_id")
    yield from _refs(t["claims"], "event_id", events, "event_id")
    yield from _refs(t["claims"], "revises_claim_id", claims, "claim_id")
    yield from _refs(t["claims"], "claimant_publisher_id", publishers, "publisher_id")
    yield from _refs(t["sources"], "publisher_id", publishers, "publisher_id")


@rule("sub_event_type belongs to event_type")
def _sub_types(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["events"]:
        allowed = S.SUB_EVENT_TYPES.get(row["event_type"], ())
        if row["sub_event_type"] not in allowed:
            yield row, "sub_event_type", (f"{row['sub_event_type']!r} does not belong to "
                                          f"event_type {row['event_type']!r} (allowed: "
                                          + ", ".join(allowed) + ")")


@rule("disorder_type follows sub_event_type")
def _disorder(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["events"]:
        want = S.DISORDER_OF_SUB_EVENT.get(row["sub_event_type"])
        if "disorder_type" in row and want and row["disorder_type"] != want:
            yield row, "disorder_type", f"{row['disorder_type']!r} should be {want!r}"


@rule("actor2 and inter2 come together")
def _actor2(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["events"]:
        if _empty(row["actor2"]) != _empty(row["inter2"]):
            yield row, "inter2", "actor2 and inter2 must be both given or both empty"


@rule("no official labels as actors")
def _labels_as_actors(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["events"]:
        for col in ("actor1", "actor2"):
            text = "" if _empty(row[col]) else str(row[col])
            if any(w in text.casefold() for w in S.BANNED_ACTOR_WORDS):
                yield row, col, (f"{text!r}: official labels are not actor names (ACLED); use e.g. "
                                 "'Rioters (Kazakhstan)' and quote the label in notes")


@rule("event dates inside the coverage period")
def _coverage(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["events"]:
        start = S.CONTEXT_START if row["theme"] == "context" else S.COVERAGE_START
        day = str(row["event_date"])
        if day and not (start <= day <= S.COVERAGE_END):
            yield row, "event_date", (f"{day} is outside the coverage {start} to "
                                      f"{S.COVERAGE_END} for theme {row['theme']!r}")


@rule("a figure has its number, a statement has none")
def _figures_and_statements(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["claims"]:
        if row["measure"] in S.NON_NUMERIC_MEASURES:
            if _empty(row["statement"]):
                yield row, "statement", (f"a claim of measure {row['measure']!r} needs a statement "
                                         "(what the claimant said, in our own words)")
            for col in S.FIGURE_COLUMNS:
                if not _empty(row[col]):
                    yield row, col, (f"must be empty: a claim of measure {row['measure']!r} is a "
                                     "statement, not a figure")
        else:
            for col in ("unit", "value", "value_text", "qualifier"):
                if _empty(row[col]):
                    yield row, col, "is empty but required for a figure"
            if not _empty(row["statement"]):
                yield row, "statement", ("is only for an account or interpretation; put context "
                                         "into notes")


@rule("value_low <= value <= value_high")
def _range(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["claims"]:
        v, lo, hi = _num(row["value"]), _num(row["value_low"]), _num(row["value_high"])
        if lo is not None and v is not None and lo > v:
            yield row, "value_low", f"value_low {lo:g} is above value {v:g}"
        if hi is not None and v is not None and v > hi:
            yield row, "value_high", f"value_high {hi:g} is below value {v:g}"
        if row["qualifier"] == "range" and (lo is None or hi is None):
            yield row, "qualifier", "a range needs value_low and value_high"


@rule("city and region figures name a place")
def _scope_place(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["claims"]:
        if row["scope"] in ("city", "region") and _empty(row.get("place_id")):
            yield row, "place", f"scope {row['scope']!r} needs a place"


@rule("periods run forwards")
def _periods(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["claims"]:
        start, end = row["period_start"], row["period_end"]
        if not _empty(start) and not _empty(end) and str(start) > str(end):
            yield row, "period_end", "period_end is before period_start"


@rule("revision chains are acyclic and marked")
def _revisions(t: Tables) -> Iterator[tuple[Row, str, str]]:
    rows = {r["claim_id"]: r for r in t["claims"]}
    parent = {cid: ("" if _empty(r["revises_claim_id"]) else r["revises_claim_id"])
              for cid, r in rows.items()}
    for cid in looping_chains(parent):
        if parent[cid] == cid:
            yield rows[cid], "revises_claim_id", "a claim cannot revise itself"
        else:
            yield rows[cid], "revises_claim_id", f"the revision chain of {cid} loops back to itself"
    for cid, old in parent.items():
        if old and old in rows and rows[old]["status"] == "asserted":
            yield rows[old], "status", (f"{old} is revised by {cid} but still 'asserted'; mark "
                                        "it 'revised' or 'retracted'")


#: A source id: a slug of the publisher, the publication day (or 'nd' for an undated page), a
#: slug of the topic.
SOURCE_ID = re.compile(r"^(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*?)-(?P<day>\d{8}|nd)-"
                       r"(?P<topic>[a-z0-9]+(?:-[a-z0-9]+)*)$")


@rule("source ids follow publisher-yyyymmdd-topic")
def _source_ids(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["sources"]:
        m = SOURCE_ID.match(str(row["source_id"]))
        published = "" if _empty(row["published"]) else str(row["published"]).replace("-", "")
        if m is None:
            yield row, "source_id", (f"{row['source_id']!r} is not publisher-yyyymmdd-topic (or "
                                     "publisher-nd-topic for an undated page)")
        elif m["day"] != (published or "nd"):
            want = published or "nd"
            yield row, "source_id", (f"{row['source_id']!r}: the date part {m['day']!r} should "
                                     f"be {want!r}, from 'published'")


@rule("every source is dated")
def _dated(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["sources"]:
        if _empty(row["published"]) and _empty(row["accessed"]):
            yield row, "published", ("is empty: every source needs its publication date (an "
                                     "undated page - an about page, a database entry, an "
                                     "encyclopedia article - gives the day it was read, in "
                                     "'accessed')")
        if not _empty(row["published"]) and not _empty(row["accessed"]):
            yield row, "accessed", "is only for an undated page; this source has a date"


@rule("one source per address")
def _one_per_url(t: Tables) -> Iterator[tuple[Row, str, str]]:
    seen: dict[str, str] = {}
    for row in t["sources"]:
        url = "" if _empty(row["url"]) else str(row["url"])
        if url and url in seen:
            yield row, "url", f"the same address as source {seen[url]!r}: one source, one id"
        seen.setdefault(url, row["source_id"])


@rule("disputed names who disputes it")
def _disputed(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["claims"]:
        disputed, named = row["status"] == "disputed", not _empty(row["disputed_by"])
        if disputed and not named:
            yield row, "disputed_by", ("a disputed claim names the source(s) in which another "
                                       "party contests it")
        if named and not disputed:
            yield row, "status", (f"names sources that contest it (disputed_by) but is "
                                  f"{row['status']!r}; the rule makes it 'disputed'")


@rule("every publisher is classified by the rule")
def _publishers(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["publishers"]:
        try:
            source_kind(row["body_type"], row["funding_state"], row["editorial_model"],
                        row["ownership"])
        except ValueError as exc:
            yield row, "editorial_model", str(exc)


#: The claimant types a government body may have, and the type other bodies' claims take.
_GOVERNMENT_TYPES = ("government", "foreign_government", "prosecutor", "security_forces",
                     "election_commission")
_CLAIMANT_OF_KIND = {"scholarly": "scholar", "encyclopedia": "other"}


@rule("a claimant's type follows its publisher")
def _claimant_types(t: Tables) -> Iterator[tuple[Row, str, str]]:
    publishers = {r["publisher_id"]: r for r in t["publishers"]}
    for row in t["claims"]:
        pub = publishers.get(row.get("claimant_publisher_id") or "")
        if pub is None:
            continue
        try:
            kind = source_kind(pub["body_type"], pub["funding_state"], pub["editorial_model"],
                               pub["ownership"])
        except ValueError:
            continue  # reported by the publishers rule
        if kind == "government":
            if row["claimant_type"] not in _GOVERNMENT_TYPES:
                yield row, "claimant_type", (f"{row['claimant_type']!r}: a government body's "
                                             "claim is one of " + ", ".join(_GOVERNMENT_TYPES))
            continue
        want = _CLAIMANT_OF_KIND.get(kind, kind)
        if row["claimant_type"] != want:
            yield row, "claimant_type", (f"{row['claimant_type']!r} differs from its publisher "
                                         f"{pub['publisher_id']!r}, whose kind gives {want!r}")


#: Words a state (or any side) uses to label people (codebook.LABEL_WORDS). The package never
#: uses them in its own voice: only inside quotation marks, or in a sentence that says who used them.
LABELS = S.LABEL_PATTERN
#: Words that attribute what a sentence reports to someone.
ATTRIBUTION = re.compile(
    r"\b(said|says|say|called|calls|call|described|describes|labell?ed|termed|according|"
    r"accused|charged|charges|convicted|sentenced|claimed|claims|alleged|stated|announced|"
    r"reported|reports|referred|classed|classified|categori[sz]ed|named|blamed|framing|framed|"
    r"framings?|so-called|told|wrote|spoke|insisted|argued|denied|declared)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"\u201c\u00ab][^\"\u201d\u00bb]*[\"\u201d\u00bb]")


def unattributed_labels(text: str) -> list[str]:
    """The sentences of ``text`` that use a label word in the package's own voice: neither in
    quotation marks nor in a sentence that says who used it.

    Examples
    --------
    >>> unattributed_labels('Police said "terrorists" attacked. Attackers burned a car.')
    ['Attackers burned a car.']
    """
    out = []
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        bare = _QUOTED.sub(" ", sentence)
        if LABELS.search(bare) and not ATTRIBUTION.search(sentence):
            out.append(sentence)
    return out


@rule("labels only as attributed speech")
def _labels(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for table in ("events", "claims"):
        for row in t[table]:
            for sentence in unattributed_labels("" if _empty(row["notes"]) else str(row["notes"])):
                yield row, "notes", (f"uses a label in our own voice: {sentence[:120]!r}; quote "
                                     "it and say who used it")
    for row in t["claims"]:
        if S.is_label(row["subject"]) and _empty(row["subject_text"]):
            yield row, "subject_text", (f"subject {row['subject']!r} is a claimant's label: give "
                                        "the claimant's own words in subject_text")


@rule("a source's kind follows from its publisher")
def _kinds(t: Tables) -> Iterator[tuple[Row, str, str]]:
    publishers = {r["publisher_id"]: r for r in t["publishers"]}
    for row in t["sources"]:
        pub = publishers.get(row.get("publisher_id") or "")
        if pub is None:
            continue
        try:
            kind = source_kind(pub["body_type"], pub["funding_state"], pub["editorial_model"],
                               pub["ownership"])
        except ValueError as exc:
            yield row, "kind", f"publisher {pub['publisher_id']!r}: {exc}"
            continue
        for col, want in (("kind", kind), ("publisher", pub["name"]), ("country", pub["country"])):
            if row[col] != want:
                yield row, col, (f"{row[col]!r} differs from what the publishers table gives "
                                 f"({want!r} for {pub['publisher_id']!r})")


@rule("a place is not its own parent")
def _parents(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["places"]:
        if not _empty(row["parent_place_id"]) and row["parent_place_id"] == row["place_id"]:
            yield row, "parent_place_id", "a place cannot be its own parent"


@rule("coordinates inside Kazakhstan")
def _inside(t: Tables) -> Iterator[tuple[Row, str, str]]:
    for row in t["places"]:
        lat, lon = _num(row["latitude"]), _num(row["longitude"])
        if lat is None or lon is None:
            continue
        off = distance_outside(lon, lat)
        if off > OUTLINE_TOLERANCE:
            yield row, "latitude", (f"({lat}, {lon}) is {off:.2f} degrees outside the outline of "
                                    "Kazakhstan")


@rule("event place columns match the gazetteer")
def _event_places(t: Tables) -> Iterator[tuple[Row, str, str]]:
    places = {r["place_id"]: r for r in t["places"]}
    for row in t["events"]:
        place = places.get(row["place_id"])
        if place is None or "location" not in row:
            continue
        for col, src in (("location", "name"), ("admin1", "admin1"), ("latitude", "latitude"),
                         ("longitude", "longitude")):
            if str(row[col]) != str(place[src]) and _num(row[col]) != _num(place[src]):
                yield row, col, f"{row[col]!r} differs from the places table ({place[src]!r})"


def source_kind(body_type: str, funding_state: str, editorial_model: str,
                ownership: str) -> str:
    """The kind of every source of a publisher, by the one rule the datasheet states.

    Bodies that are not news media take their body type's kind. News media:

    1. rated by the State Media Monitor: ``state_media`` if its model is controlled or captured
       (SC, CaPu, CaPr), ``public_media`` if independent (ISFM, ISF, ISM, IP) — whoever owns it;
    2. not rated, but owned or core-funded by a state (``not_rated``): ``state_funded_media``;
    3. neither, with its ownership established: ``non_state_media``;
    4. ownership not established: ``unclassified_media``.

    The country never enters the rule: the same facts give the same kind for every country.

    Examples
    --------
    >>> source_kind("news_media", "RU", "SC", "state")
    'state_media'
    >>> source_kind("news_media", "US", "not_rated", "nonprofit")
    'state_funded_media'
    >>> source_kind("news_media", "", "", "private"), source_kind("news_media", "", "", "")
    ('non_state_media', 'unclassified_media')
    >>> source_kind("ngo", "", "", "nonprofit")
    'ngo'
    """
    if body_type in _KIND_OF_BODY:
        return _KIND_OF_BODY[body_type]
    if body_type != "news_media":
        raise ValueError(f"unknown body_type {body_type!r}; allowed: {', '.join(S.BODY_TYPES)}")
    if editorial_model in S.EDITORIAL_MODELS:
        return "public_media" if S.EDITORIAL_MODELS[editorial_model] else "state_media"
    if editorial_model == S.NOT_RATED:
        if _empty(funding_state):
            raise ValueError("not_rated is for an outlet owned or funded by a state: fill "
                             "funding_state, or leave editorial_model empty")
        return "state_funded_media"
    if not _empty(editorial_model):
        raise ValueError(f"{editorial_model!r} is not a State Media Matrix model; allowed: "
                         + ", ".join([*S.EDITORIAL_MODELS, S.NOT_RATED]))
    if not _empty(funding_state):
        raise ValueError(f"an outlet funded by a state ({funding_state}) needs its State Media "
                         "Matrix model, or not_rated where the Monitor has not rated it")
    return "unclassified_media" if _empty(ownership) else "non_state_media"


_KIND_OF_BODY = {"government": "government", "ngo": "ngo", "international_org": "international_org",
                 "research": "scholarly", "reference": "encyclopedia"}


def check_tables(tables: Tables, only: Iterable[str] | None = None) -> list[Problem]:
    """Run the named rules (all of :data:`RULES` by default) over the five clean tables.

    Examples
    --------
    >>> empty = {name: [] for name in S.DATASETS}
    >>> check_tables(empty)
    []
    """
    names = list(RULES) if only is None else list(only)
    out: list[Problem] = []
    for name in names:
        out += [Problem(name, _where(row), col, msg) for row, col, msg in RULES[name](tables)]
    return out


def check(tables: Tables) -> list[Problem]:
    """Every field check and every rule over the five clean tables.

    Examples
    --------
    >>> check({name: [] for name in S.DATASETS})
    []
    """
    out: list[Problem] = []
    for name in S.DATASETS:
        out += check_fields(name, tables[name])
    return out + check_tables(tables)

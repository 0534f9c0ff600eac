"""The raw -> clean pipeline: checks, merges, the cleaning log, determinism, atomic writes."""

from __future__ import annotations

import csv
import filecmp
import io
from pathlib import Path

import pandas as pd
import pytest

from kzlib import build as B

DATA = B.OUT_DIR
BUILT = ["events.csv", "claims.csv", "places.csv", "sources.csv", "publishers.csv", "datapackage.json",
         "cleaning-log.csv", "raw-events.csv", "raw-claims.csv", "raw-places.csv",
         "raw-sources.csv", "raw-publishers.csv"]


def _build(raw: Path, out: Path):
    return B.build(raw, out, geo_file=None)


def _edit(path: Path, line: int, column: str, value: str) -> None:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows[line - 1][rows[0].index(column)] = value
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def test_fixture_builds(fixture_raw, tmp_path):
    rows = _build(fixture_raw, tmp_path / "out")
    assert rows == {"events": 3, "claims": 3, "places": 3, "sources": 4, "publishers": 3}
    sources = pd.read_csv(tmp_path / "out" / "sources.csv").set_index("source_id")
    # every source takes its publisher's name, country and kind (by the one rule) from its row
    assert tuple(sources.loc["test-20220106-two", ["publisher", "kind", "country"]]) == (
        "Test Agency", "state_funded_media", "KZ")
    assert sources.at["test-20220105-one", "kind"] == "non_state_media"
    assert sources.at["test-nd-geo", "kind"] == "encyclopedia"
    events = pd.read_csv(tmp_path / "out" / "events.csv")
    merged = events.set_index("event_id").loc["KZ-E-0002"]
    assert merged["fatalities"] == 3  # the lower of 3 and 5: ACLED's conservative rule
    assert merged["source_ids"] == "test-20220105-copy;test-20220106-two"
    assert merged["interaction"] == "State forces-Rioters"
    assert merged["disorder_type"] == "Demonstrations"
    assert merged["location"] == "Almaty"


def test_cleaning_log_records_every_change(fixture_raw, tmp_path):
    _build(fixture_raw, tmp_path)
    log = pd.read_csv(tmp_path / "cleaning-log.csv", keep_default_na=False)
    pairs = set(zip(log["before"], log["after"], strict=True))
    assert ("Janaozen", "zhanaozen") in pairs
    assert ("Алма-Ата", "almaty") in pairs
    assert ("5 January 2022", "2022-01-05") in pairs
    assert ("KZ-E-0003", "KZ-E-0002") in pairs
    assert (log["reason"] != "").all()
    claims = pd.read_csv(tmp_path / "claims.csv")
    assert claims.set_index("claim_id").at["KZ-C-0003", "event_id"] == "KZ-E-0002"


def test_build_is_deterministic(fixture_raw, tmp_path):
    _build(fixture_raw, tmp_path / "a")
    _build(fixture_raw, tmp_path / "b")
    match, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", BUILT,
                                               shallow=False)
    assert mismatch == [] and errors == [] and sorted(match) == sorted(BUILT)


def test_shipped_package_equals_a_fresh_build(tmp_path):
    B.build(B.RAW_DIR, tmp_path)
    names = [*BUILT, "kazakhstan.geojson"]
    _, mismatch, errors = filecmp.cmpfiles(tmp_path, DATA, names, shallow=False)
    assert mismatch == [], f"rebuild differs from the shipped files: {mismatch} (run make data)"
    assert errors == []


def _assert_fails_and_writes_nothing(raw, out, *fragments):
    with pytest.raises(B.RawDataError) as err:
        _build(raw, out)
    msg = str(err.value)
    for fragment in fragments:
        assert fragment in msg, msg
    assert "nothing was written" in msg
    assert not out.exists() or not any(out.iterdir())
    return msg


BAD_CELLS = [
    ("events", 2, "event_date", "2022-02-30", "field 'event_date'"),
    ("events", 2, "time_precision", "4", "'4' is not allowed"),
    ("events", 2, "event_type", "Riot", "Did you mean 'Riots'?"),
    ("events", 2, "sub_event_type", "Armed clash", "does not belong to event_type 'Protests'"),
    ("events", 2, "place", "Zhanaozn", "unknown place 'Zhanaozn'. Did you mean 'Zhanaozen'?"),
    ("events", 2, "fatalities", "many", "'many' is not a number"),
    ("events", 2, "fatalities", "-1", "below the minimum 0"),
    ("events", 2, "source_ids", "test-2022010-two", "Did you mean 'test-20220106-two'?"),
    ("events", 2, "actor1", "Terrorists (Kazakhstan)", "official labels are not actor names"),
    ("events", 2, "event_date", "2019-01-01", "outside the coverage"),
    ("events", 2, "notes", "", "field 'notes': is empty but required"),
    ("claims", 2, "value_low", "170", "value_low 170 is above value 160"),
    ("claims", 3, "revises_claim_id", "KZ-C-0077", "'KZ-C-0077' is not a known claim_id"),
    ("claims", 4, "revises_claim_id", "KZ-C-0003", "a claim cannot revise itself"),
    ("claims", 2, "status", "asserted", "KZ-C-0001 is revised by KZ-C-0002 but still 'asserted'"),
    ("claims", 2, "event_id", "KZ-E-0099", "'KZ-E-0099' is not a known event_id"),
    ("places", 2, "latitude", "60.1", "above the maximum 55.5"),
    ("places", 2, "admin1", "Almaty City", "Did you mean 'Almaty'"),
    ("sources", 2, "published", "sometime", "cannot read 'sometime' as a date"),
    ("publishers", 4, "body_type", "newspaper", "unknown body_type 'newspaper'"),
]


@pytest.mark.parametrize(("table", "line", "column", "value", "expected"), BAD_CELLS)
def test_bad_cell_names_file_line_and_field(fixture_raw, tmp_path, table, line, column, value,
                                            expected):
    _edit(fixture_raw / table / "fixture.csv", line, column, value)
    _assert_fails_and_writes_nothing(
        fixture_raw, tmp_path / "out", f"{table}/fixture.csv, line {line}", expected)


def test_bad_header(fixture_raw, tmp_path):
    path = fixture_raw / "events" / "fixture.csv"
    path.write_text(path.read_text().replace("fatalities", "deaths", 1))
    _assert_fails_and_writes_nothing(fixture_raw, tmp_path / "out", "events/fixture.csv, line 1",
                                     "missing: ['fatalities']", "unexpected: ['deaths']")


def test_unquoted_comma(fixture_raw, tmp_path):
    path = fixture_raw / "events" / "fixture.csv"
    path.write_text(path.read_text() + "KZ-E-0009,2022-01-07,1,x,y,extra\n")
    _assert_fails_and_writes_nothing(fixture_raw, tmp_path / "out", "events/fixture.csv, line 6",
                                     "an unquoted comma?")


def test_duplicate_ids_and_conflicting_sources(fixture_raw, tmp_path):
    _edit(fixture_raw / "events" / "fixture.csv", 3, "event_id", "KZ-E-0001")
    _edit(fixture_raw / "claims" / "fixture.csv", 3, "claim_id", "KZ-C-0001")
    _assert_fails_and_writes_nothing(fixture_raw, tmp_path / "out",
                                     "field 'event_id': 'KZ-E-0001' is used again",
                                     "field 'claim_id': 'KZ-C-0001' is used again")


def test_one_row_per_source_and_one_source_per_address(fixture_raw, tmp_path):
    _edit(fixture_raw / "sources" / "fixture.csv", 3, "source_id", "test-20220105-one")
    _edit(fixture_raw / "sources" / "fixture.csv", 4, "url", "https://example.org/one")
    _assert_fails_and_writes_nothing(fixture_raw, tmp_path / "out",
                                     "field 'source_id': 'test-20220105-one' is used again",
                                     "field 'url': the same address as source 'test-20220105-one'")


@pytest.mark.parametrize(("line", "column", "value", "message"), [
    (2, "source_id", "test-20220107-one", "the date part '20220107' should be '20220105'"),
    (2, "source_id", "test-one", "is not publisher-yyyymmdd-topic"),
    (5, "accessed", "", "every source needs its publication date"),
    (2, "publisher_id", "test-wires", "'test-wires' is not in the publishers table. Did you mean"),
])
def test_source_ids_dates_and_publishers(fixture_raw, tmp_path, line, column, value, message):
    _edit(fixture_raw / "sources" / "fixture.csv", line, column, value)
    _assert_fails_and_writes_nothing(fixture_raw, tmp_path / "out", message)


@pytest.mark.parametrize(("line", "column", "value", "message"), [
    # a state-funded outlet must say how the State Media Monitor rates it (or not_rated)
    (2, "editorial_model", "", "needs its State Media Matrix model, or not_rated"),
    (4, "editorial_model", "not_rated", "not_rated is for an outlet owned or funded by a state"),
    (4, "editorial_model", "XX", "'XX' is not a State Media Matrix model"),
])
def test_publisher_classification_is_checked(fixture_raw, tmp_path, line, column, value,
                                             message):
    _edit(fixture_raw / "publishers" / "fixture.csv", line, column, value)
    _assert_fails_and_writes_nothing(fixture_raw, tmp_path / "out", message)


def test_alias_shared_by_two_places(fixture_raw, tmp_path):
    _edit(fixture_raw / "places" / "fixture.csv", 4, "aliases", "Alma-Ata")
    _assert_fails_and_writes_nothing(fixture_raw, tmp_path / "out",
                                     "'Alma-Ata' belongs to two places")


def test_failed_build_keeps_previous_output(fixture_raw, tmp_path):
    out = tmp_path / "out"
    _build(fixture_raw, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    _edit(fixture_raw / "events" / "fixture.csv", 2, "fatalities", "x")
    with pytest.raises(B.RawDataError):
        _build(fixture_raw, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_missing_raw_folder(tmp_path):
    with pytest.raises(B.RawDataError, match="needs a source checkout"):
        _build(tmp_path / "nowhere", tmp_path / "out")

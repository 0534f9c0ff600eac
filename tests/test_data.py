"""The shipped data: schema, references, the project's rules, and the coverage promised to teachers."""

from __future__ import annotations

import copy

import pandas as pd
import pytest

import kzlib
from kzlib import validate
from kzlib.core import store
from kzlib.pipeline import rules

RULES = list(rules.RULES)
SHIPPED = validate.shipped_rows()


def test_frictionless_validates_the_package():
    """An independent implementation of the Data Package standard agrees the package is valid."""
    import frictionless

    report = frictionless.validate(str(store.data_file("datapackage.json")))
    problems = [f"{task.name}: {err.message}" for task in report.tasks for err in task.errors]
    assert report.valid, problems + [err.message for err in report.errors]


def test_validate_finds_no_problem():
    assert validate.validate() == []


@pytest.mark.parametrize("rule", RULES)
def test_project_rule(rule):
    assert rules.check_tables(SHIPPED, only=[rule]) == []


def test_rules_can_fail():
    """The rules really look at the data: break rows and see each named rule complain."""
    tables = copy.deepcopy(SHIPPED)
    event = tables["events"][0]
    event["sub_event_type"] = ("Armed clash" if event["event_type"] != "Battles"
                               else "Peaceful protest")
    tables["events"][1]["source_ids"] = "no-such-source"
    tables["claims"][0]["statement"] = "A statement on a figure."
    found = {p.rule for p in rules.check(tables)}
    assert {"sub_event_type belongs to event_type", "references point at existing rows",
            "a figure has its number, a statement has none"} <= found


@pytest.mark.parametrize(("table", "column", "value", "rule"), [
    ("claims", "disputed_by", "", "disputed names who disputes it"),
    ("claims", "notes", "Looters burned the building.", "labels only as attributed speech"),
    ("claims", "subject_text", "", "labels only as attributed speech"),
    ("sources", "source_id", "tass-20000101-wrong-day", "source ids follow publisher-yyyymmdd-topic"),
    ("sources", "url", "SAME", "one source per address"),
    ("sources", "kind", "non_state_media", "a source's kind follows from its publisher"),
    ("publishers", "editorial_model", "", "every publisher is classified by the rule"),
    ("claims", "claimant_type", "non_state_media", "a claimant's type follows its publisher"),
])
def test_each_coding_rule_fails_on_doctored_data(table, column, value, rule):
    """Doctor one row the rule is about (a disputed claim, a labelled subject, a state-funded
    outlet, a claim by a state outlet, ...) and the named rule must report it."""
    tables = copy.deepcopy(SHIPPED)
    rows = tables[table]
    pick = {
        ("claims", "disputed_by"): lambda r: r["status"] == "disputed",
        ("claims", "notes"): lambda r: True,
        ("claims", "subject_text"): lambda r: r["subject"] == "attackers",
        ("publishers", "editorial_model"): lambda r: r["editorial_model"] == "not_rated",
        ("claims", "claimant_type"): lambda r: r["claimant_type"] == "state_media"
        and r["claimant_publisher_id"],
        ("sources", "kind"): lambda r: r["kind"] == "state_media",
    }.get((table, column), lambda r: bool(r["url"]) if column == "url" else True)
    row = next(r for r in rows if pick(r))
    if value == "SAME":
        value = next(r["url"] for r in rows if r["url"] and r is not row)
    row[column] = value
    assert rules.check_tables(tables, only=[rule]), f"{rule!r} did not notice"


def test_datasheet_coverage_is_current(tmp_path):
    from pathlib import Path

    from kzlib.pipeline.cli import write_coverage

    sheet = Path(__file__).resolve().parent.parent / "data" / "README.md"
    copy_ = tmp_path / "README.md"
    copy_.write_text(sheet.read_text(encoding="utf-8"), encoding="utf-8")
    assert not write_coverage(str(copy_)), "the datasheet's coverage is stale: run make data"


def test_one_row_per_publisher():
    tables = copy.deepcopy(SHIPPED)
    tables["publishers"].append(dict(tables["publishers"][0]))
    text = "\n".join(str(p) for p in rules.check(tables))
    assert "is used again" in text


def test_field_checks_can_fail():
    tables = copy.deepcopy(SHIPPED)
    tables["events"][0]["fatalities"] = "-1"
    tables["places"][0]["place_id"] = "Not A Slug"
    text = "\n".join(str(p) for p in rules.check(tables))
    assert "is below the minimum 0" in text and "does not match" in text


def test_every_source_is_cited():
    sources = set(kzlib.load_sources()["source_id"])
    cited = set()
    for frame, col in ((kzlib.load_events(), "source_ids"), (kzlib.load_claims(), "source_ids"),
                       (kzlib.load_claims(), "disputed_by"), (kzlib.load_places(), "source_ids"),
                       (kzlib.load_publishers(), "source_ids")):
        for ids in frame[col].dropna():
            cited |= set(ids.split(";"))
    assert sources - cited == set()


# --- coverage: what the lessons promise (issue: the dataset) ---------------------------------


@pytest.fixture(scope="module")
def events():
    return kzlib.load_events()


@pytest.fixture(scope="module")
def claims():
    return kzlib.load_claims()


def test_enough_events(events):
    assert len(events) >= 150
    assert events["event_date"].min() <= pd.Timestamp("2021-12-31")
    assert events["event_date"].max() >= pd.Timestamp("2023-01-01")


def test_every_day_of_the_unrest_has_events(events):
    days = pd.date_range("2022-01-02", "2022-01-19")
    missing = sorted(set(days) - set(events["event_date"]))
    assert missing == [], [f"{d:%d %b}" for d in missing]


def test_places_and_regions(events):
    assert events["place_id"].nunique() >= 20
    unrest = events[events["event_date"].between("2022-01-02", "2022-01-10")]
    protest_regions = set(unrest.loc[unrest["event_type"].isin(["Protests", "Riots"]), "admin1"])
    assert "Mangystau Region" in protest_regions
    assert len(protest_regions) >= 12
    almaty_sites = events.loc[events["place_id"].str.startswith("almaty-"), "place_id"]
    assert almaty_sites.nunique() >= 3


def test_government_and_security_decisions(events):
    decisions = events[events["theme"].isin(["security_response", "government", "information"])
                       & (events["event_type"] == "Strategic developments")]
    assert len(decisions) >= 30


def test_csto_story_is_complete(events):
    csto = events[events["theme"] == "csto"]
    assert len(csto) >= 6
    assert csto["event_date"].min() <= pd.Timestamp("2022-01-06")
    assert csto["event_date"].max() >= pd.Timestamp("2022-01-19")


def test_aftermath(events):
    assert (events["theme"] == "aftermath").sum() >= 25


def test_enough_claims(claims):
    assert len(claims) >= 60
    measures = set(claims["measure"])
    assert {"fatalities", "injuries", "detentions", "troops", "fuel_price", "vote_share",
            "turnout"} <= measures
    deaths = claims[(claims["measure"] == "fatalities") & (claims["scope"] == "national")]
    assert deaths["claim_date"].nunique() >= 4
    assert (claims["status"] == "retracted").any()
    assert claims["revises_claim_id"].notna().sum() >= 5
    troops = set(claims.loc[claims["measure"] == "troops", "subject"])
    assert "all_csto" in troops and len(troops - {"all_csto"}) >= 3


def test_sources_are_varied():
    sources = kzlib.load_sources()
    assert len(sources) >= 40
    assert sources["publisher"].nunique() >= 8
    kinds = set(sources["kind"])
    assert {"state_media", "state_funded_media", "non_state_media", "ngo", "scholarly"} <= kinds
    assert kinds & {"government", "international_org"}


def test_places_have_local_names():
    used = set(kzlib.load_events()["place_id"]) | set(kzlib.load_claims()["place_id"].dropna())
    places = kzlib.load_places().set_index("place_id").loc[sorted(used)]
    cities = places[places["place_type"].isin(["city", "town"])]
    assert cities["name_kk"].notna().all(), list(cities.index[cities["name_kk"].isna()])
    assert cities["name_ru"].notna().all(), list(cities.index[cities["name_ru"].isna()])

"""Every bad input gets a clear error: what was wrong, what is allowed, the nearest valid name."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import kzlib
from kzlib import places
from kzlib.export import export


def test_unknown_dataset_suggests_the_closest():
    with pytest.raises(ValueError) as err:
        kzlib.describe("event")
    msg = str(err.value)
    assert "unknown dataset 'event'" in msg
    assert "Did you mean 'events'?" in msg
    assert "claims, events, places, publishers, sources" in msg
    assert "kzlib.list_datasets()" in msg


@pytest.mark.parametrize("func", [kzlib.describe, kzlib.schema, kzlib.load_raw])
def test_dataframe_instead_of_a_name_explains_what_to_do(func):
    with pytest.raises(TypeError) as err:
        func(pd.DataFrame({"a": [1]}))
    msg = str(err.value)
    assert "you passed a pandas DataFrame" in msg
    assert "work with your DataFrame directly" in msg


def test_non_string_name_is_a_type_error():
    with pytest.raises(TypeError, match="not int"):
        kzlib.schema(3)


def test_unknown_place_suggests_nearest_known_places():
    with pytest.raises(ValueError) as err:
        places.lookup("Almatty")
    msg = str(err.value)
    assert msg.startswith("unknown place 'Almatty'. Did you mean 'Almaty'")
    assert "Known places:" in msg and "kzlib.load_places()" in msg


def test_unknown_place_in_a_filter():
    with pytest.raises(ValueError, match="Did you mean 'Zhanaozen'"):
        kzlib.load_events(places=["Zhanaozn"])


def test_unknown_theme_lists_the_themes():
    with pytest.raises(ValueError) as err:
        kzlib.load_events(themes="protests")
    msg = str(err.value)
    assert "unknown theme 'protests'. Did you mean 'protest'?" in msg
    assert "aftermath" in msg and "csto" in msg


def test_unknown_event_type_and_measure():
    with pytest.raises(ValueError, match="Did you mean 'Riots'"):
        kzlib.load_events(event_types="Riot")
    with pytest.raises(ValueError, match="Did you mean 'fatalities'"):
        kzlib.load_claims(measures="fatality")
    with pytest.raises(ValueError, match="unknown measure 'deaths'. Did you mean 'fatalities'"):
        kzlib.load_claims(measures="deaths")


def test_start_after_end():
    with pytest.raises(ValueError) as err:
        kzlib.load_events(start="2022-01-19", end="2022-01-02")
    assert "start (2022-01-19) is after end (2022-01-02)" in str(err.value)


@pytest.mark.parametrize("bad", ["5th of January", "2022-13-01", "2022/01/05", ""])
def test_malformed_date_string(bad):
    with pytest.raises(ValueError, match="is not a date in the form YYYY-MM-DD"):
        kzlib.load_events(start=bad)


@pytest.mark.parametrize("bad", [20220105, 3.5, True, ["2022-01-05"], {"a": 1}])
def test_date_of_wrong_type(bad):
    with pytest.raises(TypeError, match="start= takes a date such as '2022-01-05'"):
        kzlib.load_events(start=bad)


def test_dates_as_objects_are_accepted():
    a = kzlib.load_events(start=dt.date(2022, 1, 5), end=pd.Timestamp("2022-01-06"))
    b = kzlib.load_events(start="2022-01-05", end="2022-01-06")
    pd.testing.assert_frame_equal(a, b)


def test_empty_or_wrongly_typed_name_lists():
    with pytest.raises(ValueError, match="themes= is empty"):
        kzlib.load_events(themes=[])
    with pytest.raises(TypeError, match="themes= takes names"):
        kzlib.load_events(themes=[1, 2])
    with pytest.raises(TypeError, match="places= takes a name or a list of names"):
        kzlib.load_events(places=pd.Series(["Almaty"]))


def test_cite_unknown_ids():
    with pytest.raises(ValueError, match="unknown event id 'KZ-E-9999'"):
        kzlib.cite("KZ-E-9999")
    with pytest.raises(ValueError, match="unknown source id"):
        kzlib.cite("no-such-source")
    with pytest.raises(TypeError, match="you passed a pandas DataFrame"):
        kzlib.cite(kzlib.load_sources())


def test_export_bad_format_and_out(tmp_path):
    with pytest.raises(ValueError, match="unknown format 'shp'.*Known formats: csv, geojson"):
        export("shp", tmp_path)
    target = tmp_path / "file.txt"
    target.write_text("x")
    with pytest.raises(ValueError, match="is a file; give a folder"):
        export("csv", target)


def test_loader_keywords_are_keyword_only():
    with pytest.raises(TypeError):
        kzlib.load_events("2022-01-05")  # type: ignore[misc]

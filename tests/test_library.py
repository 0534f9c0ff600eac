"""The public face of kzlib: loaders, docs, citations, lookup. Common tests run over every loader."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

import kzlib
from kzlib import codebook, places
from kzlib.core import load, store

LOADERS = {name: getattr(kzlib, f"load_{name}") for name in kzlib.list_datasets()}


def test_public_api_is_complete():
    for name in ("load_events", "load_claims", "load_places", "load_sources", "load_publishers", "load_raw",
                 "list_datasets", "describe", "schema", "cite", "__version__", "DATA_VERSION"):
        assert hasattr(kzlib, name), name
    assert callable(kzlib.places.lookup)
    assert kzlib.list_datasets() == ["events", "claims", "places", "sources", "publishers"]


def test_every_dataset_has_a_loader():
    discovered = sorted(n.removeprefix("load_") for n in dir(kzlib)
                        if n.startswith("load_") and n != "load_raw")
    assert discovered == sorted(kzlib.list_datasets())


@pytest.mark.parametrize("name", list(LOADERS))
def test_loader_columns_follow_the_schema(name):
    frame = LOADERS[name]()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == [f["name"] for f in codebook.RESOURCES[name]["fields"]]
    assert len(frame) == store.resource(name)["rows"] > 0


@pytest.mark.parametrize("name", list(LOADERS))
def test_loader_dtypes(name):
    frame = LOADERS[name]()
    for f in codebook.RESOURCES[name]["fields"]:
        dtype = frame[f["name"]].dtype
        if f["type"] == "date":
            assert pd.api.types.is_datetime64_any_dtype(dtype), f["name"]
        elif f["type"] == "integer":
            assert str(dtype) == "Int64", f["name"]
        elif f["type"] == "number":
            assert pd.api.types.is_float_dtype(dtype), f["name"]
        elif "categories" in f:
            assert isinstance(dtype, pd.CategoricalDtype), f["name"]
            assert list(dtype.categories) == f["categories"], f["name"]
            assert dtype.ordered == f["categoriesOrdered"], f["name"]
        else:
            assert pd.api.types.is_string_dtype(dtype), f["name"]


def test_acled_vocabularies_keep_acled_order():
    events = kzlib.load_events()
    assert list(events["event_type"].cat.categories) == [
        "Battles", "Protests", "Riots", "Explosions/Remote violence",
        "Violence against civilians", "Strategic developments"]
    assert events["event_type"].cat.ordered


@pytest.mark.parametrize("name", list(LOADERS))
def test_each_call_returns_a_fresh_frame(name):
    first = LOADERS[name]()
    first.iloc[0, 0] = None
    first["extra"] = 1
    second = LOADERS[name]()
    assert len(second) > 0 and pd.notna(second.iloc[0, 0])


@pytest.mark.parametrize("name", list(LOADERS))
def test_docstring_column_table_matches_datapackage(name):
    doc = LOADERS[name].__doc__
    for field in load.schema(name)["fields"]:
        assert f"    {field['name']} " in doc, field["name"]
        assert field["description"] in doc


@pytest.mark.parametrize("name", list(LOADERS))
def test_describe_and_schema_come_from_datapackage(name):
    text = kzlib.describe(name)
    spec = kzlib.schema(name)
    assert f"{store.resource(name)['rows']} rows" in text
    for field in spec["fields"]:
        assert field["name"] in text
    spec["fields"].clear()  # a copy: changing it must not change the next answer
    assert kzlib.schema(name)["fields"]


@pytest.mark.parametrize("name", list(LOADERS))
def test_load_raw_keeps_every_raw_row_as_text(name):
    raw = kzlib.load_raw(name)
    assert {"raw_file", "raw_row"} <= set(raw.columns)
    assert all(pd.api.types.is_string_dtype(raw[c]) for c in raw.columns)
    assert len(raw) >= len(LOADERS[name]())


def test_versions_come_from_one_place():
    from kzlib import _version

    assert kzlib.__version__ == _version.__version__
    assert kzlib.DATA_VERSION == _version.DATA_VERSION == store.package()["version"]


def test_import_is_cheap_and_reads_nothing():
    code = ("import sys, kzlib; "
            "print('matplotlib' in sys.modules, 'ipywidgets' in sys.modules, "
            "kzlib.core.store.parsed.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "0"]


def test_filters_by_date_theme_place_and_type():
    jan = kzlib.load_events(start="2022-01-02", end="2022-01-19")
    assert jan["event_date"].between("2022-01-02", "2022-01-19").all()
    assert len(jan) < len(kzlib.load_events())
    csto = kzlib.load_events(themes="csto")
    assert set(csto["theme"]) == {"csto"}
    assert len(kzlib.load_events(themes=["csto", "protest"])) >= len(csto)
    almaty = kzlib.load_events(places="Alma-Ata")
    assert len(almaty) > 0 and set(almaty["admin1"]) == {"Almaty"}
    riots = kzlib.load_events(event_types="Riots")
    assert set(riots["event_type"]) == {"Riots"}
    deaths = kzlib.load_claims(measures="fatalities")
    assert set(deaths["measure"]) == {"fatalities"}


def test_lookup_accepts_any_alias_case_and_script():
    for spelling in ("Almaty", "ALMATY", "alma-ata", "Алматы", "Alma Ata"):
        assert places.lookup(spelling)["place_id"] == "almaty"
    assert places.lookup("Nur-Sultan")["name"] == "Astana"
    assert places.lookup("Жаңаөзен")["place_id"] == "zhanaozen"


def test_lookup_hands_out_copies_of_its_cached_gazetteer():
    row = places.lookup("Almaty")
    row["name"] = "changed"
    row["latitude"] = 0.0
    again = places.lookup("Alma-Ata")
    assert again["name"] == "Almaty" and again["latitude"] > 40
    assert kzlib.load_places().set_index("place_id").at["almaty", "name"] == "Almaty"


def test_cite_source_event_and_claim():
    src = kzlib.load_sources().iloc[0]
    text = kzlib.cite(src["source_id"])
    assert src["publisher"] in text and src["title"] in text
    ev = kzlib.load_events().iloc[0]
    text = kzlib.cite(ev["event_id"])
    assert ev["event_id"] in text and ev["location"] in text
    first_source = ev["source_ids"].split(";")[0]
    assert kzlib.load_sources().set_index("source_id").at[first_source, "title"] in text
    cl = kzlib.load_claims().iloc[0]
    assert cl["value_text"] in kzlib.cite(cl["claim_id"].lower())




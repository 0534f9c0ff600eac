"""Throw random input at every public function: only our documented exceptions may come out.

Documented: ValueError (a bad value, with a message that names it) and TypeError (a value of the
wrong kind). Anything else (KeyError, AttributeError, a pandas error) is a bug.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kzlib
from kzlib import places
from kzlib.clean import parse_date, parse_figure

ANYTHING = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
    st.dates(), st.datetimes(), st.binary(max_size=10), st.lists(st.text(max_size=10), max_size=3),
    st.just(pd.DataFrame({"a": [1]})), st.just(pd.Series([1, 2])), st.just(float("inf")),
    st.sampled_from(["events", "Almaty", "2022-01-05", "csto", "KZ-E-0001", "fatalities"]),
)
ALLOWED = (ValueError, TypeError)
FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def _only_documented(func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except ALLOWED as exc:
        assert str(exc), f"{func.__name__} raised an empty {type(exc).__name__}"


@FAST
@given(ANYTHING)
def test_name_functions(value):
    for func in (kzlib.describe, kzlib.schema, kzlib.load_raw, kzlib.cite, places.lookup):
        _only_documented(func, value)


@FAST
@given(start=ANYTHING, end=ANYTHING)
def test_date_filters(start, end):
    _only_documented(kzlib.load_events, start=start, end=end)
    _only_documented(kzlib.load_claims, start=start, end=end)


@FAST
@given(themes=ANYTHING, place=ANYTHING, types=ANYTHING, measures=ANYTHING)
def test_name_filters(themes, place, types, measures):
    _only_documented(kzlib.load_events, themes=themes)
    _only_documented(kzlib.load_events, places=place)
    _only_documented(kzlib.load_events, event_types=types)
    _only_documented(kzlib.load_claims, measures=measures, places=place)


@FAST
@given(st.dates(min_value=dt.date(2011, 1, 1), max_value=dt.date(2024, 12, 31)),
       st.dates(min_value=dt.date(2011, 1, 1), max_value=dt.date(2024, 12, 31)))
def test_any_valid_range_gives_a_subset(a, b):
    start, end = min(a, b), max(a, b)
    events = kzlib.load_events(start=start, end=end)
    assert events["event_date"].between(pd.Timestamp(start), pd.Timestamp(end)).all()


@FAST
@given(ANYTHING)
def test_cleaning_functions(value):
    _only_documented(parse_date, value)
    _only_documented(parse_figure, value)


@FAST
@given(st.integers(min_value=0, max_value=10**7))
def test_parse_figure_round_trips_numbers(n):
    assert parse_figure(f"{n:,}").value == n
    assert parse_figure(f"more than {n}").qualifier == "more_than"

"""The cleaning functions the build and lesson 7 share."""

from __future__ import annotations

import pandas as pd
import pytest

from kzlib.clean import find_duplicates, normalise_places, parse_date, parse_figure


@pytest.mark.parametrize(("text", "day", "precision"), [
    ("2022-01-05", "2022-01-05", 1),
    ("05.01.2022", "2022-01-05", 1),
    ("5 January 2022", "2022-01-05", 1),
    ("January 5, 2022", "2022-01-05", 1),
    ("Jan 5 2022", "2022-01-05", 1),
    ("5 января 2022 г.", "2022-01-05", 1),
    ("January 2022", "2022-01-15", 3),
    ("2022-01", "2022-01-15", 3),
])
def test_parse_date(text, day, precision):
    assert parse_date(text) == (pd.Timestamp(day), precision)


@pytest.mark.parametrize("bad", ["yesterday", "31.02.2022", "2022-1-1-1"])
def test_parse_date_rejects(bad):
    with pytest.raises(ValueError, match="date"):
        parse_date(bad)


@pytest.mark.parametrize(("text", "value", "low", "high", "qualifier"), [
    ("225", 225, None, None, "exact"),
    ("10,000", 10000, None, None, "exact"),
    ("more than 160", 160, None, None, "more_than"),
    ("over 2,000 people", 2000, None, None, "more_than"),
    ("at least 20", 20, None, None, "at_least"),
    ("about 10 000", 10000, None, None, "about"),
    ("почти 8 000 человек", 8000, None, None, "about"),
    ("более 160", 160, None, None, "more_than"),
    ("up to 300", 300, None, None, "up_to"),
    ("2,000-2,500", 2000, 2000, 2500, "range"),
    ("between 3 and 5", 3, 3, 5, "range"),
    ("dozens", 12, None, None, "about"),
])
def test_parse_figure(text, value, low, high, qualifier):
    fig = parse_figure(text)
    assert (fig.value, fig.value_low, fig.value_high, fig.qualifier) == (value, low, high,
                                                                          qualifier)


def test_vague_words_are_flagged_as_imputed():
    assert parse_figure("hundreds").imputed and not parse_figure("100").imputed


@pytest.mark.parametrize("bad", ["a lot", "5,000-4,000", ""])
def test_parse_figure_rejects(bad):
    with pytest.raises(ValueError):
        parse_figure(bad)


PLACES = pd.DataFrame({
    "place_id": ["almaty", "astana"], "name": ["Almaty", "Astana"],
    "name_kk": ["Алматы", "Астана"], "name_ru": ["Алматы", "Астана"],
    "aliases": ["Alma-Ata;Алма-Ата", "Nur-Sultan;Нур-Султан"],
})


def test_normalise_places_logs_changes():
    ids, log = normalise_places(pd.Series(["Alma-Ata", "Almaty", "нур-султан"]), PLACES)
    assert list(ids) == ["almaty", "almaty", "astana"]
    assert log.to_dict("records") == [{"before": "Alma-Ata", "after": "Almaty"},
                                      {"before": "нур-султан", "after": "Astana"}]


def test_normalise_places_never_drops_an_unknown_name():
    with pytest.raises(ValueError, match="unknown place 'Almata'. Did you mean 'Almaty'"):
        normalise_places(pd.Series(["Almaty", "Almata"]), PLACES)


def test_find_duplicates():
    frame = pd.DataFrame({"event_date": ["2022-01-05"] * 3, "place_id": ["almaty"] * 3,
                          "event_type": ["Riots", "Riots", "Protests"]})
    assert find_duplicates(frame, keys=("event_date", "place_id", "event_type")) == [[0, 1]]
    with pytest.raises(ValueError, match="has no column 'sub_event_type'"):
        find_duplicates(frame)

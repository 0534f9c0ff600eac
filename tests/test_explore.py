"""Explorers, driven the way a student drives them: set a control's value, check what changed."""

from __future__ import annotations

import io
import warnings

import pandas as pd
import pytest
from marks import marks
from matplotlib.text import Annotation
from PIL import Image

import kzlib
from kzlib import explore


def _picture(explorer) -> bytes:
    data = explorer.image.value
    Image.open(io.BytesIO(data)).verify()  # a real image (JPEG)
    return data


@pytest.fixture(autouse=True)
def _no_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


def test_timeline_explorer_filters_and_redraws_in_place():
    tl = explore.timeline_explorer()
    figure, first = tl.figure, _picture(tl)
    assert tl.redraws == 1 and not tl.selection.empty
    assert tl.selection["event_date"].min() >= pd.Timestamp("2022-01-02")

    tl.controls["theme"].value = "csto"
    assert tl.redraws == 2 and set(tl.selection["theme"]) == {"csto"}
    assert tl.figure is figure and _picture(tl) != first
    assert "KZ-E-" in tl.table.value and tl.message.value == ""

    tl.controls["event_type"].value = "Riots"  # no CSTO riots
    assert tl.selection.empty and "No events match" in tl.message.value
    assert "No events" in tl.figure.axes[0].get_title() and tl.table.value == ""

    tl.controls["theme"].value = "(all)"
    tl.controls["place"].value = "Almaty"
    assert set(tl.selection["location"]) == {"Almaty"}
    days = tl.controls["dates"].options
    tl.controls["dates"].value = (days[4][1], days[4][1])
    assert tl.selection["event_date"].nunique() <= 1
    assert len(tl.figure.axes) == 1


def test_map_explorer_day_play_and_cumulative():
    m = explore.map_explorer()
    m.controls["day"].value = pd.Timestamp("2022-01-05")
    on_day = len(m.selection)
    assert on_day == len(kzlib.load_events(start="2022-01-05", end="2022-01-05"))
    assert "5 January 2022" in m.figure.axes[0].get_title()
    m.controls["cumulative"].value = True
    assert len(m.selection) == len(kzlib.load_events(end="2022-01-05")) > on_day
    m.play.value = 1  # the play button steps the day slider
    assert m.controls["day"].value == pd.Timestamp("2022-01-03")  # the second day of the unrest
    with pytest.raises(ValueError, match="start .* is after end"):
        explore.map_explorer(start="2022-01-19", end="2022-01-01")


def test_claims_explorer_measure_subject_scope():
    c = explore.claims_explorer()
    assert c.controls["measure"].value == "fatalities"
    c.controls["measure"].value = "troops"
    assert "all_csto" in [value for _, value in c.controls["subject"].options]
    assert c.controls["subject"].value == "(all)"
    assert set(c.selection["measure"]) == {"troops"}
    c.controls["subject"].value = "all_csto"
    assert set(c.selection["subject"]) == {"all_csto"}
    assert "troops" in c.figure.axes[0].get_title()
    assert "KZ-C-" in c.table.value
    c.controls["measure"].value = "fatalities"
    c.controls["scope"].value = "event"
    c.controls["scope"].value = "city"
    assert (c.selection["scope"] == "city").all()


def test_claims_explorer_marks_retracted_and_disputed_figures():
    c = explore.claims_explorer()
    c.controls["scope"].value = "(all)"
    assert (c.selection["status"] == "retracted").any()
    assert (c.selection["status"] == "disputed").any()
    labels = [t.get_text() for t in c.figure.axes[0].get_legend().get_texts()]
    assert {"retracted", "disputed", "Marker: status", "Colour: who stated it"} <= set(labels)
    c.controls["measure"].value = "detentions"  # none disputed: no key to a mark not drawn
    labels = [t.get_text() for t in c.figure.axes[0].get_legend().get_texts()]
    assert "disputed" not in labels


def test_an_explorer_shows_a_legend_again_instead_of_building_it_anew():
    c = explore.claims_explorer()
    first = c.figure.axes[0].get_legend()
    c.controls["scope"].value = "(all)"
    other = c.figure.axes[0].get_legend()
    assert other is not first  # other claimants: another legend
    c.controls["scope"].value = "national"
    assert c.figure.axes[0].get_legend() is first  # the same entries: the same legend
    assert sum(isinstance(a, type(first)) for a in c.figure.axes[0].get_children()) == 1
    assert marks(c.figure) == marks(kzlib.plots.claims_over_time(
        c.selection, "fatalities", scope=None))


def test_map_explorer_keys_marker_size_and_keeps_labels_apart():
    m = explore.map_explorer()
    m.controls["cumulative"].value = True
    m.controls["day"].value = pd.Timestamp("2022-01-19")
    legend = [t.get_text() for t in m.figure.axes[0].get_legend().get_texts()]
    assert "Events there (marker size)" in legend and "20 events" in legend
    shown = [t.get_window_extent() for t in m.figure.axes[0].texts
             if isinstance(t, Annotation) and t.get_visible()]
    assert shown and not any(a.overlaps(b) for i, a in enumerate(shown) for b in shown[:i])


def test_place_explorer():
    p = explore.place_explorer("Жаңаөзен")
    assert p.controls["place"].value == "Zhanaozen"
    assert set(p.selection["location"]) == {"Zhanaozen"}
    p.controls["place"].value = "Almaty"
    assert "Almaty – " in " ".join(p.selection["location"].unique()) or len(p.selection)
    assert "Region (January 2022)" in p.table.value
    with pytest.raises(ValueError, match="unknown place"):
        explore.place_explorer("Atlantis")


def test_explorers_reject_bad_tables():
    with pytest.raises(TypeError, match="as a DataFrame"):
        explore.timeline_explorer("events")
    with pytest.raises(ValueError, match="needs at least one event"):
        explore.timeline_explorer(kzlib.load_events().iloc[0:0])


def test_tables_escape_their_text_and_leave_missing_values_blank():
    table = explore._html_table({"who": ["<b>A & B</b>", None], "n": [1, float("nan")]})
    assert "&lt;b&gt;A &amp; B&lt;/b&gt;" in table and "<b>" not in table
    assert table.count("<tr>") == 2 and "<td></td>" in table and "nan" not in table.lower()


def test_map_explorer_on_an_empty_day_marks_nothing_then_recovers():
    from matplotlib.collections import PathCollection

    def markers(m):
        return sum(len(c.get_offsets()) for c in m.figure.axes[0].collections
                   if isinstance(c, PathCollection))

    m = explore.map_explorer(start="2021-12-20", end="2022-01-19")
    m.controls["day"].value = pd.Timestamp("2022-01-05")
    busy = markers(m)
    cities = kzlib.places.site_cities()["city"]  # a city is drawn with its sites
    assert busy == m.selection["location"].map(lambda n: cities.get(n, n)).nunique() > 0
    quiet = next(d for d in m.controls["day"].options
                 if d[1] not in set(kzlib.load_events()["event_date"]))[1]
    m.controls["day"].value = quiet
    assert markers(m) == 0 and "No events" in m.message.value
    assert m.figure.axes[0].get_legend() is None  # no key to markers that are not there
    m.controls["day"].value = pd.Timestamp("2022-01-05")
    assert markers(m) == busy


def test_claims_explorer_keeps_its_colours_after_a_selection_of_retractions_only():
    c = explore.claims_explorer()
    c.controls["scope"].value = "region"
    c.controls["subject"].value = "all_csto"  # nothing: the figure says so
    c.controls["subject"].value = "all"  # only a retracted figure
    c.controls["scope"].value = "(all)"
    fresh = kzlib.plots.claims_over_time(c.selection, "fatalities", scope=None)
    assert marks(c.figure) == marks(fresh)



@pytest.mark.parametrize("measure", ["account", "interpretation"])
def test_claims_explorer_shows_statements_in_the_table_instead_of_crashing(measure):
    c = explore.claims_explorer()
    c.controls["scope"].value = "(all)"
    c.controls["measure"].value = measure
    assert set(c.selection["measure"]) == {measure} and len(c.selection) > 0
    assert "statements, not figures" in c.message.value
    assert "<th>statement</th>" in c.table.value
    assert c.selection["statement"].iloc[0][:40] in c.table.value.replace("&#x27;", "'")
    assert "statements, not figures" in kzlib.plots.summary(c.figure)
    c.controls["measure"].value = "fatalities"  # and back to figures
    assert c.message.value == "" and "<th>statement</th>" not in c.table.value


def test_a_measure_in_several_units_is_drawn_one_unit_at_a_time():
    c = explore.claims_explorer()
    c.controls["scope"].value = "(all)"
    c.controls["measure"].value = "equipment"  # aircraft and vehicles
    units = c.controls["unit"]
    assert set(dict(units.options).values()) == {"aircraft", "vehicles"} and not units.disabled
    assert units.value == "aircraft"  # the most common
    ax = c.figure.axes[0]
    assert ax.get_ylabel() == "Equipment (aircraft)"
    assert len(marks(c.figure)) == (c.selection["unit"] == "aircraft").sum()
    assert "5 figures in other units (vehicles) are in the table" in c.message.value
    assert "<th>unit</th>" in c.table.value and "vehicles" in c.table.value
    units.value = "vehicles"
    assert ax.get_ylabel() == "Equipment (vehicles)"
    assert len(marks(c.figure)) == 5
    c.controls["measure"].value = "damage"  # has vehicles too, but starts at its most used unit
    assert c.controls["unit"].value == "KZT"
    c.controls["measure"].value = "fatalities"  # one unit: nothing to choose
    assert dict(c.controls["unit"].options) == {"people": "people"}
    assert c.controls["unit"].disabled and c.message.value == ""


def test_claims_chart_never_labels_an_axis_with_a_unit_it_does_not_draw():
    claims = kzlib.load_claims()
    fig = kzlib.plots.claims_over_time(claims, "fuel_price", scope=None)
    assert fig.axes[0].get_ylabel() == "Fuel price (KZT per litre)"
    assert len(marks(fig)) == ((claims["measure"] == "fuel_price")
                               & (claims["unit"] == "KZT_per_litre")).sum()
    summary = kzlib.plots.summary(fig)
    assert "38,000" not in summary  # the figure per tonne is not drawn on a per-litre axis
    assert "1 figure in another unit (KZT per tonne) is not drawn" in summary
    fig = kzlib.plots.claims_over_time(claims, "fuel_price", scope=None, unit="KZT_per_tonne")
    assert fig.axes[0].get_ylabel() == "Fuel price (KZT per tonne)" and len(marks(fig)) == 1
    with pytest.raises(ValueError, match="unknown unit 'tonnes'"):
        kzlib.plots.claims_over_time(claims, "fuel_price", scope=None, unit="tonnes")


def test_timeline_explorer_presets_set_the_date_range():
    tl = explore.timeline_explorer()
    preset, dates = tl.controls["period"], tl.controls["dates"]
    assert preset.value == "unrest" and dates.value == (pd.Timestamp("2022-01-02"),
                                                         pd.Timestamp("2022-01-19"))
    assert dict(preset.options)["2–19 January 2022"] == "unrest"
    redraws = tl.redraws
    preset.value = "zhanaozen"
    assert tl.redraws == redraws + 1  # one move, one redraw
    assert dates.value == (pd.Timestamp("2011-12-01"), pd.Timestamp("2011-12-31"))
    assert set(tl.selection["event_date"].dt.strftime("%Y-%m")) == {"2011-12"}
    preset.value = "all"
    assert len(tl.selection) == len(kzlib.load_events())
    preset.value = "aftermath"
    assert tl.selection["event_date"].min() >= pd.Timestamp("2022-01-01")
    days = dates.options
    dates.value = (days[10][1], days[20][1])  # the slider still works, and the menu says so
    assert preset.value == "custom" and len(tl.selection) <= 11 * 5
    assert tl.redraws == redraws + 4


def test_event_tables_give_the_acled_type_and_subtype():
    tl = explore.timeline_explorer()
    tl.controls["place"].value = "Astana"
    table = tl.table.value
    assert "<th>type</th><th>subtype</th>" in table
    row = next(r for r in table.split("<tr>") if "KZ-E-2004" in r)  # a state of emergency
    assert "<td>Strategic developments</td><td>Other</td>" in row


def test_menus_show_display_labels_and_keep_the_codes():
    tl = explore.timeline_explorer()
    themes = dict(tl.controls["theme"].options)
    assert themes["security response"] == "security_response" and "security_response" not in themes
    c = explore.claims_explorer()
    assert dict(c.controls["measure"].options)["fuel price"] == "fuel_price"
    subjects = dict(c.controls["subject"].options)
    assert subjects["security forces"] == "security_forces"
    c.controls["subject"].value = "security_forces"  # the value is still the code
    assert set(c.selection["subject"]) == {"security_forces"}


def test_the_counting_menu_marks_a_claimants_word_as_such():
    c = explore.claims_explorer()
    c.controls["scope"].value = "(all)"
    subjects = {value: text for text, value in c.controls["subject"].options}
    for word in ("attackers", "assailants", "armed_criminals"):
        assert subjects[word] == f"'{word.replace('_', ' ')}' (the claimant's word)", subjects[word]
    assert subjects["civilians"] == "civilians" and subjects["all"] == "all"
    c.controls["measure"].value = "participants"
    assert dict(c.controls["subject"].options)["'bandits' (the claimant's word)"] == "bandits"
    c.controls["measure"].value = "fatalities"
    c.controls["subject"].value = "attackers"
    assert "Stated figures: fatalities ('attackers')" in c.figure.axes[0].get_title()

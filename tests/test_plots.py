"""Figures: titled, labelled with units, sourced, summarised, colour-blind-safe, no warnings."""

from __future__ import annotations

import warnings

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from marks import marks  # noqa: E402

import kzlib  # noqa: E402
from kzlib import plots  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _figures():
    events = kzlib.load_events(start="2022-01-01", end="2022-01-19")
    claims = kzlib.load_claims()
    return {
        "timeline": plots.timeline(events),
        "event_map": plots.event_map(events),
        "claims_over_time": plots.claims_over_time(claims, "fatalities", subject="all"),
        "contingents": plots.contingents(claims),
    }


def test_every_figure_is_titled_labelled_sourced_and_summarised():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figures = _figures()
    for name, fig in figures.items():
        ax = fig.axes[0]
        assert ax.get_title(), name
        assert "(" in ax.get_xlabel() or name in ("timeline", "claims_over_time"), name
        assert ax.get_ylabel(), name
        assert "(" in ax.get_ylabel() or name == "contingents", name  # units in brackets
        texts = [t.get_text() for t in fig.texts]
        assert any(t.startswith("Source: ") for t in texts), name
        assert isinstance(plots.summary(fig), str) and len(plots.summary(fig)) > 30, name
        fig.canvas.draw()


def test_palette_is_okabe_ito():
    okabe = {c.lower() for c in plots.OKABE_ITO.values()}
    assert {c.lower() for c in plots.EVENT_COLOURS.values()} <= okabe
    greys = {"#555555", "#999999"}  # neutral: readable for every reader, whatever their colour vision
    assert {c.lower() for c in plots.CLAIMANT_COLOURS.values()} <= okabe | greys
    assert plots.OKABE_ITO["yellow"].lower() not in {c.lower() for c in plots.CLAIMANT_COLOURS.values()}


def test_projector_mode_is_bigger():
    normal, big = plots.style(), plots.style(projector=True)
    assert big["font.size"] > normal["font.size"] + 3
    assert big["lines.linewidth"] > normal["lines.linewidth"]
    try:
        plots.use_style(projector=True)
        fig = plots.timeline(kzlib.load_events(start="2022-01-02", end="2022-01-06"))
        assert fig.axes[0].title.get_fontsize() >= 20
    finally:
        plots.use_style(projector=False)
    with pytest.raises(TypeError, match="projector= takes True or False"):
        plots.style(projector="yes")


def test_redraw_on_the_same_axes_does_not_pile_up():
    fig = plots.timeline(kzlib.load_events(start="2022-01-02", end="2022-01-19"))
    plots.timeline(kzlib.load_events(start="2022-01-05", end="2022-01-05"), ax=fig.axes[0])
    assert len(fig.axes) == 1
    assert sum(t.get_text().startswith("Source") for t in fig.texts) == 1


def test_claims_redrawn_on_the_same_axes_show_only_the_new_figures():
    claims = kzlib.load_claims()
    fig = plots.claims_over_time(claims, "fatalities", scope=None)
    plots.claims_over_time(claims, "detentions", scope=None, ax=fig.axes[0])
    fresh = plots.claims_over_time(claims, "detentions", scope=None)
    assert marks(fig) == marks(fresh)
    assert len(marks(fig)) == (claims["measure"] == "detentions").sum()
    fig.canvas.draw()  # drawing must not undo the colours
    assert marks(fig) == marks(fresh)


def test_a_style_change_reaches_marks_on_a_redrawn_axes():
    claims = kzlib.load_claims()
    fig = plots.claims_over_time(claims, "fatalities", scope=None)
    try:
        plots.use_style(projector=True)
        plots.claims_over_time(claims, "detentions", scope=None, ax=fig.axes[0])
        assert marks(fig) == marks(plots.claims_over_time(claims, "detentions", scope=None))
    finally:
        plots.use_style(projector=False)


def test_claims_listed_twice_are_refused():
    claims = kzlib.load_claims()
    with pytest.raises(ValueError, match="appears more than once in the table"):
        plots.claims_over_time(pd.concat([claims, claims]), "troops", scope=None)


def test_a_time_of_day_does_not_move_an_event():
    events = kzlib.load_events(start="2022-01-04", end="2022-01-07")
    noon = events.copy()
    first_day = noon["event_date"] == noon["event_date"].min()
    noon.loc[first_day, "event_date"] += pd.Timedelta(hours=12)  # some events, not all
    assert plots.summary(plots.timeline(noon)) == plots.summary(plots.timeline(events))


def test_drawing_on_your_own_axes_clears_what_was_there():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], label="old line")
    ax.set_title("old title")
    plots.bar_chart(kzlib.load_events()["theme"].value_counts(), title="New", xlabel="Count (items)", ax=ax)
    assert not ax.lines and ax.get_title() == "New"
    plt.close(fig)
    fig, ax = plots.new_figure()  # kzlib's own axes, drawn on by the reader first
    ax.plot([0, 1], [0, 1])
    plots.timeline(kzlib.load_events(start="2022-01-05", end="2022-01-05"), ax=ax)
    assert not ax.lines
    plt.close(fig)


def test_empty_selection_says_so():
    empty = kzlib.load_events().iloc[0:0]
    fig = plots.timeline(empty)
    assert "No events" in fig.axes[0].get_title() and "empty" in plots.summary(fig)
    fig = plots.event_map(empty)
    assert "no events" in plots.summary(fig)


def test_map_draws_the_offline_outline():
    fig = plots.event_map(kzlib.load_events(places="Zhanaozen"))
    ax = fig.axes[0]
    assert len(ax.patches) >= 6  # Kazakhstan and its neighbours
    assert ax.get_xlim() == (46, 88)
    assert "Zhanaozen" in plots.summary(fig)


def test_bad_arguments():
    with pytest.raises(TypeError, match=r"takes the events table as a DataFrame"):
        plots.timeline("events")
    with pytest.raises(ValueError, match="has no column 'event_type'"):
        plots.timeline(kzlib.load_events()[["event_date"]])
    with pytest.raises(ValueError, match="unknown measure 'deaths'.*Did you mean"):
        plots.claims_over_time(kzlib.load_claims(), "deaths")
    with pytest.raises(ValueError, match="unknown subject"):
        plots.claims_over_time(kzlib.load_claims(), "fatalities", subject="martians")
    with pytest.raises(ValueError, match="label_top= takes a whole number"):
        plots.event_map(kzlib.load_events(), label_top=-1)
    odd = kzlib.load_events(start="2022-01-05", end="2022-01-06")
    odd["event_type"] = odd["event_type"].astype(str).replace("Riots", "Rioting")
    open_figures = set(plt.get_fignums())
    with pytest.raises(ValueError, match="'Rioting' in the event_type column is not an ACLED event"):
        plots.timeline(odd)
    with pytest.raises(ValueError, match=r"event_map\(\): 'Rioting' in the event_type"):
        plots.event_map(odd)
    assert set(plt.get_fignums()) == open_figures  # refused before any figure was made
    undated = kzlib.load_events(start="2022-01-05", end="2022-01-06")
    undated.loc[0, "event_date"] = pd.NaT
    with pytest.raises(ValueError, match="some events have no event_date"):
        plots.timeline(undated)


def test_timeline_counts_every_event_once():
    events = kzlib.load_events(start="2022-01-02", end="2022-01-19")
    for frame in (events, kzlib.load_events()):  # per day, and per month over the years
        bars = [c for c in plots.timeline(frame).axes[0].collections]
        heights = [abs(v[2, 1] - v[1, 1]) for c in bars for v in (p.vertices for p in c.get_paths())]
        assert sum(heights) == len(frame)


def test_bar_chart():
    kinds = kzlib.load_sources()["kind"].value_counts()
    kinds = kinds[kinds > 0]
    fig = plots.bar_chart(kinds, title="Most sources are news media", xlabel="Sources (count)",
                          highlight="ngo")
    assert fig.axes[0].get_title() == "Most sources are news media"
    assert "largest" in plots.summary(fig)
    with pytest.raises(TypeError, match="takes a pandas Series"):
        plots.bar_chart([1, 2], title="t", xlabel="x")
    with pytest.raises(ValueError, match="needs a xlabel="):
        plots.bar_chart(kinds, title="t", xlabel="")

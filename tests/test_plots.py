"""Figures: titled, labelled with units, sourced, summarised, colour-blind-safe, no warnings."""

from __future__ import annotations

import re
import warnings

import matplotlib
import numpy as np
import pandas as pd
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from marks import marks  # noqa: E402
from matplotlib.colors import to_rgba  # noqa: E402
from matplotlib.text import Annotation  # noqa: E402

import kzlib  # noqa: E402
from kzlib import codebook, plots  # noqa: E402


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


def test_palette_is_okabe_ito_without_its_yellow():
    okabe = {c.lower() for c in plots.OKABE_ITO.values()}
    assert {c.lower() for c in plots.EVENT_COLOURS.values()} <= okabe
    greys = {"#555555", "#999999"}  # neutral: readable for every reader, whatever their colour vision
    assert {c.lower() for c in plots.CLAIMANT_COLOURS.values()} <= okabe | greys
    yellow = plots.OKABE_ITO["yellow"].lower()  # too faint for a mark on white
    assert yellow not in {c.lower() for c in plots.CLAIMANT_COLOURS.values()}
    assert yellow not in {c.lower() for c in plots.EVENT_COLOURS.values()}
    for projector in (False, True):
        cycle = plots.style(projector=projector)["axes.prop_cycle"].by_key()["color"]
        assert yellow not in {c.lower() for c in cycle}


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


def test_claims_mark_disputed_and_retracted_figures_and_explain_every_encoding():
    claims = kzlib.load_claims()
    fig = plots.claims_over_time(claims, "fatalities", scope=None)
    ax = fig.axes[0]
    rows = claims[claims["measure"] == "fatalities"].dropna(subset=["claim_date"])
    size = matplotlib.rcParams["lines.markersize"] ** 2
    by_size = {}
    for _xy, fill, edge, s in marks(fig):
        by_size.setdefault(round(s / size, 1), []).append((fill, edge))
    # a filled mark per standing figure, a hollow one per disputed, a cross per retracted
    assert len(by_size[1.0]) == rows["status"].isin(["asserted", "revised"]).sum()
    disputed = rows[rows["status"] == "disputed"]
    assert len(by_size[1.4]) == len(disputed) > 0
    assert all(fill == to_rgba("white") for fill, _ in by_size[1.4])
    # the hollow mark keeps the claimant's colour on its edge, the cross in its own colour
    assert sorted(edge for _, edge in by_size[1.4]) == sorted(
        to_rgba(plots.CLAIMANT_COLOURS[t]) for t in disputed["claimant_type"])
    retracted = rows[rows["status"] == "retracted"]
    assert sorted(fill for fill, _ in by_size[2.0]) == sorted(
        to_rgba(plots.CLAIMANT_COLOURS[t]) for t in retracted["claimant_type"])
    # the legend explains colour (claimant type) and marker (status), each under a heading
    texts = ax.get_legend().get_texts()
    labels = [t.get_text() for t in texts]
    assert labels[0] == "Colour: who stated it" and "Marker: status" in labels
    shown = {t.replace("_", " ") for t in rows["claimant_type"]}
    entries = labels[1:labels.index("Marker: status")]  # kinds of one colour share an entry
    assert all(any(kind in entry for entry in entries) for kind in shown)
    assert labels[labels.index("Marker: status") + 1:] == [
        "asserted or revised", "disputed", "retracted", "revision (old to new)"]
    assert {t.get_text() for t in texts if t.get_fontweight() == "bold"} == {
        "Colour: who stated it", "Marker: status"}
    assert f"{len(disputed)} disputed" in plots.summary(fig)


def test_claims_without_disputed_figures_leave_that_key_out():
    claims = kzlib.load_claims()
    fig = plots.claims_over_time(claims, "detentions", subject="all")
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "disputed" not in labels and "asserted or revised" in labels
    assert "disputed" not in plots.summary(fig)


def _row(ax, label):
    names = [t.get_text() for t in ax.get_yticklabels()]
    return names.index(label)


def test_contingents_show_every_contributor_and_no_figure_as_no_figure():
    claims = kzlib.load_claims()
    fig = plots.contingents(claims)
    ax = fig.axes[0]
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert set(codebook.CSTO_CONTRIBUTORS) <= set(names)
    stated = set(claims.loc[claims["measure"] == "troops", "subject"])
    for country in set(codebook.CSTO_CONTRIBUTORS) - stated:  # Belarus, Russia
        y = _row(ax, country)
        assert not [b for b in ax.patches if abs(b.get_y() + b.get_height() / 2 - y) < 0.01], (
            f"{country}: a missing figure drawn as a bar")
        notes = [t.get_text().strip() for t in ax.texts if t.get_position()[1] == y]
        assert notes == ["no figure stated"], country
    assert plots.summary(fig).endswith("No troop figure is stated for Belarus or Russia.")
    bars = {names[round(b.get_y() + b.get_height() / 2)]: b.get_width() for b in ax.patches}
    assert bars["Armenia"] == 100 and bars["all CSTO (total)"] > 2000


def test_contingents_keep_a_country_with_only_disputed_figures():
    claims = kzlib.load_claims()
    claims.loc[claims["subject"] == "Armenia", "status"] = "disputed"
    fig = plots.contingents(claims)
    ax = fig.axes[0]
    y = _row(ax, "Armenia")
    assert [t.get_text().strip() for t in ax.texts if t.get_position()[1] == y] == [
        "only disputed figures"]
    assert "disputed figure" in [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Only disputed figures are stated for Armenia." in plots.summary(fig)


def test_the_contributors_are_the_countries_the_events_record():
    events = kzlib.load_events(themes="csto")
    forces = events["actor1"].astype(str).str.extract(r"^Military Forces of (.+?) \(")[0]
    assert set(forces.dropna()) - {"Kazakhstan"} == set(codebook.CSTO_CONTRIBUTORS)
    troops = kzlib.load_claims(measures="troops")
    assert set(troops["subject"]) <= set(codebook.CSTO_CONTRIBUTORS) | {"all_csto"}


def test_bar_chart_marks_uncertain_figures_without_highlighting_them():
    values = pd.Series({"final figure": 238, "attributed, unconfirmed": 241, "other count": 188})
    fig = plots.bar_chart(values, title="Three figures", xlabel="Deaths stated (people)",
                          marked="attributed, unconfirmed", marked_label="unconfirmed")
    ax = fig.axes[0]
    bar = {ax.get_yticklabels()[i].get_text(): p for i, p in enumerate(ax.patches)}
    marked = bar["attributed, unconfirmed"]
    assert marked.get_hatch() and marked.get_facecolor() == to_rgba("white")
    assert marked.get_edgecolor() == to_rgba(plots.OKABE_ITO["blue"])  # not drawn to the eye
    assert not bar["final figure"].get_hatch()
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["unconfirmed"]
    assert " 241 (unconfirmed)" in [t.get_text() for t in ax.texts]
    assert plots.summary(fig).endswith("Hatched bars are unconfirmed: attributed, unconfirmed.")
    fig = plots.bar_chart(values, title="Three figures", xlabel="Deaths stated (people)",
                          highlight="final figure", highlight_label="the final figure",
                          marked=["attributed, unconfirmed"])
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == [
        "the final figure", "disputed"]
    with pytest.raises(ValueError, match="unknown bar label 'attributed'.*Did you mean"):
        plots.bar_chart(values, title="t", xlabel="x (count)", marked="attributed")


def test_map_keys_marker_size_and_labels_places_without_overlap():
    fig = plots.event_map(kzlib.load_events(start="2022-01-02", end="2022-01-19"), label_top=40)
    ax = fig.axes[0]
    fig.canvas.draw()
    legend = ax.get_legend()
    labels = [t.get_text() for t in legend.get_texts()]
    assert labels[0] == "Most frequent event type there"
    assert labels[-4:] == ["Events there (marker size)", "1 event", "5 events", "20 events"]
    sizes = [h.get_markersize() ** 2 for h in legend.legend_handles[-3:]]
    assert sizes == pytest.approx([40 * n ** 0.7 + 15 for n in (1, 5, 20)])  # as the map draws
    shown = [t for t in ax.texts if isinstance(t, Annotation) and t.get_visible()]
    assert len(shown) >= 10
    boxes = [t.get_window_extent() for t in shown]
    for i, a in enumerate(boxes):
        for j, b in enumerate(boxes[:i]):
            assert not a.overlaps(b), f"{shown[i].get_text()} over {shown[j].get_text()}"
    assert "Almaty" in {t.get_text() for t in shown}  # the busiest city is labelled first


def _visible_ticks(axis, low, high):
    return [t for t in axis.get_majorticklocs() if low - 1e-9 <= t <= high + 1e-9]


def test_count_axes_have_whole_number_ticks():
    quiet = kzlib.load_events(start="2022-01-02", end="2022-01-02")  # a few events a day
    ax = plots.timeline(quiet).axes[0]
    ticks = _visible_ticks(ax.yaxis, *ax.get_ylim())
    assert len(ticks) >= 2 and all(float(t).is_integer() for t in ticks), ticks
    claims = kzlib.load_claims()
    few = claims[(claims["measure"] == "fatalities") & (claims["value"] <= 3)]
    ax = plots.claims_over_time(few, "fatalities", scope=None).axes[0]
    ticks = _visible_ticks(ax.yaxis, *ax.get_ylim())
    assert len(ticks) >= 2 and all(float(t).is_integer() for t in ticks), ticks
    for fig in (plots.bar_chart(pd.Series({"a": 1, "b": 2}), title="t", xlabel="People (count)"),
                plots.contingents(claims)):
        ax = fig.axes[0]
        ticks = _visible_ticks(ax.xaxis, *ax.get_xlim())
        assert all(float(t).is_integer() for t in ticks), ticks
    shares = plots.bar_chart(pd.Series({"a": 0.5, "b": 1.5}), title="t", xlabel="Share (%)")
    ticks = _visible_ticks(shares.axes[0].xaxis, *shares.axes[0].get_xlim())
    assert not all(float(t).is_integer() for t in ticks)  # a share may be a fraction
    assert np.all(np.diff(ticks) > 0)


def test_timeline_summary_writes_dates_as_everywhere_else():
    fig = plots.timeline(kzlib.load_events(start="2022-01-02", end="2022-01-19"))
    assert "the busiest day is 5 January 2022 with" in plots.summary(fig)


@pytest.mark.parametrize("projector", [False, True], ids=["screen", "projector"])
@pytest.mark.parametrize("end", ["2022-01-05", "2022-01-19"])
def test_timeline_legend_covers_no_bar_and_days_read_like_2_jan(projector, end):
    plots.use_style(projector=projector)
    try:
        fig = plots.timeline(kzlib.load_events(start="2022-01-02", end=end))
        fig.canvas.draw()
        ax = fig.axes[0]
        legend = ax.get_legend().get_window_extent()
        bars = [path.get_extents(collection.get_transform())
                for collection in ax.collections for path in collection.get_paths()]
        assert bars and not [b for b in bars if b.overlaps(legend)]
        ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
        assert ticks and all(re.fullmatch(r"\d{1,2} Jan", t) for t in ticks), ticks
        assert "5 Jan" in ticks or "4 Jan" in ticks
    finally:
        plots.use_style(projector=False)


def test_bar_chart_can_keep_the_given_order():
    steps = pd.Series({"1 Jan: before": 60, "2 Jan: raised": 120, "3 Jan: announced cut": 90})
    ax = plots.bar_chart(steps, title="t", xlabel="Price (KZT per litre)").axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "1 Jan: before", "3 Jan: announced cut", "2 Jan: raised"]  # by value, largest on top
    fig = plots.bar_chart(steps, title="t", xlabel="Price (KZT per litre)", order="given")
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[::-1] == list(steps.index)  # read from the top down, as given
    widths = {labels[round(p.get_y() + p.get_height() / 2)]: p.get_width() for p in ax.patches}
    assert widths == steps.to_dict()
    assert "the largest is 2 Jan: raised (120) and the smallest 1 Jan: before (60)" in (
        plots.summary(fig))
    with pytest.raises(ValueError, match="order= takes 'value' .* or 'given'"):
        plots.bar_chart(steps, title="t", xlabel="x (count)", order="date")


def test_claimant_kinds_that_share_a_colour_share_one_legend_entry():
    claims = kzlib.load_claims()
    fig = plots.claims_over_time(claims, "fatalities", scope=None)
    legend = fig.axes[0].get_legend()
    labels = [t.get_text() for t in legend.get_texts()]
    end = labels.index("Marker: status")
    entries = list(zip(labels[1:end], legend.legend_handles[1:end], strict=True))
    colours = [to_rgba(h.get_markerfacecolor()) for _, h in entries]
    assert len(colours) == len(set(colours)), "two entries of one colour: the reader cannot tell"
    kinds = set(claims.loc[claims["measure"] == "fatalities", "claimant_type"].astype(str))
    for kind in kinds:  # each kind drawn is named in the entry of its colour
        entry = [text for text, colour in zip(labels[1:end], colours, strict=True)
                 if colour == to_rgba(plots.CLAIMANT_COLOURS[kind])]
        assert len(entry) == 1 and kind.replace("_", " ") in entry[0], (kind, entry)
    assert "ngo or international org" in labels
    retracted = legend.legend_handles[labels.index("retracted")]
    assert to_rgba(retracted.get_color()) != to_rgba(plots.CLAIMANT_COLOURS["ngo"])


def test_map_draws_a_city_with_its_sites_as_one_marker():
    day = kzlib.load_events(start="2022-01-05", end="2022-01-05")
    almaty = kzlib.load_events(start="2022-01-05", end="2022-01-05", places="Almaty")
    assert almaty["location"].nunique() > 1  # the city and some of its squares and buildings
    fig = plots.event_map(day)
    drawn = np.vstack([c.get_offsets() for c in fig.axes[0].collections
                       if len(c.get_offsets())])
    sites = kzlib.load_places().dropna(subset=["parent_place_id"])
    assert not any(np.allclose(xy, (lon, lat)) for xy in drawn
                   for lon, lat in zip(sites["longitude"], sites["latitude"], strict=True)
                   if not np.allclose((lon, lat), (76.9115, 43.2525)))  # no site of its own
    cities = {"Almaty" if name in set(sites["name"]) else name for name in day["location"]}
    assert len(drawn) == len(cities) < day["location"].nunique()
    summary = plots.summary(fig)
    assert f"the most events ({len(almaty)}) were at Almaty" in summary
    assert "counted with the city they are in" in summary
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels[-4:] == ["Events there (marker size)", "1 event", "5 events", "20 events"]
    quiet = plots.event_map(kzlib.load_events(places="Zhanaozen"))  # no site: as before
    assert "counted with" not in plots.summary(quiet)


def test_an_empty_map_still_credits_its_outline():
    january = kzlib.load_events(start="2022-01-02", end="2022-01-19")
    empty = plots.event_map(january.iloc[0:0])
    assert any("outline: Natural Earth" in t.get_text() for t in empty.texts)
    fig, ax = plots.new_figure()  # and on a redraw that empties the map
    plots.event_map(january, ax=ax)
    plots.event_map(january.iloc[0:0], ax=ax)
    assert [t.get_text() for t in fig.texts if "outline" in t.get_text()]


def test_map_summary_names_every_place_tied_for_the_most_events():
    """On 2 January Aktau and Zhanaozen have two events each: naming one would make it look like
    the centre of the day."""
    day = kzlib.load_events(start="2022-01-02", end="2022-01-02")
    counts = day["location"].value_counts()
    tied = sorted(counts[counts == counts.max()].index)
    assert len(tied) == 2
    summary = plots.summary(plots.event_map(day))
    assert f"the most events ({counts.max()}) were at {tied[0]} and {tied[1]}." in summary

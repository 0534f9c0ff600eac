"""Figures in the house style: titled, labelled with units, sourced, colour-blind-safe, projector-ready.

Every function returns a matplotlib ``Figure``; :func:`summary` gives a one-sentence text
description of what it shows (print it for readers who cannot see the figure; the rendered site
uses it as alt text). The style itself (palette, sizes, projector mode) is :mod:`.style`; what a
figure remembers between an explorer's redraws is :mod:`.redraw`.

Maps are drawn from the bundled Natural Earth outline: no tiles, no network.
"""

from __future__ import annotations

import math
import re
import textwrap

import numpy as np
import pandas as pd

from . import extra_needed

try:
    import matplotlib as mpl
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.axes import Axes
    from matplotlib.collections import LineCollection, PolyCollection
    from matplotlib.figure import Figure
    from matplotlib.layout_engine import ConstrainedLayoutEngine
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import AutoLocator, FuncFormatter, MaxNLocator, ScalarFormatter
except ImportError as exc:  # the data core alone was installed
    raise extra_needed("kzlib's figures (kzlib.plots)", "matplotlib") from exc

from ..core import codebook as S
from ..core.errors import expect_str, expect_table, unknown
from ..core.geo import outline
from ..core.i18n import N_, label, language, pgettext, place
from ..core.i18n import gettext as _
from ..core.places import site_cities
from ..core.text import both, either, long_date, month_abbr, month_year, number, short_date
from . import redraw
from .fit import FittingLayout, fit_title, place_labels, renderer
from .redraw import summary
from .style import (
    CLAIMANT_COLOURS,
    EVENT_COLOURS,
    EVENT_MARKERS,
    MAP_SOURCE_LINE,
    OKABE_ITO,
    style,
    styled,
    use_style,
)

__all__ = ["OKABE_ITO", "EVENT_COLOURS", "use_style", "style", "new_figure", "summary", "timeline",
           "event_map", "claims_over_time", "contingents", "bar_chart"]


#: Month abbreviations as matplotlib's date labels write them (strftime's %b, C locale).
_ENGLISH_MONTHS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")
_MONTH_NUMBERS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}


def _local_months(text: str) -> str:
    """Matplotlib's English month abbreviations replaced by the chosen language's
    (kzlib.core.text.month_abbr)."""
    return _ENGLISH_MONTHS.sub(lambda m: month_abbr(_MONTH_NUMBERS[m.group(1)]), text)


class _DateFormatter(mdates.ConciseDateFormatter):
    """Matplotlib's concise date labels ('Jan', '05', '2022'), with the months named in the chosen
    language; in English exactly matplotlib's own."""

    def format_ticks(self, values):
        labels = super().format_ticks(values)
        return labels if language() == "en" else [_local_months(text) for text in labels]

    def get_offset(self):
        text = super().get_offset()
        return text if language() == "en" else _local_months(text)

    def __call__(self, x, pos=None):
        text = super().__call__(x, pos)
        return text if language() == "en" else _local_months(text)


def _date_axis(ax: Axes) -> None:
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(_DateFormatter(locator))


class _DayFormatter(mdates.DateFormatter):
    """Days as a reader writes them, '2 Jan' (no leading zero, the month in the chosen language:
    kzlib.core.text.month_abbr); the year is in the title."""

    def __init__(self):
        super().__init__("%d")

    def __call__(self, x, pos=None):
        day = mdates.num2date(x)
        return f"{day.day} {month_abbr(day.month)}"


def _day_axis(ax: Axes) -> None:
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(_DayFormatter())


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _country(name: str) -> str:
    """A country's name in the chosen language (the CSTO contributors, Kazakhstan's neighbours);
    any other name as it is. The context is 'vocabulary', where the contributors are also claims'
    subjects (the claims explorer's menu): one translation for both."""
    names = {
        "Armenia": pgettext("vocabulary", "Armenia"), "Belarus": pgettext("vocabulary", "Belarus"),
        "Kyrgyzstan": pgettext("vocabulary", "Kyrgyzstan"),
        "Russia": pgettext("vocabulary", "Russia"),
        "Tajikistan": pgettext("vocabulary", "Tajikistan"),
        "China": pgettext("vocabulary", "China"),
        "Uzbekistan": pgettext("vocabulary", "Uzbekistan"),
        "Turkmenistan": pgettext("vocabulary", "Turkmenistan"),
    }
    return names.get(name, name)


def _shown(value: object) -> str:
    """A bar's label: a vocabulary code's display name, else a place's name, in the chosen
    language (in English, the value with spaces for underscores)."""
    text = str(value)
    translated = pgettext("vocabulary", text)
    if translated != text:
        return translated
    named = place(text)
    return named if named != text else text.replace("_", " ")


def _count_ticks(axis, whole: bool = True) -> None:
    """Ticks at whole numbers only on an axis of counts (no 0.5 people or events)."""
    axis.set_major_locator(MaxNLocator(nbins="auto", steps=[1, 2, 2.5, 5, 10], integer=True)
                           if whole else AutoLocator())


def _plain_numbers(axis, largest: float) -> None:
    """Numbers of a million or more written out with thousands separators ('100,000,000,000'),
    not as matplotlib's '1e11' over the axis, which a reader takes for a code; smaller ones as
    matplotlib writes them."""
    big = largest >= 1e6
    if big != isinstance(axis.get_major_formatter(), FuncFormatter):
        axis.set_major_formatter(FuncFormatter(lambda v, _pos: number(v)) if big
                                 else ScalarFormatter())


def _is_whole(values) -> bool:
    array = np.asarray(values, dtype=float)
    return bool(np.all(np.isfinite(array) & (array == np.round(array))))


def _type_codes(events: pd.DataFrame, func: str) -> np.ndarray:
    """Each event's position in the ACLED event types, or a clear error naming the odd ones."""
    codes = pd.Index(S.EVENT_TYPES).get_indexer(events["event_type"].astype(object))
    if (codes < 0).any():
        odd = sorted(set(events["event_type"].astype(str)[codes < 0]))
        message = (_("{func}(): {values} in the event_type column is not an ACLED event type "
                     "(allowed: {allowed}); pass a table from kzlib.load_events().")
                   if len(odd) == 1 else
                   _("{func}(): {values} in the event_type column are not ACLED event types "
                     "(allowed: {allowed}); pass a table from kzlib.load_events()."))
        raise ValueError(message.format(func=func, values=", ".join(map(repr, odd)),
                                        allowed=", ".join(S.EVENT_TYPES)))
    return codes


def new_figure() -> tuple[Figure, Axes]:
    """A figure and axes in the house style, laid out to leave room for the source line.

    Examples
    --------
    >>> fig, ax = new_figure()
    >>> fig.get_layout_engine() is not None
    True
    """
    with styled():
        fig, ax = plt.subplots(layout=FittingLayout())
    return fig, ax


def _new_axes(ax: Axes | None) -> tuple[Figure, Axes]:
    if ax is None:
        return new_figure()
    fig = ax.get_figure(root=True)
    assert isinstance(fig, Figure), "an axes drawn on belongs to a figure"
    engine = fig.get_layout_engine()
    if type(engine) is ConstrainedLayoutEngine:  # your own figure: its titles fitted too
        fig.set_layout_engine(FittingLayout(**engine.get()))
    return fig, ax


# --- timeline ----------------------------------------------------------------------------------


def timeline(events: pd.DataFrame, *, ax: Axes | None = None, title: str | None = None) -> Figure:
    """Events per day (per month if the selection spans more than 120 days), stacked by type.

    Examples
    --------
    >>> import kzlib
    >>> fig = timeline(kzlib.load_events(start="2022-01-02", end="2022-01-19"))
    >>> fig.axes[0].get_ylabel()
    'Events per day (count)'
    """
    events = expect_table(events, "events", ("event_date", "event_type"), "timeline")
    types = _type_codes(events, "timeline")  # checked before a figure is made
    if events["event_date"].isna().any():
        raise ValueError(_("timeline(): some events have no event_date; pass a table from "
                           "kzlib.load_events() or drop those rows first."))
    with styled():
        fig, ax = _new_axes(ax)
        if events.empty:
            ax.clear()
            redraw.empty(ax, _("No events match this selection"))
            fit_title(ax, title or _("No events in this selection"))
            return redraw.finish(fig, _("An empty chart: no events match the selection."))
        cleared = redraw.reset(ax, "timeline")
        days = events["event_date"].dt.normalize()  # a time of day does not move an event
        first, last = days.min(), days.max()
        monthly = (last - first).days > 120
        if monthly:
            periods = pd.date_range(first.to_period("M").to_timestamp(), last, freq="MS")
            keys = days.dt.to_period("M").dt.to_timestamp()
            width = 25.0
        else:
            periods = pd.date_range(first, last)
            keys = days
            width = 0.8
        # Counts per period and type with NumPy: pd.crosstab costs more than drawing the bars
        # (an explorer recounts on every move).
        rows = periods.get_indexer(keys)
        assert (rows >= 0).all(), "every day falls in a period"
        counts = np.zeros((len(periods), len(S.EVENT_TYPES)))
        np.add.at(counts, (rows, types), 1)
        totals = counts.sum(axis=1)
        # One PolyCollection per event type instead of a patch per bar: the same picture, drawn
        # and updated many times faster (an explorer redraws this on every move of a slider).
        x = mdates.date2num(periods.to_pydatetime())
        left = x if monthly else x - width / 2
        bottom = np.zeros(len(periods))
        handles = []
        for column, etype in enumerate(S.EVENT_TYPES):
            heights = counts[:, column]
            if heights.sum() == 0:
                continue
            top = bottom + heights
            keep = heights > 0
            verts = np.stack([np.column_stack([left[keep], bottom[keep]]),
                              np.column_stack([left[keep] + width, bottom[keep]]),
                              np.column_stack([left[keep] + width, top[keep]]),
                              np.column_stack([left[keep], top[keep]])], axis=1)
            redraw.keep(ax, ax.add_collection(PolyCollection(
                list(verts), facecolors=EVENT_COLOURS[etype], edgecolors="white", linewidths=0.5),
                autolim=False))
            handles.append(Patch(facecolor=EVENT_COLOURS[etype], label=label(etype)))
            bottom = top
        pad = width if monthly else 1
        ax.set_xlim(left.min() - pad / 2, left.max() + width + pad / 2)
        ax.set_ylim(0, max(1.0, totals.max() * 1.08))
        if cleared:
            ax.xaxis_date()
            _count_ticks(ax.yaxis)
        if cleared or isinstance(ax.xaxis.get_major_formatter(), _DayFormatter) == monthly:
            (_date_axis if monthly else _day_axis)(ax)  # days as '2 Jan', months as matplotlib's
        busiest = periods[totals.argmax()]
        span = {"start": short_date(first), "end": short_date(last)}
        if monthly:
            fit_title(ax, title or _("Events per month, {start} to {end}").format(**span))
            ax.set_xlabel(pgettext("axis label", "Month"))
            ax.set_ylabel(_("Events per month (count)"))
        else:
            fit_title(ax, title or _("Events per day, {start} to {end}").format(**span))
            ax.set_xlabel(pgettext("axis label", "Date"))
            ax.set_ylabel(_("Events per day (count)"))
        # Beside the bars, never over them (the busiest day's bar can reach the top corner).
        redraw.legend(ax, handles, title=_("Event type (ACLED)"), loc="upper left",
                      bbox_to_anchor=(1.01, 1.0), frameon=False)
        facts = {"n": len(events), "start": long_date(first), "end": long_date(last),
                 "count": int(totals.max())}
        if facts["count"] == 1:  # no busiest one: every bar is a single event
            summary = (_("A bar chart of {n} events from {start} to {end}, counted per month; no "
                         "month has more than one.") if monthly else
                       _("A bar chart of {n} events from {start} to {end}, counted per day; no day "
                         "has more than one.")).format(**facts)
        elif monthly:
            summary = _("A bar chart of {n} events from {start} to {end}, counted per month; the "
                        "busiest month is {busiest} with {count} events.").format(
                            busiest=month_year(busiest), **facts)
        else:
            summary = _("A bar chart of {n} events from {start} to {end}, counted per day; the "
                        "busiest day is {busiest} with {count} events.").format(
                            busiest=long_date(busiest), **facts)
        return redraw.finish(fig, summary)


# --- map ---------------------------------------------------------------------------------------


#: Where to write the neighbours' names (lon, lat): points well inside each country.
_NEIGHBOUR_LABELS = {"Russia": (62, 56.3), "China": (84.5, 43.0), "Kyrgyzstan": (74.5, 41.4),
                     "Uzbekistan": (63.0, 41.3), "Turkmenistan": (56.8, 40.5)}
#: The gid of the neighbours' names (place labels keep clear of them, in any language).
_NEIGHBOUR = "kzlib-neighbour"


def _draw_outline(ax: Axes) -> None:
    for feature in outline()["features"]:
        home = feature["properties"]["iso_a3"] == "KAZ"
        geom = feature["geometry"]
        polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        for poly in polys:
            xs, ys = zip(*poly[0], strict=True)
            ax.fill(xs, ys, facecolor="#F2F2F2" if home else "#FFFFFF",
                    edgecolor="#555555" if home else "#BBBBBB", linewidth=1.2 if home else 0.6,
                    zorder=0)
    for name, (x, y) in _NEIGHBOUR_LABELS.items():
        ax.text(x, y, _country(name), fontsize="small", color="#888888", ha="center",
                va="center", style="italic", zorder=1, gid=_NEIGHBOUR)
    ax.set_xlim(46, 88)
    ax.set_ylim(40, 57)
    ax.set_aspect(1 / math.cos(math.radians(48)))
    ax.set_xlabel(_("Longitude (°E)"))
    ax.set_ylabel(_("Latitude (°N)"))
    ax.grid(False)


#: Event counts shown in the map's key to marker size.
_SIZE_KEY = (1, 5, 20)
_TYPE_HEADING = N_("Most frequent event type there")
_SIZE_HEADING = N_("Events there (marker size)")


def _marker_area(counts: np.ndarray, scale: float) -> np.ndarray:
    """A marker's area (points²) for a place with ``counts`` events: grows slower than the count,
    so that one city does not hide the rest."""
    return scale * np.asarray(counts, dtype=float) ** 0.7 + 15


def _events(n: int) -> str:
    return (_("{n} event") if n == 1 else _("{n} events")).format(n=n)


def _map_key(kinds: list[str], scale: float) -> list[Line2D]:
    """The map's legend: colour and shape for the most frequent event type (at one size, since
    there size means nothing), then marker sizes for a few numbers of events."""
    size = mpl.rcParams["lines.markersize"] * 1.3
    what = [Line2D([], [], linestyle="none", marker=EVENT_MARKERS[etype], markersize=size,
                   markerfacecolor=EVENT_COLOURS[etype], markeredgecolor="white", alpha=0.85,
                   label=label(etype)) for etype in kinds]
    how_many = [Line2D([], [], linestyle="none", marker="o",
                       markersize=float(np.sqrt(_marker_area(np.array([n]), scale)[0])),
                       markerfacecolor="#BBBBBB", markeredgecolor="#555555", label=_events(n))
                for n in _SIZE_KEY]
    return [*redraw.section(_(_TYPE_HEADING), what), *redraw.section(_(_SIZE_HEADING), how_many)]


def _short(text: str, width: int = 30) -> str:
    """``text`` broken into lines of at most ``width`` characters (a legend entry that stays
    narrow in any language).

    Examples
    --------
    >>> print(_short("Violence against civilians, and more besides"))
    Violence against civilians,
    and more besides
    """
    return textwrap.fill(text, width, break_long_words=False)


def event_map(events: pd.DataFrame, *, ax: Axes | None = None, title: str | None = None,
              label_top: int = 6) -> Figure:
    """Where events happened: one marker per place, sized by the number of events there.

    A city is drawn with its sites (Almaty's squares and buildings, its airport: the gazetteer's
    ``parent_place_id``) as one marker at the city's point, so that its events are counted
    together. The legend explains both encodings: colour and shape give the most frequent event
    type at a place, marker size the number of events (a key of 1, 5 and 20). The ``label_top``
    places with most events are named, the busiest first; a name that would overlap another is
    moved to another side of its marker or, if no side is free, left out.

    Examples
    --------
    >>> import kzlib
    >>> fig = event_map(kzlib.load_events(start="2022-01-04", end="2022-01-04"))
    >>> summary(fig).startswith("A map of Kazakhstan marking")
    True
    """
    events = expect_table(events, "events", ("latitude", "longitude", "location", "event_type"),
                          "event_map")
    if not isinstance(label_top, int) or isinstance(label_top, bool) or label_top < 0:
        raise ValueError(_("label_top= takes a whole number of places to label (0 or more), "
                           "not {value}.").format(value=repr(label_top)))
    types = _type_codes(events, "event_map")  # checked before a figure is made
    with styled():
        fig, ax = _new_axes(ax)
        if redraw.reset(ax, "map"):
            _draw_outline(ax)
        if events.empty:
            redraw.hide_legend(ax)  # no markers, so no key to them either
            redraw.keep(ax, ax.text(0.5, 0.5, _("No events match this selection"), ha="center",
                              va="center", transform=ax.transAxes, fontsize="large",
                              color="#444444"))
            fit_title(ax, title or _("No events in this selection"))
            return redraw.finish(fig, _("A map of Kazakhstan with no events marked."),
                                 _(MAP_SOURCE_LINE))  # the outline is still drawn
        # One row per place, a city with its sites: how many events, where, and its most
        # frequent event type (plain NumPy: this runs on every move of the map explorer's slider).
        locations = events["location"].to_numpy(dtype=object)
        lats = events["latitude"].to_numpy(dtype=float)
        lons = events["longitude"].to_numpy(dtype=float)
        cities = site_cities()
        at_site = pd.Index(cities.index).get_indexer(locations) >= 0
        if at_site.any():
            city = cities.loc[locations[at_site]]
            locations = locations.copy()
            locations[at_site] = city["city"].to_numpy()
            lats, lons = lats.copy(), lons.copy()
            lats[at_site] = city["latitude"].to_numpy()
            lons[at_site] = city["longitude"].to_numpy()
        names, codes = np.unique(locations, return_inverse=True)
        table = np.zeros((len(names), len(S.EVENT_TYPES)), dtype=int)
        np.add.at(table, (codes, types), 1)
        first = np.unique(codes, return_index=True)[1]
        per_place = pd.DataFrame({
            "n": table.sum(axis=1), "main": np.asarray(S.EVENT_TYPES)[table.argmax(axis=1)],
            "lat": lats[first], "lon": lons[first]}, index=names)
        per_place = per_place.sort_values("n", ascending=False, kind="stable")
        scale = 40 if mpl.rcParams["font.size"] < 17 else 70
        main = per_place["main"].to_numpy()
        lons, lats, counts = (per_place[c].to_numpy() for c in ("lon", "lat", "n"))
        sizes = _marker_area(counts, scale)
        for etype in S.EVENT_TYPES:  # one scatter per type, kept in this order across redraws
            here = main == etype
            redraw.points(ax, etype, lons[here], lats[here], s=sizes[here],
                          color=EVENT_COLOURS[etype], marker=EVENT_MARKERS[etype], alpha=0.85,
                          edgecolor="white", linewidth=0.8, zorder=3)
        kinds = [etype for etype in S.EVENT_TYPES if (main == etype).any()]
        # The busiest first, none over another (a city's sites are in the city's marker).
        radius = np.sqrt(sizes) / 2
        labelled = np.arange(len(per_place)) < label_top
        neighbours = [t for t in ax.texts if t.get_gid() == _NEIGHBOUR]
        for artist in place_labels(ax, [place(n) for n in per_place.index[labelled]],
                                   lons[labelled],
                                   lats[labelled], gaps=radius[labelled] + 2, avoid=neighbours,
                                   marks=list(zip(lons, lats, radius, strict=True)),
                                   fontsize="small", zorder=4):
            redraw.keep(ax, artist)
        # entries broken at ~30 letters, so that a longer translation keeps room for the map
        headings = (_short(_(_TYPE_HEADING)), _short(_(_SIZE_HEADING)))
        redraw.legend(ax, lambda: _map_key(kinds, scale),
                      [headings[0], *(_short(label(k)) for k in kinds), headings[1],
                       *map(_events, _SIZE_KEY)],
                      headers=headings, key=scale, loc="upper left",
                      bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize="small",
                      labelspacing=1.2)
        fit_title(ax, title or _("{n} events at {places} places").format(
            n=len(events), places=len(per_place)))
        most = int(per_place["n"].iloc[0])
        tied = per_place.index[per_place["n"] == most]  # a tie names every place in it
        summary = _("A map of Kazakhstan marking {places} places with {n} events; the most events "
                    "({most}) were at {place}.").format(places=len(per_place), n=len(events),
                                                        most=most,
                                                        place=both([place(p) for p in tied]))
        if at_site.any():
            summary += " " + _("Events at a city's squares, buildings and airport are counted "
                               "with the city they are in.")
        return redraw.finish(fig, summary, _(MAP_SOURCE_LINE))


# --- claims ------------------------------------------------------------------------------------


_CLAIMANT_HEADING = N_("Colour: who stated it")
_STATUS_HEADING = N_("Marker: status")
_STATUS_KEYS = (N_("asserted or revised"), N_("disputed"), N_("retracted"),
                N_("revision (old to new)"))


def _by_colour(claimants: list[str]) -> list[tuple[str, str]]:
    """(colour, legend label) per colour the claimant types are drawn in: types that share a
    colour (style.CLAIMANT_COLOURS) share one entry that names them all ('ngo or international
    org'), so that no two entries look alike."""
    groups: dict[str, list[str]] = {}
    for ctype in claimants:
        groups.setdefault(CLAIMANT_COLOURS[ctype], []).append(label(ctype))
    return [(colour, either(names)) for colour, names in groups.items()]


def _claims_key(claimants: list[str], statuses: list[str]) -> list[Line2D]:
    """The legend of claims_over_time: a colour per claimant type (types of one colour in one
    entry), a marker per status."""
    size = mpl.rcParams["lines.markersize"]
    who = [Line2D([], [], linestyle="", marker="o", markerfacecolor=colour,
                  markeredgecolor="black", markeredgewidth=0.5, label=names)
           for colour, names in _by_colour(claimants)]
    marks = {
        "asserted or revised": dict(marker="o", markersize=size, markerfacecolor="#555555",
                                    markeredgecolor="black", markeredgewidth=0.5),
        "disputed": dict(marker="o", markersize=size * 1.4 ** 0.5, markerfacecolor="white",
                         markeredgecolor="#555555", markeredgewidth=2),
        "retracted": dict(marker="x", markersize=size * 2 ** 0.5, color="#555555",
                          markeredgewidth=2.5),
    }
    how = [Line2D([], [], linestyle="", label=_(status), **marks[status]) if status in marks else
           Line2D([], [], color="#777777", linestyle="--", linewidth=1, label=_(status))
           for status in statuses]
    return [*redraw.section(_(_CLAIMANT_HEADING), who), *redraw.section(_(_STATUS_HEADING), how)]


def claims_over_time(claims: pd.DataFrame, measure: str, *, subject: str | None = None,
                     scope: str | None = "national", ax: Axes | None = None,
                     title: str | None = None, unit: str | None = None) -> Figure:
    """Every stated figure of one measure, by the day it was stated, coloured by claimant type.

    The marker gives the figure's status: filled if it stands or was revised, hollow if it is
    disputed, a cross if it was retracted; dashed lines join a claimant's revisions. The legend
    explains each encoding under its own heading (colour, then marker).

    One axis has one unit: where the figures are stated in several (equipment in aircraft and in
    vehicles), the chart draws those in ``unit`` (by default the most common one) and its summary
    says how many are left out. Claims that are statements, not figures (the measures
    ``account`` and ``interpretation``), have nothing to draw: the chart says so.

    Examples
    --------
    >>> import kzlib
    >>> fig = claims_over_time(kzlib.load_claims(), "fatalities", subject="security_forces")
    >>> fig.axes[0].get_ylabel()
    'Fatalities (people)'
    """
    claims = expect_table(claims, "claims", ("measure", "value", "claim_date", "claimant_type",
                                             "status", "revises_claim_id", "claim_id", "unit"),
                          "claims_over_time")
    measure = expect_str(measure, _("a measure"), "claims_over_time")
    if measure not in S.MEASURES:
        raise unknown("measure", measure, S.MEASURES, synonyms=S.MEASURE_SYNONYMS)
    if scope is not None and scope not in S.SCOPES:
        raise unknown("scope", scope, S.SCOPES)
    rows = claims[claims["measure"] == measure]
    if subject is not None:
        if subject not in set(claims["subject"]):
            raise unknown("subject", subject, set(claims.loc[claims["measure"] == measure,
                                                             "subject"]))
        rows = rows[rows["subject"] == subject]
    if scope is not None:
        rows = rows[rows["scope"] == scope]
    rows = rows.dropna(subset=["claim_date"])
    ids = pd.Index(rows["claim_id"])
    if not ids.is_unique:
        raise ValueError(_("claims_over_time(): claim {claim} appears more than once in the "
                           "table; pass each claim once (e.g. one kzlib.load_claims(), not two "
                           "joined together).").format(claim=repr(ids[ids.duplicated()][0])))
    with styled():
        fig, ax = _new_axes(ax)
        what = (_("{measure} ({subject})").format(measure=label(measure),
                                                  subject=counted(subject))
                if subject else label(measure))
        if rows.empty:
            ax.clear()
            redraw.empty(ax, _("No claims match this selection"))
            fit_title(ax, title or _("No claims about {what}").format(what=what))
            return redraw.finish(fig, _("An empty chart: no claims about {what}.").format(
                what=what))
        figures = rows[rows["value"].notna()]
        if figures.empty:  # statements (an account, an interpretation): nothing to plot
            ax.clear()
            redraw.empty(ax, _("Nothing to plot: these claims state no figure"))
            fit_title(ax, title or _("Statements, not figures: {what}").format(what=what))
            return redraw.finish(fig, _(
                "An empty chart: the {n} claims about {what} are statements, not figures (read "
                "them in their statement column).").format(n=len(rows), what=what))
        unit, others = _one_unit(figures, unit)
        rows = figures[figures["unit"] == unit]
        ids = pd.Index(rows["claim_id"])
        cleared = redraw.reset(ax, "claims")
        # Plain arrays from here: an explorer redraws this on every move.
        x = mdates.date2num(rows["claim_date"].to_numpy())
        y = rows["value"].to_numpy(dtype=float)
        types = rows["claimant_type"].astype(str).to_numpy()
        colours = np.array([CLAIMANT_COLOURS[t] for t in types], dtype=object)
        status = rows["status"].astype(str).to_numpy()
        retracted, disputed = status == "retracted", status == "disputed"
        standing = ~(retracted | disputed)
        # Dashed segments from each figure to the earlier one it revises: one collection.
        earlier = ids.get_indexer(rows["revises_claim_id"].astype(object))
        linked = earlier >= 0
        if linked.any():
            segments = np.stack([np.column_stack([x[earlier[linked]], y[earlier[linked]]]),
                                 np.column_stack([x[linked], y[linked]])], axis=1)
            redraw.keep(ax, ax.add_collection(LineCollection(list(segments), colors="#777777", linewidths=1,
                                                       linestyles="--", zorder=1),
                                        autolim=False))
        # Colour says who stated a figure, the marker its status: filled for a figure that
        # stands (or was revised), hollow for a disputed one, a cross for a retracted one.
        size = mpl.rcParams["lines.markersize"] ** 2
        redraw.points(ax, "claims", x[standing], y[standing], c=list(colours[standing]), s=size,
                      edgecolors="black", linewidths=0.5, zorder=3)
        redraw.points(ax, "disputed", x[disputed], y[disputed], facecolors="white",
                      edgecolors=list(colours[disputed]), s=size * 1.4, linewidths=2, zorder=3.5)
        redraw.points(ax, "retracted", x[retracted], y[retracted], marker="x",
                      c=list(colours[retracted]), s=size * 2, linewidths=2.5, zorder=4)
        shown = [ctype for ctype in S.CLAIMANT_TYPES if ctype in set(types)]
        statuses = [key for present, key in zip(
            (standing.any(), disputed.any(), retracted.any(), linked.any()), _STATUS_KEYS,
            strict=True) if present]
        unit = label(unit)
        fit_title(ax, title or _("Stated figures: {what}").format(what=what))
        ax.set_xlabel(_("Date the figure was stated"))
        ax.set_ylabel(_("{measure} ({unit})").format(measure=_upper_first(label(measure)),
                                                     unit=unit))
        _fit_limits(ax, rows["claim_date"], rows["value"])
        _count_ticks(ax.yaxis, _is_whole(y))
        _plain_numbers(ax.yaxis, float(np.abs(y).max()))
        headings = (_(_CLAIMANT_HEADING), _(_STATUS_HEADING))
        redraw.legend(ax, lambda: _claims_key(shown, statuses),
                      [headings[0], *(names for _c, names in _by_colour(shown)), headings[1],
                       *map(_, statuses)],
                      headers=headings,
                      key=mpl.rcParams["lines.markersize"], loc="upper left",
                      bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize="small")
        if cleared:
            ax.xaxis_date()
            _date_axis(ax)
        low, high = rows["value"].min(), rows["value"].max()
        facts = {"n": len(rows), "what": what, "start": long_date(rows["claim_date"].min()),
                 "end": long_date(rows["claim_date"].max()), "low": number(low),
                 "high": number(high), "unit": unit, "retracted": int(retracted.sum()),
                 "disputed": int(disputed.sum())}
        if disputed.any():
            summary = _("A chart of {n} stated figures for {what}, from {start} to {end}, ranging "
                        "from {low} to {high} {unit}; {retracted} retracted, {disputed} "
                        "disputed.").format(**facts)
        else:
            summary = _("A chart of {n} stated figures for {what}, from {start} to {end}, ranging "
                        "from {low} to {high} {unit}; {retracted} retracted.").format(**facts)
        if len(others):
            summary += " " + _other_units(others, _("{n} figure in another unit ({units}) is not "
                                                    "drawn."),
                                          _("{n} figures in other units ({units}) are not "
                                            "drawn."))
        return redraw.finish(fig, summary)


def units_by_use(figures: pd.DataFrame) -> list[str]:
    """The units of these figures, the most used first (then in alphabetical order).

    Examples
    --------
    >>> import kzlib
    >>> units_by_use(kzlib.load_claims(measures="equipment"))
    ['aircraft', 'vehicles']
    """
    counts = figures["unit"].dropna().astype(str).value_counts()
    return sorted(counts.index, key=lambda u: (-counts[u], u))


def _one_unit(figures: pd.DataFrame, unit: str | None) -> tuple[str, pd.DataFrame]:
    """The unit to draw (``unit``, else the most used) and the figures stated in others."""
    units = units_by_use(figures)
    if unit is None:
        unit = units[0]
    elif unit not in units:
        raise unknown("unit", unit, units)
    return unit, figures[figures["unit"] != unit]


def _other_units(others: pd.DataFrame, one: str, many: str) -> str:
    """'n figures in other units (a, b) ...': ``one`` or ``many`` filled in."""
    return (one if len(others) == 1 else many).format(
        n=len(others), units=", ".join(label(u) for u in units_by_use(others)))


def counted(subject: str) -> str:
    """Who or what a claim counts, as a title or sentence names it: a label a claimant put on
    people ('attackers', 'armed_criminals': kzlib.codebook.LABEL_WORDS) in quotation marks, as
    the claimant's word, not the package's; anything else as its display label.

    Examples
    --------
    >>> counted("armed_criminals"), counted("security_forces")
    ("'armed criminals'", 'security forces')
    """
    return _("'{word}'").format(word=label(subject)) if S.is_label(subject) else label(subject)


def _subject_label(subject: str) -> str:
    if subject == "all_csto":
        return _("all CSTO (total)")
    return _country(subject) if subject in S.CSTO_CONTRIBUTORS else label(subject)


def _fit_limits(ax: Axes, dates: pd.Series, values: pd.Series) -> None:
    """Axis limits from the data shown now (artists of an earlier drawing no longer count)."""
    x0, x1 = mdates.date2num(dates.min()), mdates.date2num(dates.max())
    xpad = max(2.0, (x1 - x0) * 0.05)
    y0, y1 = float(values.min()), float(values.max())
    ypad = max(1.0, (y1 - y0) * 0.08, abs(y1) * 0.05)
    ax.set_xlim(x0 - xpad, x1 + xpad)
    ax.set_ylim(min(0.0, y0 - ypad), y1 + ypad)


def contingents(claims: pd.DataFrame, *, ax: Axes | None = None, title: str | None = None) -> Figure:
    """CSTO troop figures by contributing country: every stated figure, the latest one as a bar.

    Every contributor in :data:`kzlib.codebook.CSTO_CONTRIBUTORS` gets a row, whether or not the
    claims state a figure for it: a contributor without one is shown as an empty row labelled
    "no figure stated" (a missing figure is not a zero). Disputed figures are hollow markers and
    never make a bar. A ``all_csto`` figure (the whole force) is drawn as a row of its own.

    Examples
    --------
    >>> import kzlib
    >>> fig = contingents(kzlib.load_claims(measures="troops"))
    >>> fig.axes[0].get_xlabel()
    'Troops (people)'
    >>> summary(fig).endswith("No troop figure is stated for Belarus or Russia.")
    True
    """
    claims = expect_table(claims, "claims", ("measure", "subject", "value", "claim_date", "status",
                                             "qualifier", "claimant_type"), "contingents")
    rows = claims[(claims["measure"] == "troops") & (claims["status"] != "retracted")]
    rows = rows.dropna(subset=["claim_date"]).sort_values(["subject", "claim_date", "claim_id"])
    with styled():
        fig, ax = _new_axes(ax)
        ax.clear()
        if rows.empty:
            redraw.empty(ax, _("No troop figures in this selection"))
            fit_title(ax, title or _("No troop figures"))
            return redraw.finish(fig, _("An empty chart: no troop figures."))
        # The latest undisputed figure per contributor; on one day, an exact figure from an
        # official claimant beats an approximate one relayed by the media.
        disputed = rows["status"].eq("disputed").to_numpy()
        settled = rows[~disputed].assign(
            _exact=lambda t: t["qualifier"].astype(str).eq("exact"),
            _official=lambda t: t["claimant_type"].astype(str).isin(
                ["government", "security_forces", "international_org", "foreign_government"]))
        settled = settled.sort_values(["subject", "claim_date", "_exact", "_official"])
        latest = settled.groupby("subject").tail(1).sort_values(["value", "subject"])
        # Every contributor has a row: those with a figure by size (largest at the top), those
        # without at the bottom in alphabetical order from the top down.
        subjects = dict.fromkeys([*S.CSTO_CONTRIBUTORS, *rows["subject"].astype(str)])
        missing = sorted(s for s in subjects if s not in set(latest["subject"]))
        order = [*reversed(missing), *latest["subject"]]
        y = {s: i for i, s in enumerate(order)}
        ax.barh([y[s] for s in latest["subject"]], latest["value"], color=OKABE_ITO["blue"],
                height=0.6, label=_("latest stated figure"))
        ax.scatter(rows["value"][~disputed], [y[s] for s in rows["subject"][~disputed]],
                   color=OKABE_ITO["orange"], edgecolor="black", zorder=3,
                   label=_("every stated figure"))
        if disputed.any():
            ax.scatter(rows["value"][disputed], [y[s] for s in rows["subject"][disputed]],
                       facecolor="white", edgecolor=OKABE_ITO["orange"], linewidth=2, zorder=3,
                       label=_("disputed figure"))
        ax.set_yticks(range(len(order)), [_subject_label(s) for s in order])
        for subject, value in zip(latest["subject"], latest["value"], strict=True):
            ax.text(value, y[subject], " " + number(value), va="center", fontsize="small")
        stated = set(rows["subject"])
        none = [s for s in missing if s not in stated]
        only_disputed = [s for s in missing if s in stated]
        for subject in missing:
            ax.text(0, y[subject], " " + (_("no figure stated") if subject in none else
                                          _("only disputed figures")),
                    va="center", fontsize="small", style="italic", color="#444444")
        ax.set_ylim(-0.6, len(order) - 0.4)
        ax.set_xlim(0, None)
        _count_ticks(ax.xaxis)
        ax.set_xlabel(_("Troops (people)"))
        ax.set_ylabel(_("Contributing country"))
        fit_title(ax, title or _("CSTO deployment, January 2022: troops by country"))
        ax.legend(loc="lower right", frameon=False, fontsize="small")
        summary = _("A bar chart of CSTO troop figures by contributor; the latest undisputed "
                    "figures are {figures}.").format(figures=", ".join(
                        f"{_subject_label(s)} {number(v)}"
                        for s, v in zip(latest["subject"], latest["value"], strict=True)))
        if none:
            summary += " " + _("No troop figure is stated for {countries}.").format(
                countries=either([_subject_label(s) for s in none]))
        if only_disputed:
            summary += " " + _("Only disputed figures are stated for {countries}.").format(
                countries=either([_subject_label(s) for s in only_disputed]))
        return redraw.finish(fig, summary)


# --- a generic bar chart -------------------------------------------------------------------------


def _labels(arg: str, given: str | list[str] | None, values: pd.Series) -> set:
    chosen = [given] if isinstance(given, str) else list(given or [])
    for name in chosen:
        if name not in values.index:
            raise unknown("bar label", name, map(str, values.index),
                          hint=_("{arg}= names bars by their labels in the Series' index").format(
                              arg=arg))
    return set(chosen)


def bar_chart(values: pd.Series, *, title: str, xlabel: str, ylabel: str = "",
              ax: Axes | None = None, highlight: str | list[str] | None = None,
              highlight_label: str | None = None, marked: str | list[str] | None = None,
              marked_label: str | None = None, summary_unit: str = "",
              order: str = "value") -> Figure:
    """Horizontal bars for a labelled Series (e.g. ``sources['kind'].value_counts()``).

    ``title`` should state the finding and ``xlabel`` the unit, e.g. ``"Sources (count)"``.
    ``highlight`` names labels to draw in orange (the others are blue), to draw the eye;
    ``highlight_label`` says in the legend what orange means (e.g. ``"Almaty"``).
    ``marked`` names labels whose figures are uncertain (disputed, unconfirmed): their bars are
    hatched and hollow, their values say so, and the legend explains the hatching with
    ``marked_label`` (``"disputed"`` unless you say e.g. ``"unconfirmed"``). Use ``marked``,
    not ``highlight``, to show that a figure is uncertain.
    ``order="value"`` (the default) sorts the bars, the largest at the top; ``order="given"``
    keeps the Series' order, its first entry at the top (e.g. prices in date order).

    Examples
    --------
    >>> import pandas as pd
    >>> fig = bar_chart(pd.Series({"a": 3, "b": 5}), title="B is larger", xlabel="Things (count)")
    >>> summary(fig)
    "A bar chart, 'B is larger': 2 bars; the largest is b (5) and the smallest a (3)."
    >>> fig = bar_chart(pd.Series({"a": 3, "b": 5}), title="B is larger", xlabel="Things (count)",
    ...                 marked="b", marked_label="unconfirmed")
    >>> [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    ['unconfirmed']
    """
    if not isinstance(values, pd.Series):
        raise TypeError(_("bar_chart() takes a pandas Series of numbers with labels as its index "
                          "(e.g. table['kind'].value_counts()), not {type}.").format(
                              type=type(values).__name__))
    if marked_label is None:
        marked_label = label("disputed")  # the status, in the chosen language
    for arg, text in (("title", title), ("xlabel", xlabel), ("marked_label", marked_label)):
        if not isinstance(text, str) or not text.strip():
            raise ValueError(_("bar_chart() needs a {arg}= (a title that states the finding, an "
                               "x label with its unit, a word for what hatching means).").format(
                                   arg=arg))
    if not pd.api.types.is_numeric_dtype(values):
        raise TypeError(_("bar_chart() needs numbers as the Series' values."))
    if order not in ("value", "given"):
        raise ValueError(_("bar_chart(): order= takes 'value' (the largest bar at the top) or "
                           "'given' (the Series' order, its first entry at the top), not "
                           "{value}.").format(value=repr(order)))
    highlighted = set([highlight] if isinstance(highlight, str) else (highlight or []))
    hatched = _labels("marked", marked, values)
    # Bars are drawn from the bottom up: the last entry stands at the top.
    values = values.sort_values() if order == "value" else values.iloc[::-1]
    with styled():
        fig, ax = _new_axes(ax)
        ax.clear()
        if values.empty:
            redraw.empty(ax, _("Nothing to show"))
            fit_title(ax, title)
            return redraw.finish(fig, _("An empty bar chart: {title}.").format(title=title))
        labels = [_shown(i) for i in values.index]
        colours = [OKABE_ITO["orange"] if i in highlighted else OKABE_ITO["blue"]
                   for i in values.index]
        bars = ax.barh(range(len(values)), values.to_numpy(), color=colours, height=0.65)
        for bar, name, colour in zip(bars, values.index, colours, strict=True):
            if name in hatched:  # hollow and hatched: a figure to read with care
                bar.set(facecolor="white", edgecolor=colour, hatch="///", linewidth=1.5)
        ax.set_yticks(range(len(values)), labels)
        for y, (name, v) in enumerate(values.items()):
            note = f" ({marked_label})" if name in hatched else ""
            ax.text(v, y, f" {number(v, ',.4g')}{note}", va="center", fontsize="small")
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.grid(axis="y", visible=False)
        _count_ticks(ax.xaxis, _is_whole(values))
        key = []
        if highlight_label and highlighted & set(values.index):
            key.append(Patch(facecolor=OKABE_ITO["orange"], label=highlight_label))
        if hatched:
            key.append(Patch(facecolor="white", edgecolor=OKABE_ITO["blue"], hatch="///",
                             linewidth=1.5, label=marked_label))
        pad = mpl.rcParams["axes.titlepad"]
        if key:  # one row between the title and the bars, where it hides no bar
            legend = ax.legend(handles=key, loc="lower left", bbox_to_anchor=(0, 1.0),
                               ncols=len(key), frameon=False, fontsize="small",
                               borderaxespad=0.2)
            pad += legend.get_window_extent(renderer(fig)).height * 72 / fig.dpi
        fit_title(ax, title, pad=pad)
        by_value = values.sort_values(kind="stable")
        unit = f" {summary_unit}" if summary_unit else ""
        summary = _("A bar chart, '{title}': {n} bars; the largest is {largest} "
                    "({largest_value}{unit}) and the smallest {smallest} "
                    "({smallest_value}{unit}).").format(
                        title=title, n=len(values), largest=_shown(by_value.index[-1]),
                        largest_value=number(by_value.iloc[-1], ",.4g"),
                        smallest=_shown(by_value.index[0]),
                        smallest_value=number(by_value.iloc[0], ",.4g"), unit=unit)
        if hatched:
            summary += " " + _("Hatched bars are {label}: {bars}.").format(
                label=marked_label,
                bars=", ".join(_shown(i) for i in values.index if i in hatched))
        return redraw.finish(fig, summary)

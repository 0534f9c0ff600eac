"""Interactive explorers: sliders and menus over the data, for lessons and for no-code use (Voila).

Each function returns a widget (an ``ipywidgets.VBox``) — display it by making it the last line of a
cell. Moving a control redraws the *same* figure (one matplotlib figure per explorer, shown as an
image widget) and refreshes the table beneath it; an empty selection shows a clear message instead
of an empty chart. Callbacks never print into the cell.

* :func:`timeline_explorer` — a date range, themes, an event type and a place;
* :func:`map_explorer` — a day slider with a play button: where events happened that day, or up to it;
* :func:`claims_explorer` — pick a measure and see every stated figure over time, by claimant type;
* :func:`place_explorer` — one place's story: its events over time, and the figures stated about it.

For tests and scripts, every explorer exposes its controls (``.controls``), its figure
(``.figure``), the rows it currently shows (``.selection``) and how often it redrew (``.redraws``).
"""

from __future__ import annotations

import html
import io
from collections.abc import Iterable

import pandas as pd

from ..core import codebook as S
from ..core.errors import expect_table
from ..core.i18n import N_, label, pgettext, place
from ..core.i18n import gettext as _
from ..core.load import date_range, load_claims, load_events, load_sources
from ..core.places import lookup, with_sites
from ..core.text import long_date, short_date, weekday
from . import extra_needed, plots
from .fit import FittingLayout
from .style import styled

try:
    import ipywidgets as widgets
except ImportError as exc:  # the data core alone was installed
    raise extra_needed("kzlib's explorers (kzlib.explore)", "ipywidgets") from exc
import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image  # Pillow comes with matplotlib

__all__ = ["timeline_explorer", "map_explorer", "claims_explorer", "place_explorer", "Explorer"]

#: The value of a menu's "everything" entry (its label is translated: see _everything).
_ALL = "(all)"
_ROWS_SHOWN = 25


def _term(code: object) -> str:
    """A vocabulary code as menus and tables show it: the code itself in English (what a reader
    types in code), its display name in another language once translated."""
    return pgettext("vocabulary", str(code))


def _everything() -> tuple[str, str]:
    """A menu's first entry: every value."""
    return (_("(all)"), _ALL)


def _menu(codes: Iterable[str]) -> list[tuple[str, str]]:
    """Menu entries (label, value) for vocabulary codes: the display label ('security response',
    in the chosen language), while the value stays the English code."""
    return [(label(code), code) for code in codes]


def _subject_menu(subjects: Iterable[str]) -> list[tuple[str, str]]:
    """Menu entries for what claims count: a label a claimant put on people ('attackers',
    'armed_criminals': kzlib.codebook.LABEL_WORDS) is marked as the claimant's word."""
    return [(_("'{word}' (the claimant's word)").format(word=text) if S.is_label(value) else text,
             value) for text, value in _menu(subjects)]


def _places_menu(names: Iterable[str]) -> list[tuple[str, str]]:
    """Menu entries (label, value) for places: the name in the chosen language, in its
    alphabetical order; the value stays the English name."""
    return sorted(((place(name), name) for name in names), key=lambda entry: entry[0])


def _figure() -> Figure:
    """A figure that never touches pyplot (no stray inline output, no global state)."""
    with styled():
        fig = Figure(figsize=matplotlib.rcParams["figure.figsize"], layout=FittingLayout())
    FigureCanvasAgg(fig)
    fig.add_subplot()
    return fig


def _picture(fig: Figure) -> bytes:
    """Draw the figure and encode it for the image widget.

    JPEG at quality 95 without chroma subsampling: on these flat-colour charts it is visually
    lossless and about six times faster to encode than PNG, which keeps the redraw close to the
    cost of drawing the figure itself (benchmarks/run.py measures the ratio).
    """
    canvas = fig.canvas
    assert isinstance(canvas, FigureCanvasAgg), "explorer figures draw with Agg (see _figure)"
    canvas.draw()
    buf = io.BytesIO()
    rgba = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(),
                            "raw", "RGBA", 0, 1)
    rgba.convert("RGB").save(buf, format="jpeg", quality=95, subsampling=0)
    return buf.getvalue()


def _short_sources(ids: str, publishers: dict[str, str]) -> str:
    return "; ".join(dict.fromkeys(publishers.get(s, s) for s in str(ids).split(";")))


class Explorer(widgets.VBox):
    """Base class: controls on top, then a message line, the figure, and a table.

    A subclass builds its controls, calls ``super().__init__(controls, intro)`` whenever it
    likes, and fills in :meth:`_select`, :meth:`_draw` and :meth:`_table_html`; the public
    factory functions draw the first picture (:meth:`update`) once the explorer is complete.
    """

    title = ""  #: marked with N_ by each explorer, shown translated

    def __init__(self, controls: dict[str, widgets.Widget], intro: str,
                 rows: list[widgets.Widget] | None = None):
        self.controls = controls
        self.figure = _figure()
        self.redraws = 0
        self.selection = pd.DataFrame()
        self.image = widgets.Image(format="jpeg", layout=widgets.Layout(width="100%",
                                                                       max_width="1000px"))
        self.message = widgets.HTML()
        self.table = widgets.HTML(layout=widgets.Layout(max_height="420px", overflow="auto"))
        self.summary = widgets.HTML()
        title = _(self.title)
        header = widgets.HTML(f"<h3 style='margin:0.2em 0'>{html.escape(title)}</h3>"
                              f"<p style='margin:0.2em 0'>{html.escape(intro)}</p>")
        # The controls in one wrapping row, unless the subclass lays them out itself (``rows``).
        rows = rows or [widgets.HBox(list(controls.values()),
                                     layout=widgets.Layout(flex_flow="row wrap"))]
        super().__init__([header, *rows, self.message, self.image, self.summary, self.table])
        for control in controls.values():
            control.observe(self._on_change, names="value")

    def _on_change(self, _change) -> None:
        self.update()

    def __repr__(self) -> str:
        # What a notebook stores as the cell's text output, and what GitHub or a static page
        # shows where no widget can run.
        return _("{title} (interactive: run this cell in Jupyter, or open the explorers page "
                 "through Voila, to use it)").format(title=_(self.title))

    def update(self) -> None:
        """Recompute the selection from the controls and redraw the figure and table."""
        self.selection, message = self._select()
        self.message.value = (f"<p style='color:#D55E00;font-weight:bold'>{html.escape(message)}"
                              "</p>" if message else "")
        ax = self.figure.axes[0]
        self._draw(ax)
        self.image.value = _picture(self.figure)  # the figure first, then the text around it
        self.summary.value = (f"<p style='font-style:italic'>"
                              f"{html.escape(plots.summary(self.figure))}</p>")
        self.table.value = self._table_html()
        self.redraws += 1

    # subclasses fill these in
    def _select(self) -> tuple[pd.DataFrame, str]:  # pragma: no cover
        raise NotImplementedError

    def _draw(self, ax) -> None:  # pragma: no cover
        raise NotImplementedError

    def _table_html(self) -> str:  # pragma: no cover
        raise NotImplementedError


def _html_table(columns: dict[str, Iterable[object]]) -> str:
    """An HTML table from column name -> values, every cell escaped, missing values left blank.

    Written out by hand because DataFrame.to_html takes longer than the rest of an explorer's
    update apart from the drawing (the table is rebuilt on every move).
    """
    def cell(value: object) -> str:
        return "" if pd.isna(value) else html.escape(str(value))

    head = "".join(f"<th>{html.escape(name)}</th>" for name in columns)
    body = "".join("<tr>" + "".join(f"<td>{cell(v)}</td>" for v in row) + "</tr>"
                   for row in zip(*(list(v) for v in columns.values()), strict=True))
    return (f'<table class="dataframe"><thead><tr style="text-align: right;">{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


def _events_table(rows: pd.DataFrame, publishers: dict[str, str]) -> str:
    if rows.empty:
        return ""
    shown = rows.head(_ROWS_SHOWN)
    view = {
        pgettext("table column", "date"): shown["event_date"].dt.strftime("%Y-%m-%d"),
        pgettext("table column", "place"): [place(p) for p in shown["location"]],
        pgettext("table column", "type"): [label(t) for t in shown["event_type"]],
        pgettext("table column", "subtype"): [label(t) for t in shown["sub_event_type"]],
        pgettext("table column", "what happened"): shown["notes"],
        pgettext("table column", "sources"): [_short_sources(s, publishers)
                                              for s in shown["source_ids"]],
        pgettext("table column", "id"): shown["event_id"],
    }
    more = (_("Showing the first {shown} of {n} events.").format(shown=_ROWS_SHOWN, n=len(rows))
            if len(rows) > _ROWS_SHOWN else _("{n} events.").format(n=len(rows)))
    return f"<p>{html.escape(more)}</p>" + _html_table(view)


def _publishers() -> dict[str, str]:
    sources = load_sources()
    return dict(zip(sources["source_id"], sources["publisher"], strict=True))


# --- timeline ----------------------------------------------------------------------------------


class _Timeline(Explorer):
    title = N_("Timeline explorer")

    def __init__(self, events: pd.DataFrame):
        self.events = events
        self.publishers = _publishers()
        days = pd.date_range(events["event_date"].min(), events["event_date"].max())
        options = [(f"{short_date(d)}", d) for d in days]
        self._periods = _periods(days)
        first = "unrest" if "unrest" in self._periods else "all"
        start, end = self._periods[first][1]
        places = _places_menu(events["location"].unique())
        self._updating = False
        controls = {
            # Thousands of days on one slider: a menu of periods sets it in one move.
            "period": widgets.Dropdown(
                options=[(name, key) for key, (name, _span) in self._periods.items()],
                value=first, description=pgettext("control", "Period")),
            "dates": widgets.SelectionRangeSlider(
                options=options, index=(days.get_loc(start), days.get_loc(end)),
                description=pgettext("control", "Dates"), continuous_update=False,
                layout=widgets.Layout(width="640px")),
            "theme": widgets.Dropdown(options=[_everything(), *_menu(S.THEMES)], value=_ALL,
                                      description=pgettext("control", "Theme")),
            "event_type": widgets.Dropdown(options=[_everything(), *_menu(S.EVENT_TYPES)],
                                           value=_ALL,
                                           description=pgettext("control", "Event type")),
            "place": widgets.Dropdown(options=[_everything(), *places], value=_ALL,
                                      description=pgettext("control", "Place")),
        }
        super().__init__(controls, _("Choose a period, a theme, a type of event or a place: the "
                                     "chart counts matching events per day (per month when "
                                     "they span more than four months), and the table lists them "
                                     "with their sources."))

    def _on_change(self, change) -> None:
        if self._updating:
            return
        period, dates = self.controls["period"], self.controls["dates"]
        self._updating = True
        try:
            if change["owner"] is period and period.value != "custom":
                dates.value = self._periods[period.value][1]
            elif change["owner"] is dates:  # the slider moved: the menu says which period, if any
                period.value = next((key for key, (_name, span) in self._periods.items()
                                     if key != "custom" and span == tuple(dates.value)),
                                    "custom")
        finally:
            self._updating = False
        self.update()

    def _select(self):
        c = self.controls
        start, end = c["dates"].value
        rows = self.events[self.events["event_date"].between(start, end)]
        for key, col in (("theme", "theme"), ("event_type", "event_type"), ("place", "location")):
            if c[key].value != _ALL:
                rows = rows[rows[col] == c[key].value]
        if rows.empty:
            return rows, _("No events match this selection: widen the dates or choose (all).")
        return rows, ""

    def _draw(self, ax):
        plots.timeline(self.selection, ax=ax)

    def _table_html(self):
        return _events_table(self.selection, self.publishers)


def _periods(days: pd.DatetimeIndex) -> dict[str, tuple[str, tuple[pd.Timestamp, pd.Timestamp]]]:
    """The timeline explorer's menu of periods: key -> (label, (first day, last day)), each cut
    to the days the events cover; a period they do not reach is left out."""
    first, last = days[0], days[-1]
    wanted = {
        "unrest": (_("2–19 January 2022"), S.CRISIS_START, S.CRISIS_END),
        "zhanaozen": (_("December 2011 (Zhanaozen)"), "2011-12-01", "2011-12-31"),
        "aftermath": (_("2022–{last}").format(last=last.year), "2022-01-01", last),
        "all": (_("All dates ({first}–{last})").format(first=first.year, last=last.year), first,
                last),
    }
    periods = {}
    for key, (name, start, end) in wanted.items():
        start, end = max(pd.Timestamp(start), first), min(pd.Timestamp(end), last)
        if start <= end:
            periods[key] = (name, (start, end))
    periods["custom"] = (_("(the dates on the slider)"), (first, last))
    return periods


def timeline_explorer(events: pd.DataFrame | None = None) -> Explorer:
    """A date-range slider with theme, event-type and place menus over the events table.

    ``events`` defaults to every event (``kzlib.load_events()``); pass a filtered table to explore
    part of it.

    Examples
    --------
    >>> explorer = timeline_explorer()
    >>> explorer.controls["place"].value = "Almaty"
    >>> set(explorer.selection["location"]) <= {"Almaty"}
    True
    """
    events = load_events() if events is None else expect_table(
        events, "events", ("event_date", "event_type", "theme", "location"), "timeline_explorer")
    if events.empty:
        raise ValueError(_("timeline_explorer() needs at least one event; the table you passed "
                           "is empty."))
    return _started(_Timeline(events))


# --- map ---------------------------------------------------------------------------------------


class _Map(Explorer):
    title = N_("Map explorer")

    def __init__(self, events: pd.DataFrame, start: str, end: str):
        self.events = events
        self.publishers = _publishers()
        days = pd.date_range(start, end)
        self.play = widgets.Play(min=0, max=len(days) - 1, interval=1200,
                                 description=pgettext("control", "Play"), show_repeat=False)
        controls = {
            "day": widgets.SelectionSlider(options=[(f"{weekday(d)} {short_date(d)}", d)
                                                    for d in days],
                                           description=pgettext("control", "Day"),
                                           continuous_update=False,
                                           layout=widgets.Layout(width="520px")),
            "cumulative": widgets.ToggleButtons(options=[(_("That day"), False),
                                                         (_("Up to that day"), True)],
                                                value=False,
                                                description=pgettext("control", "Show")),
        }
        self._days = days
        self.play.observe(self._on_play, names="value")
        super().__init__(controls, _("Move the day slider (or press play) to see where events "
                                     "happened; switch to 'Up to that day' to see them add up."),
                         rows=[widgets.HBox([self.play, controls["day"]]), controls["cumulative"]])

    def _on_play(self, change) -> None:
        self.controls["day"].value = self._days[change["new"]]

    def _select(self):
        day = self.controls["day"].value
        if self.controls["cumulative"].value:
            rows = self.events[self.events["event_date"] <= day]
        else:
            rows = self.events[self.events["event_date"] == day]
        if rows.empty:
            return rows, _("No events recorded for {day}.").format(day=long_date(day))
        return rows, ""

    def _draw(self, ax):
        day = self.controls["day"].value
        title = (_("Events up to {day}: {n}") if self.controls["cumulative"].value
                 else _("Events on {day}: {n}"))
        plots.event_map(self.selection, ax=ax,
                        title=title.format(day=long_date(day), n=len(self.selection)))

    def _table_html(self):
        return _events_table(self.selection.sort_values("event_date", ascending=False),
                             self.publishers)


def map_explorer(events: pd.DataFrame | None = None, *, start: str = S.CRISIS_START,
                 end: str = S.CRISIS_END) -> Explorer:
    """A day slider with a play button over the offline map, for the days ``start`` to ``end``.

    Examples
    --------
    >>> explorer = map_explorer(start="2022-01-04", end="2022-01-06")
    >>> len(explorer.controls["day"].options)
    3
    """
    s, e = date_range(start, end)
    if s is None or e is None:
        raise ValueError(_("map_explorer() needs both start= and end= dates."))
    events = load_events() if events is None else expect_table(
        events, "events", ("event_date", "latitude", "longitude", "location"), "map_explorer")
    return _started(_Map(events, s, e))


# --- claims ------------------------------------------------------------------------------------


class _Claims(Explorer):
    title = N_("Claims explorer")

    def __init__(self, claims: pd.DataFrame):
        self.claims = claims
        self.publishers = _publishers()
        measures = [m for m in S.MEASURES if (claims["measure"] == m).any()]
        first = "fatalities" if "fatalities" in measures else measures[0]
        controls = {
            "measure": widgets.Dropdown(options=_menu(measures), value=first,
                                        description=pgettext("control", "Measure")),
            "subject": widgets.Dropdown(options=self._subjects(first), value=_ALL,
                                        description=pgettext("control", "Counting")),
            "scope": widgets.Dropdown(options=[_everything(), *_menu(S.SCOPES)],
                                      value="national",
                                      description=pgettext("control", "Scope")),
            # One axis, one unit: the units of the figures selected, the most used first.
            "unit": widgets.Dropdown(options=[], description=pgettext("control", "Unit"),
                                     disabled=True),
        }
        self._updating = False
        self._units: list[str] = []  #: what the Unit menu offers
        super().__init__(controls, _("Pick what is counted: every figure stated about it appears "
                                     "by the day it was stated, coloured by who stated it. Dashed "
                                     "lines join a claimant's revisions; crosses mark retracted "
                                     "figures."))

    def _subjects(self, measure: str) -> list[tuple[str, str]]:
        return [_everything(), *_subject_menu(sorted(self.claims.loc[
            self.claims["measure"] == measure, "subject"].unique()))]

    def _on_change(self, change) -> None:
        if self._updating:
            return
        if change["owner"] is self.controls["measure"]:
            self._updating = True
            try:
                self.controls["subject"].options = self._subjects(change["new"])
                self.controls["subject"].value = _ALL
                self.controls["unit"].value = None  # a new measure: its most used unit first
            finally:
                self._updating = False
        self.update()

    def _select(self):
        c = self.controls
        rows = self.claims[self.claims["measure"] == c["measure"].value]
        if c["subject"].value != _ALL:
            rows = rows[rows["subject"] == c["subject"].value]
        if c["scope"].value != _ALL:
            rows = rows[rows["scope"] == c["scope"].value]
        figures = rows[rows["value"].notna()]
        self._offer_units(figures)
        if rows.empty:
            return rows, _("No figures match this selection: try another scope or (all).")
        if figures.empty:
            return rows, _("These claims are statements, not figures: read each one in the "
                           "table's statement column.")
        others = figures[figures["unit"] != c["unit"].value]
        if len(others):
            text = (_("The chart draws the figures in {unit}; {n} figure in another unit "
                      "({units}) is in the table: choose it in the Unit menu to draw it.")
                    if len(others) == 1 else
                    _("The chart draws the figures in {unit}; {n} figures in other units "
                      "({units}) are in the table: choose one in the Unit menu to draw them."))
            return rows, text.format(unit=label(c["unit"].value), n=len(others),
                                     units=", ".join(map(label, plots.units_by_use(others))))
        return rows, ""

    def _offer_units(self, figures: pd.DataFrame) -> None:
        """The Unit menu: the units of the selected figures, the most used first; the chosen one
        is kept while the selection has figures in it."""
        menu = self.controls["unit"]
        units = plots.units_by_use(figures)
        if units == self._units:
            return
        self._updating = True
        try:
            keep = menu.value if menu.value in units else (units[0] if units else None)
            menu.options = [(label(u), u) for u in units]
            menu.value = keep
            menu.disabled = len(units) < 2
            self._units = units
        finally:
            self._updating = False

    def _draw(self, ax):
        c = self.controls
        subject = None if c["subject"].value == _ALL else c["subject"].value
        scope = None if c["scope"].value == _ALL else c["scope"].value
        # The selection is already filtered by subject and scope (an empty one draws a message).
        statements = self.selection["value"].isna().all()  # the chart's own title says so
        plots.claims_over_time(self.selection, c["measure"].value, subject=None, scope=None,
                               unit=c["unit"].value, ax=ax,
                               title=None if statements and not self.selection.empty
                               else _claims_title(c["measure"].value, subject, scope))

    def _table_html(self):
        rows = self.selection.sort_values(["claim_date", "claim_id"])
        if rows.empty:
            return ""
        if rows["value"].isna().all():  # statements: what was said, not a figure
            what = {pgettext("table column", "statement"): rows["statement"]}
        else:
            what = {pgettext("table column", "figure as reported"): rows["value_text"],
                    pgettext("table column", "unit"): [label(u) if isinstance(u, str) else None
                                                       for u in rows["unit"]]}
        view = {
            pgettext("table column", "stated on"): rows["claim_date"].dt.strftime("%Y-%m-%d"),
            pgettext("table column", "claimant"): rows["claimant"],
            **what,
            pgettext("table column", "counting"): [_term(s) for s in rows["subject"]],
            pgettext("table column", "scope"): [_term(s) for s in rows["scope"]],
            pgettext("table column", "status"): [_term(s) for s in rows["status"]],
            pgettext("table column", "replaces"): rows["revises_claim_id"],
            pgettext("table column", "sources"): [_short_sources(s, self.publishers)
                                                  for s in rows["source_ids"]],
            pgettext("table column", "id"): rows["claim_id"],
        }
        if rows["value"].isna().all():  # statements: the message above says so; no count of
            return _html_table(view)     # "stated figures", which would be false here
        count = _("{n} stated figures.").format(n=len(rows))
        return f"<p>{html.escape(count)}</p>" + _html_table(view)


def _claims_title(measure, subject, scope) -> str:
    names = {"measure": label(measure), "subject": plots.counted(subject) if subject else "",
             "scope": label(scope) if scope else ""}
    if subject and scope:
        text = _("Stated figures: {measure} ({subject}), {scope} scope")
    elif subject:
        text = _("Stated figures: {measure} ({subject})")
    elif scope:
        text = _("Stated figures: {measure}, {scope} scope")
    else:
        text = _("Stated figures: {measure}")
    return text.format(**names)


def claims_explorer(claims: pd.DataFrame | None = None) -> Explorer:
    """Pick a measure (deaths, detentions, troops, ...) and see every stated figure over time.

    Examples
    --------
    >>> explorer = claims_explorer()
    >>> explorer.controls["measure"].value = "troops"
    >>> set(explorer.selection["measure"])
    {'troops'}
    """
    claims = load_claims() if claims is None else expect_table(
        claims, "claims", ("measure", "subject", "scope", "value", "claim_date"),
        "claims_explorer")
    if claims.empty:
        raise ValueError(_("claims_explorer() needs at least one claim; the table you passed is "
                           "empty."))
    return _started(_Claims(claims))


# --- place profile -----------------------------------------------------------------------------


class _Place(Explorer):
    title = N_("Place profile")

    def __init__(self, events: pd.DataFrame, claims: pd.DataFrame, place: str | None):
        self.events, self.claims = events, claims
        self.publishers = _publishers()
        counts = events["location"].value_counts()
        first = place or counts.index[0]
        controls = {"place": widgets.Dropdown(options=_places_menu(counts.index), value=first,
                                              description=pgettext("control", "Place"))}
        super().__init__(controls, _("Choose a place: its events over time, the region it was "
                                     "in, and the figures stated about it."))

    def _place_ids(self) -> set[str]:
        """The chosen place and, for a city, the sites inside it."""
        return with_sites({lookup(self.controls["place"].value)["place_id"]})

    def _select(self):
        rows = self.events[self.events["place_id"].isin(self._place_ids())]
        if rows.empty:
            return rows, _("No events recorded at this place.")
        return rows, ""

    def _draw(self, ax):
        plots.timeline(self.selection, ax=ax, title=_("Events at {place}, over time").format(
            place=place(self.controls["place"].value)))

    def _table_html(self):
        claims = self.claims[self.claims["place_id"].isin(self._place_ids())].sort_values(["claim_date",
                                                                             "claim_id"])
        region = (self.selection["admin1"].iloc[0] if not self.selection.empty else "")
        heading = _("Region (January 2022):")
        head = (f"<p><strong>{html.escape(heading)}</strong> "
                f"{html.escape(place(str(region)))}</p>")
        if not claims.empty:
            view = {
                pgettext("table column", "stated on"): claims["claim_date"].dt.strftime("%Y-%m-%d"),
                pgettext("table column", "measure"): [_term(m) for m in claims["measure"]],
                pgettext("table column", "figure as reported"): claims["value_text"],
                pgettext("table column", "claimant"): claims["claimant"],
                pgettext("table column", "status"): [_term(s) for s in claims["status"]],
            }
            heading = _("Figures stated about this place")
            head += f"<p><strong>{html.escape(heading)}</strong></p>" + _html_table(view)
        return head + _events_table(self.selection, self.publishers)


def place_explorer(place: str | None = None) -> Explorer:
    """One place's story: its events by day, its region, and the figures stated about it.

    Examples
    --------
    >>> explorer = place_explorer("Zhanaozen")
    >>> set(explorer.selection["location"])
    {'Zhanaozen'}
    """
    events, claims = load_events(), load_claims()
    if place is not None:
        place = lookup(place)["name"]
        if place not in set(events["location"]):
            raise ValueError(_("no events are recorded at {place}; choose one of the places in "
                               "kzlib.load_events()['location'].").format(place=repr(place)))
    return _started(_Place(events, claims, place))


def _started(explorer: Explorer) -> Explorer:
    """Draw an explorer's first picture, once it is completely built."""
    explorer.update()
    return explorer

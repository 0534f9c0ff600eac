"""What a figure remembers between drawings: an explicit record kept beside each figure and axes.

An explorer redraws the same figure on every move of a slider. To keep that close to the cost of
drawing the figure at all, the chart functions remove only what changes — the data artists they
registered, the legend — and move the scatters they made instead of making new ones. That memory
lives here, in an :class:`AxesRecord` per axes and a :class:`FigureRecord` per figure, looked up
by the matplotlib object (and dropped with it); nothing is written onto matplotlib's objects.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import extra_needed

try:
    import matplotlib as mpl
    from matplotlib.axes import Axes
    from matplotlib.collections import PathCollection
    from matplotlib.figure import Figure
    from matplotlib.legend import Legend
    from matplotlib.lines import Line2D
    from matplotlib.text import Text
except ImportError as exc:  # the data core alone was installed
    raise extra_needed("kzlib's figures (kzlib.plots)", "matplotlib") from exc

from ..core.i18n import gettext as _
from .fit import SOURCE_LINE_AT, SOURCE_LINE_GID
from .style import SOURCE_LINE

__all__ = ["AxesRecord", "FigureRecord", "summary", "reset", "keep", "points", "legend",
           "hide_legend", "section", "empty", "finish"]


@dataclass
class AxesRecord:
    """What one axes holds from its last drawing."""

    kind: str | None = None  #: which chart was drawn ('timeline', 'map', ...)
    dynamic: list[Any] = field(default_factory=list)  #: artists the next redraw removes
    points: dict[str, PathCollection] = field(default_factory=dict)  #: scatters it moves
    empty: bool = True  #: True if it shows a "nothing to show" message (or nothing yet)
    legends: dict[Any, Legend] = field(default_factory=dict)  #: legends drawn, to show again


@dataclass
class FigureRecord:
    """What one figure carries beside its drawing."""

    summary: str = ""  #: one sentence saying what the figure shows (alt text)
    source: Text | None = None  #: the source line at its foot


#: How many legends an axes keeps to show again (an explorer's selections need a few).
_LEGENDS_KEPT = 12

_AXES: weakref.WeakKeyDictionary[Axes, AxesRecord] = weakref.WeakKeyDictionary()
_FIGURES: weakref.WeakKeyDictionary[Figure, FigureRecord] = weakref.WeakKeyDictionary()


def _axes(ax: Axes) -> AxesRecord:
    return _AXES.setdefault(ax, AxesRecord())


def _figure(fig: Figure) -> FigureRecord:
    return _FIGURES.setdefault(fig, FigureRecord())


def summary(fig: Figure) -> str:
    """The one-sentence text summary of a kzlib figure: what it shows, for readers who cannot
    see it (the site uses it as alt text). Print it under every figure.

    Examples
    --------
    >>> import kzlib
    >>> fig = kzlib.plots.timeline(kzlib.load_events(start="2022-01-02", end="2022-01-10"))
    >>> summary(fig).startswith("A bar chart of ")
    True
    """
    if not isinstance(fig, Figure):
        raise TypeError(_("summary() takes a figure made by kzlib.plots, not {type}.").format(
            type=type(fig).__name__))
    record = _FIGURES.get(fig)
    if record is None or not record.summary:
        raise ValueError(_("this figure was not made by kzlib.plots, so it has no summary; write "
                           "a sentence that says what it shows yourself."))
    return record.summary


def reset(ax: Axes, kind: str) -> bool:
    """Prepare ``ax`` for drawing chart ``kind``; True if it was cleared.

    Redrawing the same kind of chart on the same axes removes only what changes — the artists
    registered with :func:`keep` — empties the scatters kept by :func:`points`, and keeps the
    axes, their ticks and static parts such as the map outline.

    Examples
    --------
    >>> import matplotlib.figure
    >>> ax = matplotlib.figure.Figure().add_subplot()
    >>> reset(ax, "timeline"), reset(ax, "timeline"), reset(ax, "map")
    (True, False, True)
    """
    record = _axes(ax)
    if record.kind == kind and not record.empty:
        for artist in record.dynamic:
            artist.remove()
        record.dynamic = []
        for scatter in record.points.values():  # emptied, kept for the new points
            scatter.set_offsets(np.empty((0, 2)))
        return False
    ax.clear()
    _AXES[ax] = AxesRecord(kind=kind, empty=False)
    return True


def keep(ax: Axes, artist: Any) -> Any:
    """Register a data artist so that the next redraw of the same kind removes it.

    Examples
    --------
    >>> import matplotlib.figure
    >>> ax = matplotlib.figure.Figure().add_subplot()
    >>> _ = reset(ax, "demo"); line = keep(ax, ax.axhline(1))
    >>> _ = reset(ax, "demo"); line in ax.lines
    False
    """
    _axes(ax).dynamic.append(artist)
    return artist


def points(ax: Axes, key: str, x: Any, y: Any, **kwargs: Any) -> PathCollection:
    """A scatter of (x, y) that a redraw of the same chart moves instead of making anew.

    Creating a scatter costs a few milliseconds, a good part of an explorer's update beyond the
    drawing itself; the same collection is kept (under ``key``) and given the new points.
    Between redraws only ``c=`` (a colour per point), ``edgecolors=`` (an edge colour per point,
    e.g. for hollow markers) and ``s=`` (sizes) may change.

    Examples
    --------
    >>> import matplotlib.figure
    >>> ax = matplotlib.figure.Figure().add_subplot()
    >>> _ = reset(ax, "demo"); first = points(ax, "p", [1, 2], [3, 4])
    >>> _ = reset(ax, "demo"); points(ax, "p", [5], [6]) is first
    True
    """
    record = _axes(ax)
    scatter = record.points.get(key)
    if scatter is None or scatter.axes is not ax:  # first drawing, or the axes were cleared
        scatter = ax.scatter(x, y, **kwargs)
        if "c" in kwargs:  # colours, never values to colour-map (an empty c= looks like those)
            scatter.set_array(None)
            scatter.set_facecolor(kwargs["c"])
        record.points[key] = scatter
        return scatter
    scatter.set_offsets(np.column_stack([x, y]))
    if "c" in kwargs:
        scatter.set_facecolor(kwargs["c"])
    if "edgecolors" in kwargs:
        scatter.set_edgecolor(kwargs["edgecolors"])
    if "s" in kwargs:
        scatter.set_sizes(np.atleast_1d(kwargs["s"]))
    return scatter


def legend(ax: Axes, handles: Any = None, labels: Any = None, *, headers: Any = (),
           key: Any = None, **kwargs: Any) -> None:
    """Draw the legend, or show again one drawn before that would say the same thing.

    A new legend means new text to lay out and render, a large part of a redraw's cost, so each
    legend drawn on these axes is kept (until they are cleared) and shown again, unchanged, when
    a redraw asks for the same entries: an explorer moving between two selections builds each
    legend once. ``headers`` are labels that head a section of the legend (set in bold, e.g. the
    entries of :func:`section`); ``key`` is anything else the legend's look depends on (marker
    sizes, say): a legend asked for with another key, or in another style, is drawn anew.
    ``handles`` may be a function that makes them, called only when a legend is drawn anew
    (``labels`` are then needed).

    Examples
    --------
    >>> import matplotlib.figure
    >>> ax = matplotlib.figure.Figure().add_subplot()
    >>> _ = ax.plot([1], label="a"); legend(ax); first = ax.get_legend()
    >>> legend(ax); ax.get_legend() is first
    True
    """
    if handles is None:
        handles, labels = ax.get_legend_handles_labels()
    labels = list(labels) if labels is not None else [h.get_label() for h in handles]
    ident = (tuple(labels), key, repr(sorted(kwargs.items())), mpl.rcParams["font.size"],
             mpl.rcParams["legend.fontsize"])
    record = _axes(ax)
    old = ax.get_legend()
    kept = record.legends.get(ident)
    if old is not None and old is kept:
        return
    if old is not None and all(old is not drawn for drawn in record.legends.values()):
        old.remove()  # not one of ours (a reader's own legend): it goes
    if kept is not None:
        ax.legend_ = kept  # the axes' one legend, as Axes.legend itself sets it
        ax.stale = True
        return
    new = ax.legend(handles() if callable(handles) else handles, labels, **kwargs)
    for text in new.get_texts():
        if text.get_text() in headers:
            text.set_fontweight("bold")
    if len(record.legends) >= _LEGENDS_KEPT:
        record.legends.pop(next(iter(record.legends)))
    record.legends[ident] = new


def hide_legend(ax: Axes) -> None:
    """Take the legend away (nothing drawn needs a key), keeping it for a later redraw.

    Examples
    --------
    >>> import matplotlib.figure
    >>> ax = matplotlib.figure.Figure().add_subplot()
    >>> _ = ax.plot([1], label="a"); legend(ax); hide_legend(ax); ax.get_legend() is None
    True
    """
    old = ax.get_legend()
    if old is None:
        return
    if any(old is drawn for drawn in _axes(ax).legends.values()):
        ax.legend_ = None
        ax.stale = True
    else:
        old.remove()


def section(title: str, handles: list[Any]) -> list[Any]:
    """Legend handles headed by ``title``: one legend can then explain several encodings
    (colour, marker, size), each under its own heading (pass the titles as ``headers=`` to
    :func:`legend`).

    Examples
    --------
    >>> from matplotlib.lines import Line2D
    >>> [h.get_label() for h in section("Marker: status", [Line2D([], [], label="retracted")])]
    ['Marker: status', 'retracted']
    """
    head = Line2D([], [], linestyle="none", marker="none", label=title)
    return [head, *handles]


def empty(ax: Axes, message: str) -> None:
    """Show ``message`` instead of a chart (an empty selection), with no ticks or grid.

    Examples
    --------
    >>> import matplotlib.figure
    >>> ax = matplotlib.figure.Figure().add_subplot()
    >>> empty(ax, "No events match this selection"); ax.texts[0].get_text()
    'No events match this selection'
    """
    _axes(ax).empty = True
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize="large",
            color="#444444")


def finish(fig: Figure, text: str, source: str | None = None) -> Figure:
    """Add (or, on a redraw, update) the source line (by default :data:`.style.SOURCE_LINE`, in
    the chosen language), and record the text summary.

    Examples
    --------
    >>> import matplotlib.figure
    >>> fig = finish(matplotlib.figure.Figure(), "An empty figure.")
    >>> summary(fig)
    'An empty figure.'
    """
    record = _figure(fig)
    if source is None:
        source = _(SOURCE_LINE)
    if record.source is None:
        record.source = fig.text(*SOURCE_LINE_AT, source, color="#444444", ha="left",
                                 va="bottom", fontsize=max(8, mpl.rcParams["font.size"] - 3),
                                 gid=SOURCE_LINE_GID)
    else:
        record.source.set_text(source)
    record.summary = text
    return fig

"""Text that fits: titles wrapped to the figure's width, and place labels that do not overlap.

A title that runs off the canvas is cut, and a cut title can say the opposite of the whole one;
:func:`fit_title` measures the title with the figure's own renderer and breaks it into lines that
fit (two at most, at a slightly smaller size if need be), never cutting it. On a map, names printed
on top of each other are unreadable; :func:`place_labels` labels the biggest places first and, at
drawing time (when the layout is final), moves or leaves out a label that would overlap another.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from . import extra_needed

try:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.figure import Figure
    from matplotlib.layout_engine import ConstrainedLayoutEngine
    from matplotlib.text import Annotation, Text
    from matplotlib.transforms import Bbox
except ImportError as exc:  # the data core alone was installed
    raise extra_needed("kzlib's figures (kzlib.plots)", "matplotlib") from exc

__all__ = ["fit_title", "FittingLayout", "place_labels", "renderer", "TITLE_LINES", "SMALLEST_TITLE",
           "SOURCE_LINE_GID", "fit_source_line"]

#: The most lines a title is broken into while it can still shrink to fit.
TITLE_LINES = 2
#: How far a title may shrink (a share of the style's title size) to fit in TITLE_LINES lines.
SMALLEST_TITLE = 0.8
#: Room kept free between a title and the figure's edges (a share of the figure's width).
_MARGIN = 0.02
#: The ``gid`` of a figure's source line (see :func:`fit_source_line`).
SOURCE_LINE_GID = "kzlib-source-line"
#: Where the source line sits: its left and bottom edge, shares of the figure's width and height.
SOURCE_LINE_AT = (0.01, 0.01)


def renderer(fig: Figure) -> Any:
    """The renderer the figure draws with (Agg in notebooks and explorers), or an Agg one of the
    same size: what text is measured with.

    Examples
    --------
    >>> import matplotlib.figure
    >>> renderer(matplotlib.figure.Figure(dpi=100)).dpi
    100
    """
    canvas = fig.canvas
    get = getattr(canvas, "get_renderer", None)
    if get is not None:
        return get()
    width, height = fig.bbox.size
    return RendererAgg(int(width), int(height), fig.dpi)


def _wrap(text: str, measure: Any, room: float) -> list[str]:
    """Break ``text`` into lines no wider than ``room``; line breaks already in it are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and measure(candidate) > room:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def _balanced(text: str, measure: Any, room: float) -> list[str]:
    """The fewest lines that fit ``room``, made as even as they can be (no long line above a
    single word)."""
    lines = _wrap(text, measure, room)
    low, high = 0.0, room
    for _ in range(12):  # the narrowest room that still needs no more lines
        middle = (low + high) / 2
        if len(_wrap(text, measure, middle)) <= len(lines):
            high = middle
        else:
            low = middle
    return _wrap(text, measure, high)


@dataclass
class _Title:
    """A title as its author wrote it, and how it was last fitted."""

    text: str
    kwargs: dict[str, Any]
    size: float  #: the style's title size, before any shrinking
    shown: str = ""  #: what was set on the axes
    width: float = 0.0  #: the figure's width (pixels) it was wrapped for
    half: float = 0.0  #: half its widest line, as a share of the figure's width


_TITLES: weakref.WeakKeyDictionary[Axes, _Title] = weakref.WeakKeyDictionary()


def _fit(ax: Axes, record: _Title) -> None:
    """Wrap the title to the figure's width (see :func:`fit_title`)."""
    fig = ax.get_figure(root=True)
    assert isinstance(fig, Figure), "an axes being titled belongs to a figure"
    width = fig.bbox.width
    room = width * (1 - 2 * _MARGIN)  # pixels, as the renderer measures
    measurer = renderer(fig)
    prop = ax.title.get_fontproperties().copy()
    prop.set_size(record.size)

    widths: dict[tuple[str, float], float] = {}

    def measure(line: str) -> float:
        key = (line, prop.get_size_in_points())
        if key not in widths:
            widths[key] = measurer.get_text_width_height_descent(line, prop, ismath=False)[0]
        return widths[key]

    size = record.size
    lines = record.text.split("\n")
    if not all(measure(line) <= room for line in lines):
        while True:
            lines = _balanced(record.text, measure, room)
            if len(lines) <= TITLE_LINES or size <= record.size * SMALLEST_TITLE + 1e-9:
                break
            size = max(record.size * SMALLEST_TITLE, size * 0.92)
            prop.set_size(size)
    record.shown, record.width = "\n".join(lines), width
    record.half = max(measure(line) for line in lines) / width / 2
    ax.set_title(record.shown, fontsize=size, **record.kwargs)


def _place(ax: Axes, record: _Title) -> bool:
    """Centre the title over the axes, or as near as it can be without leaving the figure
    (over long tick labels, say); True if it moved."""
    box = ax.get_position()
    if "loc" in record.kwargs or box.width <= 0:  # placed by its author: left where asked
        return False
    centre = (box.x0 + box.x1) / 2
    low, high = _MARGIN + record.half, 1 - _MARGIN - record.half
    x = ((0.5 if low > high else min(max(centre, low), high)) - box.x0) / box.width
    moved = abs(ax.title.get_position()[0] - x) * box.width > 0.001
    if moved:
        ax.title.set_x(x)
    return moved


def fit_title(ax: Axes, title: str, **kwargs: Any) -> str:
    """Set ``title`` on ``ax``, broken into lines that fit the figure's width; return what was set.

    The title is measured with the figure's renderer. If it is too wide it is wrapped at spaces
    into even lines; if that takes more than :data:`TITLE_LINES` lines, the font shrinks (down to
    :data:`SMALLEST_TITLE` of its size) until it fits in that many, and only a title still too
    long after that takes more lines. Nothing is ever cut off. Line breaks you wrote are kept.
    A title is centred over its axes, unless that would push it off the figure (axes moved right
    by long tick labels): then it moves just enough to stay on it. Other keywords (``pad=``, say)
    go to ``ax.set_title``. On a figure laid out by :class:`FittingLayout` (every kzlib figure)
    the title is placed again, if need be, once the layout has placed the axes.

    Examples
    --------
    >>> import matplotlib.figure
    >>> ax = matplotlib.figure.Figure(figsize=(4, 3)).add_subplot()
    >>> fit_title(ax, "Short")
    'Short'
    >>> print(fit_title(ax, "A much longer title that states a finding in a few more words"))
    A much longer title that states
    a finding in a few more words
    """
    ax.set_title(title, **kwargs)
    size = ax.title.get_fontproperties().get_size_in_points()
    record = _TITLES[ax] = _Title(title, kwargs, size)
    _fit(ax, record)
    _place(ax, record)
    return record.shown


def _refit(fig: Figure) -> bool:
    """Place again each title whose axes the layout moved (and wrap it again if the figure's
    width changed); True if any title moved."""
    moved = False
    for ax in fig.axes:
        record = _TITLES.get(ax)
        if record is None or ax.get_title() != record.shown:  # not ours, or retitled since
            continue
        if abs(fig.bbox.width - record.width) > 0.5:
            before = record.shown
            _fit(ax, record)
            moved |= record.shown != before
        moved |= _place(ax, record)
    return moved


_SOURCES: weakref.WeakKeyDictionary[Text, str] = weakref.WeakKeyDictionary()


def fit_source_line(fig: Figure) -> float:
    """Break the figure's source line (the text whose gid is :data:`SOURCE_LINE_GID`) into lines
    that fit the figure's width, and return the share of the figure's height it takes up (0.0
    without one). A translated source line runs longer than the English; it is broken, never cut.

    Examples
    --------
    >>> import matplotlib.figure
    >>> fig = matplotlib.figure.Figure(figsize=(3, 2))
    >>> line = fig.text(0.01, 0.01, "Source: a long line of words " * 3, gid=SOURCE_LINE_GID)
    >>> share = fit_source_line(fig); line.get_text().count("\\n") >= 1, 0 < share < 0.5
    (True, True)
    """
    line = next((t for t in fig.texts if t.get_gid() == SOURCE_LINE_GID), None)
    if line is None:
        return 0.0
    text = line.get_text()
    if _SOURCES.get(line, "").replace("\n", " ") != text.replace("\n", " "):
        _SOURCES[line] = text  # set anew since it was last fitted
    words = _SOURCES[line]
    measurer = renderer(fig)
    prop = line.get_fontproperties()

    def measure(part: str) -> float:
        return measurer.get_text_width_height_descent(part, prop, ismath=False)[0]

    room = fig.bbox.width * (1 - 2 * SOURCE_LINE_AT[0])
    line.set_text("\n".join(_wrap(words, measure, room)))
    height = line.get_window_extent(measurer).height
    return float((height + 2 * SOURCE_LINE_AT[1] * fig.bbox.height) / fig.bbox.height)


class FittingLayout(ConstrainedLayoutEngine):
    """Matplotlib's constrained layout, then titles placed where it put the axes.

    A title is first fitted (:func:`fit_title`) where the axes stand before the layout; if the
    layout moves them (long tick labels on the left, a legend on the right), the title is placed
    again and, if it moved, the layout is run once more.

    Examples
    --------
    >>> import matplotlib.figure
    >>> fig = matplotlib.figure.Figure(layout=FittingLayout())
    >>> isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine)
    True
    """

    def execute(self, fig: Any) -> Any:
        bottom = fit_source_line(fig)
        if bottom:  # the axes stand above the source line, however many lines it took
            self.set(rect=(0, bottom, 1, 1 - bottom))
        info = super().execute(fig)
        if _refit(fig):
            info = super().execute(fig)
        return info


# --- place labels --------------------------------------------------------------------------------


#: Where a label may sit beside its point, in the order tried: (x, y direction, ha, va).
_SPOTS: tuple[tuple[int, int, Literal["left", "center", "right"], Literal["bottom", "top"]],
              ...] = (
    (1, 1, "left", "bottom"), (1, -1, "left", "top"), (0, 1, "center", "bottom"),
    (0, -1, "center", "top"), (-1, 1, "right", "bottom"), (-1, -1, "right", "top"))


class _Placer(Artist):
    """Decides, when the axes draw (after the layout is final), which labels show and where.

    It draws nothing itself; it runs just before the labels (a lower zorder) and hides a label
    that would overlap a label already placed, a text it must avoid, another point's marker, or
    the axes' edge.
    """

    def __init__(self, labels: list[tuple[Annotation, float]], avoid: Sequence[Text],
                 marks: Sequence[tuple[float, float, float]]):
        super().__init__()
        self.labels = labels
        self.avoid = list(avoid)
        self.marks = list(marks)
        self.set_zorder(min((a.get_zorder() for a, _ in labels), default=4) - 0.01)
        self.set_in_layout(False)

    def draw(self, renderer: Any) -> None:
        if not self.get_visible() or self.axes is None:
            return
        frame = self.axes.bbox
        to_pixels = self.axes.transData.transform
        taken: list[Bbox] = [t.get_window_extent(renderer) for t in self.avoid
                             if t.get_visible() and t.get_text()]
        marks = [(to_pixels((x, y)), renderer.points_to_pixels(r)) for x, y, r in self.marks]
        for label, gap in self.labels:
            label.set_visible(True)  # a hidden text measures as nothing
            shown = False
            here = to_pixels(label.xy)
            if not frame.contains(*here):
                label.set_visible(False)  # a point outside the view: no label
                continue
            # other points' markers; not those inside this point's own (a city's sites)
            own = renderer.points_to_pixels(gap)
            others = [Bbox.from_extents(x - r, y - r, x + r, y + r) for (x, y), r in marks
                      if (x - here[0]) ** 2 + (y - here[1]) ** 2 > own ** 2]
            for dx, dy, ha, va in _SPOTS:
                label.xyann = (dx * gap, dy * gap)
                label.set_horizontalalignment(ha)
                label.set_verticalalignment(va)
                box = label.get_window_extent(renderer)
                if (box.x0 >= frame.x0 and box.x1 <= frame.x1 and box.y0 >= frame.y0
                        and box.y1 <= frame.y1 and not any(box.overlaps(t) for t in taken)
                        and not any(box.overlaps(m) for m in others)):
                    taken.append(box)
                    shown = True
                    break
            label.set_visible(shown)
        self.stale = False


def place_labels(ax: Axes, names: Sequence[str], xs: Sequence[float], ys: Sequence[float], *,
                 gaps: Sequence[float] | None = None, avoid: Sequence[Text] = (),
                 marks: Sequence[tuple[float, float, float]] = (), **text: Any) -> list[Artist]:
    """Label points in priority order (most important first) without overlapping labels.

    Each label goes beside its point, ``gaps`` points away (e.g. a marker's radius), at the first
    of six spots (upper right, lower right, above, below, upper left, lower left) where it
    overlaps no label placed before it, no text in ``avoid``, no marker in ``marks`` (x, y and
    radius in points) other than its own and those inside it, and does not cross the axes' edge;
    a label with no such spot is left out. The choice is made whenever the figure is drawn, so it holds at any
    size. Returns the labels and the artist that places them (remove them all to take the labels
    away).

    Examples
    --------
    >>> import matplotlib.figure
    >>> fig = matplotlib.figure.Figure(); ax = fig.add_subplot()
    >>> _ = ax.set(xlim=(0, 10), ylim=(0, 10))
    >>> artists = place_labels(ax, ["Here", "There", "Edge"], [5, 5, 9.9], [5, 5, 5])
    >>> fig.draw_without_rendering()
    >>> [(a.get_text(), a.get_horizontalalignment(), a.get_verticalalignment())
    ...  for a in artists[:-1]]  # the second moves below the first; the third, off the edge
    [('Here', 'left', 'bottom'), ('There', 'left', 'top'), ('Edge', 'right', 'bottom')]
    """
    gaps = [6.0] * len(names) if gaps is None else list(gaps)
    labels = []
    for name, x, y, gap in zip(names, xs, ys, gaps, strict=True):
        label = ax.annotate(name, (x, y), xytext=(gap, gap), textcoords="offset points", **text)
        label.set_in_layout(False)  # placed inside the axes; the layout need not make room
        labels.append((label, gap))
    placer = _Placer(labels, avoid, marks)
    ax.add_artist(placer)
    return [label for label, _ in labels] + [placer]

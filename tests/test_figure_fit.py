"""Figures that cannot mislead by what they cut off: every text a figure draws (title, tick labels,
legend, annotations, the source line) lies on the canvas, in both styles, for every kind of figure,
for the explorers' figures, and for the title of every figure in the lessons.

The check watches the figure being drawn (each text's extent as the renderer draws it), so it sees
what a reader sees; the tests at the end prove it fails on a doctored figure.
"""

from __future__ import annotations

import ast
import gettext
import json
import math
import re
import sys
import warnings
from pathlib import Path
from unittest import mock

import matplotlib
import pandas as pd
import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.text import Text  # noqa: E402

import kzlib  # noqa: E402
from kzlib import explore, plots  # noqa: E402
from kzlib.core import i18n  # noqa: E402
from kzlib.teaching import fit  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("timeline", "event_map", "claims_over_time", "contingents", "bar_chart")
#: What stands in for the part of a title that a lesson computes (an f-string's {...}).
COMPUTED = "12,345"
TOLERANCE = 1.0  # pixels: anti-aliasing, not a cut


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(params=[False, True], ids=["screen", "projector"])
def projector(request):
    plots.use_style(projector=request.param)
    yield request.param
    plots.use_style(projector=False)


# --- the check ------------------------------------------------------------------------------------


def drawn_texts(fig):
    """Every text the figure draws, with its extent on the canvas, as the renderer draws it."""
    seen = []
    draw = Text.draw

    def watched(self, renderer):
        if self.get_visible() and self.get_text().strip():
            seen.append((self, self.get_window_extent(renderer)))
        return draw(self, renderer)

    with mock.patch.object(Text, "draw", watched):
        fig.canvas.draw()
    return seen


def misfits(fig) -> list[str]:
    """The texts that leave the canvas, or cross the box they are clipped to (and so are cut)."""
    canvas = fig.bbox
    found = []
    for text, box in drawn_texts(fig):
        what = f"{text.get_text()!r} at x {box.x0:.0f}..{box.x1:.0f}, y {box.y0:.0f}..{box.y1:.0f}"
        if (box.x0 < canvas.x0 - TOLERANCE or box.x1 > canvas.x1 + TOLERANCE
                or box.y0 < canvas.y0 - TOLERANCE or box.y1 > canvas.y1 + TOLERANCE):
            found.append(f"{what} leaves the {canvas.width:.0f}x{canvas.height:.0f} canvas")
        clip = text.get_clip_box() if text.get_clip_on() else None
        if clip is not None and (box.x0 < clip.x0 - TOLERANCE or box.x1 > clip.x1 + TOLERANCE
                                 or box.y0 < clip.y0 - TOLERANCE
                                 or box.y1 > clip.y1 + TOLERANCE):
            found.append(f"{what} is cut by its clip box")
    return found


def title_lines(fig) -> int:
    return fig.axes[0].get_title().count("\n") + 1


# --- every kind of figure ---------------------------------------------------------------------------


def _gallery():
    events = kzlib.load_events()
    january = kzlib.load_events(start="2022-01-02", end="2022-01-19")
    claims = kzlib.load_claims()
    kinds = kzlib.load_sources()["kind"].value_counts()
    tolls = pd.Series({"Prosecutor General's Office: the final national figure": 238,
                       "Interior Ministry: attributed to the prosecutor, unconfirmed": 241,
                       "Human rights groups' own count": 188})
    yield "timeline daily", lambda: plots.timeline(january)
    yield "timeline monthly", lambda: plots.timeline(events)
    yield "timeline empty", lambda: plots.timeline(events.iloc[0:0])
    yield "event_map", lambda: plots.event_map(january, label_top=40)
    yield "event_map one day", lambda: plots.event_map(
        kzlib.load_events(start="2022-01-05", end="2022-01-05"))
    yield "event_map empty", lambda: plots.event_map(events.iloc[0:0])
    for measure in ("fatalities", "detentions", "troops", "turnout", "fuel_price"):
        yield f"claims_over_time {measure}", lambda m=measure: plots.claims_over_time(
            claims, m, scope=None)
    yield "claims_over_time national tolls", lambda: plots.claims_over_time(
        claims, "fatalities", subject="all")
    yield "claims_over_time empty", lambda: plots.claims_over_time(claims.iloc[0:0], "fatalities")
    yield "contingents", lambda: plots.contingents(claims)
    yield "contingents countries only", lambda: plots.contingents(
        claims[claims["subject"] != "all_csto"])
    yield "contingents empty", lambda: plots.contingents(claims.iloc[0:0])
    yield "bar_chart", lambda: plots.bar_chart(kinds, title="Kinds of source", xlabel="Sources (count)",
                                               highlight="state_media")
    yield "bar_chart marked", lambda: plots.bar_chart(
        tolls, title="Three national figures that count different things",
        xlabel="Deaths stated (people)", marked=tolls.index[1], marked_label="unconfirmed",
        highlight=tolls.index[0], highlight_label="the final official figure")
    yield "bar_chart empty", lambda: plots.bar_chart(pd.Series(dtype=float), title="Nothing",
                                                     xlabel="Things (count)")


GALLERY = dict(_gallery())


@pytest.mark.parametrize("name", list(GALLERY))
def test_every_text_of_every_figure_is_on_the_canvas(name, projector, longer):
    """As written, and with every library string made longer as a translation runs (``longer``)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = GALLERY[name]()
        assert misfits(fig) == []
    if not longer:  # a longer title may take a line more, at the smallest size it may shrink to
        assert title_lines(fig) <= fit.TITLE_LINES


def _moves():
    """Each explorer, and the control values a student might move it through."""
    yield "timeline", explore.timeline_explorer, [("theme", "csto"), ("event_type", "Riots"),
                                                  ("theme", "(all)"), ("place", "Almaty")]
    yield "map", explore.map_explorer, [("day", pd.Timestamp("2022-01-05")),
                                        ("cumulative", True),
                                        ("day", pd.Timestamp("2022-01-19"))]
    yield "claims", explore.claims_explorer, [("scope", "(all)"), ("measure", "troops"),
                                              ("measure", "detentions"), ("measure", "turnout")]
    yield "place", explore.place_explorer, [("place", "Almaty"), ("place", "Zhanaozen")]


MOVES = {name: (make, moves) for name, make, moves in _moves()}


@pytest.mark.parametrize("name", list(MOVES))
def test_the_explorers_figures_fit_after_every_move(name, projector, longer):
    make, moves = MOVES[name]
    explorer = make()
    assert misfits(explorer.figure) == [], "first picture"
    for control, value in moves:
        explorer.controls[control].value = value
        assert misfits(explorer.figure) == [], f"after {control} = {value!r}"


# --- the lessons' titles ----------------------------------------------------------------------------


def _literal(node: ast.expr) -> str:
    """The literal text of a title: a string, or the written parts of an f-string or a sum of
    strings, with a stand-in for each computed part."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_literal(part) if isinstance(part, ast.Constant) else COMPUTED
                       for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal(node.left) + _literal(node.right)
    return COMPUTED


def _is_plots(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id == "plots") or (
        isinstance(node, ast.Attribute) and node.attr == "plots")


def lesson_titles():
    """(notebook, figure kind, title) for each title= passed to kzlib.plots in a lesson."""
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] != "code":
                continue
            source = "".join(cell["source"])
            lines = [line for line in source.splitlines()
                     if not line.lstrip().startswith(("%", "!"))]  # IPython magics
            try:
                tree = ast.parse("\n".join(lines))
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr in KINDS and _is_plots(node.func.value)):
                    for keyword in node.keywords:
                        if keyword.arg == "title":
                            yield path.stem, node.func.attr, _literal(keyword.value)


LESSON_TITLES = list(lesson_titles())


def test_the_lessons_titles_are_found():
    assert len(LESSON_TITLES) >= 10
    assert {kind for _, kind, _ in LESSON_TITLES} >= {"bar_chart", "claims_over_time"}


def _lesson_figure(kind: str, title: str):
    january = kzlib.load_events(start="2022-01-02", end="2022-01-19")
    claims = kzlib.load_claims()
    if kind == "timeline":
        return plots.timeline(january, title=title)
    if kind == "event_map":
        return plots.event_map(january, title=title, label_top=20)
    if kind == "claims_over_time":
        return plots.claims_over_time(claims, "fatalities", subject="all", title=title)
    if kind == "contingents":
        return plots.contingents(claims, title=title)
    labels = pd.Series({"Prosecutor General's Office: the final national figure": 238,
                        "Interior Ministry: attributed to the prosecutor, unconfirmed": 241})
    return plots.bar_chart(labels, title=title, xlabel="Deaths stated (people)",
                           marked=labels.index[1], highlight=labels.index[0],
                           highlight_label="highlighted")


@pytest.mark.parametrize(("notebook", "kind", "title"), LESSON_TITLES,
                         ids=[f"{nb}-{kind}-{i}" for i, (nb, kind, _) in enumerate(LESSON_TITLES)])
def test_every_lesson_title_fits(notebook, kind, title, projector):
    fig = _lesson_figure(kind, title)
    assert misfits(fig) == [], f"{notebook}: {title!r}"
    assert title_lines(fig) <= fit.TITLE_LINES, (
        f"{notebook}: {title!r} needs more than {fit.TITLE_LINES} lines even at a smaller size: "
        "shorten it")
    shown = fig.axes[0].get_title()
    assert shown.replace("\n", " ").split() == title.replace("\n", " ").split(), "nothing is cut"


# --- proof that the check can fail ------------------------------------------------------------------


def test_the_check_finds_text_placed_off_the_canvas():
    fig = plots.timeline(kzlib.load_events(start="2022-01-02", end="2022-01-10"))
    assert misfits(fig) == []
    fig.text(1.01, 0.5, "off the right edge")
    label = fig.axes[0].annotate("below the bottom", (0.5, -0.6), xycoords="axes fraction")
    label.set_in_layout(False)  # else the layout makes room for it
    found = " ".join(misfits(fig))
    assert "off the right edge" in found and "below the bottom" in found


def test_the_check_finds_clipped_text():
    fig = plots.timeline(kzlib.load_events(start="2022-01-02", end="2022-01-10"))
    fig.axes[0].text(0.98, 0.5, "half inside the axes", transform=fig.axes[0].transAxes,
                     clip_on=True)
    assert any("cut by its clip box" in m for m in misfits(fig))


def test_the_check_finds_a_long_title_when_wrapping_is_switched_off(monkeypatch):
    title = ("A title far longer than any figure is wide, which states its finding at great "
             "length and keeps going well past both edges of the canvas")
    kinds = kzlib.load_sources()["kind"].value_counts()
    fig = plots.bar_chart(kinds, title=title, xlabel="Sources (count)")
    assert misfits(fig) == [] and title_lines(fig) == 2  # wrapped, it fits
    monkeypatch.setattr(plots, "fit_title", lambda ax, text, **kw: ax.set_title(text, **kw))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the layout gives up on a title this wide, and says so
        fig = plots.bar_chart(kinds, title=title, xlabel="Sources (count)")
        found = misfits(fig)
    assert any(title in m and "leaves the" in m for m in found)


# --- translations run longer --------------------------------------------------------------------

sys.path.insert(0, str(ROOT / "tools"))
import translations as T  # noqa: E402

#: How much longer than the English a translation may run (Russian and Kazakh run a fifth or more
#: beyond it), and a harsher margin that the layout must survive too.
LONGER = 0.25
MUCH_LONGER = 0.5
_WORD = re.compile(r"(\{[^}]*\})|([^\W\d_]+)")


def lengthened(text: str, share: float) -> str:
    """Every word of ``text`` longer by ``share`` (with a wide Cyrillic letter), placeholders
    kept: a stand-in for a translation, whose words run longer than the English."""
    return _WORD.sub(lambda m: m.group(1) or m.group(2) + "ы" * math.ceil(len(m.group(2)) * share),
                     text)


def _longer_catalog(tmp_path_factory, share: float) -> gettext.GNUTranslations:
    catalog = Catalog(locale="ru", charset="utf-8")
    for message, context in T.library_messages():
        catalog.add(message, lengthened(message, share), context=context)
    path = tmp_path_factory.mktemp("longer") / "kzlib.mo"
    with path.open("wb") as handle:
        write_mo(handle, catalog)
    with path.open("rb") as handle:
        return gettext.GNUTranslations(handle)


@pytest.fixture(scope="module")
def longer_catalogs(tmp_path_factory):
    return {share: _longer_catalog(tmp_path_factory, share) for share in (LONGER, MUCH_LONGER)}


@pytest.fixture(params=[0, LONGER, MUCH_LONGER], ids=["as written", "25% longer", "50% longer"])
def longer(request, monkeypatch):
    """The library's text as written (0), or Russian as a catalog whose every message is the
    English with each word made longer (for this test only)."""
    if not request.param:
        return 0
    translations = request.getfixturevalue("longer_catalogs")[request.param]
    monkeypatch.setattr(i18n, "_catalog", lambda code: translations if code == "ru"
                        else gettext.NullTranslations())
    monkeypatch.setattr(i18n._Choice, "language", "ru")
    return request.param


def test_lengthened_text_is_longer_and_keeps_its_placeholders():
    assert lengthened("Events per day (count)", LONGER) == "Eventsыы perы dayы (countыы)"
    assert lengthened("{n} events at {places} places", LONGER).count("{") == 2


@pytest.mark.parametrize("longer", [LONGER, MUCH_LONGER], indirect=True,
                         ids=["25% longer", "50% longer"])
def test_a_long_source_line_breaks_and_the_figure_makes_room_for_it(longer):
    plots.use_style(projector=True)
    try:
        fig = plots.event_map(kzlib.load_events(start="2022-01-05", end="2022-01-05"))
        fig.canvas.draw()
        source = next(t for t in fig.texts if t.get_gid() == fit.SOURCE_LINE_GID)
        assert "\n" in source.get_text()  # broken into lines, nothing cut
        assert source.get_text().split() == lengthened(
            "Source: Qantar 2022 data package (kzlib), compiled from cited reports; CC BY 4.0; "
            "outline: Natural Earth", longer).split()
        below = source.get_window_extent().y1
        assert all(ax.get_tightbbox().y0 >= below - TOLERANCE for ax in fig.axes)
    finally:
        plots.use_style(projector=False)

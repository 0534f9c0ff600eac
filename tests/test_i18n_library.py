"""The library speaks three languages: every text a student reads from kzlib's figures, explorers,
``describe()`` and error messages goes through the gettext catalog.

Translators fill the catalogs later; this proves the library asks the catalog for everything now.
A pseudo-translation stands in for them: every message that ``make translations`` extracts
(``tools/translations.library_messages``) becomes "⟪the English⟫" (placeholders kept), compiled to
a ``.mo`` and used as the Russian catalog. Then every figure kind, every explorer (after a few
moves of its controls), ``describe()`` and a range of mistakes are made in Russian, and every
text a reader sees must be marked — or be a number, a date, or a name from the data (the
gazetteer). Anything else is English that no translator could reach, and fails here by name.
"""

from __future__ import annotations

import gettext
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

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
from kzlib.core import i18n, store, text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import translations as T  # noqa: E402

OPEN, CLOSE = "⟪", "⟫"
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
#: What may stand unmarked beside the marked text, and why. Dates: kzlib.core.text writes them
#: in the chosen language itself (its month and weekday names, Russian's 'г.'). Places: a
#: place's name comes from the gazetteer (name_ru, or the name where there is no Russian one).
DATE_WORDS = [*text._RU_GENITIVE, *text._RU_NOMINATIVE, *text._RU_SHORT, *text._RU_MONTH_ABBR,
              *text._WEEKDAYS["ru"], "г."]


@pytest.fixture(scope="module")
def pseudo(tmp_path_factory):
    """Russian, as a catalog whose every translation is the English message marked ⟪...⟫."""
    catalog = Catalog(locale="ru", charset="utf-8")
    for message, context in T.library_messages():
        catalog.add(message, OPEN + message + CLOSE, context=context)
    path = tmp_path_factory.mktemp("pseudo") / "kzlib.mo"
    with path.open("wb") as handle:
        write_mo(handle, catalog)
    with path.open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(i18n, "_catalog", lambda code: translations if code == "ru"
                      else gettext.NullTranslations())
        patch.setattr(i18n._Choice, "language", "ru")
        yield translations
    i18n._catalog.cache_clear()
    plt.close("all")


def _names() -> list[str]:
    places = store.parsed("places")
    names = {*places["name"].dropna(), *places["name_ru"].dropna()}
    return sorted((n for n in names if n), key=len, reverse=True)


NAMES = _names()


def unreached(shown: str) -> str:
    """What is left of a text once marked (translated) parts, dates, place names, numbers and
    punctuation are taken out: '' if everything a reader sees came through the catalog."""
    rest = shown
    while MARKED.search(rest):
        rest = MARKED.sub("", rest)
    for word in [*NAMES, *sorted(DATE_WORDS, key=len, reverse=True)]:
        rest = rest.replace(word, " ")
    return rest if re.search(r"[^\W\d_]", rest) else ""


def untranslated(texts) -> list[str]:
    return [t for t in texts if isinstance(t, str) and unreached(t)]


# --- what a reader sees -------------------------------------------------------------------------


def figure_texts(fig) -> list[str]:
    """Every text of a figure (titles, labels, legends, annotations, non-numeric tick labels, the
    source line) and its text summary, as drawn."""
    fig.canvas.draw()
    found = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        found += [ax.get_title(loc) for loc in ("left", "center", "right")]
        found += [ax.get_xlabel(), ax.get_ylabel()]
        found += [t.get_text() for t in ax.texts]
        found += [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()]
        found += [ax.xaxis.get_offset_text().get_text(), ax.yaxis.get_offset_text().get_text()]
        legend = ax.get_legend()
        if legend is not None:
            found += [legend.get_title().get_text(), *(t.get_text() for t in legend.get_texts())]
    return [*found, plots.summary(fig)]


class _Shown(HTMLParser):
    """The text of an explorer's HTML outside the table's cells (headings, messages, column
    names; the cells are data: notes, claimants, sources)."""

    def __init__(self):
        super().__init__()
        self.texts: list[str] = []
        self.in_cell = 0

    def handle_starttag(self, tag, attrs):
        self.in_cell += tag == "td"

    def handle_endtag(self, tag):
        self.in_cell -= tag == "td"

    def handle_data(self, data):
        if not self.in_cell and data.strip():
            self.texts.append(data)


def html_texts(markup: str) -> list[str]:
    parser = _Shown()
    parser.feed(markup)
    return parser.texts


def explorer_texts(explorer) -> list[str]:
    """What an explorer shows: its controls' names and menu entries, its heading and message,
    the summary under its figure, its table's headings and notes, its figure, and its text
    stand-in (repr)."""
    found = [repr(explorer)]
    for control in [*explorer.controls.values(), getattr(explorer, "play", None)]:
        if control is None:
            continue
        found.append(control.description)
        found += list(getattr(control, "_options_labels", ()))
    for part in (explorer.children[0], explorer.message, explorer.summary, explorer.table):
        found += html_texts(part.value)
    return found + figure_texts(explorer.figure)


# --- the figures --------------------------------------------------------------------------------


def figures():
    """Every kind of figure kzlib.plots draws, with empty and redrawn cases. A caller's own words
    (a bar chart's title, say) come from the lesson's catalog: here they come marked."""
    events, claims = kzlib.load_events(), kzlib.load_claims()
    january = kzlib.load_events(start="2022-01-02", end="2022-01-19")
    kinds = kzlib.load_sources()["kind"].value_counts()
    yield "timeline", plots.timeline(january)
    yield "timeline over years", plots.timeline(events)
    yield "empty timeline", plots.timeline(january.iloc[0:0])
    yield "map", plots.event_map(january)
    yield "empty map", plots.event_map(january.iloc[0:0])
    yield "claims", plots.claims_over_time(claims, "fatalities")
    yield "claims, one subject", plots.claims_over_time(claims, "fatalities",
                                                        subject="security_forces")
    yield "claims, every scope", plots.claims_over_time(claims, "detentions", scope=None)
    yield "claims, none", plots.claims_over_time(claims, "fatalities", subject="children",
                                                 scope="event")
    yield "claims, statements", plots.claims_over_time(claims, "interpretation")
    yield "claims, several units", plots.claims_over_time(claims, "damage", scope=None)
    yield "contingents", plots.contingents(claims)
    yield "contingents, countries", plots.contingents(claims[claims["subject"] != "all_csto"])
    yield "contingents, none", plots.contingents(claims.iloc[0:0])
    yield "bar chart", plots.bar_chart(kinds, title="⟪Kinds⟫", xlabel="⟪Sources (count)⟫",
                                       highlight="state_media", highlight_label="⟪state⟫",
                                       marked="ngo")
    places = events["location"].value_counts().head(5)
    yield "bar chart of places", plots.bar_chart(places, title="⟪Places⟫",
                                                 xlabel="⟪Events (count)⟫")
    yield "empty bar chart", plots.bar_chart(kinds.iloc[0:0], title="⟪Kinds⟫",
                                             xlabel="⟪Sources (count)⟫")
    fig, ax = plots.new_figure()
    for day in ("2022-01-04", "2022-01-05", "2022-01-20"):
        plots.event_map(january[january["event_date"] <= day], ax=ax)
    yield "map, redrawn", fig


def test_every_text_of_every_figure_comes_from_the_catalog(pseudo):
    problems = []
    for name, fig in figures():
        problems += [f"{name}: {t!r}" for t in untranslated(figure_texts(fig))]
        plt.close(fig)
    assert problems == [], "\n".join(problems)


def test_dates_on_axes_are_written_in_the_chosen_language(pseudo):
    for start, end in (("2021-12-01", "2022-03-31"), ("2022-01-02", "2022-01-19")):
        fig = plots.timeline(kzlib.load_events(start=start, end=end))
        fig.canvas.draw()
        axis = fig.axes[0].xaxis
        ticks = [t.get_text() for t in axis.get_ticklabels()] + [axis.get_offset_text().get_text()]
        assert any(word in tick for tick in ticks for word in text._RU_MONTH_ABBR), ticks
        assert not any(re.search("[A-Za-z]", tick) for tick in ticks), ticks
        plt.close(fig)


def test_numbers_are_grouped_the_language_s_way(pseudo):
    """'5,135' reads as five point one three five in Russian and Kazakh: their figures group
    thousands with a no-break space. Damage claims run to billions of tenge."""
    claims = kzlib.load_claims()
    damage = claims[(claims["measure"] == "damage") & (claims["unit"] == "KZT")]
    fig = plots.claims_over_time(damage, "damage")
    fig.canvas.draw()
    texts = [t.get_text() for t in fig.findobj(Text)] + [plots.summary(fig)]
    assert any("\u00a0000\u00a0000" in t for t in texts), texts
    assert not any(re.search(r"\d,\d{3}", t) for t in texts), [
        t for t in texts if re.search(r"\d,\d{3}", t)]
    plt.close(fig)
    assert text.number(2.5, ",.4g") == "2,5"


# --- the explorers ------------------------------------------------------------------------------


def explorers():
    timeline = explore.timeline_explorer()
    yield "timeline", timeline
    timeline.controls["theme"].value = "csto"
    timeline.controls["event_type"].value = "Riots"  # no CSTO riots: the empty message
    yield "timeline, empty", timeline
    timeline.controls["event_type"].value = "(all)"
    timeline.controls["place"].value = "Almaty"
    yield "timeline, Almaty", timeline
    timeline.controls["period"].value = "zhanaozen"
    yield "timeline, December 2011", timeline
    timeline.controls["dates"].value = timeline.controls["dates"].options[3][1], \
        timeline.controls["dates"].options[40][1]
    yield "timeline, the slider's own dates", timeline
    days = explore.map_explorer()
    yield "map", days
    days.controls["day"].value = pd.Timestamp("2022-01-05")
    days.controls["cumulative"].value = True
    yield "map, up to 5 January", days
    yield "map, a day without events", explore.map_explorer(start="2022-02-01", end="2022-02-03")
    claims = explore.claims_explorer()
    yield "claims", claims
    claims.controls["measure"].value = "troops"
    claims.controls["subject"].value = "all_csto"
    claims.controls["scope"].value = "(all)"
    yield "claims, troops", claims
    claims.controls["scope"].value = "event"
    yield "claims, empty", claims
    claims.controls["measure"].value = "account"
    yield "claims, statements", claims
    claims.controls["scope"].value = "(all)"
    claims.controls["measure"].value = "equipment"
    yield "claims, in two units", claims
    claims.controls["measure"].value = "fuel_price"
    yield "claims, one figure in another unit", claims
    place = explore.place_explorer("Zhanaozen")
    yield "place", place
    place.controls["place"].value = "Almaty"
    yield "place, Almaty", place


def test_every_text_of_every_explorer_comes_from_the_catalog(pseudo):
    problems = []
    for name, explorer in explorers():
        problems += [f"{name}: {t!r}" for t in untranslated(explorer_texts(explorer))]
    assert problems == [], "\n".join(problems)


def test_menus_show_translated_labels_but_keep_the_codes(pseudo):
    explorer = explore.claims_explorer()
    menu = explorer.controls["measure"]
    assert dict(menu.options)["⟪fatalities⟫"] == "fatalities"
    assert menu.value == "fatalities"
    places = dict(explore.place_explorer("Zhanaozen").controls["place"].options)
    assert places["Жанаозен"] == "Zhanaozen"


# --- describe() and errors ----------------------------------------------------------------------


def test_describe_comes_from_the_catalog(pseudo):
    shown = kzlib.describe("claims")
    assert shown.startswith("⟪⟪Claims⟫ (claims): ")
    assert untranslated(shown.splitlines()) == []


MISTAKES = {
    "unknown dataset": lambda: kzlib.describe("event"),
    "a DataFrame for a name": lambda: kzlib.describe(pd.DataFrame()),
    "a number for a name": lambda: kzlib.schema(3),
    "unknown place": lambda: kzlib.places.lookup("Almatty"),
    "unknown theme": lambda: kzlib.load_events(themes="protests"),
    "unknown measure": lambda: kzlib.load_claims(measures="deaths"),
    "dates the wrong way round": lambda: kzlib.load_events(start="2022-01-19", end="2022-01-02"),
    "not a date": lambda: kzlib.load_events(start="2022-13-01"),
    "a number for a date": lambda: kzlib.load_events(start=5),
    "no names": lambda: kzlib.load_events(themes=[]),
    "unknown event id": lambda: kzlib.cite("KZ-E-9999"),
    "unknown source": lambda: kzlib.cite("nope"),
    "a number for ids": lambda: kzlib.bibliography(5),
    "unknown record": lambda: kzlib.record("KZ-C-9999"),
    "not a date to write": lambda: kzlib.date_text("x"),
    "unknown milestone": lambda: kzlib.milestone("nope"),
    "unknown exercise": lambda: kzlib.check("nope-1", 1),
    "unknown lesson": lambda: kzlib.exercises.questions("nope"),
    "text for a table": lambda: plots.timeline("events"),
    "a table without a column": lambda: plots.timeline(kzlib.load_events()[["event_date"]]),
    "unknown measure to plot": lambda: plots.claims_over_time(kzlib.load_claims(), "deaths"),
    "unknown subject": lambda: plots.claims_over_time(kzlib.load_claims(), "fatalities",
                                                      subject="martians"),
    "a bad number of labels": lambda: plots.event_map(kzlib.load_events(), label_top=-1),
    "a list for a bar chart": lambda: plots.bar_chart([1, 2], title="t", xlabel="x"),
    "an unknown bar": lambda: plots.bar_chart(pd.Series({"a": 1}), title="t", xlabel="x",
                                              marked="b"),
    "an unknown bar order": lambda: plots.bar_chart(pd.Series({"a": 1}), title="t", xlabel="x",
                                                    order="date"),
    "no summary": lambda: plots.summary(plt.figure()),
    "a place without events": lambda: explore.place_explorer("Aktobe Region"),
    "an unreadable date": lambda: kzlib.clean.parse_date("yesterday"),
    "an unreadable figure": lambda: kzlib.clean.parse_figure("many"),
    "an unknown language": lambda: kzlib.set_language("kz"),
}


@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_error_messages_come_from_the_catalog(pseudo, mistake):
    with pytest.raises((TypeError, ValueError)) as err:
        MISTAKES[mistake]()
    assert OPEN in str(err.value) and unreached(str(err.value)) == "", str(err.value)


# --- the check itself ---------------------------------------------------------------------------


def test_the_check_finds_english_that_bypasses_the_catalog(pseudo):
    assert unreached("Events per day") == "Events per day"
    assert unreached("⟪Events per day⟫ (count)") != ""
    assert unreached("⟪⟪Stated figures⟫: ⟪fatalities⟫⟫") == ""
    assert unreached("5 января 2022 г.") == "" and unreached("Жанаозен") == ""
    assert unreached(" 1,234") == ""


# --- place names --------------------------------------------------------------------------------


def test_every_place_the_data_name_has_its_russian_and_kazakh_names():
    """Every place an event or a claim is at has its names in the gazetteer (name_ru, name_kk);
    every region (admin1) is a gazetteer place too, or is in the catalog (context 'place')."""
    places = store.parsed("places").set_index("place_id")
    shown = {*kzlib.load_events()["place_id"], *kzlib.load_claims()["place_id"].dropna()}
    missing = [(places.at[p, "name"], column) for p in sorted(shown)
               for column in ("name_ru", "name_kk")
               if not isinstance(places.at[p, column], str) or not places.at[p, column]]
    assert missing == []
    named = set(places["name"])
    in_catalog = {message for message, context in T.library_messages() if context == "place"}
    regions = set(kzlib.load_events()["admin1"])
    assert regions - named <= in_catalog and regions - named, regions - named


def test_a_region_without_a_gazetteer_row_comes_from_the_catalog(pseudo):
    assert i18n.place("Nur-Sultan") == "⟪Nur-Sultan⟫"
    assert i18n.place("National Security Committee building (Almaty)") == "Здание КНБ (Алматы)"
    assert i18n.place("Atlantis") == "Atlantis"  # not a place: as it is

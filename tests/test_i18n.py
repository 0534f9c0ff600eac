"""The library's language switch: dates, vocabulary labels and place names follow
kzlib.set_language / KZLIB_LANG; an unknown language is refused with the choices."""

from __future__ import annotations

import datetime as dt

import pytest

import kzlib
from kzlib.core import i18n, text

DAY = dt.date(2022, 1, 5)


@pytest.fixture(autouse=True)
def english_again():
    yield
    i18n._Choice.language = None


@pytest.mark.parametrize(("lang", "long", "short", "month"), [
    ("en", "5 January 2022", "5 Jan 2022", "January 2022"),
    ("ru", "5 января 2022 г.", "5 янв. 2022", "январь 2022"),
    ("kk", "2022 жылғы 5 қаңтар", "2022, 5 қаңтар", "2022, қаңтар"),
])
def test_dates_are_written_as_each_language_writes_them(lang, long, short, month):
    kzlib.set_language(lang)
    assert (text.long_date(DAY), text.short_date(DAY), text.month_year(DAY)) == (long, short, month)
    assert kzlib.date_text("2022-01-05") == long


def test_every_month_has_its_name_in_every_language():
    for lang in i18n.LANGUAGES:
        kzlib.set_language(lang)
        names = {text.month_year(dt.date(2022, m, 1)) for m in range(1, 13)}
        assert len(names) == 12, lang


def test_the_environment_variable_chooses_where_code_cannot(monkeypatch):
    monkeypatch.setenv("KZLIB_LANG", "kk")
    assert i18n.language() == "kk"
    monkeypatch.setenv("KZLIB_LANG", "ru_RU.UTF-8")
    assert i18n.language() == "ru"
    monkeypatch.setenv("KZLIB_LANG", "de")
    assert i18n.language() == "en"  # not a language of the series: English, not an error
    kzlib.set_language("kk")
    assert i18n.language() == "kk"  # set_language wins over the variable


def test_an_unknown_language_is_refused_with_the_choices():
    with pytest.raises(ValueError, match=r"unknown language 'kz'.*'kk' \(Қазақша\)"):
        kzlib.set_language("kz")


@pytest.mark.parametrize(("lang", "almaty"), [("en", "Almaty"), ("ru", "Алматы"),
                                              ("kk", "Алматы")])
def test_place_names_come_from_the_gazetteer(lang, almaty):
    kzlib.set_language(lang)
    assert i18n.place("Almaty") == almaty
    assert i18n.place("Nowhere") == "Nowhere"


def test_zhanaozen_is_spelt_the_way_each_language_spells_it():
    names = {}
    for lang in i18n.LANGUAGES:
        kzlib.set_language(lang)
        names[lang] = i18n.place("Zhanaozen")
    assert names == {"en": "Zhanaozen", "ru": "Жанаозен", "kk": "Жаңаөзен"}

"""Three languages: English (the source), Russian and Kazakh.

Everything a student reads from the library — figure labels, explorer menus, the feedback of
``kzlib.check``, the codebook's descriptions, the names of categories — goes through a gettext
catalog (``kzlib/locale/<language>/LC_MESSAGES/kzlib.mo``, compiled from the ``.po`` files that
translators edit). The data themselves stay English codes; :func:`label` gives a code's display
name in the chosen language, :func:`place` a place's name from the gazetteer.

The language is chosen once: ``kzlib.set_language("kk")``, or the environment variable
``KZLIB_LANG`` (for Voila and Binder). Anything not (yet) translated is shown in English.
"""

from __future__ import annotations

import functools
import gettext as _gettext
import os
from importlib import resources

from . import store

__all__ = ["LANGUAGES", "set_language", "language", "gettext", "pgettext", "label", "place",
           "N_"]

#: The languages of the series, by ISO 639-1 code, with their own names.
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
#: The environment variable that chooses the language where code cannot (Voila, Binder).
ENVIRONMENT = "KZLIB_LANG"
#: The gettext context of vocabulary codes (their display labels).
VOCABULARY = "vocabulary"
#: The gettext context of the regions (admin1) that have no row in the gazetteer.
PLACE = "place"


class _Choice:
    language: str | None = None


def set_language(code: str) -> None:
    """Choose the language of figures, explorers, feedback and descriptions: 'en', 'ru' or 'kk'.

    Examples
    --------
    >>> set_language("ru"); language()
    'ru'
    >>> set_language("en")
    """
    if not isinstance(code, str) or code not in LANGUAGES:
        choices = ", ".join(f"{k!r} ({v})" for k, v in LANGUAGES.items())
        raise ValueError(gettext("unknown language {code}; choose one of {choices}.").format(
            code=repr(code), choices=choices))
    _Choice.language = code


def language() -> str:
    """The language chosen by :func:`set_language`, else by ``KZLIB_LANG``, else English.

    Examples
    --------
    >>> language() in LANGUAGES
    True
    """
    if _Choice.language is not None:
        return _Choice.language
    code = os.environ.get(ENVIRONMENT, "en").strip().lower()[:2]
    return code if code in LANGUAGES else "en"


@functools.cache
def _catalog(code: str) -> _gettext.NullTranslations:
    if code == "en":
        return _gettext.NullTranslations()
    folder = resources.files("kzlib").joinpath("locale")
    path = folder.joinpath(code, "LC_MESSAGES", "kzlib.mo")
    if not path.is_file():
        return _gettext.NullTranslations()
    with path.open("rb") as handle:
        return _gettext.GNUTranslations(handle)


def gettext(message: str) -> str:
    """``message`` in the chosen language (English where it is not translated).

    Examples
    --------
    >>> gettext("Date")
    'Date'
    """
    return _catalog(language()).gettext(message)


def pgettext(context: str, message: str) -> str:
    """``message`` in the chosen language, as translated in ``context`` (for short words whose
    translation depends on where they are used).

    Examples
    --------
    >>> pgettext("vocabulary", "Riots")
    'Riots'
    """
    return _catalog(language()).pgettext(context, message)


def N_(message: str) -> str:
    """Mark a string for translation where it is defined; translate it where it is shown.

    Examples
    --------
    >>> N_("Events per day")
    'Events per day'
    """
    return message


def label(code: str) -> str:
    """The display name of a vocabulary code ('state_media', 'Riots', 'disputed') in the chosen
    language; in English, the code with spaces for underscores.

    Examples
    --------
    >>> label("state_media")
    'state media'
    """
    text = str(code)
    translated = pgettext(VOCABULARY, text)
    return text.replace("_", " ") if translated == text else translated


def place(name: str) -> str:
    """A place's name in the chosen language, from the gazetteer (name_ru, name_kk). A region of
    January 2022 without a row of its own (the capital's, ``'Nur-Sultan'``: the gazetteer files the
    city under its name today, Astana, with Nur-Sultan as an alias) is translated in the catalog
    (context ``place``); other names the gazetteer does not know are returned as they are.

    Examples
    --------
    >>> place("Almaty")
    'Almaty'
    """
    code = language()
    if code == "en":
        return name
    column = {"ru": "name_ru", "kk": "name_kk"}[code]
    names = _place_names(column)
    if str(name) in names:
        return names[str(name)]
    return pgettext(PLACE, str(name)) if isinstance(name, str) else name


@functools.cache
def _place_names(column: str) -> dict[str, str]:
    table = store.parsed("places")
    return {n: v for n, v in zip(table["name"], table[column], strict=True)
            if isinstance(v, str) and v}

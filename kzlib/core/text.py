"""Dates written for sentences and labels, the same way everywhere, in the chosen language.

English '5 January 2022'; Russian '5 января 2022 г.' (the month in the genitive, as a date is
read); Kazakh '2022 жылғы 5 қаңтар' (year first). The month names are fixed here rather than
taken from the operating system's locale, which a school machine may not have installed.
"""

from __future__ import annotations

import datetime as _dt

from . import i18n

_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December")
_RU_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                "сентября", "октября", "ноября", "декабря")
_RU_NOMINATIVE = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                  "сентябрь", "октябрь", "ноябрь", "декабрь")
_RU_SHORT = ("янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.",
             "нояб.", "дек.")
_KK = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
       "қазан", "қараша", "желтоқсан")
# Month and weekday abbreviations standing alone (axis ticks, a day slider), as CLDR writes them.
_RU_MONTH_ABBR = ("янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.",
                  "нояб.", "дек.")
_KK_MONTH_ABBR = ("қаң.", "ақп.", "нау.", "сәу.", "мам.", "мау.", "шіл.", "там.", "қыр.", "қаз.",
                  "қар.", "жел.")
_WEEKDAYS = {"en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
             "ru": ("пн", "вт", "ср", "чт", "пт", "сб", "вс"),
             "kk": ("дс", "сс", "ср", "бс", "жм", "сб", "жс")}


def long_date(day: _dt.date) -> str:
    """'5 January 2022' (no leading zero, on every platform); in Russian '5 января 2022 г.',
    in Kazakh '2022 жылғы 5 қаңтар'.

    Examples
    --------
    >>> import datetime
    >>> long_date(datetime.date(2022, 1, 5))
    '5 January 2022'
    """
    lang, m = i18n.language(), day.month - 1
    if lang == "ru":
        return f"{day.day} {_RU_GENITIVE[m]} {day.year} г."
    if lang == "kk":
        return f"{day.year} жылғы {day.day} {_KK[m]}"
    return f"{day.day} {_EN[m]} {day.year}"


def short_date(day: _dt.date) -> str:
    """'5 Jan 2022' (for axes and table cells); Russian '5 янв. 2022', Kazakh '2022, 5 қаңтар'.

    Examples
    --------
    >>> import datetime
    >>> short_date(datetime.date(2022, 1, 5))
    '5 Jan 2022'
    """
    lang, m = i18n.language(), day.month - 1
    if lang == "ru":
        return f"{day.day} {_RU_SHORT[m]} {day.year}"
    if lang == "kk":
        return f"{day.year}, {day.day} {_KK[m]}"
    return f"{day.day} {_EN[m][:3]} {day.year}"


def month_year(day: _dt.date) -> str:
    """'January 2022'; Russian 'январь 2022', Kazakh '2022, қаңтар'.

    Examples
    --------
    >>> import datetime
    >>> month_year(datetime.date(2022, 1, 5))
    'January 2022'
    """
    lang, m = i18n.language(), day.month - 1
    if lang == "ru":
        return f"{_RU_NOMINATIVE[m]} {day.year}"
    if lang == "kk":
        return f"{day.year}, {_KK[m]}"
    return f"{_EN[m]} {day.year}"


def month_abbr(month: int) -> str:
    """A month's abbreviation standing alone, for axis ticks: 'Jan'; Russian 'янв.', Kazakh
    'қаң.' (``month`` is 1 to 12).

    Examples
    --------
    >>> month_abbr(1), month_abbr(9)
    ('Jan', 'Sep')
    """
    lang, m = i18n.language(), month - 1
    if lang == "ru":
        return _RU_MONTH_ABBR[m]
    if lang == "kk":
        return _KK_MONTH_ABBR[m]
    return _EN[m][:3]


def weekday(day: _dt.date) -> str:
    """The day of the week, abbreviated: 'Wed'; Russian 'ср', Kazakh 'ср'.

    Examples
    --------
    >>> import datetime
    >>> weekday(datetime.date(2022, 1, 5))
    'Wed'
    """
    return _WEEKDAYS[i18n.language()][day.weekday()]


def number(value: float, spec: str = ",.0f") -> str:
    """A number for a figure or sentence in the chosen language: thousands grouped with a comma in
    English ('5,135'), with a no-break space in Russian and Kazakh ('5 135'), where a comma is
    the decimal mark ('2,5').

    Examples
    --------
    >>> number(5135)
    '5,135'
    >>> number(2.5, ",.4g")
    '2.5'
    """
    text = format(value, spec)
    if i18n.language() in ("ru", "kk"):
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def either(names: list[str]) -> str:
    """Names as alternatives, in the chosen language: 'A', 'A or B', 'A, B or C'.

    Examples
    --------
    >>> either(["Belarus", "Russia"])
    'Belarus or Russia'
    """
    if len(names) == 1:
        return names[0]
    return i18n.gettext("{names} or {last}").format(names=", ".join(names[:-1]), last=names[-1])


def both(names: list[str]) -> str:
    """Names taken together, in the chosen language: 'A', 'A and B', 'A, B and C'.

    Examples
    --------
    >>> both(["Aktau", "Zhanaozen"])
    'Aktau and Zhanaozen'
    """
    if len(names) == 1:
        return names[0]
    return i18n.gettext("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])

"""Dates written for sentences and labels, the same way everywhere."""

from __future__ import annotations

import datetime as _dt


def long_date(day: _dt.date) -> str:
    """'5 January 2022' (no leading zero, on every platform).

    Examples
    --------
    >>> import datetime
    >>> long_date(datetime.date(2022, 1, 5))
    '5 January 2022'
    """
    return f"{day.day} {day:%B %Y}"


def short_date(day: _dt.date) -> str:
    """'5 Jan 2022'.

    Examples
    --------
    >>> import datetime
    >>> short_date(datetime.date(2022, 1, 5))
    '5 Jan 2022'
    """
    return f"{day.day} {day:%b %Y}"

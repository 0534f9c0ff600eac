"""Looking records up, and writing them for people: what every lesson shares.

* :func:`record` — one event, claim, source or publisher, by its id;
* :func:`show` — print records as a reader wants them: when, where or who, what, and the notes;
* :func:`date_text` — a date as a sentence says it, '5 January 2022';
* :func:`milestone` — the key moments of the story by name ('csto_request', 'referendum', ...).
"""

from __future__ import annotations

import datetime as _dt
import textwrap
from collections.abc import Iterable
from typing import Any

import pandas as pd

from . import store
from .errors import expect_str, unknown
from .i18n import gettext as _
from .text import long_date

__all__ = ["record", "show", "date_text", "milestone", "MILESTONES"]

#: The key moments of the story, by name, and the event that records each.
MILESTONES: dict[str, str] = {
    "zhanaozen_2011": "KZ-E-1001",
    "lpg_exchange_trading": "KZ-E-1004",
    "first_protest": "KZ-E-1010",
    "state_of_emergency": "KZ-E-2001",
    "government_resigns": "KZ-E-2018",
    "security_council_chair": "KZ-E-2019",
    "csto_request": "KZ-E-4001",
    "masimov_removed": "KZ-E-2020",
    "csto_arrival": "KZ-E-4003",
    "fire_without_warning": "KZ-E-3003",
    "day_of_mourning": "KZ-E-3013",
    "csto_mission_complete": "KZ-E-4017",
    "csto_withdrawal_ends": "KZ-E-4028",
    "emergency_ends_almaty": "KZ-E-3033",
    "death_toll_238": "KZ-E-6033",
    "referendum": "KZ-E-6011",
    "amnesty_law": "KZ-E-6017",
    "presidential_election": "KZ-E-6018",
    "mazhilis_election": "KZ-E-6027",
}

_TABLES = {"KZ-E-": ("events", "event_id"), "KZ-C-": ("claims", "claim_id")}


def _table_of(id: str) -> tuple[str, str]:
    prefix = id[:5].upper()
    if prefix in _TABLES:
        return _TABLES[prefix]
    if id in set(store.parsed("publishers")["publisher_id"]):
        return "publishers", "publisher_id"
    return "sources", "source_id"


def record(id: str) -> pd.Series:
    """One record by its id: an event (``KZ-E-…``), a claim (``KZ-C-…``), a source or a publisher.

    Returns a copy of the row (change it freely). An unknown id raises a ``ValueError`` naming
    the nearest ids.

    Examples
    --------
    >>> record("KZ-E-1010")["location"]
    'Zhanaozen'
    >>> record("kz-e-1010")["event_id"]  # any case
    'KZ-E-1010'
    """
    id = expect_str(id, _("an event, claim, source or publisher id"), "record").strip()
    table, col = _table_of(id)
    key = id.upper() if table in ("events", "claims") else id
    frame = store.parsed(table)
    rows = frame[frame[col] == key]
    if rows.empty:
        raise unknown(col.replace("_", " "), id, frame[col],
                      _("see {where}").format(where=f"kzlib.load_{table}()"))
    return rows.iloc[0].copy()


def date_text(day: Any) -> str:
    """A date as a sentence says it: '5 January 2022'. Takes a Timestamp, a date or 'YYYY-MM-DD'.

    Examples
    --------
    >>> date_text("2022-01-05")
    '5 January 2022'
    >>> date_text(record("KZ-E-1010")["event_date"])
    '2 January 2022'
    """
    if isinstance(day, str):
        try:
            day = _dt.date.fromisoformat(day.strip())
        except ValueError:
            raise ValueError(_("date_text() takes a date such as '2022-01-05', not {value}.")
                             .format(value=repr(day))) from None
    if isinstance(day, pd.Timestamp | _dt.date) and not pd.isna(day):
        return long_date(day)
    raise TypeError(_("date_text() takes a date (a Timestamp, a datetime.date or 'YYYY-MM-DD'), "
                      "not {type}.").format(type=type(day).__name__))


def milestone(name: str) -> pd.Series:
    """The event that records a key moment of the story, by name (see :data:`MILESTONES`).

    Examples
    --------
    >>> date_text(milestone("csto_request")["event_date"])
    '5 January 2022'
    """
    name = expect_str(name, _("a milestone"), "milestone")
    if name not in MILESTONES:
        raise unknown("milestone", name, MILESTONES,
                      _("see {where}").format(where="kzlib.MILESTONES"))
    return record(MILESTONES[name])


def _line(row: pd.Series) -> str:
    if "claim_id" in row.index:
        said = row["value_text"] if pd.notna(row["value_text"]) else row["statement"]
        return (f"{row['claim_id']} · {date_text(row['claim_date'])} · {row['claimant']}: "
                f"{said}")
    if "event_date" in row.index:
        return f"{row['event_id']} · {date_text(row['event_date'])} · {row['location']}"
    if "title" in row.index:
        when = date_text(row["published"]) if pd.notna(row["published"]) else _("undated")
        return f"{row['source_id']} · {when} · {row['publisher']}: {row['title']}"
    return f"{row['publisher_id']} · {row['name']} ({row['country']})"


def show(ids: str | Iterable[str], *, notes: bool = True, width: int = 95) -> None:
    """Print records for a reader: id, date, place or claimant, what was said, then the notes.

    Examples
    --------
    >>> show("KZ-E-1010", notes=False)
    KZ-E-1010 · 2 January 2022 · Zhanaozen
    """
    if isinstance(ids, str):
        ids = [ids]
    for id in ids:
        row = record(id)
        print(_line(row))
        text = row.get("notes")
        if notes and isinstance(text, str) and text:
            print(textwrap.fill(text, width, initial_indent="    ", subsequent_indent="    "))

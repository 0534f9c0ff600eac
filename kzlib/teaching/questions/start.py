"""Exercises of notebooks/00-start-here.ipynb."""

from __future__ import annotations

from ...core.load import load_claims, load_events
from ..question import Question


def _events_on(day: str) -> int:
    return len(load_events(start=day, end=day))


def _status_of_164() -> str:
    claims = load_claims(measures="fatalities")
    rows = claims[(claims["value"] == 164) & (claims["scope"] == "national")]
    return str(rows["status"].iloc[0])


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    return [
        Question(
            id="start-1", lesson="start", kind="integer",
            prompt="How many events in the data happened on 5 January 2022?",
            answer=lambda: _events_on("2022-01-05"),
            hints=(
                "Load only that day: kzlib.load_events(start=..., end=...) with the same date twice.",
                "len(table) counts the rows of a table; each row of the events table is one event.",
            ),
            explanation="That is the day Almaty's "
                        "government buildings were stormed and the government resigned.",
            mistakes=(
                (lambda: _events_on("2022-01-04"), "That is the count for 4 January. Check the "
                                                   "date you passed to start= and end=."),
                (lambda: len(load_events()), "That is every event in the data: filter to one day "
                                             "with start= and end=."),
            ),
        ),
        Question(
            id="start-2", lesson="start", kind="text",
            prompt="A death toll of 164 was posted on 9 January 2022 and then disowned by the ministry "
                   "it was attributed to. What status does that claim have in the claims table?",
            answer=_status_of_164,
            hints=(
                "Look at the table of national death tolls above: find the row whose value_text "
                "is 164.",
                "The status column uses four words; print(kzlib.describe('claims')) explains each. "
                "Which one means the claimant withdrew the figure?",
            ),
            explanation="A retracted figure stays in the data, marked, so you can see that it was "
                        "once published and why it should not be used.",
            mistakes=(
                ("revised", "'revised' means the same claimant later replaced the figure with a "
                            "new one. Was 164 replaced, or withdrawn?"),
                ("disputed", "'disputed' means others contested it. Here the claimant itself "
                             "withdrew it."),
                ("asserted", "'asserted' means the figure still stands. Does this one?"),
            ),
        ),
        Question(
            id="start-3", lesson="start", kind="text",
            prompt="Which column of the events table says where each fact comes from?",
            answer="source_ids",
            hints=(
                "Look at the event turned on its side above: one column holds ids, not prose.",
                "Its values can be passed to kzlib.cite() to get a readable citation.",
            ),
            explanation="Every row names its sources; kzlib.cite(event_id) turns them into "
                        "citations you can follow up.",
            mistakes=(
                ("notes", "notes describes the event in our own words. Which column lists the ids "
                          "of the sources?"),
                ("source", "Close: the column's name is plural and ends in _ids."),
            ),
        ),
    ]

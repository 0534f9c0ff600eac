"""Exercises of notebooks/04-the-csto-intervention.ipynb."""

from __future__ import annotations

import pandas as pd

from ...core.load import load_claims, load_events
from ..question import Question

RUSSIA = "Military Forces of Russia (2000-)"


def _russian_span(inclusive: bool = False) -> int:
    events = load_events(themes="csto")
    dates = events.loc[events["actor1"] == RUSSIA, "event_date"]
    days = (dates.max() - dates.min()).days
    return days + 1 if inclusive else days


def _country_figures() -> pd.DataFrame:
    claims = load_claims(measures="troops")
    return claims[(claims["subject"] != "all_csto") & (claims["status"] != "disputed")]


def _latest_per_country_sum() -> int:
    rows = _country_figures().sort_values(["claim_date", "claim_id"])
    return int(rows.groupby("subject")["value"].last().sum())


def _official_total() -> int:
    claims = load_claims(measures="troops")
    rows = claims[(claims["subject"] == "all_csto") & (claims["claimant_type"] == "government")]
    return int(rows.sort_values("claim_date")["value"].iloc[0])


def _all_country_rows_sum() -> int:
    return int(_country_figures()["value"].sum())


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    return [
        Question(
            id="csto-1", lesson="csto", kind="integer",
            prompt="Add up the latest stated troop figure of each contributing country that has one "
                   "(leave out the all_csto totals). How many troops do they account for?",
            answer=_latest_per_country_sum,
            hints=(
                "Start from the troops claims and keep the rows whose subject is a country, not "
                "'all_csto', and whose status is not 'disputed'.",
                "Some countries have more than one row (the same figure, stated by different "
                "claimants or on different days). Keep one figure per country: order the rows by "
                "date with .sort_values(), then group them by the subject column with .groupby() "
                "and take the .last() value of each group.",
                "Then add up the figures that are left with .sum().",
            ),
            explanation="Armenia, Kyrgyzstan and Tajikistan together account for a few hundred "
                        "troops. Subtracting their sum from the official total leaves a remainder, "
                        "but that remainder is our own subtraction, not a figure any source stated: "
                        "the sources in the data give no size for the Russian or the Belarusian "
                        "contingent, and the figures subtracted come from different claimants and "
                        "days.",
            mistakes=(
                (_all_country_rows_sum, "That adds every row, so a country whose size was "
                                        "reported three times is counted three times. Keep one "
                                        "figure per country first."),
                (_official_total, "That is the official total for the whole force. The question "
                                  "asks only for the countries that have their own figure."),
            ),
        ),
        Question(
            id="csto-2", lesson="csto", kind="choice",
            prompt="The contingents chart has no bar for Russia or Belarus. What is the best "
                   "conclusion? Answer with the letter, in quotes.",
            choices=(
                "a) Their contingents were smaller than Armenia's.",
                "b) Russia and Belarus did not send troops.",
                "c) The sources in the data give no figure for them; their share of the total can "
                "only be estimated by subtraction, mixing figures from different claimants.",
                "d) The official total of the whole force must be wrong.",
            ),
            answer="c",
            hints=(
                "Read the events of 6 and 7 January: do they say Russian and Belarusian units "
                "arrived? Do they say how many?",
                "A missing row in a claims table means nobody in the sources stated a figure, not "
                "that the figure is zero, or small.",
            ),
            explanation="Absence of a figure is not a figure of zero. The events record Russian "
                        "and Belarusian units arriving; what the data lack is a stated size.",
            mistakes=(
                ("b", "The events table records Russian airborne units landing on 6 January and a "
                      "Belarusian company arriving on 7 January. They came; their size was not "
                      "stated."),
                ("d", "Nothing in the chart contradicts the total; it only shows that the "
                      "country figures do not add up to it without Russia and Belarus."),
            ),
        ),
        Question(
            id="csto-3", lesson="csto", kind="choice",
            prompt="A Ukrainian outlet's estimate of the whole force (7 January) is the largest "
                   "total. Why does the data mark that figure as disputed rather than simply use the "
                   "largest number? Answer with the letter, in quotes.",
            choices=(
                "a) Because it was stated before the deployment was complete.",
                "b) Because it was an estimate by a party that did not command or count the force, "
                "and it conflicts with the figures the CSTO and Kazakhstan's president gave.",
                "c) Because the largest figure is always an exaggeration.",
                "d) Because it came from a Ukrainian outlet, and Ukrainian media are never reliable.",
            ),
            answer="b",
            hints=(
                "Look at the claimant, claimant_type and notes of each troops row for all_csto. The "
                "CSTO's own planned figure was also stated early: is it marked disputed?",
                "Ask of each figure: who stated it, were they in a position to know, and do other "
                "sources agree with it?",
            ),
            explanation="Judge a figure by who stated it, how they could know, and whether others "
                        "confirm it, not by the publisher's nationality or the size of the number. "
                        "The official figures are claims too: they come from the parties to the "
                        "deployment.",
            mistakes=(
                ("c", "Size alone tells you nothing. Ask who stated the figure and whether others "
                      "confirm it."),
                ("d", "Dismissing a source because of its country is not source criticism. What "
                      "matters is whether the claimant was in a position to know, and whether "
                      "others confirm it."),
            ),
        ),
        Question(
            id="csto-4", lesson="csto", kind="integer",
            prompt="According to the events table, how many days after the first Russian units "
                   "landed near Almaty did the last Russian aircraft leave Kazakhstan?",
            answer=_russian_span,
            hints=(
                "Load the CSTO events with kzlib.load_events(themes='csto') and keep the rows whose "
                f"actor1 is '{RUSSIA}'.",
                "The event_date column holds dates: the difference between the latest and the "
                "earliest date is a Timedelta, and .days turns it into a whole number.",
            ),
            explanation="The Russian contingent stayed longest, and its last aircraft left on the "
                        "day the mission was reported complete: compare its span with the other "
                        "contingents' in the bar chart below the exercise.",
            mistakes=(
                (lambda: _russian_span(inclusive=True),
                 "That counts both the first and the last day. The question asks how many days "
                 "passed between them: subtract the dates."),
                (lambda: (load_events(themes="csto")["event_date"].max()
                          - load_events(themes="csto")["event_date"].min()).days,
                 "That spans every CSTO event, including statements after the troops had left. Keep "
                 "only the rows whose actor1 is Russia's military."),
            ),
        ),
    ]

"""Exercises of notebooks/03-escalation-and-crackdown.ipynb."""

from __future__ import annotations

import pandas as pd

from ...core.load import load_claims, load_events
from ..question import Question


def emergency_by_region() -> pd.DataFrame:
    """The state of emergency of January 2022, region by region: when it began and ended.

    Built the way the notebook builds it: events whose notes mention the state of emergency;
    the decrees of 5 January are coded with the theme ``government``, the ends (``ended`` or
    ``expired`` in the notes) come later.
    """
    events = load_events(start="2022-01-05", end="2022-01-19")
    soe = events[events["notes"].str.contains("state of emergency")]
    began = soe[soe["theme"] == "government"].groupby("admin1", observed=True)["event_date"].min()
    ended = (soe[soe["notes"].str.contains("ended|expired")]
             .groupby("admin1", observed=True)["event_date"].max())
    table = pd.DataFrame({"began": began, "ended": ended})
    table["days"] = (table["ended"] - table["began"]).dt.days
    return table


def _ended_before_19() -> int:
    table = emergency_by_region()
    return int((table["ended"] < "2022-01-19").sum())


def _ended_on_19() -> int:
    table = emergency_by_region()
    return int((table["ended"] == "2022-01-19").sum())


def _masimov_detained():
    events = load_events(start="2022-01-01", end="2022-01-31")
    rows = events[events["notes"].str.contains("Masimov")
                  & (events["sub_event_type"] == "Arrests")]
    return rows["event_date"].min()


def _ministry_totals() -> pd.DataFrame:
    claims = load_claims(measures="detentions", start="2022-01-01", end="2022-01-31")
    rows = claims[(claims["scope"] == "national") & (claims["subject"] == "all")
                  & (claims["claimant"] == "Interior Ministry of Kazakhstan")]
    return rows.sort_values(["claim_date", "claim_id"])


def _last_ministry_total() -> int:
    return int(_ministry_totals()["value"].iloc[-1])


def _first_ministry_total() -> int:
    return int(_ministry_totals()["value"].iloc[0])


def _ministry_growth() -> int:
    return _last_ministry_total() - _first_ministry_total()


def _media_growth() -> int:
    return _largest_january_total() - _first_ministry_total()


def _largest_january_total() -> int:
    claims = load_claims(measures="detentions", start="2022-01-01", end="2022-01-31")
    rows = claims[(claims["scope"] == "national") & (claims["subject"] == "all")]
    return int(rows["value"].max())


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    return [
        Question(
            id="escalation-1", lesson="escalation", kind="integer",
            prompt="Using the emergency table built in the notebook, in how many regions did the state "
                   "of emergency end before 19 January 2022?",
            answer=_ended_before_19,
            hints=(
                "Work with the column 'ended' of the emergency table. A comparison operator such as "
                "< between a date column and a date written as text gives True or False for each "
                "region.",
                "In pandas True counts as 1 and False as 0, so the method .sum() counts the True "
                "values of a column.",
            ),
            explanation="The emergency was lifted region by region from 13 January; in the rest, "
                        "Almaty among them, it ran until it expired at 00:00 on 19 January.",
            mistakes=(
                (_ended_on_19, "That is the number of regions where it lasted until 19 January. "
                               "The question asks about the regions where it ended earlier."),
                (lambda: len(emergency_by_region()), "That is every region in the table: all of "
                                                     "them were under the emergency. Keep only "
                                                     "those where it ended before 19 January."),
            ),
        ),
        Question(
            id="escalation-2", lesson="escalation", kind="choice",
            prompt="On 7 January President Tokayev said some 20,000 'bandits' had attacked Almaty "
                   "(claim KZ-C-3001). How should a historian use this figure? Answer with the letter, "
                   "in quotes.",
            choices=(
                "a) As a count of the attackers: the head of state had the best information.",
                "b) As a claim by one side, made during the crackdown and without published "
                "evidence: quote it with who said it and when, and look for independent counts.",
                "c) Not at all: a figure from a government is always false.",
                "d) As the number of protesters in Almaty, since 'bandits' is the president's word "
                "for them.",
            ),
            answer="b",
            hints=(
                "Read the notes of claim KZ-C-3001: who stated the figure, when, and what evidence "
                "was published for it? Being well placed to know is not the same as being neutral.",
                "The claims table keeps every figure with its claimant and date. Does keeping a "
                "figure mean believing it, or rejecting it?",
            ),
            explanation="A figure stated by a party to a conflict, in the middle of it, is evidence "
                        "of what that party said and wanted people to believe. It becomes evidence "
                        "of what happened only when others can check it.",
            mistakes=(
                ("c", "Rejecting every official figure is as uncritical as accepting every one. "
                      "Keep the figure, say who stated it, and test it against other sources."),
                ("d", "The figure was about the people the president called attackers, and it was "
                      "never checked: it cannot be reused as a count of protesters."),
            ),
        ),
        Question(
            id="escalation-3", lesson="escalation", kind="integer",
            prompt="By how many people did the Interior Ministry's national total of detainees grow "
                   "from its first to its last figure stated in January 2022?",
            answer=_ministry_growth,
            hints=(
                "Start from kzlib.load_claims(measures=\"detentions\") and keep the rows with scope "
                "'national', subject 'all' and the Interior Ministry as claimant.",
                "Sort those rows by claim_date; the first figure is .iloc[0] of the value column and "
                "the last is .iloc[-1]. Subtract.",
            ),
            explanation="Each ministry total replaced the one before (their status is 'revised'), "
                        "so first and last show how the count of detainees grew in a few days.",
            mistakes=(
                (_media_growth, "You used the largest national figure, a media running total with "
                                "status 'disputed', not a ministry figure. Check the claimant "
                                "column."),
                (_last_ministry_total, "That is the ministry's last total itself. Subtract its first "
                                       "total."),
                (_first_ministry_total, "That is the ministry's first total. Take the last one and "
                                        "subtract the first."),
            ),
        ),
        Question(
            id="escalation-4", lesson="escalation", kind="date",
            prompt="According to the National Security Committee (KNB), on what date was its former "
                   "chairman Karim Masimov detained on suspicion of high treason?",
            answer=_masimov_detained,
            hints=(
                "Look at the events whose notes mention Masimov: one kind of event is an arrest "
                "(sub_event_type 'Arrests').",
                "The notes give two dates: the day the KNB detained him and the day it announced "
                "it. event_date holds the first.",
            ),
            explanation="The detention was announced two days later, on 8 January, so some reports "
                        "date it to 8 January: the date of a report is not always the date of the "
                        "event.",
            mistakes=(
                ("2022-01-08", "That is when the KNB announced the detention. Which day does its "
                               "statement give for the detention itself?"),
                ("2022-01-05", "Masimov had been removed as KNB chairman earlier that week (no "
                               "source in the data gives the day); that is not the date of his "
                               "detention. Which day does the KNB's statement give for it?"),
            ),
        ),
    ]

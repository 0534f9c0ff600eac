"""Exercises of notebooks/06-political-aftermath.ipynb."""

from __future__ import annotations

import re

from ...core.load import load_claims, load_events, load_sources
from ..question import Question

_PARTY_VOTE = "KZ-E-6027"  # the early Mazhilis election of March 2023
_PRESIDENTIAL_VOTE = "KZ-E-6018"  # the early presidential election of November 2022
_REFERENDUM = "KZ-E-6011"  # the constitutional referendum of June 2022
_LEAVES_PARTY = "KZ-E-6040"  # Tokayev resigns as Amanat chairman and leaves the party
_BLINKEN_SOURCE = "kazinform-20230228-blinken-reforms"


def _event_date(event_id: str):
    events = load_events()
    return events.loc[events["event_id"] == event_id, "event_date"].iloc[0]


def _order_letter() -> str:
    left = _event_date(_LEAVES_PARTY)
    referendum = _event_date(_REFERENDUM)
    election = _event_date(_PRESIDENTIAL_VOTE)
    if left < referendum:
        return "a"
    if left == referendum:
        return "b"
    return "c" if left < election else "d"


def _threshold() -> float:
    """The party-list threshold, as the notes of the election event state it."""
    events = load_events()
    notes = events.loc[events["event_id"] == _PARTY_VOTE, "notes"].iloc[0]
    found = re.search(r"(\d+(?:\.\d+)?)% threshold", notes)
    if found is None:
        raise ValueError(f"the notes of {_PARTY_VOTE} no longer state the threshold")
    return float(found.group(1))


def _party_rows(status: str | None = "asserted"):
    claims = load_claims(measures="vote_share")
    rows = claims[(claims["event_id"] == _PARTY_VOTE)]
    if status is not None:
        rows = rows[rows["status"] == status]
    return rows


def _parties_over_threshold() -> int:
    rows = _party_rows()
    rows = rows[rows["subject"] != "against all"]
    return int((rows["value"] >= _threshold()).sum())


def _turnout(event_id: str, **match) -> float:
    claims = load_claims(measures="turnout")
    rows = claims[claims["event_id"] == event_id]
    for column, value in match.items():
        rows = rows[rows[column] == value]
    return float(rows["value"].iloc[0])


def _turnout_drop(presidential: float | None = None, mazhilis: float | None = None) -> int:
    if presidential is None:
        presidential = _turnout(_PRESIDENTIAL_VOTE, status="asserted")
    if mazhilis is None:
        mazhilis = _turnout(_PARTY_VOTE, qualifier="exact")
    return round(presidential - mazhilis)


def _convictions(claim_id: str) -> tuple[str, str, str]:
    """A conviction figure as reported: (value_text, claimant, the day it was stated)."""
    claims = load_claims()
    row = claims.loc[claims["claim_id"] == claim_id].iloc[0]
    return row["value_text"], row["claimant"], f"{row['claim_date'].day} {row['claim_date']:%B %Y}"




def _blinken_source_kind() -> str:
    sources = load_sources()
    return str(sources.loc[sources["source_id"] == _BLINKEN_SOURCE, "kind"].iloc[0])


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    # The two conviction figures exercise 4 quotes, read from the claims table.
    _HIGH, _HIGH_BY, _HIGH_DAY = _convictions("KZ-C-5067")  # the Prosecutor General's Office
    _LOW, _LOW_BY, _LOW_DAY = _convictions("KZ-C-5068")  # the Interior Ministry
    return [
        Question(
            id="aftermath-1", lesson="aftermath", kind="choice",
            prompt="When did Tokayev resign as chairman of Amanat and leave the party, compared with "
                   "the constitutional referendum and the early presidential election?",
            choices=("a) before the referendum",
                     "b) on the day of the referendum",
                     "c) after the referendum, before the presidential election",
                     "d) after the presidential election"),
            answer=_order_letter,
            hints=(
                "Find the event whose notes say Tokayev resigned as party chairman: search the notes "
                "column of the aftermath events for 'resigned as party chairman'.",
                "Compare its event_date with the dates of the referendum and of the early "
                "presidential election (both are in the milestones table above).",
            ),
            explanation="He left the party at an Amanat congress weeks before voters were asked to "
                        "approve the constitutional change that bars a sitting president from party "
                        "membership: the rule was applied before it was adopted.",
            mistakes=(
                ("c", "The referendum proposed barring the president from party membership; check "
                      "the date of the congress at which he left: it is earlier than you think."),
                ("d", "Compare the event dates again: the party congress is in the first half of "
                      "2022."),
            ),
        ),
        Question(
            id="aftermath-2", lesson="aftermath", kind="integer",
            prompt="According to the final results of the March 2023 Mazhilis election, how many "
                   "parties won at least the threshold share of the party-list vote?",
            answer=_parties_over_threshold,
            hints=(
                "Keep the vote_share claims of the election event (event_id KZ-E-6027), and only the "
                "final figures: their status is 'asserted' (the preliminary ones were 'revised').",
                "'against all' is a line on the ballot, not a party: leave it out. Then count the "
                "rows whose value is at least the threshold given in the event's notes.",
            ),
            explanation="Only Baytaq stayed below the threshold (against all is not a party); the "
                        "preliminary and final shares were the same.",
            mistakes=(
                (lambda: int(_party_rows()["subject"].ne("against all").sum()),
                 "That counts every party on the ballot. Keep only those at or above the threshold."),
                (lambda: int((_party_rows(None)["value"] >= _threshold()).sum()),
                 "You counted preliminary and final figures together, so each party appears twice: "
                 "keep the rows whose status is 'asserted'."),
            ),
        ),
        Question(
            id="aftermath-3", lesson="aftermath", kind="integer",
            prompt="By how many percentage points was turnout in the March 2023 Mazhilis election "
                   "lower than in the November 2022 presidential election? Use the final "
                   "presidential figure and the exact election-night Mazhilis figure, and round to "
                   "a whole number.",
            answer=_turnout_drop,
            hints=(
                "Filter the turnout claims by event_id: KZ-E-6018 is the presidential election, "
                "KZ-E-6027 the Mazhilis election.",
                "For the Mazhilis election only one turnout figure has qualifier 'exact'; the other "
                "is 'more than ...'. Subtract, then use round().",
            ),
            explanation="Turnout fell sharply between the two votes; the notes of the election-night "
                        "figure add that it was lower still in Almaty and Astana.",
            mistakes=(
                (lambda: _turnout_drop(presidential=_turnout(_REFERENDUM, status="asserted")),
                 "That compares the Mazhilis election with the June 2022 referendum. The question "
                 "asks about the November 2022 presidential election (KZ-E-6018)."),
                (lambda: -_turnout_drop(),
                 "Right size, wrong sign: the question asks how much lower 2023 was, as a positive "
                 "number."),
            ),
        ),
        Question(
            id="aftermath-4", lesson="aftermath", kind="choice",
            prompt=f"On {_HIGH_DAY} the {_HIGH_BY} gave {_HIGH} convictions in January-events cases, "
                   f"and {'the same day' if _LOW_DAY == _HIGH_DAY else 'on ' + _LOW_DAY} the "
                   f"{_LOW_BY} gave {_LOW}. Why do the figures differ?",
            choices=("a) One of them is wrong and was later retracted.",
                     "b) They count different sets of cases: the ministry's figure covers only cases "
                     "its police investigated.",
                     f"c) The {_LOW} is an earlier figure that the {_HIGH} revised.",
                     f"d) The {_HIGH} includes people who were acquitted."),
            answer="b",
            hints=(
                "Look at both claims in the claims table (measure 'other', subject 'convictions'): "
                "compare their claim_date and status.",
                "Read the notes column of each claim: what does each claimant say it is counting?",
            ),
            explanation="Both figures stand (status 'asserted'), stated on the same day; they answer "
                        "different questions. Before comparing two figures, check that they count "
                        "the same thing over the same set of cases.",
            mistakes=(
                ("c", "Check claim_date: both were stated on the same day, and neither is marked "
                      "'revised'."),
                ("d", "The Prosecutor General's notes separate the people tried from those "
                      f"convicted: acquittals are not in the {_HIGH}."),
            ),
        ),
        Question(
            id="aftermath-5", lesson="aftermath", kind="text",
            prompt="The praise for Tokayev's reforms attributed to US Secretary of State Antony "
                   "Blinken (event KZ-E-6034) is reported by one of the event's sources. What kind "
                   "of source is it, according to the kind column of the sources table?",
            answer=_blinken_source_kind,
            hints=(
                "The event's source_ids column lists two sources; the one reporting Blinken's visit "
                "is the first.",
                "Find that source_id in kzlib.load_sources() and read its kind column (one of the "
                "words that print(kzlib.describe('sources')) explains).",
            ),
            explanation="The report comes from Kazakhstan's state news agency. That does not make it "
                        "false, but it is worth finding what the US side itself said before you "
                        "quote the praise as Blinken's words.",
            mistakes=(
                ("government", "Close: the publisher is state-owned, but it is a news agency, not a "
                               "government office. Look at the kind column again."),
                ("international_media", "Blinken is American, but who published the report? Look "
                                        "at the publisher and kind columns."),
                ("independent_media", "Look at the kind column of that source again."),
            ),
        ),
    ]

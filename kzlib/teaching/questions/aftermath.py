"""Exercises of notebooks/06-political-aftermath.ipynb."""

from __future__ import annotations

from ...core.load import load_claims, load_sources
from ...core.records import date_text, record
from ..question import Mistake, Question

_PARTY_VOTE = "KZ-E-6027"  # the early Mazhilis election of March 2023
_PRESIDENTIAL_VOTE = "KZ-E-6018"  # the early presidential election of November 2022
_REFERENDUM = "KZ-E-6011"  # the constitutional referendum of June 2022
_LEAVES_PARTY = "KZ-E-6040"  # Tokayev resigns as Amanat chairman and leaves the party
_THRESHOLD = "KZ-C-9850"  # the party-list threshold of the 2023 Mazhilis election
_AMANAT_VOTE = "KZ-C-6020"  # Amanat's final share of the party-list vote
_DISTRICTS = "KZ-C-6080"  # the 29 seats filled in single-mandate districts, not from party lists
_BLINKEN = "KZ-E-6034"  # Blinken's visit; his praise as Kazinform reported it
_HIGH_CLAIM, _LOW_CLAIM = "KZ-C-5067", "KZ-C-5068"  # convictions: prosecutors, Interior Ministry


def _event_date(event_id: str):
    return record(event_id)["event_date"]


def _order_letter() -> str:
    left = _event_date(_LEAVES_PARTY)
    if left < _event_date(_REFERENDUM):
        return "a"
    return "b" if left < _event_date(_PRESIDENTIAL_VOTE) else "c"


def _threshold() -> float:
    """The party-list threshold, as claim KZ-C-9850 states it."""
    return float(record(_THRESHOLD)["value"])


def _party_rows(status: str | None = "asserted"):
    claims = load_claims(measures="vote_share")
    rows = claims[claims["event_id"] == _PARTY_VOTE]
    if status is not None:
        rows = rows[rows["status"] == status]
    return rows[rows["subject"] != "against all"]


def _parties_over_threshold(status: str | None = "asserted") -> int:
    return int((_party_rows(status)["value"] >= _threshold()).sum())


def _final_turnout(event_id: str) -> float:
    """The final national turnout of a vote: the asserted figure that revises an earlier one
    (running tallies of voting day revise nothing)."""
    claims = load_claims(measures="turnout")
    rows = claims[(claims["event_id"] == event_id) & (claims["scope"] == "national")
                  & (claims["status"] == "asserted") & claims["revises_claim_id"].notna()]
    return float(rows["value"].iloc[0])


def _preliminary_turnout(event_id: str) -> float:
    """The figure the final turnout replaced."""
    claims = load_claims(measures="turnout")
    rows = claims[(claims["event_id"] == event_id) & (claims["scope"] == "national")
                  & (claims["status"] == "asserted") & claims["revises_claim_id"].notna()]
    return float(record(rows["revises_claim_id"].iloc[0])["value"])


def _turnout_drop(presidential: float | None = None, mazhilis: float | None = None) -> float:
    if presidential is None:
        presidential = _final_turnout(_PRESIDENTIAL_VOTE)
    if mazhilis is None:
        mazhilis = _final_turnout(_PARTY_VOTE)
    return round(presidential - mazhilis, 2)


def _seats():
    claims = load_claims()
    return claims[(claims["event_id"] == _PARTY_VOTE) & (claims["unit"] == "seats")]


def _amanat_seat_share() -> float:
    seats = _seats()
    amanat = seats.loc[seats["subject"] == "Amanat", "value"].sum()
    return float(round(100 * amanat / seats["value"].sum(), 1))


def _amanat_share_of_all_seats() -> float:
    """Amanat's party-list seats over every elected seat, single-mandate districts included."""
    seats = _seats()
    amanat = seats.loc[seats["subject"] == "Amanat", "value"].sum()
    every_seat = seats["value"].sum() + float(record(_DISTRICTS)["value"])
    return float(round(100 * amanat / every_seat, 1))


def _amanat_vote_share() -> float:
    return float(record(_AMANAT_VOTE)["value"])


def _amanat_seats() -> float:
    seats = _seats()
    return float(seats.loc[seats["subject"] == "Amanat", "value"].sum())


def _conviction(claim_id: str) -> tuple[str, str, str]:
    """A conviction figure as reported, who stated it, and the day."""
    row = record(claim_id)
    return row["value_text"], row["claimant"], date_text(row["claim_date"])


def _blinken_kind() -> str:
    """The kind of the source that reports Blinken's praise (the event's first source)."""
    first = record(_BLINKEN)["source_ids"].split(";")[0]
    sources = load_sources()
    return str(sources.loc[sources["source_id"] == first, "kind"].iloc[0])


_SAMPLE_PARAGRAPH = (
    "Whether the reforms were real depends on what is measured. The rules changed: Tokayev "
    "presented his programme as a move from 'super-presidential' rule to a presidential republic "
    "with a strong parliament (claim KZ-C-9451, his own reading, from his address), and in 2023 "
    "the scholar Svante Cornell saw 'modest but meaningful' steps on the separation of powers and "
    "the electoral system (claim KZ-C-9562). The practice changed less, on other readings: Dimash "
    "Alzhanov judged the June 2022 amendments politically hollow (claim KZ-C-9510), and in 2025 "
    "the OSCE's election and human rights office found that trials after January fell short of "
    "fair-trial standards (claim KZ-C-9709). The first reading comes from the government that made "
    "the reforms, so it cannot settle the question alone; the monitors watched the courts "
    "themselves. On this evidence the reforms changed the rules more than the way power is used."
)


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    high, high_by, high_day = _conviction(_HIGH_CLAIM)
    low, low_by, low_day = _conviction(_LOW_CLAIM)
    when = "the same day" if low_day == high_day else f"on {low_day}"
    return [
        Question(
            id="aftermath-1", lesson="aftermath", kind="choice",
            prompt="When did Tokayev resign as chairman of Amanat and leave the party, compared "
                   "with the constitutional referendum (which barred a sitting president from "
                   "party membership) and the early presidential election?",
            choices=("a) before the referendum",
                     "b) after the referendum, before the presidential election",
                     "c) after the presidential election, when his new term began"),
            answer=_order_letter,
            hints=(
                "Read the event: kzlib.show(['KZ-E-6040']) prints its date, as the lesson printed "
                "the records of Nazarbayev's retreat.",
                "Compare its event_date with the dates of the referendum and of the early "
                "presidential election in the timeline at the top of the lesson.",
            ),
            explanation=lambda: (
                f"He left at an Amanat congress on {date_text(_event_date(_LEAVES_PARTY))}, weeks "
                "before voters were asked to approve the change that bars a sitting president "
                "from party membership: the rule was applied before it was adopted."),
            mistakes=(
                Mistake("b", "infers the order of events from cause and effect",
                        "Not so. It is tempting to reason that he left because the referendum "
                        "barred a president from party membership, so he must have left after the "
                        "vote: that infers the order of events from cause and effect instead of "
                        "reading the dates. Compare the event_date of the party congress with the "
                        "referendum's."),
                Mistake("c", "ties a change to the start of the new term",
                        "Not so. The single seven-year term began with the November 2022 election, "
                        "and it is natural to expect the new rules to start with it, but that ties "
                        "a change to the start of the new term without checking its date. The "
                        "party congress he left at is months earlier: look at its event_date."),
            ),
            records=(_LEAVES_PARTY, _REFERENDUM, _PRESIDENTIAL_VOTE),
        ),
        Question(
            id="aftermath-2", lesson="aftermath", kind="integer",
            prompt="According to the final results of the March 2023 Mazhilis election, how many "
                   "parties won at least the threshold share of the party-list vote (claim "
                   "KZ-C-9850)?",
            answer=_parties_over_threshold,
            hints=(
                "Keep the vote_share claims of the election (event KZ-E-6027) whose status is "
                "'asserted': the preliminary figures were 'revised' by the final ones.",
                "'against all' is a line on the ballot, not a party: leave it out. Then count the "
                "rows whose value is at least the threshold.",
            ),
            explanation="Six of the seven parties passed the threshold; only Baytaq stayed below "
                        "it ('against all' is not a party). The preliminary and final shares were "
                        "the same.",
            mistakes=(
                Mistake(lambda: len(_party_rows()), "counts every party on the ballot",
                        "That counts every party on the ballot. Keep only the rows whose value is "
                        "at least the threshold."),
                Mistake(lambda: _parties_over_threshold(None),
                        "counts preliminary and final figures together",
                        "You counted preliminary and final figures together, so each party "
                        "appears twice: keep the rows whose status is 'asserted'."),
            ),
            records=(_PARTY_VOTE, _THRESHOLD),
        ),
        Question(
            id="aftermath-3", lesson="aftermath", kind="number", tolerance=0.01,
            prompt="By how many percentage points was the final turnout of the March 2023 Mazhilis "
                   "election lower than the final turnout of the November 2022 presidential "
                   "election? Round to two decimals.",
            answer=_turnout_drop,
            hints=(
                "In the turnout table above, find each election's final figure: its status is "
                "'asserted' and it was stated after election night.",
                "Subtract the Mazhilis figure from the presidential one (kzlib.record(id)['value'] "
                "reads one figure), then round(..., 2).",
            ),
            explanation="Turnout fell by about fifteen points between the two votes, by the "
                        "Central Election Commission's own final figures.",
            mistakes=(
                Mistake(lambda: _turnout_drop(mazhilis=_preliminary_turnout(_PARTY_VOTE)),
                        "takes a preliminary figure as the final one",
                        "That uses the election-night Mazhilis figure: it takes a preliminary "
                        "figure as the final one. The commission replaced it a week later: use the "
                        "row whose status is 'asserted'."),
                Mistake(lambda: _turnout_drop(presidential=_final_turnout(_REFERENDUM)),
                        "compares the wrong pair of votes",
                        "That compares the Mazhilis election with the June 2022 referendum, so it "
                        "compares the wrong pair of votes: the question asks about the November "
                        "2022 presidential election (event KZ-E-6018)."),
                Mistake(lambda: -_turnout_drop(), "subtracts in the wrong order",
                        "Right size, wrong sign: this subtracts in the wrong order. The question "
                        "asks how much lower 2023 was, as a positive number."),
            ),
            records=(_PARTY_VOTE, _PRESIDENTIAL_VOTE, _REFERENDUM),
        ),
        Question(
            id="aftermath-4", lesson="aftermath", kind="number", tolerance=0.1, transfer=True,
            prompt=lambda: (
                f"By the final count, Amanat won {_amanat_vote_share():g}% of the party-list vote "
                f"in March 2023 (claim {_AMANAT_VOTE}). What percentage of the party-list seats "
                "did it win? The claims table holds each party's seats (unit 'seats'). Round to "
                "one decimal."),
            answer=_amanat_seat_share,
            hints=(
                "Keep the claims of the election (event KZ-E-6027) whose unit is 'seats': one row "
                "per party that won seats.",
                "Divide Amanat's seats by the sum of all the party-list seats, multiply by 100, "
                "then round(..., 1).",
            ),
            explanation="Amanat won a larger share of the seats than of the votes: votes for the "
                        "party below the threshold and for 'against all' won no seats, so the "
                        "parties that passed shared all the party-list seats among themselves.",
            mistakes=(
                Mistake(_amanat_vote_share, "assumes seats are shared in proportion to votes",
                        "That is Amanat's share of the votes: it assumes seats are shared in "
                        "proportion to votes. Count the seats themselves (unit 'seats') and divide "
                        "Amanat's by the total."),
                Mistake(_amanat_share_of_all_seats, "counts the single-member seats too",
                        "That divides by all the Mazhilis seats, so it counts the single-member "
                        "seats too: the 29 seats of the single-mandate districts (claim "
                        "KZ-C-6080) were not shared out by party-list votes. Divide by the sum of "
                        "the party-list seats only."),
                Mistake(_amanat_seats, "reads a seat count as a percentage",
                        "That is Amanat's number of seats, not its share: it reads a seat count as "
                        "a percentage. Divide it by the sum of all the party-list seats."),
            ),
            records=(_PARTY_VOTE, _AMANAT_VOTE, _DISTRICTS),
        ),
        Question(
            id="aftermath-5", lesson="aftermath", kind="choice",
            prompt=f"On {high_day} the {high_by} gave {high} convictions in January-events "
                   f"cases and, {when}, the {low_by} gave {low}. Why do the figures differ?",
            choices=("a) One of them is wrong: two official bodies cannot both be right about "
                     "the same convictions.",
                     "b) They count different sets of cases: the ministry's figure covers only "
                     "cases its police investigated.",
                     "c) The ministry's figure is an earlier one, which the prosecutors' figure "
                     "revised once more cases had reached the courts."),
            answer="b",
            hints=(
                "Compare the two claims' claim_date and status: was either replaced or withdrawn?",
                "Read the notes of each claim (kzlib.show): what does each claimant say it is "
                "counting?",
            ),
            explanation="Both figures stand (status 'asserted') and were stated the same day; they "
                        "answer different questions. Before comparing two figures, check that "
                        "they count the same thing over the same set of cases.",
            mistakes=(
                Mistake("a", "assumes two differing official figures cannot both stand",
                        "Not so: this assumes two differing official figures cannot both stand. "
                        "Neither claim is retracted or revised, and their notes say what each "
                        "counts: the ministry only the cases its police investigated."),
                Mistake("c", "reads a different claimant's figure as a revision",
                        "Not so: this reads a different claimant's figure as a revision. A figure "
                        "is revised only by the same claimant; these come from two bodies, on the "
                        "same day, and both are 'asserted'."),
            ),
            records=(_HIGH_CLAIM, _LOW_CLAIM),
        ),
        Question(
            id="aftermath-6", lesson="aftermath", kind="choice",
            prompt=lambda: (
                f"Event {_BLINKEN} says that, according to Kazinform, US Secretary of State Antony "
                f"Blinken praised Tokayev's reforms on {date_text(_event_date(_BLINKEN))}. That "
                f"report's source is of the kind '{_blinken_kind()}'. What does the record let "
                "you say?"),
            choices=("a) The US government judged the reforms to be real: Kazinform reported the "
                     "praise, and with RFE/RL cited too, the US side's view is on record in the "
                     "data.",
                     "b) Kazakhstan's state news agency reported that Blinken praised the reforms; "
                     "to quote Blinken, look for the US side's own record.",
                     "c) The reforms were real, since a foreign government praised them.",
                     "d) Nothing: a report by a state-funded agency cannot be used."),
            answer="b",
            hints=(
                "Who is speaking in the record: Blinken, or someone reporting what he said?",
                "A report is evidence of what its publisher said was said. What would you need to "
                "quote the speaker himself?",
            ),
            explanation="The record shows what Kazakhstan's state news agency reported. That does "
                        "not make it false, but to quote Blinken's judgement you need what the US "
                        "side itself said; and praise, whoever gives it, is a reading to weigh, "
                        "not proof.",
            mistakes=(
                Mistake("a", "reads a report of a statement as the statement itself",
                        "Careful: this reads a report of a statement as the statement itself. The "
                        "praise reaches us through Kazakhstan's state news agency, which chose what "
                        "to report; the record cites RFE/RL for something else, the mood in "
                        "Kazakhstan weeks earlier, not for Blinken's words. Find the US side's own "
                        "words before quoting its judgement."),
                Mistake("c", "takes praise as proof of what is praised",
                        "This takes praise as proof of what is praised. A foreign minister's "
                        "approval is one reading among others (see the table of readings), and "
                        "governments praise partners for many reasons."),
                Mistake("d", "dismisses a source because of who funds it",
                        "This dismisses a source because of who funds it. Who owns an outlet tells "
                        "you what to check, not that the report is false: it is good evidence of "
                        "what the agency reported, and a lead to the US side's own record."),
            ),
            records=(_BLINKEN,),
        ),
        Question(
            id="aftermath-w", lesson="aftermath", kind="writing", min_words=100,
            prompt="Were the reforms after January 2022 real? Write a paragraph of at least 100 "
                   "words that answers the question, citing at least two records (event or "
                   "claim ids) whose sources are of different kinds, e.g. an official's reading "
                   "and a scholar's or a rights group's.",
            answer=_SAMPLE_PARAGRAPH,
            hints=(
                "Decide first what 'real' would mean: new institutions and rules, or a change in "
                "how power is used (elections, courts, accountability for January)?",
                "Take one reading from each side in the table of readings, name who gave it and "
                "when, and say why you find one more convincing.",
            ),
            explanation="A teacher judges the argument with the rubric.",
            rubric=(
                "Takes a position (yes, no, or partly) and says what would count as 'real': "
                "institutions and rules, practice, or both.",
                "Backs each point with a cited record and names who said it and when; no reading "
                "is stated as fact in the writer's own voice.",
                "Weighs at least one reading from the other side and says why it is more or less "
                "convincing.",
                "Notes what kind of source each record rests on (official, scholarly, rights "
                "group, media) and what that means for its weight.",
            ),
            records=("KZ-C-9451", "KZ-C-9562", "KZ-C-9510", "KZ-C-9709"),
        ),
    ]

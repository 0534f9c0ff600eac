"""Exercises of notebooks/03-escalation-and-security-response.ipynb."""

from __future__ import annotations

import pandas as pd

from ...core.load import load_events
from ...core.records import record
from ..question import Mistake, Question

#: The five accounts of Republic Square on 6 January, and the event they belong to.
SQUARE = "KZ-E-2039"
SQUARE_ACCOUNTS = ("KZ-C-9810", "KZ-C-9811", "KZ-C-9812", "KZ-C-9813", "KZ-C-9814")
#: Readings of where the violence came from, for the writing task.
READINGS = ("KZ-C-9532", "KZ-C-9536", "KZ-C-9501", "KZ-C-9514", "KZ-C-9550", "KZ-C-9551",
            "KZ-C-9555")


def emergency_by_region() -> pd.DataFrame:
    """The state of emergency of January 2022, one row per region: declared, lifted, days.

    Built as the notebook builds it, from the events table's ``topic`` column
    (``emergency_declared`` and ``emergency_lifted``), indexed by region (``admin1``).
    """
    events = load_events()
    declared = events[events["topic"] == "emergency_declared"].set_index("admin1")["event_date"]
    lifted = events[events["topic"] == "emergency_lifted"].set_index("admin1")["event_date"]
    table = pd.DataFrame({"declared": declared, "lifted": lifted})
    table["days"] = (table["lifted"] - table["declared"]).dt.days
    return table


def _lifted_before_19() -> int:
    return int((emergency_by_region()["lifted"] < "2022-01-19").sum())


def _lifted_on_19() -> int:
    return int((emergency_by_region()["lifted"] == "2022-01-19").sum())


def _internet_dates(admin1: str | None = "Almaty") -> tuple[pd.Timestamp, pd.Timestamp]:
    """The first recorded internet cut and the first recorded restoration (in one region)."""
    events = load_events()
    if admin1 is not None:
        events = events[events["admin1"] == admin1]
    cut = events[events["topic"] == "internet_cut"]["event_date"].min()
    back = events[events["topic"] == "internet_restored"]["event_date"].min()
    return cut, back


def _almaty_offline_days() -> int:
    cut, back = _internet_dates("Almaty")
    return int((back - cut).days)


def _days_from_first_cut_anywhere() -> int:
    cut, _ = _internet_dates(None)
    _, back = _internet_dates("Almaty")
    return int((back - cut).days)


def _almaty_offline_days_counting_both_ends() -> int:
    return _almaty_offline_days() + 1


def _days_from_nationwide_cut() -> int:
    """From the nationwide shutdown (coded to the capital) to Almaty's restoration."""
    cut, _ = _internet_dates("Nur-Sultan")
    _, back = _internet_dates("Almaty")
    return int((back - cut).days)


def _text(claim_id: str) -> str:
    """A claim's figure as reported (its value_text), to fill the exercises' wording."""
    return str(record(claim_id)["value_text"])


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    bandits = _text("KZ-C-3001")  # the president's figure for the attackers of Almaty
    return [
        Question(
            id="escalation-1", lesson="escalation", kind="integer",
            prompt="Using the emergency table built in the notebook, in how many regions was the "
                   "state of emergency lifted before 19 January 2022?",
            answer=_lifted_before_19,
            hints=(
                "Compare the 'lifted' column with a date written as text, 'YYYY-MM-DD', using <: "
                "that gives True or False for each region, and emergency[...] with the "
                "comparison inside keeps the True rows.",
                "len() of the table you kept counts its rows, one per region.",
            ),
            explanation="Decrees lifted the emergency region by region from 13 January; in the "
                        "rest, Almaty among them, it ran until it expired at 00:00 on 19 January.",
            records=("KZ-E-3022", "KZ-E-3033"),
            mistakes=(
                Mistake(_lifted_on_19, "counts the regions that kept it to the end",
                        "That number counts the regions that kept it to the end: there "
                        "emergency rule lasted until 19 January. The question asks about the "
                        "regions where it was lifted earlier."),
                Mistake(lambda: len(emergency_by_region()), "counts every region in the table",
                        "That is every region of the table: every region was under emergency "
                        "rule, so this counts every region in the table. Keep only those where "
                        "it was lifted before 19 January."),
            ),
        ),
        Question(
            id="escalation-2", lesson="escalation", kind="integer", transfer=True,
            prompt="Use the events table's topic column ('internet_cut', 'internet_restored') "
                   "and its region column admin1. How many days passed between the first "
                   "recorded internet cut in the city of Almaty and the first recorded return "
                   "of access there?",
            answer=_almaty_offline_days,
            hints=(
                "Keep Almaty's events first (admin1 is 'Almaty' for the city; 'Almaty Region' "
                "is the region around it). Then, as with the emergency decrees, pick the rows of "
                "one topic and take the earliest event_date with .min().",
                "Do the same for the other topic, subtract the earlier date from the later one, "
                "and turn the difference into a whole number of days with .days.",
            ),
            explanation="Mobile internet was restricted in Almaty on 4 January and access began "
                        "to return there on 10 January. RFE/RL counted the blackout in hours "
                        "instead (claim KZ-C-3017): a table of dated events measures days "
                        "between two reports, not how long people were actually offline.",
            records=("KZ-E-1038", "KZ-E-3015", "KZ-E-2025", "KZ-C-3017"),
            mistakes=(
                Mistake(_days_from_first_cut_anywhere, "starts from a cut in another region",
                        "You seem to have taken the first cut anywhere in the country, which "
                        "the data record outside Almaty: this starts from a cut in another "
                        "region. Keep the rows whose admin1 is 'Almaty' before you look for it."),
                Mistake(_almaty_offline_days_counting_both_ends, "counts both end days",
                        "That counts both end days, the day of the cut and the day access "
                        "returned, as if counting calendar days on a wall chart. The question asks "
                        "how many days passed between the two dates: subtract the earlier date "
                        "from the later one and add nothing."),
                Mistake(_days_from_nationwide_cut, "starts from the nationwide shutdown",
                        "This starts from the nationwide shutdown of the next day, which the "
                        "data code to the capital. Almaty's own record of a cut is earlier: "
                        "keep the rows whose admin1 is 'Almaty' for both dates."),
            ),
        ),
        Question(
            id="escalation-3", lesson="escalation", kind="choice",
            prompt=f"On 7 January President Tokayev said that some {bandits} 'bandits' had "
                   "attacked Almaty (claim KZ-C-3001). How should a historian use this figure for "
                   "the people he said had attacked the city? Answer with the letter, in quotes.",
            choices=(
                "a) As the number of people who attacked Almaty: as head of state he was briefed "
                "by the security services, so his figure is the best-informed count there is, to "
                "be cited with his name.",
                "b) As a claim by one side in the conflict, made in a televised address without "
                "published evidence: quote it with who said it and when, and look for independent "
                "counts.",
                "c) As a sign that the real number was far smaller: a leader justifying an order "
                "to fire without warning has a motive to inflate, so the truth must lie well "
                "below his figure.",
                "d) As the number of protesters in Almaty, since 'bandits' was the president's "
                "word for the people in the streets, and his figure counts everyone who came "
                "out.",
            ),
            answer="b",
            hints=(
                "Read the notes of claim KZ-C-3001: who stated the figure, when, in what speech, "
                "and what evidence was published for it?",
                "Being well placed to know is not the same as being neutral, and a motive to "
                "exaggerate is not a count either. What does each option assume without "
                "evidence?",
            ),
            explanation="A figure stated by a party to a conflict, in the middle of it, is "
                        "evidence of what that party said and wanted people to believe. It becomes "
                        "evidence of what happened only when others can check it; until then, "
                        "neither believing it nor replacing it with a guess is supported.",
            records=("KZ-C-3001", "KZ-E-3003"),
            mistakes=(
                Mistake("a", "treats being well placed to know as being neutral",
                        "The president was well placed to know, but he was also a party to the "
                        "conflict, speaking in the address in which he ordered troops to fire "
                        "without warning. Option a treats being well placed to know as being "
                        "neutral; no evidence for the figure was published."),
                Mistake("c", "treats a motive to exaggerate as evidence of the number",
                        "A motive to inflate is a reason to check the figure, not a measurement. "
                        "Option c treats a motive to exaggerate as evidence of the number: "
                        "'far smaller' is as unsupported as the figure itself until someone "
                        "counts."),
                Mistake("d", "reads the claimant's label as a description of everyone there",
                        "'Bandits' is the president's word for the people he said attacked the "
                        "city; option d reads the claimant's label as a description of everyone "
                        "there. The figure was never checked, and it counted, in his words, "
                        "attackers, not everyone who protested."),
            ),
        ),
        Question(
            id="escalation-4", lesson="escalation", kind="choice",
            prompt="Which sentence reports the accounts of Republic Square on 6 January "
                   "(claims KZ-C-9810 to KZ-C-9814) accurately? Answer with the letter, in "
                   "quotes.",
            choices=(
                "a) RFE/RL's journalists and the opposition activist they quoted both reported "
                "that most of the people on the square were unarmed young people, while a witness "
                "quoted by TASS said soldiers fired at people who had come armed.",
                "b) RFE/RL's journalists said security forces opened fire on the demonstrators; "
                "an opposition activist told RFE/RL most were unarmed young people; a witness "
                "quoted by TASS said soldiers fired at people who came armed.",
                "c) The people on the square were unarmed, and the data record it as a finding: "
                "the event is coded as excessive force against protesters, the code for a crowd "
                "that used no violence.",
                "d) The witness quoted by TASS cannot be believed, because TASS is a "
                "state-funded Russian agency; the activist's account, given to an outlet the "
                "Kremlin does not fund, is therefore the true one.",
            ),
            answer="b",
            hints=(
                "For each account, read the claimant column, not only the statement: who is "
                "speaking, and who is passing the words on?",
                "Then read the notes of event KZ-E-2039: why is it coded as it is, and does a "
                "code settle what each person on the square carried?",
            ),
            explanation="Each account is attributed to the person who gave it, and the outlet "
                        "that relayed it is named as such: the activist, not RFE/RL, said the "
                        "crowd was mostly unarmed; an unnamed witness, relayed by TASS, said "
                        "people came armed; RFE/RL's journalists reported the shooting. The "
                        "Interior Ministry said only that the square had been 'cleared of criminal "
                        "groups'.",
            records=(SQUARE, *SQUARE_ACCOUNTS),
            mistakes=(
                Mistake("a", "attributes a quoted speaker's words to the outlet",
                        "RFE/RL's journalists reported the shooting; it was the opposition "
                        "activist, quoted by RFE/RL, who said most people were unarmed. Option a "
                        "attributes a quoted speaker's words to the outlet that passed them on, "
                        "and so to its journalists; the claimant column names who actually said "
                        "what."),
                Mistake("c", "reads a coding decision as a verified finding",
                        "The code follows from the reports available (none describes the people "
                        "on the square attacking anyone) and can be revised; it is not a finding "
                        "that nobody there was armed. Option c reads a coding decision as a "
                        "verified finding about every person there."),
                Mistake("d", "judges an account by its outlet's funding alone",
                        "Who funds an outlet tells you about pressures on it, not whether one "
                        "witness saw what they describe; the activist, too, speaks for a side. "
                        "Option d judges an account by its outlet's funding alone: weigh each by "
                        "who could see what, and what else supports it."),
            ),
        ),
        Question(
            id="escalation-w", lesson="escalation", kind="writing",
            prompt="President Tokayev called the unrest an 'attempted coup d'etat' (claim "
                   "KZ-C-9532). In one paragraph, weigh that official framing against at least "
                   "one scholar's reading from the claims table. Cite at least two records by id, "
                   "whose sources are of different kinds.",
            answer="(a paragraph: see the rubric)",
            hints=(
                "List the readings with the cell above the task, then read two or three in full "
                "with kzlib.show([...]): who holds each, when, and on what evidence?",
                "Check the kind of the sources behind each record you cite (the sources table's "
                "kind column): a state outlet relaying the president and a scholarly journal "
                "are different kinds.",
            ),
            explanation="Your teacher reads the argument with the rubric.",
            records=READINGS,
            rubric=(
                "Attribution: each reading is given to its holder and dated (the president, a "
                "party to the events; each scholar by name), and the official words are quoted "
                "as his, not adopted in the writer's own voice.",
                "Weighing: the official framing is set against at least one scholarly reading "
                "that agrees in part or differs (planned violence, provocateurs, an elite "
                "struggle, a coup by Tokayev himself, spontaneous protests later exploited), "
                "and the paragraph says what each rests on: evidence promised but not "
                "published, reasoning from signals, stated uncertainty.",
                "Sources: at least two records whose sources are of different kinds, with a "
                "word on what each kind of source can and cannot show, and no reading "
                "dismissed for its source's kind alone.",
                "Judgement: a conclusion in the writer's own voice that says what the records "
                "support and what they leave open, without presenting a contested reading as "
                "settled.",
            ),
        ),
    ]

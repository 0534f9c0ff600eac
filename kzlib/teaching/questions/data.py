"""Exercises of notebooks/07-from-reports-to-data.ipynb.

The lesson's messy sample (``notebooks/data/messy-reports.csv``) was made from real rows of the
shipped tables; the answers are computed from those rows, so they cannot drift from them. One
sample report (R05) was made from a raw row that the build merged into another event: that row
is no longer in the clean table, so it is found through the cleaning log, not named here.
"""

from __future__ import annotations

import pandas as pd

from ...core.clean import find_duplicates
from ...core.load import load_claims, load_events, load_raw
from ...core.places import lookup
from ...core.store import data_file
from ..question import Mistake, Question

#: The Oral rally of 4 January 2022, which two researchers recorded separately (R04 and R05).
RALLY = "KZ-E-1043"
#: The events the sample's other event reports were made from (R01-R03, R06).
BEFORE_RALLY = ("KZ-E-1010", "KZ-E-1019", "KZ-E-1023")
AFTER_RALLY = ("KZ-E-2038",)
#: The claims the sample's claim reports were made from, in order (R07-R12).
SAMPLE_CLAIMS = ("KZ-C-1014", "KZ-C-5048", "KZ-C-7011", "KZ-C-7013", "KZ-C-7017", "KZ-C-5059")
#: The detention figures of the sample (R08, R09, R11, R12), for the question on adding them up.
DETENTIONS = ("KZ-C-5048", "KZ-C-7011", "KZ-C-7017", "KZ-C-5059")
#: Dozens of "attackers" "eliminated", in the police's words: coded 12 by ACLED's rule.
DOZENS = "KZ-E-2038"
#: Two decisions announced in the capital on 5 January 2022, left apart by the build.
DECISIONS = ("KZ-E-2018", "KZ-E-2019")
#: Records for the writing task, whose sources are of several kinds.
JOURNEYS = ("KZ-E-1043", "KZ-E-1019", "KZ-E-1010", "KZ-E-2038", "KZ-C-5048", "KZ-C-7017")


def _cleaning_log() -> pd.DataFrame:
    return pd.read_csv(data_file("cleaning-log.csv"), dtype=str, keep_default_na=False)


def _merged_into() -> dict[str, str]:
    """Raw event id -> the event it was merged into, from the cleaning log."""
    log = _cleaning_log()
    merges = log[(log["table"] == "events") & (log["step"] == "merge")]
    return dict(zip(merges["before"], merges["after"], strict=True))


def _sample_events() -> list[str]:
    """The raw events R01-R06 were made from: R05 is the report merged into the rally."""
    second = [raw for raw, kept in _merged_into().items() if kept == RALLY]
    return [*BEFORE_RALLY, RALLY, *second[:1], *AFTER_RALLY]


def _places_in_sample() -> int:
    raw_events = load_raw("events").set_index("event_id")
    raw_claims = load_raw("claims").set_index("claim_id")
    spellings = [raw_events.at[e, "place"] for e in _sample_events()]
    spellings += [raw_claims.at[c, "place"] for c in SAMPLE_CLAIMS]
    return len({lookup(s)["place_id"] for s in spellings})


def _qualifiers() -> pd.Series:
    claims = load_claims().set_index("claim_id")
    return claims.loc[list(SAMPLE_CLAIMS), "qualifier"]


def _lower_bounds() -> int:
    return int((_qualifiers() == "more_than").sum())


def _not_exact() -> int:
    return int((_qualifiers() != "exact").sum())


def _duplicate_reports() -> list[str]:
    """Labels of the sample's event reports that are one event in the shipped table."""
    labels = [f"R{i:02d}" for i in range(1, 7)]
    kept = pd.Series([_merged_into().get(e, e) for e in _sample_events()], index=labels)
    return sorted(kept[kept.duplicated(keep=False)].index)


def _detentions_sum() -> int:
    claims = load_claims()
    return int(claims.loc[claims["claim_id"].isin(DETENTIONS), "value"].sum())


def _groups_left() -> list[list[int]]:
    return find_duplicates(load_events())


def _events_in_groups() -> int:
    return sum(len(group) for group in _groups_left())


def _merges_made() -> int:
    return len(_merged_into())


def _said(claim_id: str) -> str:
    claims = load_claims()
    return str(claims.loc[claims["claim_id"] == claim_id, "value_text"].iloc[0])


_WORDS = {"about": "about ", "more_than": "more than ", "at_least": "at least ", "exact": ""}


def _figure(claim_id: str) -> str:
    """A claim's figure with its qualifier in words ('more than 300')."""
    row = load_claims().set_index("claim_id").loc[claim_id]
    return f"{_WORDS.get(row['qualifier'], '')}{row['value']:,.0f}"


def _coded(event_id: str) -> int:
    events = load_events()
    return int(events.loc[events["event_id"] == event_id, "fatalities"].iloc[0])


def _dozens() -> Question:
    return Question(
        id="data-1", lesson="data", kind="choice",
        prompt=lambda: (f"Event {DOZENS} records {_coded(DOZENS)} deaths in Almaty on 6 January "
                        "2022. The police spokeswoman had said 'dozens' of attackers were "
                        "'eliminated'. A classmate writes: 'Police killed "
                        f"{_coded(DOZENS)} attackers in Almaty that night.' What is wrong with "
                        "the sentence? Answer with the letter, in quotes."),
        choices=(
            "a) The table's number is not a count but ACLED's conventional number for the "
            "police's word 'dozens', so the sentence should say so and quote 'dozens'; "
            "'attackers' can stay as written, since the police themselves used it.",
            "b) Nothing: it gives the number in the events table, and that is the figure to "
            "quote.",
            "c) The row should have no figure at all: a word like 'dozens' cannot be coded, so "
            "the event ought to have been left out.",
            "d) The table's number is ACLED's conventional number for the word 'dozens', "
            "supplied by the coders, not a count anyone reported; and 'attackers' is the "
            "police's word, to be quoted and attributed.",
        ),
        answer="d",
        hints=(
            "Read the notes of KZ-E-2038 with kzlib.show: who said 'dozens', and how was the word "
            "turned into a number?",
            "Run parse_figure('dozens') again: what does imputed=True tell you about where the 12 "
            "came from?",
        ),
        explanation="A vague word gets a conventional number so that it can be counted with the "
                    "others, and the coding says so (imputed, and the notes). The number is the "
                    "coders', the word is the police's, and the label 'attackers' is theirs too: "
                    "quote it and say who used it.",
        mistakes=(
            Mistake("a", "reads a claimant's word as the package's",
                    "That gets the number right but reads a claimant's word as the package's. "
                    "'Attackers' is the police's label for the people they said were "
                    "'eliminated'; written without attribution, the sentence states as a fact who "
                    "the dead were. Quote the word and say who used it, as the record's notes "
                    "do."),
            Mistake("b", "treats a vague word as a precise number",
                    "That treats a vague word as a precise number. Nobody reported 12: the police "
                    "said 'dozens', and ACLED's rule turns that word into 12 so that the event can "
                    "be counted. Quote the word and say the number is conventional; and "
                    "'attackers' is the police's label, not a fact the data establish."),
            Mistake("c", "drops a figure that cannot be read exactly instead of coding it",
                    "That drops a figure that cannot be read exactly instead of coding it. "
                    "Leaving the event out would hide reported deaths; the rule keeps it, with "
                    "a conventional number marked as imputed and the police's words in the notes, "
                    "so a reader can see how imprecise it is."),
        ),
        records=(DOZENS,),
    )


def _unknown_place() -> Question:
    return Question(
        id="data-3", lesson="data", kind="choice",
        prompt="A researcher adds a raw event in Almaty but types the place as 'Almatty'. What "
               "does `python -m kzlib build` do? Answer with the letter, in quotes.",
        choices=(
            "a) It leaves that row out, builds the tables from the other rows, and notes the "
            "row it left out in the cleaning log.",
            "b) It resolves 'Almatty' to Almaty, the nearest known place, since a one-letter "
            "typo leaves no doubt, and records the change in the cleaning log so that a person "
            "can check it afterwards.",
            "c) It stops and writes nothing: it names the file, line and field and suggests "
            "Almaty; a person fixes the spelling or adds it to the gazetteer as an alias.",
            "d) It writes the row with an empty place, and `python -m kzlib validate` reports it "
            "afterwards.",
        ),
        answer="c",
        hints=(
            "Look again at what normalise_places did with 'Almatty' above: did it return "
            "anything for that row?",
            "Read the list of what the build does, above: when are the rules applied, and what "
            "happens to the files if one fails?",
        ),
        explanation="An unknown spelling is an error, not a guess: the build collects every "
                    "problem, names the file, line and field of each with the nearest known "
                    "places, and writes nothing until a person has fixed them. A typo cannot "
                    "silently move an event to the wrong place or out of the data.",
        mistakes=(
            Mistake("a", "drops a row that cannot be read instead of fixing it",
                    "That drops a row that cannot be read instead of fixing it. A left-out row "
                    "is a left-out event: the counts and maps would shrink without anyone "
                    "deciding so. The build stops instead and asks for the row to be fixed."),
            Mistake("b", "lets the program guess what the report did not say",
                    "That lets the program guess what the report did not say. 'Almatty' is "
                    "probably Almaty, but a nearest match can be wrong (there are places called "
                    "Aksu in two regions), and a change logged for later is a change nobody may "
                    "read. The build suggests the match and leaves the decision to a person "
                    "before anything is written."),
            Mistake("d", "thinks the rules run only after the data are shipped",
                    "That thinks the rules run only after the data are shipped. The build applies "
                    "the same rules before it writes anything, so a broken row never reaches the "
                    "shipped files; validate checks them again afterwards."),
        ),
    )


def _adding_detentions() -> Question:
    return Question(
        id="data-6", lesson="data", kind="choice",
        prompt=lambda: (f"The sample's four detention figures are {_figure('KZ-C-5048')} "
                        f"(Almaty, 6 January), {_figure('KZ-C-7011')} (Aktobe), "
                        f"{_figure('KZ-C-7017')} (Shymkent) and {_figure('KZ-C-5059')} (Almaty, "
                        "12 January). A classmate "
                        f"adds up their values and writes 'exactly {_detentions_sum():,} people "
                        "were detained'. What is wrong? Answer with the letter, in quotes."),
        choices=(
            "a) Two values are floors ('more than') and one an estimate ('about'), so the sum "
            "cannot be exact; and each figure covers its own place and period, so at best the "
            "sum is a rough floor for these places and days, not their total.",
            "b) Two values are floors ('more than') and one an estimate ('about'), so the sum is "
            "not exact; but since each counts people really detained, the sum is a safe floor: "
            "at least that many people were detained in Kazakhstan in those days.",
            "c) The sum counts Almaty twice: its two figures are one count reported twice, so "
            "one of them should be left out.",
            "d) The figure that says 'about' should be left out, because only exact figures can "
            "be added.",
        ),
        answer="a",
        hints=(
            "Look at the qualifier of each figure: which ones say 'more than', which 'about'?",
            "Then read each claim with kzlib.show: who counted, and over which days?",
        ),
        explanation="Qualifiers travel with the numbers, and so do the claimant, the place and the "
                    "period. A sum of floors is a floor, but an 'about' in it may be above the "
                    "true number, so the sum is at best a rough floor; and a sum of figures for a "
                    "few places and days is a total of nothing but those places and days.",
        mistakes=(
            Mistake("b", "treats an estimate as a lower bound",
                    lambda: "That treats an estimate as a lower bound. The floors are floors, "
                    f"but '{_said('KZ-C-5048')}' may be above the true number as well as below "
                    "it, so a sum that includes it is not a safe floor, only a rough one."),
            Mistake("c", "merges two figures that differ in claimant and day",
                    lambda: "That merges two figures that differ in claimant and day. The "
                    f"Interior Ministry's '{_said('KZ-C-5048')}' counts people taken in raids by 6 "
                    f"January; the city authorities' {_said('KZ-C-5059')} counts the 24 hours to "
                    "12 January. Two counts of two "
                    "periods, not one statement reported twice: the build merges claims only when "
                    "measure, place, day, figure and claimant all agree."),
            Mistake("d", "drops a figure that is not exact instead of keeping its qualifier",
                    "That drops a figure that is not exact instead of keeping its qualifier. "
                    "Leaving out 'about 2,000' makes the total smaller without making it truer; "
                    "keep the figure and say it is an estimate."),
        ),
        records=DETENTIONS,
    )


def _writing() -> Question:
    return Question(
        id="data-w", lesson="data", kind="writing",
        prompt="In a paragraph, follow one record from report to table: what the researchers "
               "typed, what the build changed and why (the cleaning log), what was kept, and what "
               "a reader of the clean table can still not tell. Compare it with a second record, "
               "cite each by its id, and use records whose sources are of different kinds.",
        answer="",
        hints=(
            "Pick a record the log names (KZ-E-1043 merged two reports; KZ-E-1019 changed its "
            "spelling) and print its log rows and its raw row, as in the cell above.",
            "For the second record, take one whose figure is vague or a floor (KZ-E-2038, "
            "KZ-C-7017) or whose sources are several (KZ-C-5048): what did cleaning keep, and "
            "what did it not change?",
            "Check the kinds of the sources behind your records in the sources table, as the "
            "cell above does: public_media, state_media and non_state_media are different kinds.",
        ),
        explanation="A paragraph that follows a record through the pipeline and says what the "
                    "cleaning changed, what it kept, and what it cannot settle.",
        rubric=(
            "Follows one record from what was typed (the spelling, the phrase, the sources) to "
            "the clean row, naming the log's step and reason for each change.",
            "Distinguishes changes of form (a spelling, a date format), which leave the claim as "
            "it was, from merges and conventional numbers, which a reader must know about.",
            "Compares it with a second record, citing both by id, and names the kind of each "
            "record's sources without judging a record by its source's kind alone.",
            "Says what the clean table cannot tell a reader (who was counted, whether two "
            "figures overlap, whether the report was right) and where to look instead.",
        ),
        records=JOURNEYS,
    )


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    return [
        _dozens(),
        Question(
            id="data-2", lesson="data", kind="integer",
            prompt="The sample names its places in 12 different spellings. How many different "
                   "places are they once normalise_places has mapped every spelling to a "
                   "place_id?",
            answer=_places_in_sample,
            hints=(
                "normalise_places returns two things, the ids and a log of changed spellings: "
                "keep the first, the ids.",
                "Count the distinct ids with .nunique(), not the rows with len().",
            ),
            explanation="Twelve spellings, in two alphabets, name only a handful of places: "
                        "Uralsk, Ural'sk and Уральск are all Oral, and Nur-Sultan is Astana.",
            mistakes=(
                Mistake(12, "counts spellings instead of places",
                        "That counts spellings instead of places: it is the number of rows. "
                        "Count the distinct place ids after normalising."),
            ),
            records=(*BEFORE_RALLY, RALLY, *AFTER_RALLY, *SAMPLE_CLAIMS),
        ),
        _unknown_place(),
        Question(
            id="data-4", lesson="data", kind="integer",
            prompt="Clean the figure column of the six claims with parse_figure. How many of the "
                   "six figures are lower bounds ('more than N')?",
            answer=_lower_bounds,
            hints=(
                "Apply parse_figure to each figure with a list comprehension, keeping the "
                ".qualifier of each result.",
                "'more than' in any language gives the qualifier more_than; 'about' and 'some' "
                "give about, which is not a lower bound.",
            ),
            explanation="A 'more than N' figure is stored as value N with qualifier more_than: N "
                        "is the floor of what was said, and a sum of such values is a floor too.",
            mistakes=(
                Mistake(_not_exact, "takes an estimate for a lower bound",
                        "That takes an estimate for a lower bound: it counts every figure that "
                        "is not exact. 'about 2,000' may be above or below 2,000; count only "
                        "more_than."),
                Mistake(6, "counts every figure instead of the lower bounds",
                        "That counts every figure instead of the lower bounds: all six claims. "
                        "Which of them say 'more than'?"),
            ),
            records=SAMPLE_CLAIMS,
        ),
        Question(
            id="data-5", lesson="data", kind="set",
            prompt="After cleaning dates and places, find_duplicates finds two event reports that "
                   "describe one event. Which two? Answer with their report labels, e.g. "
                   "['R01', 'R02'].",
            answer=_duplicate_reports,
            hints=(
                "find_duplicates needs the cleaned columns event_date and place_id: event_rows "
                "has them.",
                "find_duplicates returns row positions (0, 1, 2, ...) within the table you "
                "passed; look up the report labels at those positions with .iloc.",
            ),
            explanation="Before cleaning, the two rows looked different (two spellings, two "
                        "alphabets, two date formats); after cleaning they agree on day, place, "
                        "type and actors: one ACLED event reported twice, merged in the shipped "
                        "table with both sets of sources.",
            mistakes=(
                Mistake(["R03", "R04"], "merges two reports that differ in place or day",
                        "That merges two reports that differ in place or day: R03 is at the same "
                        "place, but on 3 January, the night before. ACLED counts one event per "
                        "day, so a rally on two days is two events."),
                Mistake(["R03", "R04", "R05"], "merges every report from one place",
                        "That merges every report from one place. Three reports come from Oral, "
                        "but R03 is on another day: only reports that agree on the day too "
                        "describe one event."),
                Mistake(["R02", "R03"], "merges two reports that differ in place or day",
                        "That merges two reports that differ in place or day: same day and type, "
                        "but one rally was in the capital and the other in Oral."),
            ),
            records=(RALLY,),
        ),
        _adding_detentions(),
        Question(
            id="data-7", lesson="data", kind="integer", transfer=True,
            prompt="Run find_duplicates on the shipped events table. How many groups of events "
                   "does it still find that agree on day, place, type, sub-type and actors?",
            answer=lambda: len(_groups_left()),
            hints=(
                "find_duplicates takes any table with the columns event_date, place_id, "
                "event_type, sub_event_type, actor1 and actor2: events has them all.",
                "It returns a list of groups, each a list of row positions: count the groups.",
                "Then look at one group with .iloc: what type of event are its rows?",
            ),
            explanation="Every group is of strategic developments, mostly decisions announced in "
                        "the capital on one day. The build does not merge strategic developments: "
                        "the government's resignation and the president taking the Security "
                        "Council's chair (KZ-E-2018, KZ-E-2019) share a day, a place and actors "
                        "but are two decisions. A matching key is a reason to look, not proof.",
            mistakes=(
                Mistake(_events_in_groups, "counts the events in the groups instead of the groups",
                        "That counts the events in the groups instead of the groups: add one per "
                        "group, however many rows it holds."),
                Mistake(_merges_made, "counts the merges the build made instead of the groups "
                        "it left",
                        "That counts the merges the build made instead of the groups it left: "
                        "those rows are gone from the clean table. Run find_duplicates on "
                        "events itself."),
            ),
            records=DECISIONS,
        ),
        _writing(),
    ]

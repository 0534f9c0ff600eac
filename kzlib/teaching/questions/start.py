"""Exercises of notebooks/00-start-here.ipynb: reading the data and its sources.

The start notebook teaches no pandas (the on-ramp, 00-tables-with-pandas, does): its exercises ask
a student to load and look — a day's claims, one record, the row's sources — and to read what they
see the way the data are coded. Each wrong option is a misreading a newcomer makes: taking the
outlet that reported a figure for the one who stated it, taking a rival figure for a dispute,
reading "disputed" as "false", taking the outlets named in the notes for the row's sources.
"""

from __future__ import annotations

from ...core.records import record
from ..question import Mistake, Question

TOLL_164 = "KZ-C-5001"  # the health ministry's withdrawn toll of 9 January 2022
TOLL_238 = "KZ-C-5037"  # the Prosecutor General's toll of 16 August 2022
RIVALS = ("KZ-C-5035", "KZ-C-5036")  # Radio Azattyq's and Ar.Rukh.Khak's counts
FIRST_PROTEST = "KZ-E-1010"


def _claimant_of_164() -> str:
    """'b' while the data still say the 164 was stated in the health ministry's name."""
    row = record(TOLL_164)
    if row["value"] != 164 or "Healthcare" not in row["claimant"]:
        raise ValueError(f"start-1: {TOLL_164} is no longer the health ministry's 164; "
                         "rewrite the question's choices")
    return "b"


def _meaning_of_disputed() -> str:
    """'c' while the data still code the toll of 238 as disputed by named others."""
    row = record(TOLL_238)
    if row["status"] != "disputed" or not isinstance(row["disputed_by"], str):
        raise ValueError(f"start-2: {TOLL_238} is no longer disputed; rewrite the question")
    return "c"


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    return [
        Question(
            id="start-1", lesson="start", kind="choice",
            prompt="A national death toll of 164 was posted on 9 January 2022. Who is its "
                   "claimant, the one the claims table says stated it?",
            choices=(
                "a) TASS, the Russian news agency that reported the figure",
                "b) Kazakhstan's health ministry, in whose name the figure was posted",
                "c) The Qantar 2022 data package, which records the figure",
                "d) The Prosecutor General's Office, which gave the later official tolls",
            ),
            answer=_claimant_of_164,
            hints=(
                "Load only that day: kzlib.load_claims(start=..., end=...) with the same date "
                "twice, and show all its rows, not only the first three. Find the row whose "
                "value_text is 164.",
                "The claimant column is hidden in the middle of the wide table: look the row up "
                "by its claim_id with kzlib.show() or kzlib.record(), as the worked example did.",
            ),
            explanation="The claimant column names whoever stated the figure: here the health "
                        "ministry, in whose name it was posted ('attributed' says it came to the "
                        "public that way). TASS and the other outlets in source_ids reported "
                        "it. Kazakh media then reported that the ministry said it had given no "
                        "such figures: read the row's status and notes.",
            mistakes=(
                Mistake("a", "takes the outlet that reported a figure for its claimant",
                        "This answer takes the outlet that reported a figure for its claimant. "
                        "TASS is one of the sources in source_ids: it passed the figure on. "
                        "The claimant column names who stated it; several outlets can report "
                        "one claimant's figure."),
                Mistake("c", "reads a figure in the data as the package's own",
                        "This answer reads a figure in the data as the package's own. The "
                        "package records what others stated, with who and when, and never "
                        "states a toll itself; the claimant column says whose figure it is."),
                Mistake("d", "assumes one official body stated every official toll",
                        "This answer assumes one official body stated every official toll. "
                        "Several state bodies gave figures in January 2022: the health ministry, "
                        "the Interior Ministry, the Prosecutor General's Office, the president. "
                        "Each row's claimant column names its own; read the row for 164."),
            ),
            records=(TOLL_164,),
        ),
        Question(
            id="start-2", lesson="start", kind="choice",
            prompt="Claim KZ-C-5037, the national death toll of 238 stated by the Prosecutor "
                   "General's Office, has the status 'disputed'. What does that status tell you?",
            choices=(
                "a) The office later replaced the figure with a new one of its own",
                "b) Other counters, such as rights groups, gave different totals",
                "c) A named party other than the office publicly contested this figure, in a "
                "source the data hold",
                "d) The figure has been shown to be false, so readers should set it aside and "
                "use other counts instead",
            ),
            answer=_meaning_of_disputed,
            hints=(
                "Look the claim up with kzlib.record('KZ-C-5037') and read its status and "
                "disputed_by columns.",
                "Go back to the four statuses explained above: which one needs someone other "
                "than the claimant, named in a source, to contest this very figure?",
            ),
            explanation="'Disputed' means that a named other party contested this very figure, "
                        "in a source the data hold: disputed_by lists those sources. Here it "
                        "lists one: RFE/RL reported in December 2022 that human rights groups "
                        "insist the number killed was higher. (In May 2023 a UN Committee "
                        "against Torture rapporteur questioned whether the official list of the "
                        "dead was complete, not its number, so the data do not count that as a "
                        "dispute of 238.) The status records the challenge; it does not say who "
                        "is right.",
            mistakes=(
                Mistake("a", "confuses disputed with revised",
                        "This answer confuses disputed with revised. A figure the same claimant "
                        "later replaced is 'revised', and the newer row names it in "
                        "revises_claim_id. 'Disputed' is about someone else contesting it."),
                Mistake("b", "takes a rival figure for a dispute",
                        "This answer takes a rival figure for a dispute. Another counter's "
                        "different total (claims KZ-C-5035 and KZ-C-5036, for example) is its "
                        "own row, a rival claim; it does not change the status of 238. "
                        "'Disputed' needs a named party who contested this very figure."),
                Mistake("d", "reads disputed as proven false",
                        "This answer reads disputed as proven false. The status records that "
                        "someone publicly contested the figure, and who (disputed_by); the data "
                        "take no side on who is right, and neither should a reader without "
                        "more evidence. Rival counts sit beside 238, they do not replace it."),
            ),
            records=(TOLL_238, *RIVALS),
        ),
        Question(
            id="start-3", lesson="start", kind="text",
            prompt="The notes of event KZ-E-1010 name outlets in passing. Which column of an "
                   "event or a claim lists the sources behind the row, the ones you can look up "
                   "to find each source's publisher, date and kind?",
            answer="source_ids",
            hints=(
                "Look at the event turned on its side above: one column holds ids, not prose.",
                "Its values can be passed, one at a time, to kzlib.record() to see a source's "
                "row, with its kind.",
            ),
            explanation="Every row names its sources by id; kzlib.cite(row_id) turns them into "
                        "citations, and kzlib.record(source_id) shows each one's publisher, date "
                        "and kind.",
            mistakes=(
                Mistake("notes", "takes outlets named in the notes for the row's sources",
                        "This answer takes outlets named in the notes for the row's sources. "
                        "The notes are written in our own words and mention some outlets in "
                        "passing; which column lists the ids of every source?"),
                Mistake("kind", "looks for the kind in the row itself",
                        "This answer looks for the kind in the row itself. Events and claims "
                        "have no kind column: kind belongs to each source. Which column leads "
                        "from the row to its sources?"),
                Mistake("source_id", "takes the sources table's key for the row's list",
                        "This answer takes the sources table's own id column for the row's "
                        "list. source_id names one source, in the sources table. The event's "
                        "column lists several ids, so its name is plural."),
                ("source", "Close: the column's name is plural and ends in _ids."),
                ("sources", "Close: the column holds the sources' ids, and its name says so."),
            ),
            records=(FIRST_PROTEST,),
        ),
    ]

"""Exercises of notebooks/07-from-reports-to-data.ipynb.

The lesson's messy sample (``notebooks/data/messy-reports.csv``) was made from the real rows named
below; the answers are computed from those rows of the shipped tables, so they cannot drift from them.
"""

from __future__ import annotations

from importlib import resources

import pandas as pd

from ...core.load import load_claims, load_raw
from ...core.places import lookup
from ..question import Question

#: The rows the sample was made from, in the sample's order (R01-R06 events, R07-R12 claims).
SAMPLE_EVENTS = ("KZ-E-1010", "KZ-E-1019", "KZ-E-1023", "KZ-E-1043", "KZ-E-7004", "KZ-E-2038")
SAMPLE_CLAIMS = ("KZ-C-1014", "KZ-C-5048", "KZ-C-7011", "KZ-C-7013", "KZ-C-7017", "KZ-C-5059")
#: Sample reports (labels R01-R12) by event id.
_LABELS = {eid: f"R{i:02d}" for i, eid in enumerate(SAMPLE_EVENTS, 1)}


def _cleaning_log() -> pd.DataFrame:
    path = resources.files("kzlib").joinpath("data", "cleaning-log.csv")
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _sample_place_ids() -> list[str]:
    raw_events = load_raw("events").set_index("event_id")
    raw_claims = load_raw("claims").set_index("claim_id")
    spellings = [raw_events.at[e, "place"] for e in SAMPLE_EVENTS]
    spellings += [raw_claims.at[c, "place"] for c in SAMPLE_CLAIMS]
    return [lookup(s)["place_id"] for s in spellings]


def _places_in_sample() -> int:
    return len(set(_sample_place_ids()))


def _qualifiers() -> pd.Series:
    claims = load_claims().set_index("claim_id")
    return claims.loc[list(SAMPLE_CLAIMS), "qualifier"]


def _lower_bounds() -> int:
    return int((_qualifiers() == "more_than").sum())


def _not_exact() -> int:
    return int((_qualifiers() != "exact").sum())


def _merged_into() -> dict[str, str]:
    log = _cleaning_log()
    merges = log[(log["table"] == "events") & (log["step"] == "merge")]
    return dict(zip(merges["before"], merges["after"], strict=True))


def _duplicate_reports() -> list[str]:
    """Labels of the sample's events that are one event in the shipped table."""
    kept = pd.Series([_merged_into().get(e, e) for e in SAMPLE_EVENTS], index=list(_LABELS.values()))
    return sorted(kept[kept.duplicated(keep=False)].index)


def _merges(table: str) -> int:
    log = _cleaning_log()
    return int(((log["table"] == table) & (log["step"] == "merge")).sum())


#: The raw file asked about in exercise data-4.
REGIONS_FILE = "data/raw/events/regions.csv"


def _merged_from(raw_file: str) -> int:
    """How many raw event rows that the build merged into another event were typed in raw_file."""
    raw_events = load_raw("events")
    merged = raw_events[raw_events["event_id"].isin(list(_merged_into()))]
    return int((merged["raw_file"] == raw_file).sum())


def _merged_from_others() -> int:
    return _merges("events") - _merged_from(REGIONS_FILE)


def _regions_rows() -> int:
    return int((load_raw("events")["raw_file"] == REGIONS_FILE).sum())


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    return [
        Question(
            id="data-1", lesson="data", kind="integer",
            prompt="The sample names its places in 12 different spellings. How many different places "
                   "are they once normalise_places has mapped every spelling to a place_id?",
            answer=_places_in_sample,
            hints=(
                "normalise_places returns two things, the ids and a log of changed spellings: keep the "
                "first, the ids.",
                "Count the distinct ids with .nunique(), not the rows with len().",
            ),
            explanation="Twelve spellings, in two alphabets, name only a handful of places: Uralsk, "
                        "Ural'sk and Уральск are all Oral, and Nur-Sultan is Astana.",
            mistakes=(
                (12, "That is the number of spellings (or of rows). Count the distinct place ids "
                     "after normalising."),
            ),
        ),
        Question(
            id="data-2", lesson="data", kind="integer",
            prompt="Clean the figure column of the six claims with parse_figure. How many of the six "
                   "figures are lower bounds ('more than N')?",
            answer=_lower_bounds,
            hints=(
                "Apply kzlib.clean.parse_figure to each figure, then look at the .qualifier of each "
                "result.",
                "'more than' in any language gives the qualifier more_than; 'about' and 'some' give "
                "about, which is not a lower bound.",
            ),
            explanation="A 'more than N' figure is stored as value N with qualifier more_than: N is the "
                        "floor of what was said, and a sum of such values is a floor too.",
            mistakes=(
                (_not_exact, "That counts every figure that is not exact. 'about 2,000' is an "
                             "estimate, not a lower bound: count only more_than."),
                (6, "That is every claim in the sample. Which of them say 'more than'?"),
            ),
        ),
        Question(
            id="data-3", lesson="data", kind="set",
            prompt="After cleaning dates and places, find_duplicates finds two event reports that "
                   "describe one event. Which two? Answer with their report labels, e.g. "
                   "['R01', 'R02'].",
            answer=_duplicate_reports,
            hints=(
                "find_duplicates needs the cleaned columns event_date and place_id: build them first, "
                "then pass only the event rows.",
                "find_duplicates returns row positions (0, 1, 2, ...) within the table you passed; "
                "look up the report labels at those positions with .iloc.",
            ),
            explanation="Before cleaning, the two rows looked different (two spellings, two date "
                        "formats); after cleaning they agree on day, place, type and actors: one "
                        "ACLED event reported twice, merged in the shipped table with both sets of "
                        "sources.",
            mistakes=(
                (["R03", "R04"], "R03 is at the same place, but on 3 January, the night before: "
                                 "ACLED counts one event per day."),
                (["R03", "R04", "R05"], "Three reports from Oral, but R03 is on another day. Which "
                                        "two agree on the day too?"),
                (["R02", "R03"], "Same day and type, but two different places."),
            ),
        ),
        Question(
            id="data-4", lesson="data", kind="integer",
            prompt="The cleaning log lists the raw event rows that the build merged into another "
                   "event. How many of those merged rows had been typed into the regions file, "
                   "data/raw/events/regions.csv?",
            answer=lambda: _merged_from(REGIONS_FILE),
            hints=(
                "The merged rows' ids are in the record_id column of event_merges (the log's rows "
                "of table 'events' and step 'merge').",
                "Select those ids in raw_events with .isin(), then look at the raw_file column of "
                "the rows you kept: compare it with the file name, or use .value_counts().",
            ),
            explanation="A merged row is a second report of an event that was already recorded; its "
                        "sources and notes were added to the kept event, so nothing was lost. The "
                        "raw_file column says which researcher's file each report came from.",
            mistakes=(
                (lambda: _merges("events"), "That is every merged event row. Keep only those typed "
                                            "into the regions file."),
                (_merged_from_others, "That counts the merged rows from the other files. Which "
                                      "were typed into regions.csv?"),
                (_regions_rows, "That is every raw row of the regions file. Keep only the rows "
                                "that were merged."),
                (lambda: _merges("claims"), "That is the number of merged claims. Look at the "
                                            "merged event rows."),
            ),
        ),
        Question(
            id="data-5", lesson="data", kind="choice",
            prompt="The claims table stores 'more than 3,500 detained' as value 3500 with qualifier "
                   "more_than. A classmate adds up the value column of several such claims and "
                   "writes 'exactly N people were detained'. What is wrong?",
            choices=(
                "a) Nothing: value is the number that was reported.",
                "b) Each value is a floor of what was said, so the sum is only a lower bound; and "
                "figures from different claimants and days may count the same people twice.",
                "c) The sum is too high, because 'more than' figures are rounded up.",
                "d) value is the upper limit of each figure, so the sum is a maximum.",
            ),
            answer="b",
            hints=(
                "What does 'more than 3,500' tell you about the true number: could it be 3,400? "
                "Could it be 4,000?",
                "Also think about who counted: is each claim a separate group of people?",
            ),
            explanation="Qualifiers travel with the number: keep them when you compute, and never "
                        "add figures of different claimants as if they counted different people.",
            mistakes=(
                ("a", "The number was reported, but not as an exact count. What does the qualifier "
                      "say?"),
                ("c", "'more than 3,500' means the claimant's count was above 3,500: is 3,500 too "
                      "high or too low?"),
                ("d", "A 'more than' figure gives a floor, not a ceiling."),
            ),
        ),
    ]

"""Exercises of notebooks/00-tables-with-pandas.ipynb, the pandas on-ramp.

Every answer is computed from the shipped tables when a student checks it, with the same pandas
operations the lesson shows, so an exercise cannot drift from the data. The wrong answers the
questions anticipate are the beginner's mistakes the lesson warns about: ``=`` for ``==``, ``and``
for ``&``, conditions without their brackets, ``.count()`` for counting rows, a filter that is too
wide or too narrow, adding up where the question counts, and counting the wrong table after a join.
"""

from __future__ import annotations

import pandas as pd

from ...core.load import load_claims, load_events, load_publishers, load_sources
from ..question import Mistake, Question

STREET = ["Protests", "Riots"]


# --- exercise 2: protests and riots in Almaty --------------------------------------------------


def _almaty_street(*, by: str = "admin1", types: list[str] | None = None) -> int:
    events = load_events()
    kept = events[(events[by] == "Almaty") & events["event_type"].isin(types or STREET)]
    return len(kept)


def _almaty_all() -> int:
    events = load_events()
    return len(events[events["admin1"] == "Almaty"])


# --- exercise 3: counting rows ------------------------------------------------------------------


def _claims_rows() -> int:
    return len(load_claims())


def _claims_with_value() -> int:
    return int(load_claims()["value"].count())


# --- exercise 4: events with a reported death, by event type ------------------------------------


def _with_deaths_by_type() -> pd.Series:
    events = load_events()
    return events[events["fatalities"] > 0].groupby("event_type", observed=True).size()


def _type_with_most_deadly_events() -> str:
    return str(_with_deaths_by_type().idxmax())


def _type_with_most_deaths() -> str:
    """The type whose fatalities add up highest: the answer to a different question."""
    return str(load_events().groupby("event_type", observed=True)["fatalities"].sum().idxmax())


def _commonest_type() -> str:
    return str(load_events()["event_type"].value_counts().idxmax())


# --- exercise 5: sources from state-owned publishers --------------------------------------------


def _state_owned_sources() -> int:
    owners = load_publishers()[["publisher_id", "ownership"]]
    joined = load_sources().merge(owners, left_on="publisher_id", right_on="publisher_id")
    return len(joined[joined["ownership"] == "state"])


def _state_owned_publishers() -> int:
    publishers = load_publishers()
    return len(publishers[publishers["ownership"] == "state"])


def _state_media_sources() -> int:
    sources = load_sources()
    return len(sources[sources["kind"] == "state_media"])


# --- exercise 6: January events known from one state-media source -------------------------------


def _single_source_events(start: str | None = "2022-01-01",
                          end: str | None = "2022-01-31") -> pd.DataFrame:
    events = load_events(start=start, end=end)
    return events.merge(load_sources(), left_on="source_ids", right_on="source_id")


def _only_state_media(start: str | None = "2022-01-01", end: str | None = "2022-01-31") -> int:
    paired = _single_source_events(start, end)
    return len(paired[paired["kind"] == "state_media"])


def _january_single_source() -> int:
    return len(_single_source_events())


def _january_state_media_anywhere() -> int:
    """January events with state media among their sources, however many sources they have."""
    events = load_events(start="2022-01-01", end="2022-01-31")
    kind = load_sources().set_index("source_id")["kind"]
    return sum(any(kind.get(s) == "state_media" for s in ids.split(";"))
               for ids in events["source_ids"])


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    return [
        Question(
            id="tables-1", lesson="tables", kind="choice",
            prompt="Which line keeps only the riots in Almaty (the rows whose admin1 is 'Almaty' "
                   "and whose event_type is 'Riots')?",
            choices=(
                'a) events[events["admin1"] == "Almaty" & events["event_type"] == "Riots"]',
                'b) events[(events["admin1"] == "Almaty") and (events["event_type"] == "Riots")]',
                'c) events[(events["admin1"] == "Almaty") & (events["event_type"] == "Riots")]',
                'd) events[(events["admin1"] = "Almaty") & (events["event_type"] = "Riots")]',
            ),
            answer="c",
            hints=(
                "Check three things in each line: how each condition compares, what joins the two "
                "conditions, and where the round brackets are.",
                "A comparison uses two equals signs; two conditions on a whole column are joined "
                "with the symbol the worked example used, each inside its own round brackets.",
            ),
            explanation="Each condition is a column of True and False, written with == and "
                        "wrapped in round brackets; & keeps the rows where both are True.",
            mistakes=(
                Mistake("a", "forgets the brackets around each condition",
                        "This line forgets the brackets around each condition. Python works out "
                        "& before ==, so it first tries \"Almaty\" & events[\"event_type\"], "
                        "which makes no sense, and pandas stops with a TypeError. Wrap each "
                        "comparison in its own round brackets."),
                Mistake("b", "combines conditions with and instead of &",
                        "This line combines conditions with and instead of &. The word and asks "
                        "whether a whole column is True, which pandas cannot say (\"the truth "
                        "value of a Series is ambiguous\"). Use &, which compares the two "
                        "columns row by row."),
                Mistake("d", "uses = instead of ==",
                        "This line uses = instead of ==. A single = stores a value under a name; "
                        "it cannot compare, so Python stops with a SyntaxError before anything "
                        "runs (\"Maybe you meant '==' instead of '='?\"). Compare with ==."),
            ),
        ),
        Question(
            id="tables-2", lesson="tables", kind="integer",
            prompt="How many protests and riots do the data record in the city of Almaty, its "
                   "squares and buildings included (admin1 'Almaty')?",
            answer=lambda: _almaty_street(),
            hints=(
                "You need two conditions: one on admin1, and one on event_type that lets two "
                "values through.",
                "Keep two event types with .isin([...]) on event_type, join it to the admin1 "
                "condition with &, brackets around each, then count the rows with len().",
            ),
            explanation="Almaty's events include sites inside the city (Republic Square, the "
                        "airport, the akimat building), each with its own location but all with "
                        "admin1 'Almaty'.",
            mistakes=(
                Mistake(lambda: _almaty_street(by="location"), "matches location and misses "
                        "the city's sites",
                        "Your filter matches location and misses the city's sites: Republic "
                        "Square or the airport have their own location but belong to Almaty. "
                        "Filter on admin1, the region column, which is 'Almaty' for all of them."),
                Mistake(_almaty_all, "forgets the event type condition",
                        "That counts every event in Almaty: your filter forgets the event type "
                        "condition. Add a second condition that keeps only protests and riots."),
                Mistake(lambda: _almaty_street(types=["Riots"]), "keeps only one of the types",
                        "Your filter keeps only one of the types, riots. The question asks for "
                        "protests as well: let both values through with .isin([...])."),
                Mistake(lambda: _almaty_street(types=["Protests"]), "keeps only one type, "
                        "protests",
                        "Your filter keeps only one type, protests. The question asks for riots "
                        "as well: let both values through with .isin([...])."),
            ),
        ),
        Question(
            id="tables-3", lesson="tables", kind="choice",
            prompt="You want to know how many claims the claims table holds. Which expression "
                   "gives it?",
            choices=(
                'a) claims["value"].count()',
                "b) len(claims)",
                'c) claims["value"].sum()',
                'd) claims["measure"].nunique()',
            ),
            answer="b",
            hints=(
                "Ask of each expression: does it count rows, count filled-in cells, add numbers "
                "up, or count different values?",
                "Some claims are readings or accounts in words, with no number in the value "
                "column. Which expression still counts those rows?",
            ),
            explanation=lambda: f"len() counts the rows of a table: {_claims_rows()} claims, "
                                f"of which only {_claims_with_value()} have a number in value.",
            mistakes=(
                Mistake("a", "counts rows with .count() on a column with missing values",
                        lambda: "This option counts rows with .count() on a column with missing "
                                "values. .count() skips the empty cells: the readings and "
                                "accounts have no number, so it gives "
                                f"{_claims_with_value()}, not the {_claims_rows()} rows. len() "
                                "counts every row."),
                Mistake("c", "adds up the figures instead of counting rows",
                        "This option adds up the figures instead of counting rows: it sums "
                        "deaths, tenge, percentages and troops into one meaningless total. "
                        "Counting rows is len()."),
                Mistake("d", "counts distinct values instead of rows",
                        "This option counts distinct values instead of rows: .nunique() says how "
                        "many different measures there are (deaths, detentions, ...), not how "
                        "many claims. Counting rows is len()."),
            ),
        ),
        Question(
            id="tables-4", lesson="tables", kind="text",
            prompt="Keep the events with at least one reported death (fatalities > 0), group them "
                   "by event_type and count the rows of each group with .size(). Which event type "
                   "has the most such events? Answer with its name, in quotes.",
            answer=_type_with_most_deadly_events,
            hints=(
                "Fill in the column to group by: the one that names the ACLED type of each "
                "event, in quotes.",
                "Sort the counts with ascending=False so that the largest comes first, and read "
                "the name at the top.",
            ),
            explanation=lambda: (
                f"{_type_with_most_deadly_events()}: "
                f"{int(_with_deaths_by_type().max())} of the "
                f"{int(_with_deaths_by_type().sum())} events with a reported death have this "
                "type. This counts events, not deaths. Adding up fatalities by type answers a "
                "different question, and partly with numbers the data write for vague words "
                "('dozens' becomes 12), which lesson 5 explains; the national death tolls are "
                "claims, in the claims table."),
            mistakes=(
                Mistake(_type_with_most_deaths, "adds up deaths instead of counting events",
                        "That is the type whose deaths add up highest: your code adds up deaths "
                        "instead of counting events. The question asks how many events have at "
                        "least one reported death: count the rows of each group with .size()."),
                Mistake(_commonest_type, "counts every event, not only those with a death",
                        "That is the most common type of event, and it records no deaths: your "
                        "code counts every event, not only those with a death. Keep the rows "
                        "with fatalities > 0 before you group them."),
            ),
        ),
        Question(
            id="tables-5", lesson="tables", kind="integer",
            prompt="Join the sources to the publishers' ownership column. How many sources come "
                   "from publishers whose ownership is 'state'?",
            answer=_state_owned_sources,
            hints=(
                "Both tables have a publisher_id column: that is the key to join on.",
                "After the join, keep the rows whose ownership is 'state' and count them "
                "with len().",
            ),
            explanation="Ownership says who owns an outlet. The kind column says more: a "
                        "state-owned or state-funded outlet is state_media when the State Media "
                        "Monitor rates it controlled or captured, public_media when rated "
                        "editorially independent, state_funded_media when not rated.",
            mistakes=(
                Mistake(_state_owned_publishers, "counts publishers instead of sources",
                        "That number counts publishers instead of sources: one publisher can "
                        "have many sources. Join first, then count the rows of the joined "
                        "sources table."),
                Mistake(_state_media_sources, "counts the kind column instead of ownership",
                        "That number counts the kind column instead of ownership: the "
                        "state_media kind is only part of the state-owned outlets (some are "
                        "public_media or state_funded_media). Join the ownership column and "
                        "count 'state'."),
            ),
        ),
        Question(
            id="tables-6", lesson="tables", kind="integer", transfer=True,
            prompt="Events name their sources in source_ids, as claims do. How many events of "
                   "January 2022 rest on a single source, and that source of kind 'state_media'?",
            answer=lambda: _only_state_media(),
            hints=(
                "Three steps: load the events of January 2022, join them to the sources the way "
                "the death tolls were joined, then keep one kind of source.",
                "An event with several sources finds no partner in the join, so the joined table "
                "holds only single-source events. Filter it on kind and count the rows.",
            ),
            explanation="These events are known to the data through one state-media report "
                        "only: before you rely on one of them, look for a second source.",
            mistakes=(
                Mistake(lambda: _only_state_media(None, None),
                        "forgets to keep January 2022",
                        "Your count forgets to keep January 2022: it includes events from 2011 "
                        "to the aftermath. Load the events with start= and end=."),
                Mistake(_january_single_source, "forgets the kind condition",
                        "That counts every January event with a single source: your code "
                        "forgets the kind condition. Keep the rows whose kind is "
                        "'state_media'."),
                Mistake(_january_state_media_anywhere, "counts events with state media among "
                        "several sources",
                        "Your count includes events with state media among several sources. "
                        "The question asks for events that rest on a single source: the join "
                        "keeps only those."),
            ),
        ),
    ]

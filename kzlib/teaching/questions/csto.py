"""Exercises of notebooks/04-the-csto-intervention.ipynb."""

from __future__ import annotations

import pandas as pd

from ...core.load import load_claims, load_events
from ..question import Mistake, Question

RUSSIA = "Military Forces of Russia (2000-)"
#: The day the first contingents flew home (events KZ-E-4024 to KZ-E-4027).
FIRST_DEPARTURES = "2022-01-14"


def _said(claim_id: str) -> str:
    """A claim's figure as reported ('2,030')."""
    claims = load_claims()
    return str(claims.loc[claims["claim_id"] == claim_id, "value_text"].iloc[0])


def _status(claim_id: str) -> str:
    claims = load_claims()
    return str(claims.loc[claims["claim_id"] == claim_id, "status"].iloc[0])


def _country_figures() -> pd.DataFrame:
    claims = load_claims(measures="troops")
    return claims[claims["subject"] != "all_csto"].sort_values(["claim_date", "claim_id"])


def _latest_per_country_sum() -> int:
    return int(_country_figures().groupby("subject")["value"].last().sum())


def _all_country_rows_sum() -> int:
    return int(_country_figures()["value"].sum())


def _official_total() -> int:
    claims = load_claims(measures="troops")
    rows = claims[(claims["subject"] == "all_csto") & (claims["claimant_type"] == "government")]
    return int(rows.sort_values("claim_date")["value"].iloc[0])


def _latest_with_the_total() -> int:
    claims = load_claims(measures="troops").sort_values(["claim_date", "claim_id"])
    return int(claims.groupby("subject")["value"].last().sum())


def _russian_span(inclusive: bool = False) -> int:
    events = load_events(themes="csto")
    dates = events.loc[events["actor1"] == RUSSIA, "event_date"]
    days = (dates.max() - dates.min()).days
    return days + 1 if inclusive else days


def _all_csto_span() -> int:
    dates = load_events(themes="csto")["event_date"]
    return (dates.max() - dates.min()).days


def _equipment(since: str | None = None) -> pd.DataFrame:
    claims = load_claims(measures="equipment")
    return claims if since is None else claims[claims["claim_date"] >= since]


def _aircraft_home() -> int:
    return int(_equipment(FIRST_DEPARTURES)["value"].sum())


def _a_day_early() -> int:
    day_before = (pd.Timestamp(FIRST_DEPARTURES) - pd.Timedelta(days=1)).strftime("%Y-%m-%d")
    return int(_equipment(day_before)["value"].sum())


def _missing_figure() -> Question:
    return Question(
        id="csto-2", lesson="csto", kind="choice",
        prompt="The contingents chart has no bar for Russia or Belarus. What is the best "
               "conclusion? Answer with the letter, in quotes.",
        choices=(
            "a) Russia's contingent is the remainder of the official total once the stated "
            "national figures are taken away, since that total covers every contingent.",
            "b) Russia and Belarus did not send troops: a country whose unit had actually landed "
            "would have had its size reported, as the other three did.",
            "c) The sources give no figure for them; the events record their units arriving, so "
            "the size of those two contingents is unknown to us, not zero.",
            "d) The official total must be wrong, since the stated national figures do not add up "
            "to it and an official count should match its own parts.",
        ),
        answer="c",
        hints=(
            "Read the events of the Russian and Belarusian arrivals (KZ-E-4003, KZ-E-4006): do "
            "they say units arrived? Do they say how many?",
            "A country with no row in a claims table is a country for which nobody in the sources "
            "stated a figure. What can you conclude from a figure nobody stated?",
        ),
        explanation="Absence of a figure is not a figure of zero, nor a small one. The events "
                    "record Russian and Belarusian units arriving; what the data lack is a stated "
                    "size. A historian says so, and does not fill the gap with a guess.",
        mistakes=(
            Mistake("a", "takes a computed remainder as a stated figure",
                    "That takes a computed remainder as a stated figure. The subtraction mixes "
                    "figures from different claimants and days, Belarus's unit is in it too, and "
                    "nothing in the data says who makes it up. No source gave it: it is our "
                    "arithmetic, not Russia's contingent."),
            Mistake("b", "treats a missing figure as zero",
                    "That treats a missing figure as zero. The events table records Russian "
                    "airborne units landing near Almaty and a Belarusian company arriving (KZ-E-4003, "
                    "KZ-E-4006). They came; their size was not stated in the sources."),
            Mistake("d", "takes the stated parts for the whole",
                    "That takes the stated parts for the whole. The national figures cannot add up "
                    "to the total when two contributors have no figure at all; the gap says "
                    "something about the sources, not that the total is wrong."),
        ),
        records=("KZ-E-4003", "KZ-E-4006", "KZ-C-4003"),
    )


def _rival_figure() -> Question:
    return Question(
        id="csto-3", lesson="csto", kind="choice",
        prompt=lambda: (f"NV (Novoye Vremya) put the whole force at {_said('KZ-C-4002')} "
                        "(KZ-C-4002), far above the alliance's and the president's figures, yet the "
                        f"data code it '{_status('KZ-C-4002')}'. Why? Answer with the letter, in "
                        "quotes."),
        choices=(
            "a) It is a slip in the data: a figure so far above the alliance's and the "
            "president's counts contradicts them, so it should be coded 'disputed'.",
            "b) It is another claimant's own figure, and no source the data hold contests it: "
            "a rival claim, which stands as 'asserted' beside the others.",
            lambda: f"c) It should be 'revised': Tokayev's {_said('KZ-C-4003')} three days later "
                    "was the official correction, and a later official count replaces an "
                    "earlier estimate.",
            "d) 'asserted' is the package's judgement that the figure is accurate: a figure it "
            "doubted would have been coded otherwise.",
        ),
        answer="b",
        hints=(
            "Read the notes and the disputed_by column of KZ-C-4002. Which source, if any, "
            "contests NV's figure?",
            "'revised' and 'retracted' are things a claimant does to its own figure. Who stated "
            "the president's count, and who stated NV's?",
        ),
        explanation="A different figure from a different claimant is a separate claim, a rival "
                    "figure: it neither corrects the others nor disputes them. 'disputed' is kept "
                    "for a figure that a named other party contested in a source we hold, listed "
                    "in disputed_by. The status describes what happened to a claim, not whether "
                    "the package believes it.",
        mistakes=(
            Mistake("a", "takes a higher figure for a disputed one",
                    "That takes a higher figure for a disputed one. Being far from other figures, "
                    "even contradicting them, is not being contested: 'disputed' needs a named "
                    "party that contested this figure in a source we hold, and disputed_by is "
                    "empty for NV's figure."),
            Mistake("c", "takes a rival figure as a correction",
                    "That takes a rival figure as a correction. 'revised' means the same claimant "
                    "replaced its own figure; Tokayev's count is the president's claim, NV's "
                    "estimate a Ukrainian outlet's. Two claimants, two rows, neither replacing "
                    "the other."),
            Mistake("d", "reads the status as the package's verdict",
                    "That reads the status as the package's verdict. 'asserted' only says that "
                    "the claim stands as made: not revised, not withdrawn, not contested in a "
                    "source we hold. Whether it is accurate is for you to weigh."),
        ),
        records=("KZ-C-4002", "KZ-C-4003"),
    )


def _writing() -> Question:
    return Question(
        id="csto-w", lesson="csto", kind="writing",
        prompt="In a paragraph, answer: on what grounds was the CSTO called in, and why did the "
               "framing of the unrest matter to Kazakhstan's leadership and to the CSTO? Set at "
               "least two attributed readings side "
               "by side, cite each record by its id, and use records whose sources are of "
               "different kinds.",
        answer="",
        hints=(
            "Start from the request as made (KZ-C-9530, KZ-C-9531) and from what the treaty's "
            "article on aggression provides for (the notes of KZ-C-9506).",
            "Then bring in a reading of the framing (KZ-C-9506, KZ-C-9508, KZ-C-9557) or of the "
            "mission afterwards (KZ-C-9534), and say who said it, when, and who contested what. "
            "Write 'Musabaeva argued that ...', never the reading itself as if it were the fact.",
            "Check the kinds of the sources behind your records with the sources table: a scholar's "
            "article and a news agency's report are different kinds.",
        ),
        explanation="A paragraph that sets attributed readings side by side and lets the reader "
                    "see where they differ.",
        rubric=(
            "States the ground the request gave (the unrest as an 'act of aggression' by "
            "foreign-trained 'terrorists', KZ-C-9530) and what the treaty's article on aggression "
            "provides for, in the writer's own words.",
            "Sets at least two readings side by side, each attributed (who, when) and cited by id, "
            "without adopting any of them in the writer's own voice.",
            "Uses the coding correctly: 'disputed' means named others contested this framing in "
            "sources held (disputed_by), not that it is false; a different reading is a rival "
            "claim, not a dispute.",
            "Says what evidence would settle the question, and cites records whose sources are of "
            "different kinds.",
        ),
        records=("KZ-C-9530", "KZ-C-9531", "KZ-C-9506", "KZ-C-9508", "KZ-C-9557", "KZ-C-9534"),
    )


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    return [
        Question(
            id="csto-1", lesson="csto", kind="integer",
            prompt="Keep each contributing country's latest stated troop figure and add them up. "
                   "How many troops do the stated national figures account for?",
            answer=_latest_per_country_sum,
            hints=(
                "Start from in_order: the country rows (not 'all_csto'), already sorted by date.",
                "Group them by the subject column, pick the value column and take the .last() of "
                "each group: one figure per country.",
                "Then add up the figures that are left with .sum().",
            ),
            explanation="Armenia, Kyrgyzstan and Tajikistan together account for a few hundred "
                        "troops. That is what the stated figures cover, not the size of the force: "
                        "the sources give no figure for the Russian or the Belarusian contingent.",
            mistakes=(
                Mistake(_all_country_rows_sum, "counts one unit once per report",
                        "That counts one unit once per report: every row is added, so a unit "
                        "reported three times is counted three times. Keep one figure per country "
                        "first."),
                Mistake(_official_total, "takes the whole force's total for the stated parts",
                        "That takes the whole force's total for the stated parts. The question asks "
                        "what the countries' own figures add up to."),
                Mistake(_latest_with_the_total, "adds the whole force's total to its parts",
                        "That adds the whole force's total to its parts: the 'all_csto' rows are "
                        "still in. Start from the country rows only."),
            ),
            records=("KZ-C-4012", "KZ-C-4014", "KZ-C-4017", "KZ-C-4018", "KZ-C-4019",
                     "KZ-C-4020"),
        ),
        _missing_figure(),
        _rival_figure(),
        Question(
            id="csto-4", lesson="csto", kind="integer",
            prompt="According to the events table, how many days passed between the first Russian "
                   "units landing near Almaty and the last Russian aircraft leaving Kazakhstan?",
            answer=_russian_span,
            hints=(
                f"Keep the rows of events whose actor1 is '{RUSSIA}'.",
                "The event_date column holds dates: subtract the earliest from the latest, and "
                ".days turns the span into a whole number.",
            ),
            explanation="The Russian contingent stayed longest: its last aircraft, carrying the "
                        "force command, left on the day the mission was reported complete. Compare "
                        "its span with the other contingents' in the next cells.",
            mistakes=(
                Mistake(lambda: _russian_span(inclusive=True), "counts both the first and the last day",
                        "That counts both the first and the last day. The question asks how many "
                        "days passed between them: subtract the dates, and add nothing."),
                Mistake(_all_csto_span, "measures every CSTO event, not the Russian contingent's",
                        "That measures every CSTO event, not the Russian contingent's: it runs to a "
                        "UN debate a month later. Keep only the rows whose actor1 is Russia's "
                        "military."),
            ),
            records=("KZ-E-4003", "KZ-E-4028"),
        ),
        Question(
            id="csto-5", lesson="csto", kind="integer", transfer=True,
            prompt="From the day the first contingents flew home onwards (14 January 2022), how many "
                   "aircraft do the equipment figures in the claims table add up to?",
            answer=_aircraft_home,
            hints=(
                "Keep the claims whose measure is 'equipment'.",
                "Keep a range of dates: compare claim_date with the day written as text, "
                "'YYYY-MM-DD', as in the cell that kept the totals stated after the president's "
                "count.",
                "Add up the value column of the rows that are left.",
            ),
            explanation="The reports name the aircraft of the Armenian, Tajik and Belarusian "
                        "contingents and the last Russian aircraft. They give no count of the "
                        "flights that took the rest of the Russian troops home, so the sum is what "
                        "was reported, not what flew.",
            mistakes=(
                Mistake(lambda: len(_equipment(FIRST_DEPARTURES)), "counts reports instead of aircraft",
                        "That counts reports instead of aircraft: each row is one report, which "
                        "may name several aircraft. Add up the value column."),
                Mistake(_a_day_early, "mixes plans and vehicles into the departures",
                        "That mixes plans and vehicles into the departures: starting a day early "
                        "brings in the vehicles of the whole force and the aircraft Shoigu only "
                        "planned. Start on the day the first contingents left."),
                Mistake(lambda: int(_equipment()["value"].sum()),
                        "adds every equipment figure of the deployment",
                        "That adds every equipment figure of the deployment: arrivals, vehicles "
                        "and aircraft alike. Keep only the figures stated from the first day of "
                        "departures."),
            ),
            records=("KZ-C-4032", "KZ-C-4033", "KZ-C-4034", "KZ-C-4036", "KZ-E-4024",
                     "KZ-E-4027"),
        ),
        _writing(),
    ]

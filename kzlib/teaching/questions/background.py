"""Exercises of notebooks/01-background.ipynb."""

from __future__ import annotations

from ...core.load import load_claims
from ..question import Question


def _zhanaozen_tolls():
    claims = load_claims(measures="fatalities", places="Zhanaozen")
    return claims[claims["period_start"].dt.year == 2011]


def _highest_toll_2011() -> float:
    tolls = _zhanaozen_tolls()
    return float(tolls.loc[tolls["claim_date"].dt.year == 2011, "value"].max())


def _highest_toll_any() -> float:
    return float(_zhanaozen_tolls()["value"].max())


def _lowest_toll_2011() -> float:
    tolls = _zhanaozen_tolls()
    return float(tolls.loc[tolls["claim_date"].dt.year == 2011, "value"].min())


def _tokayev_2019() -> list[float]:
    claims = load_claims(measures="vote_share", start="2019-01-01", end="2019-12-31")
    return sorted(claims.loc[claims["subject"] == "Kassym-Jomart Tokayev", "value"].tolist())


def _vote_gap() -> float:
    low, *_, high = _tokayev_2019()
    return round(high - low, 2)


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    return [
        Question(
            id="background-1", lesson="background", kind="number",
            prompt="What is the highest death toll for the Zhanaozen shooting of 16 December 2011 "
                   "that was stated in 2011 (claim_date in 2011)?",
            answer=_highest_toll_2011,
            hints=(
                "Start from kzlib.load_claims(measures='fatalities', places='Zhanaozen') and keep the "
                "rows whose period_start is in 2011: those are about the 2011 shooting.",
                "Then keep only the claims stated in 2011: claims['claim_date'].dt.year == 2011. "
                "Which is the largest value?",
            ),
            explanation="In the days after the shooting the stated figures rose several times. "
                        "The official figure quoted today appears in the data only in a source from "
                        "2021: what a toll 'was' depends on when you ask.",
            mistakes=(
                (_highest_toll_any, "That figure was stated, but the claim in the data is dated "
                                    "2021 (openDemocracy). Keep only claims stated in 2011."),
                (_lowest_toll_2011, "That is the first and lowest figure. The question asks for the "
                                    "highest one stated in 2011."),
            ),
        ),
        Question(
            id="background-2", lesson="background", kind="choice",
            prompt="Which post did Nursultan Nazarbayev keep after resigning the presidency in March "
                   "2019, until Tokayev took it over on 5 January 2022? Answer with the letter, in quotes.",
            choices=("a) Prime minister", "b) Chairman of the Security Council",
                     "c) Speaker of the Senate", "d) Head of KazMunayGas"),
            answer="b",
            hints=(
                "Print the notes of event KZ-E-1003 (19 March 2019): "
                "print(events.loc['KZ-E-1003', 'notes']).",
                "Then look for 5 January 2022 in kzlib.load_events(themes='government'): which "
                "post did Tokayev announce he was taking over?",
            ),
            explanation="Nazarbayev became chairman of the Security Council for life in 2018 and "
                        "kept the post, with the title Elbasy, after March 2019; Tokayev took the "
                        "chair in the middle of the January 2022 unrest.",
            mistakes=(
                ("c", "The Speaker of the Senate was Tokayev himself, who became interim president. "
                      "Which post did Nazarbayev keep?"),
            ),
        ),
        Question(
            id="background-3", lesson="background", kind="choice",
            prompt="'Half of Kazakhstan's wealth belongs to 162 people' (claim KZ-C-8005). What kind "
                   "of evidence is this figure, as the data record it? Answer with the letter, in quotes.",
            choices=("a) A measurement made by the compilers of this data set",
                     "b) A statement by the president, citing a consultancy study that is not itself "
                     "in the data",
                     "c) An official statistic from the national statistics office",
                     "d) An estimate by protesters in Zhanaozen"),
            answer="b",
            hints=(
                "Look at the claimant and the notes of KZ-C-8005.",
                "kzlib.cite('KZ-C-8005') shows where the figure was published. Who said it, and whose "
                "study did they cite?",
            ),
            explanation="The figure is a claim by Tokayev, made after the unrest, citing KPMG. To "
                        "use it you would want the KPMG study itself (how was wealth measured?) and "
                        "to ask why the president chose to stress inequality at that moment.",
            mistakes=(
                ("d", "Look at the claimant column: who stated the figure, and when?"),
                ("c", "Look at the claimant: is it a statistics office?"),
            ),
        ),
        Question(
            id="background-4", lesson="background", kind="number", tolerance=0.005,
            prompt="The claims table holds two different vote shares for Tokayev in the June 2019 "
                   "election, both from the election commission. How many percentage points apart "
                   "are they? Round to two decimals.",
            answer=_vote_gap,
            hints=(
                "Load the 2019 vote_share claims with kzlib.load_claims (arguments measures, start, "
                "end) and keep the rows whose subject column is Tokayev.",
                "Subtract the smaller value from the larger one (.max(), .min()) and round().",
            ),
            explanation="A small gap with a simple cause: the smaller figure was the commission's "
                        "preliminary result, the larger its final result after all ballots were "
                        "counted. The status column marks the preliminary claim 'revised', and the "
                        "final claim names it in revises_claim_id. Quote the final figure; if you "
                        "meet the preliminary one, say that it was preliminary.",
        ),
    ]

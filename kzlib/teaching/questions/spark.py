"""Exercises of notebooks/02-the-spark.ipynb."""

from __future__ import annotations

from ...core.load import load_claims, load_events
from ..question import Question

_STREET = ["Protests", "Riots"]


def _street(start: str, end: str):
    return load_events(start=start, end=end, event_types=_STREET)


def _regions_by_4th() -> int:
    return int(_street("2022-01-02", "2022-01-04")["admin1"].nunique())


def _regions_on_4th() -> int:
    return int(_street("2022-01-04", "2022-01-04")["admin1"].nunique())


def _places_by_4th() -> int:
    return int(_street("2022-01-02", "2022-01-04")["place_id"].nunique())


def _first_outside_mangystau():
    events = _street("2022-01-01", "2022-01-19")
    return events.loc[events["admin1"] != "Mangystau Region", "event_date"].min().date()


def _first_protest():
    return _street("2022-01-01", "2022-01-19")["event_date"].min().date()


def _price_factor() -> float:
    claims = load_claims(measures="fuel_price").set_index("claim_id")
    return round(float(claims.at["KZ-C-1002", "value"] / claims.at["KZ-C-1001", "value_high"]), 2)


def _price_factor_low() -> float:
    claims = load_claims(measures="fuel_price").set_index("claim_id")
    return round(float(claims.at["KZ-C-1002", "value"] / claims.at["KZ-C-1001", "value_low"]), 2)


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    return [
        Question(
            id="spark-1", lesson="spark", kind="number", tolerance=0.05,
            prompt="By what factor did the LPG pump price in Mangystau rise at New Year, comparing "
                   "the 1 January price (KZ-C-1002) with the top of the 2021 range (KZ-C-1001)? "
                   "Round to two decimals.",
            answer=_price_factor,
            hints=(
                "Take the value of KZ-C-1002 and the value_high of KZ-C-1001.",
                "Divide the new price by the old one.",
            ),
            explanation="The price doubled: that is why the protesters spoke of a doubled price. "
                        "Compared with the bottom of the 2021 range the rise is even larger, so say "
                        "which figure you compare with.",
            mistakes=(
                (_price_factor_low, "That compares with the bottom of the 2021 range (value, which "
                                    "for a range is the lower end). The question asks for the top: "
                                    "value_high."),
            ),
        ),
        Question(
            id="spark-2", lesson="spark", kind="choice",
            prompt="Claim KZ-C-1013 records '60 tenge' for LPG in Zhanaozen on 3 January 2022. What "
                   "kind of figure is it? Answer with the letter, in quotes.",
            choices=("a) The pump price in Zhanaozen that day",
                     "b) The price the protesters demanded, as reported by one outlet",
                     "c) The price the government set for Mangystau",
                     "d) The production cost of LPG"),
            answer="b",
            hints=(
                "Read the value_text and the notes of KZ-C-1013, e.g. "
                "print(claims.loc['KZ-C-1013', 'notes']).",
                "Look at the claimant too: whose figure is it, and through whom do we know it?",
            ),
            explanation="It is a demand, reported by RFE/RL; other outlets give the demand as a "
                        "different amount. A column called fuel_price can hold prices charged, "
                        "prices offered and prices demanded: always read value_text and notes.",
            mistakes=(
                ("c", "The government's price came the next day and was lower. Who stated the "
                      "60-tenge figure?"),
                ("a", "Read the value_text: does it say the price was charged at the pump?"),
            ),
        ),
        Question(
            id="spark-3", lesson="spark", kind="integer",
            prompt="In how many different regions (admin1) were there protests or riots between "
                   "2 and 4 January 2022?",
            answer=_regions_by_4th,
            hints=(
                "kzlib.load_events takes start, end and event_types: the street events are the "
                "event types 'Protests' and 'Riots'.",
                "The admin1 column holds the region; the Series method .nunique() counts the "
                "different values.",
            ),
            explanation="In three days street protests had reached most of the country's regions, "
                        "from the Caspian to the capital.",
            mistakes=(
                (_regions_on_4th, "That is the count for 4 January alone. Count every region with "
                                  "an event from 2 to 4 January."),
                (_places_by_4th, "That counts places (towns and sites), not regions. Use the admin1 "
                                 "column."),
            ),
        ),
        Question(
            id="spark-4", lesson="spark", kind="date",
            prompt="On which date did the data first record a protest or riot outside Mangystau "
                   "Region? Answer as 'YYYY-MM-DD'.",
            answer=_first_outside_mangystau,
            hints=(
                "Load the protests and riots of January 2022 and keep the rows whose admin1 is not "
                "'Mangystau Region' (the != operator).",
                "The earliest date in a column is given by the method .min().",
            ),
            explanation="Solidarity rallies outside Mangystau began only a day after the first "
                        "protests in Zhanaozen and Aktau.",
            mistakes=(
                (_first_protest, "That is the first protest of all, in Mangystau itself. Leave out "
                                 "the rows of Mangystau Region."),
            ),
        ),
    ]

"""Exercises of notebooks/02-the-spark.ipynb."""

from __future__ import annotations

import pandas as pd

from ...core.load import load_claims, load_events, load_places
from ..question import Mistake, Question

_STREET = ["Protests", "Riots"]
#: The days the lesson follows: the switch to exchange trading to the government's resignation.
FIRST_DAY, LAST_DAY = "2022-01-01", "2022-01-05"
MANGYSTAU = "Mangystau Region"


def _street(start: str = FIRST_DAY, end: str = LAST_DAY) -> pd.DataFrame:
    return load_events(start=start, end=end, event_types=_STREET)


def _claim(claim_id: str) -> pd.Series:
    claims = load_claims()
    return claims[claims["claim_id"] == claim_id].iloc[0]


# --- exercise 1: the price factor ----------------------------------------------------------------


def _price_factor() -> float:
    return round(float(_claim("KZ-C-1002")["value"] / _claim("KZ-C-1001")["value_high"]), 2)


def _price_factor_low() -> float:
    return round(float(_claim("KZ-C-1002")["value"] / _claim("KZ-C-1001")["value_low"]), 2)


def _price_factor_upside_down() -> float:
    return round(float(_claim("KZ-C-1001")["value_high"] / _claim("KZ-C-1002")["value"]), 2)


# --- exercises 4 and 6: the spread -----------------------------------------------------------------


def _first_outside_mangystau():
    street = _street()
    return street.loc[street["admin1"] != MANGYSTAU, "event_date"].min().date()


def _last_outside_mangystau():
    street = _street()
    return street.loc[street["admin1"] != MANGYSTAU, "event_date"].max().date()


def _first_street_event():
    return _street()["event_date"].min().date()


def _not_reached(frame: pd.DataFrame) -> list[str]:
    regions = load_places()["admin1"]
    return sorted(str(r) for r in regions[~regions.isin(frame["admin1"].unique())].unique())


def _no_street_event() -> list[str]:
    return _not_reached(_street())


def _no_event_of_any_kind() -> list[str]:
    return _not_reached(load_events(start=FIRST_DAY, end=LAST_DAY))


def _no_street_event_by_4th() -> list[str]:
    return _not_reached(_street(end="2022-01-04"))


# --- exercise 5: what a count of events counts -------------------------------------------------------


def _all_on(day: str) -> int:
    return len(load_events(start=day, end=day))


def _street_on(day: str) -> int:
    return len(_street(day, day))


def _decree_rows() -> int:
    week = load_events(start=FIRST_DAY, end=LAST_DAY)
    return int((week["topic"] == "emergency_declared").sum())


# --- the questions ---------------------------------------------------------------------------------


def _kind_of_figure() -> Question:
    return Question(
        id="spark-2", lesson="spark", kind="choice",
        prompt="Claim KZ-C-1013 records '60 tenge' for LPG in Zhanaozen on 3 January 2022. What "
               "kind of figure is it? Answer with the letter, in quotes.",
        choices=("a) The pump price in Zhanaozen that day",
                 "b) The price the protesters demanded, as one outlet reported it",
                 "c) Last year's price, which the protesters' figure records",
                 "d) RFE/RL's own estimate of the price Zhanaozen drivers could afford, as its "
                 "reporters put it"),
        answer="b",
        hints=(
            "Read the value_text and the notes of KZ-C-1013, e.g. "
            "kzlib.show('KZ-C-1013').",
            "Look at the claimant too: whose figure is it, and through whom do we know it?",
        ),
        explanation="It is a demand: what protesters in Zhanaozen wanted the price to be, as RFE/RL "
                    "reported it. Other outlets give the demand as 50 tenge (KZ-C-9805) or 50-60 "
                    "tenge (KZ-C-9804). A fuel_price row can hold a price charged, offered, "
                    "demanded or decided: value_text, claimant and notes say which.",
        mistakes=(
            Mistake("a", "reads every fuel_price figure as a price charged",
                    "That reads every fuel_price figure as a price charged. The measure column "
                    "says what the figure is about, the price of LPG, not that anyone paid it: "
                    "value_text says 'price demanded'. The pumps charged 120 tenge that week "
                    "(KZ-C-1002)."),
            Mistake("c", "takes a demand as a record of past prices",
                    "That takes a demand as a record of past prices. The protesters asked for a "
                    "price close to the old one, but their figure says what they wanted, not what "
                    "was charged in 2021: for that, read RFE/RL's 50-60 tenge (KZ-C-1001)."),
            Mistake("d", "reads the reporting outlet as the claimant",
                    "That reads the reporting outlet as the claimant. RFE/RL reported the figure; "
                    "the claimant column names the protesters in Zhanaozen, who stated it. "
                    "Charter 97 and TASS report the same demand differently (KZ-C-9805, "
                    "KZ-C-9804)."),
        ),
        records=("KZ-C-1013", "KZ-C-1002", "KZ-C-1001", "KZ-C-9804", "KZ-C-9805"),
    )


def _units() -> Question:
    return Question(
        id="spark-3", lesson="spark", kind="choice",
        prompt=lambda: (f"The energy minister said the regulated price had been "
                        f"{_claim('KZ-C-1008')['value']:,.0f} tenge (KZ-C-1008); RFE/RL put the "
                        f"2021 pump price at {_claim('KZ-C-1001')['value_text']} (KZ-C-1001). A "
                        "classmate writes: 'under regulation LPG cost hundreds of times more than "
                        "at the pump'. What is the best response? Answer with the letter, in "
                        "quotes."),
        choices=(
            "a) The sentence is right: both figures are the price of LPG in Mangystau, so they "
            "can be compared as they stand.",
            "b) The minister's figure is per tonne and RFE/RL's per litre (the unit column), and "
            "they may not be the same kind of price: as they stand, they cannot be compared.",
            "c) The minister's figure must be wrong, since it disagrees with RFE/RL's.",
            "d) The minister's figure should be preferred over RFE/RL's: it is the official "
            "price, stated by the minister responsible for it, while RFE/RL is a news outlet "
            "reporting what drivers had paid the year before.",
        ),
        answer="b",
        hints=(
            "Print the unit column of both claims.",
            "A tonne of gas holds many litres. What would you need to know to turn a price per "
            "tonne into a price per litre, and would the two then be the same kind of price?",
        ),
        explanation="Before comparing two figures, check that they count the same thing in the "
                    "same unit. The minister spoke of a regulated price per tonne, RFE/RL of a "
                    "pump price per litre; turning one into the other needs how many litres a "
                    "tonne of LPG makes, which the data do not hold. Even converted, a regulated "
                    "price per tonne need not be what drivers paid at the pump: the records do "
                    "not say at which step of the sale the minister's price applied. The two "
                    "figures do not contradict each other: they measure different things.",
        mistakes=(
            Mistake("a", "compares figures of different units",
                    "That compares figures of different units. The unit column says "
                    "KZT_per_tonne for the minister's figure and KZT_per_litre for RFE/RL's: a "
                    "tonne of LPG makes many litres, so the two numbers cannot be set side by "
                    "side as they stand; and the minister's was a regulated price, which need "
                    "not be the pump price."),
            Mistake("c", "takes a difference between claimants for an error",
                    "That takes a difference between claimants for an error. Two figures can "
                    "both be right when they measure different things: here a regulated price "
                    "per tonne and a pump price per litre. Check what each counts before you "
                    "call one wrong."),
            Mistake("d", "takes the official figure as the truest",
                    "That takes the official figure as the truest. An official figure is a "
                    "claim too, stated by a party to the events; and here the two figures do "
                    "not even measure the same thing, so neither can overrule the other."),
        ),
        records=("KZ-C-1008", "KZ-C-1001", "KZ-E-1014"),
    )


def _reading_a_count() -> Question:
    return Question(
        id="spark-5", lesson="spark", kind="choice",
        prompt=lambda: ("Counting every event of each day (kzlib.load_events(start=..., "
                        f"end=...)), 5 January holds {_all_on(LAST_DAY)} events against "
                        f"{_all_on('2022-01-04')} on 4 January. Which reading of that jump is "
                        "sound? Answer with the letter, in quotes."),
        choices=(
            "a) Street protest more than doubled that day.",
            lambda: ("b) The count mixes kinds of records, decrees as well as protests, but "
                     f"each row is still a separate happening: {_all_on(LAST_DAY)} separate "
                     "things took place that day."),
            "c) More people were on the streets than the day before.",
            "d) It mixes kinds of records: count the protests and riots alone to compare days, "
            "and remember that one decree can fill many rows.",
        ),
        answer="d",
        hints=(
            "Which event types are in the bar? Count the protests and riots of each day.",
            "Look at the topic column of the 5 January rows: how many record the state of "
            "emergency, and how many regions did it cover?",
        ),
        explanation=lambda: (
            f"Of the {_all_on(LAST_DAY)} rows of 5 January, {_street_on(LAST_DAY)} are protests "
            f"or riots, against {_street_on('2022-01-04')} on 4 January; {_decree_rows()} rows "
            "are the state of emergency, one for each region it covered. A count of records "
            "depends on how the records are made: say what you counted."),
        mistakes=(
            Mistake("a", "counts every event as a street event",
                    lambda: "That counts every event as a street event. The count also holds "
                            "decisions, decrees and internet cuts: count the protests and riots "
                            f"alone and 5 January has {_street_on(LAST_DAY)} against "
                            f"{_street_on('2022-01-04')} the day before, a rise but not a "
                            "doubling."),
            Mistake("b", "takes rows for separate happenings",
                    lambda: "That takes rows for separate happenings. The data code the state of "
                            f"emergency as one row for each region it covered: {_decree_rows()} "
                            "rows on 5 January for a measure announced in several decrees "
                            "(see KZ-E-2001 and KZ-E-2017)."),
            Mistake("c", "reads a count of events as a count of people",
                    "That reads a count of events as a count of people. An event is a gathering "
                    "of any size, and one row can even stand for several: Nur.kz, relayed by "
                    "Segodnya, put the Atyrau rally of 4 January at more than 5,000 people "
                    "(KZ-E-1040), while one row of 3 January stands for smaller demonstrations "
                    "in Mangystau villages that RFE/RL did not name (KZ-E-1018). The number of "
                    "rows says nothing about crowds."),
        ),
        records=("KZ-E-2001", "KZ-E-2017", "KZ-E-1040", "KZ-E-1018"),
    )


def _writing() -> Question:
    return Question(
        id="spark-w", lesson="spark", kind="writing",
        prompt="In a paragraph, answer: why did the protests go on after the price was cut? Set "
               "the government's explanation of the price rise beside what protesters demanded; "
               "include the government's answer of 4 January (KZ-C-1010), say where reports of "
               "the demands differ, and name one limit of this evidence. Cite each record by its "
               "id, and use records whose sources are of different kinds.",
        answer="",
        hints=(
            "Start from the official side: the energy minister's explanation of the rise "
            "(KZ-E-1014) and the price the commission announced (KZ-C-1010).",
            "Then the protesters' side, as outlets reported it: the price demanded (KZ-C-1013), "
            "the demands in Oral (KZ-E-1043), Kloop's summary of the day (KZ-C-9411). Write "
            "'Moi Gorod reported that ...', never the demand as if you had heard it yourself.",
            "A reading of why, a scholar's (KZ-C-9512, KZ-C-9520) or the president's (KZ-C-9710), "
            "is an interpretation: attribute it, and check the kinds of the sources with the "
            "sources table.",
        ),
        explanation="A paragraph that sets the official explanation and the protesters' demands "
                    "side by side, attributed, and says what the records can and cannot show.",
        rubric=(
            "States the official explanation of the rise (the regulated price below cost, "
            "KZ-E-1014) and the government's answer (the 50-tenge price of 4 January, KZ-C-1010), "
            "attributed and dated, in the writer's own words.",
            "States what protesters demanded as outlets reported it, and tells the price demands "
            "(KZ-C-1013) apart from the political ones (KZ-E-1043, KZ-C-9411), noting where "
            "reports differ.",
            "Keeps what the records show (the order of events, the demands reported) apart from "
            "readings of why (KZ-C-9512, KZ-C-9520, KZ-C-9710), attributing each reading and "
            "adopting none in the writer's own voice.",
            "Cites at least two records whose sources are of different kinds and names one limit "
            "of the evidence (demands known through outlets' summaries; a photo caption published "
            "a year later; mobile and internet cuts).",
        ),
        records=("KZ-E-1014", "KZ-C-1010", "KZ-C-1013", "KZ-E-1043", "KZ-C-9411", "KZ-C-9512",
                 "KZ-C-9520", "KZ-C-9710"),
    )


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    return [
        Question(
            id="spark-1", lesson="spark", kind="number", tolerance=0.05,
            prompt="By what factor did the LPG pump price in Mangystau rise at New Year, comparing "
                   "the price at the start of 2022 (KZ-C-1002) with the top of the 2021 range "
                   "(KZ-C-1001)? Round to two decimals.",
            answer=_price_factor,
            hints=(
                "A range keeps its top end in the value_high column; a single price is in value.",
                "Divide the new price by the old one: the new price goes on top.",
            ),
            explanation="The price doubled against the top of the 2021 range, as Tengrinews's "
                        "Kazakh service put it (KZ-C-9612). Against the bottom of the range the "
                        "rise is larger: say which figure you compare with.",
            mistakes=(
                Mistake(_price_factor_low, "compares with the bottom of the range",
                        "That compares with the bottom of the range: value holds the lower end "
                        "of a stated range. The question asks for the top, value_high."),
                Mistake(_price_factor_upside_down, "divides the old price by the new one",
                        "That divides the old price by the new one, which gives the share of the "
                        "new price the old one made up. Put the new price on top."),
            ),
            records=("KZ-C-1001", "KZ-C-1002", "KZ-C-9612"),
        ),
        _kind_of_figure(),
        _units(),
        Question(
            id="spark-4", lesson="spark", kind="date",
            prompt="On which day do the data first record a protest or riot outside Mangystau "
                   "Region (1 to 5 January 2022)? Answer with the date as it comes from the "
                   "table, or as 'YYYY-MM-DD' (not the sentence kzlib.date_text writes).",
            answer=_first_outside_mangystau,
            hints=(
                "Start from outside, the street events whose admin1 is not 'Mangystau Region'.",
                "The earliest date of a column is its .min(), as in the cell that found the first "
                "street event of all.",
            ),
            explanation="In the data, rallies outside Mangystau began the day after the first "
                        "street events in Zhanaozen and Aktau, many of them held in support of "
                        "Zhanaozen.",
            mistakes=(
                Mistake(_first_street_event, "keeps Mangystau's rows in",
                        "That keeps Mangystau's rows in: it is the date of the first street "
                        "events the data record, in Zhanaozen and Aktau. Take the earliest date "
                        "of outside, not of street."),
                Mistake(_last_outside_mangystau, "takes the latest date for the first",
                        "That takes the latest date for the first: .max() gives the last day. "
                        "The first day is the .min() of the column."),
            ),
            records=("KZ-E-1010", "KZ-E-1007"),
        ),
        _reading_a_count(),
        Question(
            id="spark-6", lesson="spark", kind="set", transfer=True,
            prompt="Which regions (admin1) have no protest or riot recorded in the data from 1 to "
                   "5 January 2022? Answer with a list of their names.",
            answer=_no_street_event,
            hints=(
                "The places table lists every region in its admin1 column; street lists the "
                "regions with a street event.",
                "~ turns a condition round: keep the places whose admin1 is not .isin() the "
                "regions of street, as in the cell that kept the events that are neither protests "
                "nor riots.",
                "Then take the distinct values of the admin1 column that is left, as a list.",
            ),
            explanation="The data record no protest or riot there in those days. That describes "
                        "the records, not the streets: the data hold what the sources read "
                        "reported, in days of mobile and internet cuts. A missing record is not "
                        "proof that nothing happened.",
            mistakes=(
                Mistake(_no_event_of_any_kind, "counts every event as a street event",
                        "That counts every event as a street event: the state of emergency is "
                        "recorded in every region, so every region has some event. Keep the "
                        "protests and riots only, as street does."),
                Mistake(_no_street_event_by_4th, "stops at 4 January",
                        "That stops at 4 January, the range of the map. The question runs to 5 "
                        "January: use street, which holds all five days."),
            ),
            records=("KZ-E-2009", "KZ-E-2014"),
        ),
        _writing(),
    ]

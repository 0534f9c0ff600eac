"""Exercises of notebooks/01-background.ipynb."""

from __future__ import annotations

import pandas as pd

from ...core.load import load_claims, load_events
from ..question import Mistake, Question

SHOOTING = "KZ-E-1001"  # Zhanaozen, 16 December 2011
MANGYSTAU = "Mangystau Region"
#: The day LPG sales moved to electronic trading (event KZ-E-1004).
EXCHANGE_DAY = "2022-01-01"


def _said(claim_id: str) -> str:
    """A claim's figure as reported ('16')."""
    claims = load_claims()
    return str(claims.loc[claims["claim_id"] == claim_id, "value_text"].iloc[0])


def _value(claim_id: str) -> float:
    """A claim's value column (which may be a coded floor: read its notes)."""
    claims = load_claims()
    return float(claims.loc[claims["claim_id"] == claim_id, "value"].iloc[0])


# --- the Zhanaozen tolls -------------------------------------------------------------------------


def _tolls() -> pd.DataFrame:
    claims = load_claims(measures="fatalities")
    return claims[claims["event_id"] == SHOOTING]


def _highest_in_2011() -> float:
    tolls = _tolls()
    return float(tolls.loc[tolls["claim_date"] < "2012-01-01", "value"].max())


def _highest_ever() -> float:
    return float(_tolls()["value"].max())


def _official_today() -> float:
    return _value("KZ-C-8001")


def _lowest_in_2011() -> float:
    tolls = _tolls()
    return float(tolls.loc[tolls["claim_date"] < "2012-01-01", "value"].min())


# --- Mangystau in January 2022 -------------------------------------------------------------------


def _mangystau(since: str | None = EXCHANGE_DAY) -> pd.DataFrame:
    events = load_events()
    rows = events[events["admin1"] == MANGYSTAU]
    return rows if since is None else rows[rows["event_date"] >= since]


def _zhanaozen_only() -> int:
    events = load_events()
    return len(events[(events["location"] == "Zhanaozen") & (events["event_date"] >= EXCHANGE_DAY)])


def _after_the_day() -> int:
    rows = _mangystau(since=None)
    return int((rows["event_date"] > EXCHANGE_DAY).sum())


def _protests_only() -> int:
    rows = _mangystau()
    return len(rows[rows["event_type"] == "Protests"])


# --- the choice questions ------------------------------------------------------------------------


def _title() -> Question:
    return Question(
        id="background-1", lesson="background", kind="choice",
        prompt="Parliament gave Nazarbayev the title 'Elbasy', 'Leader of the Nation' (event "
               "KZ-E-8002). How should a history essay use the title? Answer with the letter, in "
               "quotes.",
        choices=(
            "a) As a plain description: parliament conferred it by law and he did lead the "
            "country for three decades, so the title is a matter of record and can be used in "
            "your own voice.",
            "b) As an official title, named as such and in quotes, saying who gave it, with the "
            "powers he kept (such as the Security Council chair) described separately.",
            "c) Leave it out: an official title is propaganda and tells a historian nothing.",
            "d) Replace it with a critical word such as 'dictator', which is the neutral choice.",
        ),
        answer="b",
        hints=(
            "Read the notes of KZ-E-8002 with kzlib.show: who gave the title, and what else did "
            "the law of 2018 give him?",
            "A title is something a body confers. Does using it in your own voice describe his "
            "role, or repeat how his role was presented?",
        ),
        explanation="'Elbasy' is an official framing: an honour parliament conferred, which "
                    "presents Nazarbayev as the nation's leader. Quote it and say whose it is; "
                    "describe what he actually kept (the Security Council chair for life, the "
                    "party leadership in 2019) in plain words of your own. The title is evidence "
                    "of how his position was presented, not a description to adopt or discard.",
        mistakes=(
            Mistake("a", "adopts an official framing as a description",
                    "That adopts an official framing as a description. 'Leader of the Nation' is "
                    "an honour parliament conferred, not a neutral account of his role: in your "
                    "own voice it repeats the state's presentation of him. Name it as the "
                    "official title and describe his powers separately."),
            Mistake("c", "discards a framing instead of using it as evidence",
                    "That discards a framing instead of using it as evidence. Who gave the title, "
                    "and when, tells a historian how Nazarbayev's position was presented and "
                    "kept after 2019. Report it, attributed and in quotes; do not adopt it."),
            Mistake("d", "swaps one side's framing for another's",
                    "That swaps one side's framing for another's. A word chosen to judge him is a "
                    "framing too, and the package's voice takes no side. Name the offices and "
                    "powers he held, and quote and attribute the labels others gave him."),
        ),
        records=("KZ-E-8002", "KZ-E-1003"),
    )


def _kpmg() -> Question:
    return Question(
        id="background-2", lesson="background", kind="choice",
        prompt=lambda: ("Tokayev said that half of Kazakhstan's wealth belonged to "
                        f"{_said('KZ-C-8005')} (claim KZ-C-8005). What kind of evidence is this "
                        "figure, as the data record it? Answer with the letter, in quotes."),
        choices=(
            "a) A measurement made by the compilers of this data set.",
            "b) A statement by the president, citing a consultancy study that is not itself in "
            "the data.",
            "c) An official statistic: the head of state gave it in a formal speech, citing an "
            "international firm, so it carries the state's authority.",
            "d) A figure to set aside: a president said it for political reasons.",
        ),
        answer="b",
        hints=(
            "Look at the claimant and the notes of KZ-C-8005 (kzlib.show does both).",
            "kzlib.cite('KZ-C-8005') shows where the figure was published. Who said it, when, "
            "and whose study did they cite?",
        ),
        explanation="The figure is a claim by Tokayev, made after the unrest, citing KPMG. To "
                    "use it you would want the KPMG study itself (how was wealth measured, and "
                    "when?) and to ask why the president stressed inequality at that moment. "
                    "Neither question makes the figure true or false by itself.",
        mistakes=(
            Mistake("a", "takes a reported figure for the package's own measurement",
                    "That takes a reported figure for the package's own measurement. The package "
                    "measures nothing: every row of claims is somebody's statement on a given "
                    "day, here the president's, with the source that reported it."),
            Mistake("c", "takes an official's statement for an official statistic",
                    "That takes an official's statement for an official statistic. A statistic "
                    "comes with a method and a publisher that answers for it; this is a remark in "
                    "a speech, citing a consultancy's study that the data do not hold."),
            Mistake("d", "dismisses a figure because of who stated it",
                    "That dismisses a figure because of who stated it. A motive to say something "
                    "is a reason to check it, not proof that it is wrong: look for the study it "
                    "cites and for other evidence on how wealth was shared."),
        ),
        records=("KZ-C-8005",),
    )


def _toll_sentence() -> Question:
    return Question(
        id="background-4", lesson="background", kind="choice",
        prompt="Which sentence reports the Zhanaozen death toll of 16 December 2011 as the data "
               "allow? Answer with the letter, in quotes.",
        choices=(
            lambda: (f"a) '{_said('KZ-C-8001')} people died in Zhanaozen on 16 December 2011.' "
                     "(from claim KZ-C-8001)"),
            "b) 'Campaigners have shown that dozens, perhaps hundreds, more people died than the "
            "authorities admit.' (from claim KZ-C-9800)",
            lambda: (f"c) 'The authorities' toll is {_said('KZ-C-8001')}, a figure others contest; "
                     "campaigners quoted by openDemocracy say dozens, perhaps hundreds, more "
                     "died.' (from claims KZ-C-8001 and KZ-C-9800)"),
            lambda: (f"d) 'The authorities' toll is {_said('KZ-C-8001')}, a figure others "
                     "contest; campaigners quoted by openDemocracy put the dead at "
                     f"{_value('KZ-C-9800'):.0f} or more, and perhaps hundreds.' (from claims "
                     "KZ-C-8001 and KZ-C-9800)"),
        ),
        answer="c",
        hints=(
            "Look at the status and disputed_by columns of KZ-C-8001: is the official figure "
            "contested in a source the data hold?",
            "Then read the value_text and the notes of KZ-C-9800, not only its value: what did "
            "the campaigners say, and who says it?",
        ),
        explanation="The official toll is a claim, coded 'disputed' because named others contest "
                    "it in sources the data hold; the campaigners' figure is a claim of its own. "
                    "A careful sentence attributes both and adopts neither.",
        mistakes=(
            Mistake("a", "takes an official figure as uncontested",
                    "That takes an official figure as uncontested. The toll of 16 is the "
                    "authorities' claim, and it is coded 'disputed': campaigners quoted by "
                    "openDemocracy contest it in a source the data hold. Say whose figure it "
                    "is."),
            Mistake("b", "reads a claimant's figure as the package's verdict",
                    "That reads a claimant's figure as the package's verdict. 'Have shown' makes "
                    "the campaigners' claim an established finding; the data hold it as their "
                    "statement, reported by openDemocracy, which nobody has settled. Attribute "
                    "it, as you attribute the official toll."),
            Mistake("d", "reads a coded value as the claimant's own figure",
                    "That reads a coded value as the claimant's own figure. The first half is "
                    "careful, but the campaigners gave no number: the value column holds the "
                    "package's conventional floor for 'dozens', as the notes of KZ-C-9800 say. "
                    "Quote value_text, the words they used."),
        ),
        records=("KZ-C-8001", "KZ-C-9800", "KZ-C-1028"),
    )


def _writing() -> Question:
    return Question(
        id="background-w", lesson="background", kind="writing",
        prompt="In a paragraph, answer: why might a rise in the price of one fuel in one region "
               "become more than a dispute about prices? Argue from at least two records, cite "
               "each by its id, and use records whose sources are of different kinds.",
        answer="",
        hints=(
            "Start from Mangystau's dependence on LPG and its regulated price (KZ-C-8004, "
            "KZ-C-1008, KZ-C-1009): who gave each figure, and how was it measured?",
            "Then bring in the background: the Zhanaozen shooting and its contested toll "
            "(KZ-E-1001, KZ-C-8001, KZ-C-9800), the hand-over of 2019 (KZ-E-1003), or a scholar's "
            "reading (KZ-C-9513, KZ-C-9553, KZ-C-9505). Write 'Pachkov argues that ...', never "
            "the reading as if it were the fact.",
            "Check the kinds of the sources behind your records in the sources table: a scholar's "
            "article, a news report and a rights group's report are different kinds.",
        ),
        explanation="A paragraph that links the fuel price to the background conditions, with "
                    "every figure and reading attributed.",
        rubric=(
            "Links the price rise to at least two background conditions from the lesson (the "
            "region's dependence on LPG and its regulated price, the memory of Zhanaozen 2011, "
            "inequality, the hand-over of 2019), each cited by id.",
            "Attributes every figure and reading (who, when) and reports framings as framings: "
            "'Elbasy' as an official title, the Zhanaozen toll as the authorities' figure, "
            "contested by named others, the scholars' readings as theirs.",
            "Says what a figure can and cannot show (a government estimate with no stated "
            "method, a president's remark citing a study the data do not hold).",
            "Cites records whose sources are of different kinds, and names one piece of evidence "
            "that would strengthen or weaken the argument.",
        ),
        records=("KZ-C-8004", "KZ-C-1008", "KZ-C-1009", "KZ-E-1001", "KZ-C-8001", "KZ-C-9800",
                 "KZ-C-9513", "KZ-C-9553", "KZ-C-9505", "KZ-E-1003"),
    )


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    return [
        _title(),
        _kpmg(),
        Question(
            id="background-3", lesson="background", kind="number",
            prompt="What is the highest death toll for the Zhanaozen shooting of 16 December 2011 "
                   "that was stated in 2011 (claim_date before 1 January 2012)?",
            answer=_highest_in_2011,
            hints=(
                "Start from tolls_2011, the stated tolls for the shooting, and keep the rows whose "
                "claim_date comes before '2012-01-01': compare the column with the date written "
                "as text.",
                "Then pick the value column of the rows that are left and take its largest "
                "value with .max().",
            ),
            explanation="In the days after the shooting the stated figures rose several times. "
                        "The official figure quoted today appears in the data only in a source from "
                        "2021, and a witness's far higher count only in an interview published in "
                        "January 2012: what a toll 'was' depends on who says it, and when.",
            mistakes=(
                Mistake(_highest_ever, "ignores when each figure was stated",
                        "That ignores when each figure was stated: it is the witness's count "
                        "relayed by a journalist in an interview published in January 2012. "
                        "Keep only the claims whose claim_date is in 2011 first."),
                Mistake(_official_today, "takes the figure quoted today for one stated then",
                        "That takes the figure quoted today for one stated then. In the data the "
                        "official toll of 16 appears only in a source from 2021; keep only the "
                        "claims stated in 2011."),
                Mistake(_lowest_in_2011, "takes the smallest figure for the largest",
                        "That takes the smallest figure for the largest: it is the first, "
                        "preliminary toll given on the day. Use .max(), not .min()."),
            ),
            records=("KZ-C-1036", "KZ-C-1028", "KZ-C-1037", "KZ-C-9801", "KZ-C-8001"),
        ),
        _toll_sentence(),
        Question(
            id="background-5", lesson="background", kind="integer", transfer=True,
            prompt="How many events does the events table record in Mangystau Region (column "
                   "admin1) on or after 1 January 2022, the day LPG sales moved to electronic "
                   "trading (event KZ-E-1004)?",
            answer=lambda: len(_mangystau()),
            hints=(
                f"The admin1 column names the region: keep the rows where it is '{MANGYSTAU}'.",
                "Combine that condition with a second one on event_date, written as text "
                "'YYYY-MM-DD' (use & and brackets), then count the rows with len().",
            ),
            explanation="Nearly all of the region's events in the table date from January 2022, "
                        "when the first protests began in Zhanaozen and Aktau (lesson 2); before "
                        "that, the table holds only the strike, the shooting and the state of "
                        "emergency of 2011.",
            mistakes=(
                Mistake(lambda: len(_mangystau(since=None)), "counts the background events too",
                        "That counts the background events too: the strike, the shooting and the "
                        "state of emergency of 2011 are in Mangystau as well. Add a condition on "
                        "event_date."),
                Mistake(_zhanaozen_only, "counts one town instead of the whole region",
                        "That counts one town instead of the whole region: location names the "
                        "town, admin1 the region. Aktau, the regional capital, is in Mangystau "
                        "too."),
                Mistake(_after_the_day, "leaves out the first day itself",
                        "That leaves out the first day itself: '>' drops the events of 1 January, "
                        "the day of event KZ-E-1004. 'On or after' is '>='."),
                Mistake(_protests_only, "counts only the protests, not every event",
                        "That counts only the protests, not every event: the region's events also "
                        "include the authorities' decisions. Keep every event type."),
            ),
            records=("KZ-E-1004", "KZ-E-1010"),
        ),
        _writing(),
    ]

"""Exercises of notebooks/08-framing-and-sources.ipynb."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pandas as pd

from ...core.load import load_claims, load_publishers, load_sources
from ..question import Mistake, Question


def _media() -> pd.DataFrame:
    """Sources joined to their publishers' ownership, funding and editorial rating."""
    reasons = load_publishers()[["publisher_id", "body_type", "funding_state", "editorial_model"]]
    return load_sources().merge(reasons, on="publisher_id")


def _funded(news_only: bool = True) -> int:
    media = _media()
    keep = media["funding_state"].notna()
    if news_only:
        keep &= media["body_type"] == "news_media"
    return int(keep.sum())


def _of_kinds(*kinds: str) -> int:
    return int(load_sources()["kind"].isin(kinds).sum())


def _readings(by: str = "scholar", of_all: bool = False) -> tuple[int, int]:
    """How many readings (or claims of any measure) a claimant type made, out of how many."""
    claims = load_claims()
    if not of_all:
        claims = claims[claims["measure"] == "interpretation"]
    return int((claims["claimant_type"] == by).sum()), len(claims)


def _share(by: str = "scholar", of_all: bool = False) -> float:
    """The share itself, unrounded: the question asks for the value .mean() gives."""
    n, total = _readings(by, of_all)
    return n / total


def _rounded(school: bool) -> float:
    """The scholars' share rounded to two places, by school rounding (an exact half goes up) or
    by Python's round() (an exact half goes to the even digit): a student may give either."""
    n, total = _readings()
    if school:
        return float((Decimal(n) / Decimal(total)).quantize(Decimal("0.01"), ROUND_HALF_UP))
    return round(n / total, 2)


_ROUNDED = ("That is the share rounded to two places. Rounding by hand and Python's round() can "
            "differ by 0.01 (round() sends an exact half to the even digit, so round(0.125, 2) "
            "gives 0.12, where school rounding gives 0.13); either is a fair rounding. But this "
            "question asks for the share itself: give the value .mean() returns, unrounded.")


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    return [
        Question(
            id="framing-1", lesson="framing", kind="integer",
            prompt="How many sources come from news outlets that a state owns or funds? Join "
                   "sources to publishers, then keep the rows whose funding_state is filled and "
                   "whose body_type is 'news_media'.",
            answer=lambda: _funded(),
            hints=(
                "After the join each source row carries its publisher's funding_state: "
                ".notna() is True where a state is named.",
                "Combine that condition with one on body_type using & (each condition in "
                "brackets), keep those rows and count them with len().",
            ),
            explanation="A state pays for every one of these outlets, yet they fall into three "
                        "kinds: state media (rated controlled or captured), public media (rated "
                        "editorially independent) and state-funded media (no rating found in "
                        "the pages read). Who pays "
                        "and who decides are separate columns.",
            mistakes=(
                Mistake(lambda: _funded(news_only=False),
                        "counts a government's own statements as state-funded media",
                        lambda: "This count also takes in governments' own pages (the "
                        "president's office, ministries), which have a funding state too. It "
                        "counts a government's own statements as state-funded media: they are "
                        "the government speaking, not an outlet reporting. Add the condition "
                        "on body_type."),
                Mistake(lambda: _of_kinds("state_media"),
                        "equates state funding with state control",
                        lambda: f"That is the number of state_media sources ("
                        f"{_of_kinds('state_media')}): outlets the Monitor rates controlled or "
                        "captured. Taking it as the number of state-funded sources equates "
                        "state funding with state control; RFE/RL, France 24 and TASS are "
                        "state-funded too, and are other kinds. Filter on funding_state "
                        "instead."),
                Mistake(lambda: _of_kinds("state_media", "state_funded_media"),
                        "forgets that outlets rated independent are state-funded too",
                        "This leaves out public_media. An outlet rated editorially independent "
                        "(RFE/RL, EFE, France 24) is still paid for by a state: the answer "
                        "forgets that outlets rated independent are state-funded too. Count "
                        "from funding_state, not from kind."),
            ),
        ),
        Question(
            id="framing-2", lesson="framing", kind="choice",
            prompt="France 24 is owned and almost wholly funded by the French state, yet its "
                   "sources are public_media, while RT's are state_media. Why, by the package's "
                   "rule?",
            choices=(
                "a) The French outlet belongs to France Médias Monde, a state-owned company, not "
                "to a ministry; an outlet the state holds at arm's length like this counts as "
                "public_media, whatever the Monitor says of it.",
                "b) France is a democracy and Russia is not, so French state outlets count as "
                "independent.",
                "c) The State Media Monitor rates the French outlet editorially independent "
                "(ISFM) and RT state-controlled (SC); the kind follows that rating, whoever pays.",
                "d) It is a mistake: the French outlet is paid for by the state, so it is really "
                "state media and public_media hides that.",
                "e) public_media means the package has checked the French outlet's reports and "
                "found them accurate.",
            ),
            answer="c",
            hints=(
                "Compare the two outlets' rows in the publishers table: which columns differ?",
                "Both have a funding_state. Read the rule: which column decides between "
                "state_media and public_media?",
            ),
            explanation="The kind records a rating of editorial control, made outlet by outlet "
                        "with the same typology for every country; funding_state still says who "
                        "pays. Al Jazeera (Qatar) is state_media; TASS (Russia) and the BBC "
                        "(United Kingdom) are state_funded_media because no Monitor rating of "
                        "them was found in the pages the researchers read (the BBC's page was "
                        "found, but its rating line was not visible).",
            mistakes=(
                Mistake("a", "thinks the form of ownership, not the rating, decides the kind",
                        "That thinks the form of ownership, not the rating, decides the kind. The "
                        "rule never asks how a state holds an outlet: RT is run by a non-profit "
                        "(ownership 'nonprofit') and is state_media, because the Monitor rates it "
                        "state-controlled; the French outlet is public_media because the Monitor "
                        "rates it independent (ISFM)."),
                Mistake("b", "judges a source by its country, not its ownership and control",
                        "The rule never reads the country column. This answer judges a source "
                        "by its country, not its ownership and control: by the same rule "
                        "Al Jazeera, funded by Qatar, is state_media, and TASS, Russian, is "
                        "state_funded_media because no Monitor rating of it was found in the "
                        "pages the researchers read."),
                Mistake("d", "assumes state funding means state control",
                        "Funding is recorded (funding_state FR), but the answer assumes state "
                        "funding means state control. The Monitor looks at governance and "
                        "editorial independence as well as money, and rates France 24 "
                        "independent; the kind reports that rating, the funding column keeps "
                        "who pays."),
                Mistake("e", "reads a source's kind as a verdict on its accuracy",
                        "The kind is about ownership and control, not accuracy: this answer "
                        "reads a source's kind as a verdict on its accuracy. A public_media "
                        "report is still one claimant's report; the package attributes what "
                        "every outlet says, whatever its kind."),
            ),
        ),
        Question(
            id="framing-3", lesson="framing", kind="choice",
            prompt="ACLED, and this dataset, never use 'terrorists' or 'bandits' as the name of "
                   "an actor, even when a president uses those words. Which is the best reason?",
            choices=(
                "a) The data take the crowd's side: the government's word is replaced by the "
                "crowd's own description of itself.",
                "b) The label is one side's judgement, so the data replace it with a neutral "
                "description of who the people were: the actor name records the crowd's "
                "identity, and the label moves to the notes with its speaker.",
                "c) No violence in January 2022 could be called terrorism, so the word is "
                "simply false.",
                "d) They are labels one side puts on its opponents; an actor named with them "
                "adopts that side's judgement. Crowds are named by what reports say they did, "
                "and the label stays, attributed, in the notes.",
            ),
            answer="d",
            hints=(
                "Who used these words in January 2022, and about whom?",
                "Look at event KZ-E-2038: what do its actor names say, and where did the "
                "police's own words go?",
            ),
            explanation="The coder describes reported behaviour and keeps the label with its "
                        "speaker. A reader can weigh the label knowing who used it, and the "
                        "data do not take a side.",
            mistakes=(
                Mistake("a", "thinks refusing one side's label adopts the other side's",
                        "This answer thinks refusing one side's label adopts the other side's. "
                        "The actor names are ACLED's generic ones, not the crowd's: 'Rioters' "
                        "where a report describes violent acts (in KZ-E-2038, the city police's "
                        "account of attacks on buildings), 'Protesters' where none does. No crowd "
                        "named itself either way."),
                Mistake("b", "thinks an actor name says who the people were",
                        "This gets the reason right but thinks an actor name says who the people "
                        "were. 'Rioters' and 'Protesters' describe what the reports say a crowd "
                        "did, not who its members were or why they came; in KZ-E-2038 'Rioters' "
                        "rests on the city police's account of attacks on buildings."),
                Mistake("c", "treats a coding rule as a verdict on the facts",
                        "This treats a coding rule as a verdict on the facts. The rule makes no "
                        "finding about what happened: the data record armed clashes with an "
                        "unidentified armed group, and ACLED applies the same rule in every "
                        "conflict it codes."),
            ),
            records=("KZ-E-2038", "KZ-E-4001", "KZ-E-3003"),
        ),
        Question(
            id="framing-4", lesson="framing", kind="choice",
            prompt="On Republic Square on 6 January 2022 (KZ-E-2039) TASS reported, citing "
                   "witnesses, that troops fired at 'the instigators of the disorder', one witness "
                   "saying at people who had come armed; RFE/RL's journalists said security "
                   "forces fired on demonstrators, and an opposition activist said most were "
                   "unarmed young people. How do the data handle this?",
            choices=(
                "a) Each account is kept as an attributed claim. The row still needs one type: "
                "no dated report describes the crowd attacking anyone, so ACLED's definitions "
                "give force against protesters; the notes say whose accounts conflict.",
                "b) Each account is kept as an attributed claim, and the event is coded as a "
                "riot, because TASS's witnesses, the only people quoted from the square itself, "
                "said the crowd had come there armed, and an armed crowd is a violent one.",
                "c) They follow RFE/RL, because public media are more reliable than "
                "state-funded media.",
                "d) They adopt the Interior Ministry's words for what happened: the square was "
                "'cleared of criminal groups'.",
                "e) They leave the event's type and actors uncoded until an independent inquiry "
                "settles who was on the square, and keep only the five accounts.",
            ),
            answer="a",
            hints=(
                "Look up the claims whose event_id is KZ-E-2039: what measure do they have, and "
                "who made them?",
                "Read the event's notes: what do they say the coding rests on?",
            ),
            explanation="The five accounts are claims with measure 'account', each with its "
                        "claimant and sources, and the data rule on none of them. But a row needs "
                        "one event type: no dated report used describes the people on the square "
                        "attacking anyone, so by ACLED's definitions the coders chose force "
                        "against demonstrators. That is a decision on conflicting accounts, and "
                        "the notes keep the conflict visible.",
            mistakes=(
                Mistake("b", "takes coming armed for an attack, and one side's witnesses for "
                        "all",
                        "This takes coming armed for an attack, and one side's witnesses for all. "
                        "One witness quoted by TASS said people had come armed; that is not a "
                        "report of the crowd attacking anyone, which ACLED's riot category needs. "
                        "And TASS's witnesses are not the only ones: RFE/RL's journalists and "
                        "Reuters correspondents also reported what happened on the square, and an "
                        "activist told RFE/RL most there were unarmed."),
                Mistake("c", "lets the kind of source decide which account is true",
                        "This lets the kind of source decide which account is true. A kind "
                        "describes ownership and control, not accuracy; the coding rests on "
                        "what the dated reports describe, and TASS's account is kept beside "
                        "RFE/RL's, not thrown out."),
                Mistake("d", "treats an attributed word as the package's verdict",
                        "This treats an attributed word as the package's verdict. 'Cleared of "
                        "criminal groups' is the Interior Ministry's phrase, quoted with its "
                        "speaker in one of the five accounts (KZ-C-9810); it carries the "
                        "ministry's label for the people on the square, and the data do not "
                        "adopt it."),
                Mistake("e", "thinks a contested event should be left uncoded",
                        "This thinks a contested event should be left uncoded. Troops moved onto "
                        "the square in armoured vehicles by several accounts, and TASS's "
                        "witnesses and RFE/RL's journalists both say they fired; leaving the row "
                        "uncoded would drop that from every count and map. ACLED codes from the "
                        "best information available and flags the conflict, as the notes do."),
            ),
            records=("KZ-E-2039", "KZ-C-9810", "KZ-C-9811", "KZ-C-9812", "KZ-C-9813",
                     "KZ-C-9814"),
        ),
        Question(
            id="framing-5", lesson="framing", kind="number", transfer=True,
            prompt="What share of the interpretation claims (measure 'interpretation') were made "
                   "by scholars (claimant_type 'scholar')? Give it as a number between 0 and 1, as "
                   ".mean() returns it: do not round it.",
            answer=lambda: _share(),
            hints=(
                "First keep only the claims whose measure is 'interpretation'.",
                "In those rows, compare claimant_type with 'scholar': the mean of the True/False "
                "values is the share. Keep it as it is, unrounded.",
            ),
            explanation=lambda: "{} of the {} readings are scholars'. The readings the package "
                                "holds are mostly scholars': set an official framing beside "
                                "them, but remember that how many readings there are of each "
                                "kind reflects whom the researchers read, not who was "
                                "right.".format(*_readings()),
            mistakes=(
                Mistake(lambda: _share(of_all=True),
                        "takes the share of all claims, not of the readings",
                        "That is the scholars' share of every claim in the table, figures "
                        "included: it takes the share of all claims, not of the readings. Keep "
                        "the interpretation claims first, then take the share."),
                Mistake(lambda: _rounded(school=True), "rounds a share the question asks for "
                        "unrounded", _ROUNDED),
                Mistake(lambda: _rounded(school=False), "rounds a share the question asks for "
                        "unrounded", _ROUNDED),
                Mistake(lambda: 100 * _share(), "gives a percentage where a fraction is asked",
                        "That is the share as a percentage: it gives a percentage where a "
                        "fraction is asked. Divide by 100, or take the mean of the True/False "
                        "values as it is."),
                Mistake(lambda: _readings()[0], "gives a count where a share is asked",
                        "That is how many readings scholars made: it gives a count where a share "
                        "is asked. Divide by the number of readings, or take the mean of the "
                        "True/False values."),
            ),
        ),
        Question(
            id="framing-w", lesson="framing", kind="writing",
            prompt="Choose one event or one day and two records about it whose sources are of "
                   "different kinds. In a paragraph of at least 120 words, compare how the two "
                   "framed it: the words each chose, whose words they were, and what a historian "
                   "can and cannot conclude from the pair. Cite both records by id.",
            answer="(a paragraph: see the rubric)",
            hints=(
                "Good pairs: Tokayev's request (KZ-C-9530) and a reading of it (KZ-C-9506 or "
                "KZ-C-9508); two accounts of Republic Square (KZ-C-9811, KZ-C-9812); the "
                "televised statement (KZ-E-3012) and Ruzakhunov's own account (KZ-C-9471).",
                "For each record, find its sources' kinds (the sources table) and quote one "
                "word or phrase that carries a judgement; say who chose it.",
            ),
            explanation="The mechanics are checked here; the argument is for your teacher.",
            rubric=(
                "Names the two outlets or claimants and their kinds, and says what each kind "
                "rests on (ownership, funding, editorial rating), without judging a source by "
                "its country alone.",
                "Quotes or closely describes the words each chose, and says what each word "
                "takes for granted (a label, scare quotes, a description of behaviour).",
                "Cites at least two records by id, with sources of different kinds, and keeps "
                "every label attributed to its speaker rather than adopting it.",
                "Weighs the pair: what the two together let a historian say, and what they "
                "leave unsettled.",
            ),
            min_words=120,
            records=("KZ-C-9530", "KZ-C-9506", "KZ-C-9508", "KZ-C-9811", "KZ-C-9812",
                     "KZ-E-3012", "KZ-C-9471"),
        ),
    ]

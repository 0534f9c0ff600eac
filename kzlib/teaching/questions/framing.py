"""Exercises of notebooks/08-framing-and-sources.ipynb."""

from __future__ import annotations

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
    n, total = _readings(by, of_all)
    return round(n / total, 2)


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
                        "editorially independent) and state-funded media (not rated). Who pays "
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
                "a) France is a democracy and Russia is not, so French state outlets count as "
                "independent.",
                "b) The State Media Monitor rates the French outlet editorially independent "
                "(ISFM) and RT state-controlled (SC); the kind follows that rating, whoever pays.",
                "c) It is a mistake: the French outlet is paid for by the state, so it is really "
                "state media and public_media hides that.",
                "d) public_media means the package has checked the French outlet's reports and "
                "found them accurate.",
            ),
            answer="b",
            hints=(
                "Compare the two outlets' rows in the publishers table: which columns differ?",
                "Both have a funding_state. Read the rule: which column decides between "
                "state_media and public_media?",
            ),
            explanation="The kind records a rating of editorial control, made outlet by outlet "
                        "with the same typology for every country; funding_state still says who "
                        "pays. Al Jazeera (Qatar) is state_media, TASS (Russia) and the BBC "
                        "(United Kingdom) state_funded_media because they are not rated.",
            mistakes=(
                Mistake("a", "judges a source by its country, not its ownership and control",
                        "The rule never reads the country column. This answer judges a source "
                        "by its country, not its ownership and control: by the same rule "
                        "Al Jazeera, funded by Qatar, is state_media, and TASS, Russian, is "
                        "state_funded_media because the Monitor has not rated it."),
                Mistake("c", "assumes state funding means state control",
                        "Funding is recorded (funding_state FR), but the answer assumes state "
                        "funding means state control. The Monitor looks at governance and "
                        "editorial independence as well as money, and rates France 24 "
                        "independent; the kind reports that rating, the funding column keeps "
                        "who pays."),
                Mistake("d", "reads a source's kind as a verdict on its accuracy",
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
                "b) They are labels one side of a conflict puts on its opponents; naming an "
                "actor with them would adopt that side's judgement. Actors are named by what "
                "the reports say they did, and the label is kept, attributed, in the notes.",
                "c) No violence in January 2022 could be called terrorism, so the word is "
                "simply false.",
                "d) The word appears only in state media, which cannot be trusted.",
            ),
            answer="b",
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
                        "The actor names are neither side's: 'Rioters' where reports describe "
                        "attacks on buildings (KZ-E-2038), 'Protesters' where they do not. No "
                        "crowd named itself either way."),
                Mistake("c", "treats a coding rule as a verdict on the facts",
                        "This treats a coding rule as a verdict on the facts. The rule makes no "
                        "finding about what happened: the data record armed clashes with an "
                        "unidentified armed group, and ACLED applies the same rule in every "
                        "conflict it codes."),
                Mistake("d", "judges a word by the kind of outlet that prints it",
                        "This judges a word by the kind of outlet that prints it. The word "
                        "comes from the president and officials, and outlets of every kind "
                        "reported it; some, RT among them, put it in quotation marks. The rule "
                        "is about the package's own voice, not about which outlet to trust."),
            ),
            records=("KZ-E-2038", "KZ-E-4001", "KZ-E-3003"),
        ),
        Question(
            id="framing-4", lesson="framing", kind="choice",
            prompt="On Republic Square on 6 January 2022 (KZ-E-2039) witnesses quoted by TASS "
                   "said troops fired at people who had come armed; RFE/RL's journalists said "
                   "security forces fired on demonstrators, and an opposition activist said most "
                   "were unarmed young people. How do the data handle this?",
            choices=(
                "a) They follow RFE/RL, because public media are more reliable than "
                "state-funded media.",
                "b) Each account is kept as an attributed claim; the event is coded by what the "
                "dated reports describe the crowd doing, and its notes say that accounts "
                "conflict and whose they are.",
                "c) They adopt the Interior Ministry's word for what happened: the square was "
                "'cleared'.",
                "d) They leave the event out until the truth is known.",
            ),
            answer="b",
            hints=(
                "Look up the claims whose event_id is KZ-E-2039: what measure do they have, and "
                "who made them?",
                "Read the event's notes: what do they say the coding rests on?",
            ),
            explanation="The five accounts are claims with measure 'account', each with its "
                        "claimant and sources. No dated report used describes the people on the "
                        "square attacking anyone, so by ACLED's definitions the event is force "
                        "against demonstrators; the conflict between the accounts stays "
                        "visible in the notes.",
            mistakes=(
                Mistake("a", "lets the kind of source decide which account is true",
                        "This lets the kind of source decide which account is true. A kind "
                        "describes ownership and control, not accuracy; the coding rests on "
                        "what the dated reports describe, and TASS's account is kept beside "
                        "RFE/RL's, not thrown out."),
                Mistake("c", "treats an attributed word as the package's verdict",
                        "This treats an attributed word as the package's verdict. 'Cleared' is "
                        "the Interior Ministry's word, quoted with its speaker in one of the five "
                        "accounts (KZ-C-9810); it says what the ministry announced, not who was "
                        "on the square, and the data do not adopt it."),
                Mistake("d", "thinks a contested event should be left out",
                        "This thinks a contested event should be left out. Troops did move "
                        "onto the square and fire, by every account; dropping the event would "
                        "lose that. ACLED codes from the best information and flags the "
                        "conflict, as the notes do."),
            ),
            records=("KZ-E-2039", "KZ-C-9810", "KZ-C-9811", "KZ-C-9812", "KZ-C-9813",
                     "KZ-C-9814"),
        ),
        Question(
            id="framing-5", lesson="framing", kind="number", transfer=True,
            prompt="What share of the interpretation claims (measure 'interpretation') were made "
                   "by scholars (claimant_type 'scholar')? Give a number between 0 and 1, rounded "
                   "to two decimals.",
            answer=lambda: _share(),
            hints=(
                "First keep only the claims whose measure is 'interpretation'.",
                "In those rows, compare claimant_type with 'scholar': the mean of the True/False "
                "values is the share. Round it with round(..., 2).",
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

"""Exercises of notebooks/05-counting-the-dead.ipynb."""

from __future__ import annotations

import pandas as pd

from ...core.load import load_claims, load_events
from ..question import Question


def _chain(claim_id: str) -> list[str]:
    """The claim and every earlier figure it revises, newest first."""
    links = load_claims().set_index("claim_id")["revises_claim_id"]
    chain: list[str] = []
    current = claim_id
    while pd.notna(current) and current not in chain:
        chain.append(current)
        current = links.at[current]
    return chain


def _ministry_national_detention_claims() -> int:
    claims = load_claims(measures="detentions")
    rows = claims[(claims["scope"] == "national")
                  & (claims["claimant"] == "Interior Ministry of Kazakhstan")]
    return len(rows)


def _event_deaths(start: str | None = None, end: str | None = None) -> int:
    return int(load_events(start=start, end=end)["fatalities"].sum())


def _text(claim_id: str) -> str:
    """A claim's figure as reported (its value_text), to fill the exercises' wording."""
    claims = load_claims()
    return str(claims.loc[claims["claim_id"] == claim_id, "value_text"].iloc[0])


def _month(claim_id: str) -> str:
    """The month a claim was stated, e.g. 'August 2022'."""
    claims = load_claims()
    return f"{claims.loc[claims['claim_id'] == claim_id, 'claim_date'].iloc[0]:%B %Y}"




def _prosecutor_latest_total() -> int:
    claims = load_claims(measures="fatalities")
    rows = claims[(claims["scope"] == "national") & (claims["subject"] == "all")
                  & (claims["claimant_type"] == "prosecutor")]
    return int(rows.sort_values("claim_date")["value"].iloc[-1])


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    # The figures the wording of exercises 1 and 3 quotes, read from the claims table.
    _WITHDRAWN = _text("KZ-C-5001")  # the retracted national toll attributed to the health ministry
    _FIRST_PROSECUTOR = _text("KZ-C-5020")  # the prosecutor's first national toll
    _JOINT = _text("KZ-C-5034")  # the joint statement's figure attributed to the prosecutor
    _LATEST, _LATEST_MONTH = _text("KZ-C-5037"), _month("KZ-C-5037")
    _REPEATED_MONTH = _month("KZ-C-5039")  # the prosecutor repeats it to parliament
    _FOUNDATION = _text("KZ-C-5036")  # dead identified by a rights foundation
    return [
        Question(
            id="counting-1", lesson="counting", kind="choice",
            prompt=f"A student writes: 'The official death toll was revised from {_WITHDRAWN} to "
                   f"{_FIRST_PROSECUTOR}.' What does the claims table say about that sentence?",
            choices=(
                f"a) It is misleading: the {_FIRST_PROSECUTOR} was itself retracted a few days later.",
                f"b) It is right: the {_FIRST_PROSECUTOR} row points to the {_WITHDRAWN} row through "
                "revises_claim_id.",
                f"c) It is misleading: the {_WITHDRAWN} was withdrawn (retracted), not replaced, and "
                f"the {_FIRST_PROSECUTOR} came from a different claimant, so it is not a revision of "
                f"the {_WITHDRAWN}.",
                f"d) It is misleading: the {_WITHDRAWN} counted only deaths in Almaty city.",
            ),
            answer="c",
            hints=(
                "Find both rows in the table of national death tolls and compare their claimant "
                "and status columns.",
                "A revision links two figures of the same claimant: look at revises_claim_id of the "
                f"{_FIRST_PROSECUTOR} row. Is it filled in? And what does the status 'revised' of "
                "that row mean?",
            ),
            explanation=f"The two figures have different claimants and the {_FIRST_PROSECUTOR} "
                        f"revises nothing. The {_WITHDRAWN} was posted as health ministry data; the "
                        "health ministry said it had given no such figures, the Information Ministry "
                        "called the post a 'technical error', and the post was deleted (notes of "
                        "KZ-C-5001). Saying 'revised' would join two unrelated claims into one story.",
            mistakes=(
                ("b", f"Look at the revises_claim_id of the {_FIRST_PROSECUTOR} row (KZ-C-5020): it "
                      f"is empty. Which claimant gave the {_FIRST_PROSECUTOR}, and which the "
                      f"{_WITHDRAWN}?"),
                ("d", f"Check the scope of the {_WITHDRAWN} row: it is national. The Almaty city "
                      "part of it is a separate row."),
            ),
        ),
        Question(
            id="counting-2", lesson="counting", kind="integer",
            prompt="Follow the Interior Ministry's national detention figures back from claim "
                   "KZ-C-5058 through revises_claim_id. How many figures does the chain hold, "
                   "counting KZ-C-5058 itself?",
            answer=lambda: len(_chain("KZ-C-5058")),
            hints=(
                "Reuse the loop from the worked example above: start from 'KZ-C-5058' instead of "
                "the prosecutor's last figure.",
                "The loop stops when revises_claim_id is empty (pd.isna). Count every claim id "
                "you visited, the first one included: len(chain).",
            ),
            explanation="Each figure replaced the one before it, all from the same ministry within "
                        "a few days: the national detention total rose with every update.",
            mistakes=(
                (lambda: len(_chain("KZ-C-5058")) - 1,
                 "Almost: you counted the steps back, not the figures. Add the claim you started "
                 "from."),
                (_ministry_national_detention_claims,
                 "That counts every national detention claim of the Interior Ministry, including "
                 "one that is not part of the chain. Follow the revises_claim_id links instead."),
            ),
        ),
        Question(
            id="counting-3", lesson="counting", kind="choice",
            prompt="You are writing an essay and need a death toll for the January 2022 events. "
                   "Which sentence does the data support best?",
            choices=(
                f"a) The health ministry said {_WITHDRAWN} people died.",
                f"b) At least {_JOINT} people died, according to the Prosecutor General's Office.",
                f"c) The Prosecutor General's Office gave {_LATEST} deaths in {_LATEST_MONTH} and "
                f"repeated the figure in {_REPEATED_MONTH}; rights groups said the real toll was "
                "higher.",
                f"d) A rights foundation identified {_FOUNDATION} dead, so the official figure is "
                "exaggerated.",
            ),
            answer="c",
            hints=(
                "For each sentence, find the claim it rests on and read its claimant, status and "
                "notes.",
                "A figure you repeat should still stand (not retracted, not disputed), and your "
                "sentence should name the claimant who actually stated it.",
            ),
            explanation="It names the claimant, the date and the latest standing figure, and "
                        f"reports the rights groups' view as theirs. The {_JOINT} is attributed to the "
                        f"prosecutor only by a joint statement (status disputed), the {_WITHDRAWN} was "
                        "withdrawn, and a count of identified victims is a floor, not proof that "
                        "a larger official figure is too high.",
            mistakes=(
                ("b", f"Read the notes of the {_JOINT} row (KZ-C-5034): who stated it, and did the "
                      "compilers find a prosecutor statement with that figure?"),
                ("d", "A list of identified victims counts the people named so far. Does a "
                      "shorter list show that a longer official figure is wrong?"),
            ),
        ),
        Question(
            id="counting-4", lesson="counting", kind="integer",
            prompt="Add up the fatalities column of the events table for 1 to 31 January 2022. "
                   "What total do you get?",
            answer=lambda: _event_deaths("2022-01-01", "2022-01-31"),
            hints=(
                "Load only January 2022: kzlib.load_events(start=..., end=...) with dates written "
                "'YYYY-MM-DD'.",
                "Pick the column with table['fatalities'] and add it up with .sum().",
            ),
            explanation="The conservative event counts add up to far less than the national "
                        "tolls: most deaths were never tied by a source to one day and one place.",
            mistakes=(
                (lambda: _event_deaths(),
                 "That total includes events outside January 2022 (the 2011 Zhanaozen shooting, "
                 "for one). Filter with start= and end=."),
                (_prosecutor_latest_total,
                 "That is the prosecutor's national claim, from the claims table. The question "
                 "asks for the sum over the events table."),
            ),
        ),
    ]

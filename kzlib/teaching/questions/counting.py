"""Exercises of notebooks/05-counting-the-dead.ipynb."""

from __future__ import annotations

import pandas as pd

from ...core.load import load_claims, load_events
from ..question import Mistake, Question

PROSECUTOR = "Prosecutor General's Office of Kazakhstan"
HEALTH = "Ministry of Healthcare of Kazakhstan"


def _chain(claim_id: str) -> list[str]:
    """The claim and every earlier figure it revises, newest first."""
    links = load_claims().set_index("claim_id")["revises_claim_id"]
    chain: list[str] = []
    current = claim_id
    while pd.notna(current) and current not in chain:
        chain.append(current)
        current = links.at[current]
    return chain


def _value(claim_id: str) -> float:
    claims = load_claims()
    return float(claims.loc[claims["claim_id"] == claim_id, "value"].iloc[0])


def _text(claim_id: str) -> str:
    """A claim's figure as reported (its value_text), to fill the exercises' wording."""
    claims = load_claims()
    return str(claims.loc[claims["claim_id"] == claim_id, "value_text"].iloc[0])


def _month(claim_id: str) -> str:
    """The month a claim was stated, e.g. 'August 2022'."""
    claims = load_claims()
    return f"{claims.loc[claims['claim_id'] == claim_id, 'claim_date'].iloc[0]:%B %Y}"


def _national_figures(claimant: str, measure: str) -> int:
    """How many national figures of one measure one claimant gave (chain or not)."""
    claims = load_claims()
    return int(((claims["claimant"] == claimant) & (claims["measure"] == measure)
                & (claims["scope"] == "national")).sum())


def _growth(start: str, newest: str = "KZ-C-5058") -> int:
    """How much a figure grew from an earlier claim to the newest one."""
    return int(_value(newest) - _value(start))


def _standing_injuries(claimant: str) -> float:
    """The latest national injury figure (everyone counted) of a claimant that still stands."""
    claims = load_claims()
    rows = claims[(claims["measure"] == "injuries") & (claims["subject"] == "all")
                  & (claims["scope"] == "national") & (claims["status"] == "asserted")
                  & (claims["claimant"] == claimant)]
    return float(rows.sort_values("claim_date")["value"].iloc[-1])


def _injury_gap() -> int:
    return int(_standing_injuries(PROSECUTOR) - _standing_injuries(HEALTH))


def _event_deaths(start: str | None = None, end: str | None = None) -> int:
    return int(load_events(start=start, end=end)["fatalities"].sum())


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    # The figures the wording quotes, read from the claims table when a question is built.
    withdrawn, first = _text("KZ-C-5001"), _text("KZ-C-5020")
    joint, foundation = _text("KZ-C-5034"), _text("KZ-C-5036")
    latest, latest_month = _text("KZ-C-5037"), _month("KZ-C-5037")
    repeated_month = _month("KZ-C-5039")
    joint_month = _month("KZ-C-5034")
    chain_start = _chain("KZ-C-5058")[-1]
    events_sum = _event_deaths("2022-01-01", "2022-01-31")
    return [
        Question(
            id="counting-1", lesson="counting", kind="choice",
            prompt=f"A student writes: 'The official death toll was revised from {withdrawn} to "
                   f"{first}.' (claims KZ-C-5001 and KZ-C-5020) What does the claims table say "
                   "about that sentence?",
            choices=(
                "a) It is right: the health ministry raised its own count a week later, so the "
                "second figure is the corrected version of the first one it gave.",
                "b) It is misleading: the second figure was later withdrawn too, as its status "
                "'revised' shows, so neither figure can stand as the official toll.",
                "c) It is misleading: the first figure was withdrawn, not replaced, and the "
                "second came from a different claimant; its row revises no earlier figure.",
                "d) It is right: the first figure is marked 'retracted', which in this table "
                "means that a newer figure replaced it, and the second figure is that newer one.",
            ),
            answer="c",
            hints=(
                "Find both rows in the table of national death tolls and read, for each, the "
                "claimant, the status and revises_claim_id.",
                "A revision links two figures of the same claimant, newer to older, through "
                f"revises_claim_id. Is that column filled in on the {first} row? And what do "
                "'revised' and 'retracted' each mean in this table?",
            ),
            explanation=f"The two figures have different claimants, and the {first} revises "
                        f"nothing. The {withdrawn} was posted as health ministry data; the health "
                        "ministry said it had given no such figures, the Information Ministry "
                        "called the post a 'technical error', and the post was deleted (notes of "
                        "KZ-C-5001). Saying 'revised' joins two unrelated claims into one story.",
            mistakes=(
                Mistake("a", "joins figures of different claimants into one chain",
                        f"This answer joins figures of different claimants into one chain. The "
                        f"{first} was stated by the Prosecutor General's Office, not the health "
                        f"ministry, and its revises_claim_id is empty: it is a new figure from a "
                        f"new counter, not the health ministry's correction of the {withdrawn}."),
                Mistake("b", "treats a revised figure as a retracted one",
                        f"This answer treats a revised figure as a retracted one. 'revised' means "
                        f"the same claimant later replaced the {first} with figures of its own "
                        f"({_text('KZ-C-5025')}, then {latest}, claims KZ-C-5025 and KZ-C-5037); "
                        "nobody withdrew it. "
                        "'retracted' is kept for a figure taken back, like the first one."),
                Mistake("d", "treats a retracted figure as a revised one",
                        f"This answer treats a retracted figure as a revised one. The {withdrawn} "
                        "was withdrawn: the health ministry said it gave no such figures, and no "
                        "later figure of the same claimant replaces it. A figure that was replaced "
                        "is marked 'revised' and its successor names it in revises_claim_id."),
            ),
            records=("KZ-C-5001", "KZ-C-5020", "KZ-C-5025", "KZ-C-5037"),
        ),
        Question(
            id="counting-2", lesson="counting", kind="integer",
            prompt="Complete the loop and follow the health ministry's national injury figures "
                   "back from claim KZ-C-9608 through revises_claim_id. How many figures does the "
                   "chain hold, counting KZ-C-9608 itself?",
            answer=lambda: len(_chain("KZ-C-9608")),
            hints=(
                "The blanks are the two lines of the worked example's loop that decide when to "
                "stop and how to step back: compare your cell with it line by line.",
                "The loop goes on while current is not empty (pd.notna), and each round sets "
                "current to the revises_claim_id of the record it has just added. Then count "
                "the ids in chain.",
            ),
            explanation="The ministry replaced its national injury figure with a larger one at "
                        "each step, all from the same claimant; the last came on 18 February "
                        "2022, weeks after the unrest (KZ-C-9608).",
            mistakes=(
                Mistake(lambda: len(_chain("KZ-C-9608")) - 1,
                        "counts the steps, not the figures",
                        "This counts the steps, not the figures: the chain has one figure more "
                        "than it has links back. Did you count the claim you started from?"),
                Mistake(lambda: _national_figures(HEALTH, "injuries"),
                        "counts every figure of the claimant",
                        "This counts every figure of the claimant: all the ministry's national "
                        "injury rows, including some that count only hospital patients or "
                        "intensive care and belong to no chain. Follow the revises_claim_id "
                        "links instead."),
            ),
            records=("KZ-C-9608", "KZ-C-5018", "KZ-C-5017", "KZ-C-2011"),
        ),
        Question(
            id="counting-3", lesson="counting", kind="integer",
            prompt="Follow the Interior Ministry's national detention figures back from claim "
                   "KZ-C-5058 to the first figure of the chain. By how many people did the "
                   "ministry's figure grow from that first figure to KZ-C-5058?",
            answer=lambda: _growth(chain_start),
            hints=(
                "Write the loop of the worked example again, starting from 'KZ-C-5058'. The "
                "last id your chain holds is the first figure the ministry gave.",
                "kzlib.record(id)['value'] gives one figure as a number: subtract the first "
                "figure's value from the value of KZ-C-5058.",
            ),
            explanation="The ministry's national count of detentions grew with every update in "
                        "less than a week, all from the same claimant; other claimants' figures "
                        "(the president's office, the media) are separate rows.",
            mistakes=(
                Mistake(lambda: len(_chain("KZ-C-5058")), "counts the figures, not the change",
                        "This counts the figures, not the change: it is the length of the "
                        "chain. The question asks how much the count grew: subtract the first "
                        "figure's value from the last one's."),
                Mistake(lambda: _growth("KZ-C-2023"), "starts from another claimant's figure",
                        f"This starts from another claimant's figure: the police's "
                        f"'{_text('KZ-C-2023')}' (KZ-C-2023) is the earliest national figure in "
                        "the table, but it is not in the ministry's chain. Start from the id your "
                        "loop ends on."),
                Mistake(lambda: int(_value("KZ-C-5060") - _value(chain_start)),
                        "adds another claimant's figure to the chain",
                        f"This adds another claimant's figure to the chain: the "
                        f"'{_text('KZ-C-5060')}' was Euronews's running total (KZ-C-5060), a "
                        "rival figure, not one the ministry gave. End at KZ-C-5058, as the "
                        "question says."),
            ),
            records=("KZ-C-5058", "KZ-C-2008", "KZ-C-2023", "KZ-C-5060"),
        ),
        Question(
            id="counting-4", lesson="counting", kind="integer", transfer=True,
            prompt="Two official bodies counted the injured. Take each one's latest national "
                   "figure for injuries of everyone (subject 'all') that still stands (status "
                   "'asserted'): the Prosecutor General's Office's and the health ministry's. By "
                   "how many people is the prosecutor's figure larger?",
            answer=_injury_gap,
            hints=(
                "Filter the claims table on four conditions: the measure, the subject, the scope "
                "and the status. Then keep one claimant at a time.",
                "Sort each claimant's rows by claim_date; the last row is its latest figure "
                "(.iloc[-1]). Subtract the health ministry's value from the prosecutor's.",
            ),
            explanation="The prosecutor counted people recorded as wounded victims; the health "
                        "ministry counted people who sought medical help. Two counters, two "
                        "definitions: the gap does not show that either is wrong, only that they "
                        "count different things.",
            mistakes=(
                Mistake(lambda: int(_standing_injuries(PROSECUTOR) - _value("KZ-C-5018")),
                        "uses a figure its claimant later revised",
                        f"This uses a figure its claimant later revised: the health ministry's "
                        f"'{_text('KZ-C-5018')}' (KZ-C-5018) was replaced by a later figure of "
                        "its own. Keep only rows whose status is 'asserted'."),
                Mistake(lambda: int(_standing_injuries(PROSECUTOR) - _value("KZ-C-5017")),
                        "takes an earlier figure of a claimant for its latest",
                        f"This takes an earlier figure for the latest: the {_text('KZ-C-5017')} "
                        "(KZ-C-5017) was later replaced by the ministry itself, more than once. "
                        "Keep only rows whose status is 'asserted', then take the latest."),
            ),
            records=("KZ-C-5022", "KZ-C-9608", "KZ-C-5018", "KZ-C-5017"),
        ),
        Question(
            id="counting-5", lesson="counting", kind="choice",
            prompt="You are writing an essay and need a death toll for the January 2022 events. "
                   "Which sentence reports it in a way the claims table supports?",
            choices=(
                f"a) {latest} people were killed in the January 2022 events: the Prosecutor "
                f"General's Office gave this figure in {latest_month}, after adding deaths in "
                f"custody, and repeated it to parliament in {repeated_month}.",
                f"b) The Prosecutor General's Office counted {joint} deaths between 4 and 6 "
                "January 2022; Amnesty International, Human Rights Watch and other rights groups "
                f"cited that figure in a joint statement in {joint_month}.",
                f"c) The Prosecutor General's Office gave {latest} deaths in {latest_month} and "
                f"repeated it in {repeated_month}; rights groups said the toll was higher, and a "
                "UN rapporteur questioned the official list.",
                f"d) The prosecutor's {latest} is disputed, so it is wrong: the rights foundation "
                f"Ar.Rukh.Khak identified only {foundation} dead, a count of named people that can "
                "be checked one by one.",
                f"e) {events_sum} people died in the January 2022 events: that is what the events "
                "table's fatalities column adds up to for that month, event by event.",
            ),
            answer="c",
            hints=(
                "For each sentence, find the claim it rests on and read its claimant, status, "
                "disputed_by and notes.",
                "A good sentence says who stated the figure and when, and reports anyone who "
                "contests it as their view. Which sentences put a figure in someone's mouth, or "
                "in the essay's own voice?",
            ),
            explanation=f"It names the claimant and the dates of the {latest}, and reports those "
                        "who contest it (rights groups) and who questioned its list (a UN "
                        "Committee against Torture rapporteur) as their views. The figure is "
                        "disputed, not disproved: the essay attributes it rather than adopting or "
                        "rejecting it.",
            mistakes=(
                Mistake("a", "reads a claimant's figure as established fact",
                        f"This sentence reads a claimant's figure as established fact: it names "
                        f"the office, but states '{latest} people were killed' in the essay's own "
                        "voice and leaves out that the figure is disputed: rights groups said the "
                        "toll was higher (notes of KZ-C-5037). Say who stated it and when, and "
                        "who contests it."),
                Mistake("b", "credits a figure to whom it was attributed",
                        f"This sentence credits a figure to whom it was attributed, not to who "
                        f"stated it. The {joint} is the joint statement's (KZ-C-5034): it "
                        "attributed the figure to the prosecutor, but no prosecutor statement "
                        f"giving it was found; the prosecutor's own figures were 232 in June and "
                        f"{latest} in August (notes of KZ-C-5037)."),
                Mistake("d", "treats a disputed figure as disproved",
                        "This sentence treats a disputed figure as disproved. 'disputed' means "
                        "that named others contest the figure, not that it is false; and a list "
                        f"of identified dead like the foundation's {foundation} counts the people "
                        "named so far, a floor rather than a full count."),
                Mistake("e", "adds up event fatalities as a death toll",
                        "This sentence adds up event fatalities as a death toll. An event's "
                        "fatalities holds the most conservative figure reported for that event "
                        "that still stands, and some are numbers written for vague words; "
                        "national totals that no source tied to an event stay in the claims "
                        "table. So the sum is far below every national figure and is nobody's "
                        "count."),
            ),
            records=("KZ-C-5037", "KZ-C-5039", "KZ-C-5034", "KZ-C-5036", "KZ-C-9720"),
        ),
        Question(
            id="counting-w", lesson="counting", kind="writing",
            prompt="Which death toll would you use in an essay on the January 2022 events, and "
                   "how would you attribute it? Write a paragraph of at least 80 words citing at "
                   "least two claims whose sources are of different kinds (for example an "
                   "official figure and a count by journalists or rights groups).",
            answer="(a paragraph: see the rubric)",
            hints=(
                "Start from the table of national death tolls: for each figure, note who stated "
                "it, when, what it counted and its status.",
                "Name the claimant and the date of the figure you choose, say what it counts, "
                "and set beside it a figure from a different kind of counter, attributed.",
            ),
            explanation="The mechanics are checked here; the argument is for your teacher.",
            rubric=(
                "Chooses a standing figure (not the retracted 164) and gives it with its "
                "claimant and date, never in the essay's own voice.",
                "Says what the chosen figure counts and what a figure from a different kind of "
                "counter counts (bodies, named victims, documented incidents), and why they "
                "differ.",
                "Reports any contest of the figure (status, disputed_by) as the view of those "
                "who contest it, without adopting or dismissing either side.",
                "Cites the claim ids that support each statement, with sources of at least two "
                "kinds; attributes the 241 to the joint statement, not to the prosecutor.",
            ),
            records=("KZ-C-5037", "KZ-C-5035", "KZ-C-5036", "KZ-C-5034", "KZ-C-5001"),
        ),
    ]

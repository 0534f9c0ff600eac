"""Exercises of notebooks/08-framing-and-sources.ipynb."""

from __future__ import annotations

from ...core.load import load_events, load_sources
from ..question import Question


def _state_media_of(country: str | None) -> int:
    sources = load_sources()
    keep = sources["kind"] == "state_media"
    if country is not None:
        keep &= sources["country"] == country
    return int(keep.sum())


def _notes_with(word: str, case: bool = False) -> int:
    events = load_events()
    return int(events["notes"].str.contains(word, case=case, regex=False).sum())


def _actors_with(word: str) -> int:
    events = load_events()
    actors = events["actor1"].fillna("") + " " + events["actor2"].fillna("")
    return int(actors.str.contains(word, case=False, regex=False).sum())


def _state_media_in(country: str | None, language: str | None) -> int:
    sources = load_sources()
    keep = sources["kind"] == "state_media"
    if country is not None:
        keep &= sources["country"] == country
    if language is not None:
        keep &= sources["language"] == language
    return int(keep.sum())


def _copies(kind: str | None = None) -> int:
    sources = load_sources()
    keep = sources["via"].notna()
    if kind is not None:
        keep &= sources["kind"] == kind
    return int(keep.sum())


def questions() -> list[Question]:
    """This lesson's exercises (built when first asked: nothing is read before)."""
    return [
        Question(
            id="framing-1", lesson="framing", kind="integer",
            prompt="How many sources in the sources table are state media from Kazakhstan read in "
                   "English (kind 'state_media', country 'KZ', language 'en')?",
            answer=lambda: _state_media_in("KZ", "en"),
            hints=(
                "Build three conditions on kzlib.load_sources(): on the kind, country and language "
                "columns.",
                "Combine them with & (each in brackets), select the rows, and count them with len().",
            ),
            explanation="Kazakh state outlets such as Kazinform reach these data mostly in English. "
                        "The table holds what the researchers cited, in languages they read, not a "
                        "balanced sample: keep that in mind when you compare how outlets framed the "
                        "events.",
            mistakes=(
                (lambda: _state_media_in("KZ", None), "That is every Kazakh state-media source, in "
                                                      "any language. Add the condition on language."),
                (lambda: _state_media_in(None, "en"), "That is every state-media source read in "
                                                      "English, from every country. Add the "
                                                      "condition on country."),
                (lambda: _state_media_in("RU", None), "That is Russia's state media. Kazakhstan's "
                                                      "country code is KZ."),
                (lambda: int((load_sources()["country"] == "KZ").sum()),
                 "That is every Kazakh source, of every kind. Add the conditions on kind and "
                 "language."),
            ),
        ),
        Question(
            id="framing-2", lesson="framing", kind="integer",
            prompt="In how many events do the notes mention the word 'terrorist' in any form "
                   "(terrorist, terrorists, anti-terrorist, ...)? Ignore upper and lower case.",
            answer=lambda: _notes_with("terrorist"),
            hints=(
                "Search the notes column of kzlib.load_events() with .str.contains(...).",
                "Pass case=False so that 'Terrorist' and 'terrorist' both count, then add up the "
                "True values with .sum().",
            ),
            explanation="The word appears only in notes, mostly as attributed speech (the president, "
                        "the Interior Ministry, a deputy mayor); the official name of the "
                        "'counter-terrorist operation' also appears. No actor is named with it.",
            mistakes=(
                (lambda: _actors_with("terrorist"), "That is what you find in the actor columns: "
                                                    "search the notes instead."),
                (lambda: _notes_with("terrorists", case=True), "That counts only the exact word "
                                                               "'terrorists'. Search for "
                                                               "'terrorist', ignoring case, to "
                                                               "catch every form."),
            ),
        ),
        Question(
            id="framing-3", lesson="framing", kind="choice",
            prompt="ACLED, and this dataset, never use 'terrorists' or 'bandits' as the name of an "
                   "actor, even when a president uses those words. Which is the best reason?",
            choices=(
                "a) The words are impolite.",
                "b) They are labels that one side of a conflict puts on its opponents; naming an "
                "actor with them would adopt that side's judgement. Actors are named by what they "
                "did (rioters, protesters, an unidentified armed group), and the label is kept as "
                "attributed speech in the notes.",
                "c) Nobody in Kazakhstan was armed in January 2022.",
                "d) ACLED only records states as actors.",
            ),
            answer="b",
            hints=(
                "Who used these words in January 2022, and about whom?",
                "Look at the actor names and the notes of an event where officials used the word: "
                "what did the researchers keep, and where?",
            ),
            explanation="The coder describes behaviour and reports the label with its speaker. A "
                        "reader can then weigh the label knowing who used it, and the data do not "
                        "take a side.",
            mistakes=(
                ("a", "Politeness is not the issue: the notes quote the words. What would putting "
                      "them in the actor column imply?"),
                ("c", "The data record armed clashes (event type Battles) with an 'Unidentified "
                      "Armed Group'. Being armed is not the point."),
                ("d", "ACLED codes rioters, protesters and armed groups too. Look at actor1 in the "
                      "events table."),
            ),
        ),
        Question(
            id="framing-4", lesson="framing", kind="choice",
            prompt="On 6 January 2022 Xinhua headlined 'CSTO to deploy peacekeeping forces to "
                   "Kazakhstan', while Belsat wrote 'CSTO sends ‘peacekeeping forces’ to Kazakhstan "
                   "at Tokayev's request'. What do Belsat's quotation marks do?",
            choices=(
                "a) Nothing: the two headlines say the same thing.",
                "b) They mark 'peacekeeping forces' as the CSTO's own name for the force, which the "
                "outlet reports without adopting it.",
                "c) They show that Belsat thinks the force was invited illegally.",
                "d) They quote a Xinhua journalist.",
            ),
            answer="b",
            hints=(
                "Quotation marks in a headline often mean 'this is what they call it'. Who calls "
                "the force that?",
                "Does the punctuation alone tell you what Belsat thinks of the deployment, or only "
                "that it keeps its distance from the name?",
            ),
            explanation="Scare quotes keep distance from an official term without arguing against "
                        "it. Both headlines report the same decision; the quotation marks are the "
                        "frame.",
            mistakes=(
                ("a", "Compare the two headlines word by word: one has punctuation the other "
                      "lacks."),
                ("c", "That reads more into the punctuation than it says. The same headline says "
                      "the force came at Tokayev's request."),
                ("d", "The two outlets did not quote each other. Whose term is 'peacekeeping "
                      "forces'?"),
            ),
        ),
        Question(
            id="framing-5", lesson="framing", kind="integer",
            prompt="How many state-media sources (kind 'state_media') were read in a copy hosted by "
                   "someone other than the publisher (a value in the via column)?",
            answer=lambda: _copies("state_media"),
            hints=(
                "The via column is empty (missing) when the text was read at the publisher's own "
                "address: .notna() gives True where there is a host.",
                "Combine that with a condition on the kind column using &, then add up the True "
                "values with .sum().",
            ),
            explanation="Each of these was read in a repost or mirror that named the original "
                        "publisher, title and date; the citation credits the state agency and says "
                        "who hosted the copy. Aggregators often repost agency stories, so a copy's "
                        "host says little about who wrote the text.",
            mistakes=(
                (lambda: _copies(), "That is every source read in a copy, of every kind. Add the "
                                    "condition on kind."),
                (lambda: _state_media_of(None), "That is every state-media source. Keep only those "
                                                "with a value in via."),
                (lambda: int(load_sources()["via"].nunique()), "That counts the different hosts. "
                                                               "How many state-media sources have "
                                                               "a host?"),
            ),
        ),
    ]

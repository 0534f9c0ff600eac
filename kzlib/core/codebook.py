"""The codebook: tables, columns and controlled vocabularies, described once.

Everything that describes a column lives here: the build writes it into ``datapackage.json``, the
loaders take their dtypes from it, and the loaders' docstrings, :func:`kzlib.describe` and the
datasheet are rendered from it. Nothing here reads a file, so importing it is free.

Event vocabularies follow the ACLED codebook (names and order of ACLED's Table 2); the data are our
own, independently sourced, and contain no ACLED rows.
"""

from __future__ import annotations

import re

from .._version import DATA_VERSION

#: ACLED event types and their sub-event types, in ACLED's order (codebook, Table 2).
SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Government regains territory", "Non-state actor overtakes territory", "Armed clash"),
    "Protests": ("Excessive force against protesters", "Protest with intervention", "Peaceful protest"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
EVENT_TYPES: tuple[str, ...] = tuple(SUB_EVENT_TYPES)
ALL_SUB_EVENT_TYPES: tuple[str, ...] = tuple(s for subs in SUB_EVENT_TYPES.values() for s in subs)

#: ACLED's disorder types, and the one each sub-event type belongs to.
DISORDER_TYPES: tuple[str, ...] = (
    "Political violence",
    "Political violence; Demonstrations",
    "Demonstrations",
    "Strategic developments",
)
_PV, _PVD, _D, _SD = DISORDER_TYPES
DISORDER_OF_SUB_EVENT: dict[str, str] = {
    **{s: _PV for s in SUB_EVENT_TYPES["Battles"]},
    "Excessive force against protesters": _PVD,
    "Protest with intervention": _D,
    "Peaceful protest": _D,
    "Violent demonstration": _D,
    "Mob violence": _PV,
    **{s: _PV for s in SUB_EVENT_TYPES["Explosions/Remote violence"]},
    **{s: _PV for s in SUB_EVENT_TYPES["Violence against civilians"]},
    **{s: _SD for s in SUB_EVENT_TYPES["Strategic developments"]},
}

#: ACLED actor types (the ``inter1``/``inter2`` labels), in ACLED's order.
ACTOR_TYPES: tuple[str, ...] = (
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other forces",
)

#: Official labels that are never actor names (ACLED allows no 'terrorist' actor type; such
#: words go into notes as attributed speech). The build rejects them; validate checks them.
BANNED_ACTOR_WORDS: tuple[str, ...] = ("terrorist", "bandit", "insurgent", "extremist")
#: Words a state (or any side) uses to label people, in the singular. The package never uses them
#: in its own voice: only inside quotation marks, or in a sentence that says who used them; a
#: claim whose subject is one of them counts the claimant's category, in the claimant's word
#: (given in subject_text). kzlib.pipeline.rules checks both; the claims explorer says so.
LABEL_WORDS: tuple[str, ...] = ("terrorist", "bandit", "attacker", "assailant", "militant",
                                "extremist", "looter", "marauder", "insurgent", "armed criminal")
#: Any of LABEL_WORDS, singular or plural, as a whole word (any case).
LABEL_PATTERN = re.compile(r"\b(" + "|".join(LABEL_WORDS) + r")s?\b", re.IGNORECASE)

#: Which lesson an event serves.
THEMES: tuple[str, ...] = (
    "context",
    "economy",
    "protest",
    "violence",
    "security_response",
    "government",
    "information",
    "csto",
    "aftermath",
)

#: Recurring kinds of event that lessons follow across places and days, set where an event is one
#: of them (empty otherwise): a region's state of emergency declared or lifted, the internet cut
#: or restored.
TOPICS: tuple[str, ...] = (
    "emergency_declared",
    "emergency_lifted",
    "internet_cut",
    "internet_restored",
)

#: Regions (admin1) as they were in January 2022: 14 regions and 3 cities of republican significance.
#: (Abai, Jetisu and Ulytau regions were created only in June 2022.)
REGIONS_2022: tuple[str, ...] = (
    "Akmola Region",
    "Aktobe Region",
    "Almaty Region",
    "Atyrau Region",
    "East Kazakhstan Region",
    "Jambyl Region",
    "Karaganda Region",
    "Kostanay Region",
    "Kyzylorda Region",
    "Mangystau Region",
    "North Kazakhstan Region",
    "Pavlodar Region",
    "Turkistan Region",
    "West Kazakhstan Region",
    "Almaty",
    "Nur-Sultan",
    "Shymkent",
)

PLACE_TYPES = ("city", "town", "village", "region", "district", "square", "building", "airport", "other")
MEASURES = (
    "fatalities",
    "injuries",
    "detentions",
    "arrests",
    "participants",
    "troops",
    "equipment",
    "fuel_price",
    "vote_share",
    "turnout",
    "damage",
    "other",
    "account",
    "interpretation",
)
#: Measures that are statements, not figures: an ``account`` of what happened at one event (who
#: was there, who used force), an ``interpretation`` of causes or meaning. They carry a
#: ``statement`` instead of a value, unit and qualifier.
NON_NUMERIC_MEASURES = ("account", "interpretation")
#: Everyday words for the measures, so that an error can say what was probably meant.
MEASURE_SYNONYMS = {
    "deaths": "fatalities", "dead": "fatalities", "killed": "fatalities", "death toll": "fatalities",
    "casualties": "fatalities", "injured": "injuries", "wounded": "injuries",
    "detained": "detentions", "detainees": "detentions", "arrested": "arrests",
    "protesters": "participants", "crowd": "participants", "soldiers": "troops",
    "price": "fuel_price", "prices": "fuel_price", "votes": "vote_share", "vote": "vote_share",
}
#: The CSTO member states that sent troops to Kazakhstan in January 2022, as the events record
#: each contingent (theme "csto"): Russia (KZ-E-4003), Belarus (KZ-E-4006), Kyrgyzstan
#: (KZ-E-4007), Tajikistan (KZ-E-4008) and Armenia (KZ-E-4009). The ``troops`` claims give a
#: figure for some of them only (subject: the country, or ``all_csto`` for the whole force); a
#: contributor without a stated figure has no figure, not zero troops.
CSTO_CONTRIBUTORS: tuple[str, ...] = ("Armenia", "Belarus", "Kyrgyzstan", "Russia", "Tajikistan")
QUALIFIERS = ("exact", "about", "more_than", "at_least", "up_to", "range")
SCOPES = ("national", "region", "city", "event")
CLAIMANT_TYPES = (
    "government",
    "security_forces",
    "prosecutor",
    "election_commission",
    "state_media",
    "public_media",
    "state_funded_media",
    "non_state_media",
    "unclassified_media",
    "ngo",
    "international_org",
    "foreign_government",
    "scholar",
    "individual",
    "other",
)
STATUSES = ("asserted", "revised", "retracted", "disputed")
#: The kind of a source, derived from its publisher by one rule (see kzlib.pipeline.rules.source_kind
#: and the datasheet). The same facts give the same kind whatever the country.
SOURCE_KINDS = (
    "state_media",
    "public_media",
    "state_funded_media",
    "non_state_media",
    "unclassified_media",
    "government",
    "ngo",
    "international_org",
    "encyclopedia",
    "scholarly",
)

#: What a publisher is (publishers.body_type).
BODY_TYPES = ("news_media", "government", "ngo", "international_org", "research", "reference")
#: Who owns a publisher (publishers.ownership).
OWNERSHIPS = ("state", "public", "private", "nonprofit", "intergovernmental")

#: The State Media Matrix of the State Media Monitor (statemediamonitor.com/typology): its seven
#: models of state and public media, by code, and whether each counts as editorially independent
#: of the government (True) or controlled or captured by it (False).
EDITORIAL_MODELS: dict[str, bool] = {
    "SC": False,  # State-Controlled
    "CaPu": False,  # Captured Public/State-Managed
    "CaPr": False,  # Captured Private
    "ISFM": True,  # Independent State-Funded and State-Managed
    "ISF": True,  # independent state-funded
    "ISM": True,  # Independent State-Managed
    "IP": True,  # Independent Public Media
}
#: For a news outlet owned or funded by a state that the Monitor has not rated (in a rating that
#: describes the outlet as it was in 2021-2023).
NOT_RATED = "not_rated"
#: The columns of a claim that hold a figure (empty for an account or interpretation).
FIGURE_COLUMNS = ("unit", "value", "value_low", "value_high", "value_text", "qualifier")

#: The days of the unrest itself: the first protests in Zhanaozen to the end of the state of
#: emergency. Explorers and summaries start here unless told otherwise.
CRISIS_START = "2022-01-02"
CRISIS_END = "2022-01-19"

#: The period the events cover. Background rows (theme ``context``) may reach back to CONTEXT_START.
COVERAGE_START = "2021-12-01"
COVERAGE_END = "2026-12-31"
CONTEXT_START = "2011-01-01"

#: Kazakhstan's bounding box (degrees), used as coordinate constraints.
LAT_RANGE = (40.5, 55.5)
LON_RANGE = (46.4, 87.4)

_SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_LIST = r"^[a-z0-9-]+(;[a-z0-9-]+)*$"


def _f(name, type_, description, *, required=False, enum=None, ordered=False, **constraints):
    """One Table Schema field; ``enum`` becomes ``categories`` (pandas Categorical at load)."""
    field = {"name": name, "type": type_, "description": description}
    if "format" in constraints:
        field["format"] = constraints.pop("format")
    cons = dict(constraints)
    if required:
        cons["required"] = True
    if enum is not None:
        field["categories"] = list(enum)
        field["categoriesOrdered"] = ordered
        cons["enum"] = list(enum)
    if cons:
        field["constraints"] = cons
    return field


_SOURCE_IDS = _f(
    "source_ids",
    "string",
    "The sources of this row: source_id values separated by ';' (see the sources table).",
    required=True,
    pattern=_LIST,
)

#: Table Schemas, resource by resource. Order of fields = order of columns.
RESOURCES: dict[str, dict] = {
    "events": {
        "title": "Events",
        "description": (
            "What happened, where and when: one row per day, place, pair of actors and type of event, "
            "coded with ACLED's vocabularies and rules. Fatalities follow ACLED's conservative rule "
            "(the most conservative figure that stands); the contested totals are in the claims table."
        ),
        "primaryKey": ["event_id"],
        "foreignKeys": [
            {"fields": ["place_id"], "reference": {"resource": "places", "fields": ["place_id"]}}
        ],
        "fields": [
            _f("event_id", "string", "Stable identifier, KZ-E-NNNN.", required=True,
               unique=True, pattern=r"^KZ-E-\d{4}$"),
            _f("event_date", "date", "Day of the event (see time_precision).", required=True),
            _f("time_precision", "integer",
               "ACLED: 1 = the day is known, 2 = only the week (its middle is coded), "
               "3 = only the month (its middle is coded).", required=True, enum=[1, 2, 3],
               ordered=True),
            _f("disorder_type", "string",
               "ACLED disorder type, derived from sub_event_type.", required=True,
               enum=DISORDER_TYPES, ordered=True),
            _f("event_type", "string", "ACLED event type.", required=True, enum=EVENT_TYPES,
               ordered=True),
            _f("sub_event_type", "string", "ACLED sub-event type; belongs to event_type.",
               required=True, enum=ALL_SUB_EVENT_TYPES, ordered=True),
            _f("actor1", "string",
               "Main actor, named the ACLED way (e.g. 'Protesters (Kazakhstan)'). Official "
               "labels such as 'terrorists' are never used as actor names.", required=True),
            _f("actor2", "string", "Second actor, if any."),
            _f("inter1", "string", "ACLED actor type of actor1.", required=True, enum=ACTOR_TYPES,
               ordered=True),
            _f("inter2", "string", "ACLED actor type of actor2.", enum=ACTOR_TYPES, ordered=True),
            _f("interaction", "string",
               "The two actor types in ACLED's standard order, e.g. 'State forces-Protesters', "
               "or 'Protesters only'.", required=True),
            _f("place_id", "string", "Where it happened (places table).", required=True,
               pattern=_SLUG),
            _f("location", "string", "Name of the place (copied from places).", required=True),
            _f("admin1", "string", "Region as it was in January 2022 (copied from places).",
               required=True, enum=REGIONS_2022),
            _f("latitude", "number", "Latitude of the place, degrees north (WGS84).",
               required=True, minimum=LAT_RANGE[0], maximum=LAT_RANGE[1]),
            _f("longitude", "number", "Longitude of the place, degrees east (WGS84).",
               required=True, minimum=LON_RANGE[0], maximum=LON_RANGE[1]),
            _f("geo_precision", "integer",
               "ACLED: 1 = the place itself, 2 = near it or part of a region, "
               "3 = only the region is known.", required=True, enum=[1, 2, 3], ordered=True),
            _f("fatalities", "integer",
               "Reported deaths in this event, people: the most conservative figure that stands "
               "(a withdrawn or superseded figure does not count), 0 if none was reported.",
               required=True, minimum=0),
            _f("theme", "string", "Which part of the story (lesson) the event serves.",
               required=True, enum=THEMES, ordered=True),
            _f("topic", "string",
               "Set where the event is one of a few recurring kinds lessons follow across places "
               "(a state of emergency declared or lifted, the internet cut or restored).",
               enum=TOPICS),
            _f("notes", "string", "What happened, in our own words, with attributions.",
               required=True),
            _SOURCE_IDS,
        ],
    },
    "claims": {
        "title": "Claims",
        "description": (
            "Every stated figure as its own row: who said how many of what, when. Death tolls, "
            "detentions, troop numbers, prices and votes. Figures that were revised or retracted "
            "stay in, linked by revises_claim_id and marked by status."
        ),
        "primaryKey": ["claim_id"],
        "foreignKeys": [
            {"fields": ["place_id"], "reference": {"resource": "places", "fields": ["place_id"]}},
            {"fields": ["event_id"], "reference": {"resource": "events", "fields": ["event_id"]}},
            {"fields": ["revises_claim_id"], "reference": {"resource": "",
                                                           "fields": ["claim_id"]}},
        ],
        "fields": [
            _f("claim_id", "string", "Stable identifier, KZ-C-NNNN.", required=True, unique=True,
               pattern=r"^KZ-C-\d{4}$"),
            _f("measure", "string", "What is counted.", required=True, enum=MEASURES),
            _f("subject", "string",
               "Who or what is counted: all, civilians, security_forces, a contributing "
               "country, a fuel, a ballot option or candidate; where the claimant counted a "
               "category of its own (e.g. 'attackers'), the claimant's word.", required=True),
            _f("subject_text", "string",
               "The claimant's own word(s) for who or what is counted, as reported (required "
               "where subject is the claimant's category)."),
            _f("unit", "string", "Unit of value (people, KZT_per_litre, percent, ...); empty "
               "for an account or interpretation."),
            _f("value", "number",
               "The figure as a number; for 'more than N' or 'at least N' this is N. Empty for "
               "an account or interpretation."),
            _f("value_low", "number", "Low end of a stated range."),
            _f("value_high", "number", "High end of a stated range."),
            _f("value_text", "string", "The figure as reported (in English)."),
            _f("qualifier", "string", "How exact the figure was stated to be.",
               enum=QUALIFIERS),
            _f("scope", "string", "Geographic reach of the figure.", required=True, enum=SCOPES),
            _f("place_id", "string", "Place, for city- or region-scope figures.",
               pattern=_SLUG),
            _f("period_start", "date", "First day of the period the figure covers."),
            _f("period_end", "date", "Last day of the period the figure covers."),
            _f("claimant", "string", "Who stated the figure.", required=True),
            _f("claimant_type", "string", "What kind of claimant.", required=True,
               enum=CLAIMANT_TYPES),
            _f("claimant_publisher_id", "string",
               "The claimant's row in the publishers table, when it is an outlet or body there.",
               pattern=_SLUG),
            _f("claim_date", "date", "Day the figure was stated.", required=True),
            _f("status", "string",
               "asserted (stands), revised (replaced later by the same claimant), retracted "
               "(withdrawn), disputed (contested).", required=True, enum=STATUSES),
            _f("revises_claim_id", "string",
               "The earlier figure of the same claimant that this one replaces.",
               pattern=r"^KZ-C-\d{4}$"),
            _f("disputed_by", "string",
               "Sources in which a party other than the claimant contests this claim, separated "
               "by ';' (required exactly when status is disputed).", pattern=_LIST),
            _f("event_id", "string", "The event the figure belongs to, if any.",
               pattern=r"^KZ-E-\d{4}$"),
            _f("statement", "string",
               "For an account or interpretation: what the claimant said, in our own words."),
            _f("notes", "string", "Context and disagreements, in our own words."),
            _SOURCE_IDS,
        ],
    },
    "places": {
        "title": "Places",
        "description": (
            "The gazetteer: every place used, with its Kazakh and Russian names, every spelling met "
            "in the sources, its region as of January 2022 and its coordinates."
        ),
        "primaryKey": ["place_id"],
        "foreignKeys": [
            {"fields": ["parent_place_id"], "reference": {"resource": "",
                                                          "fields": ["place_id"]}}
        ],
        "fields": [
            _f("place_id", "string", "Stable identifier, a slug of the English name.",
               required=True, unique=True, pattern=_SLUG),
            _f("name", "string", "Name used in this package (English/Latin).", required=True,
               unique=True),
            _f("name_kk", "string", "Name in Kazakh (Cyrillic)."),
            _f("name_ru", "string", "Name in Russian."),
            _f("aliases", "string", "Other spellings met in sources, separated by ';'."),
            _f("place_type", "string", "Kind of place.", required=True, enum=PLACE_TYPES),
            _f("parent_place_id", "string", "The city a site lies in.", pattern=_SLUG),
            _f("admin1", "string", "Region as it was in January 2022.", required=True,
               enum=REGIONS_2022),
            _f("latitude", "number", "Degrees north (WGS84).", required=True,
               minimum=LAT_RANGE[0], maximum=LAT_RANGE[1]),
            _f("longitude", "number", "Degrees east (WGS84).", required=True,
               minimum=LON_RANGE[0], maximum=LON_RANGE[1]),
            _f("source_ids", "string",
               "Sources of the coordinates, names and region, separated by ';'.",
               required=True, pattern=_LIST),
            _f("notes", "string", "Notes on the place."),
        ],
    },
    "sources": {
        "title": "Sources",
        "description": (
            "Every source cited by the other tables: publisher, title, date and, only where it was "
            "actually read there, the address."
        ),
        "primaryKey": ["source_id"],
        "foreignKeys": [
            {"fields": ["publisher_id"], "reference": {"resource": "publishers",
                                                       "fields": ["publisher_id"]}}
        ],
        "fields": [
            _f("source_id", "string", "Stable identifier, publisher-yyyymmdd-topic.",
               required=True, unique=True, pattern=_SLUG),
            _f("publisher_id", "string", "Who published it (publishers table).", required=True,
               pattern=_SLUG),
            _f("publisher", "string", "Who published it (its name, from the publishers table).",
               required=True),
            _f("title", "string", "Headline or document title as published.", required=True),
            _f("author", "string", "Author(s), separated by ';'."),
            _f("published", "date",
               "Publication date (empty only for an undated reference page: see accessed)."),
            _f("accessed", "date", "For an undated reference page: the day the copy was read."),
            _f("url", "string", "Address where the text was read (only if it was).",
               format="uri"),
            _f("via", "string", "Who hosted the copy that was read, if not the publisher."),
            _f("language", "string", "Language of the text read (ISO 639-1).", required=True,
               pattern=r"^[a-z]{2}$"),
            _f("kind", "string",
               "Kind of source, derived from the publisher by one rule (see the datasheet).",
               required=True, enum=SOURCE_KINDS),
            _f("country", "string",
               "Publisher's country (from the publishers table), INT for international bodies.",
               pattern=r"^([A-Z]{2}|INT)$"),
            _f("notes", "string", "Notes on reliability, copies and access."),
        ],
    },
    "publishers": {
        "title": "Publishers",
        "description": (
            "One row per outlet or body that published a source: its country, what it is, who owns "
            "it, which state (if any) owns or funds it, and, for state-funded news media of any "
            "country, its editorial model in the State Media Monitor's State Media Matrix. A "
            "source's kind is derived from these columns by one rule (see the datasheet)."
        ),
        "primaryKey": ["publisher_id"],
        "foreignKeys": [],
        "fields": [
            _f("publisher_id", "string", "Stable identifier, a slug of the name.", required=True,
               unique=True, pattern=_SLUG),
            _f("name", "string", "The name sources are cited under.", required=True,
               unique=True),
            _f("country", "string",
               "Where it was based in January 2022 (ISO 3166 alpha-2), INT for international "
               "bodies; empty if not established.", pattern=r"^([A-Z]{2}|INT)$"),
            _f("body_type", "string", "What it is.", required=True, enum=BODY_TYPES),
            _f("ownership", "string",
               "Who owns it (a state-owned company or bank counts as the state); empty if not "
               "established.", enum=OWNERSHIPS),
            _f("funding_state", "string",
               "The state that owns it or provides its core funding (ISO 3166 alpha-2), if any.",
               pattern=r"^[A-Z]{2}$"),
            _f("editorial_model", "string",
               "For a news outlet the State Media Monitor rates: its model in the State Media "
               "Matrix (SC, CaPu, CaPr, ISFM, ISF, ISM, IP); not_rated for a state-owned or "
               "state-funded outlet it has not rated.", enum=[*EDITORIAL_MODELS, NOT_RATED]),
            _f("source_ids", "string", "Sources of this classification, separated by ';'.",
               required=True, pattern=_LIST),
            _f("notes", "string", "Notes on the classification."),
        ],
    },
}

DATASETS: tuple[str, ...] = tuple(RESOURCES)

PACKAGE = {
    "name": "qantar-2022",
    "title": "Qantar 2022: Kazakhstan's January 2022 unrest, sourced event data for teaching",
    "version": DATA_VERSION,
    "licenses": [
        {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
         "path": "https://creativecommons.org/licenses/by/4.0/"}
    ],
    "keywords": ["Kazakhstan", "January 2022", "protests", "CSTO", "event data", "teaching"],
    "temporal": {"start": COVERAGE_START, "end": COVERAGE_END, "context_start": CONTEXT_START},
}


def fields(name: str) -> list[dict]:
    """The field descriptors of one resource (no validation: see kzlib.schema).

    Examples
    --------
    >>> [f["name"] for f in fields("places")][:2]
    ['place_id', 'name']
    """
    return RESOURCES[name]["fields"]


def column_table(name: str) -> str:
    """A numpydoc-friendly table of the columns of one resource.

    Examples
    --------
    >>> print(column_table("places").splitlines()[0])
    column           type    meaning
    """
    rows = [(f["name"], f["type"], f["description"]) for f in fields(name)]
    w1 = max(len(r[0]) for r in rows)
    w2 = max(len(r[1]) for r in rows)
    lines = [f"{'column':<{w1}}  {'type':<{w2}}  meaning", f"{'-' * w1}  {'-' * w2}  {'-' * 7}"]
    lines += [f"{a:<{w1}}  {b:<{w2}}  {c}" for a, b, c in rows]
    return "\n".join(lines)


def is_label(subject: str) -> bool:
    """Whether a claim's subject is a label a claimant put on people (one of
    :data:`LABEL_WORDS`, e.g. 'attackers', 'armed_criminals'): the claimant's word, not the
    package's.

    Examples
    --------
    >>> is_label("armed_criminals"), is_label("assailants"), is_label("civilians")
    (True, True, False)
    """
    return LABEL_PATTERN.search(str(subject).replace("_", " ")) is not None

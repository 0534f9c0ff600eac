"""The gazetteer: turn any spelling of a place into the canonical place.

Sources spell places many ways: Almaty / Alma-Ata / Алматы, Zhanaozen / Janaozen / Жаңаөзен,
Nur-Sultan (the capital's name in January 2022) / Astana. :func:`lookup` accepts any of them, in any
case; :func:`alias_index` and :func:`resolve` do the same against a places table you pass in, which
is what the build and lesson 7's cleaning exercise use.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import pandas as pd

from . import store
from .errors import closest, expect_str, suggest
from .i18n import gettext as _

__all__ = ["normalise_name", "alias_index", "resolve", "lookup", "with_sites", "site_names",
           "site_cities"]

_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_'\u2019`\".,()]+")


def normalise_name(name: str) -> str:
    """Fold a place name for matching: case, accents, ё/е, dashes and spaces do not matter.

    Examples
    --------
    >>> normalise_name("  Alma-Ata ") == normalise_name("alma ata")
    True
    """
    text = unicodedata.normalize("NFKC", str(name)).casefold().replace("ё", "е")
    return _SEPARATORS.sub(" ", text).strip()


def _names_of(row: dict) -> list[str]:
    names = [row["place_id"], row["name"]]
    for col in ("name_kk", "name_ru"):
        if pd.notna(row.get(col)) and row.get(col):
            names.append(row[col])
    if pd.notna(row.get("aliases")) and row.get("aliases"):
        names += str(row["aliases"]).split(";")
    return [n for n in names if n and n.strip()]


def alias_index(places: pd.DataFrame) -> dict[str, str]:
    """Map every folded name and alias in ``places`` to its place_id.

    Raises ``ValueError`` if one spelling would point at two different places.

    Examples
    --------
    >>> table = pd.DataFrame({"place_id": ["almaty"], "name": ["Almaty"],
    ...                       "aliases": ["Alma-Ata;Алматы"]})
    >>> alias_index(table)["alma ata"]
    'almaty'
    """
    index: dict[str, str] = {}
    # Plain dicts, not iterrows(): a pandas Series per row costs more than the whole loop.
    for row in places.to_dict("records"):
        for name in _names_of(row):
            key = normalise_name(name)
            other = index.setdefault(key, row["place_id"])
            if other != row["place_id"]:
                raise ValueError(_("the spelling {name} belongs to two places: {one} and "
                                   "{other}; keep it as an alias of one only.").format(
                                       name=repr(name), one=repr(other),
                                       other=repr(row["place_id"])))
    return index


def resolve(name: str, index: dict[str, str], *, names: dict[str, str] | None = None) -> str:
    """The place_id for ``name`` in an :func:`alias_index`, or a ValueError with suggestions.

    ``names`` (place_id -> display name) makes the suggestions readable.

    Examples
    --------
    >>> resolve("ALMA-ATA", {"alma ata": "almaty", "almaty": "almaty"})
    'almaty'
    """
    name = expect_str(name, _("a place"), "resolve")
    key = normalise_name(name)
    if key in index:
        return index[key]
    shown = names or {pid: pid for pid in set(index.values())}
    near = [shown[index[k]] for k in closest(key, index)]
    msg = _("unknown place {name}.").format(name=repr(name)) + suggest(near)
    known = sorted(set(shown.values()))
    msg += " " + _("Known places: {names}").format(
        names=", ".join(known[:20]) + (", ..." if len(known) > 20 else ""))
    msg += " " + _("(see kzlib.load_places(); any spelling in its aliases column works too).")
    raise ValueError(msg)


@functools.cache
def _shipped() -> tuple[pd.DataFrame, dict[str, str], dict[str, str]]:
    """The shipped gazetteer, its alias index and display names (built once; never mutated)."""
    table = store.parsed("places")
    return table, alias_index(table), dict(zip(table["place_id"], table["name"], strict=True))


def lookup(name: str) -> pd.Series:
    """The gazetteer row of a place, from any of its names or spellings (Latin or Cyrillic).

    Raises ``ValueError`` naming the nearest known places when the name is unknown.

    Examples
    --------
    >>> lookup("Alma-Ata")["place_id"]
    'almaty'
    >>> lookup("Жаңаөзен")["name"]
    'Zhanaozen'
    """
    name = expect_str(name, _("a place"), "lookup")
    table, index, names = _shipped()
    place_id = resolve(name, index, names=names)
    return table.set_index("place_id", drop=False).loc[place_id].copy()


def with_sites(place_ids: set[str] | list[str]) -> set[str]:
    """The given place ids and the ids of every site inside them (a city's squares, buildings,
    airport), from the shipped gazetteer's ``parent_place_id``.

    Examples
    --------
    >>> "almaty-republic-square" in with_sites({"almaty"})
    True
    """
    table = _shipped()[0]
    ids = set(place_ids)
    return ids | set(table.loc[table["parent_place_id"].isin(ids), "place_id"])


def site_names() -> frozenset[str]:
    """Names of the places that lie inside a city (squares, buildings, the airport).

    Examples
    --------
    >>> "Almaty" in site_names()
    False
    """
    table = _shipped()[0]
    return frozenset(table.loc[table["parent_place_id"].notna(), "name"])


def site_cities() -> pd.DataFrame:
    """For each site inside a city (a square, a building, the airport), by the site's name: the
    city's name and point (``city``, ``latitude``, ``longitude``), from the shipped gazetteer's
    ``parent_place_id``.

    Examples
    --------
    >>> site_cities().at["Republic Square", "city"]
    'Almaty'
    """
    table = _shipped()[0]
    cities = table.set_index("place_id")
    sites = table[table["parent_place_id"].notna()]
    parents = cities.loc[sites["parent_place_id"]]
    return pd.DataFrame({"city": parents["name"].to_numpy(),
                         "latitude": parents["latitude"].to_numpy(),
                         "longitude": parents["longitude"].to_numpy()},
                        index=pd.Index(sites["name"].to_numpy(), name="site"))

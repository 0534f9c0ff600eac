"""The bundled outline of Kazakhstan and a point-in-polygon test (pure Python, no GIS stack)."""

from __future__ import annotations

import functools
import json

from . import store


@functools.cache
def outline() -> dict:
    """The bundled GeoJSON FeatureCollection (Natural Earth 1:110m, public domain).

    Examples
    --------
    >>> outline()["type"]
    'FeatureCollection'
    """
    return json.loads(store.data_file("kazakhstan.geojson").read_text(encoding="utf-8"))


def rings(iso_a3: str = "KAZ") -> list[list[tuple[float, float]]]:
    """The outer rings (lon, lat) of one country in the outline.

    Examples
    --------
    >>> len(rings("KAZ")) >= 1
    True
    """
    out = []
    for feature in outline()["features"]:
        if feature["properties"].get("iso_a3") != iso_a3:
            continue
        geom = feature["geometry"]
        polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        out += [[tuple(pt) for pt in poly[0]] for poly in polys]
    return out


def _inside(lon: float, lat: float, ring: list[tuple[float, float]]) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat):
            x_cross = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
            if lon < x_cross:
                inside = not inside
    return inside


def distance_outside(lon: float, lat: float, iso_a3: str = "KAZ") -> float:
    """0 if the point is inside the country, else its distance (degrees) to the border line.

    The 1:110m outline is coarse (border towns can fall a little outside), so callers allow a
    small tolerance.

    Examples
    --------
    >>> distance_outside(76.9, 43.2)  # Almaty
    0.0
    """
    all_rings = rings(iso_a3)
    if any(_inside(lon, lat, r) for r in all_rings):
        return 0.0
    return min(_to_segment(lon, lat, a, b) for r in all_rings for a, b in zip(r, r[1:] + r[:1], strict=True))


def _to_segment(px: float, py: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy)
                                              / (dx * dx + dy * dy)))
    return ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5

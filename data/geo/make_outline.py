"""Build data/geo/kazakhstan.geojson: an offline outline map of Kazakhstan and its neighbours.

Source: Natural Earth 1:110m Admin-0 countries (public domain), as shipped inside the
`geopandas==0.14.4` wheel (geopandas/datasets/naturalearth_lowres/*.shp).

Usage (needs network access to PyPI and the pure-Python `pyshp` package):
    pip install pyshp
    python data/geo/make_outline.py

The output is deterministic: fixed feature order, coordinates rounded to 3 decimals,
sorted JSON keys. Running it twice gives byte-identical files.
"""

import hashlib
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import shapefile  # pyshp

HERE = Path(__file__).resolve().parent
OUT = HERE / "kazakhstan.geojson"
WHEEL_SPEC = "geopandas==0.14.4"
SHP_DIR = "geopandas/datasets/naturalearth_lowres/"

# Features to keep, in output order (Natural Earth `name` values).
KEEP = ["Kazakhstan", "China", "Kyrgyzstan", "Russia", "Turkmenistan", "Uzbekistan"]
# Large neighbours are cut to a box around Kazakhstan (lon_min, lat_min, lon_max, lat_max).
# Kazakhstan itself spans roughly 46.5-87.4 E and 40.6-55.4 N.
CLIP_BOX = (45.0, 39.0, 89.0, 57.0)
CLIP = {"Russia", "China"}
# Natural Earth 110m countries has no Caspian Sea feature; nothing to add for it.
NDIGITS = 3


def fetch_shapefile(tmp: Path) -> Path:
    """Download the geopandas wheel (no dependencies) and unpack the lowres shapefile."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
         WHEEL_SPEC, "-d", str(tmp)],
        check=True,
    )
    wheel = next(tmp.glob("geopandas-*.whl"))
    print(f"{wheel.name} sha256={hashlib.sha256(wheel.read_bytes()).hexdigest()}")
    with zipfile.ZipFile(wheel) as z:
        for member in z.namelist():
            if member.startswith(SHP_DIR):
                z.extract(member, tmp)
    return tmp / SHP_DIR / "naturalearth_lowres.shp"


def signed_area(ring):
    """Shoelace formula: > 0 for counter-clockwise rings."""
    return 0.5 * sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))


def point_in_ring(pt, ring):
    x, y = pt
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def clip_ring(ring, box):
    """Sutherland-Hodgman clipping of one ring against an axis-aligned box."""
    xmin, ymin, xmax, ymax = box
    edges = [
        (lambda p: p[0] >= xmin, lambda a, b: (xmin, a[1] + (b[1] - a[1]) * (xmin - a[0]) / (b[0] - a[0]))),
        (lambda p: p[0] <= xmax, lambda a, b: (xmax, a[1] + (b[1] - a[1]) * (xmax - a[0]) / (b[0] - a[0]))),
        (lambda p: p[1] >= ymin, lambda a, b: (a[0] + (b[0] - a[0]) * (ymin - a[1]) / (b[1] - a[1]), ymin)),
        (lambda p: p[1] <= ymax, lambda a, b: (a[0] + (b[0] - a[0]) * (ymax - a[1]) / (b[1] - a[1]), ymax)),
    ]
    pts = list(ring)
    for inside, cross in edges:
        if not pts:
            break
        result = []
        prev = pts[-1]
        for cur in pts:
            if inside(cur):
                if not inside(prev):
                    result.append(cross(prev, cur))
                result.append(cur)
            elif inside(prev):
                result.append(cross(prev, cur))
            prev = cur
        pts = result
    return pts


def tidy(ring, ccw):
    """Round, drop repeated points, close the ring, and orient it (RFC 7946)."""
    out = []
    for x, y in ring:
        p = (round(x, NDIGITS), round(y, NDIGITS))
        if not out or p != out[-1]:
            out.append(p)
    while len(out) > 1 and out[0] == out[-1]:
        out.pop()
    if len(out) < 3 or abs(signed_area(out)) < 1e-9:
        return None
    if (signed_area(out) > 0) != ccw:
        out.reverse()
    return [list(p) for p in out + out[:1]]


def polygons(shape, box=None):
    """Split a shapefile polygon into [exterior, *holes] lists (GeoJSON orientation)."""
    bounds = list(shape.parts) + [len(shape.points)]
    rings = [[tuple(p) for p in shape.points[a:b]] for a, b in zip(bounds, bounds[1:], strict=False)]
    rings = [r[:-1] if r[0] == r[-1] else r for r in rings]
    # Shapefile convention: exteriors clockwise (negative area), holes counter-clockwise.
    exteriors = [r for r in rings if signed_area(r) < 0]
    holes = [r for r in rings if signed_area(r) >= 0]
    result = []
    for ext in exteriors:
        own = [h for h in holes if point_in_ring(h[0], ext)]
        if box:
            ext = clip_ring(ext, box)
            own = [clip_ring(h, box) for h in own]
        ext = tidy(ext, ccw=True)
        if ext is None:
            continue
        poly = [ext] + [t for t in (tidy(h, ccw=False) for h in own) if t]
        result.append(poly)
    return result


def main():
    with tempfile.TemporaryDirectory() as tmpdir:
        reader = shapefile.Reader(str(fetch_shapefile(Path(tmpdir))))
        found = {}
        for sr in reader.iterShapeRecords():
            rec = sr.record.as_dict()
            if rec["name"] in KEEP:
                box = CLIP_BOX if rec["name"] in CLIP else None
                found[rec["name"]] = (rec["iso_a3"], polygons(sr.shape, box))
        reader.close()
    missing = [n for n in KEEP if n not in found]
    if missing:
        sys.exit(f"not found in the shapefile: {missing}")
    features = []
    for name in KEEP:
        iso, polys = found[name]
        geom = ({"type": "Polygon", "coordinates": polys[0]} if len(polys) == 1
                else {"type": "MultiPolygon", "coordinates": polys})
        features.append({"type": "Feature",
                         "properties": {"name": name, "iso_a3": iso},
                         "geometry": geom})
    fc = {"type": "FeatureCollection", "features": features}
    text = json.dumps(fc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(features)} features)")


if __name__ == "__main__":
    main()

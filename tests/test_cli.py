"""The command line: python -m kzlib build | validate | export | info."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd

from kzlib.pipeline.cli import main


def run(*args):
    return subprocess.run([sys.executable, "-m", "kzlib", *args], capture_output=True, text=True)


def test_info_shows_the_coverage(capsys):
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    for words in ("Rows: events", "claims", "Days 2 January 2022 to 19 January 2022 with events: 18/18",
                  "Claims by measure:", "Sources:"):
        assert words in out


def test_validate_passes():
    result = run("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid: no problems found" in result.stdout


def test_build_failure_exits_nonzero_and_explains(fixture_raw, tmp_path):
    bad = fixture_raw / "events" / "fixture.csv"
    bad.write_text(bad.read_text().replace("Peaceful protest", "Peacefull protest"))
    result = run("build", "--raw", str(fixture_raw), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "build failed" in result.stderr and "Did you mean 'Peaceful protest'?" in result.stderr
    assert not (tmp_path / "out").exists()


def test_build_into_a_folder(fixture_raw, tmp_path):
    result = run("build", "--raw", str(fixture_raw), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "events 3 rows" in result.stdout


def test_export_csv(tmp_path):
    assert main(["export", "--format", "csv", "--out", str(tmp_path)]) == 0
    events = pd.read_csv(tmp_path / "events.csv")
    assert len(events) == json.loads((tmp_path / "datapackage.json").read_text())[
        "resources"][0]["rows"]


def test_export_geojson(tmp_path):
    assert main(["export", "--format", "geojson", "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "events.geojson").read_text())
    assert data["type"] == "FeatureCollection" and data["features"]
    feature = data["features"][0]
    lon, lat = feature["geometry"]["coordinates"]
    assert feature["properties"]["longitude"] == lon and 40 < lat < 56
    assert isinstance(feature["properties"]["event_date"], str)


def test_unknown_command_is_rejected():
    result = run("frobnicate")
    assert result.returncode == 2 and "invalid choice" in result.stderr

"""The benchmark script's own pieces (the timings themselves are never tests: see `make bench`)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_ratio_is_one_line_a_script_can_read(capsys):
    bench = _bench()
    bench.line("notebooks under nbval", 1.876, 1.3)
    bench.line("explorer update vs redraw (map)", 1.1, 1.2)
    missed, held = capsys.readouterr().out.splitlines()
    pattern = re.compile(r"^(?P<name>.+): (?P<ratio>\d+\.\d\d)× \(target ≤ (?P<target>[\d.]+)×\) "
                         r"(?P<mark>ok|MISSED)$")
    assert pattern.match(missed).group("ratio", "mark") == ("1.88", "MISSED")
    assert pattern.match(held).group("name", "mark") == ("explorer update vs redraw (map)", "ok")


def test_minimal_lessons_match_our_notebooks_cell_for_cell(tmp_path):
    bench = _bench()
    ours = sorted((ROOT / "notebooks").glob("*.ipynb"))
    counts = [bench._code_cells(nb) for nb in ours]
    bench._minimal_lessons(tmp_path, counts)
    made = sorted(tmp_path.glob("*.ipynb"))
    assert len(made) == len(ours)
    for path, n in zip(made, counts, strict=True):
        cells = nbformat.read(path, as_version=4).cells
        assert len(cells) == max(n, 4)
        assert sum("plt.show()" in c.source for c in cells) == 3  # two figures and the slider's
        assert cells[3].metadata["tags"] == ["nbval-ignore-output"]
        nbformat.validate(nbformat.read(path, as_version=4))

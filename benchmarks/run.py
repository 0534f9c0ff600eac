"""Speed and size against the floor: ``make bench``.

Every line is a ratio measured side by side in this one run, ``NAME: 1.18× (target ≤ 1.3×)``:

1. notebooks under nbval — the whole notebook suite versus as many "minimal lessons": per
   notebook of ours, one that imports pandas, matplotlib.pyplot and ipywidgets, draws two plain
   matplotlib figures and one slider that redraws a figure, with as many code cells as ours — the
   least a lesson of this series (two figures and an explorer each) can be, with no data. Each
   set runs under ``pytest --nbval`` in one session, side by side in each of three rounds; the
   median ratio is reported. For scale it also times notebooks that only do the imports (the
   "floor");
2. import and load — ``python -c "import kzlib; kzlib.load_events()"`` versus
   ``python -c "import pandas"``, the fastest of alternating runs (the minimum is the least
   disturbed by whatever else the machine is doing);
3. explorer update — a control's value set until the figure is drawn (the image widget updated),
   versus a bare ``fig.canvas.draw()`` of the same figure right after it: the median of the
   paired ratios over repeated moves;
4. installed size — a fresh venv with the runtime environment (kzlib and what it declares,
   at the lock's versions) versus one with the five core packages alone.

Timings are not tests: nothing here fails a build. ``--skip`` leaves out slow parts, e.g.
``--skip size notebooks``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
CORE = ["jupyterlab", "ipywidgets", "pandas", "matplotlib", "nbval"]


def line(name: str, ratio: float, target: float) -> None:
    mark = "ok" if ratio <= target else "MISSED"
    print(f"{name}: {ratio:.2f}× (target ≤ {target}×) {mark}", flush=True)


def _run(cmd, cwd=ROOT, env=None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


# 1 ---------------------------------------------------------------------------------------------


def _write_notebook(path: Path, sources: list[str], ignore_output: tuple[int, ...] = ()) -> None:
    """A notebook of code cells for the Python 3 kernel; cells in ``ignore_output`` are tagged
    ``nbval-ignore-output``, as our explorer cells are."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in sources]
    for i in ignore_output:
        nb.cells[i].metadata["tags"] = ["nbval-ignore-output"]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, path)


def _trivial_notebooks(folder: Path, n: int) -> None:
    for i in range(n):
        _write_notebook(folder / f"floor-{i:02d}.ipynb",
                        ["import pandas\nimport matplotlib.pyplot\nimport ipywidgets"])


_PLAIN_FIGURE = """fig, ax = plt.subplots(figsize=(10, 5.6))
ax.plot([1, 2, 3], [1, 4, 9])
ax.set_title("A title"); ax.set_xlabel("x (unit)"); ax.set_ylabel("y (count)")
plt.show()"""
_SLIDER = """def draw(n):
    fig, ax = plt.subplots(figsize=(10, 5.6))
    ax.plot(range(n))
    plt.show()

ipywidgets.interact(draw, n=(2, 10));"""


def _minimal_lessons(folder: Path, cells_per_notebook: list[int]) -> None:
    for i, n in enumerate(cells_per_notebook):
        sources = ["import pandas\nimport matplotlib.pyplot as plt\nimport ipywidgets",
                   _PLAIN_FIGURE, _PLAIN_FIGURE, _SLIDER]
        sources += ["x = 1"] * max(0, n - len(sources))
        _write_notebook(folder / f"minimal-{i:02d}.ipynb", sources, ignore_output=(3,))


def _code_cells(path: Path) -> int:
    import nbformat

    return sum(c.cell_type == "code" for c in nbformat.read(path, as_version=4).cells)


def bench_notebooks(rounds: int = 3) -> None:
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    opts = ["-q", "-p", "no:cacheprovider", "--nbval", "--nbval-current-env",
            f"--nbval-sanitize-with={ROOT / 'tests' / 'nbval-sanitize.cfg'}"]

    def session(rootdir, *paths) -> float:
        # Same options, no project configuration (-c /dev/null), one session each.
        return _run([PY, "-m", "pytest", "-c", os.devnull, "--rootdir", str(rootdir), *opts,
                     *map(str, paths)])

    with tempfile.TemporaryDirectory() as tmp:
        floor_dir, minimal_dir = Path(tmp) / "floor", Path(tmp) / "minimal"
        floor_dir.mkdir()
        minimal_dir.mkdir()
        _trivial_notebooks(floor_dir, len(notebooks))
        _minimal_lessons(minimal_dir, [_code_cells(nb) for nb in notebooks])
        # A whole session takes half a minute and this machine's speed drifts over minutes, so
        # each round times the three side by side and the ratios are the rounds' medians.
        runs = []
        for _ in range(rounds):
            runs.append((session(ROOT, *notebooks), session(tmp, floor_dir),
                         session(tmp, minimal_dir)))
    for ours, floor, minimal in runs:
        print(f"  ({len(notebooks)} notebooks: {ours:.1f} s; floor: {floor:.1f} s; for scale, as "
              f"many minimal lessons: {minimal:.1f} s, {minimal / floor:.2f}× the floor)")
    minimal_ratio = statistics.median(m / f for _, f, m in runs)
    floor_ratio = statistics.median(o / f for o, f, _ in runs)
    print(f"  (medians of {rounds} rounds; against the import-only floor: ours {floor_ratio:.2f}×, "
          f"minimal lessons {minimal_ratio:.2f}×)")
    line("notebooks under nbval vs as many minimal lessons",
         statistics.median(o / m for o, _, m in runs), 1.25)


# 2 ---------------------------------------------------------------------------------------------


def bench_import(rounds: int = 15) -> None:
    # Bytecode as any installed package has it (pip compiles on install; an editable checkout
    # compiles on first import unless PYTHONDONTWRITEBYTECODE is set, as on some machines).
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "kzlib")], check=True)
    ours_cmd = [PY, "-c", "import kzlib; kzlib.load_events()"]
    floor_cmd = [PY, "-c", "import pandas"]
    _run(ours_cmd), _run(floor_cmd)  # warm the file cache
    ours, floor = [], []
    for _ in range(rounds):
        ours.append(_run(ours_cmd))
        floor.append(_run(floor_cmd))
    o, f = min(ours), min(floor)
    print(f"  (import kzlib + load_events: {o * 1000:.0f} ms; import pandas: {f * 1000:.0f} ms)")
    line("import kzlib + load_events vs import pandas", o / f, 1.10)


# 3 ---------------------------------------------------------------------------------------------


def _moves(explorer):
    """Pairs of control values to alternate between, for each explorer."""
    c = explorer.controls
    if "theme" in c:
        return c["theme"], ["csto", "(all)"]
    if "day" in c:
        import pandas as pd

        return c["day"], [pd.Timestamp("2022-01-05"), pd.Timestamp("2022-01-06")]
    if "measure" in c:
        return c["scope"], ["(all)", "national"]
    return c["place"], ["Almaty", "Zhanaozen"]


def bench_explorers(rounds: int = 30) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from kzlib import explore

    makers = {"timeline": explore.timeline_explorer, "map": explore.map_explorer,
              "claims": explore.claims_explorer, "place": explore.place_explorer}
    for name, make in makers.items():
        ex = make()
        control, values = _moves(ex)
        drawn: list[float] = []
        ex.image.observe(lambda _c, d=drawn: d.append(time.perf_counter()), names="value")
        updates, draws = [], []
        for i in range(rounds):
            start = time.perf_counter()
            control.value = values[i % 2]
            updates.append(drawn[-1] - start)
            t = time.perf_counter()
            ex.figure.canvas.draw()
            draws.append(time.perf_counter() - t)
        # Each move is paired with a redraw right after it; the median of the paired ratios
        # is far steadier than a ratio of two separately noisy summaries.
        ratio = statistics.median(u / d for u, d in zip(updates, draws, strict=True))
        print(f"  ({name}: update {statistics.median(updates) * 1000:.0f} ms, bare draw "
              f"{statistics.median(draws) * 1000:.0f} ms, medians of {rounds} moves)")
        line(f"explorer update vs redraw ({name})", ratio, 1.2)


# 4 ---------------------------------------------------------------------------------------------


def _site_packages_size(venv: Path) -> int:
    total = 0
    for path in venv.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def _venv_with(folder: Path, args: list[str]) -> int:
    subprocess.run([PY, "-m", "venv", str(folder)], check=True)
    pip = [str(folder / "bin" / "python"), "-m", "pip", "install", "--quiet",
           "--disable-pip-version-check", "-c", str(ROOT / "requirements.lock")]
    subprocess.run([*pip, *args], check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return _site_packages_size(folder / "lib")


def bench_size() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        core = _venv_with(Path(tmp) / "core", CORE)
        shutil.rmtree(Path(tmp) / "core")
        ours = _venv_with(Path(tmp) / "runtime", [str(ROOT)])
    print(f"  (runtime environment: {ours / 1e6:.0f} MB; five core packages: {core / 1e6:.0f} MB)")
    line("installed size, runtime vs core five", ours / core, 1.15)


PARTS = {"notebooks": bench_notebooks, "import": bench_import, "explorers": bench_explorers,
         "size": bench_size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip", nargs="*", default=[], choices=list(PARTS))
    args = parser.parse_args()
    for name, part in PARTS.items():
        if name not in args.skip:
            part()


if __name__ == "__main__":
    main()

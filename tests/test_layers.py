"""The package's layers import one way (import-linter), nothing imports in a circle, no import is
deferred into a function to dodge one, and the public API is typed and documented with examples
that run (the doctests are collected from kzlib/ by pytest itself)."""

from __future__ import annotations

import ast
import doctest
import importlib
import inspect
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

import kzlib

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _lint_imports(cwd: Path, pythonpath: Path) -> subprocess.CompletedProcess:
    tool = shutil.which("lint-imports", path=str(BIN)) or "lint-imports"
    return subprocess.run([tool, "--no-cache"], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": str(BIN), "PYTHONPATH": str(pythonpath)})


def test_import_contracts_are_kept():
    result = _lint_imports(ROOT, ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_forbidden_import_breaks_the_contracts(tmp_path):
    """Proof that the contracts can fail: the pipeline importing the teaching layer."""
    shutil.copytree(ROOT / "kzlib", tmp_path / "kzlib",
                    ignore=shutil.ignore_patterns("data", "__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    export = tmp_path / "kzlib" / "pipeline" / "export.py"
    export.write_text(export.read_text() + "\nfrom ..teaching import style  # forbidden\n")
    result = _lint_imports(tmp_path, tmp_path)
    assert result.returncode != 0
    assert "kzlib.pipeline is not allowed to import kzlib.teaching" in result.stdout


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Every import cycle among the modules of the graph (Tarjan's strongly connected parts)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in graph.find_modules_directly_imported_by(module):
            if other not in graph.modules:
                continue
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            part = []
            while True:
                other = stack.pop()
                part.append(other)
                if other == module:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles():
    graph = grimp.build_graph("kzlib", cache_dir=None)
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_cycles():
    graph = grimp.ImportGraph()
    for module in ("a", "a.b", "a.c", "a.d"):
        graph.add_module(module)
    graph.add_import(importer="a.b", imported="a.c")
    graph.add_import(importer="a.c", imported="a.b")
    graph.add_import(importer="a.c", imported="a.d")
    assert _cycles(graph) == [["a.b", "a.c"]]


def _modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages(kzlib.__path__, "kzlib.")]
    return ["kzlib", *sorted(n for n in names if not n.endswith("__main__"))]


def test_no_import_is_deferred_into_a_function():
    """An import of kzlib's own modules inside a function hides a dependency (or a cycle)."""
    deferred = []
    for path in sorted((ROOT / "kzlib").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(func):
                internal = (isinstance(node, ast.ImportFrom) and (node.level > 0 or (
                    node.module or "").startswith("kzlib"))) or (
                    isinstance(node, ast.Import) and any(a.name.startswith("kzlib")
                                                         for a in node.names))
                if internal:
                    deferred.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert deferred == []


def _public_functions():
    """Functions of the public API (a lesson's bank of questions is data, not API)."""
    for name in _modules():
        if name.startswith("kzlib.teaching.questions."):
            continue
        module = importlib.import_module(name)
        for attr, obj in vars(module).items():
            if (attr.startswith("_") or not inspect.isfunction(obj)
                    or obj.__module__ != module.__name__):
                continue
            yield f"{name}.{attr}", obj


PUBLIC = dict(_public_functions())


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_public_function_is_typed_and_has_examples(name):
    func = PUBLIC[name]
    doc = inspect.getdoc(func) or ""
    assert "Examples\n--------\n>>>" in doc, f"{name}: no Examples section with a doctest"
    signature = inspect.signature(func)
    untyped = [p.name for p in signature.parameters.values()
               if p.annotation is inspect.Parameter.empty and p.name not in ("self", "cls")]
    assert untyped == [], f"{name}: parameters without a type: {untyped}"
    assert signature.return_annotation is not inspect.Signature.empty, f"{name}: no return type"


@pytest.mark.parametrize("name", _modules())
def test_doctests_run(name):
    """Every example in every docstring runs and prints what it says it prints."""
    module = importlib.import_module(name)
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    result = doctest.testmod(module, optionflags=flags, verbose=False, report=True)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


def test_mypy_finds_no_type_errors():
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_python_OO_imports_and_loads():
    """Under -OO there are no docstrings: the loaders must not depend on them."""
    code = ("import kzlib; print(sum(len(getattr(kzlib, f'load_{n}')()) "
            "for n in kzlib.list_datasets()) > 0)")
    result = subprocess.run([sys.executable, "-OO", "-c", code], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0 and result.stdout.strip() == "True", result.stderr


def test_short_names_serve_the_real_modules():
    import kzlib.plots as plots_by_short_name
    from kzlib.teaching import plots

    assert plots_by_short_name is plots is kzlib.plots
    assert kzlib.clean is importlib.import_module("kzlib.core.clean")

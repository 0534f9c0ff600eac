"""The pandas and Python operations the series teaches, how to spot each in code, and how a
student would name it (the words a lesson's Prerequisites line uses).

A lesson *teaches* an operation where it first appears in a worked example (a code cell that is
not an exercise); an exercise's worked solution may use only operations taught before it — in an
earlier lesson, or earlier in the same lesson. ``tests/test_lessons.py`` checks that.
"""

from __future__ import annotations

import ast

#: operation -> how a student would name it; a lesson's Prerequisites line uses these words for
#: every operation it assumes from earlier lessons.
WORDS: dict[str, str] = {
    "load": "loading a table",
    "column": "picking a column",
    "columns": "picking several columns",
    "filter": "filtering rows",
    "filter-combined": "combining conditions",
    "isin": "matching a list of values",
    "between": "keeping a range of values",
    "missing": "missing values",
    "sort": "sorting",
    "head": "the first rows",
    "count-rows": "counting rows",
    "value-counts": "counting values",
    "unique": "distinct values",
    "sum": "adding up",
    "mean": "averages",
    "min-max": "smallest and largest",
    "groupby": "grouping",
    "iloc": "a row by position",
    "loc": "a row by label",
    "set-index": "row labels",
    "merge": "joining tables",
    "new-column": "adding a column",
    "map": "translating values",
    "str": "text columns",
    "date-format": "writing a date",
    "date-diff": "days between dates",
    "date-parts": "the year or month of a date",
    "date-range": "a range of dates",
    "diff": "changes between rows",
    "crosstab": "counts by two columns",
    "round": "rounding",
    "for-loop": "for loops",
    "while-loop": "while loops",
    "function": "writing a function",
    "comprehension": "list comprehensions",
    "f-string": "f-strings",
}

_METHODS = {
    "isin": "isin", "between": "between", "isna": "missing", "notna": "missing",
    "dropna": "missing", "isnull": "missing", "notnull": "missing", "sort_values": "sort",
    "head": "head", "tail": "head", "value_counts": "value-counts", "unique": "unique",
    "nunique": "unique", "sum": "sum", "mean": "mean", "median": "mean", "min": "min-max",
    "max": "min-max", "idxmax": "min-max", "idxmin": "min-max", "groupby": "groupby",
    "set_index": "set-index", "merge": "merge", "map": "map", "diff": "diff",
    "strftime": "date-format", "date_text": "date-format", "crosstab": "crosstab",
}


def _is_date_string(node: ast.AST) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)
            and len(node.value) == 10 and node.value[4] == "-" and node.value[7] == "-")


def operations(code: str) -> set[str]:
    """The operations of :data:`WORDS` that a piece of code uses.

    >>> sorted(operations('events[events["theme"] == "csto"]["event_date"].min()'))
    ['column', 'filter', 'min-max']
    """
    try:
        tree = ast.parse(code)
    except SyntaxError:
        lines = [ln for ln in code.splitlines() if not ln.lstrip().startswith(("%", "!"))]
        tree = ast.parse("\n".join(lines))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name.startswith("load_"):
                found.add("load")
                if any(k.arg in ("start", "end") for k in node.keywords):
                    found.add("date-range")
            elif name in _METHODS:
                found.add(_METHODS[name])
            elif name == "len":
                found.add("count-rows")
            elif name == "round":
                found.add("round")
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Attribute):
                if func.value.attr == "str":
                    found.add("str")
                if func.value.attr == "dt" and func.attr != "strftime":
                    found.add("date-parts")
        elif isinstance(node, ast.Attribute):
            if node.attr in ("iloc",):
                found.add("iloc")
            elif node.attr in ("loc", "at", "iat"):
                found.add("loc")
            elif node.attr == "days" and not isinstance(node.ctx, ast.Store):
                found.add("date-diff")
            elif node.attr in ("year", "month", "day") and not isinstance(node.ctx, ast.Store):
                found.add("date-parts")
        elif isinstance(node, ast.Subscript):
            sl = node.slice
            if isinstance(sl, ast.Constant) and isinstance(sl.value, str):
                found.add("column")
            elif isinstance(sl, ast.List) and all(isinstance(e, ast.Constant) for e in sl.elts):
                found.add("columns")
            elif isinstance(sl, ast.Compare | ast.Call | ast.BinOp | ast.UnaryOp):
                if isinstance(sl, ast.BinOp) and isinstance(sl.op, ast.BitAnd | ast.BitOr):
                    found |= {"filter", "filter-combined"}
                elif not isinstance(sl, ast.BinOp):  # table[a - b] is arithmetic, not a filter
                    found.add("filter")
        elif isinstance(node, ast.Compare):
            if any(_is_date_string(c) for c in [node.left, *node.comparators]):
                found.add("date-range")
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant):
                    found.add("new-column")
        elif isinstance(node, ast.For):
            found.add("for-loop")
        elif isinstance(node, ast.While):
            found.add("while-loop")
        elif isinstance(node, ast.FunctionDef):
            found.add("function")
        elif isinstance(node, ast.ListComp | ast.DictComp | ast.SetComp | ast.GeneratorExp):
            found.add("comprehension")
        elif isinstance(node, ast.JoinedStr):
            found.add("f-string")
    return found

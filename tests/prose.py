"""Check the prose of the lessons against the data.

Every sentence of a lesson's Markdown that states a number or a date from the data cites the
record(s) it comes from — "(claim KZ-C-5037)", "(events KZ-E-2001, KZ-E-2002)" — and each number
and date in that sentence must be found in a cited record: its value, value_low, value_high,
the figure as reported (value_text), fatalities, its dates (event_date, claim_date,
period_start, period_end), or a number or date its notes or statement give.

A number the prose computes (a count, a share, a sum) is declared next to it in an HTML comment,
invisible in the rendered lesson, which the check evaluates against the data::

    The claims table holds 93 stated figures about deaths. <!-- check: 93 = len(claims[...]) -->

The expression sees the tables as ``events``, ``claims``, ``places``, ``sources``,
``publishers``, and ``pd`` and ``kzlib``. The number before ``=`` must appear in the same
sentence (or list item), and the expression must give it (rounded to the decimals shown).

Numbers that are not data are left alone: headings, inline code and code blocks, record ids,
numbered list markers, ordinals and names with digits ("45th", "Il-76"), lesson and exercise
numbers ("lesson 5", "Exercise 3"), times of the lesson ("45 minutes"), the lesson's header table,
and the period the series is about ("January 2022"). Any other number or date in a sentence
that cites nothing is an error.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

import kzlib

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MONTH = "|".join(m.capitalize() for m in MONTHS)
ID = re.compile(r"\bKZ-[EC]-\d{4}\b")
CHECK = re.compile(r"<!--\s*check:\s*(?P<n>-?[\d,]+(?:\.\d+)?)\s*=\s*(?P<expr>.+?)\s*-->", re.S)
DATE_PHRASES = [
    # 5 January 2022, 5-6 January 2022, 5 January
    re.compile(rf"\b(?P<d1>\d{{1,2}})(?:\s*(?:[–-]|to|and)\s*(?P<d2>\d{{1,2}}))?\s+(?P<m>{_MONTH})"
               rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"),
    # January 2022
    re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<y>(?:19|20)\d\d)\b"),
    # 2022-01-05
    re.compile(r"\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"),
]
NUMBER = re.compile(r"(?<![\w.,-])(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<f>\d+))?(?P<pct>%)?"
                    r"(?![\w-]|\.\d|,\d{3})")
TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
NOT_DATA_BEFORE = re.compile(r"(?i)\b(lesson|lessons|exercise|exercises|question|questions|step|"
                             r"steps|part|cell|cells|chapter|section|page|notebook|notebooks|hint|"
                             r"option|level|round|tier|group)\s*$|\bFigure\s*$")
#: "lessons 3 and 5", "lessons 2 to 4", "lessons 2–3": the later numbers are lesson numbers too.
LESSON_LIST = re.compile(r"(?i)\b(lessons?|notebooks?|exercises?)\s+\d+(?:\s*(?:,|and|to|or|–|-)"
                         r"\s*\d+)+")
#: Names with a number in them, not data.
NAMES = re.compile(r"Qantar 2022|CC BY 4\.0|CC-BY-4\.0|Okabe[–-]Ito|ISO 639-1|ISO 3166|Python 3\.\d+")
#: An explicit, reviewed exemption for a sentence whose numbers or dates are not data (task
#: parameters, the rules of a codebook): a test caps how many a lesson may have.
NOT_DATA = re.compile(r"<!--\s*not data:\s*[^>]+-->")
NOT_DATA_AFTER = re.compile(r"(?i)^\s*(minutes?|min\b|words|seconds)")


@dataclass(frozen=True)
class Problem:
    notebook: str
    cell: int
    sentence: str
    message: str

    def __str__(self) -> str:
        return f"{self.notebook}, cell {self.cell}: {self.message}\n    in: {self.sentence!r}"


def _clean(markdown: str) -> str:
    """Markdown without what is not prose: code, headings, local links' targets, tags."""
    text = re.sub(r"```.*?```", " ", markdown, flags=re.S)
    lines = []
    for line in text.splitlines():
        if line.lstrip().startswith("#") or "Time needed" in line:
            continue
        line = re.sub(r"^\s*>\s?", "", line)  # block quotes
        line = re.sub(r"^\s*(\d+\.|[-*+])\s+", "", line)  # list markers
        if line.lstrip().startswith("|"):  # a table row: a cell holding only a small number is a label
            line = re.sub(r"\|\s*\d{1,2}\s*(?=\|)", "| ", line)
        lines.append(line)
    text = "\n".join(lines)
    text = re.sub(r"`[^`]*`", " ", text)  # inline code
    text = re.sub(r"\[([^\]]*)\]\([^)]*\.(?:ipynb|md)[^)]*\)", " ", text)  # links to lessons/docs
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # other links: keep the words
    text = re.sub(r"<(?!!--)[^>]+>", " ", text)  # HTML tags, not comments
    text = text.replace("**", "").replace("__", "")
    return text


def units(markdown: str) -> list[str]:
    """The sentences (and list items) of a Markdown cell, each with its check comments."""
    out = []
    for block in re.split(r"\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)|\n(?=\s*\|)", markdown):
        cleaned = _clean(block)
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z(\"“*])", cleaned):
            if sentence.strip():
                out.append(" ".join(sentence.split()))
    # a check comment belongs to the sentence it follows
    merged: list[str] = []
    for s in out:
        if s.startswith("<!--") and merged:
            merged[-1] += " " + s
        else:
            merged.append(s)
    return merged


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def _dates_in(text: str) -> list[tuple[int | None, int, int | None]]:
    """(day, month, year) of every date phrase in a text (day or year may be None)."""
    found = []
    for pattern in DATE_PHRASES:
        for m in pattern.finditer(text):
            g = m.groupdict()
            if g.get("iso"):
                d = dt.date.fromisoformat(g["iso"])
                found.append((d.day, d.month, d.year))
                continue
            month = MONTHS.index(g["m"].lower()) + 1
            year = int(g["y"]) if g.get("y") else None
            days = [int(g["d1"])] if g.get("d1") else [None]
            if g.get("d2"):
                days.append(int(g["d2"]))
            found += [(d, month, year) for d in days]
    return found


class Records:
    """What the cited records say: their numbers, dates and text."""

    def __init__(self) -> None:
        self.events = kzlib.load_events().set_index("event_id", drop=False)
        self.claims = kzlib.load_claims().set_index("claim_id", drop=False)

    def facts(self, ids: list[str]) -> tuple[set[float], set[tuple[int, int, int]], str]:
        numbers: set[float] = set()
        dates: set[tuple[int, int, int]] = set()
        texts = []
        for rid in ids:
            table = self.events if rid.startswith("KZ-E-") else self.claims
            if rid not in table.index:
                continue
            row = table.loc[rid]
            for col in ("value", "value_low", "value_high", "fatalities"):
                if col in row and pd.notna(row[col]):
                    numbers.add(float(row[col]))
            for col in ("event_date", "claim_date", "period_start", "period_end"):
                if col in row and pd.notna(row[col]):
                    dates.add((row[col].day, row[col].month, row[col].year))
            for col in ("value_text", "subject_text", "notes", "statement", "location"):
                if col in row and isinstance(row[col], str):
                    texts.append(row[col])
        text = " ".join(texts)
        for m in NUMBER.finditer(ID.sub(" ", text)):
            numbers.add(_num(m.group("n") + ("." + m.group("f") if m.group("f") else "")))
        for d, mo, y in _dates_in(text):
            if d is not None and y is not None:
                dates.add((d, mo, y))
        return numbers, dates, text


def _checks(sentence: str, namespace: dict) -> tuple[list[float], list[str]]:
    """The numbers a sentence's check comments vouch for, and the checks that failed."""
    vouched, failed = [], []
    for m in CHECK.finditer(sentence):
        claimed = _num(m.group("n"))
        decimals = len(m.group("n").split(".")[1]) if "." in m.group("n") else 0
        try:
            got = eval(m.group("expr"), {"__builtins__": {"len": len, "round": round, "sum": sum,
                                                          "min": min, "max": max, "int": int,
                                                          "abs": abs, "sorted": sorted,
                                                          "set": set}}, namespace)
            got = round(float(got), decimals)
        except Exception as exc:  # report any failure of the expression as a problem
            failed.append(f"check {m.group(0)!r} could not be evaluated ({type(exc).__name__}: "
                          f"{exc})")
            continue
        if got != claimed:
            failed.append(f"the prose says {m.group('n')}, but {m.group('expr')} gives {got:g}")
        vouched.append(claimed)
    return vouched, failed


def check_sentence(sentence: str, records: Records, namespace: dict) -> list[str]:
    """What is wrong with one sentence (empty: nothing)."""
    problems: list[str] = []
    if NOT_DATA.search(sentence):
        return problems
    ids = ID.findall(sentence)
    vouched, failed = _checks(sentence, namespace)
    problems += failed
    prose = CHECK.sub(" ", sentence)
    prose = re.sub(r"<!--.*?-->", " ", prose)
    prose_no_ids = LESSON_LIST.sub(" ", NAMES.sub(" ", ID.sub(" ", prose)))
    numbers, dates, text = records.facts(ids) if ids else (set(), set(), "")
    missing = [i for i in ids if i not in records.events.index and i not in records.claims.index]
    if missing:
        problems.append(f"cites {', '.join(missing)}, which the data do not hold")
    # dates first: their numbers are not counted again as numbers
    spans = []
    for pattern in DATE_PHRASES:
        for m in pattern.finditer(prose_no_ids):
            spans.append(m.span())
            phrase = m.group(0)
            if phrase == "January 2022":
                continue  # the period the whole series is about
            for d, mo, y in _dates_in(phrase):
                ok = any((d is None or d == dd) and mo == mm and (y is None or y == yy)
                         for dd, mm, yy in dates)
                if not ok:
                    problems.append(f"the date {phrase!r} is not in the cited record(s)"
                                    if ids else f"the date {phrase!r} cites no record")
                    break
    for m in TIME.finditer(prose_no_ids):
        spans.append(m.span())
        if m.group(0) not in text:
            problems.append(f"the time {m.group(0)!r} is not in the cited record(s)"
                            if ids else f"the time {m.group(0)!r} cites no record")
    for m in NUMBER.finditer(prose_no_ids):
        if any(a <= m.start() < b for a, b in spans):
            continue
        before, after = prose_no_ids[:m.start()], prose_no_ids[m.end():]
        if NOT_DATA_BEFORE.search(before) or NOT_DATA_AFTER.match(after):
            continue
        value = _num(m.group("n") + ("." + m.group("f") if m.group("f") else ""))
        if value in vouched or value in numbers:
            continue
        token = m.group(0)
        problems.append(f"the number {token!r} is not in the cited record(s) and has no check"
                        if ids else f"the number {token!r} cites no record and has no check")
    return problems


def namespace() -> dict:
    return {"events": kzlib.load_events(), "claims": kzlib.load_claims(),
            "places": kzlib.load_places(), "sources": kzlib.load_sources(),
            "publishers": kzlib.load_publishers(), "pd": pd, "kzlib": kzlib}


def check_notebook(path: Path, records: Records | None = None,
                   names: dict | None = None) -> list[Problem]:
    """Every problem in the Markdown cells of one notebook."""
    records = records or Records()
    names = names if names is not None else namespace()
    cells = json.loads(Path(path).read_text(encoding="utf-8"))["cells"]
    out = []
    for i, cell in enumerate(cells):
        if cell["cell_type"] != "markdown":
            continue
        for sentence in units("".join(cell["source"])):
            for message in check_sentence(sentence, records, names):
                out.append(Problem(Path(path).name, i, sentence, message))
    return out


def cited_ids(path: Path) -> list[str]:
    """Every record id the Markdown of a notebook cites, in order, once each."""
    cells = json.loads(Path(path).read_text(encoding="utf-8"))["cells"]
    found = []
    for cell in cells:
        if cell["cell_type"] == "markdown":
            found += ID.findall("".join(cell["source"]))
    return list(dict.fromkeys(found))

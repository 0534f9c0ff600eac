"""Self-checking exercises: ``kzlib.check(question_id, answer)`` (defined here, in kzlib.exercises).

Each exercise in the notebooks ends with a call such as ``kzlib.check("start-1", answer)``. The
reply is graded, in this order:

* **wrong kind of answer** — e.g. text where a number is expected: says what kind is expected;
* **right** — says so, with a short explanation of why;
* **close** — a number within the question's tolerance: says it is close and what to re-check;
* **a common mistake** — a wrong answer the question anticipates gets feedback aimed at it;
* **not yet** — otherwise: the next hint (each further try shows one more hint).

Hints teach the way to the answer; they never give it away. Answers that depend on the data are
computed from the data when checked, so they cannot drift from it. The questions themselves live in
:mod:`kzlib.questions`; ``kzlib.exercises.questions(lesson)`` lists them.
"""

from __future__ import annotations

import datetime as _dt
import html
import math
import numbers
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from ..core import store
from ..core.clean import parse_date
from ..core.errors import expect_str, unknown
from ..core.i18n import gettext as _
from ..core.i18n import label
from . import questions as _bank
from .question import Question

__all__ = ["check", "Question", "Feedback", "questions", "hint", "reset", "answer_key",
           "misconceptions", "rubrics", "write_answer_key", "SERIES"]


@dataclass(frozen=True)
class Feedback:
    """The reply to one answer. ``correct`` is True only for a right answer."""

    question_id: str
    status: str  # 'right', 'close', 'mistake', 'wrong', 'type'; 'submitted' for writing tasks
    message: str

    @property
    def correct(self) -> bool:
        """True for a right answer, and for a writing task whose mechanics are in place."""
        return self.status in ("right", "submitted")

    _ICONS = {"right": "✅", "close": "🟡", "mistake": "❌", "wrong": "❌", "type": "⚠️",
              "submitted": "📝"}
    _COLOURS = {"right": "#009E73", "close": "#E69F00", "mistake": "#D55E00", "wrong": "#D55E00",
                "type": "#CC79A7", "submitted": "#0072B2"}

    def __repr__(self) -> str:
        return f"{self._ICONS[self.status]} [{self.question_id}] {self.message}"

    def _repr_html_(self) -> str:
        colour = self._COLOURS[self.status]
        return (f'<div style="border-left: 6px solid {colour}; padding: 0.4em 0.8em; '
                f'margin: 0.3em 0;"><strong>{self._ICONS[self.status]} {self.question_id}</strong>'
                f" — {html.escape(self.message)}</div>")


_ATTEMPTS: dict[str, int] = {}


def _get(question_id: Any) -> Question:
    return _bank.get(question_id)


def reset() -> None:
    """Forget how many tries each question has had (hints start again from the first).

    Examples
    --------
    >>> reset()
    """
    _ATTEMPTS.clear()


def questions(lesson: str | None = None) -> pd.DataFrame:
    """The exercises, as a table (``lesson`` to keep one lesson's).

    Examples
    --------
    >>> list(questions("start")["id"])[:2]
    ['start-1', 'start-2']
    """
    if lesson is None:
        chosen = _bank.every()
    else:
        lesson = expect_str(lesson, _("a lesson"), "questions")
        if lesson not in _bank.lessons():
            raise unknown("lesson", lesson, _bank.lessons())
        chosen = list(_bank.of_lesson(lesson).values())
    rows = [{"id": q.id, "lesson": q.lesson, "kind": q.kind, "prompt": q.prompt_text()}
            for q in chosen]
    return pd.DataFrame(rows, columns=["id", "lesson", "kind", "prompt"])


def hint(question_id: str) -> str:
    """The next hint for a question, without checking an answer.

    Examples
    --------
    >>> reset(); hint("start-1").startswith("Load only that day")
    True
    """
    q = _get(question_id)
    n = _ATTEMPTS.get(q.id, 0)
    _ATTEMPTS[q.id] = n + 1
    return q.hint_texts()[min(n, len(q.hints) - 1)]


# --- normalising answers ------------------------------------------------------------------------


class _WrongKind(Exception):
    pass


def _as_number(value: Any, integer: bool) -> int | float:
    if isinstance(value, bool) or not isinstance(value, numbers.Number):
        if isinstance(value, pd.Series | pd.DataFrame) and value.size == 1:
            return _as_number(value.squeeze(), integer)
        what = _("a whole number") if integer else _("a number")
        extra = ""
        if isinstance(value, str):
            extra = " " + _("You gave text in quotes; write the number without quotes, e.g. 42.")
        elif isinstance(value, pd.Series | pd.DataFrame):
            extra = " " + _("You gave a pandas {kind} of {size} values; reduce it to one number "
                            "first (e.g. with len(), .sum() or .iloc[0]).").format(
                kind=type(value).__name__, size=value.size)
        raise _WrongKind(_("This question expects {what}, not {kind}.").format(
            what=what, kind=type(value).__name__) + extra)
    number = float(value)  # type: ignore[arg-type]  # every real number type converts
    if pd.isna(number):
        raise _WrongKind(_("This question expects a number, but your answer is missing (NaN)."))
    if integer and not number.is_integer():
        raise _WrongKind(_("This question expects a whole number (a count); you gave "
                           "{value}.").format(value=value))
    return int(number) if integer else number


def _as_date(value: Any) -> pd.Timestamp:
    if isinstance(value, str):
        try:
            return pd.Timestamp(_dt.date.fromisoformat(value.strip()))
        except ValueError:
            pass
        try:  # as kzlib.date_text writes it, in any of the three languages
            day, precision = parse_date(value)
        except ValueError:
            precision = 0
        if precision == 1:
            return day
        raise _WrongKind(_("{value} is not a date in the form 'YYYY-MM-DD', e.g. "
                           "'2022-01-05'.").format(value=repr(value)))
    if isinstance(value, _dt.date | pd.Timestamp):
        return pd.Timestamp(value).normalize()
    raise _WrongKind(_("This question expects a date such as '2022-01-05', not {kind}.").format(
        kind=type(value).__name__))


def _fold(text: str) -> str:
    return " ".join(str(text).casefold().replace("-", " ").replace("_", " ").split())


def _as_text(value: Any) -> str:
    if not isinstance(value, str):
        raise _WrongKind(_("This question expects text (in quotes), not {kind}.").format(
            kind=type(value).__name__))
    return _fold(value)


def _as_set(value: Any) -> set[str]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise _WrongKind(_("This question expects a list of names, e.g. ['Aktau', 'Zhanaozen']."))
    items = list(value)
    if not all(isinstance(v, str) for v in items):
        raise _WrongKind(_("Every item of the list should be text in quotes."))
    return {_fold(v) for v in items}


def _normalise(q: Question, value: Any) -> Any:
    if value is Ellipsis:
        raise _WrongKind(_("No answer yet: replace ... with your answer, then run the cell "
                           "again."))
    if q.kind in ("number", "integer"):
        return _as_number(value, q.kind == "integer")
    if q.kind == "date":
        return _as_date(value)
    if q.kind == "set":
        return _as_set(value)
    text = _as_text(value)
    if q.kind == "choice":
        letters = {c.split(")")[0].strip().casefold(): c for c in q.choice_texts()}
        if text not in letters:
            raise _WrongKind(_("Answer with the letter of one choice: {letters}.").format(
                letters=", ".join(repr(k) for k in letters)))
    return text


def check(question_id: str, answer: Any) -> Feedback:
    """Check an answer to an exercise and say how it went (see the module docstring).

    Examples
    --------
    >>> check("start-3", "source_ids").correct
    True
    >>> check("start-3", "notes").status
    'mistake'
    """
    q = _get(question_id)
    if q.kind == "writing":
        return _check_writing(q, answer)
    try:
        given = _normalise(q, answer)
    except _WrongKind as exc:
        return Feedback(q.id, "type", str(exc))
    expected = _normalise(q, q.expected())
    if given == expected or (q.kind == "number" and math.isclose(given, expected, rel_tol=1e-9,
                                                                 abs_tol=1e-9)):
        _ATTEMPTS.pop(q.id, None)
        return Feedback(q.id, "right", _("Right.") + " " + q.explanation_text())
    for wrong, message in q.mistake_texts():
        try:
            if _normalise(q, wrong) == given:
                return Feedback(q.id, "mistake", _("Not yet.") + " " + message)
        except _WrongKind:  # pragma: no cover  (a malformed mistake entry)
            continue
    n = _ATTEMPTS.get(q.id, 0)
    _ATTEMPTS[q.id] = n + 1
    tip = q.hint_texts()[min(n, len(q.hints) - 1)]
    if q.kind in ("number", "integer") and q.tolerance and abs(given - expected) <= q.tolerance:
        return Feedback(q.id, "close", _("Close, but not exact.") + " " + tip)
    if q.kind == "date" and abs((given - expected).days) <= q.tolerance:
        return Feedback(q.id, "close", _("Close: off by {days} day(s).").format(
            days=abs((given - expected).days)) + " " + tip)
    return Feedback(q.id, "wrong", _("Not yet. Hint:") + " " + tip)


_RECORD_ID = re.compile(r"\bKZ-[EC]-\d{4}\b", re.IGNORECASE)


def _check_writing(q: Question, text: Any) -> Feedback:
    """The mechanics of a writing task: long enough, at least two records cited that exist, and
    sources of at least two kinds behind them. The argument itself is the teacher's to judge."""
    if text is Ellipsis or (isinstance(text, str) and text.strip() in ("", "...")):
        return Feedback(q.id, "type", _("No answer yet: replace ... with your paragraph, in "
                                        "triple quotes (\"\"\"like this\"\"\"), then run the "
                                        "cell again."))
    if not isinstance(text, str):
        return Feedback(q.id, "type", _("This task expects your paragraph as text (in quotes), "
                                        "not {kind}.").format(kind=type(text).__name__))
    words = len(text.split())
    ids = list(dict.fromkeys(i.upper() for i in _RECORD_ID.findall(text)))
    events, claims = store.parsed("events"), store.parsed("claims")
    known = set(events["event_id"]) | set(claims["claim_id"])
    unknown_ids = [i for i in ids if i not in known]
    if unknown_ids:
        return Feedback(q.id, "wrong", _("Not yet: not in the data: {ids}. Copy ids from the "
                                         "tables (event ids start KZ-E-, claim ids KZ-C-).").format(
            ids=", ".join(unknown_ids)))
    if words < q.min_words:
        return Feedback(q.id, "wrong", _("Not yet: the task asks for at least {least} words, enough "
                                         "to make a claim and back it; word count so far: "
                                         "{words}.").format(words=words, least=q.min_words))
    if len(ids) < 2:
        return Feedback(q.id, "wrong", _("Not yet: cite at least two records by their ids (e.g. "
                                         "'(claim KZ-C-5037)'), so a reader can check where each "
                                         "point comes from."))
    sources = store.parsed("sources").set_index("source_id")["kind"]
    rows = pd.concat([events.set_index("event_id")["source_ids"],
                      claims.set_index("claim_id")["source_ids"]])
    kinds = sorted({str(sources[s]) for i in ids for s in rows[i].split(";") if s in sources.index})
    shown = ", ".join(label(k) for k in kinds)
    if len(kinds) < 2:
        return Feedback(q.id, "wrong", _("Not yet: every record you cite rests on sources of one "
                                         "kind ({kinds}). Bring in a record whose sources are of "
                                         "another kind (see the sources table's kind column), "
                                         "and weigh the two.").format(kinds=shown))
    return Feedback(q.id, "submitted", _(
        "The mechanics are in place: {words} words, citing {ids}, with sources of {n} kinds "
        "({kinds}). Whether the argument holds — does each claim follow from the records, are "
        "claimants named, is the other side weighed? — is for your teacher to judge with the "
        "rubric.").format(words=words, ids=", ".join(ids), n=len(kinds), kinds=shown))


#: The lessons in the order of the series, each with the title a teacher knows it by (the start of
#: its notebook's heading). The teacher guide's generated sections follow this order.
SERIES: tuple[tuple[str, str], ...] = (
    ("start", "Start here"),
    ("tables", "Tables with pandas"),
    ("background", "Lesson 1 — Background"),
    ("spark", "Lesson 2 — The spark"),
    ("escalation", "Lesson 3 — Escalation and the security response"),
    ("csto", "Lesson 4 — The CSTO intervention"),
    ("counting", "Lesson 5 — Counting the dead"),
    ("aftermath", "Lesson 6 — Political aftermath"),
    ("data", "Lesson 7 — From reports to data"),
    ("framing", "Lesson 8 — Framing and sources"),
)


def _in_series() -> list[tuple[str, list[Question]]]:
    """Each lesson's title and questions, in the order of the series; a lesson missing from
    :data:`SERIES` comes last under its own name, so that no question is left out."""
    titles = dict(SERIES)
    order = [lesson for lesson, _ in SERIES if lesson in _bank.lessons()]
    order += [lesson for lesson in _bank.lessons() if lesson not in titles]
    return [(titles.get(lesson, lesson), list(_bank.of_lesson(lesson).values()))
            for lesson in order]


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"


def _display(q: Question, value: Any) -> str:
    """An answer as a teacher reads it: a date as YYYY-MM-DD, a list joined, a whole number
    without '.0', a choice by its letter."""
    if q.kind == "date":
        return f"{pd.Timestamp(value):%Y-%m-%d}"
    if q.kind == "choice":
        return f"{str(value).strip()})"
    if q.kind == "set" or (isinstance(value, Iterable) and not isinstance(value, str)):
        return ", ".join(sorted(str(v) for v in value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _shown(q: Question) -> str:
    value = q.expected()
    if q.kind == "choice":
        letter = str(value).strip().casefold()
        for choice in q.choice_texts():
            if choice.split(")")[0].strip().casefold() == letter:
                return choice
    if q.kind == "writing":
        return _("(a paragraph: see the rubric)")
    return _display(q, value)


def answer_key() -> str:
    """The answer key as a Markdown table, computed from the data (for the teacher guide), in the
    order of the series (:data:`SERIES`).

    Examples
    --------
    >>> answer_key().splitlines()[0]
    '| Exercise | Answer | Why |'
    """
    lines = ["| Exercise | Answer | Why |", "|---|---|---|"]
    for _title, chosen in _in_series():
        for q in chosen:
            lines.append(_row([q.id, _shown(q), q.explanation_text()]))
    return "\n".join(lines)


def misconceptions() -> str:
    """The misconceptions the exercises anticipate, as Markdown for the teacher guide: one table
    per lesson, in the order of the series, each row an exercise, the wrong answers that show a
    misconception (computed from the data now) and the misconception in a few words.

    A wrong answer that the data have made equal to the right one is left out, as ``kzlib.check``
    leaves it out; so is a mistake whose misconception is not named yet.

    Examples
    --------
    >>> text = misconceptions()
    >>> text.splitlines()[0]
    '### Start here'
    >>> "| counting-5 | e) | adds up event fatalities as a death toll |" in text
    True
    """
    parts = []
    for title, chosen in _in_series():
        rows = []
        for q in chosen:
            right = _normalise(q, q.expected()) if q.kind != "writing" else None
            answers: dict[str, list[str]] = {}
            for wrong, idea in q.misconception_texts():
                try:
                    if not idea or _normalise(q, wrong) == right:
                        continue
                except _WrongKind:  # pragma: no cover  (a malformed mistake entry)
                    continue
                shown = _display(q, wrong)
                if q.kind == "set":
                    shown = f"[{shown}]" if shown else "(an empty list)"
                if shown not in answers.setdefault(idea, []):
                    answers[idea].append(shown)
            rows += [_row([q.id, " or ".join(shown), idea]) for idea, shown in answers.items()]
        if rows:
            parts.append("\n".join([f"### {title}", "", "| Exercise | Wrong answer | Misconception |",
                                    "|---|---|---|", *rows]))
    return "\n\n".join(parts)


def rubrics() -> str:
    """Every writing task with its rubric, as Markdown for the teacher guide, in the order of the
    series: the task as ``kzlib.check`` states it, the mechanics it checks, and the criteria the
    teacher judges the argument by.

    Examples
    --------
    >>> text = rubrics()
    >>> text.splitlines()[0]
    '### `background-w` (Lesson 1 — Background)'
    >>> "at least 120 words" in text
    True
    """
    parts = []
    for title, chosen in _in_series():
        for q in chosen:
            if q.kind != "writing":
                continue
            criteria = [f"{n}. {c}" for n, c in enumerate(q.rubric_texts(), 1)]
            parts.append("\n".join([
                f"### `{q.id}` ({title})", "",
                f"*Task:* {q.prompt_text()}", "",
                f"*Checked by `kzlib.check`:* at least {q.min_words} words, at least two record "
                "ids that exist, and sources of at least two kinds behind them. *Judged by you:*",
                "", *criteria]))
    return "\n\n".join(parts)


#: The generated sections of the teacher guide: the name in their markers, and what fills them.
_SECTIONS = {"answer-key": answer_key, "misconceptions": misconceptions, "rubrics": rubrics}


def write_answer_key(path: str | Path) -> bool:
    """Fill the generated sections of a Markdown file: :func:`answer_key`, :func:`misconceptions`
    and :func:`rubrics`, each between its markers (``<!-- answer-key:start -->`` and
    ``<!-- answer-key:end -->``, and the same for ``misconceptions`` and ``rubrics``).

    Returns True if the file changed (``make answer-key`` runs this on the teacher guide). A file
    without the markers of every section is refused, so that no section goes stale unnoticed.

    Examples
    --------
    >>> import tempfile
    >>> markers = "".join(f"<!-- {name}:start --><!-- {name}:end -->\\n"
    ...                   for name in ("answer-key", "misconceptions", "rubrics"))
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     guide = Path(tmp, "guide.md")
    ...     _ = guide.write_text(markers)
    ...     write_answer_key(guide), write_answer_key(guide)
    (True, False)
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    new = text
    for name, make in _SECTIONS.items():
        start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
        if start not in new or end not in new:
            raise ValueError(f"{path} has no {start} ... {end} markers to fill.")
        head, rest = new.split(start, 1)
        _, tail = rest.split(end, 1)
        new = f"{head}{start}\n{make()}\n{end}{tail}"
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text

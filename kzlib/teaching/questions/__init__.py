"""The exercises of every lesson, one module per lesson, for :func:`kzlib.check`.

A lesson's module defines ``questions()``, which returns its :class:`~kzlib.teaching.question.Question`
list. Modules are found automatically and loaded only when one of their questions is asked (a
question's id starts with its lesson, the module's name: ``counting-2`` is in ``counting.py``), so
a broken lesson never breaks another lesson's checks and nothing is read at import.

``python -m kzlib.teaching.questions`` checks every question against the shipped data (``make
data`` runs it): each record a question relies on must exist, and each answer, prompt and mistake
must compute. A renumbered record fails there with the question named.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

from ...core import store
from ...core.errors import expect_str, unknown
from ...core.i18n import gettext as _
from ..question import Question


def lessons() -> list[str]:
    """The lessons that have exercises (the modules of this package).

    Examples
    --------
    >>> "start" in lessons()
    True
    """
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


@functools.cache
def of_lesson(lesson: str) -> dict[str, Question]:
    """The questions of one lesson, by id (the lesson's module is imported on first use).

    Examples
    --------
    >>> list(of_lesson("start"))[:1]
    ['start-1']
    """
    lesson = expect_str(lesson, _("a lesson"), "of_lesson")
    if lesson not in lessons():
        raise unknown("lesson", lesson, lessons())
    out: dict[str, Question] = {}
    for q in importlib.import_module(f"{__name__}.{lesson}").questions():
        if q.id in out:
            raise ValueError(f"question id {q.id!r} is defined twice in lesson {lesson!r}")
        if q.lesson != lesson:
            raise ValueError(f"question {q.id!r} says it belongs to lesson {q.lesson!r} but is "
                             f"defined in {lesson}.py")
        out[q.id] = q
    return out


def get(question_id: str) -> Question:
    """One question by its id, loading only its lesson.

    Examples
    --------
    >>> get("start-1").lesson
    'start'
    """
    question_id = expect_str(question_id, _("an exercise (e.g. 'start-1')"), "check")
    lesson = question_id.rsplit("-", 1)[0]
    if lesson not in lessons():
        ids = [f"{name}-1" for name in lessons()]
        raise unknown("question id", question_id, ids,
                      _("the id is printed next to each exercise; it starts with the lesson"))
    questions = of_lesson(lesson)
    if question_id not in questions:
        raise unknown("question id", question_id, questions,
                      _("the id is printed next to each exercise"))
    return questions[question_id]


def every() -> list[Question]:
    """Every question of every lesson, in lesson order.

    Examples
    --------
    >>> len(every()) > 10
    True
    """
    return [q for lesson in lessons() for q in of_lesson(lesson).values()]


def _known_ids() -> set[str]:
    return (set(store.parsed("events")["event_id"]) | set(store.parsed("claims")["claim_id"])
            | set(store.parsed("sources")["source_id"]))


def problems() -> list[str]:
    """What is wrong with any question against the shipped data (an empty list: nothing).

    Every record a question names in ``records`` must exist, and its answer, prompt, choices,
    explanation and mistakes must compute. Each problem names the question and its module.

    Examples
    --------
    >>> problems()
    []
    """
    known = _known_ids()
    out = []
    for lesson in lessons():
        where = f"kzlib/teaching/questions/{lesson}.py"
        try:
            questions = of_lesson(lesson)
        except Exception as exc:  # report it, and go on with the other lessons
            out.append(f"lesson {lesson!r} ({where}): its questions could not be built "
                       f"({type(exc).__name__}: {exc})")
            continue
        for q in questions.values():
            missing = [r for r in q.records if r not in known]
            if missing:
                out.append(f"question {q.id} ({where}) relies on {', '.join(missing)}, which "
                           "the data no longer hold (renumbered or removed?): update the question")
                continue
            try:
                q.expected(), q.prompt_text(), q.choice_texts(), q.explanation_text()
                q.mistake_texts()
            except Exception as exc:  # report it, and go on with the other questions
                out.append(f"question {q.id} ({where}): could not be computed from the data "
                           f"({type(exc).__name__}: {exc})")
    return out

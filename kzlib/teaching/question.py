"""What an exercise is: :class:`Question`. The questions of each lesson are in
:mod:`kzlib.teaching.questions`; :mod:`kzlib.teaching.exercises` checks answers to them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..core.i18n import pgettext

#: The kinds of answer a question can expect. A ``writing`` task is a paragraph arguing from
#: records: kzlib.check checks its mechanics (ids cited, sources of different kinds), the teacher
#: the argument (with the question's rubric).
KINDS = ("number", "integer", "date", "text", "choice", "set", "writing")

Text = str | Callable[[], str]


def _text(value: Text, context: str | None = None) -> str:
    """A text, computed if it depends on the data, in the chosen language where the catalog has
    it (the English as rendered now is the message, so a changed figure shows in English until
    its translation is updated)."""
    text = value() if callable(value) else value
    return pgettext(context, text) if context else text


@dataclass(frozen=True)
class Mistake:
    """A wrong answer worth anticipating: the misconception it shows, and what to say to it.

    ``misconception`` names the wrong idea in a few words ("treats a missing figure as zero",
    "takes the latest figure as the truest"); ``feedback`` answers it, naming it too.

    Examples
    --------
    >>> Mistake("b", "takes the latest figure as the truest", "Not so: ...").misconception
    'takes the latest figure as the truest'
    """

    answer: Any
    misconception: str
    feedback: Text

    def feedback_text(self) -> str:
        """The feedback, figures filled in."""
        return _text(self.feedback)


@dataclass(frozen=True)
class Question:
    """One exercise: what it asks, how to compute the right answer, and how to respond.

    Anything that depends on the data (the answer, a figure quoted in the prompt or a choice, a
    common mistake) is a function, computed when a student checks an answer, so that the
    question cannot drift from the data and nothing is read before it is asked. ``records`` names
    every event, claim or source id the question relies on: ``make data`` checks they exist.
    ``transfer`` marks a question that asks something new of the data, not answered by editing a
    cell above. A ``writing`` task has a ``rubric`` (3-4 criteria, for the teacher) and asks for
    at least ``min_words`` words citing at least two records whose sources are of different
    kinds.

    Examples
    --------
    >>> q = Question(id="demo-1", lesson="demo", prompt="Two plus two?", kind="integer",
    ...              answer=lambda: 4, hints=("Count.",), explanation="4.")
    >>> q.expected(), q.prompt_text()
    (4, 'Two plus two?')
    """

    id: str
    lesson: str
    prompt: Text
    kind: str
    answer: Callable[[], Any] | Any
    hints: tuple[str, ...]
    explanation: Text
    tolerance: float = 0.0
    choices: tuple[Text, ...] = ()
    mistakes: tuple[Mistake | tuple[Any, Text], ...] = ()
    records: tuple[str, ...] = ()
    transfer: bool = False
    rubric: tuple[str, ...] = ()
    min_words: int = 80

    def __post_init__(self) -> None:
        # (answer, feedback) pairs are mistakes whose misconception is not named yet
        named = tuple(m if isinstance(m, Mistake) else Mistake(m[0], "", m[1])
                      for m in self.mistakes)
        object.__setattr__(self, "mistakes", named)
        if self.kind not in KINDS:
            raise ValueError(f"question {self.id}: kind {self.kind!r} is not one of {KINDS}")
        if not self.id.startswith(self.lesson + "-"):
            raise ValueError(f"question {self.id}: its id must start with its lesson, "
                             f"{self.lesson!r}")

    def expected(self) -> Any:
        """The right answer, computed now."""
        return self.answer() if callable(self.answer) else self.answer

    def prompt_text(self) -> str:
        """What the question asks, with any figures filled in from the data."""
        return _text(self.prompt, f"{self.id} prompt")

    def explanation_text(self) -> str:
        """Why the right answer is right."""
        return _text(self.explanation, f"{self.id} explanation")

    def hint_texts(self) -> tuple[str, ...]:
        """The hints, one after another."""
        return tuple(_text(h, f"{self.id} hint") for h in self.hints)

    def choice_texts(self) -> tuple[str, ...]:
        """The choices of a choice question ('a) ...'), figures filled in."""
        return tuple(_text(c, f"{self.id} choice") for c in self.choices)

    def rubric_texts(self) -> tuple[str, ...]:
        """A writing task's rubric, for the teacher."""
        return tuple(_text(r, f"{self.id} rubric") for r in self.rubric)

    def mistake_texts(self) -> list[tuple[Any, str]]:
        """Each anticipated wrong answer (computed now) with its feedback."""
        return [(m.answer() if callable(m.answer) else m.answer,
                 _text(m.feedback, f"{self.id} feedback"))
                for m in self.mistakes if isinstance(m, Mistake)]

    def misconception_texts(self) -> list[tuple[Any, str]]:
        """Each anticipated wrong answer (computed now) with the misconception it shows, for the
        teacher ("" where the misconception is not named yet)."""
        return [(m.answer() if callable(m.answer) else m.answer,
                 _text(m.misconception, f"{self.id} misconception") if m.misconception else "")
                for m in self.mistakes if isinstance(m, Mistake)]

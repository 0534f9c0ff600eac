"""What an exercise is: :class:`Question`. The questions of each lesson are in
:mod:`kzlib.teaching.questions`; :mod:`kzlib.teaching.exercises` checks answers to them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: The kinds of answer a question can expect.
KINDS = ("number", "integer", "date", "text", "choice", "set")

Text = str | Callable[[], str]


def _text(value: Text) -> str:
    return value() if callable(value) else value


@dataclass(frozen=True)
class Question:
    """One exercise: what it asks, how to compute the right answer, and how to respond.

    Anything that depends on the data (the answer, a figure quoted in the prompt or a choice, a
    common mistake) is a function, computed when a student checks an answer, so that the
    question cannot drift from the data and nothing is read before it is asked. ``records`` names
    every event, claim or source id the question relies on: ``make data`` checks they exist.

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
    mistakes: tuple[tuple[Any, Text], ...] = ()
    records: tuple[str, ...] = ()

    def __post_init__(self) -> None:
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
        return _text(self.prompt)

    def explanation_text(self) -> str:
        """Why the right answer is right."""
        return _text(self.explanation)

    def choice_texts(self) -> tuple[str, ...]:
        """The choices of a choice question ('a) ...'), figures filled in."""
        return tuple(_text(c) for c in self.choices)

    def mistake_texts(self) -> list[tuple[Any, str]]:
        """Each anticipated wrong answer (computed now) with its feedback."""
        return [(wrong() if callable(wrong) else wrong, _text(message))
                for wrong, message in self.mistakes]

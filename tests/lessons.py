"""Reading a lesson notebook the way the tests need it: its header, exercises, solutions, outputs.

The format every lesson follows (notebooks/AUTHORING.md explains it for authors):

* cell 0 is the header: a title, then a table with the rows *Questions*, *You will be able to*,
  *Prerequisites* and *Time needed* ("about N minutes: ...");
* an exercise is a Markdown cell headed ``### Exercise N ...`` (or ``### Writing task``),
  followed by a code cell that calls ``kzlib.check("<question id>", ...)``;
* the worked solutions are in a ``## Solutions`` section: one ``<details>`` per exercise whose
  ``<summary>`` names it ("Exercise N"), with the solution's code in a fenced python block;
* the ``## Sources`` section has a code cell that prints ``kzlib.bibliography([...])`` with every
  record id the lesson's prose cites.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
CHECK_CALL = re.compile(r"kzlib\.check\(\s*[\"']([a-z0-9]+-[a-z0-9]+)[\"']")
EXERCISE_HEAD = re.compile(r"^#{2,4}\s*(Exercise\s+(\d+)|Writing task)", re.M | re.I)
SOLUTION = re.compile(r"<summary>.*?(Exercise\s+(\d+)).*?</summary>(.*?)</details>", re.S | re.I)
FENCE = re.compile(r"```(?:python)?\n(.*?)```", re.S)


def lessons() -> list[Path]:
    """The series in order: the start notebook, the on-ramp, lessons 1-8 (not the explorers)."""
    return sorted(NOTEBOOKS.glob("[0-9]*.ipynb"))


def source(cell: dict) -> str:
    return "".join(cell.get("source", []))


@dataclass
class Exercise:
    number: int | None  # None for a writing task
    question_id: str
    cell: int  # index of the code cell that calls kzlib.check
    solution: str = ""  # the worked solution's code, if any


@dataclass
class Lesson:
    path: Path
    cells: list[dict]
    metadata: dict
    exercises: list[Exercise] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path) -> Lesson:
        nb = json.loads(Path(path).read_text(encoding="utf-8"))
        lesson = cls(Path(path), nb["cells"], nb.get("metadata", {}))
        lesson._find_exercises()
        return lesson

    @property
    def name(self) -> str:
        return self.path.name

    def header_row(self, label: str) -> str:
        """The text of one row of the header table (cell 0), '' if absent."""
        for line in source(self.cells[0]).splitlines():
            cells = [c.strip(" *") for c in line.strip().strip("|").split("|")]
            if len(cells) >= 2 and cells[0].lower().startswith(label.lower()):
                return "|".join(cells[1:])
        return ""

    def stated_minutes(self) -> int | None:
        m = re.search(r"(\d+)\s*minutes", self.header_row("Time needed"))
        return int(m.group(1)) if m else None

    def code_cells(self) -> list[tuple[int, str]]:
        return [(i, source(c)) for i, c in enumerate(self.cells) if c["cell_type"] == "code"]

    def markdown(self) -> list[tuple[int, str]]:
        return [(i, source(c)) for i, c in enumerate(self.cells) if c["cell_type"] == "markdown"]

    def _find_exercises(self) -> None:
        number = None
        for i, cell in enumerate(self.cells):
            text = source(cell)
            if cell["cell_type"] == "markdown":
                m = EXERCISE_HEAD.search(text)
                if m:
                    number = int(m.group(2)) if m.group(2) else None
            else:
                for qid in CHECK_CALL.findall(text):
                    self.exercises.append(Exercise(number, qid, i))
        solutions = {}
        for _, text in self.markdown():
            for m in SOLUTION.finditer(text):
                code = "\n".join(FENCE.findall(m.group(3)))
                solutions[int(m.group(2))] = code
        for ex in self.exercises:
            if ex.number is not None:
                ex.solution = solutions.get(ex.number, "")

    def worked_examples(self, before: int | None = None) -> list[str]:
        """The code of the lesson's teaching cells (not exercises), up to a cell index."""
        checks = {ex.cell for ex in self.exercises}
        return [code for i, code in self.code_cells()
                if i not in checks and (before is None or i < before)]

    def output_words(self) -> int:
        """Words a student reads in the printed output — not the reference list of the Sources
        section (kzlib.bibliography), which is for following up, not for reading in class."""
        words = 0
        for cell in self.cells:
            if "bibliography(" in source(cell):
                continue
            for out in cell.get("outputs", []):
                if out.get("output_type") == "stream":
                    words += len("".join(out.get("text", [])).split())
                elif "data" in out:
                    data = out["data"]
                    text = data.get("text/markdown") or data.get("text/plain") or []
                    if "image/png" in data:
                        continue
                    words += len("".join(text).split())
        return words

    def markdown_words(self) -> int:
        return sum(len(re.sub(r"<[^>]+>|[#*|`>_-]", " ", text).split())
                   for _, text in self.markdown())

"""The lessons as documents: prose in Markdown and checked against the data, short code, one set of
helpers, a concept map that holds, exercises that diagnose, honest timings, teacher material kept
out of the students' path. Each rule has a companion test that shows it fails on a doctored lesson.
"""

from __future__ import annotations

import copy
import difflib
import io
import json
import re
import tokenize

import concepts
import prose
import pytest
from lessons import NOTEBOOKS, Lesson, lessons, source

from kzlib.teaching import questions as bank
from kzlib.teaching.question import Mistake

LESSONS = {p.name: Lesson.read(p) for p in lessons()}
PAGES = [*LESSONS, "explorers.ipynb"]
#: The lessons proper (not the start notebook, nor the on-ramp): each has a writing task.
NUMBERED = [n for n in LESSONS if re.match(r"0[1-9]-", n)]
MAX_EXEMPTIONS = 5
WORDS_PER_MINUTE = 120
MINUTES = {"code": 6, "choice": 4, "writing": 12}
DISCUSSION_MINUTES = 10
FORBIDDEN_HELPERS = re.compile(r"^\s*(def day\(|def claim\(|def say\(|(E|C|ev|cl|by_id)\s*=)",
                               re.M)


@pytest.fixture(scope="module")
def records():
    return prose.Records()


@pytest.fixture(scope="module")
def names():
    return prose.namespace()


# --- prose --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PAGES)
def test_prose_matches_the_data(name, records, names):
    problems = prose.check_notebook(NOTEBOOKS / name, records, names)
    assert not problems, "\n".join(str(p) for p in problems)


def test_the_prose_check_fails_when_the_sentence_or_the_data_change(tmp_path, records, names):
    """A doctored copy: a cited figure changed in the prose, then in the data."""
    sentence = "The prosecutor's national toll rose to 238 (claim KZ-C-5037). "
    nb = {"cells": [{"cell_type": "markdown", "source": [sentence]}], "metadata": {}}
    path = tmp_path / "doctored.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    assert prose.check_notebook(path, records, names) == []
    nb["cells"][0]["source"] = [sentence.replace("238", "239")]
    path.write_text(json.dumps(nb), encoding="utf-8")
    found = prose.check_notebook(path, records, names)
    assert found and "'239' is not in the cited record" in found[0].message
    assert "doctored.ipynb, cell 0" in str(found[0]) and "rose to 239" in str(found[0])
    nb["cells"][0]["source"] = [sentence]
    path.write_text(json.dumps(nb), encoding="utf-8")
    doctored = copy.copy(records)
    doctored.claims = records.claims.copy()
    doctored.claims.loc["KZ-C-5037", ["value", "value_text", "notes"]] = [240.0, "240", ""]
    assert prose.check_notebook(path, doctored, names), "a change in the data went unnoticed"


def test_check_comments_and_uncited_numbers(tmp_path, records, names):
    n = len(names["claims"])
    ok = f"The table holds {n} claims. <!-- check: {n} = len(claims) -->"
    bad = f"The table holds {n + 1} claims. <!-- check: {n + 1} = len(claims) -->"
    uncited = "In all, 238 people died."
    for text, expect in ((ok, 0), (bad, 1), (uncited, 1)):
        nb = {"cells": [{"cell_type": "markdown", "source": [text]}], "metadata": {}}
        path = tmp_path / "doctored.ipynb"
        path.write_text(json.dumps(nb), encoding="utf-8")
        assert len(prose.check_notebook(path, records, names)) == expect, text


@pytest.mark.parametrize("name", PAGES)
def test_exemptions_are_few(name):
    lesson = Lesson.read(NOTEBOOKS / name)
    count = sum(len(prose.NOT_DATA.findall(text)) for _, text in lesson.markdown())
    assert count <= MAX_EXEMPTIONS, f"{count} '<!-- not data -->' exemptions"


@pytest.mark.parametrize("name", PAGES)
def test_no_narrative_is_typeset_in_code(name):
    lesson = Lesson.read(NOTEBOOKS / name)
    typeset = [i for i, code in lesson.code_cells() if "Markdown(" in code]
    assert typeset == [], f"cells {typeset} typeset prose in code: write it in Markdown"


@pytest.mark.parametrize("name", PAGES)
def test_code_cells_are_short_enough_to_live_code(name):
    lesson = Lesson.read(NOTEBOOKS / name)
    long = [(i, len(code.strip().splitlines())) for i, code in lesson.code_cells()
            if len(code.strip().splitlines()) > 15]
    assert long == [], f"cells longer than 15 lines: {long}"


@pytest.mark.parametrize("name", PAGES)
def test_one_set_of_helpers(name):
    """Lessons share kzlib's helpers (kzlib.record, kzlib.date_text, ...) under one name each."""
    lesson = Lesson.read(NOTEBOOKS / name)
    local = [(i, m.group(0).strip()) for i, code in lesson.code_cells()
             for m in FORBIDDEN_HELPERS.finditer(code)]
    assert local == [], f"lesson-made helpers or lookup names: {local}"


@pytest.mark.parametrize("name", list(LESSONS))
def test_sources_section_lists_every_cited_record(name):
    lesson = LESSONS[name]
    cited = prose.cited_ids(lesson.path)
    listed = set()
    for _, code in lesson.code_cells():
        if "bibliography(" in code:
            listed |= set(prose.ID.findall(code))
    missing = [i for i in cited if i not in listed]
    assert missing == [], f"cited in the prose but not in the Sources cell: {missing}"


# --- exercises -----------------------------------------------------------------------------------


def _question(qid):
    return bank.get(qid)


@pytest.mark.parametrize("name", list(LESSONS))
def test_every_exercise_has_its_question_and_solution(name):
    lesson = LESSONS[name]
    assert lesson.exercises, "no exercises"
    for ex in lesson.exercises:
        q = _question(ex.question_id)
        if q.kind not in ("writing", "choice"):
            assert ex.solution.strip(), f"{ex.question_id}: no worked solution in Solutions"


@pytest.mark.parametrize("name", NUMBERED)
def test_every_lesson_has_a_writing_task_with_a_rubric(name):
    writing = [ex for ex in LESSONS[name].exercises
               if _question(ex.question_id).kind == "writing"]
    assert writing, "no source-based writing task"
    for ex in writing:
        assert len(_question(ex.question_id).rubric) >= 3, f"{ex.question_id}: rubric too short"


@pytest.mark.parametrize("name", [n for n in LESSONS if n != "00-start-here.ipynb"])
def test_every_lesson_has_a_transfer_exercise(name):
    transfer = [ex for ex in LESSONS[name].exercises if _question(ex.question_id).transfer]
    assert transfer, "no transfer exercise (a new question no cell above answers)"


def _tokens(code: str) -> list[str]:
    try:
        toks = tokenize.generate_tokens(io.StringIO(code).readline)
        return [t.string for t in toks if t.type not in (tokenize.COMMENT, tokenize.NL,
                                                          tokenize.NEWLINE, tokenize.INDENT,
                                                          tokenize.DEDENT, tokenize.ENDMARKER)]
    except (tokenize.TokenError, IndentationError):
        return code.split()


def edits_apart(a: str, b: str) -> int:
    """How many tokens must change to turn one piece of code into the other."""
    ta, tb = _tokens(a), _tokens(b)
    ops = difflib.SequenceMatcher(a=ta, b=tb, autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


def transfer_problems(lesson: Lesson) -> list[str]:
    out = []
    for ex in lesson.exercises:
        if not _question(ex.question_id).transfer or not ex.solution.strip():
            continue
        for code in lesson.worked_examples(before=ex.cell):
            if edits_apart(code, ex.solution) <= 2:
                out.append(f"{ex.question_id}: the solution is a one- or two-token edit of a "
                           f"cell above:\n{code}")
    return out


@pytest.mark.parametrize("name", [n for n in LESSONS if n != "00-start-here.ipynb"])
def test_a_transfer_exercise_is_not_an_edit_of_a_cell_above(name):
    assert transfer_problems(LESSONS[name]) == []


def _synthetic(tmp_path, cells) -> Lesson:
    """A tiny lesson notebook for the companion tests: (kind, text) pairs."""
    nb = {"cells": [{"cell_type": kind, "source": [text], "metadata": {}, "outputs": []}
                    if kind == "code" else {"cell_type": kind, "source": [text], "metadata": {}}
                    for kind, text in cells], "metadata": {}}
    path = tmp_path / "09-synthetic.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    return Lesson.read(path)


SOLUTIONS = ("## Solutions\n\n<details><summary><strong>Exercise 1</strong></summary>\n\n"
             "```python\n{code}\n```\n</details>")


def test_the_transfer_check_fails_on_a_copied_cell(tmp_path, monkeypatch):
    above = 'events[events["theme"] == "csto"]["event_date"].min()'
    copied = above.replace("min", "max")
    lesson = _synthetic(tmp_path, [
        ("markdown", "# Lesson 9"), ("code", above), ("markdown", "### Exercise 1"),
        ("code", 'answer_1 = ...\nkzlib.check("csto-1", answer_1)'),
        ("markdown", SOLUTIONS.format(code=copied))])
    monkeypatch.setattr(bank, "get", lambda qid: _Fake(transfer=True))
    assert transfer_problems(lesson), "a one-token edit passed as a transfer exercise"


class _Fake:
    def __init__(self, transfer=False, kind="integer"):
        self.transfer, self.kind = transfer, kind


def diagnosis_problems(question) -> list[str]:
    out = []
    letters = [c.split(")")[0].strip().casefold() for c in question.choice_texts()]
    right = str(question.expected()).strip().casefold()
    for letter in letters:
        if letter == right:
            continue
        found = [m for m in question.mistakes if isinstance(m, Mistake)
                 and str(m.answer).strip().casefold() == letter]
        if not found:
            out.append(f"{question.id}: wrong option {letter!r} has no feedback of its own")
            continue
        m = found[0]
        feedback = m.feedback_text()
        if len(m.misconception.split()) < 3:
            out.append(f"{question.id} {letter!r}: name the misconception it diagnoses")
        elif m.misconception.casefold() not in feedback.casefold():
            out.append(f"{question.id} {letter!r}: the feedback does not name the misconception "
                       f"({m.misconception!r})")
        if len(feedback.split()) < 15:
            out.append(f"{question.id} {letter!r}: feedback too thin to help ({feedback!r})")
    return out


CHOICE = [q.id for q in bank.every() if q.kind == "choice"]


@pytest.mark.parametrize("qid", CHOICE)
def test_every_wrong_option_diagnoses_a_misconception(qid):
    assert diagnosis_problems(_question(qid)) == []


def test_the_diagnosis_check_fails_without_feedback():
    q = _question(CHOICE[0])
    doctored = copy.copy(q)
    object.__setattr__(doctored, "mistakes", ())
    assert diagnosis_problems(doctored)


# --- the concept map -----------------------------------------------------------------------------


def taught_before(name: str, cell: int | None) -> set[str]:
    """Operations shown in worked examples of earlier lessons, and of this one before ``cell``."""
    order = list(LESSONS)
    taught: set[str] = set()
    for earlier in order[:order.index(name)]:
        for code in LESSONS[earlier].worked_examples():
            taught |= concepts.operations(code)
    for code in LESSONS[name].worked_examples(before=cell):
        taught |= concepts.operations(code)
    return taught


def concept_problems(lesson: Lesson, taught_fn=taught_before) -> list[str]:
    out = []
    for ex in lesson.exercises:
        if not ex.solution.strip():
            continue
        missing = concepts.operations(ex.solution) - taught_fn(lesson.name, ex.cell)
        if missing:
            out.append(f"{ex.question_id}: the solution uses {sorted(missing)} before any lesson "
                       "teaches it (show it in a worked example first)")
    return out


@pytest.mark.parametrize("name", list(LESSONS))
def test_exercises_use_only_what_was_taught(name):
    assert concept_problems(LESSONS[name]) == []


def test_the_concept_map_fails_on_a_doctored_solution(tmp_path):
    solution = "chain = []\nwhile len(chain) < 3:\n    chain.append(1)\nanswer_1 = len(chain)"
    lesson = _synthetic(tmp_path, [
        ("markdown", "# Lesson 9"), ("code", "events = kzlib.load_events()"),
        ("markdown", "### Exercise 1"), ("code", 'answer_1 = ...\nkzlib.check("csto-1", answer_1)'),
        ("markdown", SOLUTIONS.format(code=solution))])
    problems = concept_problems(lesson, taught_fn=lambda name, cell: {"load", "count-rows"})
    assert any("while-loop" in p for p in problems)


@pytest.mark.parametrize("name", [n for n in LESSONS if n != "00-start-here.ipynb"])
def test_prerequisites_name_what_the_lesson_assumes(name):
    """Every operation the lesson's code uses that an earlier lesson taught is named, in a
    student's words, in the Prerequisites row of its header."""
    lesson = LESSONS[name]
    used: set[str] = set()
    for _, code in lesson.code_cells():
        used |= concepts.operations(code)
    for ex in lesson.exercises:
        used |= concepts.operations(ex.solution)
    first = set()
    for code in lesson.worked_examples():
        first |= concepts.operations(code)
    earlier = taught_before(name, -1)
    assumed = used & earlier
    row = lesson.header_row("Prerequisites").casefold()
    missing = [concepts.WORDS[op] for op in sorted(assumed) if concepts.WORDS[op] not in row]
    assert missing == [], f"the Prerequisites row should name: {missing}"


# --- timings -------------------------------------------------------------------------------------


def estimate(lesson: Lesson) -> float:
    minutes = (lesson.markdown_words() + lesson.output_words()) / WORDS_PER_MINUTE
    for ex in lesson.exercises:
        kind = _question(ex.question_id).kind
        minutes += MINUTES["writing" if kind == "writing" else
                           "choice" if kind == "choice" else "code"]
    if any(re.search(r"^##\s*Discussion", text, re.M) for _, text in lesson.markdown()):
        minutes += DISCUSSION_MINUTES
    return minutes


@pytest.mark.parametrize("name", list(LESSONS))
def test_stated_time_is_honest(name):
    lesson = LESSONS[name]
    stated = lesson.stated_minutes()
    assert stated, "the header states no time ('about N minutes')"
    needed = estimate(lesson)
    assert stated >= needed, f"states {stated} minutes; the reading and exercises need {needed:.0f}"
    assert needed <= 90, f"needs {needed:.0f} minutes: split it into two lessons"


def test_the_timing_check_fails_on_an_understated_lesson():
    lesson = copy.deepcopy(LESSONS["00-start-here.ipynb"])
    lesson.cells[0]["source"] = [re.sub(r"(\d+)\s*minutes", "1 minutes", source(lesson.cells[0]))]
    assert lesson.stated_minutes() == 1 < estimate(lesson)


# --- teacher material ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", PAGES)
def test_no_student_page_links_to_teacher_material(name):
    text = (NOTEBOOKS / name).read_text(encoding="utf-8")
    assert not re.search(r"teachers/|TEACHER-GUIDE|answer[- ]key", text, re.I), (
        "a student page links to the teachers' material")


def _series_table_times(text: str) -> dict[str, int]:
    """notebook file -> minutes, from the rows of a Markdown table that link a lesson and give a
    time ('about 85 minutes')."""
    times = {}
    for line in text.splitlines():
        link = re.search(r"\]\((?:[\w./]*/)?(\d\d-[\w-]+\.ipynb)\)", line)
        minutes = re.search(r"(\d+)\s*min", line)
        if line.startswith("|") and link and minutes:
            times[link.group(1)] = int(minutes.group(1))
    return times


def test_the_start_page_gives_each_lesson_the_time_its_header_states():
    """Start here's table of the series copies each lesson's stated time: a class plans by it."""
    start = LESSONS["00-start-here.ipynb"]
    times = {}
    for _, text in start.markdown():
        times.update(_series_table_times(text))
    assert times, "Start here has no table of the series with times"
    wrong = {name: (minutes, LESSONS[name].stated_minutes()) for name, minutes in times.items()
             if LESSONS[name].stated_minutes() != minutes}
    assert wrong == {}, f"lesson: (start page says, header says): {wrong}"
    assert set(times) == {n for n in LESSONS if n != "00-start-here.ipynb"}


@pytest.mark.parametrize("page", ["README.md", "teachers/guide.md"])
def test_the_readme_and_the_guide_give_each_lesson_the_time_its_header_states(page):
    text = (NOTEBOOKS.parent / page).read_text(encoding="utf-8")
    times = _series_table_times(text)
    assert set(times) == {n for n in LESSONS}, f"{page}: lessons missing from its table"
    wrong = {name: (minutes, LESSONS[name].stated_minutes()) for name, minutes in times.items()
             if LESSONS[name].stated_minutes() != minutes}
    assert wrong == {}, f"{page}: lesson: (page says, header says): {wrong}"

"""kzlib.check: every question accepts its right answer and answers the anticipated mistakes."""

from __future__ import annotations

import pandas as pd
import pytest

import kzlib
from kzlib import exercises
from kzlib.teaching import questions as bank
from kzlib.teaching.question import Question

QUESTIONS = {q.id: q for q in bank.every()}
IDS = sorted(QUESTIONS)


@pytest.fixture(autouse=True)
def fresh_attempts():
    exercises.reset()
    yield
    exercises.reset()


def _exemplar(q) -> str:
    """A paragraph with the mechanics a writing task asks for, from the records it suggests:
    enough words, two or more of its records, sources of at least two kinds among them."""
    sources = kzlib.load_sources().set_index("source_id")["kind"]
    kinds = {}
    for rid in q.records:
        if rid.startswith(("KZ-E-", "KZ-C-")):
            kinds[rid] = {str(sources[s]) for s in kzlib.record(rid)["source_ids"].split(";")}
    chosen, seen = [], set()
    for rid, ks in kinds.items():
        if not chosen or ks - seen:
            chosen.append(rid)
            seen |= ks
    words = " ".join(["word"] * q.min_words)
    return f"{words} ({', '.join(chosen)})"


@pytest.mark.parametrize("qid", IDS)
def test_right_answer_is_accepted(qid):
    q = QUESTIONS[qid]
    if q.kind == "writing":
        reply = kzlib.check(qid, _exemplar(q))
        assert reply.status == "submitted" and reply.correct, (
            f"{reply}: the records the task suggests cannot meet its mechanics")
        assert "for your teacher" in reply.message
        return
    reply = kzlib.check(qid, q.expected())
    assert reply.status == "right" and reply.correct, reply
    assert q.explanation_text() in reply.message


@pytest.mark.parametrize("qid", IDS)
def test_anticipated_mistakes_get_their_feedback(qid):
    q = QUESTIONS[qid]
    for value, message in q.mistake_texts():
        if value == q.expected():
            continue  # the data made the mistake coincide with the answer
        reply = kzlib.check(qid, value)
        assert reply.status == "mistake" and message in reply.message, reply


@pytest.mark.parametrize("qid", IDS)
def test_wrong_kind_of_answer_is_explained(qid):
    q = QUESTIONS[qid]
    bad = 3.5 if q.kind in ("text", "choice", "set", "date", "writing") else "a string"
    reply = kzlib.check(qid, bad)
    assert reply.status == "type" and not reply.correct
    assert "expects" in reply.message or "Answer with" in reply.message


@pytest.mark.parametrize("qid", IDS)
def test_hints_come_one_after_another_and_never_reveal(qid):
    q = QUESTIONS[qid]
    assert len(q.hints) >= 2
    for n, tip in enumerate(q.hints):
        assert exercises.hint(qid) == tip, f"hint {n + 1} out of order"
    assert exercises.hint(qid) == q.hints[-1]  # then the last one again
    expected = "" if q.kind == "writing" else str(q.expected())
    if len(expected) > 3:
        assert all(expected.casefold() not in tip.casefold() for tip in q.hints)


def _plain_wrong_answer(q):
    """A wrong answer the question does not anticipate (None if every wrong choice is)."""
    anticipated = [exercises._normalise(q, w) for w, _ in q.mistake_texts()]
    right = exercises._normalise(q, q.expected())
    if q.kind == "choice":
        for choice in q.choice_texts():
            letter = choice.split(")")[0].strip()
            norm = exercises._normalise(q, letter)
            if norm != right and norm not in anticipated:
                return letter
        return None
    return {"integer": -1, "number": -1.0, "date": "1900-01-01", "text": "zzz",
            "set": ["zzz"], "writing": None}[q.kind]


@pytest.mark.parametrize("qid", IDS)
def test_a_plain_wrong_answer_gets_the_next_hint(qid):
    q = QUESTIONS[qid]
    wrong = _plain_wrong_answer(q)
    if q.kind == "writing":
        reply = kzlib.check(qid, "Too short, and it cites KZ-E-0000.")
        assert reply.status == "wrong" and "not in the data" in reply.message
        reply = kzlib.check(qid, "Too short to make an argument.")
        assert reply.status == "wrong" and f"at least {q.min_words}" in reply.message
        return
    if wrong is None:
        pytest.skip(f"{qid}: every wrong choice has its own feedback (tested above)")
    replies = [kzlib.check(qid, wrong) for _ in q.hints]
    for reply, tip in zip(replies, q.hints, strict=True):
        assert reply.status in ("wrong", "close") and tip in reply.message


def test_close_numbers_and_formats(monkeypatch):
    q = Question(id="t-1", lesson="t", prompt="?", kind="number", answer=100, hints=("h",),
                 explanation="e", tolerance=5)
    monkeypatch.setattr(exercises, "_get", lambda qid: q)
    assert kzlib.check("t-1", 103).status == "close"
    assert kzlib.check("t-1", 120).status == "wrong"
    assert kzlib.check("t-1", pd.Series([100])).status == "right"
    assert "reduce it to one number" in kzlib.check("t-1", pd.Series([1, 2])).message
    assert kzlib.check("t-1", True).status == "type"


def test_unknown_question_id():
    with pytest.raises(ValueError, match="unknown question id 'start-9'.*Did you mean"):
        kzlib.check("start-9", 1)
    with pytest.raises(TypeError, match="you passed a pandas DataFrame"):
        kzlib.check(pd.DataFrame(), 1)


def test_feedback_renders_as_text_and_html():
    reply = kzlib.check("start-3", "notes")
    assert repr(reply).startswith("❌ [start-3] Not yet.")
    assert "<div" in reply._repr_html_() and "start-3" in reply._repr_html_()


def test_questions_table():
    table = exercises.questions("start")
    assert list(table["id"]) == ["start-1", "start-2", "start-3"]
    with pytest.raises(ValueError, match="unknown lesson"):
        exercises.questions("nope")


def test_unanswered_exercise_says_so():
    reply = kzlib.check("start-1", ...)
    assert reply.status == "type" and "No answer yet: replace ..." in reply.message


@pytest.mark.parametrize("placeholder", [..., '"""..."""', "", "  "], ids=repr)
def test_an_untouched_writing_task_says_no_answer_yet(placeholder):
    """The stored output of a writing cell is neutral, whichever placeholder the lesson uses:
    not a red 'your paragraph has 1 words' before the student has typed anything."""
    text = placeholder.strip('"') if isinstance(placeholder, str) else placeholder
    reply = kzlib.check("counting-w", text)
    assert reply.status == "type" and "No answer yet: replace ..." in reply.message


def _section(text: str, name: str) -> str:
    """What the guide holds between the markers of one generated section."""
    return text.split(f"<!-- {name}:start -->", 1)[1].split(f"<!-- {name}:end -->", 1)[0]


def test_teacher_guide_generated_sections_are_current(tmp_path):
    """The answer key, the misconceptions and the rubrics in the guide are what the question bank
    gives now (make answer-key refreshes all three)."""
    from pathlib import Path

    guide = Path(__file__).resolve().parent.parent / "teachers" / "guide.md"
    text = guide.read_text(encoding="utf-8")
    copy = tmp_path / "guide.md"
    copy.write_text(text, encoding="utf-8")
    assert not exercises.write_answer_key(copy), (
        "the guide's answer key, misconceptions or rubrics are stale: run make answer-key")
    key, ideas, rubrics = (_section(text, n) for n in ("answer-key", "misconceptions", "rubrics"))
    for qid in IDS:
        assert f"| {qid} |" in key
        q = QUESTIONS[qid]
        for _wrong, idea in q.misconception_texts():
            if idea:
                assert idea.replace("|", "\\|") in ideas, f"{qid}: {idea!r} is not in the guide"
        if q.kind == "writing":
            assert f"`{qid}`" in rubrics
            assert all(c in rubrics for c in q.rubric_texts()), f"{qid}: its rubric is stale"


def test_a_changed_misconception_makes_the_guide_stale(tmp_path, monkeypatch):
    """The currency check can fail: a misconception edited in the bank no longer matches."""
    from pathlib import Path

    from kzlib.teaching.question import Mistake

    guide = Path(__file__).resolve().parent.parent / "teachers" / "guide.md"
    copy = tmp_path / "guide.md"
    copy.write_text(guide.read_text(encoding="utf-8"), encoding="utf-8")
    original = bank.of_lesson("counting")
    q = original["counting-1"]
    first = q.mistakes[0]
    changed = Mistake(first.answer, "an edited misconception", first.feedback)
    edited = {**original, "counting-1": Question(**{**q.__dict__,
                                                    "mistakes": (changed, *q.mistakes[1:])})}
    real = bank.of_lesson.__wrapped__
    monkeypatch.setattr(bank, "of_lesson", lambda lesson: edited if lesson == "counting"
                        else real(lesson))
    assert exercises.write_answer_key(copy), "an edited misconception went unnoticed"
    assert "an edited misconception" in _section(copy.read_text(encoding="utf-8"),
                                                  "misconceptions")


def test_the_series_order_matches_the_notebooks():
    """exercises.SERIES names every lesson of the bank once, in the order of the notebooks, by
    the title its notebook's heading starts with."""
    import json
    import re
    from pathlib import Path

    notebooks = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("0*.ipynb"))
    found = []
    for path in notebooks:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        text = "".join("".join(c["source"]) for c in cells)
        lessons = {qid.rsplit("-", 1)[0] for qid in re.findall(r'kzlib\.check\("([\w-]+)"', text)}
        assert len(lessons) == 1, f"{path.name} checks exercises of {sorted(lessons)}"
        heading = "".join(cells[0]["source"]).splitlines()[0].casefold()
        found.append((lessons.pop(), heading))
    assert [lesson for lesson, _ in exercises.SERIES] == [lesson for lesson, _ in found]
    assert sorted(lesson for lesson, _ in exercises.SERIES) == bank.lessons()
    for (lesson, title), (_, heading) in zip(exercises.SERIES, found, strict=True):
        assert title.casefold() in heading, f"{lesson}: {title!r} is not in {heading!r}"


# --- questions as records of the data (issue #11) --------------------------------------------------


def test_question_modules_read_nothing_when_imported():
    code = ("import importlib, kzlib.core.store as s, kzlib.teaching.questions as q\n"
            "for name in q.lessons():\n"
            "    importlib.import_module(f'kzlib.teaching.questions.{name}')\n"
            "print(s.parsed.cache_info().currsize)")
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_every_question_computes_and_its_records_exist():
    assert bank.problems() == []


def test_a_renumbered_record_is_reported_with_its_question(monkeypatch):
    original = bank.of_lesson("start")
    broken = {qid: q for qid, q in original.items()}
    first = next(iter(broken))
    broken[first] = Question(**{**broken[first].__dict__, "records": ("KZ-C-0000",)})
    real = bank.of_lesson.__wrapped__
    monkeypatch.setattr(bank, "of_lesson", lambda lesson: broken if lesson == "start"
                        else real(lesson))
    found = bank.problems()
    assert any(first in p and "KZ-C-0000" in p for p in found), found


def test_one_broken_lesson_does_not_break_another(monkeypatch):
    real = bank.of_lesson.__wrapped__

    def of_lesson(lesson):
        if lesson == "counting":
            raise KeyError("KZ-C-9999")
        return real(lesson)

    monkeypatch.setattr(bank, "of_lesson", of_lesson)
    assert kzlib.check("start-3", "source_ids").correct
    assert any("counting" in p for p in bank.problems())


def test_every_record_a_question_module_names_is_declared():
    """Ids written into a question module must be in some question's records, so that make
    data can name the question when one is renumbered."""
    import re
    from pathlib import Path

    folder = Path(bank.__file__).parent
    for lesson in bank.lessons():
        text = (folder / f"{lesson}.py").read_text(encoding="utf-8")
        named = set(re.findall(r"KZ-[EC]-\d{4}", text))
        declared = {r for q in bank.of_lesson(lesson).values() for r in q.records}
        assert named <= declared, f"{lesson}.py names {sorted(named - declared)} undeclared"


@pytest.mark.parametrize("written", ["2022-01-02", "2 January 2022", "2 января 2022 г.",
                                     "2022 жылғы 2 қаңтар"])
def test_a_date_question_takes_the_date_as_kzlib_writes_it_in_any_language(written):
    """A student may copy a date as the lesson prints it (kzlib.date_text), in any edition."""
    import datetime as dt

    from kzlib.teaching.exercises import _as_date

    assert _as_date(written) == pd.Timestamp(dt.date(2022, 1, 2))


def test_a_month_alone_is_not_taken_for_a_day():
    from kzlib.teaching.exercises import _as_date, _WrongKind

    with pytest.raises(_WrongKind, match="not a date in the form"):
        _as_date("January 2022")

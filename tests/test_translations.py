"""The Russian and Kazakh editions are kept in step with the English by gettext catalogs.

A changed English string becomes "fuzzy" in every catalog; a shipped translation with a fuzzy or
missing message fails here, naming the file and the message. Translations keep every number and
placeholder of the English, use the reviewed glossary's terms, and each edition records the
English original it follows, its date, translator and reviewer.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import translations as T  # noqa: E402

GLOSSARY = ROOT / "translations" / "glossary.csv"
EDITIONS = sorted(T.edition_path(p, lang) for lang in T.LANGS for p in T.sources()
                  if T.edition_path(p, lang).exists())


def _po(path: Path, lang: str):
    with path.open("rb") as handle:
        return read_po(handle, locale=lang)


def _pot(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def test_templates_are_current():
    """The .pot files hold exactly what the English sources say now (run make translations)."""
    stale = []
    current = {None: T.library_messages()}
    for path in T.sources():
        current[path] = T.notebook_messages(path)
    for source, messages in current.items():
        pot = (T.KZLIB_LOCALE / "kzlib.pot" if source is None
               else T.locale_dir(source) / f"{source.stem}.pot")
        if not pot.exists():
            stale.append(f"{pot.relative_to(ROOT)} is missing")
            continue
        have = {(m.id, m.context) for m in _pot(pot) if m.id}
        want = {(m, c) for m, c in messages} if source is None else {(m, None) for m in messages}
        if have != want:
            stale.append(f"{pot.relative_to(ROOT)}: {len(want - have)} new or changed, "
                         f"{len(have - want)} gone")
    assert stale == [], "stale templates (run make translations): " + "; ".join(stale)


@pytest.mark.parametrize("lang", T.LANGS)
def test_the_library_speaks_every_language(lang):
    """kzlib's own strings reach every no-code class: they are translated first, completely."""
    po = T.KZLIB_LOCALE / lang / "LC_MESSAGES" / "kzlib.po"
    assert po.exists(), f"{po.relative_to(ROOT)} is missing"
    catalog = _po(po, lang)
    problems = [f"{'fuzzy' if m.fuzzy else 'missing'}: [{m.context}] {m.id[:70]!r}"
                for m in catalog if m.id and (m.fuzzy or not m.string)]
    assert problems == [], f"{po.relative_to(ROOT)}:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("lang", T.LANGS)
def test_compiled_catalog_is_current(lang):
    po = T.KZLIB_LOCALE / lang / "LC_MESSAGES" / "kzlib.po"
    mo = po.with_suffix(".mo")
    buf = io.BytesIO()
    write_mo(buf, _po(po, lang), use_fuzzy=False)
    assert mo.exists() and mo.read_bytes() == buf.getvalue(), "run make translations"


@pytest.mark.parametrize("edition", EDITIONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_shipped_edition_is_complete_and_current(edition):
    lang = edition.parent.name
    english = T.english_of(edition)
    po = T.locale_dir(english) / lang / f"{edition.stem}.po"
    catalog = _po(po, lang)
    problems = [f"{'fuzzy' if m.fuzzy else 'missing'}: {m.id[:70]!r}"
                for m in catalog if m.id and (m.fuzzy or not m.string)]
    assert problems == [], f"{po.relative_to(ROOT)}:\n" + "\n".join(problems[:40])
    if edition.suffix == ".md":
        stamp = edition.read_text(encoding="utf-8").splitlines()[0]
        assert f"english_fingerprint={T.fingerprint(english)}" in stamp, (
            "the English changed since this edition was built: make translations")
        for key in ("translated", "translator", "reviewer"):
            assert re.search(rf"{key}=(?!None)[^;]+", stamp), f"the edition lacks {key!r}"
    if edition.suffix == ".ipynb":
        meta = json.loads(edition.read_text(encoding="utf-8"))["metadata"]["qantar_translation"]
        assert meta["english_original"] == f"notebooks/{english.name}"
        assert meta["english_fingerprint"] == T.fingerprint(english), (
            "the English changed since this edition was built: make translations")
        for key in ("translated", "translator", "reviewer"):
            assert meta.get(key), f"the edition's metadata lacks {key!r}"


# Thousands may be grouped with a comma (English) or a no-break space (U+00A0 or U+202F, as
# Russian and Kazakh write 12 000); the decimal mark may be a point or a comma.
NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _catalogs():
    for lang in T.LANGS:
        for _pot, po in T.catalog_paths(lang).items():
            if po.exists():
                yield lang, po


@pytest.mark.parametrize(("lang", "po"), list(_catalogs()),
                         ids=lambda x: x if isinstance(x, str) else x.stem)
def test_translations_keep_numbers_and_placeholders(lang, po):
    """A translation may reword, never renumber: the same numbers and {placeholders}."""
    def numbers(text):
        return sorted(re.sub(r"[.,\u00a0\u202f]", "", n) for n in NUMBER.findall(text))

    bad = []
    for m in _po(po, lang):
        if not m.id or not m.string or m.fuzzy:
            continue
        if numbers(m.id) != numbers(m.string):
            bad.append(f"numbers differ: {m.id[:60]!r} -> {m.string[:60]!r}")
        if sorted(PLACEHOLDER.findall(m.id)) != sorted(PLACEHOLDER.findall(m.string)):
            bad.append(f"placeholders differ: {m.id[:60]!r} -> {m.string[:60]!r}")
    assert bad == [], f"{po.relative_to(ROOT)}:\n" + "\n".join(bad[:30])


def _glossary():
    """The enforced terms. Their match_* columns hold the bare forms (the en/ru/kk columns may
    gloss a term with alternatives and brackets, which no sentence could contain whole)."""
    with GLOSSARY.open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["enforce"] == "yes"]
    assert all(row["match_en"] and row["match_ru"] and row["match_kk"] for row in rows)
    return rows


def _stems(term: str) -> list[str]:
    """The stems of a term's words, so that inflected forms match (чрезвычайного положения)."""
    out = []
    for word in re.findall(r"[\w-]+", term):
        out.append(word if word.isupper() or len(word) <= 4 else word[:max(4, len(word) - 3)])
    return [w.casefold() for w in out]


@pytest.mark.parametrize(("lang", "po"), list(_catalogs()),
                         ids=lambda x: x if isinstance(x, str) else x.stem)
def test_catalogs_use_the_glossary(lang, po):
    """Where the English names a glossary term, the translation uses the glossary's term."""
    terms = _glossary()
    bad = []
    for m in _po(po, lang):
        if not m.id or not m.string or m.fuzzy:
            continue
        for row in terms:
            # "State Media Monitor" and its "State Media Matrix" are names, not the term.
            if re.search(rf"\b{re.escape(row['match_en'])}\b(?!\s+(?:Monitor|Matrix))", m.id, re.I):
                text = m.string.casefold()
                if not all(stem in text for stem in _stems(row[f"match_{lang}"])):
                    bad.append(f"{row['match_en']!r} should be {row[f'match_{lang}']!r} in: "
                               f"{m.string[:80]!r}")
    assert bad == [], f"{po.relative_to(ROOT)}:\n" + "\n".join(bad[:30])


def test_the_glossary_cites_where_usage_was_checked():
    rows = list(csv.DictReader(GLOSSARY.open(encoding="utf-8")))
    assert rows
    for row in rows:
        for lang in T.LANGS:
            if row["status"] in ("checked_both", f"checked_{lang}"):
                assert row[f"{lang}_source"].startswith("http"), row["key"]
                assert row[f"{lang}_publisher"], row["key"]


def test_lines_to_uncomment_are_code_not_text_to_translate():
    """A scaffold line the student un-comments (`#answer = 1`, `#    total += n`) stays as it
    is in every edition; a prose comment (`# the last is the latest`) is translated."""
    code = ("#answer = 1\nfor n in []:\n#    total += n\n    pass  # the last is the latest\n"
            "x = 1  # .size(): how many rows each group has\n"
            "# answer_2 = ...\n#kzlib.describe('events')  # a table's codebook\n"
            "#final = x[(x['a'] == 1)\n#          & (x['b'] != ___)]\n")
    found = [text for _, _, kind, text in T.code_strings(code) if kind == "comment"]
    assert found == ["the last is the latest", ".size(): how many rows each group has",
                     "a table's codebook"]
    translated, missing = T._translate_code(code, {"the last is the latest": "последняя",
                                                   ".size(): how many rows each group has":
                                                   ".size(): сколько строк в каждой группе",
                                                   "a table's codebook": "описание таблицы"})
    assert missing == []
    assert translated == code.replace("# the last is the latest", "# последняя").replace(
        "# a table's codebook", "# описание таблицы").replace(
        "# .size(): how many rows each group has", "# .size(): сколько строк в каждой группе")


def test_text_beside_a_code_fence_is_translated_and_check_lines_leave_no_gap():
    text = ("Run this:\n```python\nx = 1\n```\nThen read the notes.\n\nIt rose\n"
            "<!-- check: 3 = len(x) -->\nthree times.")
    blocks = [T._translatable(b) for b in T.markdown_blocks(text)]
    assert blocks == ["Run this:", None, "Then read the notes.", "It rose\nthree times."]


def test_a_title_written_over_two_lines_is_one_message():
    code = ('title = (f"Official tolls of {a:.0f} to {b:.0f}; "\n'
            '         f"a relayed morgue count of {c:.0f}")\n')
    msgid = "Official tolls of {a:.0f} to {b:.0f}; a relayed morgue count of {c:.0f}"
    assert [text for *_, text in T.code_strings(code)] == [msgid]
    translated, _ = T._translate_code(code, {msgid: "Официальные: {a:.0f}–{b:.0f}; морг: {c:.0f}"})
    assert translated == 'title = (f"Официальные: {a:.0f}–{b:.0f}; морг: {c:.0f}")\n'


def test_the_words_a_cell_prints_are_translated():
    code = 'print("Threshold:", threshold)\nprint(f"Step 2 done: {n} rows.")\nprint(x)\n'
    assert [t for *_, t in T.code_strings(code)] == ["Threshold:", "Step 2 done: {n} rows."]

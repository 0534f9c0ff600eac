"""Translation catalogs and the Russian and Kazakh editions, with Babel (gettext ``.po`` files).

English is the source. Translators edit ``.po`` files (in Poedit, Weblate, Crowdin or any text
editor); everything else is made by this script:

    python tools/translations.py extract      # templates (.pot) from the English sources
    python tools/translations.py update       # merge them into each language's .po: a changed
                                              # English string becomes "fuzzy" for its translators
    python tools/translations.py compile      # kzlib's .po -> .mo (what the library reads)
    python tools/translations.py build        # the translated notebooks and pages, from the
                                              # English ones and the catalogs
    python tools/translations.py status       # the share translated, per language and file
    python tools/translations.py todo ru 02-the-spark todo.json   # what is left to translate
    python tools/translations.py fill ru 02-the-spark done.json   # put translations in the .po

Catalogs:

* ``kzlib/locale/kzlib.pot`` and ``kzlib/locale/<lang>/LC_MESSAGES/kzlib.po`` — the library:
  every string marked ``_()``/``N_()`` in kzlib (and in ``tools/build_site.py``, the site's
  navigation), the vocabularies' display labels (context ``vocabulary``, with the claims' units
  and subjects, which figures and the claims explorer show), the regions without a row in the
  gazetteer (context ``place``: Nur-Sultan), the codebook's descriptions (context ``codebook``)
  and the exercises' texts (context ``<question id> <field>``, e.g. ``counting-3 prompt``);
* ``notebooks/locale/<stem>.pot`` and ``notebooks/locale/<lang>/<stem>.po`` — one per notebook or
  page: each Markdown block (paragraph, list, table, heading), and in code cells the strings a
  student reads (``title=``, ``xlabel=``, ``ylabel=``, ``label=``, ``marked_label=``, the first
  argument of ``print()``, and the text of comments). Check comments (``<!-- check: ... -->``)
  stay in the English only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import re
import sys
import tokenize
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LANGS = ("ru", "kk")
NAMES = {"ru": "Russian", "kk": "Kazakh"}
KZLIB_LOCALE = ROOT / "kzlib" / "locale"
NB_LOCALE = ROOT / "notebooks" / "locale"
NOTEBOOKS = ROOT / "notebooks"
#: The English files that have editions: the series, the explorers page, the worksheet.
CODE_KEYWORDS = ("title", "xlabel", "ylabel", "label", "marked_label")
COMMENT = re.compile(r"<!--.*?-->", re.S)
#: A Python string literal: prefix, quote, body.
STRING = re.compile(r"([rbfuRBFU]*)(\"\"\"|'''|\"|')(.*?)\2", re.S)


TEACHERS = ROOT / "teachers"
TEACHER_LOCALE = TEACHERS / "locale"
#: Sections of the teacher guide that ``make answer-key`` generates from the question bank: left
#: out of the catalog, and generated again in each edition's language.
GENERATED = re.compile(r"(<!-- ([\w-]+):start -->).*?(<!-- \2:end -->)", re.S)


def sources() -> list[Path]:
    """The English files that have editions: the series, the explorers page and worksheet, and
    the teachers' material."""
    pages = sorted(NOTEBOOKS.glob("[0-9]*.ipynb")) + [NOTEBOOKS / "explorers.ipynb"]
    worksheet = NOTEBOOKS / "explorers-worksheet.md"
    teachers = sorted(TEACHERS.glob("*.md"))
    return pages + ([worksheet] if worksheet.exists() else []) + teachers


def locale_dir(path: Path) -> Path:
    return TEACHER_LOCALE if path.parent == TEACHERS else NB_LOCALE


def edition_path(path: Path, lang: str) -> Path:
    return path.parent / lang / path.name


def english_of(edition: Path) -> Path:
    """The English file an edition (notebooks/ru/x.ipynb, teachers/kk/guide.md) follows."""
    return edition.parent.parent / edition.name


# --- units of a notebook ---------------------------------------------------------------------------


def markdown_blocks(text: str) -> list[str]:
    """The translatable blocks of a Markdown text: blank-line separated; a fenced code block is a
    block of its own (kept whole, not translated), even where no blank line sets it apart from
    the text before or after it."""
    blocks, current, fence = [], [], False

    def flush():
        if current:
            blocks.append("\n".join(current))
            current.clear()

    for line in text.splitlines():
        if line.strip().startswith("```"):
            if not fence:
                flush()  # text right above a fence is a block of its own
                fence = True
                current.append(line)
                continue
            fence = False
            current.append(line)
            flush()  # so is text right below it
            continue
        if not line.strip() and not fence:
            flush()
            continue
        current.append(line)
    flush()
    return blocks


def _translatable(block: str) -> str | None:
    """The msgid of a block, or None where there is nothing to translate. HTML comments (check
    comments) are left out, and a line that held only a comment goes with them: a block has no
    blank line, so the msgid must not gain one."""
    if block.lstrip().startswith("```"):
        return None
    lines = [line.rstrip() for line in COMMENT.sub("", block).splitlines() if line.strip()]
    text = "\n".join(lines).strip()
    return text if re.search(r"[A-Za-z]", text) else None


def _commented_code(text: str) -> bool:
    """Whether a comment's text is a line of code for the student to un-comment (`#answer = 1`,
    `#    total += n`), not prose: it starts right after the #, or it compiles as Python and
    looks like code."""
    if text and not text[0].isspace():
        return True
    body = text.strip()
    # A continuation line (`#    & (claims["status"] == ___)]`), or a blank to fill in.
    if re.match(r"[&|)\]}+\-*/%=<>]", body) or "___" in body or "==" in body:
        return True
    try:
        compile(body, "<comment>", "exec")
    except SyntaxError:
        return False
    return bool(re.search(r"[=()\[\].]", body))


def code_strings(code: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, text) of the strings a student reads in a code cell: keyword
    arguments such as title=, and comments. Offsets are in characters of ``code``."""
    out = []
    lines = code.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(pos: tuple[int, int]) -> int:
        return starts[pos[0] - 1] + pos[1]

    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    except (tokenize.TokenError, IndentationError):
        return out
    for i, tok in enumerate(tokens):
        if tok.type == tokenize.COMMENT:
            raw = tok.string[1:]
            text = raw.strip()
            if re.search(r"[A-Za-z]{3}", text) and not _commented_code(raw):
                out.append((offset(tok.start), offset(tok.end), "comment", text))
            elif (tail := re.search(r"\s(#\s+(.*\S))\s*$", tok.string)) and \
                    re.search(r"[A-Za-z]{3}", tail.group(2)) and not _commented_code(
                        " " + tail.group(2)):
                # `#answer = 1  # the largest value`: the line is code, its own comment is text
                start = offset(tok.start) + tail.start(1)
                out.append((start, start + len(tail.group(1)), "comment", tail.group(2)))
        elif (tok.type == tokenize.NAME and tok.string == "print" and i + 2 < len(tokens)
              and tokens[i + 1].string == "(" and tokens[i + 2].type == tokenize.STRING):
            # print("Threshold:", ...): the words a student reads under the cell
            first = tokens[i + 2]
            m = STRING.fullmatch(first.string)
            if m and "b" not in m.group(1).lower() and re.search(r"[A-Za-z]{3}", m.group(3)):
                out.append((offset(first.start), offset(first.end), "string", m.group(3)))
        elif tok.type == tokenize.OP and tok.string == "=" and i >= 1 and i + 1 < len(tokens):
            name, value = tokens[i - 1], tokens[i + 1]
            if not (name.type == tokenize.NAME and name.string in CODE_KEYWORDS):
                continue
            parts = []
            if value.type == tokenize.STRING:
                parts = [value]
            elif value.string == "(":  # title = (f"..." <newline> f"...")
                for later in tokens[i + 2:]:
                    if later.type == tokenize.STRING:
                        parts.append(later)
                    elif later.type != tokenize.NL:
                        parts = parts if later.string == ")" else []
                        break
            pieces = [STRING.fullmatch(p.string) for p in parts]
            if not parts or not all(pieces):
                continue
            text = "".join(m.group(3) for m in pieces if m)
            if re.search(r"[A-Za-z]", text):
                kind = "string" if len(parts) == 1 else "strings"
                out.append((offset(parts[0].start), offset(parts[-1].end), kind, text))
    return out


def notebook_messages(path: Path) -> list[str]:
    """Every msgid of one English notebook or page, in order, once each."""
    if path.suffix == ".md":
        text = GENERATED.sub(r"\1\3", path.read_text(encoding="utf-8"))
        found = [_translatable(b) for b in markdown_blocks(text)]
        return list(dict.fromkeys(m for m in found if m))
    nb = json.loads(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for cell in nb["cells"]:
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            found += [m for m in (_translatable(b) for b in markdown_blocks(text)) if m]
        elif cell["cell_type"] == "code":
            found += [t for _, _, _, t in code_strings(text)]
    return list(dict.fromkeys(found))


# --- catalogs ------------------------------------------------------------------------------------


def _template(messages, project: str) -> Catalog:
    catalog = Catalog(project=project, version="0", copyright_holder="Qantar 2022 contributors",
                      msgid_bugs_address="", creation_date=dt.datetime(2026, 1, 1),
                      charset="utf-8")
    for item in messages:
        msgid, context = (item if isinstance(item, tuple) else (item, None))
        catalog.add(msgid, context=context)
    return catalog


def library_messages() -> list[tuple[str, str | None]]:
    """kzlib's translatable strings: marked strings, vocabulary labels, codebook texts, the
    exercises' texts."""
    from kzlib.core import codebook as S
    from kzlib.teaching import questions as bank

    found: list[tuple[str, str | None]] = []
    keywords = {"_": None, "N_": None, "gettext": None, "pgettext": ((1, "c"), 2)}
    for _, _, msg, _, context in extract_from_dir(str(ROOT / "kzlib"), keywords=keywords,
                                                  comment_tags=(), strip_comment_tags=True):
        found.append((msg if isinstance(msg, str) else msg[0], context))
    # The site's own words (navigation, search), shown through kzlib's catalog.
    for _, msg, _, context in extract_from_file("python", str(ROOT / "tools" / "build_site.py"),
                                                keywords=keywords, comment_tags=(),
                                                strip_comment_tags=True):
        found.append((msg if isinstance(msg, str) else msg[0], context))
    vocabularies = [S.EVENT_TYPES, S.ALL_SUB_EVENT_TYPES, S.ACTOR_TYPES, S.THEMES, S.TOPICS,
                    S.MEASURES, S.STATUSES, S.SOURCE_KINDS, S.CLAIMANT_TYPES, S.SCOPES,
                    S.QUALIFIERS, S.BODY_TYPES, S.DISORDER_TYPES]
    for vocabulary in vocabularies:
        found += [(str(v), "vocabulary") for v in vocabulary]
    # The claims' units and subjects are open lists (a claimant's own words), but figures and the
    # claims explorer show them as labels: read them from the shipped table.
    from kzlib.core import store

    claims = store.parsed("claims")
    for column in ("unit", "subject"):
        found += [(str(v), "vocabulary") for v in sorted(claims[column].dropna().unique())]
    # A region of January 2022 without a row of its own in the gazetteer (the capital's,
    # Nur-Sultan) has its names in the catalog (kzlib.core.i18n.place).
    named = set(store.parsed("places")["name"])
    found += [(region, "place") for region in S.REGIONS_2022 if region not in named]
    for _name, res in S.RESOURCES.items():
        found.append((res["title"], "codebook"))
        found.append((res["description"], "codebook"))
        found += [(f["description"], "codebook") for f in res["fields"]]
    for q in bank.every():
        found.append((q.prompt_text(), f"{q.id} prompt"))
        found.append((q.explanation_text(), f"{q.id} explanation"))
        found += [(h, f"{q.id} hint") for h in q.hints]
        found += [(c, f"{q.id} choice") for c in q.choice_texts()]
        for m in q.mistakes:
            found.append((m.feedback_text(), f"{q.id} feedback"))
            if m.misconception:
                found.append((m.misconception, f"{q.id} misconception"))
        found += [(r, f"{q.id} rubric") for r in q.rubric]
    return list(dict.fromkeys((m, c) for m, c in found if m))


def catalog_paths(lang: str) -> dict[Path, Path]:
    """Template -> the language's .po, for the library and every page."""
    pairs = {KZLIB_LOCALE / "kzlib.pot": KZLIB_LOCALE / lang / "LC_MESSAGES" / "kzlib.po"}
    for path in sources():
        folder = locale_dir(path)
        pairs[folder / f"{path.stem}.pot"] = folder / lang / f"{path.stem}.po"
    return pairs


def _write(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    write_po(buf, catalog, width=100, sort_output=False, omit_header=False)
    path.write_bytes(buf.getvalue())


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def extract() -> list[Path]:
    written = []
    pot = KZLIB_LOCALE / "kzlib.pot"
    _write(_template(library_messages(), "kzlib"), pot)
    written.append(pot)
    for path in sources():
        pot = locale_dir(path) / f"{path.stem}.pot"
        _write(_template(notebook_messages(path), path.name), pot)
        written.append(pot)
    return written


def update() -> list[Path]:
    written = []
    for lang in LANGS:
        for pot, po in catalog_paths(lang).items():
            template = _read(pot)
            if po.exists():
                catalog = _read(po, locale=lang)
                catalog.update(template, no_fuzzy_matching=False)
                catalog.obsolete.clear()
            else:
                catalog = Catalog(locale=lang, project=template.project, charset="utf-8",
                                  creation_date=dt.datetime(2026, 1, 1))
                catalog.update(template)
            _write(catalog, po)
            written.append(po)
    return written


def compile_library() -> list[Path]:
    written = []
    for lang in LANGS:
        po = KZLIB_LOCALE / lang / "LC_MESSAGES" / "kzlib.po"
        if not po.exists():
            continue
        mo = po.with_suffix(".mo")
        buf = io.BytesIO()
        write_mo(buf, _read(po, locale=lang), use_fuzzy=False)
        mo.write_bytes(buf.getvalue())
        written.append(mo)
    return written


def progress(po: Path, lang: str) -> tuple[int, int, int]:
    """(translated, fuzzy, total) messages of one catalog."""
    catalog = _read(po, locale=lang)
    messages = [m for m in catalog if m.id]
    done = sum(1 for m in messages if m.string and not m.fuzzy)
    fuzzy = sum(1 for m in messages if m.fuzzy)
    return done, fuzzy, len(messages)


def status() -> str:
    """A table: each catalog (the library, then each page), the share translated per language."""
    rows = []
    for pot in catalog_paths(LANGS[0]):
        cells = []
        for lang in LANGS:
            po = catalog_paths(lang)[pot]
            if not po.exists():
                cells.append("—")
                continue
            done, fuzzy, total = progress(po, lang)
            cells.append(f"{done / total if total else 1:.0%}" + (f" ({fuzzy} fuzzy)" if fuzzy
                                                                  else ""))
        rows.append((pot.stem, cells))
    width = max(len(name) for name, _ in rows)
    lines = [f"{'catalog':<{width}}  " + "  ".join(f"{NAMES[lang]:>16}" for lang in LANGS)]
    lines += [f"{name:<{width}}  " + "  ".join(f"{c:>16}" for c in cells) for name, cells in rows]
    return "\n".join(lines)


# --- the editions ----------------------------------------------------------------------------------


def _translations(po: Path, lang: str) -> dict[str, str]:
    catalog = _read(po, locale=lang)
    return {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}


def _translate_markdown(text: str, table: dict[str, str], teacher: bool = False,
                        lang: str = "") -> tuple[str, list[str]]:
    out, missing = [], []
    for block in markdown_blocks(text):
        msgid = _translatable(block)
        if msgid is None:
            out.append(block)
        elif msgid in table:
            out.append(_relink_teacher(table[msgid], lang) if teacher else _relink(table[msgid]))
        else:
            out.append(block)
            missing.append(msgid)
    return "\n\n".join(out), missing


def _relink(text: str) -> str:
    """Links from notebooks/<lang>/: sibling notebooks stay; other relative paths go up one."""
    def fix(m: re.Match) -> str:
        target = m.group(2)
        if re.match(r"(https?:|mailto:|#)", target) or target.endswith((".ipynb",)) and "/" not in target:
            return m.group(0)
        if target.startswith("explorers-worksheet.md"):
            return m.group(0)
        return f"{m.group(1)}(../{target})"
    return re.sub(r"(\[[^\]]*\])\(([^)]+)\)", fix, text)


def _relink_teacher(text: str, lang: str) -> str:
    """Links from teachers/<lang>/: notebooks go to that language's editions, sibling teacher
    pages stay siblings, anything else goes up one folder."""
    def fix(m: re.Match) -> str:
        target = m.group(2)
        if re.match(r"(https?:|mailto:|#)", target):
            return m.group(0)
        if target.startswith("../notebooks/"):
            name = target.removeprefix("../notebooks/")
            edition = NOTEBOOKS / lang / name.split("#")[0]
            if name.endswith((".ipynb", ".md")) or ".ipynb#" in name:
                if edition.exists() or name.split("#")[0] in {p.name for p in sources()}:
                    return f"{m.group(1)}(../../notebooks/{lang}/{name})"
            return f"{m.group(1)}(../../notebooks/{name})"
        if target.startswith("../teachers/"):  # the guide links to its siblings this way
            target = target.removeprefix("../teachers/")
            if "/" not in target:
                return f"{m.group(1)}({target})"
        if "/" not in target and target.endswith(".md"):
            return m.group(0)
        return f"{m.group(1)}(../{target})"
    return re.sub(r"(\[[^\]]*\])\(([^)]+)\)", fix, text)


def _translate_code(code: str, table: dict[str, str]) -> tuple[str, list[str]]:
    missing = []
    pieces, last = [], 0
    for start, end, kind, text in code_strings(code):
        translated = table.get(text)
        if translated is None:
            missing.append(text)
            continue
        original = code[start:end]
        if kind == "comment":
            replacement = "# " + translated
        else:
            literals = list(STRING.finditer(original))  # one, or several joined ("strings")
            m = literals[0]
            quote, prefix = m.group(2), m.group(1)
            if kind == "strings" and any("f" in x.group(1).lower() for x in literals):
                prefix = prefix if "f" in prefix.lower() else prefix + "f"
            body = translated.replace(quote, "\\" + quote) if len(quote) == 1 else translated
            # Russian and Kazakh do not group thousands with a comma ("2,000" reads as 2.000):
            # in their editions a number formatted ':,.0f' is written without grouping.
            body = re.sub(r"(\{[^{}]*?):,(\.\d+f\})", r"\1:\2", body)
            replacement = f"{prefix}{quote}{body}{quote}"
        pieces += [code[last:start], replacement]
        last = end
    pieces.append(code[last:])
    return "".join(pieces), missing


def fingerprint(path: Path) -> str:
    """A hash of what a translation follows: the English file's translatable messages."""
    return hashlib.sha256("\n\x00".join(notebook_messages(path)).encode()).hexdigest()[:16]


CREDITS = ROOT / "translations" / "editions.csv"


def credits() -> dict[tuple[str, str], dict[str, str]]:
    """Who translated and who reviewed each edition, and when: translations/editions.csv (one row
    per file and language; gettext headers have no field for a reviewer)."""
    import csv

    if not CREDITS.exists():
        return {}
    with CREDITS.open(encoding="utf-8") as handle:
        return {(row["file"], row["language"]): row for row in csv.DictReader(handle)}


def build_edition(path: Path, lang: str) -> tuple[Path, list[str]]:
    """The edition of one English file in ``lang``; returns its path and the untranslated
    messages (an edition with any is not written)."""
    po = locale_dir(path) / lang / f"{path.stem}.po"
    table = _translations(po, lang) if po.exists() else {}
    target = edition_path(path, lang)
    if path.suffix == ".md":
        english = GENERATED.sub(r"\1\3", path.read_text(encoding="utf-8"))
        text, missing = _translate_markdown(english, table, teacher=path.parent == TEACHERS,
                                            lang=lang)
        credit = credits().get((path.stem, lang), {})
        original = path.relative_to(ROOT).as_posix()
        stamp = (f"<!-- qantar_translation: language={lang}; english_original={original};"
                 f" english_fingerprint={fingerprint(path)}; translated={credit.get('translated')};"
                 f" translator={credit.get('translator')}; reviewer={credit.get('reviewer')} -->")
        if not missing:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(stamp + "\n\n" + text + "\n", encoding="utf-8")
            if GENERATED.search(text):  # the answer key, misconceptions, rubrics: in `lang`
                from kzlib.core import i18n
                from kzlib.teaching.exercises import write_answer_key

                i18n.set_language(lang)
                try:
                    write_answer_key(target)
                finally:
                    i18n._Choice.language = None
        return target, missing
    nb = json.loads(path.read_text(encoding="utf-8"))
    missing: list[str] = []
    set_done = False
    for cell in nb["cells"]:
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            new, miss = _translate_markdown(text, table)
        else:
            new, miss = _translate_code(text, table)
            new = new.replace('"data/messy-reports.csv"', '"../data/messy-reports.csv"')
            if not set_done and re.search(r"^import kzlib\s*$", new, re.M):
                new = re.sub(r"^import kzlib\s*$", f'import kzlib\n\nkzlib.set_language("{lang}")',
                             new, count=1, flags=re.M)
                set_done = True
            cell["outputs"] = []
            cell["execution_count"] = None
        missing += miss
        cell["source"] = new.splitlines(keepends=True)
    credit = credits().get((path.stem, lang), {})
    nb["metadata"]["qantar_translation"] = {
        "language": lang,
        "english_original": f"notebooks/{path.name}",
        "english_fingerprint": fingerprint(path),
        "translated": credit.get("translated") or None,
        "translator": credit.get("translator") or None,
        "reviewer": credit.get("reviewer") or None,
        "reviewed": credit.get("reviewed") or None,
    }
    if not missing:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return target, missing


def build(langs=LANGS) -> list[str]:
    lines = []
    for lang in langs:
        for path in sources():
            target, missing = build_edition(path, lang)
            lines.append(f"{lang} {path.name}: " + (f"{len(missing)} messages untranslated, not "
                                                    "built" if missing else f"built {target}"))
    return lines


def _po_of(lang: str, name: str) -> Path:
    if name == "kzlib":
        return KZLIB_LOCALE / lang / "LC_MESSAGES" / "kzlib.po"
    folder = TEACHER_LOCALE if (TEACHERS / f"{name}.md").exists() else NB_LOCALE
    return folder / lang / f"{name}.po"


def todo(lang: str, name: str, out: Path) -> int:
    """Write the untranslated and fuzzy messages of one catalog to a JSON list, for translating
    outside a .po editor: [{"context", "msgid", "msgstr" (the fuzzy guess, if any), "comment"}]."""
    catalog = _read(_po_of(lang, name), locale=lang)
    items = [{"context": m.context, "msgid": m.id, "msgstr": m.string if m.fuzzy else "",
              "comment": " ".join(m.auto_comments)}
             for m in catalog if m.id and (m.fuzzy or not m.string)]
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(items)


def _squeeze(text: str) -> str:
    """A block's text with no blank line (how msgids are made since check-comment lines go)."""
    text = "\n".join(line.rstrip() for line in text.splitlines())
    return re.sub(r"\n[ \t]*\n+", "\n", text).strip()


def fill(lang: str, name: str, source: Path) -> int:
    """Put translations from a JSON list (as :func:`todo` writes, msgstr filled) into a catalog;
    each filled message stops being fuzzy. A msgid the catalog no longer has is reported and
    skipped; one that differs only by a blank line (an older extraction) is matched."""
    po = _po_of(lang, name)
    catalog = _read(po, locale=lang)
    squeezed = {(_squeeze(m.id), m.context): m for m in catalog if m.id}
    done, gone = 0, []
    for item in json.loads(source.read_text(encoding="utf-8")):
        if not item.get("msgstr"):
            continue
        message = catalog.get(item["msgid"], context=item.get("context"))
        string = item["msgstr"]
        if message is None:
            message = squeezed.get((_squeeze(item["msgid"]), item.get("context")))
            string = _squeeze(string)
        if message is None:
            gone.append(item["msgid"])
            continue
        message.string = string
        message.flags.discard("fuzzy")
        done += 1
    _write(catalog, po)
    for msgid in gone:
        print(f"  not in {po.name} any more (skipped): {msgid[:70]!r}")
    return done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["extract", "update", "compile", "build", "status",
                                            "todo", "fill"])
    parser.add_argument("lang", nargs="?", choices=LANGS)
    parser.add_argument("catalog", nargs="?", help="kzlib, or a page's name (02-the-spark)")
    parser.add_argument("json", nargs="?", type=Path)
    args = parser.parse_args()
    if args.command in ("todo", "fill"):
        if not (args.lang and args.catalog and args.json):
            parser.error(f"{args.command} needs: LANG CATALOG JSON")
        if args.command == "todo":
            print(f"{todo(args.lang, args.catalog, args.json)} messages to translate -> {args.json}")
        else:
            print(f"{fill(args.lang, args.catalog, args.json)} messages filled")
        return
    if args.command == "extract":
        for p in extract():
            print(p.relative_to(ROOT))
    elif args.command == "update":
        for p in update():
            print(p.relative_to(ROOT))
    elif args.command == "compile":
        for p in compile_library():
            print(p.relative_to(ROOT))
    elif args.command == "build":
        print("\n".join(build()))
    else:
        print(status())


if __name__ == "__main__":
    main()

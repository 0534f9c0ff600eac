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

Catalogs:

* ``kzlib/locale/kzlib.pot`` and ``kzlib/locale/<lang>/LC_MESSAGES/kzlib.po`` — the library:
  every string marked ``_()``/``N_()`` in kzlib (and in ``tools/build_site.py``, the site's
  navigation), the vocabularies' display labels (context ``vocabulary``, with the claims' units
  and subjects, which figures and the claims explorer show), the regions without a row in the
  gazetteer (context ``place``: Nur-Sultan), the codebook's descriptions (context ``codebook``)
  and the exercises' texts (context ``<question id> <field>``, e.g. ``counting-3 prompt``);
* ``notebooks/locale/<stem>.pot`` and ``notebooks/locale/<lang>/<stem>.po`` — one per notebook or
  page: each Markdown block (paragraph, list, table, heading), and in code cells the strings a
  student reads (``title=``, ``xlabel=``, ``ylabel=``, ``label=``, ``marked_label=`` and the
  text of comments). Check comments (``<!-- check: ... -->``) stay in the English only.
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


def sources() -> list[Path]:
    pages = sorted(NOTEBOOKS.glob("[0-9]*.ipynb")) + [NOTEBOOKS / "explorers.ipynb"]
    worksheet = NOTEBOOKS / "explorers-worksheet.md"
    return pages + ([worksheet] if worksheet.exists() else [])


# --- units of a notebook ---------------------------------------------------------------------------


def markdown_blocks(text: str) -> list[str]:
    """The translatable blocks of a Markdown text: blank-line separated, fenced code kept whole
    (and not translated), HTML comments left out."""
    blocks, current, fence = [], [], False
    for line in text.splitlines():
        if line.strip().startswith("```"):
            fence = not fence
        if not line.strip() and not fence:
            if current:
                blocks.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        blocks.append("\n".join(current))
    return blocks


def _translatable(block: str) -> str | None:
    """The msgid of a block, or None where there is nothing to translate."""
    if block.lstrip().startswith("```"):
        return None
    text = COMMENT.sub("", block).strip()
    return text if re.search(r"[A-Za-z]", text) else None


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
            text = tok.string.lstrip("#").strip()
            if re.search(r"[A-Za-z]{3}", text):
                out.append((offset(tok.start), offset(tok.end), "comment", text))
        elif tok.type == tokenize.OP and tok.string == "=" and i >= 1 and i + 1 < len(tokens):
            name, value = tokens[i - 1], tokens[i + 1]
            if (name.type == tokenize.NAME and name.string in CODE_KEYWORDS
                    and value.type == tokenize.STRING):
                m = re.fullmatch(r"([rbfuRBFU]*)(\"\"\"|'''|\"|')(.*)\2", value.string, re.S)
                if m and re.search(r"[A-Za-z]", m.group(3)):
                    out.append((offset(value.start), offset(value.end), "string", m.group(3)))
    return out


def notebook_messages(path: Path) -> list[str]:
    """Every msgid of one English notebook or page, in order, once each."""
    if path.suffix == ".md":
        found = [_translatable(b) for b in markdown_blocks(path.read_text(encoding="utf-8"))]
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
        pairs[NB_LOCALE / f"{path.stem}.pot"] = NB_LOCALE / lang / f"{path.stem}.po"
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
        pot = NB_LOCALE / f"{path.stem}.pot"
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


def _translate_markdown(text: str, table: dict[str, str]) -> tuple[str, list[str]]:
    out, missing = [], []
    for block in markdown_blocks(text):
        msgid = _translatable(block)
        if msgid is None:
            out.append(block)
        elif msgid in table:
            out.append(_relink(table[msgid]))
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
            m = re.fullmatch(r"([rbfuRBFU]*)(\"\"\"|'''|\"|')(.*)\2", original, re.S)
            quote = m.group(2)
            body = translated.replace(quote, "\\" + quote) if len(quote) == 1 else translated
            replacement = f"{m.group(1)}{quote}{body}{quote}"
        pieces += [code[last:start], replacement]
        last = end
    pieces.append(code[last:])
    return "".join(pieces), missing


def fingerprint(path: Path) -> str:
    """A hash of what a translation follows: the English file's translatable messages."""
    return hashlib.sha256("\n\x00".join(notebook_messages(path)).encode()).hexdigest()[:16]


def build_edition(path: Path, lang: str) -> tuple[Path, list[str]]:
    """The edition of one English file in ``lang``; returns its path and the untranslated
    messages (an edition with any is not written)."""
    po = NB_LOCALE / lang / f"{path.stem}.po"
    table = _translations(po, lang) if po.exists() else {}
    target = NOTEBOOKS / lang / path.name
    header = _read(po, locale=lang) if po.exists() else None
    if path.suffix == ".md":
        text, missing = _translate_markdown(path.read_text(encoding="utf-8"), table)
        if not missing:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text + "\n", encoding="utf-8")
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
    nb["metadata"]["qantar_translation"] = {
        "language": lang,
        "english_original": f"notebooks/{path.name}",
        "english_fingerprint": fingerprint(path),
        "translated": (header.revision_date.date().isoformat() if header and header.revision_date
                       else None),
        "translator": (header.last_translator if header else None),
        "reviewer": (header.mime_headers and dict(header.mime_headers).get("X-Reviewer")
                     if header else None),
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["extract", "update", "compile", "build", "status"])
    args = parser.parse_args()
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

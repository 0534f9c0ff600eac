"""Build the static site: ``make site`` -> ``_site/`` (English), ``_site/ru/``, ``_site/kk/``.

For each language that has editions (``notebooks/<lang>/``, made by ``tools/translations.py``):
an index of the series, every notebook as HTML with its stored outputs (no kernel needed), the
worksheet, the data codebook (its descriptions from the library's catalog; the datasheet itself is
in English), and a search page. Every page carries a language switcher to the same page in the
other languages, and a print stylesheet that makes a lesson or the worksheet a clean A4 handout:
no navigation, no widgets (their place is marked), figures kept whole. The teachers' material is
added with ``--teacher`` only.

The pages load nothing from the network: no CDN scripts, images embedded, the search index a
local script. Links between notebooks (``*.ipynb``) are rewritten to the HTML pages, and every
figure gets the text summary printed under it as its alt text.

Why not Jupyter Book or Sphinx: the editions are already separate notebooks made from gettext
catalogs, so what a generator would add is the search and the switcher — about a hundred lines
here — at the cost of a second translation toolchain (sphinx-intl) and a Node or Sphinx build on
every school machine that runs ``make site``.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
from pathlib import Path

import nbformat
from bs4 import BeautifulSoup
from nbconvert import HTMLExporter
from nbconvert.filters.markdown_mistune import markdown2html_mistune

import kzlib
from kzlib.core import i18n
from kzlib.core.i18n import gettext as _

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
TEACHERS = ROOT / "teachers"
LANGS = ("en", "ru", "kk")
WIDGET = "application/vnd.jupyter.widget-view+json"

PAGE_CSS = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.5; color: #1a1a1a; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .3rem .6rem; }
code, pre { background: #f4f4f4; } pre { padding: .6rem; overflow-x: auto; }
"""
# Shared by every page, the notebooks' included (their own stylesheet is nbconvert's).
CHROME_CSS = """
nav.qantar-nav { margin: 0 0 1.5rem; font: .95rem/1.6 system-ui, sans-serif;
                 display: flex; flex-wrap: wrap; gap: .3rem 1rem; align-items: center; }
nav.qantar-nav .qantar-langs { margin-left: auto; }
nav.qantar-nav .qantar-langs a[aria-current] { font-weight: bold; color: inherit;
                                               text-decoration: none; }
nav.qantar-nav form { display: inline; } nav.qantar-nav input { font: inherit; width: 10rem; }
.qantar-widget-note { display: none; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  nav.qantar-nav, .qantar-widget, .jp-InputPrompt, .jp-OutputPrompt, .anchor-link,
  .jp-Collapser { display: none !important; }
  .qantar-widget-note { display: block; font-style: italic; margin: .4rem 0; }
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  img { max-width: 100% !important; height: auto !important; }
  img, figure, table, pre, .jp-OutputArea-output { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  pre { white-space: pre-wrap; overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
"""

#: Markdown files the notebooks link to, and their pages on the site (English only, except the
#: worksheet, which has editions).
MARKDOWN_PAGES = {
    "../data/README.md": ("codebook.html#datasheet", None),  # rendered inside the codebook
    "../data/raw/README.md": ("raw-format.html", ROOT / "data" / "raw" / "README.md"),
    "data/README.md": ("lesson-7-sample.html", NOTEBOOKS / "data" / "README.md"),
}
WORKSHEET = "explorers-worksheet.md"


def _words() -> dict[str, str]:
    """The site's own words in the chosen language (each a plain _() call, so that Babel finds
    it: calls inside f-strings are invisible to the extractor)."""
    return {
        "teacher": _("Teacher guide"),
        "codebook": _("Data codebook"),
        "codebook_datasheet": _("Data codebook and datasheet"),
        "search": _("Search"),
        "search_site": _("Search the site"),
        "worksheet": _("Explorers worksheet"),
        "datasheet_english": _("The datasheet below is in English."),
        "no_hits": _("Nothing found. Try a shorter word, or another spelling."),
    }


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.strip().casefold()).strip("-") or "section"


class Site:
    """One build: where pages go, which languages have editions, which pages exist where."""

    def __init__(self, out: Path, teacher: bool):
        self.out, self.teacher = out, teacher
        self.langs = [lang for lang in LANGS if lang == "en" or self.notebooks(lang)]
        self.pages: dict[str, dict[str, str]] = {}  # lang -> {page file: title}
        self.search: dict[str, list[dict]] = {}

    def folder(self, lang: str) -> Path:
        return self.out if lang == "en" else self.out / lang

    @staticmethod
    def notebooks(lang: str) -> list[Path]:
        folder = NOTEBOOKS if lang == "en" else NOTEBOOKS / lang
        return sorted(folder.glob("*.ipynb"))

    @staticmethod
    def worksheet(lang: str) -> Path | None:
        path = (NOTEBOOKS if lang == "en" else NOTEBOOKS / lang) / WORKSHEET
        return path if path.exists() else None

    def up(self, lang: str) -> str:
        """The way from a page of ``lang`` to the English folder."""
        return "" if lang == "en" else "../"

    # --- links -----------------------------------------------------------------------------------

    def relink(self, text: str, lang: str) -> str:
        """Point links at notebooks and Markdown files to their pages on the site."""
        # A page outside notebooks/ (the teacher guide) links to ../notebooks/<name>, which
        # works on GitHub too; on the site the notebooks sit beside it.
        if lang != "en":  # a translated teacher page: teachers/<lang>/ -> notebooks/<lang>/
            text = text.replace(f'href="../../notebooks/{lang}/', 'href="')
            text = text.replace('href="../../notebooks/', 'href="../')
        text = text.replace('href="../notebooks/', 'href="')
        text = re.sub(r'href="((?:\.\./)?[\w.-]+)\.ipynb(#[^"]*)?"', r'href="\1.html\2"', text)
        up = self.up(lang)
        for source, (page, _path) in MARKDOWN_PAGES.items():
            for prefix in ("", "../") if lang != "en" else ("",):
                text = text.replace(f'href="{prefix}{source}"', f'href="{up}{page}"')
        sheet = "explorers-worksheet.html" if self.worksheet(lang) else f"{up}explorers-worksheet.html"
        text = re.sub(rf'href="(?:\.\./)?{re.escape(WORKSHEET)}"', f'href="{sheet}"', text)
        if self.teacher:
            for path in sorted(TEACHERS.glob("*.md")):
                here = "" if self.teacher_page(lang, path) else up
                for prefix in ("../teachers/", "../../teachers/", ""):  # "": one to another
                    text = text.replace(f'href="{prefix}{path.name}"',
                                        f'href="{here}teacher-{path.stem}.html"')
        return text

    @staticmethod
    def teacher_page(lang: str, path: Path) -> Path | None:
        """The teachers' page ``path`` (teachers/x.md) in ``lang``, if that edition exists."""
        page = path if lang == "en" else TEACHERS / lang / path.name
        return page if page.exists() else None

    def nav(self, lang: str, page: str) -> str:
        i18n.set_language(lang)
        w, up = _words(), self.up(lang)
        links = ['<a href="index.html">Qantar 2022</a>']
        if self.teacher:
            guide = "" if self.teacher_page(lang, TEACHERS / "guide.md") else up
            links.append(f'<a href="{guide}teacher-guide.html">{w["teacher"]}</a>')
        links.append(f'<a href="codebook.html">{w["codebook"]}</a>')
        links.append(f'<form action="search.html" role="search"><input type="search" name="q" '
                     f'aria-label="{w["search_site"]}" placeholder="{w["search"]}"></form>')
        langs = []
        for other in self.langs:
            name = i18n.LANGUAGES[other]
            if other == lang:
                langs.append(f'<a aria-current="page" lang="{other}">{name}</a>')
                continue
            to_en = "" if lang == "en" else "../"
            target = "" if other == "en" else f"{other}/"
            # The same page if that language has it, else that language's index.
            href = page if self._will_have(other, page) else "index.html"
            langs.append(f'<a href="{to_en}{target}{href}" lang="{other}" hreflang="{other}">'
                         f"{name}</a>")
        links.append(f'<span class="qantar-langs">{" · ".join(langs)}</span>')
        return f'<nav class="qantar-nav">{"".join(links)}</nav>'

    def _will_have(self, lang: str, page: str) -> bool:
        if page in ("index.html", "codebook.html", "search.html"):
            return True
        stem = page.removesuffix(".html")
        if any(p.stem == stem for p in self.notebooks(lang)):
            return True
        if page == "explorers-worksheet.html":
            return self.worksheet(lang) is not None
        if page.startswith("teacher-"):
            return self.teacher_page(lang, TEACHERS / f"{page[8:-5]}.md") is not None
        return lang == "en"

    # --- pages -----------------------------------------------------------------------------------

    def page(self, lang: str, name: str, title: str, body: str) -> None:
        text = (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>{html.escape(title)}</title><style>{PAGE_CSS}{CHROME_CSS}</style></head>"
                f"<body>{self.nav(lang, name)}{body}</body></html>\n")
        self.write(lang, name, title, text)

    def write(self, lang: str, name: str, title: str, text: str) -> None:
        soup = BeautifulSoup(text, features="html.parser")
        taken = {t["id"] for t in soup.find_all(id=True)}
        for h in soup.find_all(["h1", "h2", "h3"]):
            if not h.get("id"):
                slug, n = _slug(h.get_text()), 2
                base = slug
                while slug in taken:
                    slug, n = f"{base}-{n}", n + 1
                h["id"] = slug
                taken.add(slug)
        if name != "search.html":
            self._index(lang, name, title, soup)
        folder = self.folder(lang)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(str(soup), encoding="utf-8")
        self.pages.setdefault(lang, {})[name] = title

    def _index(self, lang: str, name: str, title: str, soup: BeautifulSoup) -> None:
        """Search entries: one per section (h1–h3 and the text up to the next heading)."""
        entries = self.search.setdefault(lang, [])
        body = soup.body or soup
        section, anchor, words = title, "", []

        def flush():
            text = " ".join(" ".join(words).split())
            if text:
                entries.append({"page": name, "title": title, "section": section,
                                "anchor": anchor, "text": text})

        for el in body.find_all(["h1", "h2", "h3", "p", "li", "td", "th", "pre"]):
            if el.find_parent("nav") or el.find_parent(class_="qantar-widget"):
                continue
            if el.name in ("h1", "h2", "h3"):
                flush()
                section, anchor, words = el.get_text(" ", strip=True).rstrip("¶"), el["id"], []
            elif not el.find_parent(["li", "td", "th"]) or el.name in ("td", "th"):
                words.append(el.get_text(" ", strip=True))
        flush()

    def notebook(self, lang: str, path: Path, exporter: HTMLExporter) -> None:
        i18n.set_language(lang)
        nb = nbformat.read(path, as_version=4)
        exporter.language_code = lang  # <html lang=...>: what screen readers and search read
        body, _resources = exporter.from_notebook_node(nb)
        soup = BeautifulSoup(body, features="html.parser")
        figures = soup.select(".jp-OutputArea-output img")
        alts = _alt_texts(nb)
        if len(figures) != len(alts):
            raise RuntimeError(f"{path}: {len(figures)} images but {len(alts)} figure outputs")
        for img, alt in zip(figures, alts, strict=True):
            img["alt"] = alt
        # The explorers: marked, so that print leaves them out and says where they were.
        cells = soup.select("div.jp-Cell")
        if len(cells) == len(nb.cells):
            for cell, html_cell in zip(nb.cells, cells, strict=True):
                outputs = cell.get("outputs", []) if cell.cell_type == "code" else []
                if any(WIDGET in o.get("data", {}) for o in outputs):
                    area = html_cell.select_one(".jp-Cell-outputWrapper") or html_cell
                    area["class"] = [*area.get("class", []), "qantar-widget"]
                    note = soup.new_tag("p", attrs={"class": "qantar-widget-note"})
                    note.string = _("[An interactive explorer: open the notebook to use it.]")
                    area.insert_after(note)
        # No network: drop every script or stylesheet that would load from elsewhere (or nowhere).
        for tag in soup.select("script[src], link[href]"):
            url = tag.get("src") or tag.get("href") or ""
            if not url or re.match(r"https?://", url):
                tag.decompose()
        style = soup.new_tag("style")
        style.string = CHROME_CSS
        soup.head.append(style)
        name = f"{path.stem}.html"
        nav = BeautifulSoup(self.nav(lang, name), features="html.parser")
        soup.body.insert(0, nav)
        title = _title(nb)
        self.write(lang, name, title, self.relink(str(soup), lang))

    def markdown(self, lang: str, name: str, path: Path) -> None:
        text = re.sub(r"\]\((?!https?:)[^)]*\.(?:py|csv|cff|toml)\)", "]",
                      path.read_text(encoding="utf-8"))  # links to repository files: text only
        title = text.splitlines()[0].lstrip("# ").strip()
        self.page(lang, name, title, self.relink(markdown2html_mistune(text), lang))

    def codebook(self, lang: str) -> None:
        i18n.set_language(lang)
        w = _words()
        parts = [f"<h1>{w['codebook']}</h1>",
                 "<p>" + html.escape(_("Rendered from kzlib/data/datapackage.json (data version "
                                       "{version}). Each table is a CSV in the package; load it "
                                       "with kzlib.load_<table>().")
                                     .format(version=kzlib.DATA_VERSION)) + "</p>"]
        for table in kzlib.list_datasets():
            parts.append(f'<h2 id="{table}">{html.escape(table)}</h2>')
            parts.append(f"<pre>{html.escape(kzlib.describe(table))}</pre>")
        datasheet = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
        datasheet = re.sub(r"\]\((?!https?:)[^)]*\)", "]", datasheet)  # repo links: text only
        if lang != "en":
            parts.append(f"<p><em>{html.escape(w['datasheet_english'])}</em></p>")
        parts.append(f'<div id="datasheet" lang="en">{markdown2html_mistune(datasheet)}</div>')
        self.page(lang, "codebook.html", f"Qantar 2022 — {w['codebook']}", "\n".join(parts))

    def index(self, lang: str, entries: list[tuple[str, str]]) -> None:
        i18n.set_language(lang)
        w = _words()
        items = "\n".join(f'<li><a href="{stem}.html">{html.escape(title)}</a></li>'
                          for stem, title in entries)
        more = []
        if self.worksheet(lang) or lang == "en":
            more.append(f'<a href="explorers-worksheet.html">{w["worksheet"]}</a>')
        if self.teacher:
            guide = "" if self.teacher_page(lang, TEACHERS / "guide.md") else self.up(lang)
            more.append(f'<a href="{guide}teacher-guide.html">{w["teacher"]}</a>')
        more.append(f'<a href="codebook.html">{w["codebook_datasheet"]}</a>')
        intro = _("Kazakhstan's January 2022 unrest, taught with sourced data: the lessons as "
                  "rendered pages (read-only; run them on Binder or with make lab to use the "
                  "exercises and explorers).")
        body = (f"<h1>Qantar 2022</h1><p>{html.escape(intro)}</p><ol>{items}</ol>"
                f"<p>{' · '.join(more)}</p>")
        self.page(lang, "index.html", "Qantar 2022", body)

    def search_page(self, lang: str) -> None:
        i18n.set_language(lang)
        w = _words()
        folder = self.folder(lang)
        index = json.dumps(self.search.get(lang, []), ensure_ascii=False)
        (folder / "search-index.js").write_text(f"window.QANTAR_SEARCH = {index};\n",
                                                encoding="utf-8")
        no_hits = json.dumps(w["no_hits"], ensure_ascii=False)
        body = (f"<h1>{w['search']}</h1>"
                f'<form role="search"><input type="search" name="q" id="q" '
                f'aria-label="{w["search_site"]}"> <button>{w["search"]}</button></form>'
                '<ol id="hits"></ol><p id="none" hidden></p>'
                '<script src="search-index.js"></script>'
                f"<script>const NO_HITS = {no_hits};\n{SEARCH_JS}</script>")
        self.page(lang, "search.html", f"Qantar 2022 — {w['search']}", body)


# Runs in the reader's browser, offline: every word of the query must occur in a section; the
# sections where the words occur most come first. Words are matched by their start, so that an
# inflected Russian or Kazakh form (ОДКБ, ОДКБ-ның) is found by its stem.
SEARCH_JS = r"""
const params = new URLSearchParams(location.search);
const query = (params.get("q") || "").trim();
document.getElementById("q").value = query;
const words = (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []);
const hits = [];
for (const e of (window.QANTAR_SEARCH || [])) {
  const hay = (e.title + " " + e.section + " " + e.text).toLowerCase();
  const tokens = hay.match(/[\p{L}\p{N}]+/gu) || [];
  let score = 0, all = true;
  for (const w of words) {
    const n = tokens.filter(t => t.startsWith(w)).length;
    if (!n) { all = false; break; }
    score += n;
  }
  if (words.length && all) hits.push([score, e]);
}
hits.sort((a, b) => b[0] - a[0]);
const list = document.getElementById("hits");
for (const [, e] of hits.slice(0, 40)) {
  const li = document.createElement("li");
  const a = document.createElement("a");
  a.href = e.page + (e.anchor ? "#" + e.anchor : "");
  a.textContent = e.title + (e.section && e.section !== e.title ? " — " + e.section : "");
  const at = e.text.toLowerCase().indexOf(words[0]);
  const p = document.createElement("div");
  p.textContent = (at > 60 ? "…" : "") + e.text.slice(Math.max(0, at - 60), at + 160) + "…";
  li.append(a, p);
  list.append(li);
}
if (query && !hits.length) {
  const none = document.getElementById("none");
  none.textContent = NO_HITS;
  none.hidden = false;
}
"""


def _alt_texts(nb) -> list[str]:
    """For each figure, in order: the summary printed in the same cell (its alt text)."""
    alts = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        printed = [o for o in cell.get("outputs", []) if o.get("output_type") == "stream"
                   and o.get("name") == "stdout"]
        summary = " ".join(" ".join("".join(o["text"]) for o in printed).split())
        for out in cell.get("outputs", []):
            if "image/png" in out.get("data", {}):
                alts.append(summary or _cell_title(cell))
    return alts


def _cell_title(cell) -> str:
    m = re.search(r'title="([^"]+)"', cell.source)
    return f"Figure: {m.group(1)}" if m else "Figure (see the text around it)"


def _title(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return "Notebook"


def build(out: Path, teacher: bool = False) -> list[Path]:
    """Build the site into ``out``. The teachers' material (answer key included) is left out
    unless ``teacher`` is true: the default site is the one students can be given.
    """
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    site = Site(out, teacher)
    exporter = HTMLExporter(template_name="lab", embed_images=True)
    exporter.mathjax_url = ""
    exporter.require_js_url = ""
    try:
        for lang in site.langs:
            entries = []
            for path in site.notebooks(lang):
                site.notebook(lang, path, exporter)
                entries.append((path.stem, site.pages[lang][f"{path.stem}.html"]))
            sheet = site.worksheet(lang)
            if sheet:
                site.markdown(lang, "explorers-worksheet.html", sheet)
            if lang == "en":
                for page, path in MARKDOWN_PAGES.values():
                    if path is not None:
                        site.markdown("en", page, path)
            if teacher:
                for path in sorted(TEACHERS.glob("*.md")):
                    page = site.teacher_page(lang, path)
                    if page:
                        site.markdown(lang, f"teacher-{path.stem}.html", page)
            site.codebook(lang)
            site.index(lang, entries)
            site.search_page(lang)
    finally:
        i18n._Choice.language = None
    (out / "site.json").write_text(json.dumps(
        {"languages": site.langs, "pages": {lang: sorted(p) for lang, p in site.pages.items()}},
        ensure_ascii=False, indent=1) + "\n")
    return sorted(p for p in out.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "_site"))
    parser.add_argument("--teacher", action="store_true",
                        help="include the teachers' material (guide, answer key, rubrics)")
    args = parser.parse_args()
    pages = build(Path(args.out), teacher=args.teacher)
    print(f"built {len(pages)} files in {args.out}")


if __name__ == "__main__":
    main()

"""Build the static site: ``make site`` -> ``_site/``.

An index of the series, every notebook as HTML with its stored outputs (no kernel needed), the
teacher guide, and the data codebook rendered from ``datapackage.json`` and the datasheet. The
pages load nothing from the network: no CDN scripts, images embedded. Links between notebooks
(``*.ipynb``) are rewritten to the HTML pages, and every figure gets the text summary printed
under it as its alt text.
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

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
PAGE_CSS = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.5; color: #1a1a1a; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .3rem .6rem; }
code, pre { background: #f4f4f4; } pre { padding: .6rem; overflow-x: auto; }
nav { margin-bottom: 1.5rem; font-size: .95rem; } nav a { margin-right: 1rem; }
"""


TEACHERS = ROOT / "teachers"


def _page(title: str, body: str, teacher: bool = False) -> str:
    guide = '<a href="teacher-guide.html">Teacher guide</a>' if teacher else ""
    nav = (f'<nav><a href="index.html">Qantar 2022</a>{guide}'
           '<a href="codebook.html">Data codebook</a></nav>')
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{PAGE_CSS}</style></head>"
            f"<body>{nav}{body}</body></html>\n")


#: Markdown files the notebooks link to, and their pages on the site.
MARKDOWN_PAGES = {
    "../data/README.md": ("codebook.html#datasheet", None),  # rendered inside the codebook
    "../data/raw/README.md": ("raw-format.html", ROOT / "data" / "raw" / "README.md"),
    "data/README.md": ("lesson-7-sample.html", NOTEBOOKS / "data" / "README.md"),
    "explorers-worksheet.md": ("explorers-worksheet.html", NOTEBOOKS / "explorers-worksheet.md"),
}


def _relink(text: str, pages: dict[str, tuple[str, Path | None]] = MARKDOWN_PAGES) -> str:
    """Point links at notebooks and Markdown files (``pages``) to their pages on the site. A page
    outside notebooks/ (the teacher guide) links to ``../notebooks/<name>``, which works on GitHub
    too; on the site every page sits in one folder, so that prefix goes."""
    text = text.replace('href="../notebooks/', 'href="')
    text = re.sub(r'href="([\w.-]+)\.ipynb(#[^"]*)?"', r'href="\1.html\2"', text)
    for source, (page, _) in pages.items():
        text = text.replace(f'href="{source}"', f'href="{page}"')
    return text


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


def _export(path: Path, out: Path, exporter: HTMLExporter) -> str:
    nb = nbformat.read(path, as_version=4)
    body, _ = exporter.from_notebook_node(nb)
    soup = BeautifulSoup(body, features="html.parser")
    figures = soup.select(".jp-OutputArea-output img")
    alts = _alt_texts(nb)
    if len(figures) != len(alts):
        raise RuntimeError(f"{path.name}: {len(figures)} images but {len(alts)} figure outputs")
    for img, alt in zip(figures, alts, strict=True):
        img["alt"] = alt
    # No network: drop every script or stylesheet that would load from elsewhere (or nowhere).
    for tag in soup.select("script[src], link[href]"):
        url = tag.get("src") or tag.get("href") or ""
        if not url or re.match(r"https?://", url):
            tag.decompose()
    (out / f"{path.stem}.html").write_text(_relink(str(soup)), encoding="utf-8")
    return _title(nb)


def _codebook() -> str:
    parts = ["<h1>Data codebook</h1>",
             "<p>Rendered from <code>kzlib/data/datapackage.json</code> (data version "
             f"{html.escape(kzlib.DATA_VERSION)}). Each table is a CSV in the package; load it "
             "with <code>kzlib.load_&lt;table&gt;()</code>.</p>"]
    for name in kzlib.list_datasets():
        parts.append(f'<h2 id="{name}">{html.escape(name)}</h2>')
        parts.append(f"<pre>{html.escape(kzlib.describe(name))}</pre>")
    datasheet = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    datasheet = re.sub(r"\]\((?!https?:)[^)]*\)", "]", datasheet)  # repo-relative links: text only
    parts.append(f'<div id="datasheet">{markdown2html_mistune(datasheet)}</div>')
    return _page("Qantar 2022 — data codebook", "\n".join(parts))


def _teacher_pages() -> dict[str, tuple[str, Path]]:
    """The teachers' material (guide, answer key, rubrics, worksheet answers): teachers/*.md."""
    return {f"../teachers/{p.name}": (f"teacher-{p.stem}.html", p)
            for p in sorted(TEACHERS.glob("*.md"))}


def build(out: Path, teacher: bool = False) -> list[Path]:
    """Build the site into ``out``. The teachers' material (answer key included) is left out
    unless ``teacher`` is true: the default site is the one students can be given.
    """
    pages = {**MARKDOWN_PAGES, **(_teacher_pages() if teacher else {})}
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    exporter = HTMLExporter(template_name="lab", embed_images=True)
    exporter.mathjax_url = ""
    exporter.require_js_url = ""
    entries = []
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        entries.append((path.stem, _export(path, out, exporter)))
    for page, path in pages.values():
        if path is not None:
            text = re.sub(r"\]\((?!https?:)[^)]*\.(?:py|csv|cff|toml)\)", "]",
                          path.read_text(encoding="utf-8"))  # links to repository files
            title = text.splitlines()[0].lstrip("# ").strip()
            (out / page).write_text(
                _page(title, _relink(markdown2html_mistune(text), pages), teacher),
                encoding="utf-8")
    (out / "codebook.html").write_text(_codebook(), encoding="utf-8")
    items = "\n".join(f'<li><a href="{stem}.html">{html.escape(title)}</a></li>'
                      for stem, title in entries)
    index = (f"<h1>Qantar 2022</h1><p>Kazakhstan's January 2022 unrest, taught with sourced "
             f"data: the lessons as rendered pages (read-only; run them on Binder or with "
             f"<code>make lab</code> to use the exercises and explorers).</p><ol>{items}</ol>"
             + ('<p><a href="teacher-guide.html">Teacher guide</a> · ' if teacher else "<p>")
             + '<a href="codebook.html">Data codebook and datasheet</a></p>')
    (out / "index.html").write_text(_page("Qantar 2022", index, teacher), encoding="utf-8")
    (out / "site.json").write_text(json.dumps({"pages": [e[0] for e in entries]}) + "\n")
    return sorted(out.iterdir())


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

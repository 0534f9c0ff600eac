"""The rendered site: every page builds in every language that has editions, every internal link
(the language switcher's included) resolves, every figure has alt text, every page prints as a
clean A4 handout, the search index covers every page, and nothing is loaded from the network."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import build_site  # noqa: E402


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The teachers' build: every page, the teachers' material included."""
    out = tmp_path_factory.mktemp("site")
    build_site.build(out, teacher=True)
    return out


def test_the_student_site_leaves_the_teachers_material_out(tmp_path):
    build_site.build(tmp_path, teacher=False)
    names = {p.name for p in tmp_path.glob("*.html")}
    assert not any(n.startswith("teacher-") for n in names), names
    assert "teacher-guide" not in " ".join(p.read_text() for p in tmp_path.glob("*.html"))
    assert "index.html" in names and "codebook.html" in names


def _pages(site):
    """Every page of every language, by its path in the site ('ru/index.html')."""
    return {p.relative_to(site).as_posix(): BeautifulSoup(p.read_text(encoding="utf-8"),
                                                          "html.parser")
            for p in site.rglob("*.html")}


def test_every_notebook_and_the_guides_have_a_page(site):
    names = {p.name for p in site.glob("*.html")}
    expected = {f"{p.stem}.html" for p in (ROOT / "notebooks").glob("*.ipynb")}
    assert expected | {"index.html", "teacher-guide.html", "codebook.html"} <= names
    index = (site / "index.html").read_text()
    for name in expected:
        assert f'href="{name}"' in index


def test_internal_links_resolve(site):
    broken = []
    for name, soup in _pages(site).items():
        ids = {t.get("id") for t in soup.find_all(id=True)}
        for a in soup.find_all("a", href=True):
            url = urlparse(a["href"])
            if url.scheme in ("http", "https", "mailto"):
                continue
            target = unquote(url.path)
            if not target:
                if url.fragment and url.fragment not in ids:
                    broken.append(f"{name}: #{url.fragment}")
                continue
            if not ((site / name).parent / target).resolve().is_file():
                broken.append(f"{name}: {a['href']}")
    assert broken == []


def test_every_figure_has_alt_text(site):
    missing = []
    for name, soup in _pages(site).items():
        for img in soup.find_all("img"):
            alt = (img.get("alt") or "").strip()
            if len(alt) < 20 or alt.startswith("No description"):
                missing.append(f"{name}: {alt!r}")
    assert missing == []
    assert any(_pages(site)[n].find("img") for n in _pages(site))


def test_nothing_loads_from_the_network(site):
    for name, soup in _pages(site).items():
        for tag in soup.select("script[src], link[href], img[src]"):
            url = tag.get("src") or tag.get("href")
            assert not re.match(r"https?://", url), f"{name} loads {url}"


def test_codebook_is_rendered_from_the_datapackage(site):
    text = (site / "codebook.html").read_text()
    import kzlib

    for name in kzlib.list_datasets():
        for field in kzlib.schema(name)["fields"]:
            assert field["name"] in text
    assert "Known gaps and biases" in text


def _languages(site):
    return __import__("json").loads((site / "site.json").read_text())["languages"]


def test_every_language_with_editions_has_its_site(site):
    """English always; Russian and Kazakh wherever tools/translations.py built their editions."""
    langs = _languages(site)
    assert langs[0] == "en"
    for lang in ("ru", "kk"):
        editions = sorted((ROOT / "notebooks" / lang).glob("*.ipynb"))
        assert (lang in langs) == bool(editions)
        for nb in editions:
            assert (site / lang / f"{nb.stem}.html").is_file()
        if editions:
            for page in ("index.html", "codebook.html", "search.html"):
                soup = BeautifulSoup((site / lang / page).read_text(), "html.parser")
                assert soup.html["lang"] == lang


def test_every_page_links_to_itself_in_every_language(site):
    langs = _languages(site)
    for name, soup in _pages(site).items():
        switch = soup.select_one("nav.qantar-nav .qantar-langs")
        assert switch is not None, f"{name} has no language switcher"
        assert {a["lang"] for a in switch.find_all("a")} == set(langs), name
        assert switch.select_one("a[aria-current]")["lang"] == (soup.html.get("lang") or "en")


def test_every_page_prints_as_an_a4_handout(site):
    """A print stylesheet on every page: A4, no navigation, no widgets (a note where they were),
    figures and tables not split across pages."""
    for name, soup in _pages(site).items():
        css = " ".join(t.get_text() for t in soup.find_all("style"))
        assert re.search(r"@media print\s*{\s*@page\s*{\s*size:\s*A4", css), name
        printed = css[re.search(r"@media print\s*{\s*@page", css).start():]  # ours
        for hidden in ("nav.qantar-nav", ".qantar-widget"):
            assert hidden in printed.split("display: none")[0], (name, hidden)
        assert re.search(r"img[^{]*{[^}]*break-inside:\s*avoid", printed), name


def test_the_explorers_are_marked_so_print_leaves_them_out(site):
    soup = _pages(site)["explorers.html"]
    marked = soup.select(".qantar-widget")
    assert len(marked) >= 4  # timeline, map, claims, place profile
    for area in marked:
        note = area.find_next_sibling(class_="qantar-widget-note")
        assert note is not None and note.get_text(strip=True)


def test_the_search_index_covers_every_page_and_points_at_real_anchors(site):
    import json

    pages = _pages(site)
    for lang in _languages(site):
        folder = site if lang == "en" else site / lang
        script = (folder / "search-index.js").read_text(encoding="utf-8")
        entries = json.loads(script.removeprefix("window.QANTAR_SEARCH = ").rstrip().rstrip(";"))
        prefix = "" if lang == "en" else f"{lang}/"
        indexed = {e["page"] for e in entries}
        here = {n.removeprefix(prefix) for n in pages if n.startswith(prefix) and "/" not in
                n.removeprefix(prefix)} - {"search.html"}
        assert here <= indexed, f"{lang}: not searchable: {sorted(here - indexed)}"
        for e in entries:
            if e["anchor"]:
                soup = pages[prefix + e["page"]]
                assert soup.find(id=e["anchor"]), (lang, e["page"], e["anchor"])
        search = pages[prefix + "search.html"]
        assert search.find("script", src="search-index.js")
        # The index holds the pages' text, not just their titles (explorer output aside).
        for page in here:
            body = pages[prefix + page].body
            for tag in body.select("nav, script, style, .qantar-widget"):
                tag.decompose()
            words = len(body.get_text(" ").split())
            held = sum(len(e["text"].split()) for e in entries if e["page"] == page)
            assert held >= 0.6 * words, f"{lang}/{page}: the index holds {held} of {words} words"

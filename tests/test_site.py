"""The rendered site: every page builds, every internal link resolves, every figure has alt text,
and nothing is loaded from the network."""

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
    return {p.name: BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
            for p in site.glob("*.html")}


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
            if not (site / target).is_file():
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

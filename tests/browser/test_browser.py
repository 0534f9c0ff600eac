"""A real browser opens the classroom's first screen and drives the explorers: in JupyterLab (a
lesson, Run All) and in Voila (no code).

The first-screen test opens the start notebook through `make lab` and checks nothing is put over
it. Each explorer test moves a slider and changes a dropdown of the timeline explorer, checks that
the figure (the image) and the table changed, and saves a screenshot (in the test's temporary
folder).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect
from servers import ROOT, START_LINK, api, free_port, make_server

pytestmark = pytest.mark.browser
TIMEOUT = 120_000  # ms


def _lesson_with_timeline() -> str:
    """The first lesson that embeds the timeline explorer (else the explorers page)."""
    for path in sorted((ROOT / "notebooks").glob("0[1-8]-*.ipynb")):
        if "timeline_explorer(" in path.read_text(encoding="utf-8"):
            return path.name
    return "explorers.ipynb"


def _timeline(page):
    """The explorer box that holds an image, a slider and dropdowns (the timeline explorer)."""
    box = (page.locator(".widget-vbox")
           .filter(has=page.locator(".widget-image"))
           .filter(has=page.locator(".widget-slider"))
           .filter(has=page.locator(".widget-dropdown")))
    box.first.wait_for(timeout=TIMEOUT)
    return box.first


def _state(box):
    img = box.locator("img").first
    img.wait_for(timeout=TIMEOUT)
    html_tables = box.locator(".widget-html").all_inner_texts()
    return img.get_attribute("src"), "\n".join(html_tables)


def _wait_change(box, before, what: str, tries: int = 120):
    page = box.page
    for _ in range(tries):
        now = _state(box)
        if now[0] != before[0] and now[1] != before[1]:
            return now
        page.wait_for_timeout(250)
    raise AssertionError(f"the figure or the table did not change after {what}")


def _drive(box, shots: Path, name: str):
    first = _state(box)
    assert first[0] and first[0].startswith(("data:image/", "blob:")), first[0]
    # Move the slider's right-hand handle left: the date range shrinks.
    handle = box.locator(".widget-slider .noUi-handle").last
    handle.focus()
    for _ in range(6):
        handle.press("ArrowLeft")
    moved = _wait_change(box, first, "moving the slider")
    # Choose another option in a dropdown (the first that changes what is shown: a lesson may
    # have given the explorer a filtered table, where some choices change nothing).
    select = box.locator(".widget-dropdown select").first
    current = select.input_value()
    options = [o for o in select.locator("option").all_inner_texts() if o != current]
    chosen = None
    for label in options[:6]:
        select.select_option(label=label)
        try:
            chosen = _wait_change(box, moved, "changing the dropdown", tries=20)
            break
        except AssertionError:
            continue
    assert chosen, "no dropdown choice changed the figure and the table"
    box.page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
    return chosen


NEWS_QUESTION = "Would you like to get notified about official Jupyter news?"
ANNOUNCEMENTS_CONFIG = "/api/config/jupyterlabapputilsextensionannouncements"
LESSON_4 = "notebooks/04-the-csto-intervention.ipynb"
# A saved workspace like the one a class leaves behind: lesson 4 open and current.
LESSON_4_WORKSPACE = {"data": {
    "layout-restorer:data": {"main": {"dock": {"type": "tab-area", "currentIndex": 0,
                                               "widgets": [f"notebook:{LESSON_4}"]},
                                      "current": f"notebook:{LESSON_4}"}},
    f"notebook:{LESSON_4}": {"data": {"path": LESSON_4, "factory": "Notebook"}}},
    "metadata": {"id": "default"}}


def test_printed_link_opens_the_start_notebook_without_the_news_question(browser, tmp_path):
    """The first screen through `make lab`: the link it prints opens the start notebook, in front
    of a workspace saved with another lesson open (which the front page would restore), and
    nothing is put over it. JupyterLab's announcements plugin asks about Jupyter news in a
    notification as soon as the app is restored, unless the project's settings say fetchNews
    "false"; with news off it would still ask PyPI for updates (/lab/api/update) unless
    checkForUpdates is off too."""
    port = free_port()
    with make_server("lab", port, tmp_path / "lab.log", [f"PORT={port}", "LAB_ARGS=--no-browser"],
                     ready=START_LINK) as (token, text):
        api(port, token, "PUT", "/lab/api/workspaces/default", LESSON_4_WORKSPACE)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(TIMEOUT)
        paths = []
        page.on("request", lambda request: paths.append(urlparse(request.url).path))
        # The plugin reads its config section, then waits for the app to be restored.
        with page.expect_response(lambda r: ANNOUNCEMENTS_CONFIG in r.url):
            page.goto(START_LINK.search(text).group(1))
        # JupyterLab restores the saved workspace (lesson 4), then opens the link's notebook.
        current = page.locator("#jp-main-dock-panel .lm-TabBar-tab.jp-mod-current")
        expect(current).to_have_text("00-start-here.ipynb", timeout=30_000)
        page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) "
                     ".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for()
        page.wait_for_timeout(3000)  # the question, if on, shows well within a second of this
        page.screenshot(path=str(tmp_path / "first-screen.png"))
        expect(current).to_have_text("00-start-here.ipynb", timeout=1000)
        assert page.get_by_text(NEWS_QUESTION).count() == 0, "JupyterLab asks about Jupyter news"
        toasts = page.locator(".Toastify__toast")
        assert toasts.count() == 0, toasts.all_inner_texts()  # no notification over the lesson
        assert not [p for p in paths if p.endswith(("/lab/api/news", "/lab/api/update"))], paths
        page.close()


@pytest.fixture
def lesson_kept_as_shipped():
    """The lesson the JupyterLab test runs, put back byte for byte afterwards: JupyterLab autosaves
    a notebook it has run, which would rewrite the stored outputs nbval checks."""
    lesson = _lesson_with_timeline()
    path = ROOT / "notebooks" / lesson
    shipped = path.read_bytes()
    yield lesson
    if path.read_bytes() != shipped:
        path.write_bytes(shipped)


def test_lesson_in_jupyterlab(browser, tmp_path, lesson_kept_as_shipped):
    port = free_port()
    lesson = lesson_kept_as_shipped
    with make_server("lab", port, tmp_path / "lab.log",
                     [f"PORT={port}", "LAB_ARGS=--no-browser"]) as (token, _):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(TIMEOUT)
        # ?reset: a fresh workspace, so no tab from an earlier session takes the focus
        page.goto(f"http://127.0.0.1:{port}/lab/tree/notebooks/{lesson}?reset&token={token}")
        page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for()
        page.locator(".jp-Notebook .jp-Cell").first.click()
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click()
        box = _timeline(page)
        page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for()
        box.scroll_into_view_if_needed()
        _drive(box, tmp_path, "jupyterlab")
        errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
        assert errors.count() == 0, errors.all_inner_texts()
        page.close()


def test_explorers_in_voila(browser, tmp_path):
    port = free_port()
    with make_server("voila", port, tmp_path / "voila.log",
                     [f"VOILA_PORT={port}", "VOILA_ARGS=--no-browser"]) as (token, _):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(TIMEOUT)
        page.goto(f"http://127.0.0.1:{port}/?token={token}")
        box = _timeline(page)
        _drive(box, tmp_path, "voila")
        assert "timeline_explorer(" not in page.content()  # no code is shown, not even hidden
        assert page.get_by_text(NEWS_QUESTION).count() == 0  # Voila has no news question at all
        page.close()


def test_site_search_finds_a_lesson_offline(browser, tmp_path):
    """The static site's search runs in the browser from its local index, file:// included (no
    server): a word from lesson 1 finds lesson 1, in every language the site has."""
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    import build_site

    site = tmp_path / "site"
    build_site.build(site)
    langs = __import__("json").loads((site / "site.json").read_text())["languages"]
    words = {"en": "Zhanaozen", "ru": "Жанаозен", "kk": "Жаңаөзен"}
    for lang in langs:
        folder = site if lang == "en" else site / lang
        page = browser.new_page()
        page.goto((folder / "search.html").as_uri() + f"?q={words[lang]}")
        hits = page.locator("#hits li a")
        expect(hits.first).to_be_visible()
        assert any(h.startswith("01-background.html") for h in
                   [hits.nth(i).get_attribute("href") for i in range(hits.count())]), lang
        page.goto((folder / "search.html").as_uri() + "?q=qwxyzzz")
        expect(page.locator("#none")).to_be_visible()
        page.close()


KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def test_explorers_in_voila_in_kazakh(browser, tmp_path):
    """`make voila LANG=kk`: the explorers' controls, messages and figures speak Kazakh."""
    port = free_port()
    with make_server("voila", port, tmp_path / "voila.log",
                     [f"VOILA_PORT={port}", "VOILA_ARGS=--no-browser", "LANG=kk"]) as (token, _):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(TIMEOUT)
        page.goto(f"http://127.0.0.1:{port}/?token={token}")
        box = _timeline(page)
        labels = [t.strip() for t in box.locator(".widget-label").all_inner_texts() if t.strip()]
        assert labels and all(KAZAKH_LETTERS.search(t) or not re.search("[A-Za-z]", t)
                              for t in labels), labels
        options = box.locator(".widget-dropdown select").first.locator("option").all_inner_texts()
        assert any(KAZAKH_LETTERS.search(o) for o in options), options
        text = page.locator("body").inner_text()
        assert KAZAKH_LETTERS.search(text)
        for english in ("Event type", "Dates", "Place"):
            assert english not in labels
        _drive(box, tmp_path, "voila-kk")
        page.close()

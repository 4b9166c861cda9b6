"""The example site in a real browser: Debian's Chromium driven by Playwright, never a downloaded one.

The site is built once with a GitHub Pages project-path base_url and served from 127.0.0.1
under that path (/briefing/), as Pages would serve it. Screenshots of the home and a story
page, desktop and phone, are written to docs/screenshots/ for the README.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefing.build import build
from briefing.config import load_config
from briefing.search import pagefind_binary
from briefing.serve import DevServer, make_server
from tests.conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PREFIX = "/briefing/"
SCREENSHOTS = REPO / "docs" / "screenshots"
DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 360, "height": 740}
STORY = "stories/harbour-bridge-closure/"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (/usr/bin/chromium)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
axe_module = pytest.importorskip("axe_playwright_python.sync_playwright", reason="axe-playwright-python is missing")


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The example briefing, built and served on 127.0.0.1 under the project path."""
    project = tmp_path_factory.mktemp("example")
    shutil.copytree(REPO / "content", project / "content")
    (project / "briefing.yaml").write_text(f"base_url: https://example.github.io{PREFIX}\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1795392000")  # 2026-11-22: stable screenshots
        build(load_config(project=project))
    server = make_server(project / "site", PREFIX)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}{PREFIX}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    """A function opening a URL in a fresh context (viewport, colour scheme, JavaScript on or off)."""
    contexts = []

    def open_(url: str, viewport: dict[str, int] = DESKTOP, color_scheme: str = "light", javascript: bool = True):  # type: ignore[no-untyped-def]
        context = browser.new_context(viewport=viewport, color_scheme=color_scheme, java_script_enabled=javascript)
        contexts.append(context)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.errors = errors
        response = page.goto(url)
        page.status = response.status if response else 0
        return page

    yield open_
    for context in contexts:
        context.close()


def test_home_and_story_render_and_are_photographed(open_page: Any, site_url: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name, url in (("home", site_url), ("story", site_url + STORY)):
        for size, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
            page = open_page(url, viewport)
            assert page.status == 200 and page.errors == []
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{size}.png"))
    home = open_page(site_url)
    assert home.locator("article.story-card").count() == 5
    assert home.locator("article.story-card h2 a").first.inner_text().startswith("Amber wind warning")
    # The stylesheet and favicon load under the project path.
    assert home.evaluate("getComputedStyle(document.querySelector('.facts')).borderRadius") == "6px"


def test_summary_citation_opens_the_source_sentence(open_page: Any, site_url: str) -> None:
    page = open_page(site_url + STORY)
    cite = page.locator("a.cite").first
    target = page.locator(cite.get_attribute("href"))
    assert not target.is_visible()  # inside the collapsed full text
    cite.click()
    assert target.is_visible()  # the browser opens the <details> for the fragment
    assert target.inner_text() in page.locator("section.summary").inner_text()


def test_pages_read_without_javascript(open_page: Any, site_url: str) -> None:
    page = open_page(site_url + STORY, javascript=False)
    assert "Summary" in page.locator("h2#summary-heading").inner_text()
    assert page.locator("section.summary .sentence").count() >= 3
    search = open_page(site_url + "search/", javascript=False)
    assert "Search needs JavaScript" in search.locator("main").inner_text()


@pytest.mark.skipif(pagefind_binary() is None, reason="pagefind[bin] is not installed")
def test_search_finds_a_story(open_page: Any, site_url: str) -> None:
    page = open_page(site_url + "search/")
    page.fill("#search-input", "Westfield tram")
    page.click("button[type=submit]")
    first = page.locator("#search-results li a").first
    first.wait_for(timeout=10_000)
    assert first.get_attribute("href") == PREFIX + "stories/line-3-tram-extension-to-westfield-goes-to-public/"
    assert "found for" in page.locator("#search-status").inner_text()
    assert page.locator("#search-results mark").count() > 0
    # Matches inside a section (summary, facts, a source's text) link to that section of the story page.
    sections = page.locator("#search-results li ul a")
    fragments = [(sections.nth(i).get_attribute("href") or "").partition("#")[2] for i in range(sections.count())]
    assert fragments and all(fragments)
    first.click()
    assert page.locator("h1").inner_text().startswith("Line 3 tram extension")
    for fragment in fragments:
        assert page.locator(f"[id='{fragment}']").count() == 1, fragment
    assert page.errors == []


def test_dark_theme_applies(open_page: Any, site_url: str) -> None:
    light = open_page(site_url)
    dark = open_page(site_url, color_scheme="dark")
    background = "getComputedStyle(document.body).backgroundColor"
    assert light.evaluate(background) == "rgb(253, 253, 251)"
    assert dark.evaluate(background) == "rgb(22, 24, 26)"


def test_print_stylesheet_leaves_out_navigation(open_page: Any, site_url: str) -> None:
    page = open_page(site_url + STORY)
    page.emulate_media(media="print")
    assert not page.locator(".site-header nav").is_visible()
    assert page.locator("section.summary").is_visible()
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"


@pytest.mark.parametrize("path", ["", STORY, "archive/", "sources/", "tags/", "search/", "no/such/page/"])
def test_phone_width_has_no_horizontal_scroll(open_page: Any, site_url: str, path: str) -> None:
    page = open_page(site_url + path, PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_404_page_works_at_any_depth(open_page: Any, site_url: str) -> None:
    page = open_page(site_url + "no/such/page/")
    assert page.status == 404 and page.locator("h1").inner_text() == "Page not found"
    assert page.evaluate("getComputedStyle(document.querySelector('.site-header')).display") == "flex"
    page.click("text=Every story, by date")
    assert page.url == site_url + "archive/index.html" and page.locator("h1").inner_text() == "Archive"


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_no_serious_accessibility_violations(open_page: Any, site_url: str, color_scheme: str) -> None:
    axe = axe_module.Axe()
    # One page of each layout: archive and tag pages share the sources page's story lists.
    pages = ["", STORY, "sources/", "search/?q=bridge", "no/such/page/"]
    found = []
    for path in pages if color_scheme == "light" else ["", STORY]:
        page = open_page(site_url + path, color_scheme=color_scheme)
        page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })")
        results = axe.run(page)
        for violation in results.response["violations"]:
            if violation["impact"] in {"serious", "critical"}:
                found.append(f"{path or 'home'}: {violation['id']} ({len(violation['nodes'])}): {violation['help']}")
    assert found == []


def test_dev_server_reloads_the_open_page(open_page: Any, project: Path) -> None:
    """`briefing serve`'s injected script reloads the page in a real browser after a rebuild."""
    server = DevServer(lambda: load_config(project=project), port=0)
    server.start()
    try:
        page = open_page(server.url + "stories/harbour-bridge/")
        assert page.locator("h1").inner_text() == "Harbour Bridge closes"
        (project / "content/harbour-bridge/story.yaml").write_text("title: Harbour Bridge reopens early\n")
        page.locator("h1", has_text="Harbour Bridge reopens early").wait_for(timeout=20_000)
        assert page.errors == []
    finally:
        server.stop()

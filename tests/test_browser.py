"""What a person does on the site, in a real Chromium: search a question, land on its entry."""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from puljeportal.build import build_site

from .conftest import REPO

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = tmp_path_factory.mktemp("project")
    for name in ("mkdocs.yml", "content", "overrides"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, project / name)
        else:
            shutil.copy(source, project / name)
    site = project / "site"
    build_site(project, site)
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        pytest.fail(
            "Chromium is needed for the browser tests and is not installed.\n"
            "Install it from Debian's packages: apt-get update && apt-get install -y chromium"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


def test_search_a_question_and_land_on_its_entry(browser, site_url: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    page.goto(site_url)
    page.get_by_role("link", name="Familieanbringelser").first.wait_for()
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("kompetenceudvikling deltagende")
    # The entry is its own result: a link whose heading is the question.
    result = page.locator(
        "a.md-search-result__link", has=page.locator("h2", has_text="deltagende kommuner")
    ).first
    result.wait_for(timeout=15000)
    result.click()
    page.wait_for_url(
        re.compile(r"/faq/(\?[^#]*)?#hvad-er-det-for-noget-kompetenceudvikling-som-de$")
    )
    heading = page.locator("h2#hvad-er-det-for-noget-kompetenceudvikling-som-de")
    assert heading.is_visible()
    assert heading.inner_text().startswith("Hvad er det for noget kompetenceudvikling")
    page.close()


def test_front_page_lists_every_pool_in_danish(browser, site_url: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    page.goto(site_url)
    assert page.locator("html").get_attribute("lang") == "da"
    table = page.locator("article table")
    assert table.locator("tbody tr").count() == 6
    page.get_by_role("link", name="Styrket match af barn og anbringelsessted").first.click()
    page.wait_for_url(re.compile(r"/puljer/styrket-match-barn-anbringelsessted/$"))
    page.get_by_role("link", name="Spørgsmål og svar (10)").click()
    page.wait_for_url(re.compile(r"/puljer/styrket-match-barn-anbringelsessted/faq/$"))
    assert page.locator("article h2").count() == 10
    page.close()

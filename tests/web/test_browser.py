"""The page end to end in a real headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright): a `followup serve` process, example notes pasted and drafted with the embedded
model, a lint with a highlighted finding, copy, hostile notes that never run, and a foreign
page's request refused. The screenshots in the README are taken here."""

from __future__ import annotations

import http.server
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="no /usr/bin/chromium (CI installs it: .ci/run)"
)
if CHROMIUM.exists():
    from playwright.sync_api import BrowserContext, Page, expect, sync_playwright

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "notes" / "acme-data-analyst.md"
SHOTS = REPO / "docs" / "img"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DRAFT_WAIT_MS = 300_000  # the embedded model on a busy 2-core machine; not a measurement
# how long a step may take before it counts as never happening: the first lint of a fresh home
# builds the rules cache and the spelling lists (seconds on a busy machine); not a measurement
WAIT_MS = 120_000


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`followup serve --no-browser` in its own process; the link it prints (with the token)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "followup", "serve", "--no-browser", "--no-log"],
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert proc.stderr is not None
    line = proc.stderr.readline()
    url = line.split("serving on ", 1)[1].split()[0]
    try:
        yield url
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C: stops cleanly
        try:
            assert proc.wait(timeout=60) == 0
            assert "followup: stopped" in proc.stderr.read()
        finally:
            if proc.poll() is None:
                proc.kill()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=ARGS,
            viewport={"width": 1280, "height": 900},
            accept_downloads=True,
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser: BrowserContext, server: str) -> Iterator[Page]:
    expect.set_options(timeout=WAIT_MS)
    origin = server.split("/?", 1)[0]
    browser.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server)
    yield page
    assert dialogs == []  # nothing a page put in ever ran
    page.close()


@pytest.mark.slow
def test_example_notes_drafted_with_the_embedded_model(page: Page) -> None:
    page.fill("#notes", EXAMPLE.read_text())
    expect(page.locator("#f-to")).to_have_value("Priya Shah")
    expect(page.locator("#f-company")).to_have_value("Acme Analytics")
    expect(page.locator("#details")).to_contain_text("dbt and Snowflake")
    page.click("#draft")
    card = page.locator("article.draft")
    expect(card).to_be_visible(timeout=DRAFT_WAIT_MS)
    expect(page.locator("#events")).to_contain_text("attempt 1")
    subject = card.locator(".subject").inner_text()
    body = card.locator(".body").inner_text()
    assert subject.startswith("Thank you")
    assert body.startswith("Dear Priya")
    assert "Sam Patel" in body
    mailto = card.locator("a.mailto").get_attribute("href") or ""
    assert mailto.startswith("mailto:?subject=Thank%20you")
    card.locator("button.copy").click()
    expect(card.locator(".copied")).to_have_text("Copied subject and body.")
    assert page.evaluate("navigator.clipboard.readText()") == f"{subject}\n\n{body}"
    with page.expect_download() as download:
        card.locator("button.eml").click()
    saved = Path(download.value.path()).read_text()
    assert download.value.suggested_filename == "follow-up.eml"
    assert f"Subject: {subject}" in saved
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "serve-draft.png"), full_page=True)


LINTED = "Hi Priya,\n\nThanks for teh interview!!! I am very excited.\n\nSam"


def test_lint_highlights_a_finding_and_rechecks_as_you_type(page: Page, server: str) -> None:
    page.click("nav >> text=Lint")
    page.fill("#email", LINTED)
    typo = page.locator("#lint-view mark", has_text="teh")
    expect(typo).to_have_count(1)
    assert "spelling.typo" in (typo.get_attribute("data-note") or "")
    first = page.locator("#findings li").first
    first.locator("summary").click()
    expect(first.locator("details p").first).to_be_visible()
    typo.focus()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "serve-lint.png"), full_page=True)
    page.fill("#email", LINTED.replace("teh", "the"))
    expect(page.locator("#lint-view mark", has_text="teh")).to_have_count(0)
    expect(page.locator("#lint-view")).to_contain_text("Thanks for the interview")


HOSTILE_NOTES = (
    "Interview with Priya Shah at Acme Analytics for the data analyst role\n"
    "- they showed me <script>window.__owned = 1</script> in their wiki\n"
    '- and <img src=x onerror="window.__owned = 2"> on a slide\n'
    "- {{ 7*7 }} is a template they retired\n"
    "Sam Patel\n"
)


def test_hostile_notes_are_shown_as_text_and_never_run(page: Page) -> None:
    page.fill("#notes", HOSTILE_NOTES)
    expect(page.locator("#f-to")).to_have_value("Priya Shah")
    expect(page.locator("#facts")).to_be_visible()
    assert page.evaluate("window.__owned") is None
    assert page.locator("main img").count() == 0
    assert page.locator("main script").count() == 0
    shown = page.locator("#details").inner_text() + page.locator("#notes").input_value()
    assert "<img src=x" in shown


def test_a_foreign_pages_form_post_is_refused(
    browser: BrowserContext, server: str, tmp_path: Path
) -> None:
    """Another program's page on this machine (another port: same site, so the strict cookie
    still goes along) posts a form to the API: the Origin check refuses it."""
    origin = server.split("/?", 1)[0]
    (tmp_path / "index.html").write_text(
        f'<form method="post" action="{origin}/api/lint" enctype="text/plain">'
        '<input name=\'{"text":"x","y":"\' value=\'"}\'><button id="go">go</button></form>'
    )
    handler = lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path))  # noqa: E731
    foreign = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=foreign.serve_forever, daemon=True).start()
    expect.set_options(timeout=WAIT_MS)
    page = browser.new_page()
    try:
        page.goto(server)  # the browser holds the token cookie, as the user's would
        page.goto(f"http://127.0.0.1:{foreign.server_address[1]}/")
        with page.expect_response(lambda r: r.url.endswith("/api/lint")) as answer:
            page.click("#go")
        assert answer.value.status == 403
        assert "forbidden" in page.content()
    finally:
        page.close()
        foreign.shutdown()


def test_a_browser_without_the_token_is_refused(browser: BrowserContext, server: str) -> None:
    page = browser.new_page()
    try:
        port = server.split(":")[2].split("/")[0]
        answer = page.goto(f"http://localhost:{port}/")  # no cookie for this name
        assert answer is not None and answer.status == 403
    finally:
        page.close()

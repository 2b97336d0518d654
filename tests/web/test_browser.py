"""The page end to end in a real headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright): a `followup serve` process, example notes pasted and drafted with the embedded
model, a lint with a highlighted finding, copy, hostile notes that never run, and a foreign
page's request refused; then, against a stub model that answers at once, variants side by side,
a panel's and an ambiguous addressee's choice, a file dropped on the notes, a draft's finding
highlighted in place and edited details sent with the draft.

The screenshots in the README are taken here: into the test's temporary folder, or into the
folder FOLLOWUP_SCREENSHOTS names (`FOLLOWUP_SCREENSHOTS=docs/img` refreshes the README's), so
an ordinary run never modifies tracked files."""

from __future__ import annotations

import http.server
import json
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from gated_server import GatedServer, Reply, gated_server
from stub_model import (
    AMBIGUOUS_NOTES,
    NOT_AN_EMAIL,
    PANEL_NOTES,
    TYPO,
    VARIANT_EMAILS,
    WARNED_EMAIL,
    stub_flags,
)

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="no /usr/bin/chromium (CI installs it: .ci/run)"
)
if CHROMIUM.exists():
    from playwright.sync_api import BrowserContext, Page, expect, sync_playwright

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "notes" / "acme-data-analyst.md"
SHOTS_VARIABLE = "FOLLOWUP_SCREENSHOTS"
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


def screenshots_dir(default: Path) -> Path:
    """Where screenshots go: FOLLOWUP_SCREENSHOTS (relative to the repository), else `default`
    (a temporary folder: a test run leaves the tracked images alone)."""
    chosen = os.environ.get(SHOTS_VARIABLE)
    return REPO / chosen if chosen else default


def test_screenshots_go_to_a_temporary_folder_unless_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SHOTS_VARIABLE, raising=False)
    assert screenshots_dir(tmp_path) == tmp_path
    monkeypatch.setenv(SHOTS_VARIABLE, "docs/img")
    assert screenshots_dir(tmp_path) == REPO / "docs" / "img"


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = screenshots_dir(tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def screenshot(page: Page, shots: Path, name: str) -> None:
    path = shots / name
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 0


@contextmanager
def launched(*flags: str) -> Iterator[str]:
    """`followup serve --no-browser --no-log FLAGS` in its own process; the link it prints
    (with the token). Stopped with Ctrl-C, which must end it cleanly."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "followup", "serve", "--no-browser", "--no-log", *flags],
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
def server() -> Iterator[str]:
    """The page with the user's default model (the embedded one)."""
    with launched() as url:
        yield url


@pytest.fixture(scope="module")
def stub() -> Iterator[GatedServer]:
    """The model behind `stub_server`: each test gives it its answers (`rescript`)."""
    with gated_server() as model:
        yield model


@pytest.fixture(scope="module")
def stub_server(stub: GatedServer) -> Iterator[str]:
    """The page with a stub model that answers at once (tests/gated_server.py)."""
    with launched(*stub_flags(stub.url)) as url:
        yield url


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


@contextmanager
def opened(browser: BrowserContext, url: str) -> Iterator[Page]:
    expect.set_options(timeout=WAIT_MS)
    origin = url.split("/?", 1)[0]
    browser.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    yield page
    assert dialogs == []  # nothing a page put in ever ran
    page.close()


@pytest.fixture
def page(browser: BrowserContext, server: str) -> Iterator[Page]:
    with opened(browser, server) as page:
        yield page


@pytest.fixture
def stub_page(browser: BrowserContext, stub_server: str) -> Iterator[Page]:
    with opened(browser, stub_server) as page:
        yield page


@pytest.mark.slow
def test_example_notes_drafted_with_the_embedded_model(page: Page, shots: Path) -> None:
    page.fill("#notes", EXAMPLE.read_text())
    expect(page.locator("#f-to")).to_have_value("Priya Shah")
    expect(page.locator("#f-company")).to_have_value("Acme Analytics")
    expect(page.locator("#f-learned")).to_have_value(re.compile("dbt and Snowflake"))
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
    screenshot(page, shots, "serve-draft.png")


LINTED = "Hi Priya,\n\nThanks for teh interview!!! I am very excited.\n\nSam"


def test_lint_highlights_a_finding_and_rechecks_as_you_type(page: Page, shots: Path) -> None:
    page.click("nav >> text=Lint")
    page.fill("#email", LINTED)
    typo = page.locator("#lint-view mark", has_text="teh")
    expect(typo).to_have_count(1)
    assert "spelling.typo" in (typo.get_attribute("data-note") or "")
    first = page.locator("#findings li").first
    first.locator("summary").click()
    expect(first.locator("details p").first).to_be_visible()
    typo.focus()
    screenshot(page, shots, "serve-lint.png")
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
    script = re.escape("<script>window.__owned = 1</script>")
    expect(page.locator("#f-learned")).to_have_value(re.compile(script))  # a detail, as text
    assert "<img src=x" in page.locator("#notes").input_value()


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


# -- against a stub model that answers at once ----------------------------------------------------


def draft_and_wait(page: Page, count: int = 1) -> None:
    page.click("#draft")
    expect(page.locator("#events")).to_contain_text("done")
    expect(page.locator("#results article.draft")).to_have_count(count)


def test_variants_are_shown_side_by_side(stub_page: Page, stub: GatedServer, shots: Path) -> None:
    stub.rescript(*(Reply(e) for e in VARIANT_EMAILS))
    stub_page.fill("#notes", EXAMPLE.read_text())
    expect(stub_page.locator("#f-to")).to_have_value("Priya Shah")
    stub_page.fill("#count", "3")
    stub_page.click("#variants")
    cards = stub_page.locator("#results article.draft")
    expect(cards).to_have_count(3)
    expect(stub_page.locator("#results")).to_have_class(re.compile(r"\bside-by-side\b"))
    expect(cards.locator(".draft-to")).to_have_text(["Variant 1", "Variant 2", "Variant 3"])
    subjects = [e.split("\n", 1)[0].removeprefix("Subject: ") for e in VARIANT_EMAILS]
    expect(cards.locator(".subject")).to_have_text(subjects)
    boxes = [cards.nth(i).bounding_box() for i in range(3)]
    assert all(b is not None for b in boxes)
    tops = {round(b["y"]) for b in boxes if b}
    lefts = [b["x"] for b in boxes if b]
    assert len(tops) == 1, boxes  # one row: side by side, not stacked
    assert lefts == sorted(lefts) and len(set(lefts)) == 3
    screenshot(stub_page, shots, "serve-variants.png")


def test_a_panel_offers_its_interviewers_and_drafts_for_the_one_ticked(
    stub_page: Page, stub: GatedServer
) -> None:
    stub.rescript(Reply(NOT_AN_EMAIL))  # no draft passes: the session's template, to him
    stub_page.fill("#notes", PANEL_NOTES)
    boxes = stub_page.locator("#panel-list input[type=checkbox]")
    expect(boxes).to_have_count(3)
    expect(stub_page.locator("#panel")).to_be_visible()
    stub_page.get_by_label("Ms. Hana Sato").uncheck()
    stub_page.get_by_label("Dr. Cleo Park").uncheck()
    expect(stub_page.get_by_label("Mr. Ben Adler")).to_be_checked()
    draft_and_wait(stub_page)
    card = stub_page.locator("#results article.draft")
    expect(card.locator(".draft-to")).to_have_text("To Mr. Ben Adler")
    expect(card.locator(".body")).to_have_text(re.compile(r"^Dear Mr\. Adler,"))


def test_an_ambiguous_addressee_is_asked_for_never_guessed(
    stub_page: Page, stub: GatedServer
) -> None:
    stub.rescript(Reply(NOT_AN_EMAIL))
    stub_page.fill("#notes", AMBIGUOUS_NOTES)
    expect(stub_page.locator("#candidates")).to_be_visible()
    expect(stub_page.locator("#candidate-list input[type=radio]")).to_have_count(2)
    expect(stub_page.locator("#problem")).to_contain_text("'Nora Quinn' or 'Ravi Shah'")
    expect(stub_page.locator("#f-to")).to_have_value("")
    stub_page.click("#draft")  # before choosing: the page says why, and nothing is drafted
    expect(stub_page.locator("#message")).to_contain_text("more than one possible addressee")
    expect(stub_page.locator("#draft")).to_be_enabled()
    expect(stub_page.locator("#results article.draft")).to_have_count(0)
    assert stub.hits == 0
    stub_page.get_by_label("Ravi Shah").check()
    expect(stub_page.locator("#f-to")).to_have_value("Ravi Shah")
    expect(stub_page.locator("#problem")).to_be_hidden()
    draft_and_wait(stub_page)
    body = stub_page.locator("#results article.draft .body")
    expect(body).to_have_text(re.compile(r"^Dear Ravi Shah,"))


def test_a_file_opened_or_dropped_fills_the_notes(stub_page: Page, tmp_path: Path) -> None:
    notes = tmp_path / "acme.md"
    notes.write_text(EXAMPLE.read_text())
    stub_page.set_input_files("#notes-file", str(notes))
    expect(stub_page.locator("#notes")).to_have_value(EXAMPLE.read_text())
    expect(stub_page.locator("#f-to")).to_have_value("Priya Shah")
    drop = """([name, text]) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type: "text/plain" }));
        const notes = document.getElementById("notes");
        const how = { dataTransfer: data, bubbles: true, cancelable: true };
        notes.dispatchEvent(new DragEvent("dragover", how));
        notes.dispatchEvent(new DragEvent("drop", how));
    }"""
    stub_page.evaluate(drop, ["panel.txt", PANEL_NOTES])
    expect(stub_page.locator("#notes")).to_have_value(PANEL_NOTES)
    expect(stub_page.locator("#f-to")).to_have_value("Ms. Hana Sato")
    stub_page.evaluate(drop, ["cv.pdf", "%PDF-1.4"])
    expect(stub_page.locator("#message")).to_have_text("cv.pdf: drop a .md or .txt file")
    expect(stub_page.locator("#notes")).to_have_value(PANEL_NOTES)


def test_a_drafts_finding_is_highlighted_at_its_word(stub_page: Page, stub: GatedServer) -> None:
    stub.rescript(Reply(WARNED_EMAIL))
    stub_page.fill("#notes", EXAMPLE.read_text())
    expect(stub_page.locator("#f-to")).to_have_value("Priya Shah")
    draft_and_wait(stub_page)
    body = stub_page.locator("#results article.draft .body")
    mark = body.locator("mark")
    expect(mark).to_have_count(1)
    expect(mark).to_have_text(TYPO)
    expect(mark).to_have_class("level-warning")
    note = mark.get_attribute("data-note") or ""
    assert note == f"warning spelling.typo: Unknown word '{TYPO}'; check the spelling."
    # where it stands: the body's text before the mark is the draft's up to the word
    before = mark.evaluate(
        """(m) => { const r = document.createRange();
                    r.setStart(m.closest('.body'), 0); r.setEndBefore(m); return r.toString(); }"""
    )
    assert before == WARNED_EMAIL[: WARNED_EMAIL.index(TYPO)]  # no subject line: all body
    mark.focus()  # the message shows on focus (and hover), not only in the list below
    shown = mark.evaluate("(m) => getComputedStyle(m, '::after').content")
    assert note in shown


def test_edited_details_are_sent_with_the_draft(stub_page: Page, stub: GatedServer) -> None:
    stub.rescript(Reply(VARIANT_EMAILS[0]))
    stub_page.fill("#notes", EXAMPLE.read_text())
    expect(stub_page.locator("#f-learned")).to_have_value(re.compile("dbt and Snowflake"))
    stub_page.fill("#f-learned", "they are hiring two more analysts\n\n  they use Looker  ")
    with stub_page.expect_request(lambda r: r.url.endswith("/api/draft")) as sent:
        stub_page.click("#draft")
    names = json.loads(sent.value.post_data or "{}")["names"]
    assert names["learned"] == ["they are hiring two more analysts", "they use Looker"]
    assert "contributions" not in names  # left alone: the notes decide
    expect(stub_page.locator("#events")).to_contain_text("done")

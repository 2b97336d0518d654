"""Every file a page asks for ships in the package (no CDN: the page works offline), and is
served with its type."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from followup.web.app import STATIC
from followup.web.pages import TEMPLATES


def referenced() -> set[str]:
    found: set[str] = set()
    for page in TEMPLATES.glob("*.html"):
        found |= set(re.findall(r'"/static/([\w.-]+)"', page.read_text()))
    for script in STATIC.glob("*.js"):
        found |= {m + ".js" for m in re.findall(r'from "\./([\w-]+)\.js"', script.read_text())}
    return found


def test_pages_ask_only_for_files_of_the_package() -> None:
    assert referenced() >= {"app.css", "draft.js", "lint.js", "common.js"}
    for page in TEMPLATES.glob("*.html"):
        assert not re.search(r'(src|href)="(https?:)?//', page.read_text()), page.name
    for name in referenced():
        assert (STATIC / name).is_file(), name


@pytest.mark.parametrize(
    ("name", "kind"),
    [("app.css", "text/css"), ("draft.js", "javascript"), ("common.js", "javascript")],
)
def test_static_files_are_served_with_their_type(client: TestClient, name: str, kind: str) -> None:
    response = client.get(f"/static/{name}")
    assert response.status_code == 200
    assert kind in response.headers["content-type"]


def test_scripts_never_write_markup() -> None:
    """User text enters the page as text only: no innerHTML, outerHTML or document.write."""
    for script in STATIC.glob("*.js"):
        source = script.read_text()
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in source, f"{script.name}: {sink}"

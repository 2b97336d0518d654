"""The guard: token, Host, Origin, size and headers (issue 16's security list), in-process."""

from __future__ import annotations

import re

import pytest
from conftest import ORIGIN, PORT, TOKEN, make_client
from starlette.testclient import TestClient

from followup.web.config import ServeConfig

LINT = {"text": "Dear Priya,\nThank you.\nSam"}


@pytest.mark.parametrize("path", ["/", "/lint", "/plan", "/static/app.css"])
def test_without_the_token_every_page_is_refused(anonymous: TestClient, path: str) -> None:
    response = anonymous.get(path)
    assert response.status_code == 403
    assert "followup serve" in response.text


def test_without_the_token_the_api_is_refused(anonymous: TestClient) -> None:
    response = anonymous.post("/api/lint", json=LINT, headers={"origin": ORIGIN})
    assert response.status_code == 403


def test_a_wrong_token_is_refused_and_sets_no_cookie(anonymous: TestClient) -> None:
    response = anonymous.get("/?token=not-the-token", follow_redirects=False)
    assert response.status_code == 403
    assert "set-cookie" not in response.headers


def test_the_token_becomes_a_strict_http_only_cookie_and_leaves_the_url(
    anonymous: TestClient,
) -> None:
    response = anonymous.get(f"/lint?token={TOKEN}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/lint"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"followup_token_{PORT}={TOKEN};")
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    assert anonymous.get("/lint").status_code == 200


def test_a_wrong_cookie_is_refused(anonymous: TestClient) -> None:
    anonymous.cookies.set(f"followup_token_{PORT}", "guess")
    assert anonymous.get("/").status_code == 403


def test_another_launchs_cookie_is_not_this_ones(config: ServeConfig) -> None:
    other = ServeConfig(port=PORT, token="another-launch")
    with make_client(other) as client:
        client.cookies.set(f"followup_token_{PORT}", TOKEN)
        assert client.get("/").status_code == 403


@pytest.mark.parametrize("host", [f"evil.example:{PORT}", "127.0.0.1:9999", "localhost"])
def test_a_foreign_host_is_refused_even_with_the_token(client: TestClient, host: str) -> None:
    """DNS rebinding: a name the attacker controls pointed at 127.0.0.1."""
    response = client.get("/", headers={"host": host})
    assert response.status_code == 403
    assert "Host" in response.text


def test_localhost_by_name_is_this_server(client: TestClient) -> None:
    del client.headers["origin"]
    assert client.get("/", headers={"host": f"localhost:{PORT}"}).status_code == 200
    # its pages' own requests then come from that origin
    host = {"host": f"localhost:{PORT}", "origin": f"http://localhost:{PORT}"}
    assert client.post("/api/lint", json=LINT, headers=host).status_code == 200


@pytest.mark.parametrize(
    "origin",
    ["http://evil.example", f"http://127.0.0.1:{PORT + 1}", "null", f"https://127.0.0.1:{PORT}"],
)
def test_a_foreign_origin_is_refused(client: TestClient, origin: str) -> None:
    response = client.post("/api/lint", json=LINT, headers={"origin": origin})
    assert response.status_code == 403


def test_a_post_without_origin_is_refused(client: TestClient) -> None:
    del client.headers["origin"]
    assert client.post("/api/lint", json=LINT).status_code == 403


@pytest.mark.parametrize("site", ["cross-site", "same-site"])
def test_a_request_another_site_started_is_refused(client: TestClient, site: str) -> None:
    """`same-site` is another port of this machine: another program's page."""
    assert client.get("/", headers={"sec-fetch-site": site}).status_code == 403


def test_the_pages_own_request_passes(client: TestClient) -> None:
    response = client.post("/api/lint", json=LINT, headers={"sec-fetch-site": "same-origin"})
    assert response.status_code == 200


def test_an_oversize_body_is_refused(client: TestClient, config: ServeConfig) -> None:
    body = b'{"text": "' + b"a" * config.max_body + b'"}'
    response = client.post("/api/lint", content=body)
    assert response.status_code == 413


def test_an_oversize_body_without_a_length_is_refused(
    client: TestClient, config: ServeConfig
) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(config.max_body // 65536 + 2):
            yield b"a" * 65536

    response = client.post("/api/lint", content=chunks())
    assert response.status_code == 413


def test_every_answer_carries_a_strict_csp(client: TestClient) -> None:
    for response in (
        client.get("/"),
        client.get("/nothing-here"),
        client.post("/api/lint", json=LINT),
    ):
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["/", "/lint", "/plan"])
def test_pages_have_no_inline_script_or_style(client: TestClient, path: str) -> None:
    html = client.get(path).text
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts or path == "/plan"
    assert all('src="/static/' in tag for tag in scripts)
    assert not re.search(r"<script[^>]*>\s*[^<\s]", html)  # nothing between the tags
    assert " style=" not in html
    assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers


@pytest.mark.parametrize(
    ("address", "host", "allowed"),
    [
        ("192.168.1.5", f"192.168.1.5:{PORT}", True),  # the address it was reached at
        ("192.168.1.5", f"localhost:{PORT}", True),
        ("192.168.1.5", f"evil.example:{PORT}", False),  # a rebound name
        ("192.168.1.5", f"10.9.9.9:{PORT}", False),  # not where the request arrived
        ("192.168.1.5", "192.168.1.5:9999", False),
    ],
)
def test_bound_to_every_interface_only_this_machines_names_pass(
    address: str, host: str, allowed: bool
) -> None:
    """`--host 0.0.0.0`: a browser elsewhere may name this machine by the address it reached,
    but a name from someone else's DNS is still DNS rebinding."""
    everywhere = ServeConfig(port=PORT, host="0.0.0.0", token=TOKEN)
    with TestClient(make_client(everywhere).app, base_url=f"http://{address}:{PORT}") as client:
        response = client.get(f"/?token={TOKEN}", headers={"host": host}, follow_redirects=False)
    assert (response.status_code == 303) is allowed, response.text

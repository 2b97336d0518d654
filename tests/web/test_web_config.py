"""`web/config.py` (named `test_web_config.py`: `tests/test_config.py` is `config.py`'s): one
launch's address, token and cookie, and the Host headers it accepts."""

from __future__ import annotations

from followup.web.config import LOOPBACK, ServeConfig, new_token


def test_each_launch_has_a_fresh_long_token() -> None:
    first, second = new_token(), new_token()
    assert first != second and len(first) >= 40
    assert ServeConfig(port=1).token != ServeConfig(port=1).token


def test_the_url_carries_the_token() -> None:
    config = ServeConfig(port=8765, token="t0k")
    assert config.host == LOOPBACK and not config.wildcard
    assert config.url() == "http://127.0.0.1:8765/?token=t0k"
    assert config.url("/plan") == "http://127.0.0.1:8765/plan?token=t0k"
    assert ServeConfig(port=80, host="::1", token="t").url() == "http://[::1]:80/?token=t"


def test_a_wildcard_host_is_opened_on_the_loopback_address() -> None:
    for host in ("0.0.0.0", "::", ""):
        config = ServeConfig(port=9000, host=host, token="t")
        assert config.wildcard
        assert config.url() == "http://127.0.0.1:9000/?token=t"


def test_the_allowed_hosts_are_this_machines_names_on_this_port() -> None:
    assert ServeConfig(port=8765).allowed_hosts() == {
        "127.0.0.1:8765",
        "localhost:8765",
        "[::1]:8765",
    }
    lan = ServeConfig(port=8765, host="192.168.1.5").allowed_hosts()
    assert "192.168.1.5:8765" in lan and "evil.example:8765" not in lan
    assert "[fe80::1]:80" in ServeConfig(port=80, host="fe80::1").allowed_hosts()


def test_each_port_has_its_own_cookie() -> None:
    assert ServeConfig(port=8765).cookie_name == "followup_token_8765"
    assert ServeConfig(port=8765).cookie_name != ServeConfig(port=8766).cookie_name

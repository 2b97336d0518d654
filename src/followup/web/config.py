"""What one launch of the page is served with: where it listens and the token it insists on."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from followup.session import DraftSettings

LOOPBACK = "127.0.0.1"
# the names a browser on this machine may use for a loopback server
LOCAL_NAMES = ("127.0.0.1", "localhost", "[::1]")
WILDCARDS = ("0.0.0.0", "::", "")
# a request body: notes are limited to 1 MB as files are (textio.MAX_BYTES), plus JSON's quoting
MAX_BODY_BYTES = 2_000_000


def new_token() -> str:
    """A fresh secret per launch: a page from another launch, or another user, cannot reuse it."""
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class ServeConfig:
    """The address the page is served on, its token, and how drafts are made."""

    port: int
    host: str = LOOPBACK
    token: str = field(default_factory=new_token)
    draft: DraftSettings = field(default_factory=DraftSettings)
    log: bool = True  # drafts go into the history, as the CLI's do
    max_body: int = MAX_BODY_BYTES

    @property
    def wildcard(self) -> bool:
        """Bound to every interface: the browser may then name this machine in any way."""
        return self.host in WILDCARDS

    def allowed_hosts(self) -> frozenset[str]:
        """The Host headers a request may carry (anything else is DNS rebinding)."""
        names = {*LOCAL_NAMES, self.host if ":" not in self.host else f"[{self.host}]"}
        return frozenset(f"{name}:{self.port}" for name in names)

    @property
    def cookie_name(self) -> str:
        """Cookies ignore ports: two launches on one machine each keep their own token."""
        return f"followup_token_{self.port}"

    def url(self, path: str = "/") -> str:
        """The address to open, with the token that the first request turns into a cookie."""
        host = LOOPBACK if self.wildcard else self.host
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}{path}?token={self.token}"

"""Open a page in headless Chromium and record every request it tries to make elsewhere.

Chromium is started with a proxy that is a small recording server of ours, for loopback too, so
any HTTP or HTTPS request the page makes (an image, a font, a script, a beacon) reaches it and
is written down; the server answers nothing useful. ``open_page`` returns the DOM after the
page's script ran, and the requests recorded.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
         "--disable-client-side-phishing-detection", "--disable-domain-reliability", "--no-pings",
         "--disable-component-extensions-with-background-pages", "--disable-breakpad",
         "--metrics-recording-only", "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,"
         "MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater"]


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise RuntimeError("chromium is not installed: run `make test`, which installs it from apt")
    return path


class RecordingProxy:
    """A TCP server that records the first line of each request (GET http://..., CONNECT ...)."""

    def __init__(self):
        self.requests: list[str] = []
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    data = conn.recv(4096)
                except OSError:
                    continue
                if data:
                    self.requests.append(data.split(b"\r\n", 1)[0].decode("latin-1"))
                    conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    def close(self):
        self.sock.close()


#: Chromium's own background services, which these flags do not all silence (component
#: updates, account sign-in, network time). They are the browser's, not the page's: a page that
#: named one of these hosts would still be caught by the report's static check for outside URLs.
BROWSER_OWN = ("update.googleapis.com", "accounts.google.com", "clients2.google.com")


def _from_page(request_line: str) -> bool:
    target = request_line.split(" ")[1] if " " in request_line else request_line
    host = target.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return host not in BROWSER_OWN


@dataclass
class Page:
    dom: str
    requests: list[str]  # what the page asked for outside itself (browser services left out)


def open_page(path: Path, budget_ms: int = 5000, timeout: float = 120) -> Page:
    """Load ``path`` (a local file) headless; the DOM after ``budget_ms`` of virtual time."""
    proxy = RecordingProxy()
    try:
        with tempfile.TemporaryDirectory() as profile:
            r = subprocess.run(
                [chromium(), *FLAGS, f"--user-data-dir={profile}",
                 f"--proxy-server=http://127.0.0.1:{proxy.port}", "--proxy-bypass-list=<-loopback>",
                 f"--virtual-time-budget={budget_ms}", "--dump-dom", Path(path).resolve().as_uri()],
                capture_output=True, text=True, timeout=timeout)
        assert r.returncode == 0, r.stderr[-2000:]
        return Page(r.stdout, [q for q in proxy.requests if _from_page(q)])
    finally:
        proxy.close()

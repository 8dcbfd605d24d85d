"""Open a page in headless Chromium and record every request it tries to make elsewhere.

Chromium is started with a proxy that is a small recording server of ours, for loopback too, so
any HTTP or HTTPS request the page makes (an image, a font, a script, a beacon) reaches it and
is written down; the server answers nothing useful. ``open_page`` returns the DOM after the
page's script ran, and the requests recorded.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
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
        with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
            r = subprocess.run(
                [chromium(), *FLAGS, f"--user-data-dir={profile}",
                 f"--proxy-server=http://127.0.0.1:{proxy.port}", "--proxy-bypass-list=<-loopback>",
                 f"--virtual-time-budget={budget_ms}", "--dump-dom", Path(path).resolve().as_uri()],
                capture_output=True, text=True, timeout=timeout)
        assert r.returncode == 0, r.stderr[-2000:]
        return Page(r.stdout, [q for q in proxy.requests if _from_page(q)])
    finally:
        proxy.close()


def open_url(url: str, bypass: str, budget_ms: int = 5000, timeout: float = 120) -> Page:
    """Load ``url`` (a page served on loopback at ``bypass``, ``127.0.0.1:PORT``, which goes
    straight to it); every other request is recorded by the proxy, as in :func:`open_page`."""
    proxy = RecordingProxy()
    try:
        with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
            r = subprocess.run(
                [chromium(), *FLAGS, f"--user-data-dir={profile}",
                 f"--proxy-server=http://127.0.0.1:{proxy.port}", f"--proxy-bypass-list=<-loopback>;{bypass}",
                 f"--virtual-time-budget={budget_ms}", "--dump-dom", url],
                capture_output=True, text=True, timeout=timeout)
        assert r.returncode == 0, r.stderr[-2000:]
        return Page(r.stdout, [q for q in proxy.requests if _from_page(q)])
    finally:
        proxy.close()


class Browser:
    """Headless Chromium driven through the DevTools protocol (a small WebSocket client of the
    standard library's sockets), to click in a page as a user does: ``evaluate(js)``."""

    def __init__(self, bypass: str):
        import urllib.request

        self.proxy = RecordingProxy()
        self._profile = tempfile.TemporaryDirectory(ignore_cleanup_errors=True)
        # a session of its own, so that close() can stop the helpers Chromium starts (zygote, crashpad)
        self.proc = subprocess.Popen(
            [chromium(), *FLAGS, f"--user-data-dir={self._profile.name}", "--remote-debugging-port=0",
             f"--proxy-server=http://127.0.0.1:{self.proxy.port}", f"--proxy-bypass-list=<-loopback>;{bypass}",
             "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        port_file = Path(self._profile.name) / "DevToolsActivePort"
        for _ in range(300):
            if port_file.is_file() and port_file.read_text().strip():
                break
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        import json

        for _ in range(100):
            pages = [t for t in json.loads(opener.open(f"http://127.0.0.1:{port}/json/list").read())
                     if t.get("type") == "page"]
            if pages:
                break
            time.sleep(0.1)
        self._connect(pages[0]["webSocketDebuggerUrl"])

    def _connect(self, ws_url: str) -> None:
        import base64
        import os
        from urllib.parse import urlsplit

        u = urlsplit(ws_url)
        self.sock = socket.create_connection((u.hostname, u.port), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        assert b" 101 " in head.split(b"\r\n", 1)[0], head
        self._n = 0

    def _read(self, n: int) -> bytes:
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            buf += chunk
        return buf

    def _message(self) -> dict:
        import json
        import struct

        data = b""
        while True:
            b0, b1 = self._read(2)
            length = b1 & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._read(8))[0]
            data += self._read(length)
            if b0 & 0x80:
                return json.loads(data)

    def call(self, method: str, **params) -> dict:
        import json
        import os
        import struct

        self._n += 1
        data = json.dumps({"id": self._n, "method": method, "params": params}).encode()
        head = bytearray([0x81])
        if len(data) < 126:
            head.append(0x80 | len(data))
        elif len(data) < 65536:
            head.append(0x80 | 126)
            head += struct.pack(">H", len(data))
        else:
            head.append(0x80 | 127)
            head += struct.pack(">Q", len(data))
        mask = os.urandom(4)
        self.sock.sendall(bytes(head) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))
        while True:
            msg = self._message()
            if msg.get("id") == self._n:
                assert "error" not in msg, msg
                return msg.get("result", {})

    def evaluate(self, expression: str):
        r = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        return r.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 30):
        import time

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"not true within {timeout} s: {expression}")

    def requests(self) -> list[str]:
        return [q for q in self.proxy.requests if _from_page(q)]

    def close(self) -> None:
        try:
            self.sock.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            finally:
                # Chromium's helpers may outlive it and still write to the profile ("Directory not
                # empty: 'Default'" once in CI-like runs): stop them, then remove the profile
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proxy.close()
                for _ in range(50):
                    shutil.rmtree(self._profile.name, ignore_errors=True)
                    if not os.path.exists(self._profile.name):
                        break
                    time.sleep(0.1)
                self._profile.cleanup()

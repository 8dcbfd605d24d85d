"""The local review page (issue 21): served on 127.0.0.1 with a token, no outside request, a
decision made by clicking is signed into the custody log and seen by another tab, requests
without the token or from another origin are refused, and Ctrl-C leaves the case consistent."""

import json
import shutil
import signal
import subprocess
import urllib.error
import urllib.request

import pytest

from conftest import EVIDTRIAGE, copy_of_built_case, load_findings, triage_chat

pytestmark = pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")),
                                reason="chromium is installed by `make test`")

CHAT = ("12/01/2024, 10:00 - Karim: bhai kemon acho\n"
        "12/01/2024, 10:02 - Rahim Agent: Malaysia factory job, free visa, no experience needed\n"
        "12/01/2024, 10:07 - Rahim Agent: passport amar kache jama rakhte hobe. advance 50000 taka bKash 01712-345678\n")


@pytest.fixture
def served(tmp_path, cli):
    case_dir = copy_of_built_case("review-server", lambda folder: triage_chat(cli, folder, CHAT), tmp_path)
    # Ctrl-C as at a terminal: a suite started in the background (a shell without job control)
    # hands its children SIGINT ignored, and Python then keeps ignoring it
    proc = subprocess.Popen([EVIDTRIAGE, "review", str(case_dir)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, stdin=subprocess.DEVNULL,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    line = proc.stdout.readline()
    assert line.startswith("review page: http://127.0.0.1:"), (line, proc.stderr.read() if proc.poll() else "")
    url = line.split(": ", 1)[1].strip()
    yield case_dir, url, proc
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)


def _decisions_logged(case_dir):
    return [json.loads(x) for x in (case_dir / "custody.jsonl").read_text(encoding="utf-8").splitlines()
            if '"review decision"' in x]


def _request(url, data=None, headers=None, method=None):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with opener.open(req, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_a_click_is_signed_and_another_tab_sees_it_with_no_outside_request(served):
    from browser import Browser, open_url

    case_dir, url, _ = served
    origin = url.split("/?", 1)[0]
    bypass = origin.split("//", 1)[1]
    key = next(g["id"] for g in load_findings(case_dir)["groups"] if g["flagged"])
    browser = Browser(bypass)
    try:
        browser.call("Page.enable")
        browser.call("Page.navigate", url=url)
        browser.wait_for("document.querySelectorAll('.badge.current').length > 0 && "
                         "document.querySelector('.badge.current').textContent === 'no decision'")
        browser.evaluate(f"document.getElementById('{key}').querySelector('input.comment').value = "
                         "'<b>kept</b> passport'")
        browser.evaluate(f"document.getElementById('{key}').querySelector('button[data-decision=relevant]').click()")
        browser.wait_for(f"document.getElementById('{key}').getAttribute('data-decision') === 'relevant'")
        shown = browser.evaluate(f"document.getElementById('{key}').querySelector('.comment-shown').innerHTML")
        assert "&lt;b&gt;kept&lt;/b&gt;" in shown  # the comment is text, not markup
        assert browser.requests() == []
    finally:
        browser.close()
    logged = _decisions_logged(case_dir)
    assert [(e["subject"], e["details"]["decision"], e["examiner"]) for e in logged] == [(key, "relevant", "Insp. Rahman")]
    other_tab = open_url(url, bypass)
    assert f'data-decision="relevant"' in other_tab.dom.split(f'id="{key}"', 1)[1].split('class="finding"', 1)[0]
    assert other_tab.requests == []


def test_requests_without_the_token_or_from_another_origin_are_refused(served):
    case_dir, url, _ = served
    origin, token = url.split("/?token=")
    key = load_findings(case_dir)["groups"][0]["id"]
    body = json.dumps({"key": key, "decision": "relevant"}).encode()
    good = {"X-Review-Token": token, "Origin": origin, "Content-Type": "application/json"}
    assert _request(origin + "/")[0] == 403
    assert _request(origin + "/?token=" + "x" * len(token))[0] == 403
    assert _request(origin + "/api/decisions")[0] == 403
    assert _request(origin + "/api/decide", body, {**good, "Origin": "http://evil.example"}, "POST")[0] == 403
    assert _request(origin + "/api/decide", body, {**good, "X-Review-Token": ""}, "POST")[0] == 403
    assert _request(origin + "/api/decide", b"key=x", {**good, "Content-Type": "application/x-www-form-urlencoded"},
                    "POST")[0] == 403
    assert _request(origin + "/api/decide", body, {**good, "Host": "evil.example"}, "POST")[0] == 403
    status, answer = _request(origin + "/api/decide", json.dumps({"key": "f-0", "decision": "relevant"}).encode(),
                              good, "POST")
    assert status == 400 and b"no finding or artifact" in answer
    assert _decisions_logged(case_dir) == []
    assert _request(origin + "/api/decide", body, good, "POST")[0] == 200
    assert len(_decisions_logged(case_dir)) == 1


def test_ctrl_c_stops_the_server_and_the_case_verifies(served, cli):
    case_dir, url, proc = served
    origin, token = url.split("/?token=")
    key = load_findings(case_dir)["groups"][0]["id"]
    good = {"X-Review-Token": token, "Origin": origin, "Content-Type": "application/json"}
    assert _request(origin + "/api/decide", json.dumps({"key": key, "decision": "not-relevant"}).encode(),
                    good, "POST")[0] == 200
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=30) == 0
    assert "review server stopped" in proc.stderr.read()
    r = cli("verify", case_dir, "--no-evidence")
    assert r.exit_code == 0, r
    assert json.loads(cli("review", case_dir, "--list", "--json").stdout)[0]["decision"] == "not-relevant"


def test_a_message_opens_as_a_chat_thread_with_the_messages_around_it(served):
    """From a finding, the conversation opens as a thread: the hit marked among the messages
    before and after it, in order, with no outside request; the token is needed, and a key that
    is no message is a 404."""
    from browser import open_url

    case_dir, url, _ = served
    origin, token = url.split("/?token=")
    status, page = _request(url)
    assert status == 200
    link = page.decode().split('class="thread-link" href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    key = link.split("key=", 1)[1]
    status, thread = _request(origin + link)
    assert status == 200, thread
    text = thread.decode()
    order = [text.index(s) for s in ("bhai kemon acho", "Malaysia factory job", "passport amar kache")]
    assert order == sorted(order)  # the file's order: the hit with what came before and after it
    assert f'class="msg hit" id="{key}"' in text and text.count('class="msg hit"') == 1
    assert "<mark" in text.split(f'id="{key}"', 1)[1]  # the hit's words marked
    assert _request(origin + link.replace(token, "x" * len(token)))[0] == 403
    assert _request(f"{origin}/conversation?token={token}&key=no-such-key")[0] == 404
    shown = open_url(origin + link, origin.split("//", 1)[1])
    assert shown.requests == [] and "passport amar kache" in shown.dom

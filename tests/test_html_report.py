"""The HTML report: self-contained, escaped, and readable."""

import re

from evidtriage.reports.html_report import evidence, highlighted, render_html

from conftest import write_tree

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> \u202etxt.exe =1+1'


def minimal_findings(**over):
    f = {"schema": "evidtriage/findings/1", "tool": {"name": "evidtriage", "version": "0"},
         "case": {"case_id": "C<1>", "examiner": "A", "agency": "", "authority": "", "timezone": None, "created_utc": "t"},
         "run": {"complete": True, "started_utc": "s", "finished_utc": "e", "python": "3", "libmagic": "5",
                 "digests": ["md5"], "packages": {}, "plugins": [], "rule_packs": [], "hash_sets": [],
                 "ocr": {"engine": None, "note": "OCR is not available"}},
         "summary": {"files": 1, "bytes": 1, "distinct_contents": 1, "by_status": {"parsed": 1}, "skips": 0},
         "exhibits": [{"id": "EX01", "source": "/s", "kind": "folder", "description": HOSTILE, "added_utc": "t"}],
         "files": [{"exhibit_id": "EX01", "path": HOSTILE, "size": 1, "md5": None, "sha1": None, "sha256": "ab",
                    "blake3": None, "media_type": "text/plain", "status": "parsed", "reason": "r"}],
         "artifacts": [{"key": "k1", "kind": "message", "file": "chat.txt", "parser": "p", "conversation": "Rahim",
                        "sender": HOSTILE, "timestamp": "2024-01-12T04:02:00Z", "score": 7.5,
                        "text": "free visa, leave your passport with me <b>now</b>",
                        "hits": [{"rule_id": "R1", "pack": "p", "category": "document_retention", "weight": 5,
                                  "start": 11, "end": 38, "snippet": "leave your passport with me"}]}],
         "entities": [], "image_clusters": [], "skips": []}
    f.update(over)
    return f


def test_evidence_text_is_escaped_and_bidi_made_visible():
    html = render_html(minimal_findings())
    assert "<script>alert(1)" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "\u202e" not in html.split('id="data-files"')[0]  # visible as a mark in the HTML part
    assert '<span class="ctl">[U+202E]</span>' in html
    assert "&lt;b&gt;now&lt;/b&gt;" in html


def test_hits_are_highlighted_in_context():
    html = render_html(minimal_findings())
    assert "<mark>leave your passport with me</mark>" in html
    assert str(highlighted("abcdef", [{"start": 1, "end": 3}, {"start": 2, "end": 5}])) == "a<mark>bcde</mark>f"
    assert str(evidence("a\x07b")) == 'a<span class="ctl">[U+0007]</span>b'


def test_page_loads_nothing_from_outside():
    html = render_html(minimal_findings())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert "@import" not in html and "url(" not in html
    # embedded data cannot close its script element
    data = html.split('<script type="application/json" id="data-files">')[1].split("</script>")[0]
    assert "<" not in data


def test_report_command_writes_html(tmp_path, cli):
    src = write_tree(tmp_path / "src", n_files=2)
    assert cli("triage", src, "--case", tmp_path / "case", "--examiner", "A").exit_code == 0
    html = (tmp_path / "case" / "reports" / "report.html").read_text(encoding="utf-8")
    assert "Triage report" in html and "বাংলা নাম.txt" in html


def test_exhibit_digests_from_the_custody_log_and_assumed_date_orders():
    f = minimal_findings()
    f["artifacts"][0]["time_as_written"] = "05/01/2024, 10:00 (date order assumed day/month)"
    custody = [{"seq": 2, "action": "evidence added", "subject": "EX01",
                "details": {"acquisition_digests": {"manifest_sha256": "ab" * 32, "files": 3, "bytes": 10}}}]
    html = render_html(f, custody)
    assert "manifest_sha256: " + "ab" * 32 in html and "files: 3" in html
    assert "the order each message names was assumed" in html and "<li class=\"text\">chat.txt</li>" in html
    assert "not in the custody log" in render_html(minimal_findings())


def test_messages_are_a_timeline_with_recovered_records_and_attachments_noted():
    base = minimal_findings()["artifacts"][0]
    msgs = [{**base, "key": "k2", "timestamp": "2024-01-12T05:00:00Z", "text": "later", "hits": [], "recovered": True},
            {**base, "key": "k1", "timestamp": "2024-01-12T04:00:00Z", "text": "earlier", "hits": [],
             "message_kind": "attachment", "attachments": [["IMG-1.jpg", "x.zip!/IMG-1.jpg"], ["IMG-2.jpg", ""]]}]
    html = render_html(minimal_findings(artifacts=msgs))
    data = html.split('id="data-messages">')[1].split("</script>")[0]
    assert data.index("earlier") < data.index("later")
    assert "attachment IMG-1.jpg (in the evidence: x.zip!/IMG-1.jpg); attachment IMG-2.jpg (not in the evidence)" in data
    assert "deleted record recovered by the extraction tool" in data


def test_an_export_near_the_apps_cap_is_said_to_be_possibly_truncated():
    meta = {"key": "k9", "kind": "metadata", "file": "WhatsApp Chat with A.txt", "parser": "whatsapp_txt",
            "metadata": {"messages": 39990, "may_be_truncated": True}, "source": "whatsapp-export", "hits": [], "score": 0}
    html = render_html(minimal_findings(artifacts=[meta]))
    assert "may have left the oldest messages out" in html and "WhatsApp Chat with A.txt (39990 messages)" in html

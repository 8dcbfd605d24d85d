"""``--aid-corroborates`` (issue 15, opt-in): a weak rule hit that the ranking aid corroborates is
flagged, and says so wherever a flag is explained.

Kept here: a text with a rule hit below the review line and an aid probability at or above the
aid's line is flagged only with the option, and findings.json, report.html, the printed report and
findings.csv tell it apart from a flag of the review line (its rule hits, its score and the line,
the aid's probability, words and model); a weak hit the aid does not support stays a weak mention;
a text with no rule hit is never flagged, however high the aid puts it (the aid is never alone);
the option with ``--no-ranking-aid`` is refused in one line; a case reopened with the option
changed is matched again, so that no report mixes flags decided both ways; ``eval`` shows what
the option would give, and counts it with the option.

The aid's probabilities here come from the shipped model with its bias moved far up or down
(every text at about 1, or at about 0), so that no test hangs on what the real model makes of
a phrasing.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest

from evidtriage.ranking_aid import model as aid_model
from evidtriage.ranking_aid.model import MODEL_FILE

#: a weak rule hit: a foreign number (score 1.5, below the review line 3)
WEAK = "Rahim bhai's new number in Riyadh: +966 53 412 7789, save it"
#: no rule hit at all
PLAIN = "ammu kal bari ashbo, bazar theke ki anbo?"
#: a flag of the review line
FLAGGED = "passport amar kache jama rakhte hobe. advance 50000 taka bKash 01712-345678, kauke bolba na"


@pytest.fixture
def aid_says(tmp_path, monkeypatch):
    """``aid_says(high)``: the shipped model with its bias moved so that every text is at about 1
    (``high``) or about 0, installed as the package's model for the rest of the test."""

    def install(high: bool) -> None:
        data = json.loads(MODEL_FILE.read_bytes())
        data["version"] = "9.0.0-high" if high else "9.0.0-low"
        data["bias"] = float(data["bias"]) + (40.0 if high else -40.0)
        path = tmp_path / f"model-{'high' if high else 'low'}.json"
        path.write_bytes(json.dumps(data).encode())
        monkeypatch.setattr(aid_model, "MODEL_FILE", path)
        monkeypatch.setattr(aid_model, "MODEL_SHA256", hashlib.sha256(path.read_bytes()).hexdigest())
        aid_model.shipped_model.cache_clear()

    yield install
    aid_model.shipped_model.cache_clear()


def _seized(root: Path) -> Path:
    root.mkdir()
    (root / "weak.txt").write_text(WEAK + "\n", encoding="utf-8")
    (root / "home.txt").write_text(PLAIN + "\n", encoding="utf-8")
    (root / "agent.txt").write_text(FLAGGED + "\n", encoding="utf-8")
    return root


def _triage(cli, src: Path, case: Path, *extra: str):
    r = cli("triage", src, "--case", case, "--case-id", "C1", "--examiner", "A", "--no-ocr", "--workers", "1", *extra)
    assert r.exit_code == 0, r
    return r


def _findings(case: Path) -> dict:
    return json.loads((case / "reports" / "findings.json").read_text(encoding="utf-8"))


def _row(f: dict, start: str) -> dict:
    return next(a for a in f["artifacts"] if (a.get("text") or "").startswith(start))


def test_a_weak_hit_the_aid_corroborates_is_flagged_only_with_the_option_and_says_so(cli, tmp_path, aid_says):
    aid_says(True)
    src = _seized(tmp_path / "src")
    plain_case, opt_case = tmp_path / "plain", tmp_path / "opt"
    _triage(cli, src, plain_case)
    _triage(cli, src, opt_case, "--aid-corroborates")
    f, g = _findings(plain_case), _findings(opt_case)

    # without the option: a weak mention, and nothing of the option anywhere
    weak = _row(f, "Rahim")
    assert weak["hits"] and 0 < weak["score"] < f["run"]["review_line"] and not weak["flagged"]
    assert "corroborated_by_aid" not in weak and "corroborates_weak_hits" not in f["run"]["ranking_aid"]
    assert "corroborated" not in f["ranking_aid"]

    # with it: flagged, the rule hits kept as its reasons, the aid told beside them
    weak = _row(g, "Rahim")
    assert weak["flagged"] and weak["hits"] and weak["score"] == _row(f, "Rahim")["score"]
    assert weak["score_explanation"] == _row(f, "Rahim")["score_explanation"]
    c = weak["corroborated_by_aid"]
    assert c["score"] == weak["score"] and c["review_line"] == g["run"]["review_line"]
    assert c["probability"] >= c["aid_line"] == g["run"]["ranking_aid"]["line"]
    assert c["model_version"] == "9.0.0-high" and c["words"] and all(w in WEAK for w in c["words"])
    assert "corroborated by the ranking aid" in c["explanation"] and "below the review line" in c["explanation"]
    assert g["run"]["ranking_aid"]["corroborates_weak_hits"] is True
    assert g["ranking_aid"]["corroborated"] == 1
    # the rules' own flag is the rules' alone
    strong = _row(g, "passport")
    assert strong["flagged"] and "corroborated_by_aid" not in strong
    # the aid is never alone: a text with no rule hit stays unflagged, however high the aid puts it
    plain = _row(g, "ammu")
    assert not plain["flagged"] and not plain["hits"] and "corroborated_by_aid" not in plain
    listed = [x["key"] for x in g["ranking_aid"]["listed"]]
    assert plain["key"] in listed and weak["key"] not in listed  # the corroborated text is a finding, not on the list
    assert weak["key"] in [x["key"] for x in f["ranking_aid"]["listed"]]  # (without the option it is on the list)

    html = (opt_case / "reports" / "report.html").read_text(encoding="utf-8")
    finding = html.split("Rahim bhai", 1)[1].split('<div class="finding"', 1)[0]
    assert "Flagged as a weak rule hit corroborated by the ranking aid" in finding
    assert "not by the review line" in finding and "9.0.0-high" in finding
    assert all(w in finding for w in c["words"])
    assert "or a weak rule hit corroborated by the ranking aid" in html
    plain_html = (plain_case / "reports" / "report.html").read_text(encoding="utf-8")
    assert "corroborated by the ranking aid" not in plain_html

    with open(opt_case / "reports" / "findings.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    review = {r["artifact"]: r["review"] for r in rows}
    assert review[weak["key"]].startswith("flagged, not by the review line: a weak rule hit")
    assert review[strong["key"]] == "flagged"

    # the printed report (its HTML parts, as the PDF is rendered from them)
    from evidtriage.reports.findings import build_findings
    from evidtriage.reports.pdf_report import print_documents
    from evidtriage.store import Store

    with Store.open(opt_case) as store:
        printed = "".join(print_documents(build_findings(store)))
    assert "Flagged as a weak rule hit corroborated by the ranking aid" in printed


def test_a_weak_hit_the_aid_does_not_support_stays_a_weak_mention(cli, tmp_path, aid_says):
    aid_says(False)
    src = _seized(tmp_path / "src")
    _triage(cli, src, tmp_path / "case", "--aid-corroborates")
    f = _findings(tmp_path / "case")
    weak = _row(f, "Rahim")
    assert weak["hits"] and not weak["flagged"] and "corroborated_by_aid" not in weak
    assert f["ranking_aid"]["corroborated"] == 0 and f["ranking_aid"]["listed"] == []
    assert _row(f, "passport")["flagged"]


def test_the_option_without_the_aid_is_refused_in_one_line(cli, tmp_path):
    src = _seized(tmp_path / "src")
    case = tmp_path / "case"
    r = cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr", "--no-ranking-aid", "--aid-corroborates")
    assert r.exit_code != 0 and not case.exists()
    said = r.stderr.strip().splitlines()
    assert len(said) == 1 and "--aid-corroborates" in said[0] and "--no-ranking-aid" in said[0]
    _triage(cli, src, case)
    r = cli("scan", case, "--examiner", "A", "--no-ocr", "--no-ranking-aid", "--aid-corroborates")
    assert r.exit_code != 0 and len(r.stderr.strip().splitlines()) == 1 and "--aid-corroborates" in r.stderr


def test_a_reopened_case_with_the_option_changed_is_matched_again(cli, tmp_path, aid_says):
    from evidtriage.store import Store

    aid_says(True)
    src = _seized(tmp_path / "src")
    case = tmp_path / "case"

    def state():
        assert cli("report", case, "--format", "json", "--examiner", "A").exit_code == 0
        with Store.open(case) as store:
            held = store.setting("ranking_aid")
        f = _findings(case)
        return held, _row(f, "Rahim")["flagged"], f["run"]["ranking_aid"].get("corroborates_weak_hits", False)

    _triage(cli, src, case, "--aid-corroborates")
    held, flagged, recorded = state()
    assert held.endswith("+corroborates") and flagged and recorded
    # scanned again without it: matched again, and the report is wholly of a run without it
    assert cli("scan", case, "--examiner", "A", "--no-ocr", "--workers", "1").exit_code == 0
    held, flagged, recorded = state()
    assert not held.endswith("+corroborates") and not flagged and not recorded
    # and with it again
    assert cli("scan", case, "--examiner", "A", "--no-ocr", "--workers", "1", "--aid-corroborates").exit_code == 0
    held, flagged, recorded = state()
    assert held.endswith("+corroborates") and flagged and recorded


def test_eval_shows_what_the_option_would_give_and_counts_it_with_the_option(cli, tmp_path, aid_says):
    aid_says(True)
    corpus = tmp_path / "c.jsonl"
    items = [{"id": "weak", "text": WEAK, "label": "flag", "category": "payments_and_proceeds", "script": "en"},
             {"id": "plain", "text": PLAIN, "label": "ok", "script": "bn-Latn", "voice": "family", "hard": True},
             {"id": "strong", "text": FLAGGED, "label": "flag", "category": "isolation_and_control",
              "script": "bn-Latn"}]
    corpus.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    r = cli("eval", corpus, "--misses", "0")
    assert r.exit_code == 0, r
    line = next(x for x in r.stdout.splitlines() if x.startswith("with the aid corroborating weak hits"))
    assert "recall 1.00" in line and "precision 1.00" in line and "hard negatives 0.00" in line
    plain = json.loads(cli("eval", corpus, "--json").stdout)
    assert plain["recall"]["k"] == 1 and "aid_corroborates" not in plain
    c = plain["with_aid_corroborating"]
    assert c["recall"]["k"] == 2 and c["precision"]["k"] == 2 and c["hard_false_positive_rate"]["k"] == 0
    assert c["recall"]["low"] <= c["recall"]["value"] <= c["recall"]["high"]  # a Wilson interval as the others
    assert c["corroborated"] == {"to_flag": 1, "not_to_flag": 0}  # the text with no hit is never counted
    opt = json.loads(cli("eval", corpus, "--json", "--aid-corroborates").stdout)
    assert opt["aid_corroborates"] is True and opt["recall"]["k"] == 2 and opt["misses"] == []
    assert "with_aid_corroborating" not in json.loads(cli("eval", corpus, "--json", "--no-ranking-aid").stdout)
    r = cli("eval", corpus, "--no-ranking-aid", "--aid-corroborates")
    assert r.exit_code != 0 and len(r.stderr.strip().splitlines()) == 1

"""``README.txt`` in every case folder: what each file is, and how to check the report.

A reader who is handed the case folder (a prosecutor, a defence expert, a court clerk) finds in
it, in plain text, what every file is and the commands that check the report, the custody log
and the evidence: with evidtriage, and with standard tools alone (sha256sum, openssl, hashdeep).
"""

from __future__ import annotations

import shlex

from ..model import Exhibit

_TEMPLATE = """\
Case {case_id}: the case folder of evidtriage {version}
{rule}

What each file is
-----------------
case.sqlite                      the case store: files, artifacts, hits, entities, custody log
custody.jsonl                    the signed, hash-chained custody log, one JSON entry per line
README.txt                       this file (rewritten with every report)
reports/report.html              the report: one file, opens offline in any browser, pictures blurred
reports/report.pdf               the report for the court file
reports/findings.json            every finding, machine-readable (schema evidtriage/findings/1)
reports/findings.csv             indicator hits, most serious first, each with its finding (f-...)
reports/occurrences.csv          every place each finding's text occurs (file, conversation, time)
reports/reviewed.pdf, .html      if written (report --reviewed): the items the examiner marked relevant
reports/messages.csv             every message, with its time (case zone and UTC, as written)
reports/files.csv                every file with its status, reason, type, MD5, SHA-1, SHA-256, BLAKE3
reports/entities.csv             phone numbers, accounts and addresses, with the files they are in
reports/not_examined.csv         files not examined, or not completely, grouped by reason
reports/case-uco.jsonld          the case in CASE/UCO (JSON-LD)
reports/hashes/EXHIBIT.*         each exhibit's files on disk with their digests (sha256sum,
                                 md5sum, b3sum and hashdeep formats), checkable from the exhibit
                                 (EXHIBIT.b3.not-listed.txt, when there: files b3sum cannot check)
reports/MANIFEST.sha256          every report file with its SHA-256
reports/MANIFEST.sha256.sig      the examiner's Ed25519 signature of MANIFEST.sha256
reports/MANIFEST.sha256.pub      the examiner's public key (PEM)

How to check this report
------------------------
With evidtriage (checks all of the below, and re-hashes the evidence):

    evidtriage verify {case_dir_q}

With standard tools alone (the full steps are in evidtriage's docs/custody.md):

1. The report files are the ones the examiner signed:

    cd {reports_q}
    sha256sum -c MANIFEST.sha256
    openssl pkeyutl -verify -pubin -inkey MANIFEST.sha256.pub -rawin -in MANIFEST.sha256 -sigfile MANIFEST.sha256.sig

   The first prints OK for every file, the second "Signature Verified Successfully". The key's
   fingerprint, to compare with the "key added" entry of custody.jsonl:

    openssl pkey -pubin -in MANIFEST.sha256.pub -outform DER | tail -c 32 | sha256sum

2. The custody log is intact: each entry's prev_hash is the entry_hash of the one before, and each
   signature verifies with the examiner's key (docs/custody.md, section 2, shows the commands).

3. The evidence is the evidence examined; from each exhibit's folder:
{exhibits}
4. The custody log has not been cut back or re-signed: nothing inside this folder can show that.
   Compare the log with the anchor kept outside it (the seizure memo, the case file):

    evidtriage verify {case_dir_q} --anchor ENTRY_HASH

   The log as it stood when these reports were written (the "report written" entry comes after):

{anchor}
"""


def case_readme(case_id: str, version: str, case_dir: str, exhibits: list[Exhibit], anchor: str = "") -> str:
    """The README.txt of a case folder."""
    from pathlib import Path

    reports = Path(case_dir).resolve() / "reports"
    lines = []
    for e in exhibits:
        root = e.source if e.kind == "folder" else str(Path(e.source).parent)
        hashes = reports / "hashes"
        lines.append(f"\n   exhibit {e.id} ({e.source}):\n\n"
                     f"    cd {shlex.quote(root)}\n"
                     f"    sha256sum -c {shlex.quote(str(hashes / (e.id + '.sha256')))}\n"
                     f"    hashdeep -c md5,sha1,sha256 -o f -a -r -l -k "
                     f"{shlex.quote(str(hashes / (e.id + '.hashdeep.txt')))} .\n")
    if not lines:
        lines.append("\n   (no exhibit has been added yet)\n")
    title = f"Case {case_id}: the case folder of evidtriage {version}"
    return _TEMPLATE.format(case_id=case_id, version=version, rule="=" * len(title),
                            case_dir_q=shlex.quote(str(Path(case_dir).resolve())),
                            reports_q=shlex.quote(str(reports)), exhibits="".join(lines),
                            anchor="\n".join("    " + x for x in anchor.splitlines()) or "    (no entry yet)")

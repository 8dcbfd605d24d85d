"""CASE/UCO JSON-LD export (``case-uco.jsonld``): the investigation, each exhibit as a provenance
record, each file with its hash facets, and every custody-log action as an investigative action.

Identifiers are name-based UUIDs (uuid5) derived from the case and the thing they name, so the
same case exports the same graph. Hash methods are plain strings (as UCO 1.4 asks) from UCO's
hash-name vocabulary: MD5, SHA1, SHA256. BLAKE3 is not in that vocabulary, and a ``types:Hash``
naming it makes ``case_validate`` report the graph as not conforming; so the BLAKE3 digest is
given by an extension property, ``evidtriage:blake3`` (an ``xsd:hexBinary`` on the content facet),
declared in the graph itself as an OWL datatype property, as UCO lets a tool extend it. Plain
``case_validate`` then conforms.
"""

from __future__ import annotations

import json
import uuid

_NS = uuid.UUID("0f6a1c3e-6a55-4c1e-9a57-6e0d2d3f8b11")
HASH_VOCAB = {"md5": "MD5", "sha1": "SHA1", "sha256": "SHA256"}
CONTEXT = {
    "kb": "http://example.org/kb/",
    "case-investigation": "https://ontology.caseontology.org/case/investigation/",
    "uco-action": "https://ontology.unifiedcyberontology.org/uco/action/",
    "uco-core": "https://ontology.unifiedcyberontology.org/uco/core/",
    "uco-identity": "https://ontology.unifiedcyberontology.org/uco/identity/",
    "uco-observable": "https://ontology.unifiedcyberontology.org/uco/observable/",
    "uco-tool": "https://ontology.unifiedcyberontology.org/uco/tool/",
    "uco-types": "https://ontology.unifiedcyberontology.org/uco/types/",
    "uco-vocabulary": "https://ontology.unifiedcyberontology.org/uco/vocabulary/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "evidtriage": "urn:evidtriage:ontology:",
}
#: The extension property that carries a content's BLAKE3 digest, declared in every export.
BLAKE3_PROPERTY = {"@id": "evidtriage:blake3", "@type": "owl:DatatypeProperty",
                   "rdfs:domain": {"@id": "uco-observable:ContentDataFacet"}, "rdfs:range": {"@id": "xsd:hexBinary"},
                   "rdfs:comment": "The BLAKE3 digest (256 bits) of the content, as evidtriage computes it; "
                                   "BLAKE3 is not in UCO's hash-name vocabulary."}


def _id(case_id: str, kind: str, *parts: str) -> str:
    return f"kb:{kind}-{uuid.uuid5(_NS, chr(0).join((case_id, kind) + parts))}"


def _ref(i: str) -> dict:
    return {"@id": i}


def _time(value: str) -> dict:
    return {"@type": "xsd:dateTime", "@value": value}


def build_case_uco(findings: dict, custody: list[dict]) -> dict:
    case_id = findings["case"]["case_id"]
    graph: list[dict] = [BLAKE3_PROPERTY]
    examiner_id = _id(case_id, "person", findings["case"]["examiner"])
    graph.append({"@id": examiner_id, "@type": "uco-identity:Person", "uco-core:name": findings["case"]["examiner"]})
    tool_id = _id(case_id, "tool", "evidtriage")
    graph.append({"@id": tool_id, "@type": "uco-tool:Tool", "uco-core:name": "evidtriage",
                  "uco-tool:version": findings["tool"].get("version", "")})
    file_ids: dict[tuple[str, str], str] = {}
    for f in findings["files"]:
        fid = _id(case_id, "file", f["exhibit_id"], f["path"])
        file_ids[(f["exhibit_id"], f["path"])] = fid
        facets = [{"@id": _id(case_id, "file-facet", f["exhibit_id"], f["path"]), "@type": "uco-observable:FileFacet",
                   "uco-observable:fileName": f["path"].rsplit("/", 1)[-1].rsplit("!/", 1)[-1],
                   "uco-observable:filePath": f["path"],
                   "uco-observable:sizeInBytes": {"@type": "xsd:integer", "@value": str(f["size"])}}]
        hashes = []
        for name, method in HASH_VOCAB.items():
            if f.get(name):
                hashes.append({"@id": _id(case_id, "hash", f["exhibit_id"], f["path"], name), "@type": "uco-types:Hash",
                               "uco-types:hashMethod": method,  # UCO 1.4+: a plain string
                               "uco-types:hashValue": {"@type": "xsd:hexBinary", "@value": f[name]}})
        if hashes:
            facets.append({"@id": _id(case_id, "content-facet", f["exhibit_id"], f["path"]),
                           "@type": "uco-observable:ContentDataFacet", "uco-observable:hash": hashes,
                           **({"evidtriage:blake3": {"@type": "xsd:hexBinary", "@value": f["blake3"]}}
                              if f.get("blake3") else {}),
                           **({"uco-observable:mimeType": f["media_type"]} if f.get("media_type") else {})})
        graph.append({"@id": fid, "@type": "uco-observable:File", "uco-core:hasFacet": facets})
    provenance = []
    for e in findings["exhibits"]:
        members = [_ref(i) for (ex, _), i in sorted(file_ids.items()) if ex == e["id"]]
        pid = _id(case_id, "provenance-record", e["id"])
        provenance.append(pid)
        record = {"@id": pid, "@type": "case-investigation:ProvenanceRecord",
                  "case-investigation:exhibitNumber": e["id"],
                  "uco-core:description": f"{e['kind']} {e['source']}" + (f": {e['description']}" if e["description"] else "")}
        if members:
            record["uco-core:object"] = members
        graph.append(record)
    actions = []
    for c in custody:
        aid = _id(case_id, "investigative-action", str(c["seq"]))
        actions.append(aid)
        graph.append({"@id": aid, "@type": "case-investigation:InvestigativeAction",
                      "uco-core:name": c["action"],
                      "uco-core:description": f"custody entry {c['seq']}: {c['action']} {c['subject']} "
                                              f"(entry sha256 {c['entry_hash']}, signed by key {c['key_fingerprint']})",
                      "uco-action:startTime": _time(c["time_utc"]),
                      "uco-action:performer": _ref(examiner_id),
                      "uco-action:instrument": _ref(tool_id)})
    graph.append({"@id": _id(case_id, "investigation"), "@type": "case-investigation:Investigation",
                  "uco-core:name": case_id,
                  "case-investigation:focus": "human trafficking",
                  "uco-core:object": [_ref(i) for i in provenance + actions]})
    return {"@context": CONTEXT, "@graph": graph}


def render_case_uco(findings: dict, custody: list[dict]) -> bytes:
    return (json.dumps(build_case_uco(findings, custody), indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")

"""What parsers extract: the artifact records a plugin yields.

A parser builds these with keyword arguments and yields them; the pipeline stamps provenance
(file, digests, parser name and version, ordinal) on each, so a parser never has to. All are
frozen dataclasses of plain values so that they pickle back from worker processes and serialise
to JSON deterministically.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: The ``kind`` of each artifact record, as findings.json names it.
KINDS = ("message", "text", "metadata", "image")


@dataclass(frozen=True)
class TextArtifact:
    """Text found in a file: a document's text, OCR output, an ad page's visible text.

    :param text: the text, exactly as extracted.
    :param method: how it was obtained: ``extracted``, ``ocr``, ``decoded`` ...
    :param language: language code(s) when known (``ben+eng`` for OCR).
    :param partial: True when only part of the file's text could be read.
    """

    text: str
    method: str = "extracted"
    language: str | None = None
    partial: bool = False
    kind = "text"


@dataclass(frozen=True)
class MessageArtifact:
    """One message of a conversation (chat, SMS, e-mail).

    Times are ISO 8601. ``timestamp`` is UTC when the source gives an absolute time (epoch,
    offset) or when a zone was assumed; ``time_as_written`` keeps the source's own text, and
    ``zone_assumed`` says whether a zone was supplied by the examiner rather than the source.
    """

    text: str
    conversation: str = ""
    conversation_title: str = ""
    is_group: bool | None = None
    participants: tuple[str, ...] = ()
    sender: str = ""
    sender_id: str = ""
    timestamp: str | None = None
    time_as_written: str = ""
    zone_assumed: bool = False
    message_kind: str = "message"  # message | system | call | edit | deletion | attachment
    attachments: tuple[tuple[str, str], ...] = ()  # (name as written, location it resolves to or "")
    line: int | None = None  # where in the file it starts (1-based), for quoting the original
    offset: int | None = None  # byte offset in the file, where the format has no lines
    recovered: bool = False  # a deleted record recovered by a forensic tool (UFDR "deleted" state)
    record: str = ""  # the source's own id of the record, for formats without lines: "id=123", "rowid=42"
    forwarded_from: str = ""  # the original author's name as the export gives it, for a forwarded message
    kind = "message"


@dataclass(frozen=True)
class MetadataArtifact:
    """Metadata of a file: EXIF, GPS, document properties, e-mail headers.

    :param metadata: name -> value (plain values: str, int, float, bool, None, lists of them).
    """

    metadata: dict[str, Any] = field(default_factory=dict)
    source: str = ""  # exif, pdf-info, ...
    kind = "metadata"


@dataclass(frozen=True)
class ImageArtifact:
    """An image's fingerprints and geometry, for near-duplicate search."""

    width: int
    height: int
    phash: str | None = None  # 64-bit perceptual hash, 16 hex digits
    dhash: str | None = None
    kind = "image"


Artifact = TextArtifact | MessageArtifact | MetadataArtifact | ImageArtifact
ARTIFACT_TYPES = (TextArtifact, MessageArtifact, MetadataArtifact, ImageArtifact)


@dataclass(frozen=True)
class StampedArtifact:
    """An artifact with its provenance, as the pipeline records it."""

    key: str  # stable id: "<first 16 of blake3>:<parser>:<ordinal>"
    blake3: str  # the content it came from
    parser: str
    parser_version: str
    ordinal: int  # position among what the parser yielded for this content
    artifact: Artifact

    @property
    def kind(self) -> str:
        return self.artifact.kind


def artifact_fields(a: Artifact) -> dict:
    """The artifact's own fields as a plain dict (for the store and findings.json)."""
    return asdict(a)


def artifact_from_fields(kind: str, data: dict) -> Artifact:
    cls = {c.kind: c for c in ARTIFACT_TYPES}[kind]
    if cls is MessageArtifact:
        data = {**data, "participants": tuple(data.get("participants", ())),
                "attachments": tuple(tuple(x) for x in data.get("attachments", ()))}
    return cls(**data)

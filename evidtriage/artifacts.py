"""What parsers extract: the artifact records a plugin yields.

A parser builds these with keyword arguments and yields them; the pipeline stamps provenance
(file, digests, parser name and version, ordinal) on each, so a parser never has to. All are
frozen dataclasses of plain values so that they pickle back from worker processes and serialise
to JSON deterministically.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

#: The ``kind`` of each artifact record, as findings.json names it.
KINDS = ("message", "text", "metadata", "image")

#: Characters of text one artifact keeps, at most (a document's text, one message). A parser may
#: hand over more (a JSON export holding one 50 MB message); the pipeline cuts it here, where
#: every parser's artifacts pass (:func:`cap_text`), so that what comes after (the store,
#: matching, search, reports) stays small whatever the file. The rest is not silently lost: the
#: artifact's ``cut`` says where its text stops and how much there was, and the content is
#: recorded ``partial`` with that reason. The same cap as the WhatsApp parser's on one message.
MAX_TEXT_CHARS = 1 << 20


@dataclass(frozen=True)
class TextArtifact:
    """Text found in a file: a document's text, OCR output, an ad page's visible text.

    :param text: the text, exactly as extracted.
    :param method: how it was obtained: ``extracted``, ``ocr``, ``decoded`` ...
    :param language: language code(s) when known (``ben+eng`` for OCR).
    :param partial: True when only part of the file's text could be read.
    :param cut: set when the text was cut (see :func:`cap_text`): ``kept_characters`` (the text
        stops there: the rest starts at that character), ``characters`` (how many there were, or
        None when the parser stopped reading) and ``rest_at_byte`` (where the rest starts in the
        file, or None when the parser cannot tell).
    :param word_confidences: for OCR text, each word's place in ``text`` and the engine's
        confidence in it, 0-100: ``((start, end, confidence), ...)``; None otherwise. An entity
        found in OCR text carries the lowest confidence of its words (see docs/ocr.md).
    """

    text: str
    method: str = "extracted"
    language: str | None = None
    partial: bool = False
    cut: dict | None = None
    word_confidences: tuple[tuple[int, int, int], ...] | None = None
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
    cut: dict | None = None  # set when the text was cut, as TextArtifact.cut
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


def cut_record(kept: int, characters: int | None, rest_at_byte: int | None = None) -> dict:
    """The ``cut`` of an artifact whose text stops at character ``kept``."""
    return {"kept_characters": kept, "characters": characters, "rest_at_byte": rest_at_byte}


def cap_text(a: Artifact, limit: int | None = None) -> Artifact:
    """``a`` with its text cut at ``limit`` characters (default ``MAX_TEXT_CHARS``), and the cut
    recorded, when it is longer."""
    limit = MAX_TEXT_CHARS if limit is None else limit
    text = getattr(a, "text", None)
    if not isinstance(text, str) or len(text) <= limit:
        return a
    earlier = a.cut or {}  # the parser cut it already (it stopped reading): keep what it knew
    cut = cut_record(limit, earlier.get("characters", len(text)) if earlier else len(text),
                     earlier.get("rest_at_byte") if earlier.get("kept_characters") == limit else None)
    if isinstance(a, TextArtifact):
        return replace(a, text=text[:limit], cut=cut, partial=True)
    return replace(a, text=text[:limit], cut=cut)


def describe_cut(cut: dict) -> str:
    """One line on where a text was cut, for a content's reason."""
    total = cut.get("characters")
    where = f" (from byte {cut['rest_at_byte']} of the file)" if cut.get("rest_at_byte") is not None else ""
    return (f"cut at {cut['kept_characters']} characters"
            + (f" of {total}" if total is not None else "")
            + f"; the rest is in the file{where}, not extracted")


def artifact_fields(a: Artifact) -> dict:
    """The artifact's own fields as a plain dict (for the store and findings.json). ``cut`` is
    there only when the text was cut."""
    out = asdict(a)
    for name in ("cut", "word_confidences"):
        if out.get(name, 0) is None:
            del out[name]
    return out


def artifact_from_fields(kind: str, data: dict) -> Artifact:
    cls = {c.kind: c for c in ARTIFACT_TYPES}[kind]
    if cls is TextArtifact and data.get("word_confidences") is not None:
        data = {**data, "word_confidences": tuple(tuple(w) for w in data["word_confidences"])}
    if cls is MessageArtifact:
        data = {**data, "participants": tuple(data.get("participants", ())),
                "attachments": tuple(tuple(x) for x in data.get("attachments", ()))}
    return cls(**data)

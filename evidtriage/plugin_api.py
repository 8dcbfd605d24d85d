"""The plugin API: everything a plugin may use, in one module, versioned.

A plugin imports from here (or from ``evidtriage``, which re-exports the same names) and from
nothing else of evidtriage's: built-in plugins keep that rule too, so the API is what they need.

``VERSION`` is semantic: a minor version adds (a new artifact field with a default, a new helper,
a new hook argument), a major one may break. A plugin module declares the versions it works with::

    EVIDTRIAGE_API = ">=1.0,<2"

(a PEP 440 version specifier). A module without it is not loaded as a plugin (a plugins folder
may hold the plugin's tests and helpers beside it); one whose range this evidtriage is outside
is refused with a message that names both. The version is recorded in every run manifest.

What is here:

* :class:`Parser`, :class:`FileInfo` (with ``sibling()``, ``has_file()`` and ``open_file()``), :class:`ParseContext`
  (with ``key_files`` since 1.1: the examiner's ``--key-file`` keys; ``region`` since 1.2),
  :class:`NotMyFormat`, :class:`ParseError`, :data:`hookimpl`;
* the artifacts :class:`MessageArtifact`, :class:`TextArtifact`, :class:`MetadataArtifact`,
  :class:`ImageArtifact` (checked field by field as they are yielded: see ``docs/plugins.md``);
* :data:`MAX_TEXT_CHARS`, the most characters an artifact's text keeps (longer ones are cut at
  the boundary and recorded), and :func:`cut_record` for a parser that stops reading early and
  knows where the rest starts;
* :func:`database_copy` (SQLite through a private copy, with its ``-wal``/``-journal``);
* :class:`JsonNestingGuard` (streamed JSON, bounded nesting);
* times: yield ``datetime`` objects (aware, or naive for a time written without a zone; the core
  converts to UTC once, with ``--timezone`` for naive ones); :func:`utc_text` for a parser that
  needs the text itself;
* app databases: :class:`DatabaseParser` (the shape most app-database parsers share), :data:`SQLITE_MAGIC`, :func:`db_text`, :func:`db_int`, :func:`db_tables`,
  :func:`db_columns`, :func:`db_select`, :func:`until_damaged`, :func:`one_line`, and the apps' clocks :func:`epoch_utc` (since 1970) and
  :func:`apple_utc` (Core Data, since 2001);
* phone addresses: :func:`phone_key` (since 1.2), the one key of a number however a record wrote
  it, for grouping records into conversations;
* OCR: :func:`ocr_text`, :func:`ocr_words`, :func:`ocr_available`, :data:`MAX_DECODE_PIXELS`, :func:`render_scale`.
"""

from __future__ import annotations

from .app_db import (
    SQLITE_MAGIC, DatabaseParser, apple_utc, db_columns, db_int, db_select, db_tables, db_text, epoch_utc, one_line, until_damaged,
)
from .pipeline.artifact_check import utc_text
from .artifacts import MAX_TEXT_CHARS, ImageArtifact, MessageArtifact, MetadataArtifact, TextArtifact, cut_record
from .hookspecs import hookimpl
from .ocr.tesseract import MAX_DECODE_PIXELS, render_scale
from .parsers import FileInfo, JsonNestingGuard, NotMyFormat, ParseContext, ParseError, Parser
from .intake.sqlite_copy import database_copy
from .addresses import phone_key

#: The plugin API's version (semantic). Plugins declare the range they need in ``EVIDTRIAGE_API``.
VERSION = "1.2.0"

#: The name of the module attribute that declares the API range a plugin needs.
DECLARATION = "EVIDTRIAGE_API"


def ocr_available() -> bool:
    """Whether OCR can run here (tesserocr and language data installed)."""
    from .ocr.tesseract import engine

    return engine()[0] is not None


def ocr_text(image, ctx: ParseContext, photo: bool = False) -> str | None:
    """The text read in a PIL image with the run's OCR settings, or None: OCR turned off
    (``--no-ocr``), not available here, or nothing read with confidence.

    :param photo: a camera photo (read with sparse-text segmentation, the long side capped)
        rather than a screenshot or page.
    """
    from .ocr.tesseract import available_languages, engine, read_text

    if not ctx.ocr or engine()[0] is None:
        return None
    have = available_languages()
    langs = "+".join(lg for lg in ctx.ocr_languages.split("+") if lg in have) or "eng"
    return read_text(image, langs, photo=photo)


def ocr_words(image, ctx: ParseContext, photo: bool = False):
    """As :func:`ocr_text`, with each word's confidence: an ``OcrText`` (``text``, and ``words``:
    ``(start, end, confidence 0-100)`` of each word in it, for ``TextArtifact.word_confidences``),
    or None.
    """
    from .ocr.tesseract import available_languages, engine, read_words

    if not ctx.ocr or engine()[0] is None:
        return None
    have = available_languages()
    langs = "+".join(lg for lg in ctx.ocr_languages.split("+") if lg in have) or "eng"
    return read_words(image, langs, photo=photo)


def ocr_languages_used(ctx: ParseContext) -> str:
    """The languages :func:`ocr_text` reads with, for a TextArtifact's ``language``."""
    from .ocr.tesseract import available_languages

    have = available_languages()
    return "+".join(lg for lg in ctx.ocr_languages.split("+") if lg in have) or "eng"


__all__ = [
    "DECLARATION", "DatabaseParser", "SQLITE_MAGIC", "until_damaged", "MAX_TEXT_CHARS", "cut_record", "FileInfo", "ImageArtifact", "JsonNestingGuard", "MAX_DECODE_PIXELS", "MessageArtifact",
    "MetadataArtifact", "NotMyFormat", "ParseContext", "ParseError", "Parser", "TextArtifact", "VERSION",
    "apple_utc", "database_copy", "db_columns", "db_int", "db_select", "db_tables", "db_text", "epoch_utc", "hookimpl",
    "ocr_available", "ocr_languages_used", "ocr_text", "ocr_words", "one_line", "phone_key", "render_scale", "utc_text",
]

"""The parser base class a plugin subclasses, and what a parser is handed.

A parser declares, as class data, its name and version and what it accepts (media types from
the sniffed leading bytes, file-name patterns, byte signatures at offset 0, and optionally a
cheap ``can_parse`` on the first bytes). ``parse`` yields artifacts. It tells two failures
apart, as plaso's parsers do:

* :class:`NotMyFormat` - "this is not mine after all": the next parser is tried;
* :class:`ParseError` - "mine, but broken: reason": the content is recorded as skipped (or as
  partial, when artifacts were yielded before the error), with the reason, and the run goes on.

A parser never writes to the case, never opens the network and never prints.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, BinaryIO, ClassVar

from .artifacts import Artifact


class NotMyFormat(Exception):
    """Raised by a parser whose checks pass but whose format this file turns out not to be."""


class ParseError(Exception):
    """Raised by a parser for a file of its format that is damaged; the message says how."""


@dataclass(frozen=True)
class FileInfo:
    """The file a parser is given (its first occurrence in the case)."""

    exhibit_id: str
    path: str  # location in the exhibit, ``outer.zip!/inner/path`` inside archives
    name: str  # last component of the path
    size: int
    media_type: str
    blake3: str
    sha256: str | None = None
    md5: str | None = None
    #: How the pipeline reopens the file (a ``Locator``); for :meth:`sibling`. Not for parsers.
    locator: Any = field(default=None, repr=False, compare=False)

    @contextmanager
    def sibling(self, name: str) -> Iterator[BinaryIO | None]:
        """A file beside this one, in the same folder of the exhibit or of the archive, opened
        read-only like the file itself: a database's ``-wal``, a chat's media. Yields its
        stream, or None when there is no such regular file (or no way to look).

            with file.sibling(file.name + "-wal") as wal:
                if wal is not None: ...
        """
        from .intake.sources.sibling import sibling_locator

        with _opened(sibling_locator(self.locator, name) if self.locator is not None else None) as stream:
            yield stream

    def has_file(self, path: str) -> bool:
        """Whether the exhibit holds a regular file at ``path``, an exhibit path as findings.json
        writes it (``folder/photo.jpg``, or ``export.zip!/folder/photo.jpg`` inside the same
        archive as this file). For resolving an attachment written relative to somewhere else
        than this file's folder; read-only, and never outside the exhibit or through a link."""
        from .intake.sources import open_evidence
        from .intake.sources.sibling import relative_locator

        loc = relative_locator(self.locator, self.path, path) if self.locator is not None else None
        if loc is None:
            return False
        if not loc.members:
            return True
        try:
            with open_evidence(loc):
                return True
        except (OSError, KeyError, ValueError):
            return False

    @contextmanager
    def open_file(self, path: str) -> Iterator[BinaryIO | None]:
        """Another file of the same exhibit (or archive), by exhibit path as for :meth:`has_file`,
        opened read-only: a key file an app keeps in its own folder, for instance. Yields its
        stream, or None where :meth:`has_file` would say False."""
        from .intake.sources.sibling import relative_locator

        with _opened(relative_locator(self.locator, self.path, path) if self.locator is not None else None) as stream:
            yield stream


@contextmanager
def _opened(loc) -> Iterator[BinaryIO | None]:
    """The evidence at ``loc`` opened read-only, or None when there is no such place or it cannot
    be opened (a member gone from its archive, a file unreadable)."""
    from .intake.sources import open_evidence

    if loc is None:
        yield None
        return
    try:
        opened = open_evidence(loc)
        stream = opened.__enter__()
    except (OSError, KeyError, ValueError):
        yield None
        return
    try:
        yield stream
    finally:
        opened.__exit__(None, None, None)


@dataclass(frozen=True)
class ParseContext:
    """Settings a parser may use. New fields may be added; parsers read what they know."""

    timezone: str = ""  # IANA zone the examiner assumed for zone-less times ("" = none)
    ocr: bool = True
    ocr_languages: str = "ben+eng"
    options: dict = field(default_factory=dict)
    #: Key files the examiner gave (``--key-file``), as (file name, bytes): for a parser of an
    #: encrypted format whose key is not in the evidence itself. (Plugin API 1.1.)
    key_files: tuple[tuple[str, bytes], ...] = ()
    #: The region (ISO 3166, e.g. "BD") whose national numbers the evidence's phone numbers are
    #: written in, for :func:`phone_key`. (Plugin API 1.2.)
    region: str = "BD"


class Parser:
    """Base class of every parser, built-in or third-party."""

    NAME: ClassVar[str] = ""
    VERSION: ClassVar[str] = "0"
    DESCRIPTION: ClassVar[str] = ""
    MEDIA_TYPES: ClassVar[tuple[str, ...]] = ()  # e.g. ("image/*", "application/pdf")
    FILENAME_PATTERNS: ClassVar[tuple[str, ...]] = ()  # e.g. ("*.evx", "WhatsApp Chat*.txt")
    SIGNATURES: ClassVar[tuple[bytes, ...]] = ()  # leading bytes, at offset 0
    #: Higher runs first when several parsers accept a file; the first that does not raise
    #: NotMyFormat is the one whose artifacts are kept.
    PRIORITY: ClassVar[int] = 0
    #: Seconds one file may take before it is abandoned as a skip.
    TIMEOUT: ClassVar[float] = 120.0

    @classmethod
    def accepts(cls, file: FileInfo, head: bytes) -> bool:
        """Whether to try this parser on ``file`` (declared data first, then ``can_parse``)."""
        media = any(fnmatch.fnmatchcase(file.media_type, p) for p in cls.MEDIA_TYPES)
        name = any(fnmatch.fnmatch(file.name.lower(), p.lower()) for p in cls.FILENAME_PATTERNS)
        sig = any(head.startswith(s) for s in cls.SIGNATURES)
        if not (media or name or sig):
            return False
        return cls.can_parse(head, file)

    @classmethod
    def can_parse(cls, head: bytes, file: FileInfo) -> bool:
        """A cheap check on the first bytes (up to 64 KiB); override to refine. Default: yes."""
        return True

    def parse(self, file: FileInfo, stream: BinaryIO, ctx: ParseContext) -> Iterator[Artifact]:
        """Yield the artifacts of ``file``, reading ``stream`` (read-only, seekable)."""
        raise NotImplementedError

    @classmethod
    def describe(cls) -> dict:
        return {"name": cls.NAME, "version": cls.VERSION, "description": cls.DESCRIPTION,
                "media_types": list(cls.MEDIA_TYPES), "filename_patterns": list(cls.FILENAME_PATTERNS),
                "signatures": [s.hex() for s in cls.SIGNATURES], "priority": cls.PRIORITY}


_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)
_JSON_STRING_REST = re.compile(rb'(?:[^"\\]|\\.)*"', re.S)  # the rest of a string, to its closing quote
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_OPENERS = frozenset(b"[{")


class JsonNestingGuard:
    """A read-only view of a JSON stream that refuses nesting deeper than ``max_depth``.

    A streaming JSON parser keeps a prefix for every open level, so a small file of one array
    nested 100,000 deep takes all the memory of the machine. This wrapper counts brackets outside
    strings as the bytes pass (strings are skipped with a regular expression, across read
    boundaries) and raises :class:`ParseError` before the parser sees a level too deep. Wrap the
    stream given to the parser: ``ijson.parse(JsonNestingGuard(stream))``.
    """

    def __init__(self, stream, max_depth: int = 128):
        self.stream, self.max_depth = stream, max_depth
        self.depth = 0
        self.offset = 0
        self.in_string = False
        self.escaped = False  # the last chunk ended inside a string, on an unpaired backslash

    def read(self, n: int = -1) -> bytes:
        data = self.stream.read(n)
        if data:
            self._feed(bytes(data))
            self.offset += len(data)
        return data

    @staticmethod
    def _odd_backslashes(text: bytes) -> bool:
        return (len(text) - len(text.rstrip(b"\\"))) % 2 == 1

    def _feed(self, data: bytes) -> None:
        pos = 0
        if self.escaped:
            pos, self.escaped = 1, False
        if self.in_string:
            m = _JSON_STRING_REST.match(data, pos)
            if m is None:
                self.escaped = self._odd_backslashes(data[pos:])
                return
            pos, self.in_string = m.end(), False
        body = _JSON_STRING.sub(b"", data[pos:])
        quote = body.find(b'"')
        if quote >= 0:  # a string that goes on in the next read
            self.in_string = True
            self.escaped = self._odd_backslashes(body[quote + 1:])
            body = body[:quote]
        brackets = body.translate(None, _NOT_BRACKETS)
        opens = brackets.count(b"[") + brackets.count(b"{")
        if self.depth + opens <= self.max_depth:
            self.depth += 2 * opens - len(brackets)
            return
        depth = self.depth
        for b in brackets:
            depth += 1 if b in _OPENERS else -1
            if depth > self.max_depth:
                raise ParseError(f"JSON nested more than {self.max_depth} levels deep (near byte "
                                 f"{self.offset + len(data)}): not read further")
        self.depth = depth

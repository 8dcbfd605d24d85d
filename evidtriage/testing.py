"""Helpers for plugin authors' tests (in the spirit of pytest's ``pytester``).

    from evidtriage.testing import run_parser

    def test_my_parser(tmp_path):
        f = tmp_path / "note.evx"
        f.write_text("hello")
        run = run_parser(EvxParser, f)
        assert run.status == "parsed"
        assert run.artifacts[0].text == "hello"

``run_parser`` runs the parser exactly as a scan does (type sniffing, the parser's accept checks,
NotMyFormat/ParseError handling, the time limit, provenance stamping), on one file, without a
case.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import blake3 as _blake3

from .artifacts import Artifact, StampedArtifact
from .model import EvidenceFile, Locator
from .parsers import ParseContext, Parser
from .pipeline.parsing import ParseTask, parse_one
from .intake.sniffing import SNIFF_SIZE, sniff_media_type


@dataclass(frozen=True)
class ParserRun:
    """What a parser made of one file."""

    status: str  # parsed | partial | skipped | not examined (no parser read it)
    reason: str
    stamped: tuple[StampedArtifact, ...]
    media_type: str
    parser: str = ""  # the parser that kept the file ("" when none did)

    @property
    def artifacts(self) -> list[Artifact]:
        return [s.artifact for s in self.stamped]


def run_parser(parser: type[Parser] | list[type[Parser]], path: str | os.PathLike, *,
               timezone: str = "", ocr: bool = False, ocr_languages: str = "ben+eng",
               media_type: str | None = None, key_files: tuple[tuple[str, bytes], ...] = (),
               region: str = "BD") -> ParserRun:
    """Run ``parser`` (or several, in priority order) on the file at ``path``; ``key_files`` as
    ``--key-file`` gives them, (name, bytes); ``region`` as ``ParseContext.region``."""
    path = Path(path)
    data_head = path.read_bytes()[:SNIFF_SIZE] if path.stat().st_size else b""
    digest = _blake3.blake3(path.read_bytes()).hexdigest()
    mt = media_type or sniff_media_type(data_head)
    ef = EvidenceFile("TEST", path.name, path.stat().st_size, None, Locator(str(path.resolve())))
    parsers = parser if isinstance(parser, list) else [parser]
    parsers = sorted(parsers, key=lambda p: (-p.PRIORITY, p.NAME))
    result = parse_one(ParseTask(digest, ef, mt), parsers,
                       ParseContext(timezone=timezone, ocr=ocr, ocr_languages=ocr_languages, key_files=tuple(key_files),
                                    region=region))
    return ParserRun(result.status, result.reason, tuple(result.artifacts), mt, result.parser or "")

"""Plain text in any common encoding: notes, exported lists, logs, saved chat text.

The encoding is detected (a byte-order mark first, then UTF-8, then charset-normalizer's best
guess); bytes that fit no encoding never crash the parse: they are replaced and the text is
marked partial. Very large files are read up to a cap and marked partial, so one huge log
cannot exhaust memory.
"""

from __future__ import annotations

import codecs

from evidtriage.plugin_api import ParseError, Parser, TextArtifact, hookimpl

EVIDTRIAGE_API = ">=1.0,<2"

MAX_BYTES = 64 * 1024 * 1024
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(data: bytes) -> tuple[str, str, bool]:
    """(text, encoding, clean) for ``data``; ``clean`` is False when bytes had to be replaced."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            return text, enc, "\ufffd" not in text
    try:
        return data.decode("utf-8"), "utf-8", True
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 4 * 1024 * 1024]).best()
    if best is not None:
        try:
            return data.decode(best.encoding), best.encoding, True
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("utf-8", errors="replace"), "utf-8 (with replacements)", False


class PlainTextParser(Parser):
    NAME = "text"
    VERSION = "1.0.0"
    DESCRIPTION = "Plain text in any common encoding (detected), as one text artifact."
    MEDIA_TYPES = ("text/plain", "text/csv", "text/x-*", "application/csv")
    PRIORITY = -100  # the generic fallback: specific text formats (chat exports) go first

    def parse(self, file, stream, ctx):
        data = stream.read(MAX_BYTES + 1)
        truncated = len(data) > MAX_BYTES
        data = data[:MAX_BYTES]
        if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise ParseError("binary content (NUL bytes) in what was typed as text")
        text, encoding, clean = decode_text(data)
        yield TextArtifact(text=text, method=f"decoded:{encoding}", partial=truncated or not clean)


@hookimpl
def register_parsers():
    return [PlainTextParser]

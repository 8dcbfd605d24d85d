"""Plain text in any common encoding: notes, exported lists, logs, saved chat text.

The encoding is detected (a byte-order mark first, then UTF-8, then charset-normalizer's best
guess); bytes that fit no encoding never crash the parse: they are replaced and the text is
marked partial. A file longer than an artifact may hold (``MAX_TEXT_CHARS`` characters) is read
only that far: the text says where it stops (``cut``: the characters kept, and the byte of the
file where the rest starts), and the file is partial, so one huge log (a 256 MB line) costs
a few tens of megabytes and seconds, not the whole file.
"""

from __future__ import annotations

import codecs

from evidtriage.plugin_api import MAX_TEXT_CHARS, ParseError, Parser, TextArtifact, cut_record, hookimpl

EVIDTRIAGE_API = ">=1.0,<2"

#: Bytes read at most: enough for MAX_TEXT_CHARS characters in any encoding (4 bytes each).
MAX_BYTES = 4 * MAX_TEXT_CHARS
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
    VERSION = "1.1.0"
    DESCRIPTION = "Plain text in any common encoding (detected), as one text artifact."
    MEDIA_TYPES = ("text/plain", "text/csv", "text/x-*", "application/csv")
    PRIORITY = -100  # the generic fallback: specific text formats (chat exports) go first

    def parse(self, file, stream, ctx):
        data = stream.read(MAX_BYTES + 1)
        truncated = len(data) > MAX_BYTES
        data = data[:MAX_BYTES]
        if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise ParseError("binary content (NUL bytes) in what was typed as text")
        if truncated:
            data = _whole_utf8(data)  # a character the read cut in two would fail UTF-8 detection
        text, encoding, clean = decode_text(data)
        cut = None
        if truncated or len(text) > MAX_TEXT_CHARS:
            total = None if truncated else len(text)  # (not known when the file was not read to its end)
            text = text[:MAX_TEXT_CHARS]
            rest = {"utf-8": 0, "utf-8-sig": 3}.get(encoding)
            cut = cut_record(len(text), total, None if rest is None else rest + len(text.encode("utf-8")))
        yield TextArtifact(text=text, method=f"decoded:{encoding}", partial=bool(cut) or not clean, cut=cut)


def _whole_utf8(data: bytes) -> bytes:
    """``data`` without a UTF-8 sequence cut short at its end (unchanged if it is not UTF-8)."""
    for back in range(1, 4):
        if len(data) >= back and data[-back] & 0xC0 == 0xC0:  # a lead byte, ``back`` from the end
            need = 2 if data[-back] < 0xE0 else 3 if data[-back] < 0xF0 else 4
            return data[:-back] if need > back else data
        if len(data) < back or data[-back] & 0xC0 != 0x80:
            return data
    return data


@hookimpl
def register_parsers():
    return [PlainTextParser]

"""Documents: PDF text, saved web pages (visible text only), and e-mail (.eml, mbox) as messages.

* PDF: the text layer of every page, with pypdf. Encrypted PDFs that open with an empty password
  are read; others are a recorded skip. Pages without a text layer (scans) are rendered with
  pdfium at 200 dpi (lower where a page would be over 50 megapixels) and OCR'd (up to 50 a
  document); without OCR the result says which.
* Web pages: only what a reader sees: scripts, styles and hidden templates are left out; nothing
  is fetched.
* E-mail: one message per mail, with its From, To, Date (converted to UTC) and Subject; the text
  part, or the HTML part's visible text.
"""

from __future__ import annotations

import email
import email.policy
import io
import re
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

from evidtriage.plugin_api import (
    MessageArtifact, MetadataArtifact, NotMyFormat, ParseError, Parser, TextArtifact, hookimpl, ocr_available,
    ocr_languages_used, ocr_text, render_scale,
)

EVIDTRIAGE_API = ">=1.0,<2"

MAX_BYTES = 256 * 1024 * 1024
_MBOX_SPLIT = re.compile(rb"(?m)^(From [^\n]*\n)(.*?)(?=^From [^\n]*\n|\Z)", re.S)
_MBOX_QUOTED = re.compile(rb"(?m)^>(>*From )")


class PdfParser(Parser):
    NAME = "pdf"
    VERSION = "1.1.0"
    DESCRIPTION = "PDF documents: the text layer of every page, and document properties."
    MEDIA_TYPES = ("application/pdf",)
    SIGNATURES = (b"%PDF-",)
    PRIORITY = 10

    def parse(self, file, stream, ctx):
        import logging

        import pypdf
        from pypdf.errors import FileNotDecryptedError, PdfReadError

        logging.getLogger("pypdf").setLevel(logging.ERROR)
        data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise ParseError(f"PDF larger than {MAX_BYTES} bytes: not read")
        try:
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ParseError("encrypted PDF: not decrypted")
            pages = list(reader.pages)
        except ParseError:
            raise
        except (PdfReadError, FileNotDecryptedError, ValueError, KeyError, TypeError, OSError) as exc:
            raise ParseError(f"broken PDF: {type(exc).__name__}: {exc}") from None
        info = {}
        try:
            meta = reader.metadata or {}
            for key in ("/Title", "/Author", "/Creator", "/Producer", "/CreationDate", "/ModDate"):
                if meta.get(key):
                    info[key.lstrip("/").lower()] = str(meta.get(key))
        except Exception:  # noqa: BLE001 - damaged metadata does not stop the text
            pass
        info["pages"] = len(pages)
        texts, empty, broken = [], [], []
        for n, page in enumerate(pages, 1):
            try:
                t = page.extract_text() or ""
            except Exception:  # noqa: BLE001 - one damaged page does not lose the others
                broken.append(n)
                continue
            (texts.append(t) if t.strip() else empty.append(n))
        if empty:
            info["pages_without_text_layer"] = empty
        yield MetadataArtifact(metadata=info, source="pdf")
        if texts:
            yield TextArtifact(text="\n\f\n".join(texts), method="pdf-text", partial=bool(broken))
        ocr_done = False
        if empty and ctx.ocr:
            scanned = _ocr_pages(data, empty[:MAX_OCR_PAGES], ctx)
            if scanned is not None:
                ocr_done = True
                if scanned:
                    yield TextArtifact(text="\n\f\n".join(scanned), method="ocr", language=ocr_languages_used(ctx))
        if broken:
            raise ParseError(f"pages {broken} could not be read")
        if empty and not ocr_done:
            raise ParseError(f"{len(empty)} of {len(pages)} pages have no text layer (scanned?) and were not OCR'd"
                             + ("" if ctx.ocr else " (--no-ocr)"))
        if len(empty) > MAX_OCR_PAGES and ocr_done:
            raise ParseError(f"only the first {MAX_OCR_PAGES} of {len(empty)} pages without a text layer were OCR'd")


MAX_OCR_PAGES = 50


def _ocr_pages(data: bytes, pages: list[int], ctx) -> list[str] | None:
    """OCR of pages (1-based) rendered at 200 dpi (lower for a page so large that it would be
    over ``MAX_DECODE_PIXELS``); None when OCR cannot run here."""
    if not ocr_available():
        return None
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return None
    out = []
    pdf = pdfium.PdfDocument(data)
    try:
        for n in pages:
            page = pdf[n - 1]
            width, height = page.get_size()  # points; a hostile page may be 200 inches square
            image = page.render(scale=render_scale(width, height, 200 / 72)).to_pil()
            text = ocr_text(image, ctx, photo=False)
            if text:
                out.append(text)
    finally:
        pdf.close()
    return out


class _VisibleText(HTMLParser):
    SKIP = {"script", "style", "template", "noscript", "head", "svg"}
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "td"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        if tag == "title":
            self._in_title = True
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).splitlines())
        return "\n".join(line for line in lines if line)


def visible_text(html: str) -> tuple[str, str]:
    p = _VisibleText()
    p.feed(html)
    p.close()
    return p.title.strip(), p.text()


class HtmlPageParser(Parser):
    NAME = "web_page"
    VERSION = "1.0.0"
    DESCRIPTION = "Saved web pages: the visible text (scripts and styles left out), and the title."
    MEDIA_TYPES = ("text/html", "application/xhtml+xml")
    FILENAME_PATTERNS = ("*.html", "*.htm", "*.xhtml")
    PRIORITY = 10

    @classmethod
    def can_parse(cls, head, file):
        return b"<" in head[:4096]

    def parse(self, file, stream, ctx):
        return _parse_html(file, stream)


def _parse_html(file, stream):
    data = stream.read(MAX_BYTES + 1)
    raw = data[:MAX_BYTES]
    try:
        html = raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw[: 1 << 20]).best()
        html = raw.decode(best.encoding if best else "utf-8", errors="replace")
    title, text = visible_text(html)
    if title:
        yield MetadataArtifact(metadata={"title": title}, source="html")
    if text:
        yield TextArtifact(text=text, method="html-visible-text", partial=len(data) > MAX_BYTES)


def _mail_message(msg, n: int, offset: int | None = None) -> MessageArtifact:
    body = msg.get_body(preferencelist=("plain", "html"))
    text = ""
    if body is not None:
        try:
            content = body.get_content()
        except (LookupError, UnicodeDecodeError, AssertionError):
            content = body.get_payload(decode=True) or b""
            content = content.decode("utf-8", errors="replace") if isinstance(content, bytes) else str(content)
        text = visible_text(content)[1] if body.get_content_type() == "text/html" else content
    when, written = None, str(msg.get("Date", "") or "")
    try:
        # aware, or naive for "-0000" (RFC 5322: the zone is not known), which the core reads in
        # the examiner's zone when one is set
        when = parsedate_to_datetime(written) if written else None
    except (TypeError, ValueError, IndexError):
        pass
    subject = str(msg.get("Subject", "") or "")
    attachments = tuple((part.get_filename() or "", "") for part in msg.iter_attachments() if part.get_filename())
    return MessageArtifact(
        text=(f"Subject: {subject}\n\n" if subject else "") + text.strip(),
        conversation=subject, conversation_title=subject, sender=str(msg.get("From", "") or ""),
        participants=tuple(x.strip() for x in str(msg.get("To", "") or "").split(",") if x.strip()),
        timestamp=when, time_as_written=written, message_kind="attachment" if attachments and not text.strip() else "message",
        attachments=attachments, line=None, offset=offset,
    )


class EmailParser(Parser):
    NAME = "email"
    VERSION = "1.0.0"
    DESCRIPTION = "E-mail: .eml files and mbox mailboxes, one message per mail, with headers."
    MEDIA_TYPES = ("message/rfc822", "application/mbox", "text/plain")
    FILENAME_PATTERNS = ("*.eml", "*.mbox", "mbox")
    PRIORITY = 40

    @classmethod
    def can_parse(cls, head, file):
        text = head[:4096].decode("latin-1")
        if text.startswith("From ") and "\nFrom:" in text:
            return True  # an mbox
        headers = sum(1 for h in ("From:", "To:", "Subject:", "Date:", "Received:", "Message-ID:") if h in text)
        return headers >= 3

    def parse(self, file, stream, ctx):
        data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise ParseError(f"mailbox larger than {MAX_BYTES} bytes: not read")
        if data.startswith(b"From "):
            # split the mailbox in memory (never a copy of evidence on disk): each mail starts
            # with a "From " line; ">From " in bodies is mboxrd quoting
            count = 0
            for m in _MBOX_SPLIT.finditer(data):
                body = _MBOX_QUOTED.sub(rb"\1", m.group(2))
                count += 1
                yield _mail_message(email.message_from_bytes(body, policy=email.policy.default), count, m.start())
            if not count:
                raise NotMyFormat()
            return
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if not (msg.get("From") or msg.get("Subject")):
            raise NotMyFormat()
        yield _mail_message(msg, 1)


@hookimpl
def register_parsers():
    return [PdfParser, HtmlPageParser, EmailParser]

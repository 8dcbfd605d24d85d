"""A long PDF made of parts: each part an HTML document rendered on its own, then joined.

WeasyPrint keeps the whole layout of a document until it is written (about half a megabyte a
page), so a report of two thousand findings would need most of a gigabyte at once. The report is
instead rendered a part at a time, each part freed before the next, in a child process (see
:class:`PartRenderer`) whose memory goes back to the system when it ends; the main process only
joins the small PDFs with pypdf.

What a single document would have got from CSS across its pages is put back when joining:

* the page footer ("Case X — page N of M") is drawn by footer documents of empty pages, made
  once the number of pages is known, and laid over the parts' pages (the parts draw none);
* the bookmarks (PDF outline, from the headings) are rebuilt at their levels, so that a part's
  ``h3`` nests under the ``h2`` of the part before it.

Nothing here fetches anything: WeasyPrint is given a URL fetcher that refuses every URL.
"""

from __future__ import annotations

import atexit
import io
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from markupsafe import escape

#: Footer pages per footer document (each is small: empty pages with their footer).
FOOTER_PAGES_PER_DOCUMENT = 500
#: What a part's pages show at the foot: nothing, the footer is laid over them when joined.
NO_FOOTER = "\n@page { @bottom-center { content: none; } }\n"


def no_fetch(url: str, *args, **kwargs):
    raise ValueError(f"the PDF report loads nothing from outside ({url} refused)")


@dataclass(frozen=True)
class Bookmark:
    """A heading's outline entry: its level (1 for ``h1``), title, page in its part and position
    on the page (PDF points from the bottom left), and whether it opens ``open`` or ``closed``."""

    level: int
    title: str
    page: int
    left: float
    top: float
    state: str


@dataclass(frozen=True)
class RenderedPart:
    pdf: bytes
    pages: int
    bookmarks: tuple[Bookmark, ...]


def render_part(html: str) -> RenderedPart:
    """One part, as a PDF with its bookmarks (run in the child process; picklable both ways)."""
    from weasyprint import HTML

    document = HTML(string=html, url_fetcher=no_fetch, base_url=None).render()
    scale = 0.75  # CSS px to PDF points, as WeasyPrint's own writer places its outline
    marks = tuple(Bookmark(level, label, n, x * scale, (page.height - y) * scale, state)
                  for n, page in enumerate(document.pages)
                  for level, label, (x, y), state in page.bookmarks)
    return RenderedPart(document.write_pdf(), len(document.pages), marks)


def footer_html(style: str, case_id: str, first_page: int, pages: int, total: int) -> str:
    """A document of ``pages`` empty pages whose footers say "Case X — page N of ``total``",
    N counting from ``first_page``; ``style`` is the report's (its ``@page`` rule places and
    styles the footer)."""
    own = (f'@page {{ @bottom-center {{ content: "Case " string(caseid) " — page " counter(page) " of {int(total)}"; }} }}\n'
           f"@page:first {{ counter-reset: page {int(first_page)}; }}\n"
           "div.case { string-set: caseid attr(data-case); } div.page { break-before: page; }")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>{style}\n{own}</style></head>'
            f'<body><div class="case" data-case="{escape(case_id)}"></div>'
            + '<div class="page"></div>' * (pages - 1) + "</body></html>")


class PartRenderer:
    """Renders parts in one child process, ``python -m evidtriage.reports.pdf_parts``: started
    afresh (not forked), it holds no copy of the caller's memory, and what WeasyPrint keeps goes
    back to the system when it ends (a child of a small report waits for the next one:
    :func:`renderer`). Parts go to it pickled on its standard input, and their
    PDFs come back on its standard output, one at a time."""

    def __enter__(self):
        import subprocess

        self._child = subprocess.Popen([sys.executable, "-m", __name__], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.pages = 0  # rendered by this child so far
        return self

    def __exit__(self, *exc) -> None:
        self._child.stdin.close()
        if exc[0] is not None:
            self._child.kill()
        self._child.stdout.close()
        self._child.wait()

    def alive(self) -> bool:
        return self._child.poll() is None

    def render(self, html: str) -> RenderedPart:
        import pickle

        try:
            pickle.dump(html, self._child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self._child.stdin.flush()
            result = pickle.load(self._child.stdout)
        except (BrokenPipeError, EOFError):
            raise RuntimeError(f"the PDF renderer stopped (exit {self._child.wait()})") from None
        if isinstance(result, str):
            raise RuntimeError(f"the PDF renderer failed: {result}")
        self.pages += result.pages
        return result

    def render_all(self, documents) -> list[RenderedPart]:
        """Each HTML document of the iterable rendered, in order (the iterable is read a
        document at a time)."""
        return [self.render(html) for html in documents]


#: Pages a child may have rendered and still wait for the next report of its process; past them it
#: ends, and its memory goes back to the system
KEEP_CHILD_PAGES = 60
_kept: PartRenderer | None = None
_kept_lock = threading.Lock()


@contextmanager
def renderer() -> Iterator[PartRenderer]:
    """A child to render one report's parts: the one this process's last report left, when it is
    alive, else a new one. A process that writes many reports (the review server, the test suite)
    starts WeasyPrint, a second of imports, once rather than for each; a child that rendered more
    than :data:`KEEP_CHILD_PAGES` pages, or that failed, ends as before. The same parts give the
    same PDF bytes from a new or a kept child (``tests/test_pdf_report.py``)."""
    global _kept
    with _kept_lock:
        child, _kept = _kept, None
    if child is None or not child.alive():
        if child is not None:
            child.__exit__(None, None, None)
        child = PartRenderer().__enter__()
    try:
        yield child
    except BaseException:
        child.__exit__(*sys.exc_info())
        raise
    if child.pages > KEEP_CHILD_PAGES or not child.alive():
        child.__exit__(None, None, None)
        return
    with _kept_lock:
        other, _kept = _kept, child
    if other is not None:  # another thread's report ended first: one is enough
        other.__exit__(None, None, None)


def _end_kept() -> None:
    global _kept
    if _kept is not None:
        _kept.__exit__(None, None, None)
        _kept = None


def _forget_kept_in_child() -> None:
    # a forked scan worker holds copies of the kept child's pipes: never its to use or end
    global _kept
    _kept = None


atexit.register(_end_kept)
os.register_at_fork(after_in_child=_forget_kept_in_child)


def _serve() -> None:
    """The child's loop: an HTML document in, a :class:`RenderedPart` (or why not) out."""
    import pickle
    import sys

    source, results = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write to the results
    while True:
        try:
            html = pickle.load(source)
        except EOFError:
            return
        try:
            result: RenderedPart | str = render_part(html)
        except Exception as e:  # said to the parent, which raises it
            result = f"{type(e).__name__}: {e}"
        pickle.dump(result, results, protocol=pickle.HIGHEST_PROTOCOL)
        results.flush()


def join(parts: list[RenderedPart], footers: list[bytes]) -> bytes:
    """The parts as one PDF: their pages in order, each footer page laid over the page of the
    same number, and one outline rebuilt from the parts' bookmarks at their levels."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import Fit

    writer = PdfWriter()
    marks: list[tuple[Bookmark, int]] = []
    for part in parts:
        marks.extend((b, len(writer.pages)) for b in part.bookmarks)
        writer.append(PdfReader(io.BytesIO(part.pdf)), import_outline=False)
    n = 0
    for data in footers:
        for footer in PdfReader(io.BytesIO(data)).pages:
            writer.pages[n].merge_page(footer)
            writer.pages[n].compress_content_streams()
            n += 1
    if n != len(writer.pages):
        raise ValueError(f"{n} footers for {len(writer.pages)} pages")
    open_items: list[tuple[int, object]] = []  # (level, outline item) from the root down
    for b, offset in marks:
        while open_items and open_items[-1][0] >= b.level:
            open_items.pop()
        item = writer.add_outline_item(title=b.title, page_number=offset + b.page, parent=open_items[-1][1] if open_items else None,
                                       fit=Fit.xyz(b.left, b.top, 0), is_open=b.state != "closed")
        open_items.append((b.level, item))
    if parts:
        info = PdfReader(io.BytesIO(parts[0].pdf)).metadata or {}
        writer.add_metadata({k: v for k, v in info.items() if k in ("/Title", "/Creator", "/Producer")})
    writer.compress_identical_objects()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


if __name__ == "__main__":  # the child: its records pickled under this module's own name
    from evidtriage.reports.pdf_parts import _serve as serve

    serve()

"""The PDF report for the court file, rendered with WeasyPrint (Pango and HarfBuzz shape Bengali).

It holds the summary, the ranked findings with their context, the exhibits and the custody
log; pictures are not reproduced. WeasyPrint is given a URL fetcher that refuses everything, so
rendering never reaches the network or reads a file the template did not name: fonts come
from the system (fontconfig), styles are inline.

The report is rendered in parts of :data:`FINDINGS_PER_PART` findings, in a child process, and
joined (see :mod:`.pdf_parts`): its memory does not grow with the number of findings printed.
"""

from __future__ import annotations

from markupsafe import Markup

from .html_report import _asset, _environment, view_model
from .pdf_parts import FOOTER_PAGES_PER_DOCUMENT, NO_FOOTER, footer_html, join, no_fetch, renderer

#: Ranked findings per WeasyPrint document (about 0.8 page each; a page holds about 0.45 MB of
#: layout until its document is written).
FINDINGS_PER_PART = 200
#: Findings printed at least, flagged or not; every flagged finding shown is printed.
PRINTED_AT_LEAST = 100


def parts(printed: int, per_part: int = FINDINGS_PER_PART) -> list[dict]:
    """The parts of a report printing ``printed`` findings: the first with the head, the last
    with the tail (one part may be both), each with a slice of the findings."""
    bounds = list(range(0, printed, per_part)) or [0]
    return [{"head": n == 0, "tail": n == len(bounds) - 1, "findings": (start, min(start + per_part, printed))}
            for n, start in enumerate(bounds)]


def print_documents(findings: dict, custody: list[dict] | None = None, case_dir: str = "",
                    per_part: int = FINDINGS_PER_PART):
    """The printed report's parts as HTML documents, one at a time (their pages draw no footer:
    :func:`render_pdf` lays it over them)."""
    model = view_model(findings, custody or [], interactive=False, case_dir=case_dir)
    printed = model["ranked"][:max(PRINTED_AT_LEAST, model["flagged_total"])]
    template = _environment(emoji="missing").get_template("report_print.html.j2")
    style = Markup(_asset("report_print.css") + NO_FOOTER)
    for part in parts(len(printed), per_part):
        yield template.render(**model, printed=printed, part=part, style=style)


def render_pdf(findings: dict, custody: list[dict] | None = None, case_dir: str = "",
               per_part: int = FINDINGS_PER_PART) -> bytes:
    """The printed report: its parts rendered one after the other in a child process, then
    joined, with one page numbering and one outline."""
    with renderer() as child:
        rendered = child.render_all(print_documents(findings, custody, case_dir, per_part))
        total = sum(p.pages for p in rendered)
        case_id = str((findings.get("case") or {}).get("case_id") or "")
        footers = child.render_all(
            footer_html(_asset("report_print.css"), case_id, first + 1, min(FOOTER_PAGES_PER_DOCUMENT, total - first), total)
            for first in range(0, total, FOOTER_PAGES_PER_DOCUMENT))
    return join(rendered, [f.pdf for f in footers])


def render_reviewed_pdf(findings: dict, custody: list[dict] | None = None, case_dir: str = "") -> bytes:
    """The reviewed report for the court file: the findings the examiner marked relevant, with
    comments and conversation context (see ``reviewed.html.j2``)."""
    from weasyprint import HTML

    html = _environment(emoji="missing").get_template("reviewed.html.j2").render(
        **view_model(findings, custody or [], interactive=False, case_dir=case_dir, reviewed=True),
        style=Markup(_asset("report_print.css")), csp="")
    return HTML(string=html, url_fetcher=no_fetch, base_url=None).write_pdf()

"""The PDF report for the court file, rendered with WeasyPrint (Pango and HarfBuzz shape Bengali).

It holds the summary, the ranked findings with their context, the exhibits and the custody
log; pictures are not reproduced. WeasyPrint is given a URL fetcher that refuses everything, so
rendering never reaches the network or reads a file the template did not name: fonts come
from the system (fontconfig), styles are inline.
"""

from __future__ import annotations

from markupsafe import Markup

from .html_report import _asset, _environment, view_model


def _no_fetch(url: str, *args, **kwargs):
    raise ValueError(f"the PDF report loads nothing from outside ({url} refused)")


def render_pdf(findings: dict, custody: list[dict] | None = None, case_dir: str = "") -> bytes:
    from weasyprint import HTML

    html = _environment(emoji="missing").get_template("report_print.html.j2").render(
        **view_model(findings, custody or [], interactive=False, case_dir=case_dir), style=Markup(_asset("report_print.css")))
    return HTML(string=html, url_fetcher=_no_fetch, base_url=None).write_pdf()


def render_reviewed_pdf(findings: dict, custody: list[dict] | None = None, case_dir: str = "") -> bytes:
    """The reviewed report for the court file: the findings the examiner marked relevant, with
    comments and conversation context (see ``reviewed.html.j2``)."""
    from weasyprint import HTML

    html = _environment(emoji="missing").get_template("reviewed.html.j2").render(
        **view_model(findings, custody or [], interactive=False, case_dir=case_dir, reviewed=True),
        style=Markup(_asset("report_print.css")), csp="")
    return HTML(string=html, url_fetcher=_no_fetch, base_url=None).write_pdf()

"""What every command shares: consoles, progress display, JSON output, error handling."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from rich.console import Console
from rich.progress import (
    BarColumn, DownloadColumn, Progress as RichProgress, TextColumn,
    TimeRemainingColumn, TransferSpeedColumn,
)
from typer.core import TyperGroup

from ..errors import UserError
from ..model import Progress

#: Commands that sign custody entries name the examiner acting (a reopened case refuses anyone
#: who is not one of its examiners; see ``evidtriage case handover``).
ExaminerOpt = Annotated[str, typer.Option(
    "--examiner", help="Who is acting now; must be an examiner of the case (default: the one whose key is on this machine).")]

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 2) -> "NoReturn":  # noqa: F821
    """Print one line on stderr and exit with ``code``."""
    err.print(f"evidtriage: error: {message}", markup=False)
    raise SystemExit(code)


class ErrorHandlingGroup(TyperGroup):
    """Turns errors a user can cause into one line and an exit code, never a traceback.

    Tracebacks are kept out because their local variables may hold evidence; set
    ``EVIDTRIAGE_DEBUG=1`` to see one when reporting a bug.
    """

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except UserError as exc:
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            fail("interrupted: what was finished is saved; run the same command again to continue", 130)
        except BrokenPipeError:
            # the reader stopped reading (`| head`): nothing is wrong, and nothing more can be said
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise SystemExit(141) from None  # 128 + SIGPIPE, as a shell reports it
        except Exception as exc:  # noqa: BLE001
            if type(exc).__module__.startswith(("typer", "click")):
                raise  # usage errors and exits: the CLI framework reports them itself
            if os.environ.get("EVIDTRIAGE_DEBUG"):
                raise
            fail(f"internal error ({type(exc).__name__}); run with EVIDTRIAGE_DEBUG=1 for details "
                 "and report it", 70)


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n")


@contextmanager
def progress_display(label: str) -> Iterator:  # label: the command, shown before the first stage
    """A progress callback: a Rich bar on stderr when it is a terminal, nothing otherwise.

    The bar refreshes from the callback, not from a background thread, so that worker
    processes are never forked while a display thread holds a lock.
    """
    if not err.is_terminal:
        yield lambda p: None
        return
    bar = RichProgress(
        TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.fields[files]}"),
        DownloadColumn(), TransferSpeedColumn(), TimeRemainingColumn(),
        console=err, auto_refresh=False, transient=True,
    )
    tasks: dict[str, int] = {}

    def update(p: Progress) -> None:
        if p.stage not in tasks:
            tasks[p.stage] = bar.add_task(f"{label} {p.stage}", total=None, files="")
        total = p.bytes_total or p.files_total or None
        done = p.bytes_done if p.bytes_total else p.files_done
        files = f"{p.files_done}/{p.files_total} files" if p.files_total else ""
        bar.update(tasks[p.stage], completed=done, total=total, files=files,
                   description=f"{label} {p.stage} {p.message}".rstrip())
        bar.refresh()

    with bar:
        yield update

"""What a report shows of a long text: its beginning and the context of each hit, with the rest
counted, never the whole of it.

A single message or document may hold hundreds of megabytes (a one-line export, a text dump):
laid out whole, the HTML report ran to a gigabyte and WeasyPrint past twelve minutes on it, so the
"report written" entry and the signed manifest never came. HTML and PDF show a text whole up to
``LIMIT`` characters; a longer one as its first ``CONTEXT`` characters and ``CONTEXT`` either side
of each hit (at most ``MOST_WINDOWS`` places), each gap stated with its length and each shown part
with its offsets in the full text, which findings.json and messages.csv keep whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: A text up to this many characters is shown whole.
LIMIT = 4000
#: Characters shown at the start, and either side of a hit, in a longer text.
CONTEXT = 300
#: The most places of a long text shown (the start and the first hits).
MOST_WINDOWS = 12


@dataclass(frozen=True)
class Part:
    """A run of the text shown (``start``..``end`` in the full text), with the hits inside it as
    offsets in the full text."""

    start: int
    end: int
    hits: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Excerpt:
    length: int  # of the full text, in characters
    parts: tuple[Part, ...] = field(default_factory=tuple)
    hits_not_shown: int = 0

    @property
    def whole(self) -> bool:
        return len(self.parts) == 1 and self.parts[0].start == 0 and self.parts[0].end == self.length

    def note(self) -> str:
        """One line for the reader of a cut text: its length and what is shown of it."""
        if self.whole:
            return ""
        shown = ", ".join(f"{p.start:,}-{p.end:,}" for p in self.parts)
        more = (f"; {self.hits_not_shown} more hit{'s' if self.hits_not_shown != 1 else ''} further on "
                "not shown") if self.hits_not_shown else ""
        return (f"text of {self.length:,} characters, cut for this report: characters {shown} shown{more}; "
                "the whole text is in findings.json and messages.csv")


def merged_spans(spans, length: int) -> list[tuple[int, int]]:
    """Hit spans clipped to the text and merged where they overlap or touch, in order."""
    out: list[list[int]] = []
    for s, e in sorted((max(0, s or 0), min(length, e or 0)) for s, e in spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def excerpt(length: int, spans, limit: int = LIMIT, context: int = CONTEXT,
            most_windows: int = MOST_WINDOWS) -> Excerpt:
    """What to show of a text of ``length`` characters whose hits are ``spans`` ((start, end))."""
    hits = merged_spans(spans, length)
    if length <= limit:
        return Excerpt(length, (Part(0, length, tuple(hits)),))
    windows: list[list[int]] = [[0, min(length, context)]]
    shown_hits = 0
    for s, e in hits:
        # a hit longer than the limit itself (a regex that ran on) is shown in its beginning
        start, end = max(0, s - context), min(length, min(e, s + limit) + context)
        if start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        elif len(windows) < most_windows:
            windows.append([start, end])
        else:
            break
        shown_hits += 1
    parts = tuple(Part(a, b, tuple((max(a, s), min(b, e)) for s, e in hits if s < b and a < e)) for a, b in windows)
    return Excerpt(length, parts, len(hits) - shown_hits)


def flattened(text: str, spans) -> tuple[str, list[tuple[int, int]], str]:
    """For a page's script, which shows a plain string with its hits: the text as shown (parts
    joined by a stated gap), the hits' offsets in it, and the note (empty when whole)."""
    ex = excerpt(len(text), spans)
    if ex.whole:
        return text, list(ex.parts[0].hits), ""
    pieces: list[str] = []
    out_spans: list[tuple[int, int]] = []
    pos = 0  # length of what is built so far
    previous_end = 0
    for p in ex.parts:
        if p.start > previous_end:
            gap = f" [… {p.start - previous_end:,} characters not shown …] "
            pieces.append(gap)
            pos += len(gap)
        for s, e in p.hits:
            out_spans.append((pos + s - p.start, pos + e - p.start))
        pieces.append(text[p.start:p.end])
        pos += p.end - p.start
        previous_end = p.end
    if previous_end < len(text):
        pieces.append(f" [… {len(text) - previous_end:,} characters not shown …]")
    return "".join(pieces), out_spans, ex.note()

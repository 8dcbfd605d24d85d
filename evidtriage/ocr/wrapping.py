"""Which line breaks of a block of OCR text are the block's own wrapping, not the writer's.

A chat bubble, an ad or a page breaks a long sentence over several lines where the next word no
longer fits. Read back as text, each of those breaks would be a line break, and a line break ends
a sentence for the matcher: a phrase wrapped over two lines ("sleeps on the / kitchen floor") is
not found, and a warning's negation no longer reaches its verb. Measured on eval/dev's texts
drawn as bubbles (the screenshot generator's wrapping, before any OCR error): the wrapped copies
lost 164 of 3,971 flags and gained 42 false alarms on 4,538 innocent items.

The lines are first grouped into blocks: a line continues the block above it when it starts at
the block's left edge with no paragraph gap between them (a bubble cut into one region a line, as
on IMO's light theme, is still one block). Within a block, a break is taken as wrapping when the
first word of the next line would not have fitted on the line before it, within the block's
widest line. A writer's own short line ("Salam" then "kemon acho") keeps its break, and so do a
bubble's time in its corner, an indented line and the next message.
"""

from __future__ import annotations

from statistics import median
from typing import NamedTuple


class Word(NamedTuple):
    """A word read by OCR with its confidence (0-100) and its box in the picture's pixels."""

    text: str
    confidence: int
    left: int
    top: int
    right: int
    bottom: int


#: A gap between two lines taller than this share of the median line height is a paragraph's
#: (or a message's) end: the next line starts another block.
PARAGRAPH_GAP = 1.0
#: A line whose left edge is more than this share of the line height away from its block's
#: starts another block: the other side of a chat, an indented line, a time in a bubble's corner.
INDENT = 0.6


def _top(line: list[Word]) -> int:
    return min(w.top for w in line)


def _bottom(line: list[Word]) -> int:
    return max(w.bottom for w in line)


def blocks(lines: list[list[Word]]) -> list[list[int]]:
    """The lines (their indices, in reading order) grouped into blocks: each line that starts at
    its block's left edge, with no paragraph gap above it, continues the block."""
    height = median(_bottom(line) - _top(line) for line in lines)
    out: list[list[int]] = []
    for i, line in enumerate(lines):
        if out:
            before = lines[out[-1][-1]]
            edge = lines[out[-1][0]][0].left
            if (_top(line) - _bottom(before) <= PARAGRAPH_GAP * height
                    and abs(line[0].left - edge) <= INDENT * height):
                out[-1].append(i)
                continue
        out.append([i])
    return out


def soft_breaks(lines: list[list[Word]]) -> list[bool]:
    """For each line (in reading order, boxes in one picture's pixels), True when it continues
    the line before it: the break between them is the block's wrapping. The first line of each
    block is False."""
    out = [False] * len(lines)
    if len(lines) < 2 or any(not line for line in lines):
        return out
    gaps = [b.left - a.right for line in lines for a, b in zip(line, line[1:]) if b.left > a.right]
    height = median(_bottom(line) - _top(line) for line in lines)
    space = median(gaps) if gaps else 0.3 * height
    for block in blocks(lines):
        widest = max(lines[i][-1].right for i in block)
        for before, i in zip(block, block[1:]):
            first = lines[i][0]
            out[i] = lines[before][-1].right + space + (first.right - first.left) > widest - space / 2
    return out

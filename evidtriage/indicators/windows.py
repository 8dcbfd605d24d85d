"""Bounded windows over a long text, for matching and entity extraction.

A text longer than one window is matched window by window, so that time stays linear in its
length and memory bounded by the window (normalisation keeps an offset per character; a 50 MB
message would need gigabytes at once). Windows overlap, so that what crosses one window's edge
is whole in the next; each window *owns* the stretch of text that starts halfway into its overlap
with the one before and ends halfway into its overlap with the one after. A hit or entity is
kept from the window that owns its start: one up to ``overlap // 2`` characters long is then
found whole, exactly once, and its offsets (shifted by the window's start) are exact.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Window:
    start: int  # where the window's text starts in the whole text
    end: int
    own_start: int  # what is found starting in [own_start, own_end) is kept from this window
    own_end: int


def windows(length: int, size: int, overlap: int) -> list[Window]:
    """Windows of ``size`` characters over a text of ``length``, each overlapping the next by
    ``overlap``; one window when the text fits in one."""
    if size <= overlap:
        raise ValueError("a window must be longer than its overlap")
    if length <= size:
        return [Window(0, length, 0, length)]
    step = size - overlap
    starts = list(range(0, length - overlap, step))
    out = []
    for i, s in enumerate(starts):
        last = i == len(starts) - 1
        out.append(Window(s, length if last else s + size,
                          0 if i == 0 else s + overlap // 2,
                          length if last else starts[i + 1] + overlap // 2))
    return out

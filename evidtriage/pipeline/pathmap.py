"""``--evidence-map LOCAL=REMOTE``: where Dask workers find what this machine sees under LOCAL.

A lab's workers mount the evidence share (read-only) at their own mount point; the case store
keeps the paths as the main process sees them. Work items are translated on the way out and the
paths in results (archive members found by the hash stage) on the way back, so the store never
holds a worker's path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from ..errors import UserError
from ..model import EvidenceFile, HashResult


@dataclass(frozen=True)
class PathMap:
    pairs: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.pairs)

    @classmethod
    def parse(cls, specs: tuple[str, ...] | list[str]) -> "PathMap":
        pairs = []
        for s in specs:
            local, sep, remote = s.partition("=")
            if not sep or not local or not remote:
                raise UserError(f"--evidence-map needs LOCAL=REMOTE (two absolute folders), not {s!r}")
            if not (os.path.isabs(local) and os.path.isabs(remote)):
                raise UserError(f"--evidence-map {s!r}: both folders must be absolute paths")
            pairs.append((os.path.normpath(local), os.path.normpath(remote)))
        # the longest prefix first, so that a map of a sub-folder wins over its parent's
        return cls(tuple(sorted(pairs, key=lambda p: -len(p[0]))))

    @staticmethod
    def _swap(path: str, pairs) -> str:
        for old, new in pairs:
            if path == old or path.startswith(old.rstrip("/") + "/"):
                return new + path[len(old):]
        return path

    def to_remote(self, path: str) -> str:
        return self._swap(path, self.pairs)

    def to_local(self, path: str) -> str:
        return self._swap(path, tuple(sorted(((r, l) for l, r in self.pairs), key=lambda p: -len(p[0]))))

    def item_to_remote(self, item):
        """A work item (evidence file, or a record holding one as ``file``) as a worker sees it."""
        return _map_item(item, self.to_remote) if self.pairs else item

    def result_to_local(self, result):
        """A worker's result with its paths as this machine sees them (archive members found by
        the hash stage; a parse's spill file in a shared ``--spill-dir``)."""
        if not self.pairs:
            return result
        if isinstance(result, HashResult) and result.members:
            return replace(result, members=tuple(_map_item(m, self.to_local) for m in result.members))
        from .parsing import ParseResult, SpilledArtifacts

        if isinstance(result, ParseResult) and isinstance(result.artifacts, SpilledArtifacts):
            spilled = result.artifacts
            return replace(result, artifacts=SpilledArtifacts(self.to_local(spilled.path), spilled.count))
        return result


def _map_item(item, swap):
    if isinstance(item, EvidenceFile):
        return replace(item, locator=replace(item.locator, disk_path=swap(item.locator.disk_path)))
    if isinstance(getattr(item, "file", None), EvidenceFile):
        return replace(item, file=_map_item(item.file, swap))
    return item

"""A small HFS+ volume written byte by byte, for the tests (Debian has no ``hfsprogs``, so no
``mkfs.hfsplus`` to make one with).

The layout is Apple's Technical Note TN1150 ("HFS Plus Volume Format"): a volume header at byte
1024 and its copy 1024 bytes before the end; an allocation bitmap; an extents-overflow B-tree with
only its header node; a catalog B-tree whose header node is followed by a single leaf node that
holds, sorted by (parent id, name), a folder or file record and a thread record for every item.
Each file's data lies in one contiguous extent. The Sleuth Kit's ``fls`` reads the result (the test
checks it with ``fls`` before anything else), so the test measures our reader, not this writer.

Names are stored decomposed (NFD), as a Mac stores them. Kept deliberately small: no journal, no hard links, no resource forks, no extended attributes,
and a catalog that fits in one leaf node (``build`` refuses a tree that would not).
"""

from __future__ import annotations

import struct
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

BLOCK = 4096
NODE = 4096
ROOT_PARENT, ROOT = 1, 2
FIRST_USER_ID = 16
FOLDER, FILE, FOLDER_THREAD, FILE_THREAD = 1, 2, 3, 4
HFS_EPOCH = datetime(1904, 1, 1, tzinfo=timezone.utc)


def _hfs_time(when: datetime) -> int:
    return int((when - HFS_EPOCH).total_seconds())


@dataclass
class _Item:
    cnid: int
    parent: int
    name: str
    data: bytes | None = None  # None: a folder
    children: list = field(default_factory=list)
    start: int = 0  # first allocation block of a file's data


def _name(text: str) -> bytes:
    # a Mac stores names decomposed (TN1150: canonical decomposition); so does this writer
    raw = unicodedata.normalize("NFD", text).encode("utf-16-be")
    return struct.pack(">H", len(raw) // 2) + raw


def _key(parent: int, name: str) -> bytes:
    body = struct.pack(">I", parent) + _name(name)
    return struct.pack(">H", len(body)) + body


def _perms(mode: int) -> bytes:
    return struct.pack(">IIBBHI", 0, 0, 0, 0, mode, 0)


def _fork(size: int, start: int, blocks: int) -> bytes:
    extents = struct.pack(">II", start, blocks) if blocks else b""
    return struct.pack(">QII", size, 0, blocks) + extents.ljust(64, b"\0")


def _node(kind: int, height: int, records: list[bytes]) -> bytes:
    body = struct.pack(">IIbBHH", 0, 0, kind, height, len(records), 0)
    offsets = []
    for r in records:
        offsets.append(len(body))
        body += r
    offsets.append(len(body))
    tail = b"".join(struct.pack(">H", o) for o in reversed(offsets))
    if len(body) + len(tail) > NODE:
        raise ValueError("the catalog does not fit in one leaf node: make the tree smaller")
    return body + b"\0" * (NODE - len(body) - len(tail)) + tail


def _header_node(depth: int, root: int, leaf_records: int, first_leaf: int, total_nodes: int,
                 max_key: int, used_nodes: int) -> bytes:
    header = struct.pack(">HIIIIHHIIHIBBI", depth, root, leaf_records, first_leaf, first_leaf, NODE, max_key,
                         total_nodes, total_nodes - used_nodes, 0, NODE, 0, 0, 6) + b"\0" * 64
    used = bytearray(NODE - 14 - len(header) - 128 - 8)
    for n in range(used_nodes):
        used[n // 8] |= 0x80 >> (n % 8)
    return _node(1, 0, [header, b"\0" * 128, bytes(used)])


def build(path: Path, tree: dict, volume: str = "Macintosh HD", blocks: int = 2048,
          when: datetime = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)) -> Path:
    """Write an HFS+ volume of ``blocks`` 4 KiB blocks to ``path``. ``tree`` maps a name to bytes
    (a file) or to another such dict (a folder)."""
    stamp = _hfs_time(when)
    items: list[_Item] = []
    next_id = [FIRST_USER_ID]

    def walk(node: dict, parent: int) -> list[_Item]:
        out = []
        for name, value in node.items():
            item = _Item(next_id[0], parent, name, value if isinstance(value, bytes) else None)
            next_id[0] += 1
            items.append(item)
            if item.data is None:
                item.children = walk(value, item.cnid)
            out.append(item)
        return out

    root = _Item(ROOT, ROOT_PARENT, volume, None, walk(tree, ROOT))

    # blocks: 0 volume header, then the allocation bitmap, the extents tree, the catalog, the files
    bitmap_blocks = -(-blocks // (8 * BLOCK))
    at = 1
    alloc_start, at = at, at + bitmap_blocks
    ext_start, at = at, at + 1
    cat_start, at = at, at + 2  # header node and one leaf
    for item in items:
        if item.data is not None:
            item.start = at
            at += -(-len(item.data) // BLOCK)
    if at >= blocks - 1:
        raise ValueError("the files do not fit: give more blocks")
    used_blocks = list(range(at)) + [blocks - 1]  # and the last block: the header's copy

    # the catalog leaf: for each item its record and its thread, sorted by (parent, name)
    def dates() -> bytes:
        return struct.pack(">IIIII", stamp, stamp, stamp, stamp, 0)

    records = []
    for item in [root] + items:
        if item.data is None:
            rec = (struct.pack(">hHII", FOLDER, 0, len(item.children), item.cnid) + dates()
                   + _perms(0o040755) + b"\0" * 32 + struct.pack(">II", 0, 0))
            thread_type = FOLDER_THREAD
        else:
            n = -(-len(item.data) // BLOCK)
            rec = (struct.pack(">hHII", FILE, 0, 0, item.cnid) + dates() + _perms(0o100644) + b"\0" * 32
                   + struct.pack(">II", 0, 0) + _fork(len(item.data), item.start, n) + _fork(0, 0, 0))
            thread_type = FILE_THREAD
        records.append(((item.parent, item.name.casefold()), _key(item.parent, item.name) + rec))
        thread = struct.pack(">hhI", thread_type, 0, item.parent) + _name(item.name)
        records.append(((item.cnid, ""), _key(item.cnid, "") + thread))
    records.sort(key=lambda r: r[0])
    leaf = _node(-1, 1, [r for _, r in records])
    catalog = _header_node(1, 1, len(records), 1, 2, 516, 2) + leaf
    extents = _header_node(0, 0, 0, 0, 1, 10, 1)

    bitmap = bytearray(bitmap_blocks * BLOCK)
    for b in used_blocks:
        bitmap[b // 8] |= 0x80 >> (b % 8)

    files = sum(1 for i in items if i.data is not None)
    folders = len(items) - files
    header = bytearray(512)
    struct.pack_into(">2sHI4sIIIIIIIIIIIIIIIQ", header, 0, b"H+", 4, 0x100, b"10.0", 0,
                     stamp, stamp, 0, stamp, files, folders, BLOCK, blocks, blocks - len(used_blocks),
                     at, BLOCK, BLOCK, next_id[0], 1, 1)
    header[112:192] = _fork(len(bitmap), alloc_start, bitmap_blocks)
    header[192:272] = _fork(NODE, ext_start, 1)
    header[272:352] = _fork(2 * NODE, cat_start, 2)
    header[352:432] = _fork(0, 0, 0)
    header[432:512] = _fork(0, 0, 0)

    image = bytearray(blocks * BLOCK)
    image[1024:1536] = header
    image[-1024:-512] = header
    image[alloc_start * BLOCK:alloc_start * BLOCK + len(bitmap)] = bitmap
    image[ext_start * BLOCK:ext_start * BLOCK + NODE] = extents
    image[cat_start * BLOCK:cat_start * BLOCK + 2 * NODE] = catalog
    for item in items:
        if item.data is not None:
            image[item.start * BLOCK:item.start * BLOCK + len(item.data)] = item.data
    path.write_bytes(bytes(image))
    return path

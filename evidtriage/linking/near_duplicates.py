"""Near-duplicate search over 64-bit perceptual hashes, and clustering of what it finds.

Ads for the same victims reuse the same photos, resized, recompressed, cropped and captioned;
their pHashes stay within a small Hamming distance (10 or less joins all of those while keeping
unrelated photos apart; see ../shared/research/perf-feasibility.md section 7.4).

Two searches, chosen by size:

* up to :data:`BRUTE_FORCE_MAX` hashes: every pair, vectorised with numpy (a few seconds at most);
* beyond: multi-index hashing. A 64-bit hash is cut into three chunks (22, 21, 21 bits). If two
  hashes are within distance 10, then by the generalised pigeonhole principle at least one chunk
  differs in at most 3, 3 or 2 bits respectively (4 + 4 + 3 > 10). Each chunk gets a table from
  chunk value to the hashes that have it; each hash probes its chunk's table with every value
  within that chunk's radius, and verifies the candidates on all 64 bits. The probing loop is
  compiled with numba and runs on every core. A BK-tree was measured far too slow at this radius.

The result is exact: the same pairs as comparing every pair, in less time.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

#: At or below this many hashes, all pairs are compared directly.
BRUTE_FORCE_MAX = 20_000
#: Default radius: joins resizes, recompressions, captions and 5% crops (measured).
DEFAULT_RADIUS = 10
#: (first bit, bits, probe radius) of each chunk, for radius 10 on 64 bits.
_CHUNKS_R10 = ((0, 22, 3), (22, 21, 3), (43, 21, 2))


@dataclass(frozen=True)
class Cluster:
    """A group of near-duplicate items, by index into the hashes searched."""

    members: tuple[int, ...]
    distance: int  # largest distance of the links that joined the group


def _brute_force_pairs(h: np.ndarray, radius: int) -> np.ndarray:
    n = len(h)
    out = []
    block = 1024
    for i in range(0, n, block):
        rows = h[i:i + block]
        d = np.bitwise_count(rows[:, None] ^ h[None, i:])  # only j >= i
        a, b = np.nonzero(d <= radius)
        a = a + i
        b = b + i
        keep = a < b
        out.append(np.stack([a[keep], b[keep], d[a[keep] - i, b[keep] - i]], axis=1))
    return np.concatenate(out) if out else np.zeros((0, 3), np.int64)


def _chunk_masks(bits: int, radius: int) -> np.ndarray:
    masks = [0]
    for r in range(1, radius + 1):
        for combo in itertools.combinations(range(bits), r):
            m = 0
            for b in combo:
                m |= 1 << b
            masks.append(m)
    return np.array(masks, dtype=np.int64)


_kernels = None


def _compiled():
    """The numba kernels, compiled on first use (cached on disk where the package allows)."""
    global _kernels
    if _kernels is not None:
        return _kernels
    from numba import njit, prange

    @njit(inline="always")
    def popcount(x):
        x = x - ((x >> np.uint64(1)) & np.uint64(0x5555555555555555))
        x = (x & np.uint64(0x3333333333333333)) + ((x >> np.uint64(2)) & np.uint64(0x3333333333333333))
        x = (x + (x >> np.uint64(4))) & np.uint64(0x0F0F0F0F0F0F0F0F)
        return (x * np.uint64(0x0101010101010101)) >> np.uint64(56)

    @njit(parallel=True)
    def count(sh, skey, order, starts, masks, radius, counts):
        for p in prange(sh.shape[0]):
            hp, kp, ip = sh[p], skey[p], order[p]
            c = 0
            for m in masks:
                k = kp ^ m
                for q in range(starts[k], starts[k + 1]):
                    if popcount(hp ^ sh[q]) <= radius and order[q] > ip:
                        c += 1
            counts[p] = c

    @njit(parallel=True)
    def fill(sh, skey, order, starts, masks, radius, who, offsets, out):
        for w in prange(who.shape[0]):
            p = who[w]
            hp, kp, ip = sh[p], skey[p], order[p]
            o = offsets[w]
            for m in masks:
                k = kp ^ m
                for q in range(starts[k], starts[k + 1]):
                    d = popcount(hp ^ sh[q])
                    if d <= radius and order[q] > ip:
                        out[o, 0] = ip
                        out[o, 1] = order[q]
                        out[o, 2] = d
                        o += 1

    _kernels = (count, fill)
    return _kernels


def _mih_pairs(h: np.ndarray, radius: int) -> np.ndarray:
    if radius > DEFAULT_RADIUS:
        raise ValueError(f"multi-index search is set up for radius <= {DEFAULT_RADIUS}")
    count, fill = _compiled()
    found = []
    for first, bits, probe in _CHUNKS_R10:
        key = ((h >> np.uint64(first)) & np.uint64((1 << bits) - 1)).astype(np.int64)
        order = np.argsort(key, kind="stable")
        skey = key[order]
        sh = h[order]
        starts = np.zeros((1 << bits) + 1, dtype=np.int64)
        np.cumsum(np.bincount(skey, minlength=1 << bits), out=starts[1:])
        masks = _chunk_masks(bits, probe)
        counts = np.zeros(len(h), dtype=np.int64)
        count(sh, skey, order, starts, masks, radius, counts)
        who = np.nonzero(counts)[0]
        offsets = np.zeros(len(who), dtype=np.int64)
        np.cumsum(counts[who][:-1], out=offsets[1:]) if len(who) > 1 else None
        out = np.zeros((int(counts.sum()), 3), dtype=np.int64)
        fill(sh, skey, order, starts, masks, radius, who, offsets, out)
        found.append(out)
    pairs = np.concatenate(found)
    if len(pairs) == 0:
        return pairs
    # a pair close in several chunks is found once per chunk: keep one
    return np.unique(pairs, axis=0)


def near_duplicate_pairs(hashes, radius: int = DEFAULT_RADIUS) -> np.ndarray:
    """Every pair ``(i, j, distance)`` with ``i < j`` and Hamming distance ``<= radius``.

    :param hashes: 64-bit hashes (a sequence of ints or a ``uint64`` array).
    :return: an ``int64`` array of shape (pairs, 3), sorted.
    """
    h = np.ascontiguousarray(np.asarray(hashes, dtype=np.uint64))
    if len(h) < 2:
        return np.zeros((0, 3), np.int64)
    if len(h) <= BRUTE_FORCE_MAX or radius > DEFAULT_RADIUS:
        pairs = _brute_force_pairs(h, radius)
    else:
        pairs = _mih_pairs(h, radius)
    if len(pairs) == 0:
        return np.zeros((0, 3), np.int64)
    return pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]


def clusters(n: int, pairs: np.ndarray) -> list[Cluster]:
    """Connected groups of the items linked by ``pairs``; singletons are left out.

    Members are sorted, and groups are ordered by their first member, so the result does not
    depend on how the pairs were found.
    """
    parent = np.arange(n)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b, _ in pairs:
        ra, rb = find(int(a)), find(int(b))
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    worst: dict[int, int] = {}
    for a, b, d in pairs:
        r = find(int(a))
        worst[r] = max(worst.get(r, 0), int(d))
    for i in np.unique(pairs[:, :2]) if len(pairs) else []:
        groups.setdefault(find(int(i)), []).append(int(i))
    return [Cluster(tuple(sorted(m)), worst[r]) for r, m in sorted(groups.items(), key=lambda kv: min(kv[1]))]

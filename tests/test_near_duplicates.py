"""Near-duplicate search: exact against comparing every pair, whichever index is used."""

import numpy as np
import pytest

from evidtriage.linking import near_duplicates as nd


def planted(n, seed, variants=0.1):
    rng = np.random.default_rng(seed)
    h = rng.integers(0, 2**64 - 1, size=n, dtype=np.uint64, endpoint=True)
    k = int(n * variants)
    src = rng.integers(0, n - k, size=k)
    for i in range(k):
        flips = rng.choice(64, size=int(rng.integers(0, 13)), replace=False)  # some beyond 10
        v = h[src[i]]
        for b in flips:
            v ^= np.uint64(1) << np.uint64(int(b))
        h[n - k + i] = v
    return h


def reference_pairs(h, radius):
    d = np.bitwise_count(h[:, None] ^ h[None, :])
    a, b = np.nonzero(np.triu(d <= radius, 1))
    return {(int(x), int(y), int(d[x, y])) for x, y in zip(a, b)}


@pytest.mark.parametrize("radius", [0, 4, 10])
def test_brute_force_matches_reference(radius):
    h = planted(600, seed=radius)
    got = {tuple(map(int, p)) for p in nd.near_duplicate_pairs(h, radius)}
    assert got == reference_pairs(h, radius)


def test_multi_index_matches_reference_including_the_boundary():
    h = planted(3000, seed=11, variants=0.3)
    # pairs at exactly 10 and 11 bits apart, with the flips spread over every chunk
    base = np.uint64(0x0123456789ABCDEF)
    ten = base ^ np.uint64(sum(1 << b for b in (0, 5, 21, 22, 30, 42, 43, 50, 60, 63)))
    eleven = base ^ np.uint64(sum(1 << b for b in (1, 2, 3, 22, 23, 24, 43, 44, 45, 46, 47)))
    h = np.concatenate([h, np.array([base, ten, eleven], dtype=np.uint64)])
    want = reference_pairs(h, 10)
    got = {tuple(map(int, p)) for p in nd._mih_pairs(h, 10)}
    assert got == want
    n = len(h)
    assert (n - 3, n - 2, 10) in got and not any(p[:2] == (n - 3, n - 1) for p in got)


def test_clusters_are_connected_groups():
    pairs = np.array([[0, 3, 2], [3, 7, 5], [4, 5, 1]])
    got = nd.clusters(8, pairs)
    assert got == [nd.Cluster((0, 3, 7), 5), nd.Cluster((4, 5), 1)]
    assert nd.clusters(3, np.zeros((0, 3), np.int64)) == []

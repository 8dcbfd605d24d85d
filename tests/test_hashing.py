"""One-pass hashing gives exactly what each digest computed on its own gives."""

import hashlib
import io

import blake3
import pytest
from hypothesis import given, settings, strategies as st

from evidtriage.errors import UserError
from evidtriage.intake.hashing import CHUNK_SIZE, hash_stream, parse_digest_names


def reference(data: bytes) -> dict:
    return {"md5": hashlib.md5(data).hexdigest(), "sha1": hashlib.sha1(data).hexdigest(),
            "sha256": hashlib.sha256(data).hexdigest(), "blake3": blake3.blake3(data).hexdigest()}


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE + 17])
def test_all_four_digests_match_reference_at_chunk_edges(size):
    data = bytes((i * 7 + 3) % 256 for i in range(size))
    digests, head = hash_stream(io.BytesIO(data), head_size=16)
    assert digests.bytes_hashed == size
    for name, value in reference(data).items():
        assert digests.get(name) == value
    assert head == data[:16]


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=5000), st.integers(min_value=1, max_value=64))
def test_small_reads_give_same_digests(data, bufsize):
    digests, _ = hash_stream(io.BytesIO(data), buffer=bytearray(bufsize))
    assert digests.sha256 == hashlib.sha256(data).hexdigest()
    assert digests.blake3 == blake3.blake3(data).hexdigest()


def test_only_chosen_digests_are_computed():
    digests, _ = hash_stream(io.BytesIO(b"abc"), ("sha256",))
    assert digests.sha256 == hashlib.sha256(b"abc").hexdigest()
    assert digests.md5 is None and digests.blake3 is None


def test_digest_names_are_validated_and_ordered():
    assert parse_digest_names("blake3, MD5,sha-256") == ("md5", "sha256", "blake3")
    with pytest.raises(UserError, match="unknown digest crc32"):
        parse_digest_names("md5,crc32")
    with pytest.raises(UserError):
        parse_digest_names(" , ")


def test_split_threads_give_the_same_digests():
    from evidtriage.intake.hashing import hash_stream_split

    data = bytes(range(256)) * 20000 + b"tail"
    one, head1 = hash_stream(io.BytesIO(data), head_size=100)
    two, head2 = hash_stream_split(io.BytesIO(data), head_size=100)
    assert one == two and head1 == head2 == data[:100]
    only_md5, _ = hash_stream_split(io.BytesIO(data), ("md5",))
    assert only_md5.md5 == one.md5 and only_md5.sha256 is None

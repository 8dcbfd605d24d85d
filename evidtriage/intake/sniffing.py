"""File type from leading bytes, with libmagic (the database behind the ``file`` command).

The name of a file is never trusted for its type: a seized phone's ``IMG_0001.jpg`` may be a
zip, and a chat export may carry no extension at all.
"""

from __future__ import annotations

import functools

#: Bytes handed to libmagic; enough for every signature evidtriage acts on (zip, images, PDF,
#: SQLite, office documents) while keeping text classification cheap.
SNIFF_SIZE = 64 * 1024


@functools.cache
def _magic():
    import magic  # python-magic, binding libmagic

    return magic.Magic(mime=True)


def sniff_media_type(head: bytes) -> str:
    """Return the MIME type libmagic gives for ``head`` (``application/x-empty`` when empty)."""
    if not head:
        return "application/x-empty"
    try:
        media_type = _magic().from_buffer(head)
    except Exception:  # libmagic refuses some inputs; the type is then unknown, not fatal
        media_type = "application/octet-stream"
    if media_type in ("application/gzip", "application/x-gzip", "application/octet-stream"):
        from .sources.tar import gzip_holds_tar, looks_like_tar

        # a compressed tar is a container (its members are listed); a lone .gz is not
        if gzip_holds_tar(head):
            return "application/x-gtar"
        if looks_like_tar(head):  # an old tar without the ustar magic
            return "application/x-tar"
    return media_type


def libmagic_version() -> str:
    """The libmagic version, for the run manifest."""
    try:
        import magic

        v = magic.version()
        return f"{v // 100}.{v % 100:02d}"
    except Exception:
        return "unknown"


#: Containers whose members the hash stage lists: zip; tar, and tar in gzip ("application/x-gtar");
#: disk images on disk (raw and E01: named by sources.diskimage, libmagic cannot tell them).
ARCHIVE_TYPES = frozenset({"application/zip", "application/x-zip-compressed", "application/x-tar", "application/x-gtar",
                           "application/x-raw-disk-image", "application/x-ewf"})

"""Disk images as evidence containers: raw (dd), split raw (``.001``, ``.002``...) and E01.

A seized laptop or SD card comes as an image. Its partitions (MBR or GPT) and file systems (FAT,
exFAT, NTFS, ext2/3/4, HFS+, ISO 9660... whatever the Sleuth Kit reads) are read through pytsk3,
the Sleuth Kit's own file-system code (its FAT reader is used rather than dfvfs's default one,
which returned wrong bytes in the project's measurements: ``research/perf-feasibility.md``). E01
images are opened through libewf (pyewf) and their chunks read by :mod:`.ewf` (see
:class:`EwfMedia`). Nothing is mounted, extracted or written: the image's
bytes are read with :func:`~.reading.open_readonly` (segment by segment for a split image), and
libewf opens its segments read-only.

A file inside is written ``laptop.E01!/p2/Users/x/Desktop/a.jpg``: ``pN`` is the Nth allocated
partition in the partition table's order (no ``pN`` when the image holds a bare file system).
Deleted files whose contents the Sleuth Kit can still read are listed and examined like any
other, and marked recovered (:data:`RECOVERED`); so are orphan files, deleted files whose name is
gone but whose metadata is left (``laptop.E01!/p2/$OrphanFiles/OrphanFile-18``, see
:data:`ORPHANS`). A deleted name whose metadata now belongs to another file is a recorded skip
(its bytes would be someone else's). Where a name is listed twice
(a deleted file beside a live one of the same name) the deleted ones are written
``name (deleted, inode N)``.

What cannot be read is a recorded skip with its reason and the run goes on: a damaged partition
table, a partition whose file system the Sleuth Kit does not know, an encrypted volume (BitLocker,
LUKS, FileVault/APFS: never decrypted).
"""

from __future__ import annotations

import bisect
import io
import os
import re
from collections import OrderedDict

from ...model import CONTAINER_SEP, EvidenceFile, Locator, Skip
from .reading import escape_path, open_readonly, read_at

#: Media types given to disk images (libmagic calls them all application/octet-stream).
RAW_IMAGE = "application/x-raw-disk-image"
EWF_IMAGE = "application/x-ewf"
IMAGE_TYPES = frozenset({RAW_IMAGE, EWF_IMAGE})

#: The reason a recovered (deleted, read back) file carries as its status.
RECOVERED = ("recovered: a deleted file whose contents the Sleuth Kit read back from the image "
             "(parts may have been overwritten since it was deleted)")

#: How the skip of an image that could not be read at all begins (the report says "not examined").
CANNOT_READ = "disk image cannot be read"

_EWF1 = b"EVF\x09\x0d\x0a\xff\x00"
_EWF2 = b"EVF2\x0d\x0a\x81\x00"
_RAW_NAMES = re.compile(r"\.(dd|raw|img|ima|image|001|dmg|vhd_raw)$", re.I)
_DELETED = re.compile(r"^(.*) \(deleted, inode (\d+)\)$")

#: Signatures of volumes that are encrypted (or that the Sleuth Kit cannot open), at their start.
_ENCRYPTED = (
    (3, b"-FVE-FS-", "BitLocker encrypted volume"),
    (0, b"LUKS\xba\xbe", "LUKS encrypted volume"),
    (32, b"NXSB", "APFS container (FileVault/APFS: not opened by the Sleuth Kit here, never decrypted)"),
    (88, b"CS", "Core Storage volume (FileVault 2): encrypted, never decrypted"),
)


def _has_layout(head: bytes) -> bool:
    """A partition table or a file system where a disk image would have one."""
    if len(head) >= 512 and head[510:512] == b"\x55\xaa":
        return True  # MBR, protective MBR of GPT, FAT/exFAT/NTFS boot sector
    if head[512:520] == b"EFI PART":
        return True
    if len(head) >= 1082 and head[1080:1082] == b"\x53\xef":
        return True  # ext2/3/4
    if head[1024:1026] in (b"H+", b"HX"):
        return True  # HFS+
    return any(head[o:o + len(sig)] == sig for o, sig, _ in _ENCRYPTED)


def image_kind(name: str, head: bytes) -> str | None:
    """The media type of a disk image on disk (:data:`RAW_IMAGE`, :data:`EWF_IMAGE`), or None.

    An E01 is known by its signature (its first segment only; ``.E02``... are read with it). A
    raw image has no signature of its own: a name an imaging tool gives (``.dd``, ``.raw``,
    ``.img``, ``.001``) and a partition table or file system where one belongs are both needed.
    """
    if head.startswith(_EWF1):
        return EWF_IMAGE if int.from_bytes(head[9:11], "little") == 1 else None
    if head.startswith(_EWF2):  # Ex01: its first segment is named so
        return EWF_IMAGE if name.lower().endswith("01") else None
    if _RAW_NAMES.search(name) and _has_layout(head):
        return RAW_IMAGE
    return None


def split_segments(path: str) -> list[str]:
    """The segments of a split raw image: ``disk.001`` -> ``disk.001``, ``disk.002``... while they
    exist (a lone ``disk.001`` is one segment); any other name is one segment."""
    m = re.search(r"\.(\d{3})$", path)
    if not m or int(m[1]) != 1:
        return [path]
    out = [path]
    n = 2
    while os.path.isfile(f"{path[:-3]}{n:03d}"):
        out.append(f"{path[:-3]}{n:03d}")
        n += 1
    return out


class RawMedia:
    """The bytes of a raw image, its segments read-only and joined."""

    def __init__(self, path: str):
        self._files = [open_readonly(p) for p in split_segments(path)]
        self._starts = []
        pos = 0
        for f in self._files:
            self._starts.append(pos)
            pos += os.fstat(f.fileno()).st_size
        self.size = pos
        self.segments = len(self._files)

    def read(self, offset: int, size: int) -> bytes:
        if len(self._files) == 1:  # the usual case: one pread
            return os.pread(self._files[0].fileno(), max(0, min(size, self.size - offset)), offset)
        return read_at(self, offset, size)

    def readinto(self, offset: int, view: memoryview) -> int:
        """Read from ``offset`` straight into ``view`` (no copy in Python); the bytes read."""
        want = max(0, min(len(view), self.size - offset))
        got = 0
        i = bisect.bisect_right(self._starts, offset) - 1
        while got < want and i < len(self._files):
            local = offset + got - self._starts[i]
            end = self._starts[i + 1] if i + 1 < len(self._starts) else self.size
            if offset + got >= end:  # this segment is read to its end (or empty): the next one
                i += 1
                continue
            n = os.preadv(self._files[i].fileno(), [view[got:got + min(want - got, end - offset - got)]], local)
            if n <= 0:
                break
            got += n
        return got

    def stored_hashes(self) -> dict[str, str]:
        return {}

    def close(self) -> None:
        for f in self._files:
            f.close()


class EwfMedia:
    """The media bytes of an E01 (all its segments).

    libewf (pyewf) opens the image and gives its media size and stored MD5/SHA-1. The bytes of an
    E01 (EWF version 1) are read by :class:`.ewf.EwfChunks`, which finds each chunk through the
    segments' tables and inflates it with zlib (the pyewf wheel inflates with its own, five
    times slower code); a damaged chunk is an ``OSError`` with the reason. An EWF2 ``.Ex01``, or
    an image whose layout that reader does not fully understand, is read through libewf.
    ``reader`` says which: ``"zlib"`` or ``"libewf"``.
    """

    def __init__(self, path: str):
        import pyewf

        from .ewf import EwfChunks, NotUnderstood

        # libewf opens segment files read-only ("r" is its default access mode)
        segments = pyewf.glob(path)
        self._handle = pyewf.handle()
        self._handle.open(segments)
        self.size = self._handle.get_media_size()
        self.segments = len(segments)
        try:
            self._chunks = EwfChunks(segments, self.size)
        except (NotUnderstood, OSError):
            self._chunks = None
        self.reader = "libewf" if self._chunks is None else "zlib"

    def read(self, offset: int, size: int) -> bytes:
        if self._chunks is not None:
            return self._chunks.read(offset, size)
        return self._handle.read_buffer_at_offset(min(size, max(self.size - offset, 0)), offset)

    def readinto(self, offset: int, view: memoryview) -> int:
        if self._chunks is not None:
            return self._chunks.readinto(offset, view)
        data = self.read(offset, len(view))  # libewf hands out a new bytes object: one copy
        view[:len(data)] = data
        return len(data)

    def read_through_libewf(self) -> None:
        """Read through libewf from now on (as it reads a damaged chunk: its data as stored)."""
        if self._chunks is not None:
            self._chunks.close()
            self._chunks = None
            self.reader = "libewf"

    def stored_hashes(self) -> dict[str, str]:
        """The digests the acquisition tool stored in the E01 (``md5``, ``sha1``), lower-case."""
        out = {}
        for name, key in (("md5", "MD5"), ("sha1", "SHA1")):
            try:
                value = self._handle.get_hash_value(key)
            except (OSError, IOError, KeyError):
                value = None
            if value:
                out[name] = value.strip().lower()
        return out

    def close(self) -> None:
        if self._chunks is not None:
            self._chunks.close()
        self._handle.close()


def open_media(path: str, kind: str):
    return EwfMedia(path) if kind == EWF_IMAGE else RawMedia(path)


class MediaStream(io.RawIOBase):
    """A media's bytes as a read-only stream (for hashing the image's own contents)."""

    def __init__(self, media):
        super().__init__()
        self._media = media
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self._media.readinto(self._pos, memoryview(b).cast("B"))
        self._pos += n
        return n


#: What a call into the Sleuth Kit raises: OSError for its own errors, RuntimeError when our
#: reader beneath it failed (pytsk3 turns any exception raised in ``Img_Info.read``, such as a
#: damaged E01 chunk, into a RuntimeError).
TSK_ERRORS = (OSError, RuntimeError)


#: The Sleuth Kit's kinds of file system, tried one by one when detecting them all at once failed
#: on a damaged read (see ``DiskImage._open_fs``).
_FS_KINDS = ("TSK_FS_TYPE_NTFS_DETECT", "TSK_FS_TYPE_FAT_DETECT", "TSK_FS_TYPE_EXT_DETECT",
             "TSK_FS_TYPE_HFS_DETECT", "TSK_FS_TYPE_ISO9660_DETECT", "TSK_FS_TYPE_FFS_DETECT",
             "TSK_FS_TYPE_YAFFS2_DETECT", "TSK_FS_TYPE_APFS_DETECT")


def _tsk_reason(exc: Exception, img) -> str:
    """Why a Sleuth Kit call failed, in one line: for a failed read beneath it, the reader's own
    message (kept by the image's ``read``), else the Sleuth Kit's first line."""
    if isinstance(exc, RuntimeError) and getattr(img, "failure", None) is not None:
        return str(img.failure)
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _img_info(media):
    import pytsk3

    class _Img(pytsk3.Img_Info):
        def __init__(self):
            super().__init__(url="", type=pytsk3.TSK_IMG_TYPE_EXTERNAL)
            #: the last error of a read (pytsk3 hands the Sleuth Kit's caller only a RuntimeError)
            self.failure: Exception | None = None

        def read(self, offset, size):
            try:
                return media.read(offset, size)
            except Exception as exc:
                self.failure = exc
                raise

        def get_size(self):
            return media.size

    return _Img()


class TskFile(io.RawIOBase):
    """One file inside a file system, read-only and seekable."""

    def __init__(self, tsk_file, size: int, recovered: bool, extents=None, media=None, img=None):
        """:param extents: where the contents lie in the image, ``(file offset, image offset or
            None for a hole, length)`` in file order, when :func:`_extents` could tell; read
            straight from the image then (TSK's reader copies each 64 KiB block through its cache)."""
        super().__init__()
        self._file = tsk_file
        self._size = size
        self._pos = 0
        self.recovered = recovered
        self._extents = extents
        self._media = media
        self._img = img

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, b) -> int:
        n = min(len(b), self._size - self._pos)
        if n <= 0:
            return 0
        if self._extents is not None:
            return self._read_extents(b, n)
        try:
            data = self._file.read_random(self._pos, n)
        except RuntimeError as exc:  # the image beneath failed (a damaged chunk): an unreadable file
            raise OSError(f"cannot be read from the image: {_tsk_reason(exc, self._img)}") from None
        b[:len(data)] = data
        self._pos += len(data)
        return len(data)

    def _read_extents(self, b, n: int) -> int:
        i = bisect.bisect_right(self._extents, self._pos, key=lambda e: e[0]) - 1
        file_off, image_off, length = self._extents[i]
        n = min(n, file_off + length - self._pos)
        view = memoryview(b).cast("B")[:n]
        if image_off is None:  # a hole: zeros
            view[:] = bytes(n)
        else:  # straight into the caller's buffer: no copy on a raw image
            n = self._media.readinto(image_off + self._pos - file_off, view)
        self._pos += n
        return n

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = max(self._size - self._pos, 0)
        buf = bytearray(min(size, max(self._size - self._pos, 0)))
        view = memoryview(buf)
        got = 0
        while got < len(buf):  # a read stops at the end of an extent: keep on to the size asked
            n = self.readinto(view[got:])
            if not n:
                break
            got += n
        del view
        return bytes(buf[:got]) if got < len(buf) else bytes(buf)


def _extents(tsk_file, size: int, fs_offset: int, block: int):
    """Where a file's contents lie in the image, as :class:`TskFile` reads them; None unless it
    is the plain case: one unnamed data attribute, stored in blocks (not inside the metadata),
    neither compressed nor encrypted, its runs known and covering the whole size."""
    import pytsk3

    data = [a for a in tsk_file if int(a.info.type) in (int(pytsk3.TSK_FS_ATTR_TYPE_DEFAULT),
                                                        int(pytsk3.TSK_FS_ATTR_TYPE_NTFS_DATA))
            and not a.info.name]
    if len(data) != 1:
        return None
    flags = int(data[0].info.flags)
    if not flags & int(pytsk3.TSK_FS_ATTR_NONRES) or flags & (int(pytsk3.TSK_FS_ATTR_COMP) | int(pytsk3.TSK_FS_ATTR_ENC)):
        return None
    out = []
    pos = 0
    for run in data[0]:
        rflags = int(run.flags)
        if rflags & int(pytsk3.TSK_FS_ATTR_RUN_FLAG_FILLER) or int(run.offset) * block != pos:
            return None
        length = int(run.len) * block
        sparse = rflags & int(pytsk3.TSK_FS_ATTR_RUN_FLAG_SPARSE)
        out.append((pos, None if sparse else fs_offset + int(run.addr) * block, length))
        pos += length
    return out if pos >= size else None


def _encrypted(media, offset: int) -> str | None:
    head = media.read(offset, 4096)
    for at, sig, what in _ENCRYPTED:
        if head[at:at + len(sig)] == sig:
            return what
    return None


class DiskImage:
    """An opened disk image: its partitions and file systems, files found by their member name."""

    def __init__(self, path: str, kind: str):
        import pytsk3

        self.path = path
        self.kind = kind
        self.media = open_media(path, kind)
        self._img = _img_info(self.media)
        #: (label, description, byte offset) of each allocated partition; label "" for no table
        self.volumes: list[tuple[str, str, int]] = []
        self.table_problem: str | None = None
        try:
            vs = pytsk3.Volume_Info(self._img)
        except TSK_ERRORS:
            vs = None
        if vs is not None:
            block = vs.info.block_size
            n = 0
            for part in vs:
                if part.flags != pytsk3.TSK_VS_PART_FLAG_ALLOC:
                    continue
                n += 1
                desc = part.desc.decode("utf-8", "replace").strip() or "partition"
                self.volumes.append((f"p{n}", f"{desc}, {part.len} sectors at sector {part.start}", part.start * block))
            if not self.volumes:
                self.table_problem = "partition table lists no partition"
        else:
            self.volumes.append(("", "the whole image", 0))
        self._fs: dict[str, object] = {}
        #: the entries of the folders opened last, by (volume label, folder's member name)
        self._folders: OrderedDict[tuple[str, str], dict[str, tuple[int, bool]]] = OrderedDict()

    def file_system(self, label: str):
        """The opened file system of volume ``label``; ``OSError`` with the reason when it cannot be."""
        if label not in self._fs:
            offset = next((o for lab, _, o in self.volumes if lab == label), None)
            if offset is None:
                raise OSError(f"no partition {label!r} in the image")
            try:
                encrypted = _encrypted(self.media, offset)
            except OSError as exc:  # a damaged chunk at the volume's head
                encrypted, self._fs[label] = None, OSError(f"file system cannot be read: {exc}: not examined")
            if encrypted:
                self._fs[label] = OSError(f"{encrypted}: not examined")
            elif label not in self._fs:
                self._fs[label] = self._open_fs(offset)
        fs = self._fs[label]
        if isinstance(fs, OSError):
            raise fs
        return fs

    def _open_fs(self, offset: int):
        """The Sleuth Kit's file system at ``offset``, or the OSError saying why there is none.

        Told to detect, the Sleuth Kit tries every kind of file system, and some of its probes read
        far outside the volume (the end of the image). When a read beneath it fails (a damaged
        chunk), each kind is tried alone, so that damage under one partition costs that partition."""
        import pytsk3

        try:
            return pytsk3.FS_Info(self._img, offset=offset)
        except OSError:
            return OSError("file system not recognised by the Sleuth Kit (unsupported or damaged): not examined")
        except RuntimeError as exc:
            failed = exc
        for kind in _FS_KINDS:
            try:
                return pytsk3.FS_Info(self._img, offset=offset, type=getattr(pytsk3, kind))
            except OSError:
                continue  # not this kind
            except RuntimeError as exc:
                failed = exc
        return OSError(f"file system cannot be read: {_tsk_reason(failed, self._img)}: not examined")

    def _split(self, name: str) -> tuple[str, str]:
        labels = {lab for lab, _, _ in self.volumes}
        first, _, rest = name.partition("/")
        if "" in labels:
            return "", name
        if first in labels:
            return first, rest
        raise KeyError(f"no partition for {name!r} in the image")

    def _entries(self, label: str, fs, folder: str) -> dict[str, tuple[int, bool]]:
        """The entries of ``folder`` (a member name inside volume ``label``, "" for its root) by
        the name :func:`_walk` lists them under: (inode, deleted). Kept for the last
        :data:`_FOLDERS_KEPT` folders: members are read in path order, a folder's files together,
        and finding each file by its path made the Sleuth Kit read every folder on the way again
        (on 5,305 files, that was 0.7 s of the 1.6 s it took to read them all)."""
        import pytsk3

        key = (label, folder)
        found = self._folders.get(key)
        if found is not None:
            self._folders.move_to_end(key)
            return found
        if folder:
            parent, _, leaf = folder.rpartition("/")
            directory = fs.open_dir(inode=self._entries(label, fs, parent)[leaf][0])
        else:
            directory = fs.open_dir(path="/")
        found = {}
        for entry in directory:
            raw = entry.info.name.name
            inode = int(entry.info.name.meta_addr)
            if raw in (b".", b"..") or not inode:
                continue
            name = _member_name(raw)
            deleted = bool(int(entry.info.name.flags) & int(pytsk3.TSK_FS_NAME_FLAG_UNALLOC))
            if name in found and (deleted or not found[name][1]):
                continue  # a live entry before a deleted one; the first of two live ones, as listed
            found[name] = (inode, deleted)
        self._folders[key] = found
        if len(self._folders) > _FOLDERS_KEPT:
            self._folders.popitem(last=False)
        return found

    def open(self, name: str) -> TskFile:
        """The file listed as ``name`` (``p2/Users/x/a.jpg``, its :func:`escape_path` form)."""
        import pytsk3

        label, inner = self._split(name)
        fs = self.file_system(label)
        deleted = _DELETED.match(inner)
        try:
            if deleted:
                inode, name_deleted = int(deleted[2]), True
            else:
                folder, _, leaf = inner.rpartition("/")
                inode, name_deleted = self._entries(label, fs, folder)[leaf]
            f = fs.open_meta(inode=inode)
        except (*TSK_ERRORS, KeyError) as exc:
            raise KeyError(f"no file {name!r} in the image: {exc}") from None
        meta = f.info.meta
        if meta is None:
            raise KeyError(f"{name!r} has no metadata left in the image")
        recovered = name_deleted or bool(int(meta.flags) & int(pytsk3.TSK_FS_META_FLAG_UNALLOC))
        extents = None
        if not recovered:  # a deleted file is read as TSK reads it back (its own guess at the clusters)
            offset = next(o for lab, _, o in self.volumes if lab == label)
            try:
                extents = _extents(f, meta.size, offset, fs.info.block_size)
            except (*TSK_ERRORS, AttributeError):
                extents = None
        return TskFile(f, meta.size, recovered, extents, self.media, self._img)

    def size(self, name: str) -> int:
        return self.open(name)._size

    def close(self) -> None:
        self._folders.clear()
        self._fs.clear()
        self.media.close()


#: The Sleuth Kit's virtual folder of orphan files: deleted files whose name is gone (no folder
#: lists them any more) but whose metadata is left; each is listed as ``$OrphanFiles/OrphanFile-N``
#: (N its inode or MFT entry) and read back like any deleted file. The Sleuth Kit finds them when
#: the folder is first listed, by walking every inode of the file system: on ext4 the inode
#: tables (0.3 s for 1.4 GB here), on FAT every directory entry the volume may hold, which reads
#: much of the volume (1.5 s for a page-cached 2 GB FAT32; minutes for a large card on USB).
ORPHANS = "$OrphanFiles"

#: Folders whose entries a :class:`DiskImage` keeps (see ``DiskImage._entries``).
_FOLDERS_KEPT = 256


def _member_name(raw: bytes) -> str:
    """An entry's name as it is listed (one path level: a ``/`` in it is not a folder)."""
    return escape_path(raw.decode("utf-8", "surrogateescape").replace("/", "\\x2f"))


def _walk(fs, label: str, img=None) -> tuple[list[tuple[str, int, int, bool]], list[tuple[str, str]]]:
    """(member name, size, inode, deleted) of every file in ``fs``, and (member name, reason) skips."""
    import pytsk3

    files: list[tuple[str, int, int, bool]] = []
    skips: list[tuple[str, str]] = []
    seen_dirs: set[int] = set()
    prefix = f"{label}/" if label else ""
    stack = [(fs.open_dir(path="/"), "")]
    alloc_name = int(pytsk3.TSK_FS_NAME_FLAG_UNALLOC)
    meta_alloc = int(pytsk3.TSK_FS_META_FLAG_ALLOC)
    while stack:
        directory, rel = stack.pop()
        entries = []
        try:
            for entry in directory:
                entries.append(entry)
        except TSK_ERRORS as exc:
            skips.append((prefix + rel, f"folder cannot be listed: {_tsk_reason(exc, img)}"))
        for entry in entries:
            raw = entry.info.name.name
            if raw in (b".", b".."):
                continue
            name = _member_name(raw)
            path = f"{rel}/{name}" if rel else name
            meta = entry.info.meta
            deleted = bool(int(entry.info.name.flags) & alloc_name)
            if meta is None and rel == ORPHANS and entry.info.name.meta_addr:
                try:  # the orphan folder names its files' inodes without loading them
                    meta = fs.open_meta(inode=int(entry.info.name.meta_addr)).info.meta
                except TSK_ERRORS:
                    meta = None
            if meta is None:
                if deleted:
                    skips.append((prefix + path, "deleted name with no metadata left: not read by this name "
                                                  f"(contents the Sleuth Kit still finds are listed under {ORPHANS})"))
                continue
            mtype = meta.type
            if mtype == pytsk3.TSK_FS_META_TYPE_VIRT_DIR and raw == ORPHANS.encode() and not rel:
                mtype = pytsk3.TSK_FS_META_TYPE_DIR  # orphan files: walked as a folder, its files all deleted
            elif mtype in (pytsk3.TSK_FS_META_TYPE_VIRT, pytsk3.TSK_FS_META_TYPE_VIRT_DIR) \
                    or raw.endswith(b"(Volume Label Entry)"):
                continue  # the Sleuth Kit's own virtual entries ($MBR, $FAT1), FAT's label
            if deleted and int(meta.flags) & meta_alloc:
                skips.append((prefix + path, "deleted name whose metadata now belongs to another file: not read"))
                continue
            if mtype == pytsk3.TSK_FS_META_TYPE_DIR:
                if meta.addr in seen_dirs:
                    continue
                seen_dirs.add(meta.addr)
                try:
                    stack.append((entry.as_directory(), path))
                except TSK_ERRORS as exc:
                    skips.append((prefix + path, f"folder cannot be opened: {_tsk_reason(exc, img)}"))
                continue
            if mtype != pytsk3.TSK_FS_META_TYPE_REG:
                what = {pytsk3.TSK_FS_META_TYPE_LNK: "symbolic link: not followed",
                        pytsk3.TSK_FS_META_TYPE_FIFO: "named pipe (FIFO): not read",
                        pytsk3.TSK_FS_META_TYPE_CHR: "character device: not read",
                        pytsk3.TSK_FS_META_TYPE_BLK: "block device: not read",
                        pytsk3.TSK_FS_META_TYPE_SOCK: "socket: not read"}.get(mtype, "not a regular file: not read")
                skips.append((prefix + path, what))
                continue
            files.append((prefix + path, int(meta.size), int(meta.addr), deleted or bool(int(meta.flags) & int(pytsk3.TSK_FS_META_FLAG_UNALLOC))))
    files.sort(key=lambda f: f[0])
    # a name listed twice (a deleted file beside a live one, or two deleted ones): the deleted
    # ones are written with their inode so that each can be found again and none hides another
    count: dict[str, int] = {}
    for n, *_ in files:
        count[n] = count.get(n, 0) + 1
    out = []
    for n, size, inode, deleted in files:
        if count[n] > 1 and deleted:
            n = f"{n} (deleted, inode {inode})"
        elif count[n] > 1:
            live = [f for f in files if f[0] == n and not f[3]]
            if len(live) > 1 and live[0][2] != inode:
                skips.append((n, f"second live file of the same name (inode {inode}): not examined"))
                continue
        out.append((n, size, inode, deleted))
    return out, skips


def list_image_members(image: EvidenceFile, kind: str, limits) -> tuple[list[EvidenceFile], list[Skip]]:
    """List every file of every readable file system in the image ``image`` (on disk).

    :return: the files to examine, and a skip for each volume or entry that will not be, with why.
    :raises OSError: the image cannot be opened at all.
    """
    members: list[EvidenceFile] = []
    skips: list[Skip] = []
    ex = image.exhibit_id
    disk = DiskImage(image.locator.disk_path, kind)
    try:
        if disk.table_problem:
            skips.append(Skip(ex, image.path, "image", f"{CANNOT_READ}: {disk.table_problem}: not examined"))
        for label, desc, _ in disk.volumes:
            where = f"{image.path}{CONTAINER_SEP}{label}" if label else image.path
            try:
                fs = disk.file_system(label)
            except OSError as exc:
                reason = str(exc)
                if not label and "not recognised" in reason:
                    reason = ("no partition table and no file system the Sleuth Kit recognises "
                              "(damaged, unsupported or encrypted): not examined")
                skips.append(Skip(ex, where, "image", f"{desc}: {reason}" if label
                                  else f"{CANNOT_READ}: {reason}"))
                continue
            files, bad = _walk(fs, label, disk._img)
            for name, reason in bad:
                skips.append(Skip(ex, f"{image.path}{CONTAINER_SEP}{name}", "image", reason))
            for name, size, _inode, _deleted in files:
                if len(members) >= limits.max_members:
                    skips.append(Skip(ex, f"{image.path}{CONTAINER_SEP}{name}", "image",
                                      f"over the limit of {limits.max_members} files: not examined"))
                    continue
                members.append(EvidenceFile(ex, f"{image.path}{CONTAINER_SEP}{name}", size, None,
                                            Locator(image.locator.disk_path, (name,)), depth=1))
    finally:
        disk.close()
    return members, skips


def image_kind_of(path: str) -> str | None:
    """:func:`image_kind` of the file at ``path`` on disk (read-only), or None."""
    try:
        with open_readonly(path) as f:
            head = f.read(4096)
    except OSError:
        return None
    return image_kind(os.path.basename(path), head)


def hash_media(path: str, kind: str, names, progress=None) -> tuple[object, dict[str, str], int]:
    """Digests of an image's media (for E01, what libewf decompresses; for a split raw image, its
    segments joined), the digests stored in it at acquisition, and its segment count."""
    from ..hashing import hash_stream

    from .ewf import DamagedChunk

    media = open_media(path, kind)
    try:
        try:
            digests, _ = hash_stream(MediaStream(media), tuple(names))
        except DamagedChunk:
            # the check against the stored digests covers the media as stored: read as libewf
            # reads it, a damaged chunk gives digests that do not match (E01 VERIFICATION FAILED)
            media.read_through_libewf()
            digests, _ = hash_stream(MediaStream(media), tuple(names))
        return digests, media.stored_hashes(), media.segments
    finally:
        media.close()


"""The records that flow through the pipeline.

Small, frozen dataclasses of plain values so that they pickle to worker processes, serialise to
JSON deterministically and compare in tests. Times are timezone-aware UTC unless a field says
otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: The digests evidtriage knows, in the order they appear everywhere (lists, reports, store).
DIGEST_NAMES: tuple[str, ...] = ("md5", "sha1", "sha256", "blake3")

#: File statuses of findings.json (schema evidtriage/findings/1).
FILE_STATUSES: tuple[str, ...] = (
    "parsed", "partial", "not examined", "skipped", "duplicate", "known-good", "known-bad",
)

#: Separator between a container and a path inside it: ``outer.zip!/inner/path``.
CONTAINER_SEP = "!/"


@dataclass(frozen=True)
class Exhibit:
    """A source the examiner added to the case: a folder, a single file or an archive."""

    id: str
    source: str  # absolute path as given when added
    kind: str  # "folder" | "file"
    description: str = ""


@dataclass(frozen=True)
class Locator:
    """How a worker reopens a file's bytes, read-only.

    ``disk_path`` is the absolute path of the file on disk (for an archive member, the outermost
    archive); ``members`` the chain of member names from the outermost archive inwards.
    """

    disk_path: str
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class EvidenceFile:
    """One file of an exhibit: on disk, or a member of an archive (at any depth)."""

    exhibit_id: str
    path: str  # relative to the exhibit root; members are written ``outer.zip!/inner/path``
    size: int
    mtime_ns: int | None
    locator: Locator
    depth: int = 0  # 0 on disk, 1 inside an archive, 2 inside an archive in an archive, ...

    @property
    def on_disk(self) -> bool:
        return not self.locator.members


@dataclass(frozen=True)
class Skip:
    """Something that was not examined, or not completely, and why."""

    exhibit_id: str
    path: str
    stage: str  # walk | hash | archive | parse | match | ...
    reason: str


@dataclass(frozen=True)
class Digests:
    """Digests of one content, with the number of bytes they cover."""

    bytes_hashed: int
    md5: str | None = None
    sha1: str | None = None
    sha256: str | None = None
    blake3: str | None = None

    def get(self, name: str) -> str | None:
        return getattr(self, name)


@dataclass(frozen=True)
class HashResult:
    """What the hash stage learnt about one evidence file."""

    exhibit_id: str
    path: str
    digests: Digests | None
    media_type: str | None
    problem: str | None = None  # set when the file could not be read completely
    members: tuple[EvidenceFile, ...] = ()  # when the file is an archive that was listed
    member_skips: tuple[Skip, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Progress:
    """A progress report from library code; the CLI turns it into a progress bar."""

    stage: str
    files_done: int
    files_total: int
    bytes_done: int = 0
    bytes_total: int = 0
    message: str = ""


@dataclass(frozen=True)
class CaseInfo:
    """Who examines what, under which authority."""

    case_id: str
    examiner: str
    agency: str = ""
    authority: str = ""
    timezone: str = ""  # IANA zone assumed for zone-less times in the evidence; "" = none given
    created_utc: str = ""


@dataclass(frozen=True)
class FileRecord:
    """An evidence file as the case store holds it after the hash stage."""

    exhibit_id: str
    path: str
    size: int
    depth: int
    hashed: bool
    digests: Digests | None
    media_type: str | None
    problem: str | None

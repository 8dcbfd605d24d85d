"""Read-only evidence: the sources (folder, zip, tar, extraction, disk image), file types from
leading bytes (``sniffing``), one-pass hashing, hashing at acquisition, the examiner's key files,
and private copies of app databases (``sqlite_copy``)."""

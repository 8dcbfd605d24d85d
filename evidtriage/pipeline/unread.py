"""What a file that no parser read is, in words, for its ``not examined`` status.

A file no parser read was hashed and typed, nothing more: its status is ``not examined`` and the
reason names the format as precisely as the name, the folder and the sniffed type allow, so that
an examiner knows what to open with another tool ("no parser for this format: SQLite database
(com.whatsapp msgstore.db)"). Known app databases are named as such: saying "a database" where
the file is WhatsApp's message store would hide where the messages are.
"""

from __future__ import annotations

import posixpath
import re

from ..model import CONTAINER_SEP
from ..intake.sniffing import ARCHIVE_TYPES
from ..intake.sources.diskimage import EWF_IMAGE, IMAGE_TYPES

#: Reasons begin with this, so that a report can group them.
NO_PARSER = "no parser for this format: "

#: App databases evidtriage does not read yet, by file name: (app or package, what it holds).
KNOWN_DATABASES: dict[str, tuple[str, str]] = {
    "axolotl.db": ("com.whatsapp", "WhatsApp encryption keys"),
    "cache4.db": ("org.telegram.messenger", "Telegram messages"),
    "signal.db": ("org.thoughtcrime.securesms", "Signal messages (encrypted)"),
    "direct.db": ("com.instagram.android", "Instagram direct messages"),
}

#: Databases read beside another one, for names, and never as a file of their own:
#: (app or package, what it holds, the database it is read with).
SIDE_DATABASES: dict[str, tuple[str, str, str]] = {
    "wa.db": ("com.whatsapp", "WhatsApp contacts", "msgstore.db"),
}

#: App databases a built-in parser reads, by file name. One of these reaches "not examined" only
#: when its parser found no tables it knows (another app's file of the same name, or a schema
#: version it does not know): the reason says that, not "not read".
READ_DATABASES: dict[str, tuple[str, str]] = {
    "msgstore.db": ("com.whatsapp", "WhatsApp messages"),
    "chatstorage.sqlite": ("net.whatsapp.WhatsApp", "WhatsApp iOS messages"),
    "imofriends.db": ("com.imo.android.imoim", "IMO messages"),
    "threads_db2": ("com.facebook.orca", "Messenger messages"),
    "viber_messages": ("com.viber.voip", "Viber messages"),
    "mmssms.db": ("com.android.providers.telephony", "Android SMS and MMS"),
    "contacts2.db": ("com.android.providers.contacts", "Android contacts and call log"),
    "calllog.db": ("com.android.providers.contacts", "Android call log"),
    "sms.db": ("com.apple.MobileSMS", "iOS messages"),
    "callhistory.storedata": ("com.apple.CallHistory", "iOS call history"),
    "addressbook.sqlitedb": ("com.apple.AddressBook", "iOS contacts"),
}

_CRYPT = re.compile(r"^(msgstore|wa|backup_settings|stickers|chatsettings).*\.crypt(\d+)$", re.I)
_PACKAGE = re.compile(r"(?:^|/)(?:data/data|Android/data|data)/([a-z][\w]*(?:\.[\w]+)+)/")

_KINDS = {
    "application/vnd.sqlite3": "SQLite database",
    "application/x-sqlite3": "SQLite database",
    "application/octet-stream": "unrecognised binary data",
    "application/x-empty": "empty file",
    "inode/x-empty": "empty file",
}


def image_in_archive(media_type: str) -> str:
    """The reason of a disk image found inside an archive (zip, tar).

    The Sleuth Kit and libewf read an image by seeking all over it, and a member of an archive is
    read as a stream from its start (inflated, for most); copying it out to seek in it would
    write evidence-sized files beside the case, unasked. The examiner extracts it and adds it as
    an exhibit of its own.
    """
    kind = "E01" if media_type == EWF_IMAGE else "raw image"
    return (f"disk image ({kind}) inside an archive: not opened, since an image is read by seeking in it and "
            "an archive member only as a stream; extract it, check it against this member's hashes, and add "
            "it as evidence")


def unread_reason(path: str, media_type: str | None) -> str:
    """The reason of a content no parser read: ``no parser for this format: ...``."""
    inner = path.rsplit(CONTAINER_SEP, 1)[-1]
    name = posixpath.basename(inner)
    if media_type in IMAGE_TYPES:
        return image_in_archive(media_type)
    kind = _KINDS.get(media_type or "", media_type or "unknown type")
    crypt = _CRYPT.match(name)
    if crypt:
        what = f"encrypted: WhatsApp encrypted backup ({name}, crypt{crypt[2]}), not decrypted: "
        if crypt[1].lower() == "msgstore" and crypt[2] in ("12", "14", "15"):
            key = "files/encrypted_backup.key" if crypt[2] == "15" else "files/key"
            return what + f"its key (com.whatsapp {key}) is not in the exhibit; give it with --key-file"
        return what + f"evidtriage reads msgstore backups only (crypt12, 14 and 15), not {crypt[1]} crypt{crypt[2]}"
    if media_type == "application/json" or (name.lower().endswith(".json") and kind == "unrecognised binary data"):
        return f"{NO_PARSER}JSON, not a known export shape"
    known = KNOWN_DATABASES.get(name.lower())
    if known and kind in ("SQLite database", "unrecognised binary data"):
        app, what = known
        package = _PACKAGE.search(inner)
        return f"{NO_PARSER}{kind} ({package[1] if package else app} {name}: {what}, not read by evidtriage)"
    side = SIDE_DATABASES.get(name.lower())
    if side and kind in ("SQLite database", "unrecognised binary data"):
        app, what, main = side
        package = _PACKAGE.search(inner)
        return (f"{NO_PARSER}{kind} ({package[1] if package else app} {name}: {what}, read for the names in "
                f"{main} beside it, not as a file of its own)")
    read = READ_DATABASES.get(name.lower())
    if read and kind in ("SQLite database", "unrecognised binary data"):
        app, what = read
        package = _PACKAGE.search(inner)
        return (f"{NO_PARSER}{kind} ({package[1] if package else app} {name}: named like {what}, but without "
                "the tables evidtriage reads: another schema version or another app's file)")
    if kind == "SQLite database":
        package = _PACKAGE.search(inner)
        return f"{NO_PARSER}{kind}" + (f" ({package[1]} {name})" if package else f" ({name})")
    return f"{NO_PARSER}{kind}"


def is_archive(media_type: str | None, on_disk: bool = True) -> bool:
    """Archives are read by the hash stage, which lists their members as files of their own
    (a disk image only when it is a file on disk)."""
    if media_type in IMAGE_TYPES:
        return on_disk
    return (media_type or "") in ARCHIVE_TYPES

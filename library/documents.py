"""What an uploaded document really is, read from its bytes, never from
its name or the type the browser claims.

Accepted: PDF, and the office formats of today (Word, Excel and PowerPoint
as OOXML, and their OpenDocument counterparts). Refused: anything else,
the macro-enabled OOXML variants, and the older binary Office formats
(.doc, .xls, .ppt), whose macros cannot be told apart without opening
them: staff save those as PDF or in the current format. A zip whose
entries would unpack to more than ``MAX_UNPACKED_BYTES`` is refused too
(a "zip bomb" costs the reader, not us, but it is never a real document).
"""

import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 5000


@dataclass(frozen=True)
class DocumentType:
    label: str  # shown next to every link, as the accessibility rules ask
    suffix: str
    content_type: str


PDF = DocumentType("PDF", "pdf", "application/pdf")
OOXML = {
    "word/document.xml": DocumentType(
        "Word",
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "xl/workbook.xml": DocumentType(
        "Excel",
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    "ppt/presentation.xml": DocumentType(
        "PowerPoint",
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
}
OPENDOCUMENT = {
    b"application/vnd.oasis.opendocument.text": DocumentType(
        "OpenDocument", "odt", "application/vnd.oasis.opendocument.text"
    ),
    b"application/vnd.oasis.opendocument.spreadsheet": DocumentType(
        "OpenDocument", "ods", "application/vnd.oasis.opendocument.spreadsheet"
    ),
    b"application/vnd.oasis.opendocument.presentation": DocumentType(
        "OpenDocument", "odp", "application/vnd.oasis.opendocument.presentation"
    ),
}
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

MESSAGES = {
    "too_large": _("The file is larger than %(limit)s MB. Please send a smaller one."),
    "unknown": _(
        "This file is not a PDF, Word, Excel, PowerPoint or OpenDocument "
        "file (whatever its name says). Please save it in one of those formats."
    ),
    "old_office": _(
        "Files in the older Office formats (.doc, .xls, .ppt) are not "
        "accepted, because they may hide macros. Please save the file as PDF "
        "or in the current format (.docx, .xlsx, .pptx)."
    ),
    "macros": _(
        "This file can carry macros, which are not accepted. Please save it "
        "without macros (.docx, .xlsx, .pptx) or as PDF."
    ),
    "damaged": _("The file is damaged or incomplete. Please save it again."),
}


def document_type(upload):
    """The ``DocumentType`` of ``upload`` (an open file), or
    ``ValidationError`` with what to do instead."""
    size = getattr(upload, "size", None)
    if size is None or size > MAX_BYTES:
        raise ValidationError(
            MESSAGES["too_large"],
            code="too_large",
            params={"limit": MAX_BYTES // (1024 * 1024)},
        )
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(OLE2_SIGNATURE):
        raise ValidationError(MESSAGES["old_office"], code="old_office")
    if head.startswith(b"PK\x03\x04"):
        return _zipped_type(upload)
    raise ValidationError(MESSAGES["unknown"], code="unknown")


def _zipped_type(upload):
    try:
        with zipfile.ZipFile(upload) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES or (
                sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES
            ):
                raise ValidationError(MESSAGES["damaged"], code="damaged")
            names = {entry.filename for entry in entries}
            if "mimetype" in names:
                found = OPENDOCUMENT.get(archive.read("mimetype").strip())
                if found is not None:
                    return found
            if "[Content_Types].xml" in names:
                declared = archive.read("[Content_Types].xml")
                if b"macroEnabled" in declared or "vbaProject.bin" in {
                    name.rsplit("/", 1)[-1] for name in names
                }:
                    raise ValidationError(MESSAGES["macros"], code="macros")
                for part, found in OOXML.items():
                    if part in names:
                        return found
    except (zipfile.BadZipFile, KeyError, OSError) as error:
        raise ValidationError(MESSAGES["damaged"], code="damaged") from error
    finally:
        upload.seek(0)
    raise ValidationError(MESSAGES["unknown"], code="unknown")

"""A document is what its bytes say, not its name: PDF and the current
office formats are accepted; an image renamed .pdf, the older binary Office
formats and macro-enabled files are refused with a reason staff can act
on; downloads carry the title, the real type and its size."""

import io
import zipfile
from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.template.defaultfilters import filesizeformat

from library.documents import MAX_UNPACKED_BYTES, MESSAGES
from library.models import Document
from tests.images import image_bytes
from tests.library.factories import DocumentFactory, office_bytes, pdf_upload

pytestmark = pytest.mark.django_db


def _document(name, content):
    return Document(
        title_he="טופס הרשמה", file=SimpleUploadedFile(name, content, "application/pdf")
    )


@pytest.mark.parametrize(
    ("name", "content", "label", "suffix"),
    [
        ("form.pdf", pdf_upload().read(), "PDF", "pdf"),
        ("form.docx", office_bytes("word/document.xml"), "Word", "docx"),
        ("table.xlsx", office_bytes("xl/workbook.xml"), "Excel", "xlsx"),
        ("slides.pptx", office_bytes("ppt/presentation.xml"), "PowerPoint", "pptx"),
        # The name lies; the content is what counts.
        ("form.bin", pdf_upload().read(), "PDF", "pdf"),
    ],
)
def test_pdf_and_office_files_are_accepted(name, content, label, suffix):
    document = _document(name, content)
    document.full_clean()
    document.save()

    assert (document.file_type, document.suffix) == (label, suffix)
    assert document.size == len(content)


def _opendocument():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def test_an_opendocument_text_is_accepted():
    document = _document("letter.odt", _opendocument())
    document.full_clean()

    assert document.suffix == "odt"


def _zip_bomb():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (MAX_UNPACKED_BYTES + 1))
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("photo.pdf", image_bytes(), "unknown"),
        ("script.pdf", b"<script>alert(1)</script>", "unknown"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old_office"),
        (
            "macros.docx",
            office_bytes(content_types=b"<Types>macroEnabled.12</Types>"),
            "macros",
        ),
        ("broken.docx", b"PK\x03\x04not really a zip", "damaged"),
        ("bomb.docx", _zip_bomb(), "damaged"),
        ("archive.zip", office_bytes("other/thing.xml"), "unknown"),
    ],
)
def test_other_files_are_refused_by_their_content(name, content, code):
    document = _document(name, content)

    with pytest.raises(ValidationError) as refused:
        document.full_clean()

    assert refused.value.message_dict["file"] == [str(MESSAGES[code])]


def test_saving_without_the_admin_is_checked_too():
    with pytest.raises(ValidationError):
        _document("photo.pdf", image_bytes()).save()

    assert not Document.objects.exists()


def test_a_document_downloads_under_its_title_and_real_type(client):
    document = DocumentFactory(title_he="מדריך לתושב החדש", file=pdf_upload("x.bin"))

    response = client.get(document.get_absolute_url())

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "attachment" in response["Content-Disposition"]
    assert "filename*=utf-8''" in response["Content-Disposition"]
    assert document.download_name() == "מדריך-לתושב-החדש.pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_an_old_download_name_redirects_to_the_current_one(client):
    document = DocumentFactory(title_he="מדריך")
    old = f"/documents/{document.pk}/old-name.pdf"

    response = client.get(old)

    assert response.status_code == HTTPStatus.MOVED_PERMANENTLY
    assert response["Location"] == document.get_absolute_url()


def test_links_to_documents_say_their_type_and_size():
    document = DocumentFactory(title_he="מדריך", language="en")
    html = Template("{% load library_tags %}{% document_link document %}").render(
        Context({"document": document})
    )

    assert f'href="{document.get_absolute_url()}"' in html
    assert 'hreflang="en"' in html
    details = f"({document.file_type}, {filesizeformat(document.size)})"
    assert details in html

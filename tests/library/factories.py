import io
import zipfile

import factory
from django.core.files.uploadedfile import SimpleUploadedFile

from library.models import Document, Image, ImageTag
from tests.images import image_bytes

# The smallest file each reader recognises: what is checked is the content.
PDF_BYTES = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def office_bytes(main_part="word/document.xml", content_types=b"<Types/>"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr(main_part, b"<document/>")
    return buffer.getvalue()


def pdf_upload(name="guide.pdf"):
    return SimpleUploadedFile(name, PDF_BYTES, "application/pdf")


class ImageTagFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"tag-{n}")

    class Meta:
        model = ImageTag


class ImageFactory(factory.django.DjangoModelFactory):
    file = factory.LazyFunction(
        lambda: SimpleUploadedFile("photo.png", image_bytes(), "image/png")
    )
    alt_text_he = factory.Sequence(lambda n: f"מתנדבים אורזים חבילות מזון {n}")
    alt_text_ar = factory.Sequence(lambda n: f"متطوعون يحزمون طرود الغذاء {n}")
    alt_text_en = factory.Sequence(lambda n: f"Volunteers packing food parcels {n}")
    credit_he = "דוברות העירייה"

    class Meta:
        model = Image
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.set(extracted)


class DocumentFactory(factory.django.DjangoModelFactory):
    file = factory.LazyFunction(pdf_upload)
    title_he = factory.Sequence(lambda n: f"מדריך לתושב {n}")
    title_en = factory.Sequence(lambda n: f"Resident's guide {n}")

    class Meta:
        model = Document

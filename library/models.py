"""The library: each photo and each document uploaded once, described
once (alt text, caption, credit; title, language), and chosen from
wherever it is shown. A municipality's staff use their municipality's
items and the network's shared ones; what is in use cannot be deleted,
and "where is this used" is answered from the relations that point here,
whichever app declares them."""

import re
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import get_image_dimensions
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from core.images import CleanImageField
from core.uploads import RandomNameUploadTo
from library.documents import document_type
from municipalities import tenancy
from municipalities.models import Municipality, StaffScopedQuerySet

# Words that name the kind of thing rather than what it shows.
NOT_ALT_TEXT = {
    "image", "img", "photo", "picture", "pic", "logo", "icon", "banner",
    "graphic", "untitled", "תמונה", "תמונות", "צילום", "לוגו", "סמל", "איור",
    "صورة", "صور", "شعار", "رسم",
}  # fmt: skip
FILE_NAME = re.compile(
    r"(\.(jpe?g|png|webp|gif|heic|tiff?|bmp)$)"
    r"|^(img|dsc|pxl|photo|image|screenshot)[-_ ]?\d",
    re.IGNORECASE,
)


def validate_alt_text(value):
    """Alt text says what the picture shows: a file name, or a word such
    as "image", tells a screen reader user nothing."""
    text = (value or "").strip()
    if not text:
        return
    words = re.sub(r"[\W_]+", " ", text.lower()).split()
    if FILE_NAME.search(text) or (words and set(words) <= NOT_ALT_TEXT):
        raise ValidationError(
            _(
                "“%(text)s” does not say what the picture shows. Describe it "
                "in a few words, e.g. “Volunteers packing food parcels at the "
                "community centre”."
            ),
            code="not_alt_text",
            params={"text": text},
        )


class LibraryQuerySet(StaffScopedQuerySet):
    def visible_to(self, user):
        """Staff use their municipalities' items and the shared ones."""
        if tenancy.is_network_admin(user):
            return self
        return self.filter(
            Q(municipality__in=tenancy.municipality_ids(user))
            | Q(municipality__isnull=True)
        )


class LibraryItem(models.Model):
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("municipality"),
        help_text=_(
            "Whose it is. Left empty, it is the network's: every "
            "municipality may use it, and only network administrators change it."
        ),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
        editable=False,
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = LibraryQuerySet.as_manager()

    municipality_path = "municipality"

    class Meta:
        abstract = True

    def usages(self):
        """``[(kind of content, object), …]``: everything that shows this
        item, found through every relation that points here (the models
        that use the library declare those; this one names none). A row
        that is part of something larger (a page's block) names it with
        ``library_use()``."""
        found = []
        for relation in self._meta.get_fields(include_hidden=True):
            if (
                not (relation.auto_created and relation.is_relation)
                or relation.concrete
            ):
                continue
            rows = relation.related_model._default_manager.filter(
                **{relation.field.name: self}
            )
            for row in rows[:50]:
                owner = row.library_use() if hasattr(row, "library_use") else row
                found.append((owner._meta.verbose_name, owner))
        return list(dict.fromkeys(found))


class ImageTag(models.Model):
    name = models.CharField(_("name"), max_length=60, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("image tag")
        verbose_name_plural = _("image tags")

    def __str__(self):
        return self.name


class Image(LibraryItem):
    file = CleanImageField(
        _("image file"),
        upload_to=RandomNameUploadTo("library"),
        help_text=_(
            "PNG, JPEG or WebP. Replacing the file keeps every page that "
            "shows it; location and camera details are removed."
        ),
    )
    width = models.PositiveIntegerField(_("width"), editable=False, default=0)
    height = models.PositiveIntegerField(_("height"), editable=False, default=0)
    alt_text = models.CharField(
        _("text alternative"),
        max_length=250,
        validators=[validate_alt_text],
        help_text=_(
            "What the picture shows, for those who cannot see it, in each "
            "language. Required."
        ),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(
        _("credit"),
        max_length=150,
        blank=True,
        help_text=_("Who took the photo or holds its rights."),
    )
    focal_x = models.PositiveSmallIntegerField(
        _("focal point across (%)"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_(
            "Where the subject is, from the start of the image (0) to its end "
            "(100): crops keep it in view."
        ),
    )
    focal_y = models.PositiveSmallIntegerField(
        _("focal point down (%)"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_("From the top (0) to the bottom (100)."),
    )
    tags = models.ManyToManyField(
        ImageTag, blank=True, related_name="images", verbose_name=_("tags")
    )

    # Shown in several widths (core.renditions).
    responsive_image_fields = ("file",)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self):
        return self.alt_text or PurePath(self.file.name).name

    def save(self, *args, **kwargs):
        new_file = bool(self.file) and not self.file._committed
        super().save(*args, **kwargs)
        if new_file:
            # Measured once, from the clean copy just stored. (Not with the
            # field's width_field, which opens the file whenever a row is
            # read with no size, and fails the page if the file is gone.)
            self.width, self.height = get_image_dimensions(self.file) or (0, 0)
            Image.objects.filter(pk=self.pk).update(
                width=self.width, height=self.height
            )

    def clean(self):
        super().clean()
        missing = {
            f"alt_text_{code}": _("Describe the picture in this language too.")
            for code, _name in settings.LANGUAGES
            if not (getattr(self, f"alt_text_{code}", "") or "").strip()
        }
        if missing:
            raise ValidationError(missing)

    @property
    def focal_point(self):
        """The focal point as fractions across and down, for crops
        (``core.social_images``)."""
        return (self.focal_x / 100, self.focal_y / 100)

    @property
    def object_position(self):
        """The focal point as CSS object-position, for crops in the page."""
        return f"{self.focal_x}% {self.focal_y}%"


class DocumentLanguage(models.TextChoices):
    HEBREW = "he", _("Hebrew")
    ARABIC = "ar", _("Arabic")
    ENGLISH = "en", _("English")
    OTHER = "other", _("Another language")


class Document(LibraryItem):
    file = models.FileField(
        _("file"),
        upload_to=RandomNameUploadTo("documents"),
        help_text=_(
            "PDF, Word, Excel, PowerPoint or OpenDocument, up to 20 MB. The "
            "type is read from the file itself."
        ),
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("What the document is; also the name it downloads under."),
    )
    language = models.CharField(
        _("language of the document"),
        max_length=8,
        choices=DocumentLanguage.choices,
        default=DocumentLanguage.HEBREW,
    )
    file_type = models.CharField(_("type"), max_length=30, editable=False)
    suffix = models.CharField(max_length=8, editable=False)
    content_type = models.CharField(max_length=100, editable=False)
    size = models.PositiveBigIntegerField(_("size"), editable=False, default=0)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Whatever path stores a file (the admin, a command, the shell),
        # it is checked first: the stored files are public.
        self.read_file_type()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse(
            "library:document", kwargs={"pk": self.pk, "name": self.download_name()}
        )

    def clean(self):
        super().clean()
        self.read_file_type()

    def read_file_type(self):
        """Read a new file's real type and size from its bytes, or refuse
        it (``ValidationError`` on ``file``)."""
        upload = self.file
        if not upload or (upload._committed and self.file_type):
            return
        if upload._committed:
            # Stored by a path that saved the file first (a command).
            upload.open("rb")
        try:
            found = document_type(upload.file)
        except ValidationError as error:
            raise ValidationError({"file": error.messages}) from error
        self.file_type = found.label
        self.suffix = found.suffix
        self.content_type = found.content_type
        self.size = upload.size

    def download_name(self):
        """The name the file downloads under: its title and real type."""
        base = slugify(self.title_he or self.title, allow_unicode=True) or "document"
        return f"{base[:80]}.{self.suffix}"

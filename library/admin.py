from django.contrib import admin
from django.contrib.admin.widgets import ForeignKeyRawIdWidget
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from library.models import Document, Image, ImageTag
from library.widgets import ImageChooserWidget
from municipalities import tenancy
from municipalities.admin_helpers import TranslatedAdmin, thumbnail


class LibraryAdmin(TranslatedAdmin):
    """Staff see their municipalities' items and the network's, change
    only their own (network administrators, all), and cannot delete what
    is in use: every relation to the library protects it, and Django's
    delete page names what still uses it."""

    list_filter = ["municipality"]
    readonly_fields = ["where_used", "uploaded_by", "created_at"]

    def _shared_and_not_mine(self, request, obj):
        return (
            obj is not None
            and obj.municipality_id is None
            and not tenancy.is_network_admin(request.user)
        )

    def has_change_permission(self, request, obj=None):
        if self._shared_and_not_mine(request, obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if self._shared_and_not_mine(request, obj):
            return False
        return super().has_delete_permission(request, obj)

    def get_field_queryset(self, db, db_field, request):
        if db_field.name == "municipality" and not tenancy.is_network_admin(
            request.user
        ):
            return db_field.remote_field.model.objects.visible_to(request.user)
        return super().get_field_queryset(db, db_field, request)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description=_("where it is used"))
    def where_used(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        usages = obj.usages()
        if not usages:
            return _("Not used anywhere yet: it may be deleted.")
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "", "<li>{}: {}</li>", ((kind, str(item)) for kind, item in usages)
            ),
        )


@admin.register(Image)
class ImageAdmin(LibraryAdmin):
    list_display = ["preview", "alt_text", "credit", "municipality", "created_at"]
    list_display_links = ["preview", "alt_text"]
    list_filter = ["municipality", "tags"]
    search_fields = [
        "alt_text_he", "alt_text_ar", "alt_text_en", "caption_he", "caption_ar",
        "caption_en", "credit_he", "credit_en", "tags__name",
    ]  # fmt: skip
    filter_horizontal = ["tags"]
    fieldsets = [
        (None, {"fields": ["file", "alt_text", "caption", "credit"]}),
        (_("Cropping"), {"fields": ["focal_x", "focal_y"]}),
        (_("Belongs to"), {"fields": ["municipality", "tags"]}),
        (
            _("Use"),
            {"fields": ["where_used", "uploaded_by", "created_at"]},
        ),
    ]

    @admin.display(description=_("image"))
    def preview(self, obj):
        return thumbnail(obj.file, "")


@admin.register(Document)
class DocumentAdmin(LibraryAdmin):
    list_display = ["title", "file_type", "size_shown", "language", "municipality"]
    list_filter = ["municipality", "file_type", "language"]
    search_fields = ["title_he", "title_ar", "title_en"]
    fieldsets = [
        (None, {"fields": ["file", "title", "language"]}),
        (_("Belongs to"), {"fields": ["municipality"]}),
        (_("Use"), {"fields": ["where_used", "uploaded_by", "created_at"]}),
    ]

    @admin.display(description=_("size"), ordering="size")
    def size_shown(self, obj):
        from django.template.defaultfilters import filesizeformat

        return filesizeformat(obj.size)


@admin.register(ImageTag)
class ImageTagAdmin(admin.ModelAdmin):
    search_fields = ["name"]


class ChoosesFromLibrary:
    """For the admins (and inlines) of content that shows library items: an
    image is chosen in the image list's popup, with its thumbnail shown
    beside the field; a document likewise. Both lists are scoped to what
    the user may use."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is Image:
            kwargs["widget"] = ImageChooserWidget(
                db_field.remote_field, self.admin_site
            )
        elif db_field.related_model is Document:
            kwargs["widget"] = ForeignKeyRawIdWidget(
                db_field.remote_field, self.admin_site
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

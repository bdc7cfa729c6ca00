"""Building blocks shared by the apps' admin modules."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.utils.html import format_html
from modeltranslation.admin import TabbedTranslationAdmin
from reversion_compare.admin import CompareVersionAdmin

from community_cms import tenancy
from community_cms.models import AuditEvent
from community_cms.services import audit_event_record


def thumbnail(image, alt=""):
    if not image:
        return "—"
    return format_html(
        '<img src="{}" alt="{}" width="64" height="48" '
        'style="object-fit: cover; border-radius: 4px;" loading="lazy">',
        image.url,
        alt,
    )


class AuditedAdmin(admin.ModelAdmin):
    """Writes every create, change and delete made in the admin to the audit
    log, with the municipality the object belongs to."""

    def log_addition(self, request, obj, message):
        audit_event_record(
            AuditEvent.Action.CREATE, actor=request.user, obj=obj, request=request
        )
        return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        audit_event_record(
            AuditEvent.Action.CHANGE, actor=request.user, obj=obj, request=request
        )
        return super().log_change(request, obj, message)

    def log_deletions(self, request, queryset):
        for obj in queryset:
            audit_event_record(
                AuditEvent.Action.DELETE, actor=request.user, obj=obj, request=request
            )
        return super().log_deletions(request, queryset)


class MunicipalityScopedAdmin(AuditedAdmin):
    """Staff see and touch only the content of the municipalities they work
    in; network administrators see all of it.

    The scope is defined once, in ``get_queryset``, from the model's
    ``municipality_path``. Everything else follows from it: lists, counts,
    bulk actions, autocomplete answers (Django asks the related model's
    admin for its queryset) and the choices of relation fields
    (``get_field_queryset``), so nothing of another municipality can be
    picked, even by a hand-made request. Opening another municipality's
    object by URL is refused with 403.
    """

    # A field (such as ``status``) that only publishers may change.
    publishers_only_field = None

    def may_publish(self, request, obj=None):
        """Publishers of the object's municipality (of any, for a new object
        or shared content) and network administrators."""
        user = request.user
        if obj is not None and getattr(type(obj), "municipality_path", None):
            return tenancy.can_publish_in(user, tenancy.municipality_id_of(obj))
        return tenancy.is_network_admin(user) or tenancy.is_publisher_anywhere(user)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if self.publishers_only_field and not self.may_publish(request, obj):
            readonly.append(self.publishers_only_field)
        return readonly

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        path = getattr(self.model, "municipality_path", None)
        if path is None or tenancy.is_network_admin(request.user):
            return queryset
        return queryset.filter(
            **{f"{path}__in": tenancy.municipality_ids(request.user)}
        )

    def get_field_queryset(self, db, db_field, request):
        related_admin = self.admin_site.get_model_admin(db_field.remote_field.model)
        if isinstance(related_admin, MunicipalityScopedAdmin):
            queryset = related_admin.get_queryset(request)
            ordering = related_admin.get_ordering(request)
            return queryset.order_by(*ordering) if ordering else queryset
        return super().get_field_queryset(db, db_field, request)

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None and self._exists_outside_scope(object_id, from_field):
            raise PermissionDenied
        return obj

    def _exists_outside_scope(self, object_id, from_field):
        field = (
            self.model._meta.get_field(from_field)
            if from_field
            else self.model._meta.pk
        )
        try:
            value = field.to_python(object_id)
        except Exception:
            return False
        return self.model._default_manager.filter(**{field.name: value}).exists()


class TranslatedAdmin(
    CompareVersionAdmin, MunicipalityScopedAdmin, TabbedTranslationAdmin
):
    """Every content admin: language tabs (with our own jQuery UI), revisions
    with history, comparison and restore, municipality scope and audit."""

    save_on_top = True
    list_per_page = 50

    def log_change(self, request, obj, message):
        # Restoring an old revision is a change worth naming in the log.
        if getattr(request, "_reversion_restore", False):
            audit_event_record(
                AuditEvent.Action.RESTORE, actor=request.user, obj=obj, request=request
            )
        return super().log_change(request, obj, message)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            request._reversion_restore = True
        return super().revision_view(request, object_id, version_id, extra_context)

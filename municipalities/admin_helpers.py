"""Building blocks shared by the apps' admin modules."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.errors import RevertError
from reversion.models import Version
from reversion_compare.admin import CompareVersionAdmin

from core.models import id_at_path
from municipalities import tenancy
from municipalities.models import AuditEvent, PendingChange
from municipalities.services import audit_event_record, pending_change_record
from translations.admin import TranslationExchangeAdmin, TranslationStatusAdmin


def thumbnail(image, alt=""):
    if not image:
        return "—"
    # Styled by class from css/admin.css: the CSP refuses style attributes.
    return format_html(
        '<img src="{}" alt="{}" width="64" height="48" class="admin-thumbnail" '
        'loading="lazy">',
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
    admin for its queryset), the choices of relation fields
    (``get_field_queryset``) and of list filters, so nothing of another
    municipality can be picked, even by a hand-made request. Opening another
    municipality's object by URL is refused with 403.

    The model names the fields only publishers may set in
    ``publisher_only_fields``; they are read-only for everyone else, and a
    form that sets them is checked against the role the user holds in the
    municipality the object is saved *to*.
    """

    def may_publish(self, request, obj=None):
        """Publishers of the object's municipality (of any, for a new object
        or shared content) and network administrators."""
        user = request.user
        if obj is not None and getattr(type(obj), "municipality_path", None):
            return tenancy.can_publish_in(user, tenancy.municipality_id_of(obj))
        return tenancy.is_network_admin(user) or tenancy.is_publisher_anywhere(user)

    def publisher_only_fields(self):
        return tuple(getattr(self.model, "publisher_only_fields", ()))

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.may_publish(request, obj):
            readonly.extend(
                name for name in self.publisher_only_fields() if name not in readonly
            )
        return readonly

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        # Shared labels (topics, fields of action) have no scope of their own.
        if hasattr(queryset, "visible_to"):
            return queryset.visible_to(request.user)
        return queryset

    def get_field_queryset(self, db, db_field, request):
        related_admin = self.admin_site.get_model_admin(db_field.remote_field.model)
        if isinstance(related_admin, MunicipalityScopedAdmin):
            queryset = related_admin.get_queryset(request)
            ordering = related_admin.get_ordering(request)
            return queryset.order_by(*ordering) if ordering else queryset
        return super().get_field_queryset(db, db_field, request)

    def get_list_filter(self, request):
        # A relation filter lists only what the user may see: another
        # municipality's draft partnership is not named in the sidebar.
        return [
            (name, ScopedRelatedFieldListFilter)
            if isinstance(name, str) and self._is_scoped_relation(name)
            else name
            for name in super().get_list_filter(request)
        ]

    def _is_scoped_relation(self, name):
        if "__" in name:
            return False
        field = self.model._meta.get_field(name)
        return field.is_relation and isinstance(
            self.admin_site._registry.get(field.related_model),
            MunicipalityScopedAdmin,
        )

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None and self._exists_outside_scope(object_id, from_field):
            raise PermissionDenied
        return obj

    def has_delete_permission(self, request, obj=None):
        # What residents can see is taken down by a publisher, not deleted
        # by an editor.
        if obj is not None and not self._is_draft(obj):
            return super().has_delete_permission(request, obj) and self.may_publish(
                request, obj
            )
        return super().has_delete_permission(request, obj)

    @staticmethod
    def _is_draft(obj):
        return getattr(obj, "is_draft", True)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # Django turns any change form into an add form when the POST carries
        # "_saveasnew", even where "save as new" is not offered; a copy made
        # that way would skip the checks of the object it was made from.
        saving_as_new = request.method == "POST" and "_saveasnew" in request.POST
        if saving_as_new and not self.save_as:
            raise PermissionDenied
        return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, **kwargs):
        form_class = super().get_form(request, obj, **kwargs)
        model_admin = self

        class PublishingRightsForm(form_class):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if self.instance.pk is None:
                    return
                hidden = model_admin.relations_outside_scope(request, self.instance)
                for name, objects in hidden.items():
                    if objects and name in self.fields:
                        field = self.fields[name]
                        field.help_text = format_html(
                            "{} {}",
                            field.help_text,
                            _(
                                "Also linked to %(items)s, outside your "
                                "municipalities; saving keeps them."
                            )
                            % {"items": ", ".join(str(obj) for obj in objects)},
                        )

            def clean(self):
                cleaned_data = super().clean()
                model_admin.check_publishing_rights(request, self)
                return cleaned_data

        return PublishingRightsForm

    def check_publishing_rights(self, request, form):
        """Setting a publisher-only field, or moving live content to another
        municipality, needs the publisher role in the municipality the object
        is saved to; the form says so instead of saving."""
        touched = [
            name for name in self.publisher_only_fields() if name in form.changed_data
        ]
        moved = "municipality" in form.changed_data and not self._is_draft(
            form.instance
        )
        if not touched and not moved:
            return
        target = self._target_municipality_id(form)
        if target is None and not getattr(self.model, "municipality_path", None):
            allowed = self.may_publish(request)
        else:
            allowed = tenancy.can_publish_in(request.user, target)
        if not allowed:
            form.add_error(
                None,
                _(
                    "Only a publisher of the municipality this item belongs to "
                    "may publish it, change its publishing settings or move it "
                    "there once it is published."
                ),
            )

    def _target_municipality_id(self, form):
        path = getattr(self.model, "municipality_path", None)
        if path is None:
            return None
        first, *rest = path.split("__")
        if first not in form.cleaned_data:
            return tenancy.municipality_id_of(form.instance)
        related = form.cleaned_data[first]
        if related is None:
            return None
        if not rest:
            return related.pk
        return id_at_path(related, "__".join(rest))

    def save_related(self, request, form, formsets, change):
        # Relations the user cannot see (another municipality served by a
        # shared partner, say) are not among the form's choices; without this
        # the form would silently drop them.
        if change:
            hidden = self.relations_outside_scope(request, form.instance)
            for name, kept in hidden.items():
                if name in form.cleaned_data:
                    form.cleaned_data[name] = [*form.cleaned_data[name], *kept]
        super().save_related(request, form, formsets, change)

    def relations_outside_scope(self, request, obj):
        """``{field name: [related objects]}`` of the many-to-many links of
        ``obj`` that the user's municipalities do not reach."""
        outside = {}
        if tenancy.is_network_admin(request.user):
            return outside
        for field in self.model._meta.many_to_many:
            related_admin = self.admin_site._registry.get(field.related_model)
            if not isinstance(related_admin, MunicipalityScopedAdmin):
                continue
            visible = related_admin.get_queryset(request).values("pk")
            hidden = getattr(obj, field.name).exclude(pk__in=visible)
            outside[field.name] = list(hidden)
        return outside

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


class ScopedRelatedFieldListFilter(admin.RelatedFieldListFilter):
    """A relation filter whose choices come from the related model's admin
    queryset, i.e. within the user's municipalities."""

    def field_choices(self, field, request, model_admin):
        queryset = model_admin.get_field_queryset(None, field, request)
        if queryset is None:
            return super().field_choices(field, request, model_admin)
        return [(obj.pk, str(obj)) for obj in queryset]


class TranslatedAdmin(
    TranslationExchangeAdmin,
    TranslationStatusAdmin,
    CompareVersionAdmin,
    MunicipalityScopedAdmin,
    TabbedTranslationAdmin,
):
    """Every content admin: language tabs (with our own jQuery UI), revisions
    with history, comparison and restore, municipality scope and audit.

    django-reversion restores a revision before the admin checks anything
    and looks versions up by id alone; here every revision page first
    checks the object, the municipality of the version and the user's role,
    takes versions only from the object's own history, and keeps the
    publishing fields as they are when the user may not publish.
    """

    save_on_top = True
    list_per_page = 50

    def render_change_form(self, request, context, *args, **kwargs):
        media = context.get("media")
        if not hasattr(media, "with_nonce"):
            return super().render_change_form(request, context, *args, **kwargs)
        # The rich-text editor (django-prose-editor, whose media is
        # django-js-asset's) needs two inline things the CSP refuses: its
        # import map, a script, gets the request's nonce, which django-csp
        # then puts in the header; and Tiptap's base stylesheet, which it
        # writes into a <style>, is allowed by its hash.
        context["media"] = media.with_nonce(request.csp_nonce)
        response = super().render_change_form(request, context, *args, **kwargs)
        response._csp_update = {"style-src": [settings.PROSE_EDITOR_STYLE_HASH]}
        return response

    # When true, an edit of live content by someone who may not publish it
    # waits for a publisher (municipalities.models.PendingChange) and
    # residents go on seeing the published version.
    live_changes_need_review = False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if not self.live_changes_need_review:
            return super().change_view(request, object_id, form_url, extra_context)
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self._change_needs_review(request, obj):
            return super().change_view(request, object_id, form_url, extra_context)
        if request.method != "POST":
            self._announce_pending_changes(request, obj)
            return super().change_view(request, object_id, form_url, extra_context)
        request._change_needs_review = True
        response, change = pending_change_record(
            obj,
            by=request.user,
            request=request,
            save=lambda: super(TranslatedAdmin, self).change_view(
                request, object_id, form_url, extra_context
            ),
        )
        if change is None:
            return response
        self.message_user(
            request,
            _(
                "Your change was saved for review: a publisher of the "
                "municipality will publish it. Until then residents see the "
                "published version."
            ),
            messages.SUCCESS,
        )
        return HttpResponseRedirect(request.path)

    def response_change(self, request, obj):
        # The save is about to be rolled back into a pending change: no
        # "changed successfully", no next step.
        if getattr(request, "_change_needs_review", False):
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def _change_needs_review(self, request, obj):
        return (
            self.live_changes_need_review
            and not self._is_draft(obj)
            and not self.may_publish(request, obj)
        )

    def _announce_pending_changes(self, request, obj):
        count = PendingChange.objects.pending().for_object(obj).count()
        if not count:
            return
        query = {
            "content_type__id__exact": ContentType.objects.get_for_model(obj).pk,
            "object_id": obj.pk,
        }
        self.message_user(
            request,
            format_html(
                '{} <a href="{}?{}">{}</a>',
                ngettext(
                    "%(count)d change to this item is waiting for review.",
                    "%(count)d changes to this item are waiting for review.",
                    count,
                )
                % {"count": count},
                reverse("admin:community_cms_pendingchange_changelist"),
                urlencode(query),
                _("See them"),
            ),
            messages.WARNING,
        )

    def log_change(self, request, obj, message):
        # Restoring an old revision is a change worth naming in the log.
        if getattr(request, "_reversion_restore", False):
            audit_event_record(
                AuditEvent.Action.RESTORE, actor=request.user, obj=obj, request=request
            )
        return super().log_change(request, obj, message)

    def save_imported_translation(self, request, obj, values):
        """A translator's text for live content waits for a publisher when
        the staff member who loads it may not publish it."""
        if not self._change_needs_review(request, obj):
            super().save_imported_translation(request, obj, values)
            audit_event_record(
                AuditEvent.Action.CHANGE, actor=request.user, obj=obj, request=request
            )
            return
        pending_change_record(
            obj,
            by=request.user,
            request=request,
            save=lambda: super(TranslatedAdmin, self).save_imported_translation(
                request, obj, values
            ),
        )

    def save_model(self, request, obj, form, change):
        for name, value in getattr(request, "_reversion_kept_fields", {}).items():
            setattr(obj, name, value)
        super().save_model(request, obj, form, change)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        obj = self._object_in_scope(request, object_id)
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        version = get_object_or_404(Version.objects.get_for_object(obj), pk=version_id)
        restored = self._restored_object(request, version)
        if request.method == "POST":
            if self._change_needs_review(request, obj):
                # Restoring is changing live content: for its publishers.
                raise PermissionDenied
            kept = self._fields_kept_on_restore(request, obj, restored)
            if (
                kept
                and not self._is_draft(obj)
                and (
                    tenancy.municipality_id_of(restored)
                    != tenancy.municipality_id_of(obj)
                )
            ):
                # Restoring would move live content to another municipality.
                raise PermissionDenied
            request._reversion_restore = True
            request._reversion_kept_fields = kept
        return super().revision_view(request, object_id, version.pk, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        deleted = self._reversion_order_version_queryset(
            request,
            Version.objects.get_deleted(self.model).select_related("revision"),
        )
        context = {
            **(extra_context or {}),
            "deleted": [
                version
                for version in deleted
                if self._may_see_deleted(request, version)
            ],
        }
        return super().recoverlist_view(request, context)

    def recover_view(self, request, version_id, extra_context=None):
        version = get_object_or_404(
            Version.objects.get_deleted(self.model), pk=version_id
        )
        restored = self._restored_object(request, version)
        if not (self._is_draft(restored) or self.may_publish(request, restored)):
            raise PermissionDenied
        if request.method == "POST":
            request._reversion_restore = True
        return super().recover_view(request, version.pk, extra_context)

    def compare_view(self, request, object_id, extra_context=None):
        obj = self._object_in_scope(request, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        return super().compare_view(request, object_id, extra_context)

    def _object_in_scope(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        return obj

    def _restored_object(self, request, version):
        """What the version says about the object's place and state (an
        unsaved stub), refused with 403 when the version belongs to a
        municipality the user does not work in."""
        if version.content_type.model_class() is not self.model:
            raise Http404
        restored = self._version_stub(version)
        if self._scoped_out(request, restored):
            raise PermissionDenied
        return restored

    def _version_stub(self, version):
        names = ["status"]
        path = getattr(self.model, "municipality_path", None)
        if path:
            names.append(self.model._meta.get_field(path.split("__")[0]).attname)
        stored = version.field_dict
        return self.model(**{name: stored[name] for name in names if name in stored})

    def _may_see_deleted(self, request, version):
        try:
            restored = self._version_stub(version)
        except RevertError:
            # A version saved before a schema change may not load any more.
            return tenancy.is_network_admin(request.user)
        return not self._scoped_out(request, restored)

    def _scoped_out(self, request, obj):
        if not getattr(self.model, "municipality_path", None):
            return False
        return not tenancy.works_in(request.user, tenancy.municipality_id_of(obj))

    def _fields_kept_on_restore(self, request, current, restored):
        """Publishing fields keep their current values unless the user may
        publish both where the object is and where the version puts it."""
        if self.may_publish(request, current) and self.may_publish(request, restored):
            return {}
        return {name: getattr(current, name) for name in self.publisher_only_fields()}


class SharedLabelAdmin(TranslatedAdmin):
    """Labels every municipality shares (topics, fields of action, ...):
    anyone who writes may add one, but renaming or deleting it changes other
    municipalities' pages, so only network administrators may."""

    list_display = ["name", "slug"]
    search_fields = ["name_he", "name_ar", "name_en", "slug"]
    prepopulated_fields = {"slug": ("name_en",)}

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (
            obj is None or tenancy.is_network_admin(request.user)
        )

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and tenancy.is_network_admin(
            request.user
        )


class PendingFirstStatusFilter(admin.SimpleListFilter):
    """The status filter of a review queue (partner submissions, changes
    waiting for review): it shows what is pending unless told otherwise. The
    choices are the model's ``status`` field's."""

    title = _("status")
    parameter_name = "status"
    PENDING = "pending"
    ALL = "all"

    def lookups(self, request, model_admin):
        statuses = model_admin.model._meta.get_field("status").choices
        return [*statuses, (self.ALL, _("All"))]

    def choices(self, changelist):
        current = self.value() or self.PENDING
        for lookup, title in self.lookup_choices:
            yield {
                "selected": current == str(lookup),
                "query_string": changelist.get_query_string(
                    {self.parameter_name: lookup}
                ),
                "display": title,
            }

    def queryset(self, request, queryset):
        current = self.value() or self.PENDING
        if current == self.ALL:
            return queryset
        return queryset.filter(status=current)

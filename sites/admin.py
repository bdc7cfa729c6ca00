from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from library.admin import ChoosesFromLibrary
from municipalities import tenancy
from municipalities.admin_helpers import TranslatedAdmin, thumbnail
from sites import menus
from sites.models import SECTION_CHOICES, MenuItem, Site, SiteAlias


class SiteAliasInline(admin.TabularInline):
    model = SiteAlias
    extra = 0
    verbose_name_plural = _("Other addresses (redirect to the site's own)")

    def has_add_permission(self, request, obj=None):
        return tenancy.is_network_admin(request.user)

    def has_change_permission(self, request, obj=None):
        return tenancy.is_network_admin(request.user)

    def has_delete_permission(self, request, obj=None):
        return tenancy.is_network_admin(request.user)

    def has_view_permission(self, request, obj=None):
        return True


class MenuItemInline(TranslationTabularInline):
    model = MenuItem
    extra = 0
    fields = ["menu", "sort_order", "label", "section", "url"]
    verbose_name_plural = _(
        "Menu links (until a menu has links of its own, the site shows the "
        "usual sections)"
    )

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        # The site's sections, then its own pages (offered by their app).
        formset.form.base_fields["section"] = forms.ChoiceField(
            label=MenuItem._meta.get_field("section").verbose_name,
            choices=[
                ("", "---------"),
                (_("Sections"), SECTION_CHOICES),
                (_("Pages of the site"), menus.provided_choices(obj)),
            ],
            required=False,
        )
        return formset


@admin.register(Site)
class SiteAdmin(ChoosesFromLibrary, TranslatedAdmin):
    """Network administrators open sites and say where they answer; each
    municipality's publishers keep its branding, contact details and
    menus."""

    list_display = ["logo_thumbnail", "name", "hostname", "municipality", "is_default"]
    list_display_links = ["logo_thumbnail", "name"]
    search_fields = ["name_he", "name_ar", "name_en", "hostname", "aliases__hostname"]
    inlines = [SiteAliasInline, MenuItemInline]
    fieldsets = [
        (None, {"fields": ["municipality", "hostname", "is_default"]}),
        (_("Identity"), {"fields": ["name", "tagline", "logo", "favicon"]}),
        (
            _("Colours"),
            {
                "fields": ["primary_colour", "accent_colour"],
                "description": _(
                    "Empty colours keep the network's. A colour on which white "
                    "text would be hard to read is refused."
                ),
            },
        ),
        (
            _("Contact details"),
            {"fields": ["address", "phone", "email", "opening_hours"]},
        ),
        (
            _("Social networks"),
            {
                "fields": [
                    "facebook_url",
                    "instagram_url",
                    "youtube_url",
                    "whatsapp_url",
                ]
            },
        ),
        (_("Footer"), {"fields": ["footer_text"]}),
    ]

    @admin.display(description=_("logo"))
    def logo_thumbnail(self, obj):
        return thumbnail(obj.logo.file, obj.logo.alt_text) if obj.logo else "—"

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not tenancy.is_network_admin(request.user):
            readonly += [
                name for name in Site.network_admin_fields if name not in readonly
            ]
        return readonly

    def has_add_permission(self, request):
        return tenancy.is_network_admin(request.user) and super().has_add_permission(
            request
        )

    def has_delete_permission(self, request, obj=None):
        return tenancy.is_network_admin(request.user) and super().has_delete_permission(
            request, obj
        )

    def view_on_site(self, obj):
        return obj.public_url("/")

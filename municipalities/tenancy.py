"""Which municipalities a staff member works in, and what they may do there.

One installation serves many municipalities. A staff member belongs to some
of them through StaffMembership rows; network administrators (superusers and
members of the network administrator group) work across all of them. The
answers are cached on the user object for the length of a request.
"""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import id_at_path

NETWORK_ADMIN_GROUP = "network_admin"


class StaffRole(models.TextChoices):
    EDITOR = "editor", _("Editor")
    PUBLISHER = "publisher", _("Publisher")


def is_network_admin(user):
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_is_network_admin"):
        user._is_network_admin = user.groups.filter(name=NETWORK_ADMIN_GROUP).exists()
    return user._is_network_admin


def roles_by_municipality(user):
    """``{municipality_id: role}`` for the user's memberships."""
    if not user.is_authenticated:
        return {}
    if not hasattr(user, "_roles_by_municipality"):
        # Through the relation StaffMembership declares, so that the models,
        # which scope their querysets with this module, are not imported here.
        user._roles_by_municipality = dict(
            user.memberships.values_list("municipality_id", "role")
        )
    return user._roles_by_municipality


def municipality_ids(user):
    return set(roles_by_municipality(user))


def works_in(user, municipality_id):
    return is_network_admin(user) or municipality_id in municipality_ids(user)


def can_publish_in(user, municipality_id):
    if is_network_admin(user):
        return True
    return roles_by_municipality(user).get(municipality_id) == StaffRole.PUBLISHER


def is_publisher_anywhere(user):
    return StaffRole.PUBLISHER in roles_by_municipality(user).values()


def requires_second_factor(user):
    """Publishers and administrators must prove a second factor."""
    return user.is_staff and (is_network_admin(user) or is_publisher_anywhere(user))


class MunicipalityRoleBackend:
    """Grants model-level permissions from a user's roles: a user who is an
    editor (or publisher) anywhere has the permissions of the group of that
    name; a network administrator has all of the content apps' and user
    management's. Which objects they may touch is decided per municipality by the
    admin (see municipalities.admin_helpers.MunicipalityScopedAdmin)."""

    def authenticate(self, request, **credentials):
        return None

    def get_user(self, user_id):
        return None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous:
            return set()
        if not hasattr(user_obj, "_role_permissions"):
            if is_network_admin(user_obj):
                permissions = Permission.objects.filter(
                    content_type__app_label__in=settings.NETWORK_ADMIN_APPS
                )
            else:
                roles = set(roles_by_municipality(user_obj).values())
                permissions = Permission.objects.filter(group__name__in=roles)
            permissions = permissions.values_list("content_type__app_label", "codename")
            user_obj._role_permissions = {f"{app}.{code}" for app, code in permissions}
        return user_obj._role_permissions

    def has_perm(self, user_obj, perm, obj=None):
        return perm in self.get_all_permissions(user_obj, obj)

    def has_module_perms(self, user_obj, app_label):
        return any(
            perm.startswith(f"{app_label}.")
            for perm in self.get_all_permissions(user_obj)
        )


def municipality_id_of(obj):
    """The municipality an object belongs to, following the model's
    ``municipality_path`` (e.g. ``"partnership__municipality"``); None for
    shared content such as partner organizations and topics."""
    path = getattr(type(obj), "municipality_path", None)
    if path is None:
        return None
    return id_at_path(obj, path)

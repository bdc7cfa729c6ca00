"""Writes with side effects that span the apps: the audit log."""

from django.contrib.contenttypes.models import ContentType

from community_cms.models import AuditEvent
from community_cms.tenancy import municipality_id_of


def audit_event_record(
    action, *, actor=None, obj=None, municipality_id=None, message="", request=None
):
    """Record that ``actor`` did ``action`` (to ``obj``). The municipality is
    taken from the object when it belongs to one."""
    if obj is not None and municipality_id is None:
        municipality_id = municipality_id_of(obj)
    actor_name = ""
    if actor is not None and actor.is_authenticated:
        actor_name = actor.get_username()
    return AuditEvent.objects.create(
        action=action,
        actor=actor if actor is not None and actor.is_authenticated else None,
        actor_name=actor_name,
        municipality_id=municipality_id,
        content_type=ContentType.objects.get_for_model(obj)
        if obj is not None
        else None,
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=str(obj)[:250] if obj is not None else "",
        message=message,
        ip_address=request.META.get("REMOTE_ADDR") if request is not None else None,
    )

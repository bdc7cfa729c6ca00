"""Staff logins, logouts and failed logins go to the audit log."""

from django.contrib.auth.signals import (
    user_logged_in,
    user_logged_out,
    user_login_failed,
)
from django.dispatch import receiver

from municipalities.models import AuditEvent
from municipalities.services import audit_event_record


@receiver(user_logged_in, dispatch_uid="audit_login")
def record_login(sender, request, user, **kwargs):
    audit_event_record(AuditEvent.Action.LOGIN, actor=user, request=request)


@receiver(user_logged_out, dispatch_uid="audit_logout")
def record_logout(sender, request, user, **kwargs):
    if user is not None:
        audit_event_record(AuditEvent.Action.LOGOUT, actor=user, request=request)


@receiver(user_login_failed, dispatch_uid="audit_login_failed")
def record_login_failure(sender, credentials, request=None, **kwargs):
    event = audit_event_record(AuditEvent.Action.LOGIN_FAILED, request=request)
    event.actor_name = str(credentials.get("username", ""))[:150]
    event.save(update_fields=["actor_name"])

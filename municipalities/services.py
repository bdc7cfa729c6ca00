"""Writes with side effects that span the apps: the audit log, and edits of
live content that wait for a publisher."""

import reversion
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from reversion.models import Revision, Version

from municipalities.models import AuditEvent, PendingChange
from municipalities.tenancy import (
    can_publish_in,
    is_network_admin,
    is_publisher_anywhere,
    municipality_id_of,
)


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


# What a proposed version is made of, copied out of the rolled-back save.
VERSION_COPIED_FIELDS = (
    "content_type_id",
    "object_id",
    "db",
    "format",
    "serialized_data",
    "object_repr",
)


class PendingChangeAlreadyDecided(Exception):
    """A publisher decided on the change first; the second decision is
    refused and changes nothing."""


def pending_change_record(obj, *, by, save, request=None):
    """Run ``save``, which saves ``obj`` and what follows it inside a
    reversion revision (the admin's change view), without the result
    reaching residents: the revision it writes is kept as a pending change
    and everything else it wrote is rolled back.

    Returns ``(what save returned, the PendingChange)``; the change is None
    when ``save`` saved nothing (a form with errors).
    """
    with transaction.atomic():
        base = _revision_of_current_state(obj, by)
        savepoint = transaction.savepoint()
        result = save()
        proposed = (
            Version.objects.get_for_object(obj)
            .filter(revision_id__gt=base.pk)
            .select_related("revision")
            .first()
        )
        if proposed is None:
            transaction.savepoint_rollback(savepoint)
            return result, None
        versions = [
            {field: getattr(version, field) for field in VERSION_COPIED_FIELDS}
            for version in proposed.revision.version_set.all()
        ]
        repr_ = str(proposed.object_repr)[:250]
        transaction.savepoint_rollback(savepoint)

        revision = Revision.objects.create(
            date_created=timezone.now(),
            user=by,
            comment=gettext("Proposed change, waiting for review"),
        )
        Version.objects.bulk_create(
            Version(revision=revision, **version) for version in versions
        )
        change = PendingChange.objects.create(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=str(obj.pk),
            object_repr=repr_,
            municipality_id=municipality_id_of(obj),
            base_revision=base,
            revision=revision,
            author=by,
        )
        audit_event_record(
            AuditEvent.Action.PROPOSE, actor=by, obj=obj, request=request
        )
    return result, change


def _revision_of_current_state(obj, user):
    """A revision holding ``obj`` (and what it follows) exactly as it is
    now, so a proposed change is compared with what residents see."""
    with reversion.create_revision():
        reversion.add_to_revision(obj)
        reversion.set_user(user)
        reversion.set_comment(gettext("Published version a change was proposed to"))
    return Version.objects.get_for_object(obj).select_related("revision")[0].revision


def pending_change_is_stale(change):
    """True when the published item was changed after the proposal was made
    from it: publishing the proposal would undo that change."""
    proposals = PendingChange.objects.values("revision_id")
    return (
        Version.objects.filter(
            content_type=change.content_type, object_id=change.object_id
        )
        .filter(revision_id__gt=change.base_revision_id)
        .exclude(revision_id__in=proposals)
        .exists()
    )


def pending_change_publish(change, *, by, request=None):
    """Make the proposed version the published one, keeping the publishing
    fields (status, dates) as they are now. Raises PermissionDenied unless
    ``by`` publishes in the item's municipality."""
    with transaction.atomic():
        change = _lock_undecided(change)
        model = change.content_type.model_class()
        obj = model._default_manager.select_for_update().get(pk=change.object_id)
        _check_may_decide(by, obj)
        kept = {
            name: getattr(obj, name)
            for name in getattr(model, "publisher_only_fields", ())
        }
        change.revision.revert(delete=True)
        obj = model._default_manager.get(pk=obj.pk)
        for name, value in kept.items():
            setattr(obj, name, value)
        with reversion.create_revision():
            obj.save()
            reversion.set_user(by)
            reversion.set_comment(
                gettext("Published a change proposed by %(author)s")
                % {"author": change.author or "—"}
            )
        _decide(change, PendingChange.Status.PUBLISHED, by)
        audit_event_record(
            AuditEvent.Action.PUBLISH,
            actor=by,
            obj=obj,
            message=gettext("Published a proposed change"),
            request=request,
        )
    return obj


def pending_change_reject(change, *, by, note="", request=None):
    with transaction.atomic():
        change = _lock_undecided(change)
        obj = change.content_object()
        _check_may_decide(by, obj)
        change.decision_note = note
        _decide(change, PendingChange.Status.REJECTED, by)
        audit_event_record(
            AuditEvent.Action.REJECT, actor=by, obj=obj, message=note, request=request
        )
    return change


def _lock_undecided(change):
    change = PendingChange.objects.select_for_update().get(pk=change.pk)
    if not change.is_pending:
        raise PendingChangeAlreadyDecided(change.get_status_display())
    return change


def pending_change_may_decide(user, municipality_id):
    """Publishers of the item's municipality decide on changes to it; on
    shared content (no municipality), network administrators and
    publishers."""
    if municipality_id is not None:
        return can_publish_in(user, municipality_id)
    return is_network_admin(user) or is_publisher_anywhere(user)


def _check_may_decide(user, obj):
    # The item as it is now: it may have moved since the proposal.
    if not pending_change_may_decide(user, municipality_id_of(obj)):
        raise PermissionDenied


def _decide(change, status, user):
    change.status = status
    change.decided_by = user
    change.decided_at = timezone.now()
    change.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])


def workflow_transition(item, name, *, by, request=None, message=""):
    """Take the workflow step ``name`` (a key of ``workflow.TRANSITIONS``)
    on ``item`` (an article, a page) as ``by``: checked against the user's
    role, kept as a revision and written to the audit log in one
    transaction.

    Publishing keeps a publish date already set: a date in the future makes
    the item scheduled, one in the past (or none) publishes it now.
    Raises PermissionDenied when the step is not open to the user.
    """
    from municipalities.workflow import TRANSITIONS

    with transaction.atomic():
        item = type(item)._default_manager.select_for_update().get(pk=item.pk)
        if name not in item.available_transitions(by):
            raise PermissionDenied(name)
        transition = TRANSITIONS[name]
        item.status = transition.target
        action = transition.audit_action
        if name == "publish":
            item.published_at = item.published_at or timezone.now()
            if item.published_at > timezone.now():
                action = AuditEvent.Action.SCHEDULE
        with reversion.create_revision():
            item.save()
            reversion.set_user(by)
            reversion.set_comment(str(transition.label))
        audit_event_record(action, actor=by, obj=item, request=request, message=message)
    return item

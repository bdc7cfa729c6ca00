"""The editor's desk: what a staff member has to do today, on the admin's
front page, scoped to the municipalities they work in. Each panel is a few
queries whatever the number of items (lists are cut to ``SHOWN``)."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from alerts.models import Alert
from articles.models import Article
from events.models import Event
from municipalities import tenancy
from municipalities.models import AuditEvent, PendingChange
from municipalities.workflow import WorkflowStatus
from pages.models import Page
from translations.models import needing, target_languages

# Everything that goes through the workflow, as the desk lists it.
WORKFLOW_MODELS = (Article, Page, Event)
SHOWN = 5


def _admin_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def _list_url(model, query=""):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist") + query


def _item(obj, when=None):
    return {
        "title": str(obj),
        "kind": obj._meta.verbose_name,
        "url": _admin_url(obj),
        "state": obj.get_workflow_state_display()
        if hasattr(obj, "get_workflow_state_display")
        else "",
        "when": when,
    }


def _visible(model, user):
    return model.objects.visible_to(user)


def _publishing(model, user):
    """What ``user`` may publish of ``model``: their publisher
    municipalities' (everything for network administrators)."""
    queryset = _visible(model, user)
    if tenancy.is_network_admin(user):
        return queryset
    publishing = [
        municipality
        for municipality, role in tenancy.roles_by_municipality(user).items()
        if role == tenancy.StaffRole.PUBLISHER
    ]
    return queryset.filter(**{f"{model.municipality_path}__in": publishing})


def _links(state):
    """Each workflow model's list, filtered to ``state``."""
    return [
        (model._meta.verbose_name_plural, _list_url(model, f"?state={state}"))
        for model in WORKFLOW_MODELS
    ]


def waiting_for_review(user):
    items = []
    for model in WORKFLOW_MODELS:
        waiting = _publishing(model, user).filter(status=WorkflowStatus.IN_REVIEW)
        items += [
            _item(obj, obj.updated_at)
            for obj in waiting.order_by("-updated_at")[:SHOWN]
        ]
    items.sort(key=lambda item: item["when"], reverse=True)
    return {"items": items[:SHOWN], "links": _links(WorkflowStatus.IN_REVIEW)}


def my_drafts(user):
    """Items the user created that are not published yet."""
    created = AuditEvent.objects.filter(
        actor=user,
        action=AuditEvent.Action.CREATE,
        content_type__in=ContentType.objects.get_for_models(*WORKFLOW_MODELS).values(),
    ).values_list("content_type_id", "object_id")
    by_type = {}
    for content_type_id, object_id in created:
        by_type.setdefault(content_type_id, []).append(object_id)
    items = []
    for model, content_type in ContentType.objects.get_for_models(
        *WORKFLOW_MODELS
    ).items():
        ids = by_type.get(content_type.pk)
        if not ids:
            continue
        drafts = _visible(model, user).filter(
            pk__in=ids, status__in=[WorkflowStatus.DRAFT, WorkflowStatus.IN_REVIEW]
        )
        items += [
            _item(obj, obj.updated_at) for obj in drafts.order_by("-updated_at")[:SHOWN]
        ]
    items.sort(key=lambda item: item["when"], reverse=True)
    return {"items": items[:SHOWN], "links": _links(WorkflowStatus.DRAFT)}


def scheduled_next(user):
    items = []
    for model in WORKFLOW_MODELS:
        coming = _visible(model, user).scheduled().order_by("published_at")[:SHOWN]
        items += [_item(obj, obj.published_at) for obj in coming]
    items.sort(key=lambda item: item["when"])
    return {"items": items[:SHOWN], "links": _links("scheduled")}


def recently_published(user):
    items = []
    for model in WORKFLOW_MODELS:
        latest = _visible(model, user).published().order_by("-published_at")[:SHOWN]
        items += [_item(obj, obj.published_at) for obj in latest]
    items.sort(key=lambda item: item["when"], reverse=True)
    return {"items": items[:SHOWN], "links": _links(WorkflowStatus.PUBLISHED)}


def pending_changes(user):
    pending = PendingChange.objects.visible_to(user).pending()
    return {
        "count": pending.count(),
        "url": reverse("admin:community_cms_pendingchange_changelist"),
    }


def events_this_week(user):
    now = timezone.now()
    occurrences = (
        _visible(Event, user)
        .published()
        .occurrences(now, now + datetime.timedelta(days=7))
    )
    return {
        "items": [
            {
                **_item(occurrence.event, occurrence.starts_at),
                "cancelled": occurrence.cancelled,
            }
            for occurrence in occurrences[:SHOWN]
        ],
        "url": _list_url(Event),
    }


def active_alerts(user):
    now = timezone.now()
    alerts = (
        Alert.objects.visible_to(user)
        .filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now), starts_at__lte=now)
        .order_by("-starts_at")
    )
    return {
        "items": [
            {
                "title": alert.message,
                "kind": alert.get_level_display(),
                "url": _admin_url(alert),
                "when": alert.ends_at,
            }
            for alert in alerts[:SHOWN]
        ],
        "url": _list_url(Alert),
    }


def translations_needed(user):
    """Per language, how many published items need a translation, and
    where to find them."""
    rows = []
    for language in target_languages():
        counts = []
        for model in WORKFLOW_MODELS:
            count = needing(_visible(model, user).published(), language).count()
            if count:
                counts.append(
                    {
                        "kind": model._meta.verbose_name_plural,
                        "count": count,
                        "url": _list_url(model, f"?needs_translation={language}"),
                    }
                )
        rows.append({"language": language, "counts": counts})
    return {"languages": rows}


def desk_for(user):
    """Every panel of ``user``'s desk."""
    panels = {
        "my_drafts": my_drafts(user),
        "scheduled": scheduled_next(user),
        "pending_changes": pending_changes(user),
        "events": events_this_week(user),
        "alerts": active_alerts(user),
        "translations": translations_needed(user),
        "published": recently_published(user),
    }
    if tenancy.is_network_admin(user) or tenancy.is_publisher_anywhere(user):
        panels["review"] = waiting_for_review(user)
    return panels

"""The editorial workflow: every status change of an article goes through
here, so that it is checked against the user's role, kept as a revision and
written to the audit log in one transaction."""

import reversion
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from articles.models import TRANSITIONS, Article
from municipalities.models import AuditEvent
from municipalities.services import audit_event_record


def article_transition(article, name, *, by, request=None):
    """Take the workflow step ``name`` (a key of ``TRANSITIONS``) as ``by``.

    Publishing keeps a publish date already set: a date in the future makes
    the article scheduled, one in the past (or none) publishes it now.
    Raises PermissionDenied when the step is not open to the user.
    """
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        if name not in article.available_transitions(by):
            raise PermissionDenied(name)
        transition = TRANSITIONS[name]
        article.status = transition.target
        action = transition.audit_action
        if name == "publish":
            article.published_at = article.published_at or timezone.now()
            if article.published_at > timezone.now():
                action = AuditEvent.Action.SCHEDULE
        with reversion.create_revision():
            article.save()
            reversion.set_user(by)
            reversion.set_comment(str(transition.label))
        audit_event_record(action, actor=by, obj=article, request=request)
    return article

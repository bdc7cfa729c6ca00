"""The editorial workflow every kind of public page shares (articles,
pages): editors write drafts and submit them; publishers of the item's
municipality publish (or schedule, with a future publish date), archive
and unpublish. A model takes part by inheriting ``WorkflowModel``; every
status change goes through ``municipalities.services.workflow_transition``."""

from typing import NamedTuple

from django.conf import settings
from django.core import signing
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from core.content_checks import check_html
from core.html import sanitize_html
from core.models import PublishableModel
from municipalities import tenancy
from municipalities.models import AuditEvent, StaffScopedQuerySet


class WorkflowStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class Transition(NamedTuple):
    label: str
    sources: frozenset
    target: str
    publishers_only: bool
    audit_action: str


TRANSITIONS = {
    "submit_for_review": Transition(
        _("Submit for review"),
        frozenset({WorkflowStatus.DRAFT}),
        WorkflowStatus.IN_REVIEW,
        False,
        AuditEvent.Action.SUBMIT,
    ),
    "withdraw": Transition(
        _("Withdraw from review"),
        frozenset({WorkflowStatus.IN_REVIEW}),
        WorkflowStatus.DRAFT,
        False,
        AuditEvent.Action.RETURN_TO_DRAFT,
    ),
    "publish": Transition(
        _("Publish or schedule"),
        frozenset(
            {WorkflowStatus.DRAFT, WorkflowStatus.IN_REVIEW, WorkflowStatus.ARCHIVED}
        ),
        WorkflowStatus.PUBLISHED,
        True,
        AuditEvent.Action.PUBLISH,
    ),
    "archive": Transition(
        _("Archive"),
        frozenset({WorkflowStatus.PUBLISHED}),
        WorkflowStatus.ARCHIVED,
        True,
        AuditEvent.Action.ARCHIVE,
    ),
    "unpublish": Transition(
        _("Return to draft"),
        frozenset({WorkflowStatus.PUBLISHED, WorkflowStatus.ARCHIVED}),
        WorkflowStatus.DRAFT,
        True,
        AuditEvent.Action.RETURN_TO_DRAFT,
    ),
}


class WorkflowQuerySet(StaffScopedQuerySet):
    def published(self, at=None):
        """Published by staff and with a publish date that has come (by
        ``at``, now unless given): a future date keeps a published
        (scheduled) item off the site until its time, with no job needed to
        switch it on."""
        return self.filter(
            status=WorkflowStatus.PUBLISHED,
            published_at__lte=timezone.now() if at is None else at,
        )

    def scheduled(self):
        return self.filter(
            status=WorkflowStatus.PUBLISHED, published_at__gt=timezone.now()
        )

    def in_workflow_state(self, state):
        """Filter by the state staff see: a status, or "scheduled"."""
        if state == "scheduled":
            return self.scheduled()
        if state == WorkflowStatus.PUBLISHED:
            return self.published()
        return self.filter(status=state)


class WorkflowModel(PublishableModel):
    """An item that goes through the workflow. The model names the URL of
    its signed preview in ``preview_url_name`` (taking a ``token``)."""

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=WorkflowStatus.choices,
        default=WorkflowStatus.DRAFT,
        db_index=True,
        help_text=_("Changed with the workflow buttons at the bottom of the page."),
    )
    published_at = models.DateTimeField(
        _("publish date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "When it appears on the site. Set automatically when published "
            "without a date."
        ),
    )

    objects = WorkflowQuerySet.as_manager()

    publisher_only_fields = ("status", "published_at")
    # The translated rich-text fields: their HTML is cleaned on every save,
    # edited with the rich-text editor and checked for accessibility before
    # the item goes to review or to the site.
    rich_text_fields = ()
    preview_url_name = None
    # What signs preview links; a model may keep the one its links had.
    preview_salt = None

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        for name in self.rich_text_fields:
            for code, _language in settings.LANGUAGES:
                column = build_localized_fieldname(name, code)
                setattr(self, column, sanitize_html(getattr(self, column)))
        if self.status == WorkflowStatus.PUBLISHED and not self.published_at:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def is_published(self):
        """Residents may read it now; a scheduled item (published, its time
        not come) is not yet (``is_scheduled``)."""
        return (
            self.status == WorkflowStatus.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def is_draft(self):
        return self.status in {WorkflowStatus.DRAFT, WorkflowStatus.IN_REVIEW}

    @property
    def is_scheduled(self):
        return (
            self.status == WorkflowStatus.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    def get_workflow_state_display(self):
        if self.is_scheduled:
            return _("Scheduled")
        return self.get_status_display()

    def available_transitions(self, user):
        """Names of the workflow steps ``user`` may take from the current
        status, given their role in the item's municipality."""
        municipality_id = tenancy.municipality_id_of(self)
        if not tenancy.works_in(user, municipality_id):
            return []
        may_publish = tenancy.can_publish_in(user, municipality_id)
        return [
            name
            for name, transition in TRANSITIONS.items()
            if self.status in transition.sources
            and (may_publish or not transition.publishers_only)
        ]

    def text_to_check(self):
        """``(place, language, html)`` of each text staff wrote: the fields
        in ``rich_text_fields``, in every language. A model whose text
        is elsewhere (a page's blocks) says so itself."""
        for name in self.rich_text_fields:
            label = self._meta.get_field(name).verbose_name
            for code, language in settings.LANGUAGES:
                html = getattr(self, build_localized_fieldname(name, code), "")
                yield f"{label} ({language})", code, html

    def accessibility_problems(self):
        """``(place, problem)`` of what the accessibility rules for content
        find in the item's text (``core.content_checks``)."""
        return [
            (place, problem)
            for place, language, html in self.text_to_check()
            for problem in check_html(html, language)
        ]

    @classmethod
    def preview_signing_salt(cls):
        return cls.preview_salt or f"{cls._meta.label_lower}.preview"

    @classmethod
    def previewed_pk(cls, token, max_age):
        """The pk a preview token was signed for; ``signing`` errors when it
        is forged (BadSignature) or expired (SignatureExpired)."""
        return signing.loads(token, salt=cls.preview_signing_salt(), max_age=max_age)

    def preview_token(self):
        return signing.dumps(self.pk, salt=self.preview_signing_salt())

    def get_preview_url(self):
        return reverse(self.preview_url_name, kwargs={"token": self.preview_token()})

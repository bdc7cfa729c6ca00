"""Partners send and update their own profiles; nothing they send is
public until staff approve it."""

from http import HTTPStatus

from django.conf import settings
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from core.ratelimit import client_ip_hash, rate_limit_exceeded
from partners.models import PartnerOrganization
from submissions import services
from submissions.forms import ProfileSubmissionForm, consent_text


@never_cache
@require_http_methods(["GET", "POST"])
def partner_submit(request):
    """The public form for a new partner profile."""
    if request.method == "POST":
        form = ProfileSubmissionForm(
            request.POST, request.FILES, sender=client_ip_hash(request)
        )
    else:
        # Sent from a city's own site: most likely a partner of that city.
        municipality = request.site.municipality
        form = ProfileSubmissionForm(
            initial={"municipalities": [municipality]} if municipality else None
        )
    return _submission_form(request, form)


@never_cache
@require_http_methods(["GET", "POST"])
def partner_edit(request, token):
    """The same form, opened from an emailed edit link and filled with the
    partner's current profile in the visitor's language."""
    try:
        link = services.edit_link_get(token)
    except services.EditLinkInvalid as refusal:
        return _edit_link_refused(request, refusal)
    partner = link.partner
    if request.method == "POST":
        form = ProfileSubmissionForm(
            request.POST,
            request.FILES,
            partner=partner,
            sender=client_ip_hash(request),
        )
    else:
        form = ProfileSubmissionForm(
            initial=ProfileSubmissionForm.initial_from_partner(
                partner, translation.get_language()
            ),
            partner=partner,
        )
    return _submission_form(request, form, link=link)


@require_GET
def submission_thanks(request):
    return render(request, "submissions/submission_thanks.html")


@never_cache
@require_http_methods(["GET", "POST"])
def edit_link_request(request, slug):
    """Ask for an edit link to be emailed to the contact address on file.
    The answer is the same whether or not there is one, so the page tells
    nobody which organizations have an address, and too many requests are
    quietly dropped (the email would be a nuisance to the partner)."""
    partner = get_object_or_404(
        PartnerOrganization.objects.published().on_site(request.site), slug=slug
    )
    if request.method == "POST":
        limit = {
            "limit": settings.PARTNER_EDIT_LINK_RATE_LIMIT,
            "window": settings.PARTNER_RATE_LIMIT_WINDOW,
        }
        limited = rate_limit_exceeded(
            "partner-edit-link-sender", client_ip_hash(request), **limit
        ) or rate_limit_exceeded("partner-edit-link-partner", partner.pk, **limit)
        if not limited:
            services.edit_link_issue(
                partner, language=translation.get_language(), site=request.site
            )
        return redirect("submissions:edit_link_sent", slug=partner.slug)
    return render(
        request,
        "submissions/edit_link_request.html",
        {"partner": partner, "hours": settings.PARTNER_EDIT_LINK_MAX_AGE // 3600},
    )


@require_GET
def edit_link_sent(request, slug):
    partner = get_object_or_404(
        PartnerOrganization.objects.published().on_site(request.site), slug=slug
    )
    return render(
        request,
        "submissions/edit_link_sent.html",
        {
            "partner": partner,
            "hours": settings.PARTNER_EDIT_LINK_MAX_AGE // 3600,
        },
    )


def _submission_form(request, form, *, link=None):
    partner = link.partner if link else None
    # The form checks the sender's limit itself, before opening any image.
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                if link is not None:
                    services.edit_link_redeem(link)
                services.submission_create(
                    profile=form.profile_data(),
                    language=translation.get_language(),
                    consent_text=consent_text(),
                    submitter_ip_hash=form.sender,
                    partner=partner,
                    site=request.site,
                )
        except services.EditLinkInvalid as refusal:
            return _edit_link_refused(request, refusal)
        return redirect("submissions:submit_thanks")
    status = HTTPStatus.TOO_MANY_REQUESTS if form.rate_limited else HTTPStatus.OK
    return render(
        request,
        "submissions/submission_form.html",
        {
            "form": form,
            "partner": partner,
            "consent_text": consent_text(),
        },
        status=status,
    )


def _edit_link_refused(request, refusal):
    unknown = refusal.reason == services.EditLinkInvalid.UNKNOWN
    return render(
        request,
        "submissions/edit_link_invalid.html",
        {
            "reason": refusal.reason,
            "hours": settings.PARTNER_EDIT_LINK_MAX_AGE // 3600,
        },
        status=HTTPStatus.NOT_FOUND if unknown else HTTPStatus.GONE,
    )

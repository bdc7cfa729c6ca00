from http import HTTPStatus

from django.conf import settings
from django.db import transaction
from django.db.models import Prefetch, prefetch_related_objects
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from core.page_cache import cache_public_page
from core.pagination import paginate
from core.ratelimit import client_ip_hash, rate_limit_exceeded
from partners import services
from partners.forms import (
    PartnerDirectoryFilterForm,
    ProfileSubmissionForm,
    consent_text,
)
from partners.models import Delegation, PartnerOrganization, Partnership
from partners.taxonomy import prefetch_taxonomies

PARTNERS_PER_PAGE = 12
# News items listed on a partner's profile.
PROFILE_ARTICLES = 5


@cache_public_page(query=[*PartnerDirectoryFilterForm.base_fields, "page"])
def partner_directory(request):
    form = PartnerDirectoryFilterForm(request.GET or None)
    partners = form.filter(PartnerOrganization.objects.published().for_cards())
    return render(
        request,
        "partners/partner_directory.html",
        {
            "form": form,
            "page_obj": paginate(request, partners, PARTNERS_PER_PAGE),
            "spotlight": PartnerOrganization.objects.current_spotlight(),
        },
    )


def _load_profile_relations(partner):
    """What a partner's profile shows, in four queries whatever its size."""
    prefetch_related_objects(
        [partner],
        "municipalities",
        Prefetch(
            "member_organizations", queryset=PartnerOrganization.objects.published()
        ),
    )
    # Through the reverse relation: the news app sits above this one.
    partner.published_articles = list(
        partner.articles.published().for_cards()[:PROFILE_ARTICLES]
    )


@cache_public_page
def partner_detail(request, slug):
    partner = get_object_or_404(PartnerOrganization.objects.published(), slug=slug)
    prefetch_taxonomies([partner])
    _load_profile_relations(partner)
    return render(request, "partners/partner_detail.html", {"partner": partner})


@cache_public_page
def spotlight(request):
    """The "meet the partner" page: the current spotlight and earlier ones."""
    spotlights = list(PartnerOrganization.objects.spotlight()[:7])
    current = spotlights[0] if spotlights else None
    # The current one's profile and the earlier ones' cards show labels.
    prefetch_taxonomies(spotlights)
    if current is not None:
        _load_profile_relations(current)
    return render(
        request,
        "partners/spotlight.html",
        {"partner": current, "earlier_spotlights": spotlights[1:]},
    )


@cache_public_page(query=["page"])
def partnership_list(request):
    partnerships = Partnership.objects.published()
    return render(
        request,
        "partners/partnership_list.html",
        {"page_obj": paginate(request, partnerships, PARTNERS_PER_PAGE)},
    )


@cache_public_page
def partnership_detail(request, slug):
    partnership = get_object_or_404(
        Partnership.objects.published().prefetch_related(
            Prefetch(
                "convening_organizations",
                queryset=PartnerOrganization.objects.published(),
            ),
            "steering_committee",
            Prefetch(
                "delegations",
                queryset=Delegation.objects.prefetch_related("activities").order_by(
                    "-starts_on"
                ),
            ),
        ),
        slug=slug,
    )
    # The news app sits above this one: its model is reached through the
    # relation it declares. (Through the related manager, each card would
    # read its deferred partnership id with a query of its own.)
    news = partnership.articles.model.objects
    articles = news.published().for_cards().filter(partnership=partnership)
    return render(
        request,
        "partners/partnership_detail.html",
        {"partnership": partnership, "articles": articles[:6]},
    )


# ---------------------------------------------------------------------------
# Partners send and update their own profiles.


@never_cache
@require_http_methods(["GET", "POST"])
def partner_submit(request):
    """The public form for a new partner profile."""
    if request.method == "POST":
        form = ProfileSubmissionForm(
            request.POST, request.FILES, sender=client_ip_hash(request)
        )
    else:
        form = ProfileSubmissionForm()
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
    return render(request, "partners/submission_thanks.html")


@never_cache
@require_http_methods(["GET", "POST"])
def edit_link_request(request, slug):
    """Ask for an edit link to be emailed to the contact address on file.
    The answer is the same whether or not there is one, so the page tells
    nobody which organizations have an address, and too many requests are
    quietly dropped (the email would be a nuisance to the partner)."""
    partner = get_object_or_404(PartnerOrganization.objects.published(), slug=slug)
    if request.method == "POST":
        limit = {
            "limit": settings.PARTNER_EDIT_LINK_RATE_LIMIT,
            "window": settings.PARTNER_RATE_LIMIT_WINDOW,
        }
        limited = rate_limit_exceeded(
            "partner-edit-link-sender", client_ip_hash(request), **limit
        ) or rate_limit_exceeded("partner-edit-link-partner", partner.pk, **limit)
        if not limited:
            services.edit_link_issue(partner, language=translation.get_language())
        return redirect("partners:edit_link_sent", slug=partner.slug)
    return render(
        request,
        "partners/edit_link_request.html",
        {"partner": partner, "hours": settings.PARTNER_EDIT_LINK_MAX_AGE // 3600},
    )


@require_GET
def edit_link_sent(request, slug):
    partner = get_object_or_404(PartnerOrganization.objects.published(), slug=slug)
    return render(
        request,
        "partners/edit_link_sent.html",
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
                )
        except services.EditLinkInvalid as refusal:
            return _edit_link_refused(request, refusal)
        return redirect("partners:submit_thanks")
    status = HTTPStatus.TOO_MANY_REQUESTS if form.rate_limited else HTTPStatus.OK
    return render(
        request,
        "partners/submission_form.html",
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
        "partners/edit_link_invalid.html",
        {
            "reason": refusal.reason,
            "hours": settings.PARTNER_EDIT_LINK_MAX_AGE // 3600,
        },
        status=HTTPStatus.NOT_FOUND if unknown else HTTPStatus.GONE,
    )

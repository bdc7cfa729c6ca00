"""The partner directory, a partner's profile and "meet the partner"."""

from django.db.models import Prefetch, prefetch_related_objects
from django.shortcuts import get_object_or_404, render

from core.page_cache import cache_public_page
from core.pagination import paginate
from partners.forms import PartnerDirectoryFilterForm
from partners.models import PartnerOrganization
from partners.taxonomy import prefetch_taxonomies

PARTNERS_PER_PAGE = 12
# News items listed on a partner's profile.
PROFILE_ARTICLES = 5


@cache_public_page(query=[*PartnerDirectoryFilterForm.base_fields, "page"])
def partner_directory(request):
    form = PartnerDirectoryFilterForm(request.GET or None)
    partners = form.filter(
        PartnerOrganization.objects.published().on_site(request.site).for_cards()
    )
    return render(
        request,
        "partners/partner_directory.html",
        {
            "form": form,
            "page_obj": paginate(request, partners, PARTNERS_PER_PAGE),
            "spotlight": PartnerOrganization.objects.on_site(
                request.site
            ).current_spotlight(),
        },
    )


def _load_profile_relations(partner, site):
    """What a partner's profile shows, in four queries whatever its size."""
    prefetch_related_objects(
        [partner],
        "municipalities",
        Prefetch(
            "member_organizations",
            queryset=PartnerOrganization.objects.published().on_site(site),
        ),
    )
    # Through the reverse relation: the news app sits above this one.
    partner.published_articles = list(
        partner.articles.published().on_site(site).for_cards()[:PROFILE_ARTICLES]
    )


@cache_public_page
def partner_detail(request, slug):
    partner = get_object_or_404(
        PartnerOrganization.objects.published()
        .on_site(request.site)
        .select_related("logo"),
        slug=slug,
    )
    prefetch_taxonomies([partner])
    _load_profile_relations(partner, request.site)
    return render(request, "partners/partner_detail.html", {"partner": partner})


@cache_public_page
def spotlight(request):
    """The "meet the partner" page: the current spotlight and earlier ones."""
    spotlights = list(PartnerOrganization.objects.on_site(request.site).spotlight()[:7])
    current = spotlights[0] if spotlights else None
    # The current one's profile and the earlier ones' cards show labels.
    prefetch_taxonomies(spotlights)
    if current is not None:
        _load_profile_relations(current, request.site)
    return render(
        request,
        "partners/spotlight.html",
        {"partner": current, "earlier_spotlights": spotlights[1:]},
    )

"""The partner directory, a partner's profile and "meet the partner"."""

from datetime import datetime

from django.shortcuts import render
from django.utils import timezone

from core.compiled_queries import CompiledQuery
from core.page_cache import cache_public_page
from core.pagination import CompiledRows, paginate
from municipalities.models import Municipality, compiled_item_at_slug
from partners.forms import PartnerDirectoryFilterForm
from partners.models import PartnerOrganization, spotlight_on_site
from partners.taxonomy import prefetch_taxonomies

PARTNERS_PER_PAGE = 12
# News items listed on a partner's profile.
PROFILE_ARTICLES = 5

# A profile's reads, compiled once per language (core.compiled_queries): the
# partner at a slug on a site, the municipalities it serves, its published
# member organizations on the site and its latest news there. Related rows
# are found through the relations the models declare (the news app sits
# above this one).
PARTNER_AT_SLUG = compiled_item_at_slug(
    lambda: PartnerOrganization.objects.published().select_related("logo")
)
MUNICIPALITIES_SERVED = CompiledQuery(
    lambda partner_id: Municipality.objects.filter(
        **{PartnerOrganization.municipalities.field.related_query_name(): partner_id}
    ),
    partner_id=int,
)
MEMBERS_ON_SITE = CompiledQuery(
    lambda partner_id, municipality_id: (
        PartnerOrganization.objects.published()
        .on_site_of(municipality_id)
        .filter(
            **{
                PartnerOrganization.member_organizations.field.related_query_name(): (
                    partner_id
                )
            }
        )
    ),
    partner_id=int,
    municipality_id=int,
)
NEWS_OF_PARTNER = CompiledQuery(
    lambda partner_id, municipality_id, now: (
        PartnerOrganization.articles.field.model.objects.published(at=now)
        .on_site_of(municipality_id)
        .filter(**{PartnerOrganization.articles.field.name: partner_id})
        .for_cards()[:PROFILE_ARTICLES]
    ),
    partner_id=int,
    municipality_id=int,
    now=datetime,
)


# The directory: counted, and read a page at a time, from SQL compiled once
# per language and set of filters (the labels of the cards are prefetched).
DIRECTORY_CARDS = CompiledQuery(
    lambda site_municipality_id, field_id, population_id, region_id, kind: (
        PartnerOrganization.objects.published()
        .on_site_of(site_municipality_id)
        .chosen(
            field_id=field_id,
            population_id=population_id,
            region_id=region_id,
            kind=kind,
        )
        .for_cards()
    ),
    site_municipality_id=int,
    field_id=int,
    population_id=int,
    region_id=int,
    kind=str,
)


@cache_public_page(query=[*PartnerDirectoryFilterForm.base_fields, "page"])
def partner_directory(request):
    form = PartnerDirectoryFilterForm(request.GET or None)
    partners = CompiledRows(
        DIRECTORY_CARDS,
        site_municipality_id=request.site.municipality_id,
        **form.chosen(),
    )
    return render(
        request,
        "partners/partner_directory.html",
        {
            "form": form,
            "page_obj": paginate(request, partners, PARTNERS_PER_PAGE),
            "spotlight": spotlight_on_site(
                request.site.municipality_id, timezone.localdate()
            ),
        },
    )


def _load_profile_relations(partner, site):
    """What a partner's profile shows besides the partner and its labels,
    in three queries whatever its size: ``page_municipalities``,
    ``page_members`` and ``published_articles``."""
    municipality_id = getattr(site, "municipality_id", None)
    partner.page_municipalities = MUNICIPALITIES_SERVED.run(partner_id=partner.pk)
    partner.page_members = MEMBERS_ON_SITE.run(
        partner_id=partner.pk, municipality_id=municipality_id
    )
    partner.published_articles = NEWS_OF_PARTNER.run(
        partner_id=partner.pk, municipality_id=municipality_id, now=timezone.now()
    )


@cache_public_page
def partner_detail(request, slug):
    partner = PARTNER_AT_SLUG.get_or_404(
        slug=slug, municipality_id=request.site.municipality_id
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

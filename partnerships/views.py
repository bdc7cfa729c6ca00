"""The public pages of city partnerships."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from core.page_cache import cache_public_page
from core.pagination import paginate
from partners.models import PartnerOrganization
from partnerships.models import Delegation, Partnership

PARTNERSHIPS_PER_PAGE = 12


@cache_public_page(query=["page"])
def partnership_list(request):
    partnerships = Partnership.objects.published().on_site(request.site)
    return render(
        request,
        "partnerships/partnership_list.html",
        {"page_obj": paginate(request, partnerships, PARTNERSHIPS_PER_PAGE)},
    )


@cache_public_page
def partnership_detail(request, slug):
    partnership = get_object_or_404(
        Partnership.objects.published()
        .on_site(request.site)
        .prefetch_related(
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
        "partnerships/partnership_detail.html",
        {"partnership": partnership, "articles": articles[:6]},
    )

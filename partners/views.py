from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from articles.models import Article
from community_cms.pagination import paginate
from partners.forms import PartnerDirectoryFilterForm
from partners.models import Delegation, PartnerOrganization, Partnership

PARTNERS_PER_PAGE = 12


def partner_directory(request):
    form = PartnerDirectoryFilterForm(request.GET or None)
    partners = form.filter(
        PartnerOrganization.objects.published().prefetch_related("fields_of_action")
    )
    return render(
        request,
        "partners/partner_directory.html",
        {
            "form": form,
            "page_obj": paginate(request, partners, PARTNERS_PER_PAGE),
            "spotlight": PartnerOrganization.objects.current_spotlight(),
        },
    )


def _partner_page_queryset():
    return PartnerOrganization.objects.published().prefetch_related(
        "fields_of_action",
        "populations",
        "regions",
        "municipalities",
        Prefetch(
            "member_organizations", queryset=PartnerOrganization.objects.published()
        ),
        Prefetch(
            "articles",
            queryset=Article.objects.published().for_listing(),
            to_attr="published_articles",
        ),
    )


def partner_detail(request, slug):
    partner = get_object_or_404(_partner_page_queryset(), slug=slug)
    return render(request, "partners/partner_detail.html", {"partner": partner})


def spotlight(request):
    """The "meet the partner" page: the current spotlight and earlier ones."""
    spotlights = PartnerOrganization.objects.spotlight()
    current = (
        _partner_page_queryset().filter(pk__in=spotlights.values("pk")[:1]).first()
    )
    earlier = spotlights.exclude(pk=getattr(current, "pk", None))[:6]
    return render(
        request,
        "partners/spotlight.html",
        {"partner": current, "earlier_spotlights": earlier},
    )


def partnership_list(request):
    partnerships = Partnership.objects.published()
    return render(
        request,
        "partners/partnership_list.html",
        {"page_obj": paginate(request, partnerships, PARTNERS_PER_PAGE)},
    )


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
    articles = Article.objects.published().for_listing().filter(partnership=partnership)
    return render(
        request,
        "partners/partnership_detail.html",
        {"partnership": partnership, "articles": articles[:6]},
    )

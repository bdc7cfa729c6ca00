"""The public pages of city partnerships."""

from datetime import datetime

from django.db.models import F
from django.shortcuts import render
from django.utils import timezone

from core.compiled_queries import CompiledQuery
from core.page_cache import cache_public_page
from core.pagination import paginate
from municipalities.models import compiled_item_at_slug
from partners.models import PartnerOrganization
from partnerships.models import (
    Delegation,
    DelegationActivity,
    Partnership,
    SteeringCommitteeMember,
)

PARTNERSHIPS_PER_PAGE = 12
PARTNERSHIP_ARTICLE_COUNT = 6

# A partnership's page, read with queries compiled once per language
# (core.compiled_queries): the partnership at a slug on a site, the
# organizations leading it, its steering committee, its delegations with
# their activities and its latest news (through the relation the news app
# declares: that app sits above this one).
PARTNERSHIP_AT_SLUG = compiled_item_at_slug(lambda: Partnership.objects.published())
CONVENERS = CompiledQuery(
    lambda partnership_id: PartnerOrganization.objects.published().filter(
        **{
            Partnership.convening_organizations.field.related_query_name(): (
                partnership_id
            )
        }
    ),
    partnership_id=int,
)
STEERING_COMMITTEE = CompiledQuery(
    lambda partnership_id: SteeringCommitteeMember.objects.filter(
        partnership=partnership_id
    ),
    partnership_id=int,
)
DELEGATIONS = CompiledQuery(
    lambda partnership_id: Delegation.objects.filter(partnership=partnership_id),
    partnership_id=int,
)
# Each activity once per delegation of the partnership that does it, in the
# activities' order.
ACTIVITIES_OF_DELEGATIONS = CompiledQuery(
    lambda partnership_id: DelegationActivity.objects.filter(
        delegations__partnership=partnership_id
    ).annotate(delegation_id=F("delegations__id")),
    partnership_id=int,
)
NEWS_OF_PARTNERSHIP = CompiledQuery(
    lambda partnership_id, now: (
        Partnership.articles.field.model.objects.published(at=now)
        .for_cards()
        .filter(partnership=partnership_id)[:PARTNERSHIP_ARTICLE_COUNT]
    ),
    partnership_id=int,
    now=datetime,
)


@cache_public_page(query=["page"])
def partnership_list(request):
    partnerships = Partnership.objects.published().on_site(request.site)
    return render(
        request,
        "partnerships/partnership_list.html",
        {"page_obj": paginate(request, partnerships, PARTNERSHIPS_PER_PAGE)},
    )


def _read_page_relations(partnership):
    """What the page shows besides the partnership, as ``page_conveners``,
    ``page_committee`` and ``page_delegations`` (each with its
    ``page_activities``): four queries whatever its size."""
    partnership.page_conveners = CONVENERS.run(partnership_id=partnership.pk)
    partnership.page_committee = STEERING_COMMITTEE.run(partnership_id=partnership.pk)
    partnership.page_delegations = DELEGATIONS.run(partnership_id=partnership.pk)
    activities = {}
    for activity in ACTIVITIES_OF_DELEGATIONS.run(partnership_id=partnership.pk):
        activities.setdefault(activity.delegation_id, []).append(activity)
    for delegation in partnership.page_delegations:
        delegation.page_activities = activities.get(delegation.pk, [])


@cache_public_page
def partnership_detail(request, slug):
    partnership = PARTNERSHIP_AT_SLUG.get_or_404(
        slug=slug, municipality_id=request.site.municipality_id
    )
    _read_page_relations(partnership)
    articles = NEWS_OF_PARTNERSHIP.run(
        partnership_id=partnership.pk, now=timezone.now()
    )
    return render(
        request,
        "partnerships/partnership_detail.html",
        {"partnership": partnership, "articles": articles},
    )

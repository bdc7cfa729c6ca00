"""A page's blocks, read and prepared for the template: one query for the
blocks of every kind, and one per list a block shows."""

from django.db.models import Prefetch, prefetch_related_objects

from articles.models import Article
from pages.models import LatestArticles, PartnerCards, page_blocks_in_order
from partners.models import PartnerOrganization


def page_blocks(page, site):
    """The blocks of ``page``'s main region, in order, each with
    ``template_name`` and whatever it shows read beforehand."""
    blocks = page_blocks_in_order(page)
    partner_blocks = []
    for block in blocks:
        block.template_name = f"pages/blocks/{type(block)._meta.model_name}.html"
        if isinstance(block, LatestArticles):
            block.articles = list(
                Article.objects.published()
                .on_site(site)
                .filter(topics=block.topic_id)
                .for_cards()[: block.count]
            )
        elif isinstance(block, PartnerCards):
            partner_blocks.append(block)
    # Only the partners this site shows, published.
    prefetch_related_objects(
        partner_blocks,
        Prefetch(
            "partners",
            queryset=PartnerOrganization.objects.published().on_site(site).for_cards(),
        ),
    )
    return blocks

"""A page's blocks, read and prepared for the template: one query for the
blocks of every kind, and one for each kind of list the blocks show."""

from collections import defaultdict

from django.db.models import F, Prefetch, Window, prefetch_related_objects
from django.db.models.functions import RowNumber

from articles.models import Article
from pages.models import LatestArticles, PartnerCards, page_blocks_in_order
from partners.models import PartnerOrganization


def page_blocks(page, site):
    """The blocks of ``page``'s main region, in order, each with
    ``template_name`` and whatever it shows read beforehand."""
    blocks = page_blocks_in_order(page)
    for block in blocks:
        block.template_name = f"pages/blocks/{type(block)._meta.model_name}.html"
    _read_latest_articles(
        [block for block in blocks if isinstance(block, LatestArticles)], site
    )
    # Only the partners this site shows, published.
    prefetch_related_objects(
        [block for block in blocks if isinstance(block, PartnerCards)],
        Prefetch(
            "partners",
            queryset=PartnerOrganization.objects.published().on_site(site).for_cards(),
        ),
    )
    return blocks


def _read_latest_articles(blocks, site):
    """Sets ``articles`` on each block: the latest ``count`` cards of its
    topic that ``site`` shows. One query for all the blocks of a page: the
    articles of their topics numbered within each topic in the cards' own
    order, as far as the longest list needs."""
    if not blocks:
        return
    cards = (
        Article.objects.published()
        .on_site(site)
        .filter(topics__in={block.topic_id for block in blocks})
        .for_cards()
    )
    listed = cards.annotate(
        listed_topic=F("topics"),
        place=Window(
            RowNumber(), partition_by=F("topics"), order_by=cards.query.order_by
        ),
    ).filter(place__lte=max(block.count for block in blocks))
    by_topic = defaultdict(list)
    for article in listed:
        by_topic[article.listed_topic].append(article)
    for block in blocks:
        block.articles = by_topic[block.topic_id][: block.count]

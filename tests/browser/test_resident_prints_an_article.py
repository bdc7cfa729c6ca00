"""A resident prints an article: the text, photo and pull quotes on white
paper, without the site's menus, sharing controls or footer, and with the
address of the page printed at the end."""

import pytest
from django.conf import settings

from tests.articles.factories import ArticleFactory, QuoteFactory

pytestmark = pytest.mark.django_db(transaction=True)

ARTIFACTS = settings.BASE_DIR / "test-artifacts"


def _display(page, selector):
    return page.locator(selector).first.evaluate("e => getComputedStyle(e).display")


def test_printed_article_keeps_the_story_and_drops_the_navigation(
    live_server, page, screenshot
):
    article = ArticleFactory(
        title_he="יריד ההתנדבות חזר",
        body_he='<p>פרטים <a href="https://example.org/fair">באתר היריד</a>.</p>',
    )
    QuoteFactory(article=article)
    page.goto(f"{live_server.url}/he/news/{article.slug_he}/")

    page.emulate_media(media="print")

    for hidden in (".main-nav", ".language-switcher", ".share", ".site-footer"):
        assert _display(page, hidden) == "none", hidden
    assert _display(page, ".pull-quote") != "none"
    assert _display(page, ".print-only") == "block"
    assert live_server.url in page.locator(".print-only").inner_text()
    link_suffix = page.locator(".article__text a").evaluate(
        "a => getComputedStyle(a, '::after').content"
    )
    assert "https://example.org/fair" in link_suffix
    screenshot(page, "article-he-print")
    ARTIFACTS.mkdir(exist_ok=True)
    page.pdf(path=str(ARTIFACTS / "article-he-print.pdf"))

    page.emulate_media(media="screen")
    assert _display(page, ".print-only") == "none"

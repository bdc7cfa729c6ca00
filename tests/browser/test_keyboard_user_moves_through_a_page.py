"""A keyboard user moves through a page: the first Tab shows the skip link,
which takes them to the main content, and the focused element is always
visibly outlined."""

import pytest

from tests.articles.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)

FOCUS_STYLE = """() => {
  const style = getComputedStyle(document.activeElement);
  return {outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};
}"""


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_skip_link_leads_to_the_content_and_focus_is_visible(
    live_server, page, language
):
    ArticleFactory()
    page.goto(f"{live_server.url}/{language}/news/")

    page.keyboard.press("Tab")

    skip = page.locator(".skip-link")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    box = skip.bounding_box()
    assert box["y"] >= 0 and box["x"] >= 0, "the focused skip link is on screen"
    assert page.evaluate(FOCUS_STYLE) == {"outline": "solid", "width": 3}

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # The next Tab reaches a link inside the content, outlined too.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")
    assert page.evaluate(FOCUS_STYLE)["outline"] == "solid"

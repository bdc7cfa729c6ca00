"""A resident copies the address of a page to send it on: with JavaScript a
button copies it and says so; without, the address waits in a read-only
field and the button is not shown."""

import pytest

from tests.articles.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def article_url(live_server):
    ArticleFactory(title_en="Open house", slug_en="open-house")
    return f"{live_server.url}/en/news/open-house/"


def test_copy_button_puts_the_address_on_the_clipboard(browser, article_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(article_url)

    button = page.get_by_role("button", name="Copy link")
    button.click()

    status = page.locator(".share__status")
    status.filter(has_text="The link was copied.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == article_url
    context.close()


def test_without_javascript_the_address_is_there_to_copy(browser, article_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(article_url)

    field = page.get_by_label("Link to this page")
    assert field.input_value() == article_url
    assert field.get_attribute("readonly") is not None
    assert page.locator("[data-copy]").is_hidden()
    whatsapp = page.get_by_role("link", name="Share on WhatsApp")
    assert whatsapp.get_attribute("href").startswith("https://wa.me/?text=Open%20house")
    context.close()

import pytest

from demo.loader import load_demo

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo(live_server):
    load_demo()
    return live_server.url


def _box(page, selector):
    return page.locator(selector).first.bounding_box()


def test_hebrew_home_page_and_article_are_laid_out_right_to_left(
    page, demo, screenshot
):
    page.goto(f"{demo}/he/")

    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # In RTL the brand starts the header on the right-hand side.
    brand = _box(page, ".site-brand")
    assert brand["x"] > 1280 / 2
    assert page.locator("h1").inner_text() == "קהילה בעיר"
    screenshot(page, "home-he-1280")

    page.locator(".article-card .card__title a").first.click()
    page.wait_for_load_state()

    assert "/he/news/" in page.url
    quote = page.locator(".pull-quote").first
    quote.scroll_into_view_if_needed()
    # The accent border is on the inline start, which is the right in Hebrew.
    assert quote.evaluate("e => getComputedStyle(e).borderRightWidth") == "6px"
    assert quote.evaluate("e => getComputedStyle(e).borderLeftWidth") == "0px"
    hero = page.locator(".article__hero img")
    assert hero.evaluate("img => img.complete && img.naturalWidth > 0")
    screenshot(page, "article-he-1280")


def test_arabic_article_and_english_directory(page, demo, screenshot):
    page.goto(f"{demo}/ar/news/")
    page.locator(".article-card .card__title a").first.click()
    page.wait_for_load_state()

    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    screenshot(page, "article-ar-1280")

    page.goto(f"{demo}/en/partners/")

    assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"
    assert _box(page, ".site-brand")["x"] < 1280 / 2
    assert page.locator(".partner-card").count() > 0
    screenshot(page, "directory-en-1280")


def test_hebrew_home_page_fits_a_phone(page, demo, screenshot):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(f"{demo}/he/")

    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow == 0
    screenshot(page, "home-he-360")

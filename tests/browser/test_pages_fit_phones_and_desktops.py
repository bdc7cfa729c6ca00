"""Every public page type reads on a 320 px phone (no sideways scrolling,
which is also what 400% zoom on a desktop needs) and on a 1280 px desktop,
in every language. Screenshots of both are kept in
test-artifacts/screenshots/<page>-<language>-<width>.png."""

import pytest

from tests.browser.public_pages import LANGUAGES, load_demo_site, page_paths

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 320, "height": 720}
DESKTOP = {"width": 1280, "height": 900}
OVERFLOW = """() => {
  const root = document.documentElement;
  const wide = [...document.querySelectorAll("body *")]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.left < -1 || box.right > root.clientWidth + 1);
    })
    .map((element) => element.outerHTML.slice(0, 120));
  return {excess: root.scrollWidth - root.clientWidth, wide: wide.slice(0, 5)};
}"""


@pytest.fixture
def demo(live_server):
    load_demo_site()
    return live_server.url


# One test walks every language: the demo is loaded once for all three.
def test_every_page_type_fits_a_phone_and_a_desktop(page, demo, screenshot, subtests):
    for language in LANGUAGES:
        for name, path in page_paths(language).items():
            with subtests.test(msg=f"{name} ({language})"):
                page.set_viewport_size(DESKTOP)
                page.goto(f"{demo}{path}")
                screenshot(page, f"{name}-{language}-{DESKTOP['width']}")

                page.set_viewport_size(PHONE)
                overflow = page.evaluate(OVERFLOW)
                screenshot(page, f"{name}-{language}-{PHONE['width']}")

                # Skip-link style helpers sit off-screen on purpose, and are
                # clipped; only the page's scroll width counts.
                assert overflow["excess"] == 0, f"{path} scrolls sideways: {overflow}"

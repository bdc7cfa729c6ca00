"""No page breaks the site's Content Security Policy in Chromium: every
public page type in Hebrew, Arabic and English, and the admin pages staff
work in, with their scripts running (translation tabs, the rich-text editor,
autocomplete, the calendar, revision comparison). A refused inline script or
style would be a feature quietly broken, so the browser's own reports are
the test. (Every other browser test is watched the same way, through the
``csp_violations`` fixture in conftest.py.)"""

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from articles.models import Article
from tests.browser.public_pages import LANGUAGES, load_demo_site, page_paths
from tests.submissions.factories import ProfileSubmissionFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-long-test-password-123"


@pytest.fixture
def demo(live_server):
    load_demo_site()
    return live_server.url


# One test walks every language: the demo is loaded once for all three.
def test_no_public_page_breaks_the_policy(page, csp_violations, demo, subtests):
    for language in LANGUAGES:
        for name, path in page_paths(language).items():
            with subtests.test(msg=f"{name} ({language})"):
                page.goto(f"{demo}{path}")

                violations = csp_violations.take()
                assert not violations, "\n".join(violations)
                if name == "article":
                    # JSON-LD is data, not script: the policy lets it be.
                    assert page.locator("script[type='application/ld+json']").count()


def test_staff_pages_break_no_policy_while_staff_work(
    page, csp_violations, demo, screenshot
):
    user = get_user_model().objects.create_superuser(
        "root", "root@example.org", PASSWORD
    )
    article = Article.objects.exclude(image=None).first()
    submission = ProfileSubmissionFactory()

    def visited(step):
        violations = csp_violations.take()
        assert not violations, "\n".join([f"{step}:", *violations])

    # Log in, and set up the second factor from its QR code page.
    page.goto(f"{demo}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator(".two-factor__qr-code svg")).to_be_visible()
    visited("second factor setup")
    device = TOTPDevice.objects.get(user=user)
    page.fill("#id_token", f"{totp(device.bin_key):06d}")
    page.click("input[type=submit]")
    expect(page.locator(".pending-submissions")).to_be_visible()
    visited("admin home")

    page.goto(f"{demo}/admin/articles/article/")
    expect(page.locator("img.admin-thumbnail").first).to_be_visible()
    visited("article list with thumbnails")

    # The article form: language tabs (jQuery UI), the rich-text editor,
    # autocomplete (Select2); saved twice, for two revisions to compare.
    page.goto(f"{demo}/admin/articles/article/{article.pk}/change/")
    page.click("a[href='#tab_id_title_ar']")
    expect(page.locator("#id_title_ar")).to_be_visible()
    page.locator("#tab_id_body_he .ProseMirror").locator("visible=true").click()
    page.keyboard.type(" עוד משפט.")
    page.click("#id_municipality + .select2 .select2-selection")
    expect(page.locator(".select2-results__option").first).to_be_visible()
    page.keyboard.press("Escape")
    screenshot(page, "admin-article-change-he")
    visited("article form")
    page.click("input[name=_continue]")
    page.locator("#tab_id_body_he .ProseMirror").locator("visible=true").click()
    page.keyboard.type(" ועוד אחד.")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    visited("article saved")

    page.goto(f"{demo}/admin/articles/article/{article.pk}/history/")
    page.click("#change-history input[type=submit]")
    expect(page.locator("#content-main ins").first).to_be_visible()
    visited("revisions compared")
    page.goto(f"{demo}/admin/articles/article/{article.pk}/history/")
    page.locator("#change-history th a").last.click()
    expect(page.locator("#tab_id_body_he .tiptap.ProseMirror")).to_be_visible()
    visited("old revision")

    page.goto(f"{demo}/admin/submissions/profilesubmission/{submission.pk}/change/")
    expect(page.locator(".submission-review__table")).to_be_visible()
    visited("submission review")

    page.goto(f"{demo}/admin/partnerships/delegation/add/")
    page.locator(".datetimeshortcuts a").first.click()
    visited("delegation form with its calendar")

"""An editor writes a Hebrew article and submits it; a publisher logs in
with a second factor and publishes it; a resident reads it."""

import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from articles.models import Article
from municipalities.models import StaffRole
from municipalities.workflow import WorkflowStatus
from tests.core.factories import MunicipalityFactory, staff_member

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-long-test-password-123"


def _log_in(page, base_url, username):
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")


def _pick_autocomplete(page, field_id, text):
    page.click(f"#{field_id} + .select2 .select2-selection")
    page.fill(".select2-container--open .select2-search__field", text)
    page.click(f".select2-results__option:has-text('{text}')")


def test_editor_writes_publisher_publishes_resident_reads(
    live_server, page, csp_violations, screenshot
):
    city = MunicipalityFactory(name_he="רחובות", slug="rehovot")
    editor = staff_member(city, StaffRole.EDITOR, username="editor")
    publisher = staff_member(city, StaffRole.PUBLISHER, username="publisher")
    device = TOTPDevice.objects.create(user=publisher, name="phone", confirmed=True)

    _log_in(page, live_server.url, editor.username)
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.fill("#id_title_he", "מפגש שכנים בשכונת מרמורק")
    page.fill("#id_lede_he", "עשרות תושבים נפגשו כדי לתכנן יחד את הגינה הקהילתית.")
    page.locator("#tab_id_body_he .ProseMirror").locator("visible=true").click()
    page.keyboard.type("השכנים בחרו שלושה נושאים לקידום מול העירייה.")
    _pick_autocomplete(page, "id_municipality", "רחובות")
    screenshot(page, "admin-article-add-he")
    # Tabs, editor and autocomplete ran within the Content Security Policy.
    assert csp_violations.take() == []
    page.click("input[name=_workflow_submit_for_review]")

    expect(page.locator(".workflow-state").first).to_contain_text("בבדיקה")
    article = Article.objects.get()
    assert article.status == WorkflowStatus.IN_REVIEW
    assert article.author == editor
    expect(page.locator("input[name=_workflow_publish]")).to_have_count(0)

    page.context.clear_cookies()
    _log_in(page, live_server.url, publisher.username)
    expect(page).to_have_url(re.compile(r"/admin/2fa/verify/"))
    page.fill("#id_token", f"{totp(device.bin_key):06d}")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    page.click("input[name=_workflow_publish]")

    expect(page.locator(".workflow-state").first).to_contain_text("פורסם")
    assert csp_violations.take() == []
    article.refresh_from_db()
    assert article.is_published

    page.context.clear_cookies()
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    expect(page.locator("h1")).to_have_text("מפגש שכנים בשכונת מרמורק")
    expect(page.locator(".article__body")).to_contain_text("שלושה נושאים")
    screenshot(page, "article-published-he")

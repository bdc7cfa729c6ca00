"""A publisher logs in with a second factor and finds, on the editor's desk
at the admin's front page, an article an editor has submitted for review.
Its Hebrew text has a link that reads "לחצו כאן": pressing "Publish or
schedule" saves the article but does not publish it, and the admin says
why. The publisher rewrites the link's text in the rich-text editor and
presses the button again: the article is published, and its publish event
in the audit log excuses nothing. The admin's front page, desk and all,
passes axe-core; screenshots are kept in test-artifacts/screenshots/
desk-he-1280.png and desk-accessibility-warning-he-1280.png."""

import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from municipalities.models import AuditEvent, StaffRole
from municipalities.services import workflow_transition
from municipalities.workflow import WorkflowStatus
from tests.articles.factories import ArticleFactory
from tests.browser.test_article_goes_from_draft_to_published import _log_in
from tests.browser.test_public_pages_pass_axe import AXE, axe_violations, describe
from tests.core.factories import MunicipalityFactory, staff_member

pytestmark = [
    pytest.mark.django_db(transaction=True),
    # An earlier live-server test may have emptied the database.
    pytest.mark.usefixtures("staff_groups"),
]

TITLE = "ערב תושבים בשכונת מרמורק"
VAGUE = "לחצו כאן"
CLEAR = "להרשמה לערב התושבים"
BODY = (
    "<p>ערב התושבים ייערך ביום שלישי במרכז הקהילתי. "
    f'<a href="https://example.org/register">{VAGUE}</a></p>'
)
# Put the caret over the whole text of the body's link, as a double click
# would over one word; ProseMirror follows the document's selection.
SELECT_LINK_TEXT = """(link) => {
  const range = document.createRange();
  range.selectNodeContents(link);
  const selection = document.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}"""


@pytest.fixture
def waiting_article():
    """An article an editor of the city wrote and sent for review."""
    city = MunicipalityFactory(name_he="רחובות", slug="rehovot")
    editor = staff_member(city, StaffRole.EDITOR, username="editor")
    article = ArticleFactory(
        municipality=city,
        author=editor,
        title_he=TITLE,
        body_he=BODY,
        status=WorkflowStatus.DRAFT,
        published_at=None,
    )
    return workflow_transition(article, "submit_for_review", by=editor)


def test_publisher_fixes_the_link_text_and_publishes(
    live_server, page, csp_violations, screenshot, waiting_article
):
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make browser-deps`.")
    publisher = staff_member(
        waiting_article.municipality, StaffRole.PUBLISHER, username="publisher"
    )
    device = TOTPDevice.objects.create(user=publisher, name="phone", confirmed=True)

    _log_in(page, live_server.url, publisher.username)
    expect(page).to_have_url(re.compile(r"/admin/2fa/verify/"))
    page.fill("#id_token", f"{totp(device.bin_key):06d}")
    page.click("input[type=submit]")
    expect(page).to_have_url(f"{live_server.url}/admin/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")

    review = page.locator("section.desk-panel[aria-labelledby=desk-review]")
    expect(review.locator("#desk-review")).to_have_text("ממתין לבדיקה שלי")
    waiting = review.get_by_role("link", name=TITLE)
    expect(waiting).to_be_visible()
    expect(review.locator(".desk-items li")).to_contain_text("בבדיקה")
    screenshot(page, "desk-he-1280")
    # The whole page, Django's own admin markup around the desk included.
    violations = axe_violations(page)
    assert not violations, describe(violations)
    assert csp_violations.take() == []

    waiting.click()
    change_url = f"/admin/articles/article/{waiting_article.pk}/change/"
    expect(page).to_have_url(f"{live_server.url}{change_url}")
    # The buttons are at the top of the form and under it: the one under it.
    publish = page.locator("input[name=_workflow_publish]").last
    label = publish.get_attribute("value")
    assert label == "פרסום או תזמון"
    publish.click()

    expect(page).to_have_url(f"{live_server.url}{change_url}?accessibility=warned")
    warnings = page.locator("ul.messagelist li.warning")
    expect(warnings.filter(has_text=VAGUE)).to_have_count(1)
    expect(warnings.last).to_contain_text(label)
    # Pressed again, the button would publish the text as it is.
    accepted = page.locator("input[type=hidden][name=_accessibility_accepted]")
    expect(accepted.first).to_have_value("1")
    screenshot(page, "desk-accessibility-warning-he-1280")
    waiting_article.refresh_from_db()
    assert waiting_article.status == WorkflowStatus.IN_REVIEW

    body = page.locator("#tab_id_body_he .ProseMirror").locator("visible=true")
    body.locator("a", has_text=VAGUE).evaluate(SELECT_LINK_TEXT)
    page.keyboard.insert_text(CLEAR)
    expect(body.locator("a")).to_have_text(CLEAR)
    assert csp_violations.take() == []
    page.locator("input[name=_workflow_publish]").last.click()

    expect(page.locator("ul.messagelist li.success")).to_have_text(
        "מצב הכתבה עכשיו: פורסם."
    )
    expect(page.locator("ul.messagelist li.warning")).to_have_count(0)
    expect(page.locator(".workflow-state").first).to_contain_text("פורסם")
    assert csp_violations.take() == []
    waiting_article.refresh_from_db()
    assert waiting_article.is_published
    assert f">{CLEAR}</a>" in waiting_article.body_he
    assert VAGUE not in waiting_article.body_he
    published = AuditEvent.objects.get(
        action=AuditEvent.Action.PUBLISH, object_id=str(waiting_article.pk)
    )
    assert published.actor == publisher
    assert published.message == ""

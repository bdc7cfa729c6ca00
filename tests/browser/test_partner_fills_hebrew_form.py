"""A partner fills in the profile form in a real browser: Hebrew first, with
the errors it shows, then the form in Arabic and English."""

import pytest

from submissions.models import ProfileSubmission, SubmissionStatus
from tests.core.factories import MunicipalityFactory
from tests.images import image_bytes
from tests.partners.factories import (
    FieldOfActionFactory,
    PopulationFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)

VIEWPORT_WIDTH = 1280


@pytest.fixture
def site(live_server, settings):
    # The live server runs in a thread of this process, so the settings
    # fixture reaches it: a browser robot fills the form in well under the
    # time trap's three seconds.
    settings.PARTNER_SUBMISSION_MIN_SECONDS = 0
    for he, ar, en in [
        ("חינוך", "تعليم", "Education"),
        ("רווחה", "رفاه", "Welfare"),
        ("תרבות", "ثقافة", "Culture"),
        ("דיור", "إسكان", "Housing"),
    ]:
        FieldOfActionFactory(name_he=he, name_ar=ar, name_en=en)
    for he, ar, en in [
        ("משפחות צעירות", "عائلات شابة", "Young families"),
        ("ותיקים", "كبار السن", "Older adults"),
        ("עולים חדשים", "مهاجرون جدد", "New immigrants"),
    ]:
        PopulationFactory(name_he=he, name_ar=ar, name_en=en)
    for he, ar, en in [("צפון", "الشمال", "North"), ("דרום", "الجنوب", "South")]:
        RegionFactory(name_he=he, name_ar=ar, name_en=en)
    MunicipalityFactory(name_he="רחובות", name_ar="رحوفوت", name_en="Rehovot")
    return live_server.url


def _png():
    return {
        "name": "לוגו.png",
        "mimeType": "image/png",
        "buffer": image_bytes(size=(160, 160)),
    }


def test_a_partner_fills_the_hebrew_form_and_sees_the_confirmation(
    page, site, screenshot
):
    page.goto(f"{site}/he/partners/")
    page.locator('a[href="/he/partners/submit/"]').click()
    page.wait_for_url("**/he/partners/submit/")

    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # The spam trap is out of sight.
    trap = page.locator(".form-trap").bounding_box()
    assert trap["x"] + trap["width"] <= 0 or trap["x"] >= VIEWPORT_WIDTH
    screenshot(page, "partner-form-he")

    page.fill("#id_name", "עמותת גשר בין שכונות")
    page.check("#id_kind_0")
    page.fill("#id_summary", "מחברת בין ותיקים לעולים חדשים.")
    page.fill(
        "#id_description",
        "אנחנו מלווים ועדי שכונות ומתנדבים.\n\nפועלים בדרום ובמרכז.",
    )
    page.fill("#id_website", "https://bridges.example.org")
    page.check("#id_fields_of_action_0")
    page.check("#id_populations_2")
    page.check("#id_regions_1")
    page.check("#id_municipalities_0")
    page.fill("#id_communities_count", "12")
    page.set_input_files("#id_logo", files=[_png()])
    page.fill("#id_logo_alt", "גשר כחול")
    page.fill("#id_contact_name", "נועה ברק")
    page.fill("#id_contact_role", "רכזת שותפויות")
    page.fill("#id_contact_email", "noa@bridges.example.org")
    page.fill("#id_contact_phone", "08-9000000")
    page.check("#id_contact_is_public_1")
    page.check("#id_consent")
    page.locator(".submission-form button[type=submit]").click()

    page.wait_for_url("**/he/partners/submit/thanks/")
    assert page.locator("main h1").is_visible()
    screenshot(page, "partner-form-thanks-he")
    submission = ProfileSubmission.objects.get()
    assert submission.status == SubmissionStatus.PENDING
    assert submission.name == "עמותת גשר בין שכונות"
    assert submission.language == "he"
    assert submission.logo
    assert submission.fields_of_action.count() == 1


def test_the_hebrew_form_shows_its_errors_next_to_the_fields(page, site, screenshot):
    page.goto(f"{site}/he/partners/submit/")
    page.fill("#id_name", "עמותת גשר בין שכונות")
    page.fill("#id_contact_email", "not-an-email")
    page.fill("#id_description", "<b>מודגש</b>")
    page.locator(".submission-form button[type=submit]").click()
    page.wait_for_load_state()

    summary = page.locator(".error-summary")
    assert summary.is_visible()
    # The summary takes the focus, so keyboard and screen reader users
    # start from it.
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert page.locator("#id_description").get_attribute("aria-invalid") == "true"
    assert "id_contact_email_error" in page.locator("#id_contact_email").get_attribute(
        "aria-describedby"
    )
    # What was typed is still there.
    assert page.input_value("#id_name") == "עמותת גשר בין שכונות"
    assert page.title().startswith("Error") or page.title().startswith("שגיאה")
    screenshot(page, "partner-form-errors-he")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_form_in_arabic_and_english(page, site, screenshot, language):
    page.goto(f"{site}/{language}/partners/submit/")
    direction = "rtl" if language == "ar" else "ltr"
    assert page.evaluate("getComputedStyle(document.body).direction") == direction
    screenshot(page, f"partner-form-{language}")

    page.locator(".submission-form button[type=submit]").click()
    page.wait_for_load_state()

    assert page.locator(".error-summary").is_visible()
    screenshot(page, f"partner-form-errors-{language}")


def test_the_hebrew_form_fits_a_phone(page, site, screenshot):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(f"{site}/he/partners/submit/")
    page.locator(".submission-form button[type=submit]").click()
    page.wait_for_load_state()

    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow == 0
    screenshot(page, "partner-form-errors-he-360")

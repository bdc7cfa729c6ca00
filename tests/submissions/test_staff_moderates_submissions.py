"""Staff review the submissions in the admin: the queue, the side-by-side
review of an update, and approve / reject / ask for changes, each recorded
with who and when."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from core.models import PublicationStatus
from municipalities.models import AuditEvent, StaffRole
from partners.models import RESERVED_SLUGS, PartnerOrganization
from submissions import services
from submissions.models import EmailNotification, ProfileSubmission, SubmissionStatus
from tests.core.factories import MunicipalityFactory
from tests.images import image_file
from tests.partners.factories import FieldOfActionFactory, PartnerOrganizationFactory
from tests.submissions.factories import ProfileSubmissionFactory

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:submissions_profilesubmission_changelist")


def _review_url(submission):
    return reverse("admin:submissions_profilesubmission_change", args=[submission.pk])


def _png():
    return image_file(size=(40, 40), color=(200, 85, 61))


# ---------------------------------------------------------------- the queue


def test_the_queue_shows_pending_submissions_first(staff_client, admin_user):
    waiting = ProfileSubmissionFactory(name="ממתין לבדיקה")
    decided = ProfileSubmissionFactory(name="כבר הוחלט")
    services.submission_reject(decided, by=admin_user, reason="כפילות")

    response = staff_client.get(QUEUE)

    assert response.status_code == HTTPStatus.OK
    assert list(response.context["cl"].result_list) == [waiting]
    everything = staff_client.get(QUEUE, {"status": "all"})
    assert set(everything.context["cl"].result_list) == {
        waiting,
        ProfileSubmission.objects.get(pk=decided.pk),
    }


def test_the_admin_home_page_counts_the_submissions_waiting(staff_client):
    ProfileSubmissionFactory.create_batch(3)

    html = staff_client.get(reverse("admin:index")).content.decode()

    assert 'class="module pending-submissions"' in html
    assert f'href="{QUEUE}"' in html
    assert "3" in html.split("pending-submissions", 1)[1].split("</div>", 1)[0]


def test_staff_cannot_add_or_edit_a_submission_in_the_admin(staff_client):
    submission = ProfileSubmissionFactory()

    add = staff_client.get(reverse("admin:submissions_profilesubmission_add"))
    review = staff_client.get(_review_url(submission))

    assert add.status_code == HTTPStatus.FORBIDDEN
    assert review.status_code == HTTPStatus.OK
    assert 'name="name"' not in review.content.decode()


# ---------------------------------------------------------------- review page


def test_a_new_organization_is_shown_as_sent(staff_client):
    submission = ProfileSubmissionFactory(name="עמותת הגשר", contact_phone="08-1234567")

    response = staff_client.get(_review_url(submission))

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "עמותת הגשר" in html
    assert "08-1234567" in html
    assert 'value="approve"' in html
    assert "is-changed" not in html


def test_an_update_is_shown_beside_the_profile_with_changed_fields_marked(
    staff_client,
):
    partner = PartnerOrganizationFactory(
        name_he="עמותת הגשר",
        summary_he="משפט ישן.",
        website="https://old.example.org",
    )
    submission = ProfileSubmissionFactory(
        partner=partner,
        is_update=True,
        name="עמותת הגשר",
        summary="משפט חדש.",
        description=partner.description_he,
        website="https://new.example.org",
        contact_name=partner.contact_name_he,
        contact_role=partner.contact_role_he,
        contact_email=partner.contact_email,
        contact_phone=partner.contact_phone,
    )

    response = staff_client.get(_review_url(submission))

    rows = {row["name"]: row for row in response.context["rows"]}
    assert rows["summary"]["changed"]
    assert rows["summary"]["current"] == "משפט ישן."
    assert rows["summary"]["submitted"] == "משפט חדש."
    assert rows["website"]["changed"]
    assert not rows["name"]["changed"]
    assert not rows["description"]["changed"]
    assert not rows["contact_email"]["changed"]
    html = response.content.decode()
    assert "משפט ישן." in html
    assert "משפט חדש." in html
    assert html.count('class="is-changed') == 2


def test_a_possible_duplicate_is_pointed_out(staff_client):
    PartnerOrganizationFactory(name_he="עמותת הגשר")
    submission = ProfileSubmissionFactory(name="עמותת הגשר")

    response = staff_client.get(_review_url(submission))

    assert len(response.context["possible_duplicates"]) == 1


# ---------------------------------------------------------------- approval


def test_approval_publishes_a_new_organization(staff_client, admin_user, client):
    field = FieldOfActionFactory()
    city = MunicipalityFactory()
    submission = ProfileSubmissionFactory(
        name="עמותת הגשר",
        summary="מחברת שכנים.",
        website="https://bridges.example.org",
        contact_email="rotem@bridges.example.org",
        contact_is_public=False,
        fields_of_action=[field],
        municipalities=[city],
        logo=_png(),
    )

    response = staff_client.post(_review_url(submission), {"decision": "approve"})

    assert response.status_code == HTTPStatus.FOUND
    submission.refresh_from_db()
    partner = submission.partner
    assert submission.status == SubmissionStatus.APPROVED
    assert submission.decided_by == admin_user
    assert submission.decided_at is not None
    assert partner.status == PublicationStatus.PUBLISHED
    assert partner.name_he == "עמותת הגשר"
    assert partner.summary_he == "מחברת שכנים."
    assert partner.contact_email == "rotem@bridges.example.org"
    assert list(partner.fields_of_action.all()) == [field]
    assert list(partner.municipalities.all()) == [city]
    # The logo is now a library image the whole network shares.
    assert partner.logo.file.name
    assert partner.logo.municipality is None
    assert partner.logo.alt_text_he
    page = client.get(partner.get_absolute_url())
    assert page.status_code == HTTPStatus.OK
    html = page.content.decode()
    assert "עמותת הגשר" in html
    # The partner chose not to show its contact details.
    assert "rotem@bridges.example.org" not in html
    assert "רותם אברהם" not in html


def test_contact_details_are_public_when_the_partner_chose_so(admin_user, client):
    submission = ProfileSubmissionFactory(
        contact_email="public@bridges.example.org", contact_is_public=True
    )

    partner = services.submission_approve(submission, by=admin_user)

    html = client.get(partner.get_absolute_url()).content.decode()
    assert "public@bridges.example.org" in html
    assert "רותם אברהם" in html


def test_a_second_approval_is_impossible(staff_client, admin_user):
    submission = ProfileSubmissionFactory()
    services.submission_approve(submission, by=admin_user)

    with pytest.raises(services.SubmissionAlreadyDecided):
        services.submission_approve(submission, by=admin_user)
    response = staff_client.post(
        _review_url(submission), {"decision": "approve"}, follow=True
    )

    assert PartnerOrganization.objects.count() == 1
    assert response.status_code == HTTPStatus.OK
    assert "כבר התקבלה החלטה על ההגשה הזו" in response.content.decode()


def test_a_double_click_on_approve_creates_one_partner(staff_client):
    submission = ProfileSubmissionFactory()
    form = staff_client.get(_review_url(submission))
    assert form.context["can_decide"]

    staff_client.post(_review_url(submission), {"decision": "approve"})
    second = staff_client.post(_review_url(submission), {"decision": "approve"})

    assert second.status_code == HTTPStatus.FOUND
    assert PartnerOrganization.objects.count() == 1
    assert ProfileSubmission.objects.get().status == SubmissionStatus.APPROVED


def test_an_arabic_organization_is_published_in_arabic_and_named_in_hebrew_too(
    admin_user, client
):
    submission = ProfileSubmissionFactory(
        language="ar", name="جمعية الجسر", description="نرافق لجان الأحياء."
    )

    partner = services.submission_approve(submission, by=admin_user)

    assert partner.name_ar == "جمعية الجسر"
    assert partner.description_ar == "نرافق لجان الأحياء."
    # Until staff translate it, the Hebrew site shows the Arabic text rather
    # than an organization without a name.
    assert partner.name_he == "جمعية الجسر"
    assert "جمعية الجسر" in client.get("/ar/partners/").content.decode()
    assert "جمعية الجسر" in client.get("/he/partners/").content.decode()


def test_an_approved_update_changes_only_what_was_changed_in_its_language(
    admin_user,
):
    partner = PartnerOrganizationFactory(
        name_he="עמותת הגשר",
        name_ar="جمعية الجسر",
        summary_he="משפט בעברית.",
        description_he="תיאור בעברית.",
        status=PublicationStatus.PUBLISHED,
    )
    submission = ProfileSubmissionFactory(
        partner=partner,
        is_update=True,
        language="ar",
        name="جمعية الجسر الجديدة",
        # Unchanged: what the Arabic page shows now (Hebrew fallback).
        summary="משפט בעברית.",
        description="وصف بالعربية.",
        contact_email="new@bridges.example.org",
    )

    services.submission_approve(submission, by=admin_user)

    partner.refresh_from_db()
    assert partner.name_ar == "جمعية الجسر الجديدة"
    assert partner.name_he == "עמותת הגשר"
    assert partner.description_ar == "وصف بالعربية."
    assert partner.description_he == "תיאור בעברית."
    # The fallback text was not copied into the Arabic column.
    assert not partner.summary_ar
    assert partner.contact_email == "new@bridges.example.org"
    assert PartnerOrganization.objects.count() == 1


def test_a_new_partner_never_takes_an_address_of_the_form(admin_user, client):
    submission = ProfileSubmissionFactory(language="en", name="Submit")

    partner = services.submission_approve(submission, by=admin_user)

    assert partner.slug not in RESERVED_SLUGS
    assert client.get(partner.get_absolute_url()).status_code == HTTPStatus.OK


# ---------------------------------------------------------------- rejection


def test_rejecting_needs_a_reason(staff_client):
    submission = ProfileSubmissionFactory()

    response = staff_client.post(_review_url(submission), {"decision": "reject"})

    assert response.status_code == HTTPStatus.OK
    assert "reason" in response.context["form"].errors
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.PENDING


def test_rejecting_records_who_when_and_why(staff_client, admin_user):
    submission = ProfileSubmissionFactory()

    response = staff_client.post(
        _review_url(submission),
        {"decision": "reject", "reason": "הארגון אינו פועל בעיר."},
    )

    assert response.status_code == HTTPStatus.FOUND
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.REJECTED
    assert submission.decided_by == admin_user
    assert submission.decided_at is not None
    assert submission.decision_reason == "הארגון אינו פועל בעיר."
    assert not PartnerOrganization.objects.exists()
    decision = EmailNotification.objects.get(
        kind=EmailNotification.Kind.SUBMISSION_DECIDED
    )
    assert "הארגון אינו פועל בעיר." in decision.body
    audit = AuditEvent.objects.get(actor=admin_user, action=AuditEvent.Action.CHANGE)
    assert "rejected" in audit.message


def test_asking_for_changes_records_the_request(staff_client, admin_user):
    submission = ProfileSubmissionFactory()

    staff_client.post(
        _review_url(submission),
        {"decision": "request_changes", "reason": "נא לצרף לוגו."},
    )

    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.CHANGES_REQUESTED
    assert submission.decided_by == admin_user
    assert submission.decision_reason == "נא לצרף לוגו."
    assert not PartnerOrganization.objects.exists()
    # Decided: it cannot be approved any more.
    with pytest.raises(services.SubmissionAlreadyDecided):
        services.submission_approve(submission, by=admin_user)


# ---------------------------------------------------------------- who decides


def test_publishers_see_and_decide_only_for_the_municipalities_they_serve(
    publisher_of,
):
    ours, theirs = MunicipalityFactory(), MunicipalityFactory()
    mine = ProfileSubmissionFactory(municipalities=[ours])
    other = ProfileSubmissionFactory(municipalities=[theirs])
    _user, client = publisher_of(ours)

    queue = client.get(QUEUE)

    assert list(queue.context["cl"].result_list) == [mine]
    assert client.get(_review_url(mine)).context["can_decide"]
    assert client.get(_review_url(other)).status_code != HTTPStatus.OK
    response = client.post(_review_url(mine), {"decision": "approve"})
    assert response.status_code == HTTPStatus.FOUND
    mine.refresh_from_db()
    assert mine.status == SubmissionStatus.APPROVED


def test_editors_do_not_see_submissions(publisher_of):
    city = MunicipalityFactory()
    submission = ProfileSubmissionFactory(municipalities=[city])
    _user, client = publisher_of(city, role=StaffRole.EDITOR)

    assert client.get(QUEUE).status_code == HTTPStatus.FORBIDDEN
    assert client.get(_review_url(submission)).status_code != HTTPStatus.OK


def test_the_public_never_reaches_the_queue(client):
    submission = ProfileSubmissionFactory()

    response = client.get(_review_url(submission))

    assert response.status_code == HTTPStatus.FOUND
    assert "/admin/login/" in response["Location"]


def test_an_update_keeps_members_that_staff_linked_but_are_not_public_yet(admin_user):
    draft_member = PartnerOrganizationFactory(status=PublicationStatus.DRAFT)
    public_member = PartnerOrganizationFactory()
    new_member = PartnerOrganizationFactory()
    partner = PartnerOrganizationFactory()
    partner.member_organizations.set([draft_member, public_member])
    submission = ProfileSubmissionFactory(partner=partner, is_update=True)
    submission.member_organizations.set([new_member])

    services.submission_approve(submission, by=admin_user)

    assert set(partner.member_organizations.all()) == {draft_member, new_member}

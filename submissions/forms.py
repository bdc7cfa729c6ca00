"""The public form partners send their profile with: every public field
of a profile, the contact person, consent, and the traps for robots."""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import MaxLengthValidator
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.images import clean_uploaded_image
from core.ratelimit import rate_limit_exceeded
from core.validators import validate_phone_number, validate_plain_text
from municipalities.models import Municipality
from partners.models import PartnerOrganization
from submissions.models import ProfileSubmission

# Kept from when this was part of the partners app: forms already open in
# a browser stay valid.
FORM_STARTED_SALT = "partners.submission-form.started"


def form_started_token(started_at=None):
    """A signed record of when the form was shown, for the time trap."""
    return signing.dumps(time.time() if started_at is None else started_at,
                         salt=FORM_STARTED_SALT)  # fmt: skip


def consent_text():
    """What we store, why, for how long and who sees it, in the active
    language. Stored with each submission exactly as shown."""
    days = settings.PARTNER_SUBMISSION_RETENTION_DAYS
    return ngettext(
        "What we keep: the organization's details in this form, and your own "
        "contact details (name, role, email and phone). Why: to review the "
        "profile and publish it in the partner directory, and to contact you "
        "about it. Who sees it: the staff of the municipal community "
        "departments. The organization's details become public once staff "
        "approve them; your contact details are shown only if you choose so "
        "below. How long: a published profile is kept until it is removed; a "
        "submission that is not approved is deleted %(days)s day after the "
        "decision. You may ask the community department to see, correct or "
        "delete your details at any time.",
        "What we keep: the organization's details in this form, and your own "
        "contact details (name, role, email and phone). Why: to review the "
        "profile and publish it in the partner directory, and to contact you "
        "about it. Who sees it: the staff of the municipal community "
        "departments. The organization's details become public once staff "
        "approve them; your contact details are shown only if you choose so "
        "below. How long: a published profile is kept until it is removed; a "
        "submission that is not approved is deleted %(days)s days after the "
        "decision. You may ask the community department to see, correct or "
        "delete your details at any time.",
        days,
    ) % {"days": days}


class ProfileSubmissionForm(forms.ModelForm):
    """Every public field of a partner profile plus the contact person, as
    plain text, with the spam traps and the sender's hourly limit. Saving
    is left to ``submissions.services.submission_create``."""

    # Spam trap: hidden from people (CSS, aria-hidden, out of the tab order);
    # robots that fill every field fill it too.
    fax = forms.CharField(
        label=_("Leave this field empty"), required=False, max_length=100
    )
    # Time trap: when the form was first shown, signed.
    started = forms.CharField(widget=forms.HiddenInput, required=False)
    kind = forms.ChoiceField(
        label=_("Kind of organization"),
        choices=PartnerOrganization.Kind.choices,
        widget=forms.RadioSelect,
    )
    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        help_text=_(
            "A PNG, JPEG or WebP image of up to 5 MB. We keep a clean copy, "
            "without hidden details such as where a photo was taken."
        ),
        widget=forms.FileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
    )
    contact_is_public = forms.ChoiceField(
        label=_("Show the contact person, email and phone on the public profile?"),
        choices=[
            ("yes", _("Yes, show them to everyone")),
            ("no", _("No, only community department staff may see them")),
        ],
        widget=forms.RadioSelect,
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice above and agree to it."),
        required=True,
        error_messages={
            "required": _(
                "Please agree to the privacy notice so that we may keep these details."
            ),
        },
    )

    class Meta:
        model = ProfileSubmission
        fields = [
            "name", "kind", "summary", "description", "fields_of_action",
            "populations", "regions", "municipalities", "member_organizations",
            "members_note", "communities_count", "funders", "website", "logo",
            "logo_alt", "contact_name", "contact_role", "contact_email",
            "contact_phone", "contact_is_public",
        ]  # fmt: skip
        labels = {
            "name": _("Name of the organization"),
            "summary": _("In one sentence"),
            "description": _("About the organization"),
            "fields_of_action": _("Fields of action"),
            "populations": _("Populations served"),
            "regions": _("Regions served"),
            "municipalities": _("Municipalities served"),
            "member_organizations": _("Member organizations in the directory"),
            "members_note": _("Other member organizations"),
            "communities_count": _("Number of communities it runs"),
            "funders": _("Funders"),
            "website": _("Website"),
            "logo_alt": _("Describe the logo in a few words"),
            "contact_name": _("Contact person's full name"),
            "contact_role": _("Contact person's role"),
            "contact_email": _("Contact email"),
            "contact_phone": _("Contact phone"),
        }
        help_texts = {
            "name": _("The full name, as the public knows the organization."),
            "summary": _("What the organization does; shown on its directory card."),
            "description": _(
                "What the organization does, for whom and where. Plain text: "
                "an empty line starts a new paragraph."
            ),
            "fields_of_action": _("Choose all that apply."),
            "populations": _("Choose all that apply."),
            "regions": _("Choose all that apply."),
            "municipalities": _(
                "Choose all that apply; their community departments review the profile."
            ),
            "member_organizations": _(
                "For a coalition: its members that are already in the directory."
            ),
            "members_note": _("Members that are not in the directory, one per line."),
            "communities_count": _(
                "How many communities the organization runs or accompanies, "
                "if this applies."
            ),
            "funders": _("One funder per line."),
            "website": _("For example https://www.example.org"),
            "logo_alt": _("Read aloud to blind visitors. Leave empty to use the name."),
            "contact_name": _("The person we contact about this profile."),
            "contact_email": _(
                "We send the confirmation here, and later the links to update "
                "the profile."
            ),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "members_note": forms.Textarea(attrs={"rows": 3}),
            "funders": forms.Textarea(attrs={"rows": 3}),
            "fields_of_action": forms.CheckboxSelectMultiple,
            "populations": forms.CheckboxSelectMultiple,
            "regions": forms.CheckboxSelectMultiple,
            "municipalities": forms.CheckboxSelectMultiple,
            "member_organizations": forms.CheckboxSelectMultiple,
            "website": forms.URLInput(attrs={"autocomplete": "url", "dir": "ltr"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_role": forms.TextInput(
                attrs={"autocomplete": "organization-title"}
            ),
            "contact_email": forms.EmailInput(
                attrs={"autocomplete": "email", "dir": "ltr"}
            ),
            "contact_phone": forms.TextInput(
                attrs={"autocomplete": "tel", "dir": "ltr", "inputmode": "tel"}
            ),
        }

    # Checked against HTML; email and number fields have their own checks.
    PLAIN_TEXT_FIELDS = (
        "name", "summary", "description", "members_note", "funders", "website",
        "logo_alt", "contact_name", "contact_role", "contact_phone",
    )  # fmt: skip

    # What the public form asks for beyond what staff must fill in.
    REQUIRED_FIELDS = ("description", "contact_name", "contact_role", "contact_email")
    MAX_LENGTHS = {"description": 5000, "members_note": 2000, "funders": 2000}

    def __init__(self, *args, partner=None, sender=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.REQUIRED_FIELDS:
            self.fields[name].required = True
        for name, limit in self.MAX_LENGTHS.items():
            field = self.fields[name]
            field.max_length = limit
            field.validators.append(MaxLengthValidator(limit))
            field.widget.attrs.update(field.widget_attrs(field.widget))
        self.partner = partner
        # The sender's keyed address (core.ratelimit), for the limit
        # on forms sent per hour; set once the form was refused for it.
        self.sender = sender
        self.rate_limited = False
        self.fresh_started = None
        members = PartnerOrganization.objects.published()
        if partner is not None:
            members = members.exclude(pk=partner.pk)
        self.fields["member_organizations"].queryset = members
        self.fields["municipalities"].queryset = Municipality.objects.all()
        self.fields["contact_phone"].validators.append(validate_phone_number)
        for name in self.PLAIN_TEXT_FIELDS:
            self.fields[name].validators.append(validate_plain_text)
        for name in ("name", "summary", "description", "members_note", "funders",
                     "logo_alt", "contact_name", "contact_role"):  # fmt: skip
            # Hebrew, Arabic and English can all be typed in any form.
            self.fields[name].widget.attrs.setdefault("dir", "auto")
        self.fields["fax"].widget.attrs.update(tabindex="-1", autocomplete="off")

    @classmethod
    def initial_from_partner(cls, partner, language):
        """The partner's current profile as shown in ``language``."""
        initial = {}
        with translation.override(language):
            for name in PartnerOrganization.profile_field_names():
                value = getattr(partner, name)
                if partner._meta.get_field(name).many_to_many:
                    value = list(value.values_list("pk", flat=True))
                initial[name] = value
            if partner.logo is not None:
                initial["logo_alt"] = partner.logo.alt_text
        initial["contact_is_public"] = "yes" if partner.contact_is_public else "no"
        return initial

    @property
    def started_value(self):
        """The time-trap token to put in the page: the first one while it is
        valid, so that time spent correcting errors counts."""
        if self.fresh_started:
            return self.fresh_started
        if self.is_bound and self.data.get("started"):
            return self.data["started"]
        return form_started_token()

    def clean_contact_is_public(self):
        return self.cleaned_data["contact_is_public"] == "yes"

    def clean_logo(self):
        # Opened only in clean(), once the cheap checks have passed.
        return self.cleaned_data.get("logo") or None

    def clean(self):
        cleaned_data = super().clean()
        # Decoding the logo is the one costly step (a small PNG can unpack to
        # hundreds of megabytes): the cheap checks come first, and a form
        # they catch never has its image opened.
        caught = self._check_honeypot() | self._check_time_trap()
        # Every form carrying a file counts toward the sender's limit, caught
        # or not, since each costs work; one without counts only when it
        # would be saved, so a person correcting mistakes is not held back.
        if self.files or not (caught or self.errors):
            self.rate_limited = self._check_rate_limit()
        if not (caught or self.rate_limited):
            self._clean_logo()
        return cleaned_data

    def _check_honeypot(self):
        if not self.cleaned_data.get("fax"):
            return False
        self.add_error(
            None,
            forms.ValidationError(
                _(
                    "This form could not be sent. If you are a person, "
                    "please leave the field marked “leave this field "
                    "empty” blank and send the form again."
                ),
                code="honeypot",
            ),
        )
        return True

    def _check_rate_limit(self):
        limited = rate_limit_exceeded(
            "partner-submission",
            self.sender,
            limit=settings.PARTNER_SUBMISSION_RATE_LIMIT,
            window=settings.PARTNER_RATE_LIMIT_WINDOW,
        )
        if limited:
            self.add_error(
                None, forms.ValidationError(RATE_LIMIT_MESSAGE, code="rate_limited")
            )
        return limited

    def _clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if not logo:
            return
        try:
            self.cleaned_data["logo"] = clean_uploaded_image(
                logo,
                max_bytes=settings.PARTNER_LOGO_MAX_BYTES,
                max_pixels=settings.PARTNER_LOGO_MAX_PIXELS,
                max_side=settings.PARTNER_LOGO_MAX_SIDE,
            )
        except forms.ValidationError as error:
            self.add_error("logo", error)

    def _check_time_trap(self):
        token = self.data.get("started", "")
        try:
            started_at = float(signing.loads(token, salt=FORM_STARTED_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            started_at = None
        elapsed = time.time() - started_at if started_at is not None else None
        if elapsed is None or elapsed > settings.PARTNER_SUBMISSION_FORM_MAX_AGE:
            self.fresh_started = form_started_token()
            self.add_error(
                None,
                forms.ValidationError(
                    _(
                        "This page was open for a long time, or it could not "
                        "be checked. Your answers are kept below: please check "
                        "them and send the form again."
                    ),
                    code="stale",
                ),
            )
            return True
        if elapsed < settings.PARTNER_SUBMISSION_MIN_SECONDS:
            self.add_error(
                None,
                forms.ValidationError(
                    _(
                        "The form was sent faster than a person can fill it "
                        "in. Your answers are kept below: please check them "
                        "and send the form again."
                    ),
                    code="too_fast",
                ),
            )
            return True
        return False

    def profile_data(self):
        """The cleaned profile, ready for ``submission_create``."""
        return {
            name: self.cleaned_data[name]
            for name in self._meta.fields
            if name in self.cleaned_data
        }


RATE_LIMIT_MESSAGE = _(
    "Several forms were already sent from your connection in the last hour. "
    "Your answers are kept below; please try again later."
)

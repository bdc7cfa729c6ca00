"""Second factor for publishers and administrators: set up a TOTP
authenticator app once, then enter its code after each login."""

from base64 import b32encode

import segno
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from municipalities.forms import OneTimeCodeForm
from municipalities.models import AuditEvent
from municipalities.services import audit_event_record


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return "admin:index"


def setup(request):
    # Only for someone with no authenticator yet: otherwise a password alone
    # could add a second one and get around the first. A lost phone is
    # replaced by an administrator deleting its device.
    if user_has_device(request.user, confirmed=True):
        return redirect("admin:two_factor_verify")
    device, _created = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": "authenticator"}
    )
    form = OneTimeCodeForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            audit_event_record(
                AuditEvent.Action.CHANGE,
                actor=request.user,
                message="Set up a second factor",
                request=request,
            )
            return redirect(_next_url(request))
        form.add_error(
            "token",
            _("That code is not right. Check the clock on your phone and try again."),
        )
    return render(
        request,
        "admin/two_factor_setup.html",
        {
            "form": form,
            "qr_code": segno.make(device.config_url).svg_inline(scale=5, border=2),
            "secret": b32encode(device.bin_key).decode(),
            "next": _next_url(request) if request.GET.get("next") else "",
            "title": _("Set up two-step login"),
        },
    )


def verify(request):
    if not user_has_device(request.user, confirmed=True):
        return redirect("admin:two_factor_setup")
    form = OneTimeCodeForm(request.POST or None)
    if form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("token", _("That code is not right, or it was already used."))
    return render(
        request,
        "admin/two_factor_verify.html",
        {
            "form": form,
            "next": request.GET.get("next", ""),
            "title": _("Two-step login"),
        },
    )

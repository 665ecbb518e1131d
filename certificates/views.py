"""The certificate pages outside the admin and the status API: the public verification
page (the QR code's target), the holder's downloads, the issuer profile and the status
lists a verifier of a credential fetches."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from certificates import credentials
from certificates.documents.services import (
    certificate_credential_ensure,
    certificate_documents_render,
)
from certificates.keys import SigningUnavailable
from certificates.models import Certificate
from certificates.services import verification_code_normalise
from certificates.verification import verification_allowed, verification_get
from learning.auth.permissions import authenticated, person_required, public
from learning.locales import localized
from learning.models import Person


def _private(response: HttpResponse) -> HttpResponse:
    """Nothing of the verification pages is stored by a cache or indexed by a search
    engine: a name must not turn up in a search for it."""
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _limited(request: HttpRequest) -> HttpResponse | None:
    if verification_allowed(address=get_client_ip_address(request) or "unknown"):
        return None
    response = render(request, "certificates/verify_limited.html", status=429)
    response["Retry-After"] = "600"
    return _private(response)


@public
@require_GET
def verify_form(request: HttpRequest) -> HttpResponse:
    """The form to type a code; a submitted code goes to its page (in the stored spelling)."""
    typed = request.GET.get("code", "")
    if "code" not in request.GET:
        return _private(render(request, "certificates/verify_form.html"))
    normalised = verification_code_normalise(typed)
    if normalised:
        target = reverse("certificate_verify", kwargs={"code": normalised})
        if request.GET.get("lang") in dict(settings.LANGUAGES):
            target += "?" + urlencode({"lang": request.GET["lang"]})
        return _private(redirect(target))
    limited = _limited(request)  # a malformed code counts as a lookup too
    if limited:
        return limited
    return _private(
        render(
            request,
            "certificates/verify_form.html",
            {"typed": typed, "malformed": True},
            status=400,
        )
    )


@public
@require_GET
def verify(request: HttpRequest, code: str) -> HttpResponse:
    """Name, track, status and dates of the certificate with ``code``; the same neutral
    404 page for a code no certificate has; 429 past the client's limit either way."""
    limited = _limited(request)
    if limited:
        return limited
    found = verification_get(code=code, track_title=lambda track: localized(track).title)
    if found is None:
        return _private(render(request, "certificates/verify_unknown.html", status=404))
    return _private(render(request, "certificates/verify.html", {"found": found}))


def _own(person: Person, pk: int) -> Certificate:
    certificate = (
        Certificate.objects.select_related("person__user", "track")
        .filter(pk=pk, person=person)
        .first()
    )
    if certificate is None:  # another person's certificate does not exist for this one
        raise Http404
    return certificate


def _attachment(body: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@authenticated
@require_GET
@person_required
def certificate_pdf(request: HttpRequest, person: Person, pk: int) -> HttpResponse:
    """The holder's PDF; rendered now when it is missing (it takes milliseconds)."""
    certificate = _own(person, pk)
    stored = certificate.document
    if not stored.name or not stored.storage.exists(stored.name):
        certificate = certificate_documents_render(
            certificate_id=certificate.pk, require_credential=False
        )
        stored = certificate.document
    with stored.open("rb") as handle:
        body = handle.read()
    return _attachment(body, "application/pdf", f"{certificate.number}.pdf")


@authenticated
@require_GET
@person_required
def certificate_credential_download(request: HttpRequest, person: Person, pk: int) -> HttpResponse:
    """The holder's Open Badges 3.0 credential (VC-JWT, ``application/vc+jwt``); signed now
    when it is missing; 503 when there is no signing key."""
    certificate = _own(person, pk)
    try:
        token = certificate_credential_ensure(certificate=certificate)
    except SigningUnavailable:
        return HttpResponse(status=503, headers={"Retry-After": "60"})
    return _attachment(token.encode(), "application/vc+jwt", f"{certificate.number}.jwt")


@public
@require_GET
def status_list(request: HttpRequest, purpose: str) -> HttpResponse:
    """A BitstringStatusListCredential (VC-JWT) for ``revocation`` or ``suspension``."""
    if purpose not in credentials.PURPOSES:
        raise Http404
    try:
        token = credentials.status_list_jwt(purpose)
    except SigningUnavailable:
        return HttpResponse(status=503, headers={"Retry-After": "60"})
    response = HttpResponse(token, content_type="application/vc+jwt")
    response["Cache-Control"] = f"public, max-age={credentials.STATUS_LIST_TTL}"
    response["Access-Control-Allow-Origin"] = "*"  # wallets verify from a browser
    return response


@public
@require_GET
def issuer(request: HttpRequest) -> HttpResponse:
    """The issuer's Open Badges Profile, at the URL that is its id."""
    body = json.dumps(credentials.issuer_profile(), ensure_ascii=False)
    response = HttpResponse(body, content_type="application/json")
    response["Cache-Control"] = "public, max-age=3600"
    response["Access-Control-Allow-Origin"] = "*"
    return response

"""The public verification page (the QR code's target): name, track, status and dates for
a code, nothing more; the same neutral page for any code no certificate has; respelled
codes find the same certificate; a client that looks up too many codes is stopped, found
or not; never cached or indexed; in each of the site's languages."""

import pytest
from django.utils import formats, timezone, translation

from certificates import services
from tests.certificates import builders, doc_builders

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def certificate(tree):
    builders.signing_key()
    track = doc_builders.track_with_instrument()
    return doc_builders.issued(
        tree,
        track,
        first_name="Anders",
        last_name="Juhl",
        employee_number="FK-3003",
        email="anders.juhl@example.org",
    )


def page(client, path, **extra):
    response = client.get(path, **extra)
    return response, response.content.decode()


def test_a_code_shows_name_track_status_and_dates(client, certificate):
    response, html = page(client, f"/verify/{certificate.verification_code}/")
    assert response.status_code == 200
    assert "Anders Juhl" in html
    assert "Demonstration instrument \u2013 assessor" in html
    assert "Valid" in html and "Valid certificate" in html
    with translation.override("en"):
        until = formats.date_format(timezone.localtime(certificate.valid_until), "DATE_FORMAT")
    assert until in html
    assert response["Cache-Control"] == "no-store"
    assert "noindex" in response["X-Robots-Tag"]


def test_the_page_shows_nothing_more_than_that(client, certificate):
    _, html = page(client, f"/verify/{certificate.verification_code}/")
    for private in (
        "FK-3003",
        "anders.juhl@example.org",
        "Børn og Unge",
        "Testby",
        certificate.number,
        "Certified on the course in Aarhus",  # the administrator's reason
    ):
        assert private not in html, private


@pytest.mark.parametrize(
    "spelling",
    [
        lambda code: code.lower(),
        lambda code: code.replace("-", ""),
        lambda code: code.replace("-", " ").lower(),
        lambda code: f"  {code.replace('-', '').lower()}  ",
    ],
)
def test_a_respelled_code_finds_the_same_certificate(client, certificate, spelling):
    typed = spelling(certificate.verification_code)
    response, html = page(client, "/verify/", data={"code": typed})
    assert response.status_code == 302
    assert response["Location"] == f"/verify/{certificate.verification_code}/"
    response, html = page(client, f"/verify/{typed.strip().replace(' ', '')}/")
    assert response.status_code == 200 and "Anders Juhl" in html


def test_an_unknown_code_gets_a_neutral_404(client, certificate):
    unknown = "ABCD-EFGH-JKLM-NPQR"
    assert unknown != certificate.verification_code
    for code in (unknown, "not-a-code", "0000-1111-OOOO-IIII"):
        response, html = page(client, f"/verify/{code}/")
        assert response.status_code == 404
        assert "No certificate has this code" in html
        assert "Anders" not in html
        assert response["Cache-Control"] == "no-store"


def test_a_malformed_code_in_the_form_says_what_is_wrong(client, certificate):
    response, html = page(client, "/verify/", data={"code": "ABC"})
    assert response.status_code == 400
    assert "16 letters and digits" in html and 'aria-invalid="true"' in html


def test_revoked_and_suspended_say_so_in_words(client, certificate, tree):
    admin = doc_builders.admin(tree).user
    services.certificate_suspend(certificate=certificate, by=admin, reason="Complaint")
    _, html = page(client, f"/verify/{certificate.verification_code}/")
    assert "Not valid" in html and "Suspended" in html
    services.certificate_revoke(certificate=certificate, by=admin, reason="Left")
    _, html = page(client, f"/verify/{certificate.verification_code}/")
    assert "Not valid" in html and "Revoked" in html and "Valid certificate" not in html


def test_too_many_lookups_are_refused_found_or_not(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_LIMIT = 3
    found = f"/verify/{certificate.verification_code}/"
    assert client.get("/verify/ABCD-EFGH-JKLM-NPQR/").status_code == 404
    assert client.get("/verify/ABCD-EFGH-JKLM-NPQS/").status_code == 404
    assert client.get(found).status_code == 200
    for path in (found, "/verify/ABCD-EFGH-JKLM-NPQT/", "/verify/?code=x"):
        response, html = page(client, path)
        assert response.status_code == 429, path
        assert "Too many lookups" in html and "Anders" not in html
        assert response["Cache-Control"] == "no-store"
    # Another client is not stopped by this one's guesses.
    assert client.get(found, REMOTE_ADDR="192.0.2.7").status_code == 200


def test_no_login_is_needed(client, certificate):
    client.logout()
    assert client.get(f"/verify/{certificate.verification_code}/").status_code == 200
    assert client.get("/verify/").status_code == 200


@pytest.mark.parametrize("language", ["da", "nb", "sv", "en"])
def test_the_page_comes_in_each_language(client, certificate, language):
    doc_builders.translation(certificate.track, "da", "Demonstrationsinstrument \u2013 bedømmer")
    response, html = page(client, f"/verify/{certificate.verification_code}/?lang={language}")
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    with translation.override(language):
        since = formats.date_format(timezone.localtime(certificate.valid_from), "DATE_FORMAT")
    assert since in html  # dates (and month names) in the reader's language
    title = "Demonstrationsinstrument \u2013 bedømmer" if language == "da" else "assessor"
    assert title in html


def test_the_form_is_labelled_and_keeps_the_language(client):
    response, html = page(client, "/verify/?lang=sv")
    assert response.status_code == 200
    assert '<label for="verify-code">' in html and 'id="verify-code"' in html
    assert "<h1>" in html and 'name="lang" value="sv"' in html
    response = client.get("/verify/", data={"code": "abcd efgh jklm npqr", "lang": "sv"})
    assert response["Location"] == "/verify/ABCD-EFGH-JKLM-NPQR/?lang=sv"


@pytest.mark.parametrize("language", ["en", "da"])
def test_the_page_has_a_query_budget(client, certificate, language, django_assert_max_num_queries):
    doc_builders.translation(certificate.track, "da", "Demonstrationsinstrument")
    client.get(f"/verify/{certificate.verification_code}/?lang={language}")  # warm caches
    with django_assert_max_num_queries(4):
        response = client.get(f"/verify/{certificate.verification_code}/?lang={language}")
    assert response.status_code == 200


def test_hostile_input_gets_a_4xx_never_a_500(client, certificate):
    for path in ("/verify/?code=%00", "/verify/?code=" + "A" * 5000, "/verify/%00/"):
        assert client.get(path).status_code in (400, 404), path
    assert client.get("/verify/" + "B" * 5000 + "/").status_code == 404

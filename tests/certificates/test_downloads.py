"""The holder's downloads: their own PDF and credential only (another person's id is a
404, as if it did not exist), rendered on request when the worker has not yet."""

import pytest
from joserfc import jwt as jose_jwt
from joserfc.jwk import KeySet

from certificates import keys
from certificates.keys import jwks
from certificates.models import Certificate, SigningKey
from learning.models import User
from tests.certificates import builders, doc_builders

pytestmark = [pytest.mark.django_db, pytest.mark.filterwarnings("ignore:EdDSA is deprecated")]
PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def certificates(tree):
    builders.signing_key()
    track = doc_builders.track_with_instrument()
    mine = doc_builders.issued(tree, track, first_name="Ida", last_name="Holm")
    theirs = doc_builders.issued(tree, track, first_name="Other", last_name="Person")
    return mine, theirs


def signed_in(client, certificate):
    client.force_login(certificate.person.user)
    return client


def pdf_url(certificate):
    return f"/certificates/{certificate.pk}/certificate.pdf"


def jwt_url(certificate):
    return f"/certificates/{certificate.pk}/credential.jwt"


def test_the_holder_downloads_their_pdf(client, certificates):
    mine, _ = certificates
    response = signed_in(client, mine).get(pdf_url(mine))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{mine.number}.pdf"'
    assert response.content.startswith(b"%PDF-")
    assert response["Cache-Control"] == "private, no-store"


def test_the_holder_downloads_their_credential_and_it_verifies(client, certificates):
    mine, _ = certificates
    response = signed_in(client, mine).get(jwt_url(mine))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    token = jose_jwt.decode(
        response.content.decode(), KeySet.import_key_set(jwks()), algorithms=["EdDSA"]
    )
    assert token.claims["credentialSubject"]["id"] == f"urn:uuid:{mine.person.xapi_key}"


def test_another_persons_certificate_is_not_found(client, certificates):
    mine, theirs = certificates
    signed_in(client, mine)
    for url in (pdf_url(theirs), jwt_url(theirs), "/certificates/999999/certificate.pdf"):
        assert client.get(url).status_code == 404, url


def test_visitors_are_sent_to_log_in(client, certificates):
    mine, _ = certificates
    for url in (pdf_url(mine), jwt_url(mine)):
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response["Location"]


def test_an_account_without_a_person_gets_404(client, certificates):
    mine, _ = certificates
    client.force_login(User.objects.create_user(username="service", password=PASSWORD))
    assert client.get(pdf_url(mine)).status_code == 404


def test_a_pdf_not_rendered_yet_is_rendered_on_request(client, certificates):
    mine, _ = certificates
    Certificate.objects.filter(pk=mine.pk).update(document="", credential="")
    response = signed_in(client, mine).get(pdf_url(mine))
    assert response.status_code == 200 and response.content.startswith(b"%PDF-")
    stored = Certificate.objects.get(pk=mine.pk)
    assert stored.document.name and stored.credential  # kept for the next download


def test_without_a_signing_key_the_pdf_still_comes_and_the_credential_is_503(client, certificates):
    mine, _ = certificates
    Certificate.objects.filter(pk=mine.pk).update(document="", credential="")
    SigningKey.objects.all().delete()
    keys._cache_clear()
    signed_in(client, mine)
    assert client.get(pdf_url(mine)).status_code == 200
    assert client.get(jwt_url(mine)).status_code == 503

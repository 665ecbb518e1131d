"""The Open Badges 3.0 credential and the Bitstring Status Lists, checked with tools that
did not make them: the official JSON Schema (jsonschema), the signature with joserfc
against the published keys (the platform signs with PyJWT), the status bits decoded with
the standard library (gzip, base64) from what a verifier downloads."""

import base64
import gzip
import hashlib
import json
from pathlib import Path

import jsonschema
import pytest
from joserfc import jwt as jose_jwt
from joserfc.errors import BadSignatureError
from joserfc.jwk import KeySet

from certificates import services
from certificates.keys import jwks
from tests.certificates import builders, doc_builders

pytestmark = [
    pytest.mark.django_db,
    # The platform signs with "EdDSA" (RFC 8037); RFC 9864 names it "Ed25519" now.
    pytest.mark.filterwarnings("ignore:EdDSA is deprecated"),
]
DATA = Path(__file__).resolve().parents[1] / "data" / "openbadges-3.0"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def track(db):
    builders.signing_key()
    return doc_builders.track_with_instrument()


def verified(token: str):
    """The token's header and claims, verified by joserfc against the JWKS (as a wallet
    or verifier holding ``/.well-known/jwks.json`` would)."""
    keys = KeySet.import_key_set(jwks())
    decoded = jose_jwt.decode(token, keys, algorithms=["EdDSA"])
    return decoded.header, decoded.claims


def credential_of(token: str) -> dict:
    _, claims = verified(token)
    for claim in ("iss", "jti", "sub", "nbf", "exp", "iat"):
        claims.pop(claim, None)
    return claims


def status_bit(client, purpose: str, index: int) -> int:
    """Fetch the status list as a verifier does and read bit ``index`` (left-most first)."""
    response = client.get(f"/credentials/status/{purpose}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    header, claims = verified(response.content.decode())
    assert header["typ"] == "vc+jwt"
    assert "BitstringStatusListCredential" in claims["type"]
    subject = claims["credentialSubject"]
    assert subject["type"] == "BitstringStatusList" and subject["statusPurpose"] == purpose
    encoded = subject["encodedList"]
    assert encoded.startswith("u")  # multibase base64url
    raw = encoded[1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
    assert len(bits) * 8 >= 131072
    return (bits[index // 8] >> (7 - index % 8)) & 1


def test_the_credential_is_valid_against_the_official_schema(tree, track):
    certificate = doc_builders.issued(tree, track, language="da")
    credential = credential_of(certificate.credential)
    schema = json.loads((DATA / "achievementcredential.json").read_text())
    validator = jsonschema.validators.validator_for(schema)
    validator(schema, format_checker=validator.FORMAT_CHECKER).validate(credential)

    achievement = credential["credentialSubject"]["achievement"]
    assert achievement["achievementType"] == "Certificate"
    assert achievement["name"] == "Demonstration instrument \u2013 assessor"
    assert "Calibration: demonstration instrument" in achievement["criteria"]["narrative"]
    assert achievement["version"] == "1.0" and achievement["inLanguage"] == "da"
    assert credential["issuer"]["name"] == "VCR learning platform"
    assert credential["validUntil"].startswith(f"{certificate.valid_until:%Y-%m-%d}")
    status = credential["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "revocation"
    assert status["statusListIndex"] == str(certificate.pk)


def test_a_credential_missing_what_the_schema_requires_fails_it(tree, track):
    """The schema check can fail: without an achievement it does."""
    certificate = doc_builders.issued(tree, track)
    credential = credential_of(certificate.credential)
    del credential["credentialSubject"]["achievement"]
    schema = json.loads((DATA / "achievementcredential.json").read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validators.validator_for(schema)(schema).validate(credential)


def test_the_signature_verifies_against_the_published_keys(tree, track):
    certificate = doc_builders.issued(tree, track)
    header, claims = verified(certificate.credential)
    assert header["alg"] == "EdDSA" and header["typ"] == "vc+jwt"
    assert header["kid"] in {key["kid"] for key in jwks()["keys"]}
    assert claims["iss"] == claims["issuer"]["id"]
    assert claims["iss"].endswith("/credentials/issuer")
    assert claims["jti"] == claims["id"]
    assert claims["sub"] == claims["credentialSubject"]["id"]
    assert claims["exp"] == int(certificate.valid_until.replace(microsecond=0).timestamp())


def test_a_tampered_credential_does_not_verify(tree, track):
    certificate = doc_builders.issued(tree, track)
    head, payload, signature = certificate.credential.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["validUntil"] = "2099-01-01T00:00:00Z"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    with pytest.raises(BadSignatureError):
        verified(f"{head}.{forged}.{signature}")


def test_the_holder_is_named_without_the_employee_number(tree, track):
    certificate = doc_builders.issued(
        tree, track, employee_number="FK-3003", email="anders.juhl@example.org"
    )
    token_text = json.dumps(credential_of(certificate.credential))
    assert "FK-3003" not in token_text and "anders.juhl@example.org" not in token_text
    subject = credential_of(certificate.credential)["credentialSubject"]
    assert subject["id"] == f"urn:uuid:{certificate.person.xapi_key}"
    hashed = next(i for i in subject["identifier"] if i["identityType"] == "emailAddress")
    # A verifier told the email can confirm it (OB: sha256 of the email and the salt).
    expected = hashlib.sha256(("anders.juhl@example.org" + hashed["salt"]).encode()).hexdigest()
    assert hashed["hashed"] is True and hashed["identityHash"] == f"sha256${expected}"


def test_revoking_sets_the_revocation_bit_at_once(
    tree, track, client, django_capture_on_commit_callbacks
):
    certificate = doc_builders.issued(tree, track)
    other = doc_builders.issued(tree, track)
    assert status_bit(client, "revocation", certificate.pk) == 0  # now cached
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_revoke(
            certificate=certificate, by=doc_builders.admin(tree).user, reason="Left"
        )
    assert status_bit(client, "revocation", certificate.pk) == 1
    assert status_bit(client, "revocation", other.pk) == 0
    assert status_bit(client, "suspension", certificate.pk) == 0


def test_suspending_sets_the_suspension_bit_and_reinstating_clears_it(
    tree, track, client, django_capture_on_commit_callbacks
):
    certificate = doc_builders.issued(tree, track)
    admin = doc_builders.admin(tree).user
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_suspend(certificate=certificate, by=admin, reason="Complaint")
    assert status_bit(client, "suspension", certificate.pk) == 1
    assert status_bit(client, "revocation", certificate.pk) == 0
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_reinstate(certificate=certificate, by=admin, reason="Cleared")
    assert status_bit(client, "suspension", certificate.pk) == 0


def test_the_status_list_is_cached_briefly_and_public(tree, track, client):
    from django.core.cache import cache
    from django.utils import timezone

    from certificates.models import Certificate

    certificate = doc_builders.issued(tree, track)
    first = client.get("/credentials/status/revocation")
    assert first["Cache-Control"] == "public, max-age=60"
    # A change that bypasses the services (and their signal) waits for the cache to expire
    # (60 s); the services' changes drop it at once (the tests above).
    Certificate.objects.filter(pk=certificate.pk).update(revoked_at=timezone.now())
    assert client.get("/credentials/status/revocation").content == first.content
    cache.clear()  # what 60 seconds do
    assert status_bit(client, "revocation", certificate.pk) == 1
    assert client.get("/credentials/status/other").status_code == 404


def test_without_a_signing_key_the_status_list_is_unavailable(db, client):
    from certificates import keys

    keys._cache_clear()
    assert client.get("/credentials/status/revocation").status_code == 503


def test_the_issuer_profile_is_served_at_its_id(tree, track, client):
    certificate = doc_builders.issued(tree, track)
    issuer = credential_of(certificate.credential)["issuer"]
    response = client.get("/credentials/issuer")
    assert response.status_code == 200 and response.json()["id"] == issuer["id"]
    assert response.json()["type"] == ["Profile"]

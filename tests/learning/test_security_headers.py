"""Browser policy headers: a strict CSP on the learner site, a scoped relaxation for
Wagtail's admin only, Permissions-Policy, and no caching of pages with personal data."""

from __future__ import annotations

from django.urls import reverse

from tests import factories


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parts = (part.strip().split() for part in policy.split(";") if part.strip())
    return {name: values for name, *values in parts}


def test_a_learner_page_has_a_strict_policy_and_is_not_cached(client, tree):
    client.force_login(factories.person(units=[tree["daycare"]]).user)

    response = client.get(reverse("start"))

    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["object-src"] == ["'none'"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_login_page_has_the_strict_policy_too(client, db):
    response = client.get(reverse("login"))

    assert directives(response)["script-src"] == ["'self'"]
    assert "Permissions-Policy" in response


def test_an_admin_page_has_headers_and_only_it_gets_the_wagtail_relaxation(client, tree):
    client.force_login(factories.person(roles=["platform_admin"]).user)

    response = client.get(reverse("people:index"))

    assert response.status_code == 200
    assert "'unsafe-inline'" in directives(response)["script-src"]
    assert "no-store" in response["Cache-Control"]
    assert "Permissions-Policy" in response


def test_no_third_party_avatars_or_update_checks(settings):
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False

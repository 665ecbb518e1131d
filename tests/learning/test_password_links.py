"""Password links: imported people (no password yet) get one from "forgot password" and from
their manager, in their own language, and the mails are rate-limited per account and address."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.urls import reverse

from learning import services
from tests import factories


@pytest.fixture
def imported(tree):
    """A person as the CSV import creates them: no usable password."""
    person = services.person_create(
        employee_number="IMP-1",
        first_name="Ny",
        last_name="Ansat",
        email="ny.ansat@example.org",
        sector="daycare",
    )
    services.membership_add(person=person, organisation=tree["daycare"])
    return person


@pytest.fixture
def manager(tree):
    return factories.person(manages=[tree["daycare"]])


def set_password_through(client, body: str, password: str) -> None:
    link = re.search(r"https?://[^/]+(/accounts/password/reset/\S+/)", body)[1]
    form_url = client.get(link)["Location"]
    client.post(form_url, {"new_password1": password, "new_password2": password})


def test_forgot_password_sends_an_imported_person_a_working_link(client, imported):
    """Django's reset form skips accounts with an unusable password: imported people got no
    mail and could never sign in."""
    client.post(reverse("password_reset"), {"email": "Ny.Ansat@example.org"})

    assert [m.to for m in mail.outbox] == [["ny.ansat@example.org"]]
    set_password_through(client, mail.outbox[0].body, "a fresh secret 2026")
    response = client.post(
        reverse("login"), {"username": "IMP-1", "password": "a fresh secret 2026"}
    )
    assert response.status_code == 302


def test_the_managers_link_reaches_an_imported_person_and_works(client, imported, manager):
    client.force_login(manager.user)
    client.post(reverse("team_person_send_login_link", args=[imported.pk]))
    client.logout()

    assert [m.to for m in mail.outbox] == [["ny.ansat@example.org"]]
    set_password_through(client, mail.outbox[0].body, "a fresh secret 2026")
    imported.user.refresh_from_db()
    assert imported.user.check_password("a fresh secret 2026")


def test_the_mail_is_in_the_persons_language(client, imported, manager):
    services.person_update(person=imported, preferred_language="da")

    client.post(reverse("password_reset"), {"email": "ny.ansat@example.org"})
    client.force_login(manager.user)
    client.post(reverse("team_person_send_login_link", args=[imported.pk]))

    reset, link = mail.outbox
    assert "Someone asked" not in reset.body and "adgangskode" in reset.body.lower()
    assert "Your manager" not in link.body


def test_forgot_password_is_limited_per_account_without_telling(client, imported, settings):
    settings.PASSWORD_LINK_LIMIT_PER_ADDRESS = 100
    for _ in range(settings.PASSWORD_LINK_LIMIT_PER_ACCOUNT + 2):
        response = client.post(reverse("password_reset"), {"email": "ny.ansat@example.org"})
        assert response["Location"] == reverse("password_reset_done")

    assert len(mail.outbox) == settings.PASSWORD_LINK_LIMIT_PER_ACCOUNT


def test_forgot_password_is_limited_per_address(client, tree, settings):
    settings.PASSWORD_LINK_LIMIT_PER_ADDRESS = 3
    people = [factories.person(email=f"p{i}@example.org") for i in range(4)]
    for person in people[:3]:
        client.post(reverse("password_reset"), {"email": person.user.email})

    response = client.post(reverse("password_reset"), {"email": people[3].user.email})

    assert response.status_code == 200
    assert "Too many password links" in response.content.decode()
    assert len(mail.outbox) == 3


def test_the_managers_link_is_limited_per_account_and_says_so(client, imported, manager, settings):
    client.force_login(manager.user)
    url = reverse("team_person_send_login_link", args=[imported.pk])
    for _ in range(settings.PASSWORD_LINK_LIMIT_PER_ACCOUNT):
        client.post(url)

    response = client.post(url, follow=True)

    assert "Too many password links" in response.content.decode()
    assert len(mail.outbox) == settings.PASSWORD_LINK_LIMIT_PER_ACCOUNT


def test_an_inactive_account_gets_no_link(client, imported):
    imported.user.is_active = False
    imported.user.save()

    client.post(reverse("password_reset"), {"email": "ny.ansat@example.org"})

    assert mail.outbox == []

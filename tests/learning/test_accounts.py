"""Logging in and out, changing and resetting a password, and failed-login lockout."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from tests import factories

PASSWORD = "correct horse battery"


@pytest.fixture
def learner(tree):
    return factories.person(
        username="DC-2001",
        employee_number="DC-2001",
        email="ida.hansen@example.org",
        units=[tree["daycare"]],
        password=PASSWORD,
    )


def login(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


@pytest.mark.parametrize(
    "username", ["DC-2001", "dc-2001", "ida.hansen@example.org", "IDA.Hansen@Example.org"]
)
def test_log_in_with_employee_number_or_email(client, learner, username):
    response = login(client, username, PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == reverse("start")
    assert client.get("/").context["user"] == learner.user


def test_a_wrong_password_says_so_and_logs_nobody_in(client, learner):
    response = login(client, "DC-2001", "wrong password")

    assert response.status_code == 200
    assert "email or employee number and password do not match" in response.content.decode()
    assert not client.get("/").context["user"].is_authenticated


def test_log_out_is_a_post(client, learner):
    client.force_login(learner.user)

    assert client.get(reverse("logout")).status_code == 405
    client.post(reverse("logout"))
    assert not client.get("/").context["user"].is_authenticated


def test_repeated_failed_logins_lock_the_account_even_for_the_right_password(
    client, learner, settings
):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, "DC-2001", "guess")

    response = login(client, "DC-2001", PASSWORD)

    assert response.status_code == 429
    assert "Too many failed attempts" in response.content.decode()
    assert not client.get("/").context["user"].is_authenticated


def test_lockout_is_per_account_so_others_can_still_log_in(client, learner, tree, settings):
    other = factories.person(username="DC-2002", units=[tree["daycare"]], password=PASSWORD)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, "DC-2001", "guess")

    assert login(client, other.user.username, PASSWORD).status_code == 302


def test_change_password(client, learner):
    client.force_login(learner.user)

    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "a much longer secret 42",
            "new_password2": "a much longer secret 42",
        },
    )

    assert response.status_code == 302
    learner.user.refresh_from_db()
    assert learner.user.check_password("a much longer secret 42")


def test_change_password_rejects_a_short_one(client, learner):
    client.force_login(learner.user)

    response = client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": "short", "new_password2": "short"},
    )

    assert response.status_code == 200
    assert "too short" in response.content.decode()
    learner.user.refresh_from_db()
    assert learner.user.check_password(PASSWORD)


def test_reset_password_by_email_end_to_end(client, learner):
    response = client.post(reverse("password_reset"), {"email": "Ida.Hansen@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/password/reset/\S+/)", mail.outbox[0].body)[1]

    form_url = client.get(link)["Location"]  # Django swaps the token for a session marker
    client.post(
        form_url,
        {"new_password1": "brand new secret 2026", "new_password2": "brand new secret 2026"},
    )

    assert login(client, "DC-2001", "brand new secret 2026").status_code == 302


def test_reset_for_an_unknown_address_reveals_nothing(client, learner):
    response = client.post(reverse("password_reset"), {"email": "nobody@example.org"})

    assert response.status_code == 302
    assert response["Location"] == reverse("password_reset_done")
    assert mail.outbox == []


def test_an_imported_account_without_password_cannot_log_in_until_reset(client, tree):
    from learning.services import person_create

    person = person_create(
        employee_number="X-1",
        first_name="Ny",
        last_name="Ansat",
        email="ny@example.org",
        sector="school",
    )

    assert not person.user.has_usable_password()
    assert login(client, "X-1", "").status_code == 200


@pytest.fixture
def peter(tree):
    return factories.person(
        username="peter.skov",
        employee_number="SK-4711",
        email="peter.skov@example.org",
        units=[tree["daycare"]],
        password=PASSWORD,
    )


@pytest.mark.parametrize(
    "spelling",
    ["peter.skov", "Peter.Skov", " peter.skov", "peter.skov ", "PETER.SKOV@example.org", "sk-4711"],
)
def test_lockout_holds_for_every_spelling_of_the_account(client, peter, settings, spelling):
    """The respelling exploit: five failures on ``peter.skov`` used to leave ``Peter.Skov``,
    `` peter.skov`` and the email free to log straight in with the right password."""
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, "peter.skov", "guess")

    response = login(client, spelling, PASSWORD)

    assert response.status_code == 429
    assert not client.get("/").context["user"].is_authenticated


def test_failures_in_mixed_spellings_add_up_to_one_lockout(client, peter, settings):
    spellings = ["peter.skov", "Peter.Skov", " peter.skov", "peter.skov@example.org", "SK-4711"]
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, spellings[attempt % len(spellings)], "guess")

    assert login(client, "peter.skov", PASSWORD).status_code == 429


def test_unknown_usernames_are_counted_per_address(client, peter, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, f"nobody{attempt}", "guess")

    assert login(client, "someone.else", "guess").status_code == 429
    # Someone who knows their own account is not held by strangers' guesses.
    assert login(client, "peter.skov", PASSWORD).status_code == 302


def test_a_successful_login_clears_the_failures_of_every_spelling(client, peter, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, "Peter.Skov", "guess")
    assert login(client, "peter.skov@example.org", PASSWORD).status_code == 302
    client.post(reverse("logout"))

    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, "peter.skov", "guess")
    assert login(client, "peter.skov", PASSWORD).status_code == 302

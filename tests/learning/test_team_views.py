"""A manager sees and acts only on people in their own units — checked through the views."""

import pytest
from django.core import mail
from django.urls import reverse

from tests import factories


@pytest.fixture
def people(tree):
    return {
        "mine": factories.person(first_name="Ida", last_name="Hansen", units=[tree["daycare"]]),
        "also_mine": factories.person(
            first_name="Ola", last_name="Nordmann", units=[tree["school"]], sector="school"
        ),
        "not_mine": factories.person(
            first_name="Sven", last_name="Svensson", units=[tree["jobs"]], sector="job_centre"
        ),
        "manager": factories.person(
            first_name="Mette", last_name="Lund", manages=[tree["children"]]
        ),
    }


def test_team_lists_only_people_in_the_managers_units(client, people):
    client.force_login(people["manager"].user)

    page = client.get(reverse("team")).content.decode()

    assert "Ida Hansen" in page
    assert "Ola Nordmann" in page
    assert "Sven Svensson" not in page


def test_team_search_stays_inside_scope(client, people):
    client.force_login(people["manager"].user)

    page = client.get(reverse("team"), {"q": "Svensson"}).content.decode()

    assert "Sven Svensson" not in page
    assert "No one matches." in page


def test_manager_cannot_open_a_person_outside_their_units(client, people):
    client.force_login(people["manager"].user)

    assert client.get(reverse("team_person", args=[people["mine"].pk])).status_code == 200
    assert client.get(reverse("team_person", args=[people["not_mine"].pk])).status_code == 404


def test_manager_can_email_a_login_link_to_their_team_member(client, people):
    client.force_login(people["manager"].user)

    response = client.post(reverse("team_person_send_login_link", args=[people["mine"].pk]))

    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [[people["mine"].user.email]]
    assert "/accounts/password/reset/" in mail.outbox[0].body


def test_manager_cannot_act_on_a_person_outside_their_units(client, people):
    client.force_login(people["manager"].user)

    response = client.post(reverse("team_person_send_login_link", args=[people["not_mine"].pk]))

    assert response.status_code == 404
    assert mail.outbox == []


def test_sending_a_login_link_needs_post(client, people):
    client.force_login(people["manager"].user)

    url = reverse("team_person_send_login_link", args=[people["mine"].pk])

    assert client.get(url).status_code == 405
    assert mail.outbox == []


def test_a_learner_is_refused_the_team_pages(client, people):
    client.force_login(people["mine"].user)

    assert client.get(reverse("team")).status_code == 403
    assert client.get(reverse("team_person", args=[people["also_mine"].pk])).status_code == 403


def test_anonymous_visitors_are_sent_to_login(client, people):
    response = client.get(reverse("team"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_certification_admin_sees_everyone(client, people):
    admin = factories.person(roles=["certification_admin"])
    client.force_login(admin.user)

    page = client.get(reverse("team")).content.decode()

    assert all(name in page for name in ("Ida Hansen", "Ola Nordmann", "Sven Svensson"))

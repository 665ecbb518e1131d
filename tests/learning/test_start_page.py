"""The start page: a welcome for visitors, the person's own page once signed in."""

from django.urls import reverse

from tests import factories


def test_visitors_get_the_welcome_page_with_a_login_link(client, db):
    page = client.get("/").content.decode()

    assert "Training on violence in close relations" in page
    assert reverse("login") in page


def test_a_learner_sees_their_profile_and_units_but_no_team_link(client, tree):
    learner = factories.person(
        first_name="Ida", last_name="Hansen", units=[tree["daycare"]], employee_number="DC-1001"
    )
    client.force_login(learner.user)

    page = client.get("/").content.decode()

    assert "My learning" in page
    assert "Welcome, Ida Hansen." in page
    assert "DC-1001" in page
    assert "Testby Kommune/Børn og Unge/Dagtilbud Nord" in page
    assert reverse("team") not in page


def test_a_manager_sees_what_they_manage_and_a_team_link(client, tree):
    manager = factories.person(manages=[tree["children"]])
    client.force_login(manager.user)

    page = client.get("/").content.decode()

    assert "You manage" in page
    assert "Testby Kommune/Børn og Unge" in page
    assert reverse("team") in page


def test_pages_have_a_skip_link_and_a_language(client, db):
    page = client.get("/").content.decode()

    assert 'href="#main"' in page
    assert '<html lang="en">' in page

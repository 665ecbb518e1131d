"""``manage.py seed_demo``: a fictional municipality to try the platform with."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from learning.demo import DEMO_LOGINS, DEMO_MUNICIPALITY, DEMO_PASSWORD
from learning.models import ManagerScope, Membership, Organisation, Person, Sector, User
from learning.selectors import persons_visible_to


def seed(*args) -> str:
    out = StringIO()
    call_command("seed_demo", "--people-only", *args, stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (Organisation, Person, User, Membership, ManagerScope)
    } | {"group memberships": User.groups.through.objects.count()}


def user(key: str) -> User:
    return User.objects.get(username=DEMO_LOGINS[key].username)


@pytest.fixture
def demo(db):
    return seed()


def test_a_municipality_with_staff_in_every_sector(demo):
    people = Person.objects.all()

    assert Organisation.get_root_nodes().get().name == DEMO_MUNICIPALITY
    assert 35 <= people.count() <= 50
    for sector in Sector.values:
        assert Organisation.objects.filter(sector=sector).exists(), sector
        assert people.filter(sector=sector).exists(), sector
    assert not people.filter(memberships=None).exists()
    assert all(p.user.email.endswith("@fjordby.example") for p in people)
    assert Organisation.objects.filter(depth__gte=5).exists()  # teams under units


def test_partners_hold_the_family_court_house_and_the_police(demo):
    partners = Organisation.objects.get(name_path=f"{DEMO_MUNICIPALITY}/Samarbejdspartnere")

    sectors = set(partners.get_children().values_list("sector", flat=True))

    assert sectors == {Sector.FAMILY_COURT, Sector.POLICE}


def test_three_managers_with_different_scopes_see_different_people(demo):
    visible = {
        key: set(persons_visible_to(user=user(key)))
        for key in ("daycare_manager", "school_head", "director")
    }

    daycare, school, director = (
        visible["daycare_manager"],
        visible["school_head"],
        visible["director"],
    )
    assert len(daycare) > 1 and len(school) > 1
    assert daycare.isdisjoint(school)
    assert daycare < director and school < director
    assert not any(p.sector == Sector.POLICE for p in director)
    assert user("learner").person in daycare


def test_platform_roles_are_granted(demo):
    assert user("content_editor").groups.filter(name="Content editors").exists()
    assert user("certification_admin").has_perm("learning.view_all_people")
    platform_admin = user("platform_admin")
    assert platform_admin.has_perm("learning.import_people")
    assert not platform_admin.is_superuser
    assert user("superuser").is_superuser


def test_running_again_changes_nothing(demo):
    before = counts()

    output = seed()

    assert counts() == before
    assert "0 units, 0 people and 0 roles added" in output


def test_once_loads_nothing_when_the_demo_exists_but_prints_the_logins(db):
    seed("--once")
    before = counts()

    output = seed("--once")

    assert counts() == before
    assert "loaded already" in output
    assert DEMO_PASSWORD in output
    assert all(login.username in output for login in DEMO_LOGINS.values())


def test_refused_where_demo_data_is_not_allowed(db, settings):
    settings.DEMO_DATA_ALLOWED = False

    with pytest.raises(CommandError, match="DEMO_DATA_ALLOWED"):
        seed()

    assert not Organisation.objects.exists()


@pytest.mark.parametrize("key", list(DEMO_LOGINS))
def test_every_demo_login_works_with_the_demo_password(demo, client, key):
    credentials = {"username": DEMO_LOGINS[key].username, "password": DEMO_PASSWORD}

    response = client.post(reverse("login"), credentials)

    assert response.status_code == 302
    assert response.wsgi_request.user.username == DEMO_LOGINS[key].username

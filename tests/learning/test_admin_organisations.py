"""The organisation tree in Wagtail's admin (/cms/organisations/), checked through the views."""

import pytest
from django.urls import reverse

from learning.models import Organisation
from tests import factories

NO_PERMISSION = "Sorry, you do not have permission to access this area."


@pytest.fixture
def admin_client(client, tree):
    client.force_login(factories.person(roles=["platform_admin"]).user)
    return client


def unit_form(name, parent=None, sector=""):
    return {"name": name, "parent": parent.pk if parent else "", "sector": sector}


def name_paths(root_name="Testby Kommune"):
    return list(
        Organisation.objects.filter(name_path__startswith=root_name).values_list(
            "name_path", flat=True
        )
    )


def test_list_shows_the_tree_in_order_with_member_counts(admin_client, tree):
    factories.person(units=[tree["daycare"]])
    factories.person(units=[tree["daycare"]])

    response = admin_client.get(reverse("organisations:index"))

    rows = [str(o) for o in response.context["object_list"]]
    assert rows == [
        "Testby Kommune",
        "Testby Kommune/Beskæftigelse",
        "Testby Kommune/Beskæftigelse/Jobcenter",
        "Testby Kommune/Børn og Unge",
        "Testby Kommune/Børn og Unge/Dagtilbud Nord",
        "Testby Kommune/Børn og Unge/Skolen ved Søen",
    ]
    counts = {str(o): o.member_count for o in response.context["object_list"]}
    assert counts["Testby Kommune/Børn og Unge/Dagtilbud Nord"] == 2


def test_create_a_unit_under_a_parent(admin_client, tree):
    response = admin_client.post(
        reverse("organisations:add"), unit_form("Dagtilbud Syd", tree["children"], "daycare")
    )

    assert response.status_code == 302
    unit = Organisation.objects.get(name="Dagtilbud Syd")
    assert unit.name_path == "Testby Kommune/Børn og Unge/Dagtilbud Syd"
    assert unit.get_parent() == tree["children"]
    assert unit.sector == "daycare"


def test_create_a_top_level_organisation(admin_client, tree):
    admin_client.post(reverse("organisations:add"), unit_form("Fjordby Kommune"))

    assert Organisation.objects.get(name="Fjordby Kommune").is_root()


def test_rename_updates_the_names_path_of_the_subtree(admin_client, tree):
    response = admin_client.post(
        reverse("organisations:edit", args=[tree["children"].pk]),
        unit_form("Børn og Familie", tree["root"]),
    )

    assert response.status_code == 302
    assert "Testby Kommune/Børn og Familie/Dagtilbud Nord" in name_paths()
    assert "Testby Kommune/Børn og Familie/Skolen ved Søen" in name_paths()
    assert not [p for p in name_paths() if "Børn og Unge" in p]


def test_move_takes_the_subtree_along(admin_client, tree):
    response = admin_client.post(
        reverse("organisations:edit", args=[tree["children"].pk]),
        unit_form("Børn og Unge", tree["jobs"].get_parent()),
    )

    assert response.status_code == 302
    assert "Testby Kommune/Beskæftigelse/Børn og Unge/Skolen ved Søen" in name_paths()
    moved = Organisation.objects.get(pk=tree["school"].pk)
    assert moved.get_parent().get_parent() == tree["jobs"].get_parent()
    assert Organisation.find_problems() == ([], [], [], [], [])


def test_a_unit_cannot_move_under_its_own_subtree(admin_client, tree):
    response = admin_client.post(
        reverse("organisations:edit", args=[tree["children"].pk]),
        unit_form("Børn og Unge", tree["daycare"]),
    )

    assert response.status_code == 200
    assert Organisation.objects.get(pk=tree["children"].pk).get_parent() == tree["root"]


def test_sibling_names_must_differ(admin_client, tree):
    response = admin_client.post(
        reverse("organisations:add"), unit_form("skolen ved søen", tree["children"])
    )

    assert response.status_code == 200
    assert "There is already a unit called" in response.content.decode()


def test_deleting_a_unit_with_members_is_refused(admin_client, tree):
    factories.person(units=[tree["daycare"]])

    page = admin_client.get(reverse("organisations:delete", args=[tree["daycare"].pk]))
    response = admin_client.post(
        reverse("organisations:delete", args=[tree["daycare"].pk]), follow=True
    )

    assert "1 member(s) still belong to this unit." in page.content.decode()
    assert "Yes, delete" not in page.content.decode()
    assert "1 member(s) still belong to this unit." in response.content.decode()
    assert Organisation.objects.filter(pk=tree["daycare"].pk).exists()


def test_deleting_a_unit_with_child_units_or_managers_is_refused(admin_client, tree):
    factories.person(manages=[tree["school"]])

    admin_client.post(reverse("organisations:delete", args=[tree["children"].pk]))
    admin_client.post(reverse("organisations:delete", args=[tree["school"].pk]))

    assert Organisation.objects.filter(pk__in=[tree["children"].pk, tree["school"].pk]).count() == 2


def test_deleting_an_empty_unit(admin_client, tree):
    response = admin_client.post(reverse("organisations:delete", args=[tree["daycare"].pk]))

    assert response.status_code == 302
    assert not Organisation.objects.filter(pk=tree["daycare"].pk).exists()
    assert Organisation.objects.get(pk=tree["children"].pk).numchild == 1


def test_certification_admin_sees_but_cannot_change_units(client, tree):
    client.force_login(factories.person(roles=["certification_admin"]).user)

    listing = client.get(reverse("organisations:index"))
    add = client.post(reverse("organisations:add"), unit_form("Ny", tree["root"]), follow=True)

    assert listing.status_code == 200
    assert NO_PERMISSION in add.content.decode()
    assert not Organisation.objects.filter(name="Ny").exists()

"""Nobody changes a person with more rights than their own, or grants a role they may not
grant: the one rule (``learning.auth.roles``) as every path applies it."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from learning import services
from learning.auth.roles import Role
from learning.models import User
from learning.people_import import services as imports
from learning.people_import.services import ImportRejected
from learning.selectors import user_may_change
from tests import factories

DAYCARE = "Testby Kommune/Børn og Unge/Dagtilbud Nord"
HEADER = "employee_number,name,email,unit_path,sector,role\n"


@pytest.fixture
def platform_admin(tree):
    return factories.person(first_name="Pia", last_name="Admin", roles=["platform_admin"]).user


@pytest.fixture
def superuser(tree):
    boss = factories.person(
        first_name="Super",
        last_name="User",
        employee_number="ROOT-1",
        email="root@example.org",
        units=[tree["daycare"]],
    )
    User.objects.filter(pk=boss.user_id).update(is_superuser=True, is_staff=True)
    boss.user.refresh_from_db()
    return boss


def upload(client, text: str):
    return client.post(
        reverse("person_import:upload"),
        {"file": SimpleUploadedFile("people.csv", text.encode(), content_type="text/csv")},
    )


def test_csv_import_cannot_take_over_a_superuser_by_email_and_reset(
    client, platform_admin, superuser
):
    """The exploit: a platform administrator imports a row for the superuser's employee
    number with their own email, then asks for a password reset and owns the account."""
    client.force_login(platform_admin)
    row = f"ROOT-1,Super User,attacker@example.org,{DAYCARE},daycare,\n"

    upload(client, HEADER + row)
    person_import = imports.PersonImport.objects.get()
    preview = client.get(reverse("person_import:preview", args=[person_import.pk]))
    assert "holds rights you do not have" in preview.content.decode()
    response = client.post(reverse("person_import:commit", args=[person_import.pk]))
    assert "Nothing was imported" in response.content.decode()

    superuser.user.refresh_from_db()
    assert superuser.user.email == "root@example.org"
    client.logout()
    client.post(reverse("password_reset"), {"email": "attacker@example.org"})
    assert mail.outbox == []


def test_even_the_command_and_a_superuser_cannot_import_over_a_superuser(tree, superuser):
    row = f"ROOT-1,Super User,attacker@example.org,{DAYCARE},daycare,\n"
    for actor in (None, superuser.user):
        person_import, _plan = imports.person_import_preview(
            filename="x.csv", raw=(HEADER + row).encode(), uploaded_by=actor
        )
        with pytest.raises(ImportRejected):
            imports.person_import_commit(person_import=person_import, actor=actor)
    superuser.user.refresh_from_db()
    assert superuser.user.email == "root@example.org"


def test_the_import_refuses_a_role_the_importer_may_not_grant(tree):
    # Someone holding the import permission but no role that grants anything.
    importer = factories.person(roles=["certification_admin"]).user
    row = f"N-1,Ny Person,ny@example.org,{DAYCARE},daycare,platform_admin\n"
    person_import, plan = imports.person_import_preview(
        filename="x.csv", raw=(HEADER + row).encode(), uploaded_by=importer
    )
    assert "may not grant" in " ".join(plan.error_rows[0].errors)
    with pytest.raises(ImportRejected):
        imports.person_import_commit(person_import=person_import, actor=importer)
    assert not User.objects.filter(email="ny@example.org").exists()


def test_a_platform_admin_still_imports_ordinary_people_and_roles(tree, platform_admin):
    row = f"N-1,Ny Person,ny@example.org,{DAYCARE},daycare,editor\n"
    person_import, _plan = imports.person_import_preview(
        filename="x.csv", raw=(HEADER + row).encode(), uploaded_by=platform_admin
    )
    imports.person_import_commit(person_import=person_import, actor=platform_admin)
    assert User.objects.get(email="ny@example.org").groups.filter(name="Content editors")


def test_admin_edit_cannot_reach_a_superuser_even_by_posting(client, platform_admin, superuser):
    client.force_login(platform_admin)
    url = reverse("people:edit", args=[superuser.pk])

    assert client.post(url, {"email": "attacker@example.org"}).status_code == 404
    superuser.user.refresh_from_db()
    assert superuser.user.email == "root@example.org"


def test_an_editor_of_people_without_a_granting_role_neither_grants_nor_reaches_above(client, tree):
    from django.contrib.auth.models import Permission

    learner = factories.person(units=[tree["daycare"]])
    editor = factories.person(units=[tree["daycare"]], roles=["content_editor"])
    scoped = factories.person(manages=[tree["children"]])
    scoped.user.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "view_person", "change_person"])
    )
    client.force_login(scoped.user)

    page = client.get(reverse("people:edit", args=[learner.pk])).content.decode()
    assert 'value="platform_admin"' not in page
    assert client.get(reverse("people:edit", args=[editor.pk])).status_code == 404


def test_services_refuse_an_actor_changing_someone_above_them(tree, platform_admin, superuser):
    learner = factories.person(units=[tree["daycare"]])
    with pytest.raises(ValidationError):
        services.person_update(person=superuser, actor=platform_admin, email="x@example.org")
    with pytest.raises(ValidationError):
        services.role_grant(person=learner, role=Role.PLATFORM_ADMIN, actor=learner.user)
    with pytest.raises(ValidationError):
        services.role_revoke(person=superuser, role=Role.PLATFORM_ADMIN, actor=platform_admin)
    superuser.user.refresh_from_db()
    assert superuser.user.email == "root@example.org"
    assert services.role_grant(person=learner, role=Role.CONTENT_EDITOR, actor=platform_admin)


@pytest.mark.parametrize(
    ("actor_roles", "target_roles", "allowed"),
    [
        (["platform_admin"], [], True),
        (["platform_admin"], ["content_editor"], True),
        (["platform_admin"], ["platform_admin"], True),
        (["certification_admin"], ["content_editor"], False),
        (["content_editor"], ["content_editor"], False),
        ([], ["platform_admin"], False),
        ([], [], True),
    ],
)
def test_who_may_change_whom(tree, actor_roles, target_roles, allowed):
    actor = factories.person(roles=actor_roles).user
    target = factories.person(roles=target_roles).user
    assert user_may_change(actor=actor, target=target) is allowed

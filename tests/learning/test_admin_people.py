"""People in Wagtail's admin (/cms/people/), checked through the views for each role."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from learning import services
from learning.models import Person, User
from tests import factories

NO_PERMISSION = "Sorry, you do not have permission to access this area."


@pytest.fixture
def admin_user(tree):
    return factories.person(first_name="Pia", last_name="Admin", roles=["platform_admin"]).user


@pytest.fixture
def ida(tree):
    return factories.person(
        first_name="Ida", last_name="Hansen", units=[tree["daycare"]], employee_number="E-IDA"
    )


def person_form(*, units=(), manages=(), roles=(), **fields):
    """POST data for the person form, with its two inline formsets."""
    data = {
        "first_name": "Nora",
        "last_name": "Berg",
        "email": "nora.berg@example.org",
        "employee_number": "E-NORA",
        "sector": "school",
        "job_title": "Teacher",
        "active": "on",
        "roles": list(roles),
        **fields,
    }
    for prefix, chosen in (("memberships", units), ("manager_scopes", manages)):
        data |= {
            f"{prefix}-TOTAL_FORMS": len(chosen),
            f"{prefix}-INITIAL_FORMS": 0,
            f"{prefix}-MIN_NUM_FORMS": 0,
            f"{prefix}-MAX_NUM_FORMS": 1000,
        }
        for i, unit in enumerate(chosen):
            data[f"{prefix}-{i}-organisation"] = unit.pk
    return data


def edit_form(person, **fields):
    """POST data that keeps ``person`` as they are, apart from ``fields``."""
    user = person.user
    data = {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "sector": person.sector,
        "job_title": person.job_title,
        "active": "on" if person.user.is_active else "",
        "roles": [],
    }
    for prefix in ("memberships", "manager_scopes"):
        rows = list(getattr(person, prefix).all())
        data |= {
            f"{prefix}-TOTAL_FORMS": len(rows),
            f"{prefix}-INITIAL_FORMS": len(rows),
            f"{prefix}-MIN_NUM_FORMS": 0,
            f"{prefix}-MAX_NUM_FORMS": 1000,
        }
        for i, row in enumerate(rows):
            data[f"{prefix}-{i}-id"] = row.pk
            data[f"{prefix}-{i}-organisation"] = row.organisation_id
    return data | fields


# --- Platform administrator ----------------------------------------------------------------
def test_platform_admin_lists_people_with_their_units(client, admin_user, ida):
    client.force_login(admin_user)

    page = client.get(reverse("people:index")).content.decode()

    assert "Ida Hansen" in page
    assert "E-IDA" in page
    assert "Dagtilbud Nord" in page


def test_people_list_searches_and_filters(client, admin_user, ida, tree):
    factories.person(first_name="Ola", last_name="Nordmann", sector="school")
    client.force_login(admin_user)

    found = client.get(reverse("people:index"), {"q": "hansen"}).content.decode()
    schools = client.get(reverse("people:index"), {"sector": "school"}).content.decode()

    assert "Ida Hansen" in found and "Ola Nordmann" not in found
    assert "Ola Nordmann" in schools and "Ida Hansen" not in schools


def test_platform_admin_creates_a_person_with_units_and_roles(client, admin_user, tree):
    client.force_login(admin_user)

    response = client.post(
        reverse("people:add"),
        person_form(
            units=[tree["school"]],
            manages=[tree["children"]],
            roles=["certification_admin"],
        ),
    )

    assert response.status_code == 302
    person = Person.objects.get(employee_number="E-NORA")
    assert person.user.get_full_name() == "Nora Berg"
    assert person.user.email == "nora.berg@example.org"
    assert not person.user.has_usable_password()
    assert [m.organisation for m in person.memberships.all()] == [tree["school"]]
    assert [s.organisation for s in person.manager_scopes.all()] == [tree["children"]]
    assert person.user.has_perm("learning.view_all_people")


def test_platform_admin_changes_email_and_sector(client, admin_user, ida):
    client.force_login(admin_user)

    response = client.post(
        reverse("people:edit", args=[ida.pk]),
        edit_form(ida, email="ida.new@example.org", sector="health"),
    )

    assert response.status_code == 302
    ida.refresh_from_db()
    ida.user.refresh_from_db()
    assert ida.user.email == "ida.new@example.org"
    assert ida.sector == "health"


def test_employee_number_cannot_change_once_created(client, admin_user, ida):
    client.force_login(admin_user)

    client.post(reverse("people:edit", args=[ida.pk]), edit_form(ida, employee_number="E-NEW"))

    ida.refresh_from_db()
    assert ida.employee_number == "E-IDA"


def test_edit_removes_a_unit_and_a_role(client, admin_user, ida, tree):
    services.role_grant(person=ida, role="content_editor")
    services.membership_add(person=ida, organisation=tree["school"])
    client.force_login(admin_user)
    data = edit_form(ida, roles=[])
    data["memberships-0-DELETE"] = "on"  # Dagtilbud Nord (first by id)

    response = client.post(reverse("people:edit", args=[ida.pk]), data)

    assert response.status_code == 302
    assert [m.organisation for m in ida.memberships.all()] == [tree["school"]]
    assert not ida.user.groups.exists()


def test_duplicate_email_is_a_form_error_and_saves_nothing(client, admin_user, ida, tree):
    client.force_login(admin_user)

    response = client.post(reverse("people:add"), person_form(email=ida.user.email.upper()))

    assert response.status_code == 200
    assert "Another account already uses this email address." in response.content.decode()
    assert not User.objects.filter(username="E-NORA").exists()


def test_duplicate_email_on_edit_is_a_form_error(client, admin_user, ida):
    factories.person(email="taken@example.org")
    client.force_login(admin_user)

    response = client.post(
        reverse("people:edit", args=[ida.pk]), edit_form(ida, email="Taken@example.org")
    )

    assert response.status_code == 200
    assert "Another account already uses this email address." in response.content.decode()
    ida.user.refresh_from_db()
    assert ida.user.email != "taken@example.org"


def test_duplicate_employee_number_is_a_form_error(client, admin_user, ida, tree):
    client.force_login(admin_user)

    response = client.post(reverse("people:add"), person_form(employee_number="E-IDA"))

    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert not User.objects.filter(email="nora.berg@example.org").exists()


def test_deleting_a_person_removes_their_login(client, admin_user, ida):
    client.force_login(admin_user)

    response = client.post(reverse("people:delete", args=[ida.pk]))

    assert response.status_code == 302
    assert not User.objects.filter(pk=ida.user_id).exists()


def test_platform_admin_cannot_open_a_superuser(client, admin_user):
    boss = factories.person(first_name="Super", last_name="User")
    User.objects.filter(pk=boss.user_id).update(is_superuser=True)
    client.force_login(admin_user)

    assert client.get(reverse("people:edit", args=[boss.pk])).status_code == 404
    assert client.post(reverse("people:delete", args=[boss.pk])).status_code == 404


# --- Other roles ---------------------------------------------------------------------------
def test_certification_admin_lists_but_cannot_create_or_edit(client, ida, tree):
    certifier = factories.person(roles=["certification_admin"])
    client.force_login(certifier.user)

    assert "Ida Hansen" in client.get(reverse("people:index")).content.decode()
    add = client.get(reverse("people:add"), follow=True)
    edit = client.post(reverse("people:edit", args=[ida.pk]), edit_form(ida, last_name="X"))

    assert NO_PERMISSION in add.content.decode()
    assert edit.status_code == 302
    ida.user.refresh_from_db()
    assert ida.user.last_name == "Hansen"


def test_content_editor_uses_the_cms_but_not_people(client, tree):
    editor = factories.person(roles=["content_editor"])
    client.force_login(editor.user)

    dashboard = client.get(reverse("wagtailadmin_home"))
    people = client.get(reverse("people:index"), follow=True)

    assert dashboard.status_code == 200
    assert reverse("people:index") not in dashboard.content.decode()
    assert NO_PERMISSION in people.content.decode()


@pytest.mark.parametrize("role", ["learner", "manager"])
def test_learners_and_managers_are_sent_away_from_the_cms(client, tree, role):
    manages = [tree["children"]] if role == "manager" else []
    person = factories.person(manages=manages)
    client.force_login(person.user)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 302
    assert response["Location"].startswith("/cms/login/")


def test_a_scoped_user_sees_and_opens_only_people_in_scope(client, ida, tree):
    outsider = factories.person(first_name="Sven", last_name="Svensson", units=[tree["jobs"]])
    scoped = factories.person(manages=[tree["children"]])
    scoped.user.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "view_person", "change_person", "delete_person"]
        )
    )
    client.force_login(scoped.user)

    page = client.get(reverse("people:index")).content.decode()

    assert "Ida Hansen" in page and "Sven Svensson" not in page
    assert client.get(reverse("people:edit", args=[ida.pk])).status_code == 200
    assert client.get(reverse("people:edit", args=[outsider.pk])).status_code == 404
    assert client.post(reverse("people:delete", args=[outsider.pk])).status_code == 404
    assert client.get(reverse("people:history", args=[outsider.pk])).status_code == 404


def test_changing_only_the_job_title_is_saved(client, admin_user, ida):
    client.force_login(admin_user)

    client.post(reverse("people:edit", args=[ida.pk]), edit_form(ida, job_title="Pedagogue"))

    ida.refresh_from_db()
    assert ida.job_title == "Pedagogue"


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_spreadsheet_export_is_off_so_no_formula_reaches_a_spreadsheet(
    client, admin_user, tree, export
):
    factories.person(first_name='=HYPERLINK("http://evil.example","x")', last_name="+1-2")
    client.force_login(admin_user)

    for url in (reverse("people:index"), reverse("organisations:index")):
        response = client.get(url, {"export": export})
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/html")
        assert "attachment" not in response.get("Content-Disposition", "")


# --- Offboarding, not deleting -------------------------------------------------------------
def test_a_person_with_history_cannot_be_deleted_and_is_offboarded_instead(
    client, admin_user, ida, tree
):
    from django.utils import timezone

    from learning.models import CourseModule, Enrolment

    module = CourseModule.objects.create(
        key="11111111-1111-1111-1111-111111111111", title="M", published_at=timezone.now()
    )
    Enrolment.objects.create(person=ida, module=module, enrolled_at=timezone.now())
    client.force_login(admin_user)

    page = client.get(reverse("people:delete", args=[ida.pk])).content.decode()
    assert "cannot be deleted yet" in page and "Offboard them instead" in page
    response = client.post(reverse("people:delete", args=[ida.pk]), follow=True)
    assert "Offboard them instead" in response.content.decode()
    assert Person.objects.filter(pk=ida.pk).exists()
    assert Enrolment.objects.filter(person=ida).exists()

    client.post(reverse("people:edit", args=[ida.pk]), edit_form(ida, active=""))
    ida.user.refresh_from_db()
    assert not ida.user.is_active
    assert Enrolment.objects.filter(person=ida).exists()

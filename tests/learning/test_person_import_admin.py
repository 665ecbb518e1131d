"""The CSV import in the Wagtail admin: upload → preview → commit, for import holders only."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from learning.models import Person, PersonImport
from tests import factories

DAYCARE = "Testby Kommune/Børn og Unge/Dagtilbud Nord"
GOOD = (
    "employee_number;name;email;unit_path;sector;role\r\n"
    f"T-100;Ida Hansen;ida@example.org;{DAYCARE};daycare;\r\n"
    f"T-200;Ola Nordmann;ola@example.org;{DAYCARE}/Ny Stue;daycare;manager\r\n"
)
BAD_LINE = "T-300;Sven Svensson;sven@example;Testby Kommune/Beskæftigelse;job_centre;\r\n"


def upload(client, content: bytes | str, name: str = "people.csv"):
    raw = content.encode() if isinstance(content, str) else content
    return client.post(
        reverse("person_import:upload"),
        {"file": SimpleUploadedFile(name, raw, content_type="text/csv")},
    )


@pytest.fixture
def admin_client(client, tree):
    client.force_login(factories.person(roles=["platform_admin"]).user)
    return client


def test_platform_admin_uploads_previews_and_commits(admin_client):
    form = admin_client.get(reverse("person_import:upload"))
    assert form.status_code == 200
    assert 'type="file"' in form.content.decode()

    response = upload(admin_client, GOOD)
    person_import = PersonImport.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("person_import:preview", args=[person_import.pk])
    assert not Person.objects.filter(employee_number__startswith="T-").exists()

    page = admin_client.get(response.url).content.decode()
    assert "Ida Hansen" in page
    assert f"{DAYCARE}/Ny Stue" in page  # a unit to create
    assert "Import 2 people" in page

    done = admin_client.post(reverse("person_import:commit", args=[person_import.pk]), follow=True)
    assert done.status_code == 200
    assert "Imported 2 new and 0 updated people." in done.content.decode()
    assert set(
        Person.objects.filter(employee_number__startswith="T-").values_list(
            "employee_number", flat=True
        )
    ) == {"T-100", "T-200"}
    person_import.refresh_from_db()
    assert person_import.status == PersonImport.Status.COMMITTED


def test_the_preview_marks_the_bad_row_and_offers_no_import(admin_client):
    response = upload(admin_client, GOOD + BAD_LINE)

    page = admin_client.get(response.url).content.decode()

    assert "“sven@example” is not a valid email address." in page
    assert '<th scope="row">4</th>' in page
    assert "1 row has an error" in page
    assert "Import 3 people" not in page
    assert "Import 2 people" not in page


def test_commit_with_an_error_writes_nothing_and_shows_the_report(admin_client):
    upload(admin_client, GOOD + BAD_LINE)
    person_import = PersonImport.objects.get()
    before = Person.objects.count()

    response = admin_client.post(reverse("person_import:commit", args=[person_import.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Nothing was imported: 1 row(s) have errors." in page
    assert "“sven@example” is not a valid email address." in page
    assert Person.objects.count() == before
    person_import.refresh_from_db()
    assert person_import.status == PersonImport.Status.PREVIEWED


def test_committing_twice_says_so(admin_client):
    upload(admin_client, GOOD)
    url = reverse("person_import:commit", args=[PersonImport.objects.get().pk])
    admin_client.post(url)

    page = admin_client.post(url, follow=True).content.decode()

    assert "This import has already been committed." in page
    assert Person.objects.filter(employee_number__startswith="T-").count() == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "The submitted file is empty."),
        ("employee_number;name\r\nT-1;Søren\r\n".encode("cp1252"), "The file is not UTF-8 text."),
        ("employee_number,name,email\nT-1,Ida,ida@example.org\n", "lacks the column(s)"),
    ],
)
def test_a_bad_file_is_refused_on_the_upload_form(admin_client, content, message):
    response = upload(admin_client, content)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not PersonImport.objects.exists()


def test_uploading_without_a_file_asks_for_one(admin_client):
    response = admin_client.post(reverse("person_import:upload"), {})

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not PersonImport.objects.exists()


def test_commit_needs_a_post(admin_client):
    upload(admin_client, GOOD)
    url = reverse("person_import:commit", args=[PersonImport.objects.get().pk])

    response = admin_client.get(url)

    assert response.status_code == 405
    assert not Person.objects.filter(employee_number__startswith="T-").exists()


def test_the_pages_are_labelled_for_assistive_technology(admin_client):
    form = admin_client.get(reverse("person_import:upload")).content.decode()
    preview = admin_client.get(upload(admin_client, GOOD).url).content.decode()

    assert 'for="id_file"' in form
    assert 'accept=".csv,text/csv"' in form
    assert '<th scope="col">Employee number</th>' in preview
    assert "<caption" in preview


def test_the_people_menu_offers_the_import_to_import_holders_only(client, tree):
    url = reverse("person_import:upload")
    client.force_login(factories.person(roles=["platform_admin"]).user)
    assert url in client.get(reverse("wagtailadmin_home")).content.decode()

    client.force_login(factories.person(roles=["content_editor"]).user)
    assert url not in client.get(reverse("wagtailadmin_home")).content.decode()


# --- Who may use it --------------------------------------------------------------------------
@pytest.fixture
def urls(tree):
    person_import = PersonImport.objects.create(filename="people.csv", content=GOOD)
    return [
        ("get", reverse("person_import:upload")),
        ("post", reverse("person_import:upload")),
        ("get", reverse("person_import:preview", args=[person_import.pk])),
        ("post", reverse("person_import:commit", args=[person_import.pk])),
    ]


@pytest.mark.parametrize("role", ["content_editor", "certification_admin"])
def test_admin_users_without_the_import_permission_get_403(client, urls, role):
    client.force_login(factories.person(roles=[role]).user)

    for method, url in urls:
        assert getattr(client, method)(url).status_code == 403, url
    assert not Person.objects.filter(employee_number__startswith="T-").exists()


def test_learners_and_visitors_are_sent_to_the_login_page(client, urls):
    for method, url in urls:
        response = getattr(client, method)(url)
        assert response.status_code == 302
        assert response.url.startswith("/cms/login/")

    client.force_login(factories.person().user)
    for method, url in urls:
        response = getattr(client, method)(url)
        assert response.status_code == 302
        assert response.url.startswith("/cms/login/")
    assert not Person.objects.filter(employee_number__startswith="T-").exists()

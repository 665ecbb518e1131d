"""Bad input gets a 4xx with a message, never a 500: NUL characters in query strings, forms
and CSV files, and autosaved answers too large or too deeply nested to be an answer."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assessments.models import Attempt
from learning.models import PersonImport
from tests import factories
from tests.assessments import builders

DAYCARE = "Testby Kommune/Børn og Unge/Dagtilbud Nord"


@pytest.fixture
def manager(client, tree):
    factories.person(units=[tree["daycare"]])
    person = factories.person(manages=[tree["children"]])
    client.force_login(person.user)
    return person


def test_a_nul_in_the_team_search_is_a_400(client, manager):
    response = client.get("/team/?q=%00")

    assert response.status_code == 400
    assert "NUL" in response.content.decode()


def test_a_nul_in_a_query_parameter_name_is_a_400(client, manager):
    assert client.get("/team/?%00=1").status_code == 400


def test_a_nul_in_a_login_form_is_a_400(client, db):
    response = client.post(
        reverse("login"), {"username": "peter\x00skov", "password": "correct horse battery"}
    )

    assert response.status_code == 400


def test_a_clean_search_still_works(client, manager):
    assert client.get("/team/?q=Hansen").status_code == 200


@pytest.fixture
def import_client(client, tree):
    client.force_login(factories.person(roles=["platform_admin"]).user)
    return client


@pytest.mark.parametrize(
    ("content", "line"),
    [
        (
            "employee_number;name;email;unit_path;sector\r\n"
            f"T-1\x00;Ida Hansen;ida@example.org;{DAYCARE};daycare\r\n".encode(),
            2,
        ),
        # UTF-16 without a byte-order mark decodes as "UTF-8" full of NULs.
        ("employee_number;name;email;unit_path;sector\r\n".encode("utf-16-le"), 1),
    ],
    ids=["nul-in-a-cell", "utf-16"],
)
def test_a_csv_with_a_nul_is_refused_with_the_line(import_client, content, line):
    response = import_client.post(
        reverse("person_import:upload"),
        {"file": SimpleUploadedFile("people.csv", content, content_type="text/csv")},
    )

    assert response.status_code == 200
    assert f"Line {line} holds a NUL character" in response.content.decode()
    assert not PersonImport.objects.exists()


@pytest.fixture
def attempt(client, tree):
    bank = builders.bank()
    for n in range(2):
        builders.question(bank, f"q-{n}")
    builders.exam(bank, key="basic-exam", max_attempts=3)
    client.force_login(factories.person(units=[tree["daycare"]]).user)
    response = client.post(reverse("attempt_start", args=["basic-exam"]))
    return Attempt.objects.get(pk=response["Location"].rstrip("/").split("/")[-1])


@pytest.mark.parametrize(
    "response_json",
    [
        "[" * 5_000 + "]" * 5_000,  # RecursionError in json.loads before
        json.dumps([[[["a"]]]]),
        json.dumps(["a" * 20_000]),
    ],
    ids=["deep", "nested", "oversized"],
)
def test_an_autosave_that_cannot_be_an_answer_is_a_400_and_saves_nothing(
    client, attempt, response_json
):
    item = attempt.items.first()

    response = client.post(
        reverse("attempt_answer", args=[attempt.pk]),
        {"position": item.position, "response": response_json},
    )

    assert response.status_code == 400
    assert response.json()["error"] == "The answer could not be read."
    item.refresh_from_db()
    assert not item.response

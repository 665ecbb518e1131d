"""The local procedure block shows each learner their own organisation's procedure."""

import pytest
from wagtail.models import Locale

from modules.models import LocalProcedure
from tests import factories
from tests.modules import pages


@pytest.fixture
def lesson(db):
    catalogue = pages.catalogue()
    module = pages.module(catalogue, "Duty to act", lessons=0)
    return module, pages.lesson(
        module,
        "Whom to call",
        body=[{"type": "local_procedure", "value": {"heading": "Your local procedure"}}],
    )


def procedure(organisation, name, phone):
    return LocalProcedure.objects.create(
        organisation=organisation,
        contact_name=name,
        phone=phone,
        escalation_path="<p>Tell your manager.</p>",
        locale=Locale.objects.get(language_code="en"),
    )


def view(client, person, module, lesson):
    client.force_login(person.user)
    client.post(f"/en/learn/modules/{module.translation_key}/enrol/")
    return client.get(lesson.url).content.decode()


def test_the_nearest_procedure_above_the_learner_wins(client, tree, lesson):
    procedure(tree["root"], "Municipal duty desk", "+45 11 11 11 11")
    procedure(tree["children"], "Children's services duty desk", "+45 22 22 22 22")
    daycare = factories.person(units=[tree["daycare"]])
    job_centre = factories.person(units=[tree["jobs"]], sector="job_centre")

    daycare_page = view(client, daycare, *lesson)
    job_page = view(client, job_centre, *lesson)

    assert "Children&#x27;s services duty desk" in daycare_page
    assert "Municipal duty desk" not in daycare_page
    assert "Municipal duty desk" in job_page


def test_without_a_procedure_the_learner_is_told_what_to_do(client, tree, lesson):
    learner = factories.person(units=[tree["daycare"]])

    page = view(client, learner, *lesson)

    assert "has not published its local procedure" in page
    assert "112" in page

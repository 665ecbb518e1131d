"""A demo learner's journey through the site, in Danish, on the demo content: Ida (daycare)
enrols in the first course, reads its lessons, passes its knowledge check, enrols in "The
duty to act" and passes the exam placed there. Every statement the outbox then stores is
valid, about her opaque account only, in the language she used, and the exam's statements
carry the registration of her enrolment in the module the exam is placed in."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from assessments.demo import EXAM_KEY
from assessments.exams.selectors import check_option_id, question_pool
from assessments.models import Assessment, Attempt
from learning.models import CompletionRule, Enrolment, Statement, User
from learning.outbox import outbox_drain
from learning.xapi import vocabulary
from learning.xapi.schema import statement_validate
from learning.xapi.store import account_actor, registration_for
from modules.models import LessonPage, ModulePage
from modules.xapi import assessment_placement
from tests.modules import pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    with pages.committed():
        call_command("seed_demo", stdout=StringIO())


def _correct(question) -> list:
    options = list(question.options.all())
    if question.type == "ordering":
        return [o.key for o in options]
    return [o.key for o in options if o.is_correct]


def _form(question, ids: dict) -> dict:
    """The fields a browser posts for ``question`` answered right (``ids``: key → shown id)."""
    keys = _correct(question)
    if question.type == "ordering":
        return {f"answer-{question.key}-{ids[k]}": str(n) for n, k in enumerate(keys, 1)}
    return {f"answer-{question.key}": [ids[k] for k in keys]}


def _read_module(client, person, module: ModulePage) -> None:
    """Enrol, open every lesson, complete it (by its knowledge check where that is the
    rule), as the Danish pages' forms do."""
    assert client.post(reverse("module_enrol", args=[module.translation_key])).status_code == 302
    danish = ModulePage.objects.get(
        translation_key=module.translation_key, locale__language_code="da"
    )
    for lesson in LessonPage.objects.child_of(danish).live().order_by("path"):
        assert client.get(lesson.url).status_code == 200
        if lesson.completion_rule == CompletionRule.VIEWED:
            client.post(reverse("lesson_complete", args=[lesson.translation_key]))
            continue
        placed = [
            b["value"]["assessment"] for b in lesson.body.raw_data if b["type"] == "knowledge_check"
        ]
        check = Assessment.objects.get(pk__in=placed, kind="knowledge_check")
        data = {"next": lesson.url}
        for question in question_pool(assessment=check, person=person):
            ids = {
                o.key: check_option_id(person=person, question=question, option_key=o.key)
                for o in question.options.all()
            }
            data |= _form(question, ids)
        client.post(reverse("knowledge_check_submit", args=[check.key]), data)
    assert Enrolment.objects.get(person=person, module__key=module.translation_key).completed_at


def _take_exam(client, person) -> Attempt:
    client.post(reverse("attempt_start", args=[EXAM_KEY]))
    attempt = Attempt.objects.get(person=person, status=Attempt.Status.OPEN)
    data = {}
    for item in attempt.items.select_related("question"):
        data |= _form(item.question, item.key_to_id())
    client.post(reverse("attempt_submit", args=[attempt.pk]), data)
    attempt.refresh_from_db()
    assert attempt.passed
    return attempt


def _ida_journey(client):
    """Ida, signed in, in Danish: the first module, "The duty to act" and its exam."""
    user = User.objects.get(username="ida.hansen")
    person = user.person
    client.force_login(user)
    exam = Assessment.objects.get(key=EXAM_KEY, locale__language_code="en")
    exam_pks = set(
        Assessment.objects.filter(translation_key=exam.translation_key).values_list("pk", flat=True)
    )
    placed = assessment_placement("knowledge_check", exam_pks)
    first = ModulePage.objects.live().filter(locale__language_code="en").order_by("path").first()
    duty = ModulePage.objects.get(translation_key=placed.module_key, locale__language_code="en")
    with translation.override("da"):
        _read_module(client, person, first)
        _read_module(client, person, duty)
        attempt = _take_exam(client, person)
    return user, exam, placed, first, duty, attempt


def test_a_demo_learners_journey_leaves_valid_statements_about_her_account_only(client, demo):
    user, exam, placed, first, duty, attempt = _ida_journey(client)
    person = user.person
    outbox_drain()

    statements = [row.data for row in Statement.objects.filter(person=person)]
    verbs = [s["verb"]["id"].rsplit("/", 1)[-1] for s in statements]
    lessons = LessonPage.objects.live().filter(locale__language_code="en")
    in_two = lessons.child_of(first).count() + lessons.child_of(duty).count()
    assert verbs.count("registered") == 2
    assert verbs.count("experienced") == in_two
    assert verbs.count("progressed") == in_two
    assert verbs.count("completed") == in_two + 2
    assert verbs.count("attempted") == 3  # two knowledge checks, the exam
    assert verbs.count("passed") == 3
    assert verbs.count("answered") >= attempt.items.count() + 2
    assert Statement.objects.count() == len(statements)  # nobody else's, nothing unowned

    text = json.dumps(statements, ensure_ascii=False)
    for personal in (
        user.email,
        user.username,
        user.first_name,
        user.last_name,
        person.employee_number,
    ):
        assert personal not in text
    assert "correctResponsesPattern" not in text
    for data in statements:
        statement_validate(data)
        assert data["actor"] == account_actor(person.xapi_key)
        assert data["context"]["language"] == "da"
        assert set(data["object"]["definition"]["name"]) == {"en", "da"}

    registration = registration_for(
        Enrolment.objects.get(person=person, module__key=placed.module_key).pk
    )
    exam_iri = vocabulary.activity_iri("assessment", exam.translation_key)
    of_exam = [
        s
        for s in statements
        if s["object"]["id"] == exam_iri
        or exam_iri
        in [p["id"] for p in s["context"].get("contextActivities", {}).get("parent", [])]
    ]
    assert len(of_exam) == attempt.items.count() + 2  # attempted, each answer, passed
    assert {s["context"]["registration"] for s in of_exam} == {registration}
    [passed] = [s for s in of_exam if s["verb"]["id"] == vocabulary.VERBS["passed"]["id"]]
    assert (
        passed["result"]["score"]["raw"]
        == passed["result"]["score"]["max"]
        == attempt.items.count()
    )
    assert passed["timestamp"] == attempt.submitted_at.isoformat()


@pytest.mark.lrs
def test_a_demo_learners_whole_journey_arrives_in_ralph_validated(client, demo, ralph, target):
    """The same journey, forwarded to a real Ralph LRS: every statement stored about Ida is
    in Ralph exactly once, under its own id, valid, and the same statement as ours."""
    from tests.xapi.forwarding import make_due, reconcile

    person = _ida_journey(client)[0].person
    for _round in range(3):  # events → statements → forwarding
        make_due()
        outbox_drain()

    ids = [str(i) for i in Statement.objects.filter(person=person).values_list("id", flat=True)]
    assert len(ids) > 40
    reconcile(ralph, person, ids)
    for sid in ids:
        theirs = ralph.statement(sid)
        statement_validate(theirs)
        ours = Statement.objects.get(id=sid).data
        for key in ("id", "actor", "verb", "object", "context", "timestamp", "result"):
            assert theirs.get(key) == ours.get(key), (sid, key)

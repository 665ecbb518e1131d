"""The statements a demo learner's journey leaves, built from the outbox by the "xapi"
consumer and stored: valid xAPI 1.0.3, the documented verbs and activities, the opaque
actor and nothing else of the person, registration, parent and grouping, names in every
language, the event times, stable ids under replay, and voiding."""

from __future__ import annotations

import json

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale

from assessments.calibration.services import (
    calibration_attempt_start,
    calibration_attempt_submit,
    calibration_case_save,
)
from assessments.exams import services as exams
from assessments.models import Attempt, Option
from learning.enrolments import enrolment_create, lesson_view_record
from learning.models import Delivery, Event, Statement
from learning.outbox import deliveries_replay, outbox_drain
from learning.xapi import vocabulary
from learning.xapi.builders import statements_for
from learning.xapi.schema import statement_validate
from learning.xapi.store import account_actor, registration_for
from modules.models import LearningPathModule, LearningPathPage
from tests import factories
from tests.assessments import builders
from tests.assessments import calibration_builders as calibration
from tests.modules import pages

pytestmark = pytest.mark.django_db

V = vocabulary.VERBS
PROGRESS = "https://w3id.org/xapi/cmi5/result/extensions/progress"


def _translate(obj, locale, **texts):
    translated = obj.copy_for_translation(locale)
    for name, value in texts.items():
        setattr(translated, name, value)
    translated.save()
    return translated


def _page_in_danish(page, title):
    danish = page.copy_for_translation(Locale.objects.get(language_code="da"))
    danish.title = title
    return pages.publish(danish)


@pytest.fixture
def course(tree):
    """A module of two lessons in English and Danish, in a learning path; its second lesson
    places an exam (four question types, translated) and a calibration exercise."""
    da = Locale.objects.get_or_create(language_code="da")[0]
    catalogue = pages.catalogue()
    _page_in_danish(catalogue, "Kurser")
    bank = builders.bank()
    questions = [
        builders.question(bank, "q-single", "single"),
        builders.question(
            bank, "q-multi", "multiple", options=(("a", True), ("b", True), ("c", False))
        ),
        builders.question(bank, "q-tf", "true_false", options=(("true", True), ("false", False))),
        builders.question(
            bank, "q-order", "ordering", options=(("c", True), ("a", True), ("b", True))
        ),
    ]
    for question in questions:
        danish = _translate(question, da, prompt=f"Spørgsmål {question.key}?")
        for option in Option.objects.filter(question=danish):
            Option.objects.filter(pk=option.pk).update(text=f"{question.key} mulighed {option.key}")
    exam = builders.exam(bank, key="final", title="Final exam", max_attempts=3)
    _translate(exam, da, title="Afsluttende prøve")
    exercise = calibration.exercise()
    _translate(exercise, da, title="Kalibrering: demonstrationsinstrument")
    module = pages.module(catalogue, "Psychological violence", lessons=1)
    pages.lesson(
        module,
        "Closing lesson",
        body=[
            *pages.text("<p>Read this.</p>"),
            {"type": "knowledge_check", "value": {"title": "Exam", "assessment": exam.pk}},
            {
                "type": "calibration_exercise",
                "value": {"title": "Practise", "introduction": "", "exercise": exercise.pk},
            },
        ],
    )
    _page_in_danish(module, "Psykisk vold")
    lessons = list(module.lessons())
    for lesson in lessons:
        _page_in_danish(lesson, f"DA {lesson.title}")
    path = catalogue.add_child(
        instance=LearningPathPage(
            title="Daycare path", path_modules=[LearningPathModule(module=module)]
        )
    )
    pages.publish(path)
    return {
        "module": module,
        "lessons": lessons,
        "exam": exam,
        "exercise": exercise,
        "path": path,
    }


@pytest.fixture
def journey(course, tree):
    """The learner enrols, reads the first lesson in Danish, completes both lessons (and so
    the module), fails the exam, passes it, passes the calibration exercise; then the
    first exam attempt is voided. The outbox is drained once, in-process."""
    learner = factories.person(
        units=[tree["daycare"]], email="ida.secret@example.org", employee_number="EMP-77123"
    )
    module, (first, second) = course["module"], course["lessons"]
    enrolment = enrolment_create(person=learner, module_key=module.translation_key)
    with translation.override("da"):
        lesson_view_record(enrolment=enrolment, lesson_key=first.translation_key, revision_id=None)
    pages.lesson_done(enrolment, first)
    pages.lesson_done(enrolment, second)
    failed = exams.attempt_start(person=learner, assessment=course["exam"])
    assert exams.attempt_start(person=learner, assessment=course["exam"]).pk == failed.pk
    exams.attempt_submit(attempt=failed, responses=builders.wrong_answers(failed))
    passed = exams.attempt_start(person=learner, assessment=course["exam"])
    exams.attempt_submit(attempt=passed, responses=builders.correct_answers(passed))
    rated = calibration_attempt_start(person=learner, exercise=course["exercise"])
    for key in calibration.CASES:
        items, summary = calibration.panel(key)
        calibration_case_save(attempt=rated, case_key=key, items=items, summary=summary)
    calibration_attempt_submit(attempt=rated)
    admin = factories.person(roles=["certification_admin"])
    exams.attempt_void(attempt=failed, by=admin.user, reason="Taken by a colleague")
    outbox_drain()
    enrolment.refresh_from_db()
    for attempt in (failed, passed):
        attempt.refresh_from_db()
    rated.refresh_from_db()
    return {
        **course,
        "learner": learner,
        "enrolment": enrolment,
        "failed": failed,
        "passed": passed,
        "rated": rated,
    }


def _all() -> list[dict]:
    return [row.data for row in Statement.objects.order_by("timestamp", "id")]


def _of(event_kind: str, **payload) -> list[dict]:
    events = Event.objects.filter(kind=event_kind)
    for name, value in payload.items():
        events = events.filter(**{f"payload__{name}": value})
    return [row.data for row in Statement.objects.filter(event__in=events).order_by("id")]


def _verb(statements, name):
    return [s for s in statements if s["verb"]["id"] == V[name]["id"]]


def test_every_statement_is_valid_and_nothing_is_left_undelivered(journey):
    statements = _all()
    assert len(statements) >= 20
    for data in statements:
        assert statement_validate(data)["id"] == data["id"]
    assert not Delivery.objects.filter(consumer="xapi").exclude(state="delivered").exists()


def test_the_actor_is_the_opaque_account_and_nothing_else_of_the_person_appears(journey):
    learner = journey["learner"]
    actor = account_actor(learner.xapi_key)
    text = json.dumps(_all())
    for personal in (
        learner.user.email,
        "ida.secret",
        learner.employee_number,
        learner.user.username,
        learner.user.last_name,
    ):
        assert personal not in text
    for data in _all():
        if data["verb"]["id"] != V["voided"]["id"]:
            assert data["actor"] == actor


def test_the_journey_has_the_documented_verbs_on_the_documented_activities(journey):
    module, (first, second) = journey["module"], journey["lessons"]
    module_iri = vocabulary.activity_iri("module", module.translation_key)
    lesson_iris = [
        vocabulary.activity_iri("lesson", page.translation_key) for page in (first, second)
    ]
    exam_iri = vocabulary.activity_iri("assessment", journey["exam"].translation_key)

    [registered] = _of("module.enrolled")
    assert registered["verb"]["id"] == V["registered"]["id"]
    assert registered["object"]["id"] == module_iri
    assert registered["object"]["definition"]["type"] == vocabulary.ACTIVITY_TYPES["module"]
    experienced = _of("lesson.viewed")
    assert sorted(s["object"]["id"] for s in experienced) == sorted(lesson_iris)
    assert {s["verb"]["id"] for s in experienced} == {V["experienced"]["id"]}
    completed = _of("lesson.completed")
    assert sorted(s["object"]["id"] for s in _verb(completed, "completed")) == sorted(lesson_iris)
    progress = sorted(s["result"]["extensions"][PROGRESS] for s in _verb(completed, "progressed"))
    assert progress == [50, 100]
    assert {s["object"]["id"] for s in _verb(completed, "progressed")} == {module_iri}
    [module_done] = _of("module.completed")
    assert (module_done["verb"]["id"], module_done["object"]["id"]) == (
        V["completed"]["id"],
        module_iri,
    )
    attempted = _of("assessment.started")
    assert len(attempted) == 2  # starting twice is one attempt, one statement
    assert {s["object"]["id"] for s in attempted} == {exam_iri}
    assert len(_verb(_of("assessment.failed"), "answered")) == 4
    assert len(_verb(_of("assessment.failed"), "failed")) == 1
    assert len(_verb(_of("assessment.passed"), "passed")) == 1


def test_answers_are_interactions_with_responses_and_never_the_key(journey):
    passed = _of("assessment.passed", attempt=journey["passed"].pk)
    answered = {s["object"]["definition"]["interactionType"]: s for s in _verb(passed, "answered")}
    assert set(answered) == {"choice", "true-false", "sequencing"}
    assert all(s["result"]["success"] is True for s in answered.values())
    assert answered["true-false"]["result"]["response"] == "true"
    assert answered["sequencing"]["result"]["response"] == "c[,]a[,]b"
    choices = answered["sequencing"]["object"]["definition"]["choices"]
    assert {c["id"] for c in choices} == {"a", "b", "c"}
    assert all(set(c["description"]) == {"en", "da"} for c in choices)
    multi = [s for s in _verb(passed, "answered") if s["result"]["response"].count("[,]") == 1]
    assert [m["result"]["response"] for m in multi] in (["a[,]b"], ["b[,]a"])
    assert "correctResponsesPattern" not in json.dumps(_all())
    exam = journey["exam"]
    for statement in _verb(passed, "answered"):
        parent = statement["context"]["contextActivities"]["parent"]
        assert [p["id"] for p in parent] == [
            vocabulary.activity_iri("assessment", exam.translation_key)
        ]
        assert set(statement["object"]["definition"]["name"]) == {"en", "da"}
    failed = _of("assessment.failed")
    assert all(s["result"]["success"] is False for s in _verb(failed, "answered"))


def test_the_exam_result_has_score_duration_and_the_submit_time(journey):
    attempt = journey["passed"]
    [result] = _verb(_of("assessment.passed"), "passed")
    assert result["result"]["score"] == {"scaled": 1.0, "raw": 4.0, "min": 0.0, "max": 4.0}
    assert result["result"]["success"] is True and result["result"]["completion"] is True
    assert result["result"]["duration"].startswith("PT")
    assert result["timestamp"] == attempt.submitted_at.isoformat()
    [failed] = _verb(_of("assessment.failed"), "failed")
    assert failed["result"]["success"] is False
    assert failed["result"]["score"]["scaled"] < 0.8
    assert set(failed["object"]["definition"]["name"]) == {"en", "da"}
    assert failed["object"]["definition"]["name"]["da"] == "Afsluttende prøve"


def test_context_carries_registration_parent_grouping_platform_and_language(journey):
    registration = registration_for(journey["enrolment"].pk)
    module_iri = vocabulary.activity_iri("module", journey["module"].translation_key)
    path_iri = vocabulary.activity_iri("path", journey["path"].translation_key)
    for data in _all():
        if data["verb"]["id"] == V["voided"]["id"]:
            assert "context" not in data
            continue
        context = data["context"]
        assert context["registration"] == registration, data["verb"]
        assert context["platform"] == vocabulary.platform()
        activities = context["contextActivities"]
        every = [a["id"] for group in activities.values() for a in group]
        if data["object"]["id"] != module_iri:
            assert module_iri in every
        assert path_iri in [a["id"] for a in activities["grouping"]]
    lesson = _of("lesson.completed")
    assert all(
        [p["id"] for p in s["context"]["contextActivities"]["parent"]] == [module_iri]
        for s in _verb(lesson, "completed")
    )
    languages = {s["object"]["id"]: s["context"]["language"] for s in _of("lesson.viewed")}
    first = vocabulary.activity_iri("lesson", journey["lessons"][0].translation_key)
    second = vocabulary.activity_iri("lesson", journey["lessons"][1].translation_key)
    assert languages == {first: "da", second: settings.LANGUAGE_CODE}


def test_definitions_carry_every_language_of_the_content(journey):
    [registered] = _of("module.enrolled")
    definition = registered["object"]["definition"]
    assert definition["name"] == {"da": "Psykisk vold", "en": "Psychological violence"}
    assert set(definition["description"]) == {"da", "en"}
    for statement in _of("lesson.viewed"):
        assert set(statement["object"]["definition"]["name"]) == {"da", "en"}


def test_timestamps_are_when_it_happened(journey):
    enrolment = journey["enrolment"]
    [registered] = _of("module.enrolled")
    assert registered["timestamp"] == enrolment.enrolled_at.isoformat()
    [done] = _of("module.completed")
    assert done["timestamp"] == enrolment.completed_at.isoformat()
    completions = {str(p.lesson_key): p.completed_at.isoformat() for p in enrolment.lessons.all()}
    for statement in _verb(_of("lesson.completed"), "completed"):
        key = statement["object"]["id"].rsplit("/", 1)[-1]
        assert statement["timestamp"] == completions[key]
    [attempted, _second] = sorted(_of("assessment.started"), key=lambda s: s["timestamp"])
    assert attempted["timestamp"] == journey["failed"].started_at.isoformat()


def test_calibration_results_carry_the_agreement_figures(journey):
    attempt = journey["rated"]
    [passed] = _of("calibration.passed")
    assert passed["verb"]["id"] == V["passed"]["id"]
    assert passed["object"]["id"] == vocabulary.activity_iri(
        "calibration", journey["exercise"].translation_key
    )
    extensions = passed["result"]["extensions"]
    assert (
        extensions[vocabulary.extension_iri("agreement-within-one")]
        == (attempt.result["mean_within_one"])
    )
    assert extensions[vocabulary.extension_iri("agreement-exact")] == attempt.result["mean_exact"]
    assert extensions[vocabulary.extension_iri("cases-rated")] == len(calibration.CASES)
    assert passed["result"]["score"]["scaled"] == round(attempt.result["mean_within_one"], 4)
    assert passed["result"]["success"] is True
    assert passed["timestamp"] == attempt.submitted_at.isoformat()
    assert set(passed["object"]["definition"]["name"]) == {"en", "da"}


def test_voiding_an_attempt_voids_each_of_its_statements_and_only_those(journey):
    failed, passed = journey["failed"], journey["passed"]
    voiding = _of("attempt.voided")
    of_failed = Statement.objects.filter(
        event__object_key=f"attempt:{failed.pk}",
        event__kind__in=["assessment.started", "assessment.failed"],
    )
    assert len(voiding) == of_failed.count() == 6  # attempted, four answers, failed
    assert {s["object"]["id"] for s in voiding} == {
        str(pk) for pk in of_failed.values_list("id", flat=True)
    }
    assert all(s["object"]["objectType"] == "StatementRef" for s in voiding)
    assert all(of_failed.values_list("voided", flat=True))
    of_passed = Statement.objects.filter(event__object_key=f"attempt:{passed.pk}")
    assert not any(of_passed.values_list("voided", flat=True))
    assert Attempt.objects.get(pk=failed.pk).status == "voided"


def test_draining_again_or_replaying_every_delivery_stores_nothing_new(journey):
    before = {str(row.id): row.data for row in Statement.objects.all()}

    assert outbox_drain() == 0
    Delivery.objects.filter(consumer="xapi").update(state=Delivery.State.PENDING)
    replayed = deliveries_replay(consumer="xapi", dead_only=False)
    outbox_drain()

    assert replayed == Event.objects.filter(deliveries__consumer="xapi").count()
    assert {str(row.id): row.data for row in Statement.objects.all()} == before
    assert not Delivery.objects.filter(consumer="xapi").exclude(state="delivered").exists()


def test_rebuilding_gives_the_same_ids_and_content(journey):
    for event in Event.objects.filter(deliveries__consumer="xapi"):
        rebuilt = statements_for(event)
        stored = {str(row.id): row.data for row in Statement.objects.filter(event=event)}
        assert [s["id"] for s in rebuilt] and set(stored) == {s["id"] for s in rebuilt}
        for statement in rebuilt:
            kept = {k: v for k, v in stored[statement["id"]].items() if k in statement}
            assert kept == statement_validate(statement)


def test_a_submission_is_built_in_the_same_queries_however_many_questions(course, tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    learner = factories.person(units=[tree["daycare"]])
    enrolment_create(person=learner, module_key=course["module"].translation_key)
    counts = []
    bank = course["exam"].banks.get()
    for n in (4, 10):
        while bank.questions.filter(locale__language_code="en").count() < n:
            builders.question(bank, f"extra-{bank.questions.count()}")
        attempt = exams.attempt_start(person=learner, assessment=course["exam"])
        exams.attempt_submit(attempt=attempt, responses=builders.wrong_answers(attempt))
        event = Event.objects.get(kind="assessment.failed", payload__attempt=attempt.pk)
        with CaptureQueriesContext(connection) as queries:
            built = statements_for(event)
        assert len(built) == n + 1
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_a_replay_after_the_content_was_renamed_keeps_what_was_stored(journey):
    module = journey["module"]
    before = {str(row.id): row.data for row in Statement.objects.all()}
    module.title = "Renamed since"
    pages.publish(module)  # drains the outbox too (tests run the relay on commit)

    Delivery.objects.filter(consumer="xapi").update(state=Delivery.State.PENDING)
    deliveries_replay(consumer="xapi", dead_only=False)
    outbox_drain()

    assert {str(row.id): row.data for row in Statement.objects.all()} == before
    assert not Delivery.objects.filter(consumer="xapi").exclude(state="delivered").exists()


def test_an_attempt_start_is_recorded_once_and_a_refused_one_not_at_all(tree):
    learner = factories.person(units=[tree["daycare"]])
    bank = builders.bank()
    builders.question(bank, "only")
    exam = builders.exam(bank, max_attempts=1)

    first = exams.attempt_start(person=learner, assessment=exam)
    again = exams.attempt_start(person=learner, assessment=exam)
    exams.attempt_submit(attempt=first, responses=builders.wrong_answers(first))
    with pytest.raises(exams.AttemptRefused):
        exams.attempt_start(person=learner, assessment=exam)

    assert again.pk == first.pk
    started = Event.objects.filter(kind="assessment.started")
    assert [e.payload["attempt"] for e in started] == [first.pk]
    assert started.get().payload["started_at"] == first.started_at.isoformat()

"""The helpers every app's views share: ``person_required`` (with ``request_person``) and
``safe_next``, on their own and in the views that use them."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpResponse
from django.test import RequestFactory
from django.urls import resolve, reverse
from django.views.decorators.http import require_GET

from learning.auth.permissions import authenticated, person_required
from learning.security import safe_next
from learning.selectors import request_person
from tests import factories
from tests.assessments import builders
from tests.modules import pages

OFF_SITE = ["//evil.example", "https://evil.example", "/\\evil", "javascript:alert(1)", ""]


# --- safe_next -------------------------------------------------------------------------------
@pytest.mark.parametrize("target", ["/", "/da/learn/lessons/x/", "/?q=1#part"])
def test_safe_next_keeps_a_path_on_this_site(rf, target):
    assert safe_next(rf.post("/", {"next": target})) == target


def test_safe_next_keeps_an_absolute_url_to_this_host(rf):
    assert safe_next(rf.post("/", {"next": "http://testserver/team/"})) == "http://testserver/team/"


@pytest.mark.parametrize("target", OFF_SITE)
def test_safe_next_refuses_anything_that_leaves_the_site(rf, target):
    assert safe_next(rf.post("/", {"next": target})) == "/"
    assert safe_next(rf.post("/", {"next": target}), default="/fallback/") == "/fallback/"


def test_safe_next_reads_a_gets_query_string_and_defaults_without_next(rf):
    assert safe_next(rf.get("/", {"next": "/team/"})) == "/team/"
    assert safe_next(rf.get("/", {"next": "//evil.example"})) == "/"
    assert safe_next(rf.post("/"), default="") == ""


# --- person_required -------------------------------------------------------------------------
def _view(request, person, key):
    return HttpResponse(f"{person.pk}:{key}")


def test_request_person_is_the_users_person_or_none(rf, tree):
    person = factories.person(units=[tree["daycare"]])
    without = factories.UserFactory()
    request = rf.get("/")

    request.user = person.user
    assert request_person(request) == person
    request.user = without
    assert request_person(request) is None
    request.user = AnonymousUser()
    assert request_person(request) is None
    assert request_person(RequestFactory().get("/")) is None  # no user at all


def test_person_required_hands_the_view_the_signed_in_person(rf, tree):
    person = factories.person(units=[tree["daycare"]])
    request = rf.get("/")
    request.user = person.user

    response = person_required(_view)(request, key="k")

    assert response.content.decode() == f"{person.pk}:k"


def test_person_required_answers_404_to_an_account_without_a_person(rf, db):
    request = rf.get("/")
    request.user = factories.UserFactory()

    with pytest.raises(Http404):
        person_required(_view)(request, key="k")


def test_the_declared_rule_stays_outermost_and_sends_visitors_to_log_in(rf, db):
    view = authenticated(require_GET(person_required(_view)))
    request = rf.get("/somewhere/")
    request.user = AnonymousUser()

    response = view(request, key="k")

    assert view.permission == "authenticated"
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


PERSON_PAGES = [
    ("assessment_overview", ["final"], "get"),
    ("attempt_start", ["final"], "post"),
    ("attempt_take", [1], "get"),
    ("attempt_answer", [1], "post"),
    ("attempt_submit", [1], "post"),
    ("attempt_result", [1], "get"),
    ("knowledge_check_submit", ["final"], "post"),
    ("calibration_overview", ["x"], "get"),
    ("calibration_start", ["x"], "post"),
    ("calibration_case", ["x", 1], "get"),
    ("calibration_submit", ["x"], "post"),
    ("calibration_result", ["x"], "get"),
    ("module_enrol", ["6f1c7c1e-0000-4000-8000-000000000000"], "post"),
    ("lesson_complete", ["6f1c7c1e-0000-4000-8000-000000000000"], "post"),
    ("lesson_time", ["6f1c7c1e-0000-4000-8000-000000000000"], "post"),
]


@pytest.mark.parametrize(("name", "args", "method"), PERSON_PAGES)
def test_pages_for_a_person_keep_their_rule_and_404_for_an_account_without_one(
    client, db, name, args, method
):
    url = reverse(name, args=args)
    assert resolve(url).func.permission == "authenticated"
    assert getattr(client, method)(url).status_code == 302  # a visitor: the login page

    client.force_login(factories.UserFactory())

    assert getattr(client, method)(url).status_code == 404


@pytest.mark.parametrize("name", ["attempt_start", "calibration_submit", "module_enrol"])
def test_the_method_check_still_comes_before_the_person(client, db, name):
    key = "6f1c7c1e-0000-4000-8000-000000000000" if name == "module_enrol" else "x"
    client.force_login(factories.UserFactory())

    assert client.get(reverse(name, args=[key])).status_code == 405


# --- The views that redirect to ``next`` ------------------------------------------------------
@pytest.fixture
def learner(client, tree):
    person = factories.person(units=[tree["daycare"]])
    client.force_login(person.user)
    return person


@pytest.mark.parametrize("target", OFF_SITE[:3])
def test_the_language_switch_never_redirects_off_the_site(client, learner, target):
    response = client.post(reverse("language_set"), {"language": "da", "next": target})

    assert response.status_code == 302
    assert response["Location"] == "/"


@pytest.mark.parametrize("target", OFF_SITE[:3])
def test_completing_a_lesson_never_redirects_off_the_site(client, learner, target):
    module = pages.module(pages.catalogue(), "Module", lessons=2)
    lesson = module.lessons().first()
    client.post(reverse("module_enrol", args=[module.translation_key]))
    client.get(lesson.url)

    response = client.post(
        reverse("lesson_complete", args=[lesson.translation_key]), {"next": target}
    )

    assert response.status_code == 302
    assert response["Location"] == module.url


@pytest.mark.parametrize("target", OFF_SITE[:3])
def test_a_knowledge_check_never_redirects_off_the_site(client, learner, target):
    bank = builders.bank()
    builders.question(bank, "kc-1")
    check = builders.exam(bank, key="check-1", kind="knowledge_check")

    response = client.post(reverse("knowledge_check_submit", args=[check.key]), {"next": target})

    assert response.status_code == 302
    assert response["Location"] == "/#check-check-1"

"""Defects seen in the browser (issue 8 §6), each through the page a person sees."""

import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from assessments.models import Attempt
from modules.models import ContentPage
from tests import factories
from tests.assessments import builders
from tests.modules import pages

PASSWORD = "correct horse battery"


@pytest.fixture
def learner(client, tree):
    person = factories.person(units=[tree["daycare"]])
    person.preferred_language = "en"
    person.save(update_fields=["preferred_language"])
    client.force_login(person.user)
    return person


@pytest.fixture
def exam(db):
    bank = builders.bank()
    many = builders.question(
        bank, "many", qtype="multiple", options=(("a", True), ("b", True), ("c", False))
    )
    many.prompt = "Which of these apply? Choose all that apply."
    many.save()
    builders.question(bank, "one")
    return builders.exam(bank, key="defects-exam", max_attempts=3, cooldown_minutes=30)


def translated_catalogue():
    """The English catalogue with a live translation in da, nb and sv."""
    from modules.demo import _translate

    catalogue = pages.catalogue()
    with pages.committed():
        for code in ("da", "nb", "sv"):
            _translate(catalogue, code, title=f"Catalogue {code}")
    return catalogue


def start(client):
    response = client.post(reverse("attempt_start", args=["defects-exam"]))
    return Attempt.objects.get(pk=response["Location"].rstrip("/").split("/")[-1])


def render(source: str, language: str = "en", **context) -> str:
    with translation.override(language):
        return Template("{% load formatting %}" + source).render(Context(context))


# --- Question options -----------------------------------------------------------------------


def test_choose_all_that_apply_is_said_once_when_the_prompt_says_it(client, learner, exam):
    attempt = start(client)

    html = client.get(reverse("attempt_take", args=[attempt.pk])).content.decode()

    assert html.count("Choose all that apply.") == 1


def test_a_multiple_choice_prompt_without_the_hint_gets_it(client, learner, exam):
    from assessments.models import Question

    Question.objects.filter(key="many").update(prompt="Which of these apply?")
    attempt = start(client)

    html = client.get(reverse("attempt_take", args=[attempt.pk])).content.decode()

    assert html.count("Choose all that apply.") == 1


# --- Percentages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "language", "shown"),
    [
        (Decimal("88.89"), "en", "88.9%"),  # 32 of 36, rounded, not truncated to 88.8
        (Decimal("88.89"), "da", "88,9\u00a0%"),
        (Decimal("0.00"), "en", "0%"),
        (Decimal("80.00"), "sv", "80\u00a0%"),
        (Decimal("66.67"), "nb", "66,7\u00a0%"),
        (88.88888, "en", "88.9%"),
        (Decimal("99.95"), "en", "100%"),
        (None, "en", ""),
    ],
)
def test_percent_rounds_half_up_drops_zero_decimals_and_follows_the_language(
    value, language, shown
):
    assert render("{{ v|percent }}", language, v=value) == shown


def test_the_result_page_shows_a_failed_score_as_0_percent(client, learner, exam):
    attempt = start(client)
    client.post(reverse("attempt_submit", args=[attempt.pk]), {})

    html = client.get(reverse("attempt_result", args=[attempt.pk])).content.decode()

    assert "Your score: 0%." in html
    assert "0.00" not in html


def test_the_overview_shows_32_of_36_as_88_9_percent(client, learner, exam):
    attempt = start(client)
    client.post(reverse("attempt_submit", args=[attempt.pk]), {})
    Attempt.objects.filter(pk=attempt.pk).update(score=Decimal("88.89"))

    html = client.get(reverse("assessment_overview", args=["defects-exam"])).content.decode()

    assert "88.9%" in html
    assert "88.89" not in html and "88.8%" not in html


# --- Times inside sentences -----------------------------------------------------------------


def test_a_time_at_the_end_of_a_sentence_gets_one_full_stop(client, learner, exam):
    attempt = start(client)
    client.post(reverse("attempt_submit", args=[attempt.pk]), {})
    # The cool-down ends at 22:38 Copenhagen time: "10:38 p.m." in Django's English.
    Attempt.objects.filter(pk=attempt.pk).update(
        submitted_at=datetime(2099, 6, 1, 20, 8, tzinfo=UTC)
    )

    html = client.get(reverse("assessment_overview", args=["defects-exam"])).content.decode()

    sentence = re.search(r"You can try again from [^<]*", html).group(0)
    assert sentence == "You can try again from June 1, 2099, 22:38."
    assert ".." not in sentence


# --- "My learning" keeps the language -------------------------------------------------------


def test_my_learning_from_a_danish_page_stays_danish(client, learner, exam):
    html = client.get("/da/assess/defects-exam/").content.decode()
    link = re.search(r'<a href="([^"]+)">Min læring</a>', html).group(1).replace("&amp;", "&")

    response = client.get(link)

    assert response.status_code == 200
    assert "<h1>Min læring</h1>" in response.content.decode()
    # Without the language in the link, the saved preference (English) still wins.
    assert "<h1>My learning</h1>" in client.get(reverse("start")).content.decode()


# --- Login and lockout ----------------------------------------------------------------------


def test_a_failed_login_names_the_field_people_filled_in(client, tree):
    factories.person(username="DC-3001", units=[tree["daycare"]], password=PASSWORD)

    html = client.post(reverse("login"), {"username": "DC-3001", "password": "x"}).content
    html = html.decode()

    assert "That email or employee number and password do not match an account." in html
    assert "username" not in re.sub(r"<[^>]+>", " ", html).replace('autocomplete="username"', "")


def test_the_lockout_message_says_how_long(client, tree, settings):
    factories.person(username="DC-3002", units=[tree["daycare"]], password=PASSWORD)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "DC-3002", "password": "guess"})

    response = client.post(reverse("login"), {"username": "DC-3002", "password": PASSWORD})

    minutes = round(settings.AXES_COOLOFF_TIME * 60)
    assert response.status_code == 429
    assert f"this account is locked for {minutes} minutes" in response.content.decode()


def test_minutes_rounds_a_duration_up():
    assert render("{{ d|minutes }}", d=timedelta(minutes=15)) == "15"
    assert render("{{ d|minutes }}", d=timedelta(seconds=61)) == "2"


# --- The site's own 404 page ----------------------------------------------------------------


@pytest.mark.parametrize("debug", [True, False])
def test_an_untranslated_page_under_sv_shows_the_sites_404(client, learner, settings, debug):
    catalogue = translated_catalogue()
    module = pages.module(catalogue, "Only in English", lessons=1)
    settings.DEBUG = debug

    response = client.get(module.url.replace("/en/", "/sv/", 1))

    html = response.content.decode()
    assert response.status_code == 404
    assert "<h1>Sidan hittades inte</h1>" in html
    assert 'class="site-header"' in html
    assert "URLconf" not in html and "Raised by" not in html


# --- The accessibility statement ------------------------------------------------------------

STATEMENT = {
    "en": ["Known limitations", "Date of this statement", "1 December 2026",
           "tilgaengelighed@fjordby.example", "Enforcement procedure", "Digitaliseringsstyrelsen",
           "example statement"],
    "da": ["Kendte begrænsninger", "Erklæringens dato", "1. december 2026",
           "tilgaengelighed@fjordby.example", "Håndhævelsesprocedure",
           "Digitaliseringsstyrelsen", "eksempelerklæring"],
    "nb": ["Kjente begrensninger", "Dato for erklæringen", "1. desember 2026",
           "tilgaengelighed@fjordby.example", "Håndhevingsprosedyre",
           "Tilsynet for universell utforming av IKT", "Digitaliseringsdirektoratet",
           "eksempelerklæring"],
    "sv": ["Kända brister", "Redogörelsens datum", "1 december 2026",
           "tilgaengelighed@fjordby.example", "Tillsyn",
           "Myndigheten för digital förvaltning (Digg)", "exempelredogörelse"],
}  # fmt: skip


def test_the_accessibility_statement_has_every_section_in_every_language(client, learner):
    from modules.demo import _statement

    with pages.committed():
        _statement(translated_catalogue())

    for language, needed in STATEMENT.items():
        page = ContentPage.objects.live().get(slug="accessibility", locale__language_code=language)
        html = client.get(page.url).content.decode()
        missing = [text for text in needed if text not in html]
        assert missing == [], language


def superuser(username):
    from learning.models import User

    return User.objects.create_superuser(username=username, email=f"{username}@example.org")


# --- Wagtail admin --------------------------------------------------------------------------


def test_the_admin_shows_times_in_the_local_time_zone(client, tree, exam):
    person = factories.person(units=[tree["daycare"]])
    attempt = Attempt.objects.create(
        person=person, assessment=exam, number=1, status=Attempt.Status.SUBMITTED,
        started_at=datetime(2026, 6, 1, 11, 30, tzinfo=UTC),
        submitted_at=datetime(2026, 6, 1, 12, 0, tzinfo=UTC), score=Decimal("50.00"),
    )  # fmt: skip
    client.force_login(superuser("root"))

    html = client.get(reverse("attempts:inspect", args=[attempt.pk])).content.decode()

    assert "June 1, 2026, 14:00" in html  # 12:00 UTC is 14:00 in Copenhagen in summer


def test_the_explorer_lists_lessons_in_course_order(client, db):
    catalogue = pages.catalogue()
    module = pages.module(catalogue, "Ordered", lessons=3)
    first = module.get_children().first()
    pages.publish(first.specific)  # the newest edit is the first lesson
    client.force_login(superuser("editor"))

    html = client.get(reverse("wagtailadmin_explore", args=[module.pk])).content.decode()

    titles = list(dict.fromkeys(re.findall(r"Ordered lesson \d", html)))
    assert titles == ["Ordered lesson 1", "Ordered lesson 2", "Ordered lesson 3"]


@pytest.mark.parametrize(
    ("rate", "threshold", "shown"),
    [
        (32 / 36, None, 88.9),  # rounded half up, no longer truncated to 88.8
        (32 / 36, 0.8, 88.9),
        (0.7996, None, 80.0),
        (0.7996, 0.8, 79.9),  # missed the 80 % bar: never shown as reaching it
        (0.8, 0.8, 80.0),
        (0.0, 0.5, 0.0),
    ],
)
def test_calibration_rates_round_half_up_but_never_up_to_a_missed_bar(rate, threshold, shown):
    from assessments.calibration.results import _percent

    assert _percent(rate, threshold) == shown

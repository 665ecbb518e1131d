"""Four interface languages; content in the learner's language, falling back to the default;
the learner's choice remembered."""

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Locale

from tests import factories
from tests.modules import pages


@pytest.fixture
def course(db):
    catalogue = pages.catalogue()
    for code in ("da", "nb", "sv"):
        Locale.objects.get_or_create(language_code=code)
    da_catalogue = catalogue.copy_for_translation(Locale.objects.get(language_code="da"))
    da_catalogue.title = "Kursuskatalog"
    pages.publish(da_catalogue)
    module = pages.module(catalogue, "Psychological violence", lessons=1)
    danish = module.copy_for_translation(Locale.objects.get(language_code="da"))
    danish.title = "Psykisk vold"
    pages.publish(danish)
    return {
        "catalogue": catalogue,
        "module": module,
        "danish": danish,
        "untranslated": pages.module(catalogue, "Only in English", lessons=1),
    }


@pytest.fixture
def learner(client, tree):
    person = factories.person(units=[tree["daycare"]])
    client.force_login(person.user)
    return person


def choose(client, language, following="/"):
    return client.post(reverse("language_set"), {"language": language, "next": following})


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("da", "Min læring"),
        ("nb", "Min læring"),
        ("sv", "Mitt lärande"),
        ("en", "My learning"),
    ],
)
def test_the_interface_in_each_language(client, learner, code, text):
    choose(client, code)

    page = client.get("/").content.decode()

    assert f'<html lang="{code}">' in page
    assert text in page


def test_the_choice_is_remembered_on_the_person_across_sessions(client, learner):
    choose(client, "sv")
    client.logout()
    client.cookies.clear()  # another browser

    client.force_login(learner.user)
    page = client.get("/").content.decode()

    learner.refresh_from_db()
    assert learner.preferred_language == "sv"
    assert '<html lang="sv">' in page


def test_danish_catalogue_shows_danish_content_and_falls_back_to_english(client, learner, course):
    choose(client, "da")

    page = client.get("/da/").content.decode()

    assert "Psykisk vold" in page  # translated
    assert "Only in English" in page  # not translated: the default language's page
    assert 'href="/en/only-in-english/"' in page
    assert ">Psychological violence</a>" not in page  # the English title of a translated one


def test_progress_is_shared_between_languages(client, learner, course):
    client.post(reverse("module_enrol", args=[course["module"].translation_key]))

    danish_overview = client.get(course["danish"].url).content.decode()

    assert "Tilmeld dig og start" not in danish_overview  # already enrolled, in English
    assert "0 af 1 lektioner" in danish_overview


def test_switching_language_on_a_page_goes_to_its_translation(client, learner, course):
    english = client.get(course["module"].url).content.decode()

    assert f'value="{course["danish"].url}"' in english


def test_an_unknown_language_is_refused(client, learner):
    response = choose(client, "xx")

    assert response.status_code == 400
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_the_switcher_will_not_redirect_to_another_site(client, learner):
    response = choose(client, "da", following="https://evil.example/phish")

    assert response["Location"] == "/"

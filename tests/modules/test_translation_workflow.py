"""Content translation in Wagtail (wagtail-localize): an editor submits a module for
translation; learners keep the default language until the translation is published."""

import pytest
from wagtail.models import Locale

from modules.models import LessonPage, ModulePage
from tests import factories
from tests.modules import pages


@pytest.fixture
def setup(client, tree):
    catalogue = pages.catalogue()
    norwegian = Locale.objects.create(language_code="nb")
    nb_catalogue = catalogue.copy_for_translation(norwegian)
    pages.publish(nb_catalogue)
    module = pages.module(catalogue, "Psychological violence", lessons=2)
    editor = factories.person(roles=["content_editor"], sector="other")
    return {"module": module, "locale": norwegian, "editor": editor}


def test_editor_submits_a_module_with_its_lessons_for_translation(client, setup):
    client.force_login(setup["editor"].user)

    response = client.post(
        f"/cms/localize/submit/page/{setup['module'].pk}/",
        {"locales": [setup["locale"].pk], "include_subtree": "on"},
    )

    assert response.status_code == 302
    translated = ModulePage.objects.get(locale=setup["locale"])
    assert translated.translation_key == setup["module"].translation_key
    assert LessonPage.objects.filter(locale=setup["locale"]).count() == 2
    assert not translated.live  # a draft until the translator publishes it


def test_learners_see_the_translation_only_once_it_is_published(client, setup, tree):
    client.force_login(setup["editor"].user)
    client.post(
        f"/cms/localize/submit/page/{setup['module'].pk}/",
        {"locales": [setup["locale"].pk], "include_subtree": "on"},
    )
    translated = ModulePage.objects.get(locale=setup["locale"])
    learner = factories.person(units=[tree["daycare"]])
    client.force_login(learner.user)

    before = client.get("/nb/").content.decode()
    translated.title = "Psykisk vold"
    pages.publish(translated)
    after = client.get("/nb/").content.decode()

    assert 'href="/en/psychological-violence/"' in before
    assert "Psykisk vold" in after
    assert f'href="{translated.url}"' in after


def test_a_learner_cannot_submit_translations(client, setup, tree):
    learner = factories.person(units=[tree["daycare"]])
    client.force_login(learner.user)

    client.post(
        f"/cms/localize/submit/page/{setup['module'].pk}/", {"locales": [setup["locale"].pk]}
    )

    assert not ModulePage.objects.filter(locale=setup["locale"]).exists()

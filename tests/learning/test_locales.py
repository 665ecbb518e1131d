"""The default-language row and the reader's-language row of translatable objects
(``learning.locales``), the one helper every app uses."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from learning import locales
from tests.assessments import builders


@pytest.fixture
def danish(db):
    return Locale.objects.get_or_create(language_code="da")[0]


def translate(obj, locale, **texts):
    translated = obj.copy_for_translation(locale)
    for field, value in texts.items():
        setattr(translated, field, value)
    translated.save()
    return translated


def test_the_default_language_row_of_a_translation_is_the_source(danish):
    exam = builders.exam(builders.bank())
    danish_exam = translate(exam, danish, title="Eksamen")

    assert locales.in_default_language(danish_exam) == exam
    assert locales.in_default_language(exam) is exam


def test_an_object_only_in_another_language_is_its_own_default_row(danish):
    bank = builders.bank()
    bank.locale = danish
    bank.save()

    assert locales.in_default_language(bank) is bank


def test_default_rows_of_a_list_by_pk_in_one_query(danish, django_assert_num_queries):
    bank = builders.bank()
    first, second = builders.question(bank, "q1"), builders.question(bank, "q2")
    danish_first = translate(first, danish, prompt="Spørgsmål 1?")
    locales.default_locale()  # outside a request every call asks; read it before counting

    with django_assert_num_queries(2):  # the default locale, then the rows
        found = locales.in_default_language_many([danish_first, second])

    assert found == {danish_first.pk: first, second.pk: second}


def test_default_rows_of_rows_already_in_the_default_language_need_no_query(
    db, django_assert_num_queries
):
    bank = builders.bank()
    question = builders.question(bank, "q1")
    default = locales.default_locale()

    with django_assert_num_queries(1):  # only the locale (no request keeps it)
        found = locales.in_default_language_many([question])

    assert found == {question.pk: question}
    assert default is not None


def test_localized_many_reads_translations_with_what_is_asked_to_prefetch(
    danish, django_assert_num_queries
):
    bank = builders.bank()
    questions = [builders.question(bank, f"q{n}") for n in (1, 2)]
    for n, question in enumerate(questions, start=1):
        translate(question, danish, prompt=f"Spørgsmål {n}?")

    with django_assert_num_queries(2):  # the translations, then their options
        shown = locales.localized_many(questions, danish, prefetch=("options",))
        texts = [[o.key for o in q.options.all()] for q in shown]

    assert [q.prompt for q in shown] == ["Spørgsmål 1?", "Spørgsmål 2?"]
    assert texts == [["a", "b", "c"], ["a", "b", "c"]]


def test_localized_follows_the_active_language_and_keeps_untranslated_objects(danish):
    bank = builders.bank()
    question, untranslated = builders.question(bank, "q1"), builders.question(bank, "q2")
    translate(question, danish, prompt="Spørgsmål 1?")

    with translation.override("da"):
        assert locales.localized(question).prompt == "Spørgsmål 1?"
        assert locales.localized(untranslated) is untranslated
    with translation.override("en"):
        assert locales.localized(question) is question

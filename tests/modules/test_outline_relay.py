"""The outline rebuild runs from the outbox: publishing or unpublishing with the broker
unreachable answers normally, and the outline is right once the relay drains (as the beat
sweep does when the broker is back)."""

import time

import pytest
from django.urls import reverse

from config.celery import app
from learning.models import CourseModule, Delivery
from learning.tasks import outbox_drain
from tests import factories
from tests.modules import pages


@pytest.fixture
def broker_down(monkeypatch):
    """Tasks go through the broker, and the broker is a closed port."""
    url = app.conf.broker_url
    app.conf.task_always_eager = False
    app.conf.broker_url = "redis://127.0.0.1:9/0"
    monkeypatch.setattr(app, "_pool", None)
    monkeypatch.setattr(app.amqp, "_producer_pool", None)
    yield
    app.conf.task_always_eager = True
    app.conf.broker_url = url


def sweep():
    """The task beat sends every 30 s, run here as a worker runs it."""
    outbox_drain.apply()


@pytest.fixture
def course(db):
    return pages.module(pages.catalogue(), "Neglect", lessons=2)


def test_unpublishing_with_the_broker_down_answers_and_the_sweep_fixes_the_outline(
    client, course, broker_down
):
    editor = factories.UserFactory(is_superuser=True, is_staff=True)
    client.force_login(editor)
    lesson = course.lessons().last()

    started = time.monotonic()
    with pages.committed():
        response = client.post(reverse("wagtailadmin_pages:unpublish", args=[lesson.pk]))

    assert response.status_code == 302  # no 500: the broker error is logged, not raised
    assert time.monotonic() - started < 15
    outline = CourseModule.objects.get(key=course.translation_key)
    keys = set(outline.lessons.filter(is_active=True).values_list("key", flat=True))
    assert lesson.translation_key in keys  # not rebuilt yet: the relay could not be reached
    assert Delivery.objects.filter(consumer="outline", state="pending").exists()

    sweep()

    keys = set(outline.lessons.filter(is_active=True).values_list("key", flat=True))
    assert lesson.translation_key not in keys
    assert not Delivery.objects.exclude(state="delivered").exists()


def test_publishing_a_new_module_with_the_broker_down_is_live_after_the_sweep(course, broker_down):
    new = pages.module(pages.catalogue(), "Self-harm", lessons=1)

    assert not CourseModule.objects.filter(key=new.translation_key, is_live=True).exists()
    sweep()

    outline = CourseModule.objects.get(key=new.translation_key)
    assert outline.is_live
    assert outline.lessons.count() == 1

"""The outline rebuild with the real moving parts: a ``celery -A config worker`` process
and a Redis of the test's own as broker. Publishing with the broker down, and with the
worker killed (SIGKILL) in the middle of the rebuild, ends with the right published outline
once the broker and a worker are back and a sweep (what beat sends every 30 s) has run."""

import psycopg
import pytest
from django.db import connection

from learning.models import CourseModule, Delivery
from tests import lrs
from tests.modules import pages

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def page_tree():
    """What Wagtail's migrations create (locales, the root page, the default site), again
    when an earlier transactional test flushed the database."""
    from django.conf import settings
    from wagtail.models import Locale, Page, Site

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if not Page.objects.filter(depth=1).exists():
        locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE[:2])
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
        Site.objects.create(hostname="localhost", root_page=root, is_default_site=True)


@pytest.fixture
def redis_server(tmp_path):
    server = lrs.RedisServer(tmp_path)
    yield server
    server.stop()


@pytest.fixture
def web(redis_server):
    with lrs.sending_through(redis_server.url) as app:
        yield app


@pytest.fixture
def workers(redis_server, tmp_path):
    started = []
    env = lrs.worker_env(lrs.database_url(), redis_server.url)

    def start():
        started.append(lrs.worker_start(env, tmp_path / "worker.log"))
        return started[-1]

    yield start
    for process in started:
        lrs.worker_stop(process)


def active_lessons(module) -> set:
    outline = CourseModule.objects.filter(key=module.translation_key, is_live=True).first()
    if outline is None:
        return set()
    return set(outline.lessons.filter(is_active=True).values_list("key", flat=True))


def outline_delivered():
    return not Delivery.objects.filter(consumer="outline").exclude(state="delivered").exists()


def test_publishing_with_the_broker_down_is_right_once_it_is_back(web, workers, redis_server):
    catalogue = pages.catalogue()
    module = pages.module(catalogue, "Self-harm", lessons=2)  # the broker was never up
    gone, kept = list(module.lessons())
    gone.unpublish()

    assert active_lessons(module) == set()  # nothing rebuilt: the kicks could not be sent
    assert Delivery.objects.filter(consumer="outline", state="pending").exists()

    redis_server.start()
    workers()
    lrs.sweep(web)
    lrs.until(outline_delivered, 60, "the sweep rebuilding the outline")

    assert active_lessons(module) == {kept.translation_key}


def test_a_worker_killed_mid_rebuild_leaves_it_to_the_next_one(web, workers, redis_server):
    redis_server.start()
    catalogue = pages.catalogue()
    # The outline table is locked: the worker's rebuild blocks in the middle of its task.
    s = connection.settings_dict
    locker = psycopg.connect(
        host=s["HOST"],
        port=s["PORT"] or 5432,
        user=s["USER"],
        password=s["PASSWORD"] or None,
        dbname=s["NAME"],
        autocommit=False,
    )
    with locker.cursor() as cursor:
        cursor.execute("LOCK TABLE learning_coursemodule IN ACCESS EXCLUSIVE MODE")
    module = pages.module(catalogue, "Neglect", lessons=2)  # kicks the relay through Redis
    first = workers()

    def rebuild_blocked():
        # Not on the locker: in its transaction pg_stat_activity is a frozen snapshot.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND datname = current_database() AND pid <> pg_backend_pid()"
            )
            return cursor.fetchone()[0] > 0

    lrs.until(rebuild_blocked, 60, "the worker starting the rebuild")
    lrs.worker_kill(first)
    locker.rollback()
    locker.close()

    assert active_lessons(module) == set()
    assert Delivery.objects.filter(consumer="outline", state="pending").exists()

    workers()
    lrs.sweep(web)  # the killed worker's message waits for the visibility timeout
    lrs.until(outline_delivered, 60, "a new worker rebuilding the outline")

    assert active_lessons(module) == {lesson.translation_key for lesson in module.lessons()}

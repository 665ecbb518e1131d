"""Reminders as the people who get them notice: one mail when the work is due soon, in
their language; overdue mails on the right days and never more than the maximum; no mail
about optional training once muted; certificates expiring and recertification opening;
a weekly digest to managers about their own units only. Travelling in time, with both
sweeps and the outbox run as beat and the worker would."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from certificates import services as certificate_services
from certificates.tasks import certificates_announce_task
from learning.models import Delivery, Sector
from learning.services import person_offboard, person_update
from modules.compliance import reminders, selectors, services
from modules.compliance.models import ReminderSent
from modules.compliance.tasks import (
    assignments_sweep_task,
    reminders_digest_task,
    reminders_sweep_task,
)
from tests import factories
from tests.certificates import builders as certificate_builders
from tests.certificates.builders import module
from tests.compliance.builders import rule, settle

pytestmark = pytest.mark.django_db

ZONE = ZoneInfo("Europe/Copenhagen")
#: A Thursday, 09:00 local time: the day the tests start.
START = datetime(2027, 4, 1, 9, 0, tzinfo=ZONE)


@pytest.fixture
def clock():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


@pytest.fixture
def world(clock):
    daycare = factories.organisation("Fjordby/Daycare Solsikken", sector=Sector.DAYCARE)
    school = factories.organisation("Fjordby/Skole Nord", sector=Sector.SCHOOL)
    return {"daycare": daycare, "school": school, "m1": module("Module one")}


def sweep() -> None:
    """What beat and the worker do: phases move, reminders are recorded, mails go."""
    assignments_sweep_task.apply()
    reminders_sweep_task.apply()
    settle()


def on(clock, days: int) -> None:
    """Travel to ``days`` after START (same time of day) and sweep."""
    clock.move_to(START + timedelta(days=days))
    sweep()


def mails_to(person) -> list:
    return [m for m in mail.outbox if m.to == [person.user.email]]


def replay_reminder_deliveries() -> None:
    """A crashed worker's deliveries run again: every reminder delivery, delivered or not."""
    Delivery.objects.filter(consumer="reminders.email").update(
        state=Delivery.State.PENDING, next_attempt_at=timezone.now()
    )
    settle()


def learner(world, *, language: str = "", unit: str = "daycare", **fields):
    person = factories.person(sector=Sector.DAYCARE, units=[world[unit]], **fields)
    if language:
        person_update(person=person, preferred_language=language)
    settle()
    return person


# --- Due soon -------------------------------------------------------------------------------
def test_due_soon_mails_once_on_the_day_in_the_persons_language(world, clock):
    rule(world["m1"], sector=Sector.DAYCARE, due_days=20)  # due 21 April 2027
    dane = learner(world, language="da")
    english = learner(world, language="en")
    sweep()
    assert mail.outbox == []  # 20 days ahead: not due soon yet

    on(clock, 6)  # 7 April: 14 days before the due date
    (danish_mail,) = mails_to(dane)
    (english_mail,) = mails_to(english)
    assert english_mail.subject == "Due April 21, 2027: Module one"
    assert "Module one" in english_mail.body
    assert "http://" in english_mail.body and "/my/preferences/" in english_mail.body
    # The Danish mail is written with Danish active: the date is in Danish.
    assert "21. april 2027" in danish_mail.subject
    row = ReminderSent.objects.get(person=dane, kind=reminders.DUE_SOON)
    assert row.language == "da" and row.sent_at is not None

    # Both sweeps again, later the same day and the next, and a replayed delivery: nothing.
    sweep()
    on(clock, 7)
    replay_reminder_deliveries()
    assert len(mail.outbox) == 2
    assert ReminderSent.objects.filter(kind=reminders.DUE_SOON).count() == 2


def test_the_mail_names_the_module_by_its_title_in_the_persons_language(world, clock):
    from wagtail.models import Locale

    from learning.models import CourseModule
    from tests.modules import pages

    da, _created = Locale.objects.get_or_create(language_code="da")
    catalogue = pages.catalogue()
    pages.publish(catalogue.copy_for_translation(da))
    english = pages.module(catalogue, "Psychological violence", lessons=1)
    danish = english.copy_for_translation(da)
    danish.title = "Psykisk vold"
    pages.publish(danish)
    rule(CourseModule.objects.get(key=english.translation_key), sector=Sector.DAYCARE, due_days=5)
    dane, other = learner(world, language="da"), learner(world)
    sweep()
    (to_dane,) = mails_to(dane)
    (to_other,) = mails_to(other)
    assert "Psykisk vold" in to_dane.subject and "Psykisk vold" in to_dane.body
    assert danish.url != english.url
    assert "http://" in to_dane.body and danish.url in to_dane.body
    assert to_other.subject == "Due April 6, 2027: Psychological violence"
    assert english.url in to_other.body


def test_a_person_without_email_or_offboarded_gets_no_reminder(world, clock):
    rule(world["m1"], sector=Sector.DAYCARE, due_days=10)
    gone = learner(world)
    no_address = learner(world, email="")
    person_offboard(person=gone)
    settle()
    sweep()
    assert mail.outbox == []
    assert not ReminderSent.objects.filter(person__in=[gone, no_address]).exists()


# --- Overdue --------------------------------------------------------------------------------
def test_overdue_mails_the_day_after_the_due_date_then_weekly_at_most_three(world, clock):
    rule(world["m1"], sector=Sector.DAYCARE, due_days=20)  # due on day 20
    person = learner(world)

    def overdue_mails():
        return [m for m in mails_to(person) if m.subject.startswith("Overdue")]

    on(clock, 20)  # the due day itself: due soon, not overdue
    assert len(mails_to(person)) == 1 and overdue_mails() == []
    on(clock, 21)
    assert len(overdue_mails()) == 1
    assert "1 day ago" in overdue_mails()[0].body
    for day in (22, 25, 27):
        on(clock, day)
    assert len(overdue_mails()) == 1
    on(clock, 28)  # a week after the first
    assert len(overdue_mails()) == 2
    on(clock, 35)
    assert len(overdue_mails()) == 3
    for day in (42, 49, 100):
        on(clock, day)
    assert len(overdue_mails()) == 3  # REMINDER_OVERDUE_MAX
    assert list(
        ReminderSent.objects.filter(kind=reminders.OVERDUE)
        .order_by("occurrence")
        .values_list("occurrence", flat=True)
    ) == ["1:2027-04-21", "2:2027-04-21", "3:2027-04-21"]


def test_overdue_with_repeat_zero_mails_once_and_a_missed_week_sends_only_the_latest(
    world, clock, settings
):
    rule(world["m1"], sector=Sector.DAYCARE, due_days=20)
    person = learner(world)
    settings.REMINDER_OVERDUE_REPEAT_DAYS = 0
    for day in (21, 28, 60):
        on(clock, day)
    assert [m.subject.startswith("Overdue") for m in mails_to(person)] == [True]

    settings.REMINDER_OVERDUE_REPEAT_DAYS = 7
    settings.REMINDER_OVERDUE_MAX = 5
    other = learner(world)  # joins on day 60: due on day 80
    on(clock, 81)
    on(clock, 97)  # the sweeps of days 88 to 96 never ran: one mail, the 3rd, not two
    rows = ReminderSent.objects.filter(person=other, kind=reminders.OVERDUE)
    assert sorted(rows.values_list("occurrence", flat=True)) == ["1:2027-06-20", "3:2027-06-20"]


def test_a_new_due_date_arms_the_reminders_again(world, clock):
    rule(world["m1"], sector=Sector.DAYCARE, due_days=20)
    person = learner(world)
    manager = factories.person(manages=[world["daycare"]], sector=Sector.OTHER)
    on(clock, 21)
    assert [m.subject for m in mails_to(person)] == ["Overdue since April 21, 2027: Module one"]
    (assignment,) = selectors.assignments_of(person=person)
    services.assignment_extend(
        actor=manager.user,
        assignment_id=assignment.pk,
        due_on=timezone.localdate() + timedelta(days=9),  # 1 May
        reason="Was ill",
    )
    settle()
    on(clock, 22)
    assert len(mails_to(person)) == 2  # due soon again, for the new date
    assert mails_to(person)[-1].subject == "Due May 1, 2027: Module one"
    on(clock, 31)
    assert mails_to(person)[-1].subject == "Overdue since May 1, 2027: Module one"
    assert len(mails_to(person)) == 3


def test_completing_the_module_before_the_mail_goes_skips_it(world, clock):
    rule(world["m1"], sector=Sector.DAYCARE, due_days=20)
    person = learner(world)
    clock.move_to(START + timedelta(days=6))
    assignments_sweep_task.apply()
    reminders_sweep_task.apply()  # recorded, not yet delivered
    services.assignments_complete(
        person=person, item_kind="module", item_key=str(world["m1"].key), at=timezone.now()
    )
    settle()
    assert mails_to(person) == []
    row = ReminderSent.objects.get(person=person)
    assert row.skipped_reason == ReminderSent.Skipped.RESOLVED and row.sent_at is None


# --- Muting ---------------------------------------------------------------------------------
def test_muted_optional_reminders_are_not_sent_but_mandatory_ones_are(world, clock):
    rule(world["m1"], sector=Sector.DAYCARE, due_days=10)  # mandatory, due soon at once
    optional = module("Optional extra")
    manager = factories.person(manages=[world["daycare"]], units=[world["school"]])
    muted = learner(world)
    listening = learner(world)
    person_update(person=muted, optional_mail=False)
    for person in (muted, listening):
        services.assignment_assign(
            actor=manager.user,
            person=person,
            item_kind="module",
            item_key=str(optional.key),
            due_on=timezone.localdate() + timedelta(days=5),
            reason="Useful for the new routine",
            mandatory=False,
        )
    sweep()
    assert [m.subject for m in mails_to(muted)] == ["Due April 11, 2027: Module one"]
    assert sorted(m.subject for m in mails_to(listening)) == [
        "Due April 11, 2027: Module one",
        "Due April 6, 2027: Optional extra",
    ]
    skipped = ReminderSent.objects.get(person=muted, skipped_reason="muted")
    assert skipped.sent_at is None
    replay_reminder_deliveries()
    assert len(mails_to(muted)) == 1  # a replay does not send the skipped one


# --- Certificates ---------------------------------------------------------------------------
@pytest.fixture
def certified(world):
    """A learner holding an assessor certificate valid for 100 more days (recertification
    opens 14 days before expiry), the track mandatory for them."""
    track = certificate_builders.track("assessor", recert_window_days=14, title="Assessor")
    admin = factories.person(units=[world["school"]], roles=["certification_admin"]).user
    person = learner(world)
    rule(track=track, sector=Sector.DAYCARE, due_days=365)
    certificate = certificate_services.certificate_issue_manual(
        person=person,
        track=track,
        by=admin,
        reason="Certified by the region",
        valid_until=START + timedelta(days=100),
    )
    settle()
    mail.outbox.clear()
    return {"person": person, "certificate": certificate, "admin": admin, "track": track}


def test_certificate_expiring_at_60_and_30_days_then_recertification_open(certified, clock):
    person = certified["person"]
    sweep()
    on(clock, 39)
    assert mails_to(person) == []
    on(clock, 40)  # 60 days left
    (first,) = mails_to(person)
    assert first.subject == "Your certificate “Assessor” expires on July 10, 2027"
    assert "/my/certificates/" in first.body
    for day in (41, 55, 69):
        on(clock, day)
    assert len(mails_to(person)) == 1
    on(clock, 70)  # 30 days left
    assert len(mails_to(person)) == 2
    clock.move_to(START + timedelta(days=86))  # the recertification window opened
    certificates_announce_task.apply()  # beat: "expiring"; the track's next cycle opens
    settle()
    sweep()
    subjects = [m.subject for m in mails_to(person)]
    assert subjects[-1] == "You can now recertify: Assessor"
    # The new cycle of the assigned track is due at expiry: its "due soon" mail would say
    # the same again, so it is skipped while the certificate holds.
    assert ReminderSent.objects.get(kind=reminders.DUE_SOON).skipped_reason == "covered"
    for day in (87, 95, 99):
        on(clock, day)
    replay_reminder_deliveries()
    assert len(mails_to(person)) == 3
    assert sorted(ReminderSent.objects.filter(person=person).values_list("kind", "occurrence")) == [
        ("certificate_expiring", "30:2027-07-10"),
        ("certificate_expiring", "60:2027-07-10"),
        ("due_soon", "2:2027-07-10"),
        ("recertification_open", "2027-07-10"),
    ]


def test_an_extension_arms_the_certificate_reminders_again(certified, clock):
    person, certificate = certified["person"], certified["certificate"]
    on(clock, 40)
    assert len(mails_to(person)) == 1
    certificate_services.certificate_extend(
        certificate=certificate,
        by=certified["admin"],
        reason="Recertified on paper",
        valid_until=START + timedelta(days=200),
    )
    settle()
    on(clock, 41)
    assert len(mails_to(person)) == 1  # 159 days left: nothing yet
    on(clock, 140)
    assert len(mails_to(person)) == 2
    assert mails_to(person)[-1].subject.endswith("Oct. 18, 2027")


def test_certificate_reminders_follow_muting_unless_the_track_is_mandatory(world, clock):
    track = certificate_builders.track("basic", recert_window_days=0, title="Basic")
    admin = factories.person(units=[world["school"]], roles=["certification_admin"]).user
    rule(track=track, job_title="Assessor", due_days=365)  # mandatory for assessors only
    muted = learner(world)
    muted_assessor = learner(world, job_title="Assessor")
    for person in (muted, muted_assessor):
        person_update(person=person, optional_mail=False)
        certificate_services.certificate_issue_manual(
            person=person,
            track=track,
            by=admin,
            reason="Import",
            valid_until=START + timedelta(days=20),
        )
    settle()
    mail.outbox.clear()
    sweep()
    assert mails_to(muted) == []
    assert ReminderSent.objects.get(person=muted).skipped_reason == "muted"
    assert [m.subject for m in mails_to(muted_assessor)] == [
        "Your certificate “Basic” expires on April 21, 2027"
    ]


# --- The managers' digest -------------------------------------------------------------------
def test_weekly_digest_once_a_week_counts_only_the_managers_units(world, clock):
    rule(world["m1"], sector=Sector.DAYCARE, due_days=20)  # the learners, not the managers
    # Each manager is a member of the other's unit, with nothing to do there.
    manager = factories.person(
        manages=[world["daycare"]], units=[world["school"]], sector=Sector.OTHER
    )
    other_manager = factories.person(
        manages=[world["school"]], units=[world["daycare"]], sector=Sector.OTHER
    )
    idle_manager = factories.person(
        manages=[factories.organisation("Fjordby/Empty")], sector=Sector.OTHER
    )
    learner(world)  # daycare
    learner(world)  # daycare
    learner(world, unit="school")
    late = learner(world, unit="school")
    settle()
    clock.move_to(START + timedelta(days=4))  # Monday 5 April: 16 days before the due date
    late_rows = selectors.assignments_of(person=late)
    services.assignment_extend(
        actor=other_manager.user,
        assignment_id=late_rows.get().pk,
        due_on=timezone.localdate() + timedelta(days=60),
        reason="Long leave",
    )
    on(clock, 10)  # Sunday 11 April: the day's sweep makes them due soon
    mail.outbox.clear()
    clock.move_to(START + timedelta(days=11))  # Monday 12 April
    reminders_digest_task.apply()
    settle()
    (digest,) = mails_to(manager)
    assert digest.subject == "Your team this week: 0 overdue, 2 due soon"
    assert "Assignments due soon: 2" in digest.body
    assert "/manage/" in digest.body
    (other,) = mails_to(other_manager)
    # The school's two learners, one of them given 60 more days: not due soon.
    assert "Assignments due soon: 1" in other.body
    assert mails_to(idle_manager) == []
    idle_row = ReminderSent.objects.get(person=idle_manager, kind=reminders.DIGEST)
    assert idle_row.skipped_reason == "nothing"

    reminders_digest_task.apply()  # beat ran twice
    clock.move_to(START + timedelta(days=13))
    reminders_digest_task.apply()  # later the same week
    settle()
    replay_reminder_deliveries()
    assert len(mails_to(manager)) == 1

    on(clock, 18)  # the next Monday; the due day is 21 April, still due soon
    reminders_digest_task.apply()
    settle()
    assert len(mails_to(manager)) == 2
    assert ReminderSent.objects.get(person=manager, occurrence="2027-W15").sent_at


def test_digest_counts_certificates_expiring_within_30_days_in_scope_only(world, clock):
    track = certificate_builders.track("assessor", title="Assessor")
    admin = factories.person(units=[world["school"]], roles=["certification_admin"]).user
    manager = factories.person(manages=[world["daycare"]], sector=Sector.OTHER)
    inside, outside = learner(world), learner(world, unit="school")
    for person, days in ((inside, 20), (outside, 10)):
        certificate_services.certificate_issue_manual(
            person=person,
            track=track,
            by=admin,
            reason="Import",
            valid_until=START + timedelta(days=days),
        )
    settle()
    mail.outbox.clear()
    reminders_digest_task.apply()
    settle()
    (digest,) = mails_to(manager)
    assert "Certificates expiring within 30 days: 1" in digest.body


# --- The learner's preferences --------------------------------------------------------------
@contextmanager
def signed_in(client, person):
    client.force_login(person.user)
    yield client
    client.logout()


def test_preferences_mute_optional_mail_and_set_the_language(world, client):
    person = learner(world)
    other = learner(world)
    with signed_in(client, person):
        page = client.get(reverse("start"))
        assert reverse("my_preferences") in page.content.decode()
        page = client.get(reverse("my_preferences"))
        assert page.status_code == 200
        assert "Email me reminders about optional training" in page.content.decode()
        # The form names no person: a respelled id in the post changes only one's own.
        response = client.post(
            reverse("my_preferences"), {"preferred_language": "da", "person": other.pk}
        )
        assert response.status_code == 302
    person.refresh_from_db()
    other.refresh_from_db()
    assert (person.optional_mail, person.preferred_language) == (False, "da")
    assert (other.optional_mail, other.preferred_language) == (True, "")


def test_preferences_refuse_a_language_the_site_does_not_have(world, client):
    person = learner(world)
    with signed_in(client, person):
        response = client.post(
            reverse("my_preferences"), {"preferred_language": "xx", "optional_mail": "on"}
        )
    assert response.status_code == 200
    person.refresh_from_db()
    assert person.preferred_language == ""


def test_preferences_need_a_signed_in_person(world, client):
    response = client.get(reverse("my_preferences"))
    assert response.status_code == 302 and "login" in response["Location"]
    account = factories.UserFactory()
    client.force_login(account)
    assert client.get(reverse("my_preferences")).status_code == 404


# --- Cost and schedule ----------------------------------------------------------------------
def test_a_sweep_records_at_most_a_batch_and_the_next_takes_the_rest(world, clock, settings):
    settings.REMINDER_BATCH = 2
    rule(world["m1"], sector=Sector.DAYCARE, due_days=10)
    people = [learner(world) for _n in range(3)]
    sweep()
    assert len(mail.outbox) == 2
    sweep()
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.user.email for p in people)


def test_beat_sweeps_hourly_and_sends_the_digest_on_monday_morning(settings):
    schedule = settings.CELERY_BEAT_SCHEDULE
    assert schedule["reminders-sweep"]["schedule"] == 3600
    digest = schedule["reminders-digest"]["schedule"]
    assert digest.day_of_week == {1} and digest.hour == {7}  # Celery's Monday is 1

"""The learner journey's rules at the moment a lesson is opened."""

from __future__ import annotations

from contextlib import suppress
from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.enrolments import enrolment_resume_set, lesson_view_record
from learning.selectors import enrolment_with_progress_get, request_person
from modules.selectors import lesson_module

#: Opening the lesson one was on within this long ago records nothing new: a reload, the
#: back button or a second tab is not a new visit, and the page is served without a write.
VIEW_REFRESH = timedelta(minutes=1)


def lesson_serve_guard(*, lesson, request):
    """Let an enrolled learner in and record where they are; send anyone else to the module
    overview to enrol. Returns a response to send instead of the lesson, or None.

    Leaves the enrolment (with its progress rows) on the request for the lesson page when
    nothing was written, so the page reads no progress again."""
    person = request_person(request)
    module = lesson_module(lesson)
    enrolment = (
        enrolment_with_progress_get(person=person, module_key=module.translation_key)
        if person
        else None
    )
    if enrolment is None:
        messages.info(request, _("Enrol in the module to start its lessons."))
        return redirect(module.url)
    key = lesson.translation_key
    seen = next((p for p in enrolment.lessons.all() if p.lesson_key == key), None)
    recent = (
        seen is not None
        and seen.last_viewed_at is not None
        and timezone.now() - seen.last_viewed_at < VIEW_REFRESH
        and (seen.completed_at is not None or seen.revision_id == lesson.live_revision_id)
    )
    if recent:
        if enrolment.last_lesson_key != key:  # back to a lesson just read: resume here
            enrolment_resume_set(enrolment=enrolment, lesson_key=key)
        request._lesson_enrolment = enrolment
        return None
    # A page not (yet) in the module's published outline: nothing to record.
    with suppress(ValidationError):
        lesson_view_record(enrolment=enrolment, lesson_key=key, revision_id=lesson.live_revision_id)
    return None

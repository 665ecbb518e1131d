"""The learner journey's rules at the moment a lesson is opened."""

from __future__ import annotations

from contextlib import suppress

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from learning.enrolments import lesson_view_record
from learning.selectors import enrolment_get, request_person
from modules.selectors import lesson_module


def lesson_serve_guard(*, lesson, request):
    """Let an enrolled learner in and record where they are; send anyone else to the module
    overview to enrol. Returns a response to send instead of the lesson, or None."""
    person = request_person(request)
    module = lesson_module(lesson)
    enrolment = enrolment_get(person=person, module_key=module.translation_key) if person else None
    if enrolment is None:
        messages.info(request, _("Enrol in the module to start its lessons."))
        return redirect(module.url)
    # A page not (yet) in the module's published outline: nothing to record.
    with suppress(ValidationError):
        lesson_view_record(
            enrolment=enrolment,
            lesson_key=lesson.translation_key,
            revision_id=lesson.live_revision_id,
        )
    return None

"""The learner journey's actions: enrol, take a module again, complete, report time, choose
a language."""

from __future__ import annotations

from uuid import UUID

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from learning.auth.permissions import authenticated, person_required, public
from learning.enrolments import (
    enrolment_create,
    enrolment_restart,
    lesson_complete,
    lesson_time_add,
)
from learning.models import Person
from learning.security import safe_next
from learning.selectors import enrolment_get, request_person
from learning.services import person_update
from modules.compliance.selectors import module_repeat_due
from modules.models import LessonPage, ModulePage
from modules.selectors import page_for_key


def _page(model, key: UUID):
    """The live page of ``model`` with this key, or 404."""
    page = page_for_key(model, key)
    if page is None:
        raise Http404
    return page


@authenticated
@require_POST
@person_required
def module_enrol(request: HttpRequest, person: Person, key: UUID) -> HttpResponse:
    """Self-enrol in a module, then go to where to start."""
    module = _page(ModulePage, key)
    try:
        enrolment_create(person=person, module_key=key)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(module.url)
    first = module.lessons().first()
    return redirect(first.localized.url if first else module.url)


@authenticated
@require_POST
@person_required
def module_restart(request: HttpRequest, person: Person, key: UUID) -> HttpResponse:
    """Take a completed module again when a repeat of it is assigned and due; its lessons
    start over. Without such a repeat (or not completed) nothing changes."""
    module = _page(ModulePage, key)
    enrolment = enrolment_get(person=person, module_key=key)
    if enrolment is None or module_repeat_due(person=person, module_key=key) is None:
        messages.error(request, _("This module is not due again for you."))
        return redirect(module.url)
    if enrolment_restart(enrolment=enrolment):
        messages.success(request, _("The module starts over: work through its lessons again."))
    first = module.lessons().first()
    return redirect(first.localized.url if first else module.url)


@authenticated
@require_POST
@person_required
def lesson_complete_view(request: HttpRequest, person: Person, key: UUID) -> HttpResponse:
    """Complete a lesson the learner has read to the end; continue with the next one."""
    lesson = _page(LessonPage, key)
    module = lesson.get_parent().specific
    enrolment = enrolment_get(person=person, module_key=module.translation_key)
    if enrolment is None:
        messages.error(request, _("Enrol in the module to start its lessons."))
        return redirect(module.url)
    try:
        # The published rule decides: a "check passed" lesson and a lesson never opened are
        # refused here; a "seconds" field posted with the form is ignored.
        lesson_complete(enrolment=enrolment, lesson_key=key, revision_id=lesson.live_revision_id)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(lesson.url)
    enrolment.refresh_from_db()
    if enrolment.completed_at is not None and request.POST.get("last") == "1":
        messages.success(request, _("Module completed. Well done."))
        return redirect(module.localized.url)
    following = safe_next(request, default="")
    if following:
        return redirect(following)
    return redirect(module.localized.url)


@authenticated
@require_POST
@person_required
def lesson_time(request: HttpRequest, person: Person, key: UUID) -> HttpResponse:
    """A heartbeat from an open lesson: the server credits the time since the previous one
    (bounded); any duration the client posts is ignored."""
    lesson = _page(LessonPage, key)
    enrolment = enrolment_get(person=person, module_key=lesson.get_parent().translation_key)
    if enrolment is None:
        return HttpResponse(status=409)
    try:
        lesson_time_add(enrolment=enrolment, lesson_key=key)
    except ValidationError:
        return HttpResponse(status=409)
    return HttpResponse(status=204)


@public
@require_POST
def language_set(request: HttpRequest) -> HttpResponse:
    """Switch the interface language; signed-in staff keep it as their preference."""
    language = request.POST.get("language", "")
    if language not in dict(settings.LANGUAGES):
        return HttpResponse(_("Unknown language."), status=400)
    following = safe_next(request)
    person = request_person(request)
    if person is not None:
        person_update(person=person, preferred_language=language)
    response = redirect(following)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response

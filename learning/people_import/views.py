"""Wagtail admin views for the CSV import of people: upload → preview → commit.

Every view needs ``learning.import_people`` (403 without it); Wagtail's admin URLs add the
``wagtailadmin.access_admin`` check in front. The work is done by
``learning.people_import.services``, so these views only move a file in and a plan out.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.defaults import permission_denied
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem

from learning.auth.menu import PermissionMenuItem
from learning.auth.roles import Role
from learning.models import PersonImport, Sector
from learning.people_import import services
from learning.people_import.rows import COLUMNS

PERMISSION = "learning.import_people"
APP_NAME = "person_import"


def _import_permission_required(view: Callable) -> Callable:
    """Only holders of ``PERMISSION``; others get 403 (recorded as ``view.permission``)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.has_perm(PERMISSION):
            # Returned, not raised: Wagtail's admin turns PermissionDenied into a redirect.
            return permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    wrapped.permission = PERMISSION
    return wrapped


class PersonImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "UTF-8, fields separated by “,” or “;”, one row per person and unit, with the "
            "header row: employee_number, name, email, unit_path, sector, and optionally role, "
            "start_date, job_title."
        ),
        widget=forms.FileInput(attrs={"accept": ".csv,text/csv"}),
    )


@_import_permission_required
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest) -> HttpResponse:
    """Ask for a file; a readable one is stored and planned, then its preview is shown."""
    is_post = request.method == "POST"
    form = PersonImportForm(request.POST, request.FILES) if is_post else PersonImportForm()
    if is_post and form.is_valid():
        uploaded = form.cleaned_data["file"]
        try:
            person_import, _plan = services.person_import_preview(
                filename=uploaded.name,
                # One byte over the limit is enough to say the file is too large.
                raw=uploaded.read(settings.PERSON_IMPORT_MAX_BYTES + 1),
                uploaded_by=request.user,
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            return redirect(f"{APP_NAME}:preview", pk=person_import.pk)
    context = {
        "form": form,
        "columns": COLUMNS,
        "sectors": Sector.choices,
        "roles": Role.choices,
    }
    return TemplateResponse(request, "learning/admin/import_upload.html", context)


@_import_permission_required
@require_GET
def preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The row-by-row plan of a previewed import, or the summary of a committed one."""
    person_import = get_object_or_404(PersonImport, pk=pk)
    if person_import.status == PersonImport.Status.COMMITTED:
        context = {"person_import": person_import, "counts": person_import.summary}
        return TemplateResponse(request, "learning/admin/import_result.html", context)
    plan = services.people_import_plan(text=person_import.content, actor=request.user)
    return _render_preview(request, person_import, plan)


@_import_permission_required
@require_POST
def commit(request: HttpRequest, pk: int) -> HttpResponse:
    """Write the import, all or nothing; on errors show the plan again, having written none."""
    person_import = get_object_or_404(PersonImport, pk=pk)
    try:
        plan = services.person_import_commit(person_import=person_import, actor=request.user)
    except services.ImportRejected as rejected:
        messages.error(
            request,
            _("Nothing was imported: %s row(s) have errors. Correct the file and upload it again.")
            % len(rejected.plan.error_rows),
        )
        return _render_preview(request, person_import, rejected.plan)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(f"{APP_NAME}:preview", pk=pk)
    messages.success(
        request,
        _("Imported %(created)s new and %(updated)s updated people.")
        % {
            "created": plan.counts["people_to_create"],
            "updated": plan.counts["people_to_update"],
        },
    )
    return redirect(f"{APP_NAME}:preview", pk=pk)


def _render_preview(
    request: HttpRequest, person_import: PersonImport, plan: services.ImportPlan
) -> TemplateResponse:
    context = {
        "person_import": person_import,
        "plan": plan,
        "counts": plan.counts,
        "commit_url": reverse(f"{APP_NAME}:commit", kwargs={"pk": person_import.pk}),
    }
    return TemplateResponse(request, "learning/admin/import_preview.html", context)


urlpatterns = [
    path("", upload, name="upload"),
    path("<int:pk>/", preview, name="preview"),
    path("<int:pk>/commit/", commit, name="commit"),
]


def admin_urls() -> list:
    """The import's URLs, for Wagtail's ``register_admin_urls`` hook."""
    return [path("people-import/", include((urlpatterns, APP_NAME), namespace=APP_NAME))]


def menu_item() -> MenuItem:
    """The "Import people" entry, for the People menu's ``register_people_menu_item`` hook."""
    return PermissionMenuItem(
        permission=PERMISSION,
        label=gettext_lazy("Import people"),
        url=reverse(f"{APP_NAME}:upload"),
        name="import-people",
        icon_name="upload",
        order=100,
    )

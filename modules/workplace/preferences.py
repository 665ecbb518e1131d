"""The learner's own settings: which reminders they get and in which language."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from learning.auth.permissions import authenticated, person_required
from learning.services import person_update


class PreferencesForm(forms.Form):
    """Mute optional reminders (mandatory ones always go) and pick the mail language."""

    optional_mail = forms.BooleanField(
        label=gettext_lazy("Email me reminders about optional training"),
        help_text=gettext_lazy(
            "Reminders about training that is mandatory for your work are always sent."
        ),
        required=False,
    )
    preferred_language = forms.ChoiceField(
        label=gettext_lazy("Language of the site and of your emails"),
        choices=settings.LANGUAGES,
    )


@authenticated
@person_required
@require_http_methods(["GET", "POST"])
def my_preferences(request: HttpRequest, person) -> HttpResponse:
    """GET: the form with the person's settings; POST: save them (only one's own: the
    person comes from the session, never from the request) and come back here."""
    initial = {
        "optional_mail": person.optional_mail,
        "preferred_language": person.preferred_language or settings.LANGUAGE_CODE,
    }
    form = PreferencesForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        person_update(person=person, **form.cleaned_data)
        messages.success(request, _("Your preferences are saved."))
        return redirect("my_preferences")
    return render(request, "modules/my_preferences.html", {"form": form})

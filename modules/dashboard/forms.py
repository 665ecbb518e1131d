"""The dashboard's forms: what a manager types to assign, exempt, extend and grant access.
Validation of the rules themselves (scope, dates, duplicates) stays in the services."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from learning.models import Sector
from modules.compliance.selectors import Item, item_parse

REASON_HELP = _("Recorded with your name; administrators can read it.")


class DateInput(forms.DateInput):
    input_type = "date"


def _reason() -> forms.CharField:
    return forms.CharField(
        label=_("Reason"),
        max_length=2000,
        help_text=REASON_HELP,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class AssignForm(forms.Form):
    """Assign a module or track with a due date; ``items`` are the choices."""

    item = forms.ChoiceField(label=_("Module or certification track"))
    due_on = forms.DateField(label=_("Due on"), widget=DateInput)
    reason = _reason()

    def __init__(self, *args, items: list[Item], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].choices = [("", _("Choose…"))] + [(i.token, i.title) for i in items]

    def clean_item(self) -> tuple[str, str]:
        parsed = item_parse(self.cleaned_data["item"])
        if parsed is None:
            raise forms.ValidationError(_("Choose a module or a certification track."))
        return parsed


class ExemptForm(forms.Form):
    reason = _reason()


class ExtendForm(forms.Form):
    due_on = forms.DateField(label=_("New due date"), widget=DateInput)
    reason = _reason()


class SectorAccessForm(forms.Form):
    """Grant access to another sector's lesson sections; ``exclude``: sectors not offered
    (the person's own, and those already granted)."""

    sector = forms.ChoiceField(label=_("Sector"))
    reason = _reason()

    def __init__(self, *args, exclude: set[str] = frozenset(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sector"].choices = [("", _("Choose…"))] + [
            (value, label) for value, label in Sector.choices if value not in exclude
        ]


def form_errors(form: forms.Form) -> str:
    """The form's errors as one sentence for a message (the page redirects after a post)."""
    parts = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        parts += [f"{label}: {e}" if label else str(e) for e in errors]
    return " ".join(parts)

from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "assessments"

    def ready(self) -> None:
        from learning.history import person_history_register

        person_history_register(_attempt_history)


def _attempt_history(person) -> list[str]:
    """Exam and calibration attempts: a person with any is offboarded, never deleted."""
    from django.utils.translation import gettext as _

    counts = [
        (person.attempts.count(), _("%(count)d exam or check attempt(s)")),
        (person.calibration_attempts.count(), _("%(count)d calibration attempt(s)")),
    ]
    return [message % {"count": count} for count, message in counts if count]

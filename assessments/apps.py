from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "assessments"

    def ready(self) -> None:
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from assessments import models, xapi
        from assessments.exams.selectors import content_changed
        from learning.history import person_history_register

        person_history_register(_attempt_history)
        xapi.register()  # the statements of attempts (docs/xapi.md)
        # What a knowledge check shows is cached (assessments.exams.selectors); these rows
        # decide it.
        for model in (
            models.Question,
            models.Option,
            models.Scenario,
            models.QuestionBank,
            models.Assessment,
            models.AssessmentQuestion,
        ):
            for signal in (post_save, post_delete):
                signal.connect(content_changed, sender=model, dispatch_uid=f"content-{model}")
        m2m_changed.connect(
            content_changed, sender=models.Assessment.banks.through, dispatch_uid="content-banks"
        )


def _attempt_history(person) -> list[str]:
    """Exam and calibration attempts: a person with any is offboarded, never deleted."""
    from django.utils.translation import gettext as _

    counts = [
        (person.attempts.count(), _("%(count)d exam or check attempt(s)")),
        (person.calibration_attempts.count(), _("%(count)d calibration attempt(s)")),
    ]
    return [message % {"count": count} for count, message in counts if count]

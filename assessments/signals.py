"""Domain events of the ``assessments`` app, sent after commit. Certificates and xAPI build
on these."""

from django.dispatch import Signal

# sender=Attempt, attempt=Attempt
assessment_started = Signal()
assessment_passed = Signal()
assessment_failed = Signal()
# sender=Attempt, attempt=Attempt, reason=str, by=User
attempt_voided = Signal()
# sender=CalibrationAttempt, attempt=CalibrationAttempt
calibration_passed = Signal()
calibration_failed = Signal()
# sender=CalibrationAttempt, attempt=CalibrationAttempt
calibration_voided = Signal()

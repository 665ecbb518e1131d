"""Exams and knowledge checks: drawing an attempt's questions, autosave, submission and
server-side scoring, voiding, and the pages that take them under /<lang>/assess/.

- ``services``: attempts (start, autosave, submit, expire, void); the only writes.
- ``selectors``: the question pool, what a page shows of an attempt (never the key before
  submission), results, statuses and a lesson's knowledge check.
- ``scoring``: pure functions from a question's key and a response to a result.
- ``forms``: reading answers from a submitted form (opaque option ids only).
- ``lesson_checks``: a passed knowledge check completes its lesson.
- ``views`` and ``urls``: the learner's pages.

Other apps use the reads re-exported here.
"""

from assessments.exams.selectors import (
    AssessmentResult,
    AssessmentStatus,
    assessment_result_get,
    assessment_statuses_get,
    knowledge_check_view,
)

__all__ = [
    "AssessmentResult",
    "AssessmentStatus",
    "assessment_result_get",
    "assessment_statuses_get",
    "knowledge_check_view",
]

"""Models of the ``assessments`` app."""

from assessments.models.instruments import (
    CalibrationAttempt,
    CalibrationExercise,
    ExerciseCase,
    Instrument,
    InstrumentItem,
    PracticeCase,
    RevealPanel,
)
from assessments.models.questions import (
    Assessment,
    AssessmentKind,
    AssessmentQuestion,
    Attempt,
    AttemptItem,
    Option,
    Question,
    QuestionBank,
    QuestionPurpose,
    QuestionType,
    ReviewPolicy,
    Scenario,
)

__all__ = [
    "Assessment",
    "AssessmentKind",
    "AssessmentQuestion",
    "Attempt",
    "AttemptItem",
    "CalibrationAttempt",
    "CalibrationExercise",
    "ExerciseCase",
    "Instrument",
    "InstrumentItem",
    "Option",
    "PracticeCase",
    "Question",
    "QuestionBank",
    "QuestionPurpose",
    "QuestionType",
    "RevealPanel",
    "ReviewPolicy",
    "Scenario",
]

"""Models of the ``learning`` app: people and organisations; published outlines and progress."""

from learning.models.events import Delivery, Event
from learning.models.people import (
    PATH_SEPARATOR,
    Heartbeat,
    ManagerScope,
    Membership,
    Organisation,
    Person,
    PersonImport,
    Sector,
    User,
)
from learning.models.progress import (
    CompletionRule,
    CourseLesson,
    CourseModule,
    Enrolment,
    LessonProgress,
)

__all__ = [
    "PATH_SEPARATOR",
    "CompletionRule",
    "CourseLesson",
    "CourseModule",
    "Delivery",
    "Enrolment",
    "Event",
    "Heartbeat",
    "LessonProgress",
    "ManagerScope",
    "Membership",
    "Organisation",
    "Person",
    "PersonImport",
    "Sector",
    "User",
]

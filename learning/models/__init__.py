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
    SectorAccess,
    User,
)
from learning.models.progress import (
    CompletionRule,
    CourseLesson,
    CourseModule,
    Enrolment,
    LessonProgress,
)
from learning.models.xapi import ForwardTarget, Statement, StatementClient, StatementPrivacyAudit

__all__ = [
    "PATH_SEPARATOR",
    "CompletionRule",
    "CourseLesson",
    "CourseModule",
    "Delivery",
    "Enrolment",
    "Event",
    "ForwardTarget",
    "Heartbeat",
    "LessonProgress",
    "ManagerScope",
    "Membership",
    "Organisation",
    "Person",
    "PersonImport",
    "Sector",
    "SectorAccess",
    "Statement",
    "StatementClient",
    "StatementPrivacyAudit",
    "User",
]

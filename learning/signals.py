"""Domain events of the ``learning`` app. Receivers elsewhere hang later features on these
(xAPI statements, assignments, notifications) without this app knowing about them.

Every signal is sent after the write has committed, by the event seam
(``learning.events.event_record``), so a receiver never sees a row that is later rolled back.
"""

from django.dispatch import Signal

# sender=Person, person=Person
person_created = Signal()
# sender=Person, person=Person, changed=list[str]
person_updated = Signal()
# sender=Person, person=Person, role=str, organisation=Organisation | None
role_granted = Signal()
role_revoked = Signal()
# sender=Person, person=Person, organisation=Organisation (joined or left that unit)
membership_added = Signal()
membership_removed = Signal()
# sender=Person, person=Person, sector=str
sector_access_granted = Signal()
sector_access_withdrawn = Signal()
# sender=PersonImport, person_import=PersonImport
people_imported = Signal()

# Course outlines and progress (sender is the model class; all sent after commit).
# module=CourseModule
outline_published = Signal()
# enrolment=Enrolment
module_enrolled = Signal()
# enrolment=Enrolment, lesson_key=UUID, first_time=bool
lesson_viewed = Signal()
# enrolment=Enrolment, lesson_key=UUID
lesson_completed = Signal()
# enrolment=Enrolment
module_completed = Signal()

"""Frozen dataclasses that cross app boundaries. Standard library only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID


@dataclass(frozen=True)
class LessonOutline:
    """One lesson of a published module, in order."""

    key: UUID
    title: str
    position: int
    required: bool = True
    completion_rule: str = "viewed"
    revision_id: int | None = None
    check_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class ModuleOutline:
    """A module as published: what the content app hands to ``outline_publish``."""

    key: UUID
    title: str
    revision_id: int | None
    lessons: tuple[LessonOutline, ...]
    prerequisite_keys: tuple[UUID, ...] = ()
    audience_sectors: tuple[str, ...] = ()


@dataclass(frozen=True)
class LessonState:
    key: UUID
    title: str
    required: bool
    viewed: bool
    completed: bool


@dataclass(frozen=True)
class ModuleProgress:
    """A person's progress through a module's current outline."""

    module_key: UUID
    enrolled: bool
    lessons: tuple[LessonState, ...]
    completed_at: datetime | None = None
    resume_key: UUID | None = None
    seconds_spent: int = 0
    missing_prerequisites: tuple[UUID, ...] = field(default_factory=tuple)

    @property
    def required_total(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.required)

    @property
    def required_done(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.required and lesson.completed)

    @property
    def percent(self) -> int:
        if self.completed_at:
            return 100
        total = self.required_total
        return round(100 * self.required_done / total) if total else 0

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None

    @property
    def next_key(self) -> UUID | None:
        """The first required lesson not yet completed (else the first lesson)."""
        for lesson in self.lessons:
            if lesson.required and not lesson.completed:
                return lesson.key
        return self.lessons[0].key if self.lessons else None

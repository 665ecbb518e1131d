"""The CSV import of people: upload, a preview that writes nothing, then an all-or-nothing
commit, in Wagtail's admin (/cms/people-import/) and from ``manage.py import_people``.

- ``rows``: reading the file and checking each row on its own (pure).
- ``plan``: what the whole file would do, row by row, given the rows before it (pure).
- ``services``: loads what the platform holds, stores the upload, commits through
  ``learning.services`` like every other path; purges stale previews.
- ``views``: the admin pages, for holders of ``learning.import_people``.

The services' surface is re-exported here.
"""

from learning.people_import.services import (
    Action,
    ImportPlan,
    ImportRejected,
    RowResult,
    people_import_plan,
    person_import_commit,
    person_import_decode,
    person_import_preview,
    person_imports_purge_stale,
)

__all__ = [
    "Action",
    "ImportPlan",
    "ImportRejected",
    "RowResult",
    "people_import_plan",
    "person_import_commit",
    "person_import_decode",
    "person_import_preview",
    "person_imports_purge_stale",
]

"""The bottom layer: people, organisations and roles, enrolments and progress, and what
every app above shares.

- ``models/``: users, people, organisations, memberships, manager scopes, CSV imports and
  the worker heartbeat (``people``); outlines, enrolments, lesson progress (``progress``).
- ``services`` / ``selectors``: the writes about people and organisations, and the reads,
  always scoped to who is asking (``persons_visible_to``, progress for any number of modules).
- ``enrolments``: the learner journey's writes (enrol, view, time, complete);
  ``outlines``: published modules frozen into the outlines progress refers to; ``data``:
  the frozen dataclasses that cross app boundaries; ``signals``: domain events;
  ``handlers``: role groups synced after ``migrate``; ``tasks``: heartbeat and purging
  stale import previews; ``history``: what a person has on record that outlives a deletion.
- ``auth/``: signing in, roles, and the permission decorators every view declares.
- ``people_import/``: the CSV import of people.
- ``locales``: locale rows once per request, and an object's row in the default or the
  reader's language; ``security``: response headers and safe redirects; ``middleware``,
  ``cache`` (Redis that degrades to no cache), ``health`` (/healthz), ``context_processors``.
- ``people_admin/``: Wagtail's admin for people and organisations (viewsets and forms),
  registered in ``wagtail_hooks``; Django's read-only admin: ``admin``; ``urls``: /healthz
  and the account pages.
- ``demo``: the demo municipality and its staff (``manage.py seed_demo``).

xAPI, the outbox and assignments come in later issues. Nothing here imports the apps above.
"""

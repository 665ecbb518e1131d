"""The top layer: course content in Wagtail, and the site people use.

- ``models`` and ``blocks``: the page types (catalogue, learning path, module, lesson,
  content pages) and StreamField blocks, with the local procedures; ``outline`` turns a
  published module into the outline learner progress refers to (``handlers`` and ``tasks``
  rebuild it on publish).
- ``selectors``: published content in the reader's language paired with a learner's progress.
- ``views``, ``journey`` and ``urls``: the learner journey's actions (enrol, complete, report
  time, choose a language) and the guard in front of a lesson.
- ``workplace/``: the pages where several apps meet: the start page and the team pages.
- ``middleware`` and ``context_processors``: the reader's language, the site's own 404 page
  and the header's links; ``templatetags``: content helpers for the templates.
- ``demo``, ``demo_paths`` and ``demo_content/``: the demo courses (``manage.py seed_demo``).
"""

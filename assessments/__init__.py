"""Assessments: question banks and risk instruments as translatable snippets (``models/``),
and three packages named for what they do with them:

- ``exams/``: exams and knowledge checks (attempts, server-side scoring, the learner's pages);
- ``calibration/``: rating practice cases against an expert panel;
- ``analysis/``: item analysis for question editors, in Wagtail's admin.

``signals`` (results of both kinds of attempt), ``tasks`` (expired attempts), ``viewsets``
and ``wagtail_hooks`` (the admin) and ``urls`` serve all three.
"""

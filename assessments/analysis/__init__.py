"""Item analysis for question editors, in Wagtail's admin at /cms/assessments/analysis/: how
each question of an assessment or bank performs (difficulty, discrimination, distractors)
and where learners disagree with the calibration panel, item by item.

- ``statistics``: pure classical test theory and calibration item statistics.
- ``selectors``: loads submitted responses and hands them to ``statistics`` (reads only).
- ``views``: the admin pages, for holders of ``assessments.change_question``.
"""

"""Risk-instrument calibration exercises: a learner rates practice cases item by item and is
scored against an expert panel, under /<lang>/calibrate/.

- ``scoring``: pure agreement scoring (exact, within one, weighted kappa, pass criteria).
- ``services``: attempts (start and draw cases, save a case's ratings, submit and score).
- ``selectors``: the rows attempts refer to, a case's rating form, who may start and when,
  statuses for other apps.
- ``results``: the overview of an exercise and a submitted result beside the panel's.
- ``views`` and ``urls``: the learner's pages.

Nothing is imported here, so the pure ``scoring`` module imports without Django's models.
"""

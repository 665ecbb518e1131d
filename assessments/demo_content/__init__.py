"""Demo assessment content for the demo courses in ``modules.demo_content``, in English and
Danish. Plain Python literals; nothing here touches the database.

``questions.QUESTIONS`` is a list of question dicts::

    {
        "key": "pv-forms-1",                  # unique, stable, lowercase-hyphen
        "type": "single" | "multiple" | "true_false" | "ordering",
        "tags": {"module": "<module slug>", "topic": "<topic>", "sectors": ["job_centre", ...]},
        "en": {
            "prompt": "...",
            "explanation": "...",              # why the answer is right; shown after submission
            "options": [
                {"key": "a", "text": "...", "correct": True, "feedback": "..."},
            ],
        },
        "da": {...},                           # same structure, option keys and correct flags
    }

- ``single``: 3-5 options, exactly one correct.
- ``multiple``: 4-6 options, at least two correct.
- ``true_false``: two options, keys ``"true"`` and ``"false"``.
- ``ordering``: 4-5 options listed in the correct order; every option has ``"correct": True``
  and the learner must reproduce the order. The keys are not in alphabetical order.

Correct answers are spread over option keys and positions (``tests/assessments/test_demo_banks.py``
fails if a key or position holds more than 40 % of the single-choice answers).

``tags["module"]`` is the slug of the demo course the question tests; ``tags["sectors"]`` lists
sector codes when the question is sector-specific (empty for all staff).

``questions.SCENARIOS`` is a list of vignettes, each followed by two or three question dicts of
the form above::

    {
        "key": "sc-jobcentre-1",
        "tags": {...},
        "en": {"title": "...", "vignette": "<p>...</p>"},
        "da": {"title": "...", "vignette": "<p>...</p>"},
        "questions": [<question dict>, ...],
    }

``instrument.INSTRUMENT`` is the demonstration risk instrument taught in the course
``demonstration-risk-instrument``: a training-only instrument built from widely published risk
factors, not SARA-SV, SAM or PATRIARCH, never to be used in real cases. It holds ``key``,
``version``, ``en``/``da`` name and description, the rating ``scale`` (N, P, Y), the ``omit``
rating (O), the ``summary_judgements`` (risk: low/moderate/high; priority:
routine/elevated/urgent) and the twelve ``items`` D1-D12, each with a title and rating guidance
per language.

``cases.PRACTICE_CASES`` is a list of fictional practice cases for the instrument::

    {
        "key": "case-1",
        "en": {
            "title": "...",
            "vignette": "<p>...</p>",
            "material": [
                {
                    "kind": "police_report" | "interview_summary" | "case_note" | "school_report",
                    "title": "...",
                    "text": "<p>...</p>",
                },
            ],
        },
        "da": {...},
        "reference": {
            "items": {"D1": "Y", ..., "D12": "N"},          # N, P, Y or O (omit)
            "summary": {"risk": "high", "priority": "urgent"},
        },
        "rationale": {
            "en": {"D1": "...", ..., "D12": "...", "risk": "...", "priority": "..."},
            "da": {...},
        },
    }

The reference ratings stand in for an expert panel's: they are the demo authors' illustrative
ratings until a real panel rates the cases. The rationale explains each rating from the case
material so that learners can compare their own ratings with the reference.
"""

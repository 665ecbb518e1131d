"""Reads for the calibration pages: an exercise's status for a person, one case's rating form,
and a submitted attempt's result beside the expert panel's.

Attempts refer to the default-language rows (exercise, cases, instrument); texts are shown in
the reader's language through ``learning.locales.localized``. The pages receive the
dataclasses below, never a ``PracticeCase``, so a template cannot reach the panel's reference
ratings or rationale; only ``calibration.results.calibration_result_get`` reads them, and
only for a submitted attempt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from assessments.models import (
    CalibrationAttempt,
    CalibrationExercise,
    Instrument,
    InstrumentItem,
    PracticeCase,
)
from learning.locales import (
    default_locale,
    in_default_language,
    in_default_language_many,
    localized,
)
from learning.models import Person

T = TypeVar("T", CalibrationExercise, PracticeCase, Instrument)


# --- Rows attempts refer to (the default-language ones: ``in_default_language``) -----------
def calibration_exercise_get(*, key: str) -> CalibrationExercise | None:
    """The default-language exercise with this key (any language's row when none), or None."""
    rows = CalibrationExercise.objects.filter(key=key).select_related("instrument")
    exercise = rows.filter(locale=default_locale()).first() or rows.first()
    return in_default_language(exercise) if exercise is not None else None


def exercise_cases(exercise: CalibrationExercise) -> list[PracticeCase]:
    """The exercise's practice cases, in the exercise's order."""
    links = exercise.exercise_cases.select_related("case").order_by("sort_order", "pk")
    return [link.case for link in links]


def attempt_cases(attempt: CalibrationAttempt) -> list[PracticeCase]:
    """The cases drawn for ``attempt``, in the exercise's order (every case of the exercise
    for an attempt that recorded no draw)."""
    cases = exercise_cases(attempt.exercise)
    if not attempt.case_keys:
        return cases
    drawn = set(attempt.case_keys)
    return [case for case in cases if case.key in drawn]


def instrument_items(instrument: Instrument) -> list[InstrumentItem]:
    """The instrument's items, in order."""
    return list(instrument.items.order_by("sort_order", "pk"))


def attempts_of(person: Person, exercise: CalibrationExercise, status: str):
    return CalibrationAttempt.objects.filter(
        person=person, exercise=in_default_language(exercise), status=status
    )


def calibration_attempt_open(
    *, person: Person, exercise: CalibrationExercise
) -> CalibrationAttempt | None:
    """The person's open attempt at the exercise (default-language row), or None."""
    return attempts_of(person, exercise, CalibrationAttempt.Status.OPEN).first()


def calibration_attempt_last_submitted(
    *, person: Person, exercise: CalibrationExercise
) -> CalibrationAttempt | None:
    """The person's most recently submitted attempt at the exercise, or None. Only ever the
    person's own: this is how the result page is scoped."""
    submitted = attempts_of(person, exercise, CalibrationAttempt.Status.SUBMITTED)
    return submitted.order_by("-submitted_at", "-pk").first()


# --- The case form --------------------------------------------------------------------------
@dataclass(frozen=True)
class Choice:
    code: str
    label: str
    checked: bool


@dataclass(frozen=True)
class RatingField:
    """One radio group: an item (``code``, ``title``, ``guidance``) or a summary judgement
    (``code`` is its key, ``guidance`` empty). ``name`` is the form field's name."""

    name: str
    code: str
    title: str
    guidance: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class CaseForm:
    """A case page: the case's texts and its rating form with the learner's saved ratings.
    Holds nothing of the panel's reference ratings or rationale."""

    number: int
    total: int
    key: str
    title: str
    vignette: str
    material: tuple[Material, ...]
    items: tuple[RatingField, ...]
    summaries: tuple[RatingField, ...]
    notes: str


@dataclass(frozen=True)
class Material:
    """One excerpt of case material: its kind's label in the reader's language, its title
    and its text (rich text)."""

    label: str
    title: str
    text: str


def _material(parts) -> tuple[Material, ...]:
    # Imported here: the labels are lazy strings on the model module.
    from assessments.models.instruments import MATERIAL_KINDS

    return tuple(
        Material(
            label=str(MATERIAL_KINDS.get(part.get("kind"), "")),
            title=part.get("title", ""),
            text=part.get("text", ""),
        )
        for part in parts or []
        if isinstance(part, dict)
    )


def calibration_case_form(
    *, exercise: CalibrationExercise, number: int, attempt: CalibrationAttempt | None
) -> CaseForm | None:
    """Case ``number`` (1-based) of the cases drawn for ``attempt`` (the person's open
    attempt) in the reader's language, with what the attempt has saved for it; None when
    there is no attempt or no such case."""
    if attempt is None:
        return None
    exercise = in_default_language(exercise)
    cases = attempt_cases(attempt)
    if not 1 <= number <= len(cases):
        return None
    case, shown = cases[number - 1], localized(cases[number - 1])
    entry = attempt.ratings.get(case.key, {})
    return CaseForm(
        number=number,
        total=len(cases),
        key=case.key,
        title=shown.title,
        vignette=shown.vignette,
        material=_material(shown.material),
        items=_item_fields(exercise.instrument, entry.get("items", {})),
        summaries=_summary_fields(exercise.instrument, entry.get("summary", {})),
        notes=attempt.notes.get(case.key, ""),
    )


def _item_fields(instrument: Instrument, saved: dict) -> tuple[RatingField, ...]:
    shown = {item.code: item for item in instrument_items(localized(instrument))}
    scale = rating_labels(instrument)
    fields = []
    for item in instrument_items(instrument):
        text = shown.get(item.code, item)
        choices = tuple(Choice(c, label, saved.get(item.code) == c) for c, label in scale.items())
        fields.append(
            RatingField(f"item-{item.code}", item.code, text.title, text.guidance, choices)
        )
    return tuple(fields)


def _summary_fields(instrument: Instrument, saved: dict) -> tuple[RatingField, ...]:
    fields = []
    for judgement, options in summary_options(instrument):
        key = judgement["key"]
        choices = tuple(Choice(c, label, saved.get(key) == c) for c, label in options.items())
        fields.append(RatingField(f"summary-{key}", key, judgement["label"], "", choices))
    return tuple(fields)


def rating_labels(instrument: Instrument) -> dict[str, str]:
    """Rating code → label in the reader's language, scale levels low to high, then omit."""
    shown = {level["code"]: level["label"] for level in _levels(localized(instrument))}
    return {
        level["code"]: shown.get(level["code"], level["label"]) for level in _levels(instrument)
    }


def _levels(instrument: Instrument) -> list[dict]:
    return [*instrument.scale, *([instrument.omit] if instrument.omit else [])]


def summary_options(instrument: Instrument) -> list[tuple[dict, dict[str, str]]]:
    """Each summary judgement (in the reader's language) with its option code → label."""
    shown = {j["key"]: j for j in localized(instrument).summary_judgements}
    pairs = []
    for judgement in instrument.summary_judgements:
        text = shown.get(judgement["key"], judgement)
        labels = {o["code"]: o["label"] for o in text.get("options", [])}
        options = {o["code"]: labels.get(o["code"], o["label"]) for o in judgement["options"]}
        pairs.append(({**judgement, "label": text.get("label", judgement["key"])}, options))
    return pairs


# --- Who may start, and when ----------------------------------------------------------------
@dataclass(frozen=True)
class Availability:
    """Whether the person may start an attempt now, and why not. ``used`` counts submitted
    attempts (voided ones never count); ``left`` is None without a limit; ``wait_until`` is
    when the cool-down ends (None when there is none running)."""

    for_audience: bool
    used: int
    left: int | None
    wait_until: datetime | None
    passed: bool

    @property
    def refusal(self) -> str:
        """Why a start is refused, in the reader's language; empty when it is not."""
        if not self.for_audience:
            return _("This exercise is not meant for your sector or role, so you cannot take it.")
        if self.left == 0:
            return _("You have used every attempt at this exercise.")
        if self.wait_until is not None:
            return _("You can start a new attempt from %(when)s.") % {
                "when": date_format(localtime(self.wait_until), "DATETIME_FORMAT")
            }
        return ""

    @property
    def panel_shown(self) -> bool:
        """Whether the learner may now see the panel's ratings (under the ``final`` rule)."""
        return self.passed or self.left == 0


def calibration_for_audience(*, person: Person, exercise: CalibrationExercise) -> bool:
    """Whether the exercise is meant for the person: in one of its sectors and holding one of
    its roles (an empty list is everyone)."""
    sectors, roles = exercise.audience_sectors or [], exercise.audience_roles or []
    if sectors and person.sector not in sectors:
        return False
    return not roles or person.user.groups.filter(name__in=roles).exists()


def calibration_availability(*, person: Person, exercise: CalibrationExercise) -> Availability:
    """Audience, attempts used and left, and the cool-down, for the default-language
    exercise. Reads only the person's own attempts."""
    exercise = in_default_language(exercise)
    submitted = attempts_of(person, exercise, CalibrationAttempt.Status.SUBMITTED)
    figures = submitted.aggregate(
        used=Count("pk"), last=Max("submitted_at"), passed=Count("pk", filter=Q(passed=True))
    )
    used, last = figures["used"], figures["last"]
    wait_until = None
    if last is not None and exercise.cooldown_minutes:
        ends = last + timedelta(minutes=exercise.cooldown_minutes)
        wait_until = ends if ends > timezone.now() else None
    left = None if exercise.max_attempts is None else max(exercise.max_attempts - used, 0)
    return Availability(
        for_audience=calibration_for_audience(person=person, exercise=exercise),
        used=used,
        left=left,
        wait_until=wait_until,
        passed=figures["passed"] > 0,
    )


def cases_seen(*, person: Person, exercise: CalibrationExercise) -> list[str]:
    """Case keys the person has had in earlier attempts (any status), most recent first, each
    once; an attempt that recorded no draw had every case."""
    attempts = CalibrationAttempt.objects.filter(
        person=person, exercise=in_default_language(exercise)
    ).order_by("-started_at", "-pk")
    everything = [case.key for case in exercise_cases(exercise)]
    seen: list[str] = []
    for keys in attempts.values_list("case_keys", flat=True):
        seen += [key for key in keys or everything if key not in seen]
    return seen


def calibration_statuses_get(*, person: Person, exercises) -> dict:
    """Where the person stands with each exercise, by the given row's pk: ``started`` (an
    attempt open or submitted) and ``passed`` (a submitted attempt passed). Two queries
    whatever their number (default-language rows, the person's attempts)."""
    sources = in_default_language_many(exercises)
    rows = CalibrationAttempt.objects.filter(
        person=person, exercise__in={s.pk for s in sources.values()}
    ).values_list("exercise_id", "status", "passed")
    started, passed = set(), set()
    for exercise_id, status, did_pass in rows:
        started.add(exercise_id)
        if status == CalibrationAttempt.Status.SUBMITTED and did_pass:
            passed.add(exercise_id)
    return {
        pk: {"started": source.pk in started, "passed": source.pk in passed}
        for pk, source in sources.items()
    }


# --- A person's results, for their manager --------------------------------------------------
@dataclass(frozen=True)
class PersonCalibrationResult:
    """One exercise's outcome for a person, as a manager may see it: pass or fail and the
    agreement with the expert panel (mean within-one and exact rates, 0..1), of the
    counting attempt (the latest pass, else the latest submitted). Never the ratings."""

    exercise_id: int
    title: str
    passed: bool
    within_one: float | None
    exact: float | None
    submitted_at: datetime
    attempts: int

    @property
    def within_one_percent(self) -> float | None:
        return None if self.within_one is None else 100 * self.within_one


def calibration_results_of(*, person: Person) -> list[PersonCalibrationResult]:
    """The person's result at every exercise they submitted an attempt at (voided ones
    never count), by title. One query: only the pass flag and the two agreement figures are
    read from the stored result, never the ratings or notes."""
    rows = (
        CalibrationAttempt.objects.filter(person=person, status=CalibrationAttempt.Status.SUBMITTED)
        .order_by("exercise_id", "submitted_at", "pk")
        .values(
            "exercise_id",
            "exercise__title",
            "passed",
            "submitted_at",
            "result__mean_within_one",
            "result__mean_exact",
        )
    )
    best: dict[int, dict] = {}
    used: dict[int, int] = {}
    for row in rows:
        pk = row["exercise_id"]
        used[pk] = used.get(pk, 0) + 1
        if pk not in best or row["passed"] or not best[pk]["passed"]:
            best[pk] = row
    results = [
        PersonCalibrationResult(
            exercise_id=pk,
            title=row["exercise__title"],
            passed=bool(row["passed"]),
            within_one=row["result__mean_within_one"],
            exact=row["result__mean_exact"],
            submitted_at=row["submitted_at"],
            attempts=used[pk],
        )
        for pk, row in best.items()
    ]
    return sorted(results, key=lambda r: r.title.lower())

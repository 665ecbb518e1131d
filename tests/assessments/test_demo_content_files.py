"""The demo question bank, practice cases and instrument are data files that content people
edit: a broken file fails to load with an error that names the file and the key."""

import shutil
from pathlib import Path

import pytest

from assessments.demo_content import (
    DATA,
    load_cases,
    load_instrument,
    load_questions,
    load_scenarios,
)
from assessments.demo_content.datafiles import DemoContentError

BANK = "questions/psychological-violence.yaml"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the demo assessment files to break."""
    shutil.copytree(DATA, tmp_path / "assessments", ignore=shutil.ignore_patterns("*.py"))
    return tmp_path / "assessments"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _error(load, data: Path) -> str:
    with pytest.raises(DemoContentError) as error:
        load(data)
    return str(error.value)


def test_the_demo_files_load():
    questions, scenarios = load_questions(), load_scenarios()

    assert len(questions) > 50
    assert all(len(s["questions"]) >= 2 for s in scenarios)
    assert [case["key"] for case in load_cases()] == ["case-1", "case-2", "case-3", "case-4"]
    assert [item["code"] for item in load_instrument()["items"]] == [f"D{n}" for n in range(1, 13)]


def test_an_unknown_key_in_an_option_names_the_question_and_the_option(data):
    _edit(data / BANK, "          correct: true\n", "          correct: true\n          right: 1\n")

    message = _error(load_questions, data)
    assert message.endswith(
        f"{BANK}: questions #1 (pv-forms-1) / en / options #1 (a): unknown key 'right' "
        "(allowed here: key, text, correct, feedback)"
    )


def test_an_unquoted_true_as_an_option_key_is_refused(data):
    _edit(data / "questions/duty-to-act.yaml", "- key: 'true'", "- key: true")

    message = _error(load_questions, data)
    assert message.endswith(
        "duty-to-act.yaml: questions #4 (dta-48h-3) / en / options #1 / key: "
        "expected text, got true (true/false) (put it in quotes)"
    )


def test_an_unknown_question_type_is_refused(data):
    _edit(data / BANK, "type: single", "type: singel")

    message = _error(load_questions, data)
    assert message.endswith(
        f"{BANK}: questions #1 (pv-forms-1) / type: "
        "expected one of single, multiple, true_false, ordering, got the text 'singel'"
    )


def test_a_question_in_another_courses_file_is_refused(data):
    _edit(data / BANK, "module: psychological-violence", "module: duty-to-act")

    assert "tags / module: 'duty-to-act' is not this file's course" in _error(load_questions, data)


def test_a_bank_file_missing_from_the_index_is_refused(data):
    shutil.copy(data / BANK, data / "questions/extra.yaml")

    message = _error(load_scenarios, data)
    assert "questions/extra.yaml: not expected here: a file here must be listed" in message


def test_bad_yaml_in_a_case_names_the_file_and_the_line(data):
    _edit(data / "cases/case-2.yaml", "key: case-2\n", "key: case-2\n  oops: [\n")

    message = _error(load_cases, data)
    assert "cases/case-2.yaml: not valid YAML: line 2" in message


def test_a_case_named_after_another_key_is_refused(data):
    _edit(data / "cases/case-3.yaml", "key: case-3", "key: case-9")

    assert _error(load_cases, data).endswith(
        "cases/case-3.yaml: key: 'case-9' is not the file's name 'case-3'"
    )


def test_a_missing_instrument_file_is_named(data):
    (data / "instrument.yaml").unlink()

    assert _error(load_instrument, data).endswith("assessments/instrument.yaml: file is missing")


def test_the_instrument_version_must_be_text(data):
    _edit(data / "instrument.yaml", "version: '1.0'", "version: 1.0")

    message = _error(load_instrument, data)
    assert message.endswith("version: expected text, got the number 1.0 (put it in quotes)")

"""The demo courses are data files that content people edit: the content check passes on all
of them, and a broken file fails with an error that names the file and the key."""

import shutil
from pathlib import Path

import pytest

from assessments.demo_content.datafiles import DemoContentError
from modules.demo_content import DATA, check, load_courses

COURSE = "psychological-violence"
LESSON = f"{COURSE}/lessons/01-what-it-is"


def test_the_content_check_finds_no_problem_in_the_demo_content():
    assert check.content_problems() == []


def test_the_content_check_command_says_ok(capsys):
    assert check.main([]) == 0
    out = capsys.readouterr().out
    assert f"{COURSE}: 4 lessons" in out
    assert out.rstrip().endswith("OK")


def test_every_course_and_lesson_is_loaded_in_index_order():
    courses = load_courses()
    index = (DATA / "index.yaml").read_text(encoding="utf-8")
    assert [c["slug"] for c in courses] == [
        line.removeprefix("  - ") for line in index.splitlines() if line.startswith("  - ")
    ]
    for course in courses:
        lessons = sorted((DATA / course["slug"] / "lessons").glob("*.en.yaml"))
        assert [f.name.split("-", 1)[1].removesuffix(".en.yaml") for f in lessons] == [
            lesson["slug"] for lesson in course["lessons"]
        ]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the demo course files to break."""
    shutil.copytree(
        DATA, tmp_path / "courses", ignore=shutil.ignore_patterns("*.py", "__pycache__")
    )
    return tmp_path / "courses"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _error(data: Path) -> str:
    with pytest.raises(DemoContentError) as error:
        load_courses(data)
    return str(error.value)


def test_a_missing_language_names_the_lesson_file(data):
    (data / f"{LESSON}.da.yaml").unlink()

    assert _error(data).endswith(f"courses/{LESSON}.da.yaml: file is missing")


def test_a_stray_lesson_file_is_refused(data):
    (data / f"{COURSE}/lessons/05-extra.en.yaml").write_text("title: Extra\nbody: []\n")

    assert "courses/psychological-violence/lessons/05-extra.en.yaml: not expected here" in (
        _error(data)
    )


def test_a_lesson_file_out_of_order_is_refused(data):
    (data / f"{LESSON}.en.yaml").rename(data / f"{COURSE}/lessons/02-what-it-is.en.yaml")

    assert f"{COURSE}/lessons/02-what-it-is.en.yaml: not expected here" in _error(data)


def test_a_lesson_left_out_of_course_yaml_leaves_its_files_stray(data):
    lesson = "  - slug: why-it-matters\n    minutes: 12\n    required: true\n"
    _edit(data / f"{COURSE}/course.yaml", lesson, "")

    message = _error(data)
    assert f"{COURSE}/lessons/03-why-it-matters.da.yaml: not expected here" in message
    assert "named NN-<slug>.<language>.yaml after the lessons in course.yaml" in message


def test_a_course_folder_missing_from_the_index_is_refused(data):
    shutil.copytree(data / COURSE, data / "another-course")

    message = _error(data)
    assert "courses/another-course: not expected here" in message
    assert "index.yaml" in message


def test_an_unknown_key_names_the_file_and_the_key(data):
    _edit(data / f"{LESSON}.en.yaml", "title:", "titel:")

    message = _error(data)
    assert f"{LESSON}.en.yaml: unknown key 'titel' (allowed here: title, body)" in message


def test_an_unknown_key_inside_a_list_names_the_item(data):
    _edit(data / f"{COURSE}/course.yaml", "    minutes: 12\n", "    minuets: 12\n")

    message = _error(data)
    assert f"{COURSE}/course.yaml: lessons #2 (coercive-control): unknown key 'minuets'" in message


def test_a_missing_key_is_named(data):
    _edit(data / f"{COURSE}/course.yaml", "minutes: 45\n", "")

    assert _error(data).endswith(f"{COURSE}/course.yaml: missing key 'minutes'")


def test_a_value_of_the_wrong_kind_is_named(data):
    _edit(data / f"{COURSE}/course.yaml", "minutes: 45", "minutes: forty-five")

    message = _error(data)
    assert message.endswith(
        "course.yaml: minutes: expected a whole number, got the text 'forty-five'"
    )


def test_bad_yaml_names_the_file_and_the_line(data):
    _edit(data / f"{LESSON}.da.yaml", "title: ", "title: [")

    message = _error(data)
    assert f"{LESSON}.da.yaml: not valid YAML: line " in message


def test_a_key_written_twice_is_refused(data):
    _edit(data / f"{LESSON}.en.yaml", "body:", "title: Again\nbody:")

    assert _error(data).endswith(f"{LESSON}.en.yaml: line 2: key 'title' appears twice")


def test_a_course_must_declare_both_seeded_languages(data):
    _edit(data / f"{COURSE}/course.yaml", "languages: [en, da]", "languages: [en]")

    message = _error(data)
    assert f"{COURSE}/course.yaml: languages: the demo seed publishes every course in en" in message


def test_the_folder_and_the_slug_must_agree(data):
    _edit(data / f"{COURSE}/course.yaml", f"slug: {COURSE}", "slug: psych")

    assert "course.yaml: slug: 'psych' is not the folder's name" in _error(data)


def test_a_prerequisite_must_come_earlier_in_the_catalogue(data):
    _edit(data / f"{COURSE}/course.yaml", "prerequisites: []", "prerequisites: [duty-to-act]")

    assert "prerequisites: 'duty-to-act' is not a course listed before this one" in _error(data)


def test_a_misspelt_block_field_is_a_content_problem(data):
    _edit(data / f"{LESSON}.en.yaml", "      heading: It is about", "      haeding: It is about")

    (problem,) = check.content_problems(data=data)

    assert problem.endswith(
        f"{LESSON}.en.yaml: body #2 (key_point) / haeding: not a field of this block"
    )


def test_an_unknown_block_type_is_a_content_problem(data):
    _edit(data / f"{LESSON}.en.yaml", "  - type: key_point", "  - type: keypoint")

    (problem,) = [p for p in check.content_problems(data=data) if "keypoint" in p]
    assert f"{LESSON}.en.yaml: body #2: unknown block type 'keypoint'" in problem


def test_a_block_that_would_not_save_is_a_content_problem(data):
    _edit(
        data / f"{LESSON}.da.yaml",
        "  - type: rich_text\n    value: >-\n",
        "  - type: key_point\n    value: >-\n",
    )

    problems = check.content_problems(data=data)

    assert any(f"{LESSON}.da.yaml: body #1 (key_point)" in p for p in problems), problems

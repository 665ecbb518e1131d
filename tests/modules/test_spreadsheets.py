"""The export cells a spreadsheet opens safely: formulas neutralised (OWASP CSV
injection), dates in ISO 8601, XLSX text stored as text."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import openpyxl
import pytest

from modules.dashboard.spreadsheets import Column, csv_lines, csv_text, neutralise, xlsx_write


@pytest.mark.parametrize(
    "value",
    [
        '=HYPERLINK("http://evil.example","click")',
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
    ],
)
def test_text_a_spreadsheet_would_run_gets_a_leading_apostrophe(value):
    assert neutralise(value) == "'" + value
    assert csv_text(value) == "'" + value


@pytest.mark.parametrize("value", ["Anna Berg", "E00042", "a=b", "'=already quoted", "", " =x"])
def test_harmless_text_is_left_alone(value):
    assert neutralise(value) == value


def test_values_that_are_not_text_are_left_alone_and_dates_are_iso():
    assert neutralise(5) == 5 and neutralise(None) is None
    assert csv_text(None) == ""
    assert csv_text(date(2027, 1, 19)) == "2027-01-19"
    assert csv_text(datetime(2027, 1, 19, 23, 0, tzinfo=UTC)) == "2027-01-19"


def test_csv_lines_quote_what_needs_quoting_and_neutralise_every_cell():
    lines = list(csv_lines([Column("name"), Column("note")], [("=1+1", 'says "hi", then')]))
    assert lines == ["name,note\r\n", '\'=1+1,"says ""hi"", then"\r\n']
    assert next(csv_lines([Column("a")], [], bom=True)) == "\ufeffa\r\n"


def test_csv_lines_go_out_in_blocks_and_lose_no_row():
    rows = [(n,) for n in range(1234)]
    blocks = list(csv_lines([Column("n")], rows))
    assert len(blocks) == 1 + 3  # the header, then blocks of 500, 500, 234 lines
    assert "".join(blocks).splitlines() == ["n", *map(str, range(1234))]


def test_xlsx_stores_formula_like_and_error_like_text_as_strings():
    out = io.BytesIO()
    rows = [('=HYPERLINK("x")', "#N/A", "bell\x07name", date(2027, 1, 19), 3, None)]
    xlsx_write(out, [Column(h) for h in "abcdef"], rows, title="Test")
    sheet = openpyxl.load_workbook(io.BytesIO(out.getvalue())).active
    assert [c.value for c in sheet[1]] == list("abcdef")
    formula, error, bell, due, number, empty = sheet[2]
    assert formula.value == '\'=HYPERLINK("x")' and formula.data_type == "s"
    assert error.value == "#N/A" and error.data_type == "s"
    assert bell.value == "bellname"
    assert due.value.date() == date(2027, 1, 19) and due.number_format == "yyyy-mm-dd"
    assert number.value == 3 and empty.value is None
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["A"].width == 16


def test_a_sheet_name_loses_what_a_sheet_name_may_not_hold():
    out = io.BytesIO()
    xlsx_write(out, [Column("a")], [], title="Team: report/2026?")
    assert openpyxl.load_workbook(io.BytesIO(out.getvalue())).active.title == "Team report2026"

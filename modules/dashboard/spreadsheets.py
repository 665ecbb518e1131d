"""Writing rows as CSV or XLSX that a spreadsheet opens safely: pure functions, no ORM.

A cell a spreadsheet would read as a formula is *neutralised* (OWASP, "CSV injection"): a
text value beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
leading apostrophe, in CSV and XLSX alike, so a person named ``=HYPERLINK(...)`` stays a
name. In XLSX every text cell is also stored as a string (openpyxl would otherwise store
``=...`` as a formula and ``#N/A`` as an error) and characters XML cannot hold are dropped.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

#: What makes a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "yyyy-mm-dd"
#: CSV lines handed to the server at a time.
LINES_PER_BLOCK = 500
#: Characters a sheet's name may not hold.
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Column:
    """A column of an export: its header and its width in XLSX (in characters)."""

    header: str
    width: int = 16


def neutralise(value: Any) -> Any:
    """``value`` with a leading apostrophe if it is text a spreadsheet would run as a
    formula; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(value: Any) -> str:
    """The CSV form of a cell: ISO 8601 dates (YYYY-MM-DD), empty for None, neutralised
    text."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(str(value))


class _Line:
    """A file-like object that hands back what ``csv.writer`` writes (one line)."""

    def write(self, text: str) -> str:
        return text


def csv_lines(
    columns: Sequence[Column], rows: Iterable[Sequence[Any]], *, bom: bool = False
) -> Iterator[str]:
    """The CSV text, one line at a time (for a streaming response): the header, then each
    row. Comma-separated, quoted where needed, CRLF line ends (RFC 4180). ``bom`` starts
    with a byte-order mark, so spreadsheet programs read the UTF-8 as UTF-8."""
    writer = csv.writer(_Line())
    header = writer.writerow([neutralise(c.header) for c in columns])
    yield ("\ufeff" if bom else "") + header
    # Lines go out in blocks: one write per line would cost a system call each on a
    # report of 100,000 rows.
    block: list[str] = []
    for row in rows:
        block.append(writer.writerow([csv_text(v) for v in row]))
        if len(block) == LINES_PER_BLOCK:
            yield "".join(block)
            block = []
    if block:
        yield "".join(block)


def xlsx_text(value: str) -> str:
    """Text as an XLSX cell can hold it: neutralised, without XML-illegal characters."""
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))


def _xlsx_cell(sheet, value: Any):
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if value is None or isinstance(value, bool | int | float):
        return value
    cell = WriteOnlyCell(sheet, value=xlsx_text(str(value)))
    cell.data_type = "s"  # never a formula or an error code, whatever the text
    return cell


def xlsx_write(
    out: IO[bytes], columns: Sequence[Column], rows: Iterable[Sequence[Any]], *, title: str
) -> None:
    """Write an XLSX workbook of one sheet named ``title`` to ``out``: a bold header row,
    frozen, the columns' widths, then the rows (dates as dates, text as strings). Written
    row by row (openpyxl's write-only mode), so memory stays flat for large exports."""
    workbook = Workbook(write_only=True)
    name = SHEET_NAME_FORBIDDEN.sub("", ILLEGAL_CHARACTERS_RE.sub("", title))[:31].strip("'")
    sheet = workbook.create_sheet(title=name or "Sheet")
    for index, column in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = _xlsx_cell(sheet, column.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append([_xlsx_cell(sheet, v) for v in row])
    workbook.save(out)

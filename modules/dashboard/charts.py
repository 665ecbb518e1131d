"""Charts drawn on the server as inline SVG: the geometry here (pure: numbers in, shapes
out), the markup in ``modules/dashboard/_bar_chart.html`` and ``_column_chart.html``.

Every chart names itself (``<title>``, ``<desc>``) and prints each value as text beside its
bar, so nothing is told by colour or length alone; the page shows the same numbers in a
table next to it (WCAG 2.1: text alternatives for non-text content).
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH = 640
LABEL_HEIGHT = 20
BAR_HEIGHT = 18
ROW_GAP = 14
VALUE_SPACE = 150


@dataclass(frozen=True)
class Bar:
    """One horizontal bar: its label above it, the bar on its track, the value printed
    after the track."""

    label: str
    value_text: str
    y_label: int
    y_bar: int
    width: int
    x_value: int


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars of percentages (0-100) in a ``WIDTH`` x ``height`` view box."""

    title: str
    description: str
    bars: tuple[Bar, ...]
    height: int
    track_width: int = WIDTH - VALUE_SPACE


def bar_chart(*, title: str, description: str, rows) -> BarChart:
    """``rows``: (label, percent or None, value text). A row without a percent gets no bar,
    only its text ("nothing assigned")."""
    scale = WIDTH - VALUE_SPACE
    bars, y = [], 0
    for label, percent, value_text in rows:
        width = round(scale * max(0, min(percent or 0, 100)) / 100)
        y_bar = y + LABEL_HEIGHT
        bars.append(Bar(label, value_text, y + 14, y_bar, width, scale + 8))
        y = y_bar + BAR_HEIGHT + ROW_GAP
    return BarChart(title, description, tuple(bars), max(y, 1))


@dataclass(frozen=True)
class Column:
    """One vertical column: its label below, its value above."""

    label: str
    value: int
    x: int
    y: int
    height: int
    x_text: int
    sublabel: str = ""


@dataclass(frozen=True)
class ColumnChart:
    """Columns of counts over a baseline at ``baseline`` in a ``WIDTH`` x ``height`` box."""

    title: str
    description: str
    columns: tuple[Column, ...]
    column_width: int
    baseline: int
    height: int
    width: int = WIDTH


PLOT_HEIGHT = 160
TOP = 22
BOTTOM = 44


def column_chart(*, title: str, description: str, rows) -> ColumnChart:
    """``rows``: (label, count) or (label, count, sublabel: a second line under the label,
    e.g. the year under the first month of it). Columns scale to the largest count (a flat
    chart of zeros when there is none)."""
    rows = list(rows)
    slot = WIDTH // max(len(rows), 1)
    column_width = max(slot - 12, 4)
    top = max((row[1] for row in rows), default=0)
    baseline = TOP + PLOT_HEIGHT
    columns = []
    for n, (label, count, *sub) in enumerate(rows):
        height = round(PLOT_HEIGHT * count / top) if top else 0
        x = n * slot + (slot - column_width) // 2
        columns.append(
            Column(
                label,
                count,
                x,
                baseline - height,
                height,
                x + column_width // 2,
                sub[0] if sub else "",
            )
        )
    return ColumnChart(
        title, description, tuple(columns), column_width, baseline, baseline + BOTTOM
    )

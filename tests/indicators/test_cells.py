"""Cells are parsed once per distinct text and spread back: every cell still gets its own error, in the order a
cell-by-cell reading gives (by kind of error, then by row)."""

from __future__ import annotations

import pandas as pd

from shnor.indicators.cells import detect_decimal, parse_cells
from shnor.indicators.schema import Column, Kind


def test_each_bad_cell_is_reported_in_the_order_of_a_cell_by_cell_reading():
    column = Column("mark_2", Kind.COUNT, minimum=0, maximum=40)
    raw = pd.Series(["1,5%", "x", "-1", "2%", "1,5%", "", "41", "x", "7"], dtype=object)
    values, errors = parse_cells(raw, column, ",")
    assert errors == [
        (1, "«x» — не число: укажите целое число, например 42"),
        (7, "«x» — не число: укажите целое число, например 42"),
        (0, "«1,5%»: знак % здесь не нужен, укажите число"),
        (3, "«2%»: знак % здесь не нужен, укажите число"),
        (4, "«1,5%»: знак % здесь не нужен, укажите число"),
        (0, "«1,5%» — не целое число: здесь нужно целое, например 42"),
        (4, "«1,5%» — не целое число: здесь нужно целое, например 42"),
        (2, "«-1»: значение должно быть не меньше 0"),
        (6, "«41»: значение должно быть не больше 40"),
    ]
    assert values.isna().tolist() == [True, True, True, True, True, True, True, True, False]
    assert values.iloc[-1] == 7.0


def test_repeated_texts_keep_their_rows_and_types():
    dates, errors = parse_cells(pd.Series(["20.04.2020", "", "2020-04-20", "31.02.2020", "20.04.2020"]),
                                Column("date", Kind.DATE), ",")  # fmt: skip
    day = pd.Timestamp("2020-04-20")
    assert [None if pd.isna(d) else d for d in dates] == [day, None, day, None, day]
    assert [pos for pos, _ in errors] == [3]
    assert str(dates.dtype) == "datetime64[ns]"
    years, _ = parse_cells(pd.Series(["2024", "2025", "2024", ""]), Column("year", Kind.INT), ",")
    assert str(years.dtype) == "Int64" and years.tolist()[:3] == [2024, 2025, 2024] and pd.isna(years.iloc[3])
    stages, errors = parse_cells(pd.Series(["Итоговый", "final", "итоговый", "позже"]),
                                 Column("stage", Kind.CHOICE, choices={"итоговый": "итоговый", "final": "итоговый"}),
                                 ",")  # fmt: skip
    assert stages.tolist() == ["итоговый", "итоговый", "итоговый", None]
    assert [pos for pos, _ in errors] == [3]
    flags, errors = parse_cells(pd.Series(["имеется", "Не имеется", "28,57%", "имеется"]),
                                Column("value", Kind.VALUE), ",")  # fmt: skip
    assert flags.tolist() == [1.0, 0.0, 28.57, 1.0] and errors == []


def test_decimal_mark_counts_every_cell_not_every_distinct_text():
    # Three cells with a comma against two distinct texts with a dot: the cells decide.
    commas = pd.Series(["1,5", "1,5", "1,5", "2.25", "3.75"], dtype=object)
    assert detect_decimal([commas], ",") == ","
    dots = pd.Series(["1,5", "2.25", "2.25", "", ""], dtype=object)
    assert detect_decimal([dots], ";") == "."

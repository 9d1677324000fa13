"""Loading CSV as departments produce it, and reporting broken cells by file, line, column and value."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.indicators.conftest import HERE


def _messages(problems):
    return [(p.path, p.line, p.field, p.message) for p in problems]


def test_excel_russian_and_plain_csv_load_the_same(monitoring):
    excel, problems = monitoring(gia=(HERE / "gia_excel_ru.csv").read_bytes())
    assert problems == []
    plain, problems = monitoring(gia=(HERE / "gia_plain.csv").read_bytes())
    assert problems == []
    columns = ["school", "year", "exam", "subject", "participants", "passed", "mean_score", "sd", "mark_5", "mark_2"]
    pd.testing.assert_frame_equal(excel.gia[columns], plain.gia[columns])
    assert excel.gia["mean_score"].tolist() == [29.52, 29.15]
    assert excel.gia["subject"].tolist() == ["russian", "russian"]  # «Русский язык» matched case-insensitively
    assert excel.gia["source_line"].tolist() == [2, 3]


def test_percent_sign_stage_case_and_thousands_space(monitoring):
    data, problems = monitoring(values=(HERE / "values_percent_excel.csv").read_bytes())
    assert problems == []
    assert data.values["value"].tolist() == pytest.approx([28.57, 1104.0])
    assert data.values["stage"].tolist() == ["итоговый", "итоговый"]
    assert data.values["date"].dt.strftime("%Y-%m-%d").tolist() == ["2020-12-15", "2020-12-15"]


def test_windows_1251_export_loads(monitoring):
    text = (HERE / "gia_excel_ru.csv").read_bytes().decode("utf-8-sig")
    data, problems = monitoring(gia=text.encode("cp1251"))
    assert problems == []
    assert data.gia["exam"].tolist() == ["ОГЭ", "ОГЭ"]


def test_broken_cells_name_file_line_column_and_value(monitoring):
    data, problems = monitoring(vpr=(HERE / "vpr_broken.csv").read_bytes())
    found = _messages(problems)
    path = "data/monitoring/vpr.csv"
    assert (path, 3, "participants", "«сорок» — не число: укажите целое число, например 42") in found
    assert (path, 4, "mark_2", "«-2»: значение должно быть не меньше 0") in found
    assert any(p[:3] == (path, 5, "subject") and "«физкультура-и-танцы»" in p[3] for p in found)
    assert any(p[:3] == (path, 6, "mark_2") and "«3,5»" in p[3] for p in found)
    # Nothing silently becomes 0: the bad cells are missing, the good row is intact.
    assert pd.isna(data.vpr.loc[1, "participants"]) and pd.isna(data.vpr.loc[2, "mark_2"])
    assert data.vpr.loc[0, ["participants", "mark_2"]].tolist() == [49, 6]


def test_missing_required_column_is_reported_on_the_header(monitoring):
    _, problems = monitoring(values=(HERE / "values_bad_quotes.csv").read_bytes())
    assert ("data/monitoring/values.csv", 1, "stage", "нет обязательного столбца «stage»") in _messages(problems)


def test_decimal_point_in_a_comma_decimal_file(monitoring):
    text = "school;year;subject;grade;participants;mark_2;mark_3;mark_4;mark_5;mean_score\n" \
           "school-a;2020;математика;4;49;6;12;20;11;10,82\nschool-b;2020;математика;4;20;5;5;5;5;10.5\n"
    _, problems = monitoring(vpr=text)
    assert [(p.line, p.field) for p in problems] == [(3, "mean_score")]
    assert "«10.5»" in problems[0].message and "запятой" in problems[0].message


def test_a_project_without_monitoring_files_has_no_problems(make_project):
    from shnor.indicators.section import load
    from shnor.kinds import load_repository
    from tests.conftest import TODAY

    repo = load_repository(make_project(), TODAY)
    assert load(repo) == []
    assert repo.monitoring is None

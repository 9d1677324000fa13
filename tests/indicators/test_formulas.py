"""Every formula against figures worked out by hand (seed 003 and small made-up cases)."""

from __future__ import annotations

import math

import pytest

from shnor.indicators.gia import gia_results
from shnor.indicators.values import indicator_values
from shnor.indicators.vpr import vpr_results
from shnor.indicators.vpr_tasks import solve_rate_corridor

VPR_HEADER = "school,year,subject,grade,participants,mark_2,mark_3,mark_4,mark_5\n"
GIA_HEADER = "school,year,exam,subject,participants,passed,mean_score,mark_5,mark_4,mark_3,mark_2\n"
VALUES_HEADER = "school,indicator,year,stage,numerator,denominator,value\n"


def row(frame, **where):
    for key, value in where.items():
        frame = frame[frame[key] == value]
    assert len(frame) == 1, frame
    return frame.iloc[0]


def test_vpr_seed_003_math_grade_4_not_quality_education(monitoring):
    # 49 pupils; «2» 12,2 % and «3» 24,5 % of 49 are 6 and 12 pupils: (6 + 12) / 49 = 36,73 %.
    data, problems = monitoring(vpr=VPR_HEADER + "school-a,2020,математика,4,49,6,12,20,11\n")
    assert problems == []
    r = row(vpr_results(data), school="school-a")
    assert round(r["share_2"], 1) == 12.2
    assert round(r["share_3"], 1) == 24.5
    assert round(r["share_23"], 1) == 36.7
    assert round(r["share_45"], 2) == 63.27  # 31 / 49


def test_vpr_seed_003_russian_grade_4(monitoring):
    # 51 pupils, «2» 6 (11,8 %) and «3» 18 (35,3 %): 24 / 51 = 47,06 %.
    data, _ = monitoring(vpr=VPR_HEADER + "school-a,2020,русский язык,4,51,6,18,19,8\n")
    assert round(row(vpr_results(data), school="school-a")["share_23"], 1) == 47.1


def test_oge_seed_003_school_pass_rate_and_average_mark(monitoring):
    # 42 sat, 42 passed; marks 5/4/3/2 = 12/15/15/0: (60 + 60 + 45) / 42 = 3,928…
    data, problems = monitoring(gia=GIA_HEADER + "school-a,2019,ОГЭ,русский язык,42,42,\"29,52\",12,15,15,0\n")
    assert problems == []
    r = row(gia_results(data), school="school-a")
    assert r["pass_rate"] == 100.0
    assert round(r["average_mark"], 2) == 3.93
    assert r["mean_score"] == pytest.approx(29.52)


def test_oge_seed_003_district_entered_row(monitoring):
    # District: 274 sat (not the 275 of the cohort), 266 passed = 97,08 %; marks 83/103/80/8:
    # (415 + 412 + 240 + 16) / 274 = 1083 / 274 = 3,952…
    data, _ = monitoring(gia=GIA_HEADER + "@municipality,2019,ОГЭ,русский язык,274,266,\"29,15\",83,103,80,8\n")
    r = row(gia_results(data), school="@municipality")
    assert round(r["pass_rate"], 2) == 97.08
    assert round(r["average_mark"], 2) == 3.95
    assert not r["computed"]


def test_oge_municipality_is_the_sum_of_its_schools(monitoring):
    # school-a 10 sat, 9 passed, marks 2/3/4/1; school-b 30 sat, 30 passed, marks 10/10/10/0.
    # Σ: 40 sat, 39 passed = 97,5 %; marks 12/13/14/1: (60 + 52 + 42 + 2) / 40 = 3,9.
    # The mean of the two pass rates would be (90 + 100) / 2 = 95 %: wrong.
    data, _ = monitoring(gia=GIA_HEADER + "school-a,2025,ОГЭ,математика,10,9,,2,3,4,1\n"
                                          "school-b,2025,ОГЭ,математика,30,30,,10,10,10,0\n")
    r = row(gia_results(data), school="@municipality")
    assert r["participants"] == 40
    assert r["pass_rate"] == pytest.approx(97.5)
    assert r["average_mark"] == pytest.approx(3.9)
    assert r["computed"] and r["schools"] == 2


def test_gia_year_on_year_change(monitoring):
    # 2024: 20 of 25 passed = 80 %; 2025: 45 of 50 = 90 %: +10 points (5 failed each year: nothing hidden).
    data, _ = monitoring(gia=GIA_HEADER + "school-b,2024,ОГЭ,математика,25,20,,,,,\n"
                                          "school-b,2025,ОГЭ,математика,50,45,,,,,\n")
    r = row(gia_results(data), school="school-b", year=2025)
    assert r["previous_pass_rate"] == pytest.approx(80.0)
    assert r["change_pass_rate"] == pytest.approx(10.0)


def test_indicator_aggregate_is_sum_of_numerators_over_sum_of_denominators(monitoring):
    # school-a 1 of 10 teachers trained (10 %), school-b 45 of 50 (90 %): the municipality is 46 / 60 = 76,67 %,
    # not the mean of percentages (50 %).
    data, _ = monitoring(values=VALUES_HEADER + "school-a,teachers-trained-quality,2025,итоговый,1,10,\n"
                                                "school-b,teachers-trained-quality,2025,итоговый,45,50,\n")
    r = row(indicator_values(data), school="@municipality", indicator="teachers-trained-quality")
    assert r["value"] == pytest.approx(46 / 60 * 100)
    assert r["target_status"] == "met"  # target ≥ 40 %


def test_municipal_indicator_over_a_group_of_schools(monitoring):
    # m-teachers-trained-quality is over ШНОР and НСУ only: school-a (ШНОР+НСУ) 1/10 and school-c (ШНОР) 9/20,
    # school-b (neither) is left out: 10 / 30 = 33,3 %.
    data, _ = monitoring(values=VALUES_HEADER + "school-a,teachers-trained-quality,2025,итоговый,1,10,\n"
                                                "school-b,teachers-trained-quality,2025,итоговый,45,50,\n"
                                                "school-c,teachers-trained-quality,2025,итоговый,9,20,\n")
    r = row(indicator_values(data), school="@municipality", indicator="m-teachers-trained-quality")
    assert r["value"] == pytest.approx(100 / 3)


def test_zero_denominator_is_no_data_not_zero(monitoring):
    data, problems = monitoring(values=VALUES_HEADER + "school-b,ovz-home-distance,2025,итоговый,0,0,\n")
    assert problems == []
    r = row(indicator_values(data), school="school-b", indicator="ovz-home-distance")
    assert math.isnan(r["value"])
    assert r["status"] == "no_data"
    assert r["target_status"] == "no_data"
    municipal = row(indicator_values(data), school="@municipality", indicator="ovz-home-distance")
    assert math.isnan(municipal["value"]) and municipal["status"] == "no_data"


def test_small_counts_of_pupils_are_suppressed_at_schools_only(monitoring):
    # 3 of 40 pupils (under 5) is hidden; 37 of 40 is hidden too, since 40 − 37 = 3 names the others;
    # 10 of 40 is shown; the municipality (50 of 120) is shown; teachers are never hidden.
    data, _ = monitoring(values=VALUES_HEADER + "school-a,contest-winners,2025,итоговый,3,40,\n"
                                                "school-b,contest-winners,2025,итоговый,37,40,\n"
                                                "school-c,contest-winners,2025,итоговый,10,40,\n"
                                                "school-a,teachers-contests,2025,итоговый,2,9,\n")
    values = indicator_values(data)
    for school in ("school-a", "school-b"):
        r = row(values, school=school, indicator="contest-winners")
        assert r["status"] == "suppressed" and math.isnan(r["value"]) and math.isnan(r["numerator"])
    assert row(values, school="school-c", indicator="contest-winners")["value"] == pytest.approx(25.0)
    assert row(values, school="@municipality", indicator="contest-winners")["value"] == pytest.approx(50 / 120 * 100)
    assert row(values, school="school-a", indicator="teachers-contests")["value"] == pytest.approx(200 / 9)
    unsuppressed = indicator_values(data, suppress_below=None)
    assert row(unsuppressed, school="school-a", indicator="contest-winners")["value"] == pytest.approx(7.5)


def test_vpr_distribution_with_one_small_cell_publishes_no_single_mark(monitoring):
    # 30 pupils, marks 3/7/12/8: «2» = 3 is small; hiding it alone would not do (30 − 7 − 12 − 8 = 3), so every
    # mark is hidden; «2»+«3» = 10 and «4»+«5» = 20 are both ≥ 5 and stay: 33,3 % and 66,7 %.
    data, _ = monitoring(vpr=VPR_HEADER + "school-b,2025,математика,4,30,3,7,12,8\n")
    r = row(vpr_results(data), school="school-b")
    assert all(math.isnan(r[c]) for c in ("mark_2", "mark_3", "share_2", "share_3", "share_5", "share_345"))
    assert r["share_23"] == pytest.approx(100 / 3)
    assert r["share_45"] == pytest.approx(200 / 3)
    assert r["participants"] == 30


def test_vpr_group_under_threshold_is_hidden_entirely(monitoring):
    data, _ = monitoring(vpr=VPR_HEADER + "school-b,2025,математика,4,4,0,1,2,1\n")
    r = row(vpr_results(data), school="school-b")
    assert r["status"] == "suppressed" and math.isnan(r["participants"])


def test_relative_target_against_the_region(monitoring):
    # Target of vpr-coped: not below the region. Region 93 009 of 96 729 = 96,15 %;
    # school-b 88 of 100 = 88 % → not met; school-c 194 of 200 = 97 % → met.
    data, _ = monitoring(values=VALUES_HEADER + "@region,vpr-coped,2025,промежуточный,93009,96729,\n"
                                                "school-b,vpr-coped,2025,промежуточный,88,100,\n"
                                                "school-c,vpr-coped,2025,промежуточный,194,200,\n")
    values = indicator_values(data)
    b = row(values, school="school-b", indicator="vpr-coped")
    assert b["target_value"] == pytest.approx(93009 / 96729 * 100)
    assert b["target_status"] == "not_met"
    assert row(values, school="school-c", indicator="vpr-coped")["target_status"] == "met"


def test_relative_target_without_the_region_is_no_data(monitoring):
    data, _ = monitoring(values=VALUES_HEADER + "school-b,vpr-failed,2025,промежуточный,6,100,\n")
    assert row(indicator_values(data), school="school-b", indicator="vpr-failed")["target_status"] == "no_data"


def test_change_against_previous_stage(monitoring):
    # 10 of 40 (25 %) at entry, 16 of 40 (40 %) at interim: +15 points, better.
    data, _ = monitoring(values=VALUES_HEADER + "school-b,teachers-contests,2025,входной,10,40,\n"
                                                "school-b,teachers-contests,2025,промежуточный,16,40,\n")
    r = row(indicator_values(data), school="school-b", indicator="teachers-contests", stage="промежуточный")
    assert r["change"] == pytest.approx(15.0) and r["trend"] == "better"


def test_solve_rate_corridor_seed_003(monitoring):
    # Seed 003, ВПР maths grade 4, school vs Sverdlovsk region: task 4 76 vs 64 (+12, above),
    # 5(1) 39 vs 69 (−30, below), 11 82 vs 74 (+8, inside), task 3 78 vs 87 (−9, inside).
    header = "school,year,subject,grade,task,solve_rate\n"
    lines = [("4", 76, 64), ("5(1)", 39, 69), ("11", 82, 74), ("3", 78, 87), ("7", 58, 68)]
    text = header + "".join(f"school-a,2020,математика,4,{t},{s}\n@region,2020,математика,4,{t},{r}\n"
                            for t, s, r in lines)
    data, problems = monitoring(vpr_tasks=text)
    assert problems == []
    corridor = solve_rate_corridor(data).set_index("task")
    assert corridor.loc["4", "outside"] == "выше"
    assert corridor.loc["5(1)", "outside"] == "ниже"
    assert corridor.loc["11", "outside"] == ""
    assert corridor.loc["3", "outside"] == ""
    assert corridor.loc["7", "outside"] == ""  # exactly 10 points is still inside

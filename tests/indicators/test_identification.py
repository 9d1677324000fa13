"""Identification of ШНОР (seed 003, appendix 1): each criterion for every school with the figure behind it,
worked out by hand on three fixture schools."""

from __future__ import annotations

import datetime as dt

from shnor.indicators.report import MonitoringReport
from shnor.taxonomy import taxonomies_at
from tests.conftest import REPO

VPR = ("school,year,subject,grade,participants,mark_2,mark_3,mark_4,mark_5\n"
       # school-a, mathematics grade 4: «4»+«5» 25 of 50 (50 %) in 2022, 40 of 50 (80 %) in 2023: +30 pp.
       "school-a,2022,математика,4,50,10,15,15,10\n"
       "school-a,2023,математика,4,50,5,5,20,20\n"
       # school-b, Russian grade 5: 25 of 50 (50 %) then 30 of 50 (60 %): +10 pp, below the 20 pp threshold.
       "school-b,2022,русский язык,5,50,5,20,15,10\n"
       "school-b,2023,русский язык,5,50,5,15,20,10\n")
GIA = ("school,year,exam,subject,participants,passed,mean_score,mark_5,mark_4,mark_3,mark_2\n"
       # ОГЭ mathematics 2023: the region 35,5, school-b 12,0 (23,5 points below), school-a 30,0 (5,5 below).
       "@region,2023,ОГЭ,математика,9000,8800,\"35,5\",2000,3000,3800,200\n"
       "school-b,2023,ОГЭ,математика,20,15,12,1,4,10,5\n"
       "school-a,2023,ОГЭ,математика,20,19,30,5,6,8,1\n")
VALUES = ("school,indicator,year,stage,numerator,denominator,value\n"
          # 11 of 20 ninth-graders went on to grade 10: 55 % < 60 %; 15 of 20 is 75 % (18 of 20 would be
          # suppressed: the 2 who left are fewer than 5).
          "school-a,continue-soo,2023,итоговый,11,20,\n"
          "school-b,continue-soo,2023,итоговый,15,20,\n")


def _criteria(monitoring) -> dict[tuple[str, str], dict]:
    data, problems = monitoring(vpr=VPR, gia=GIA, values=VALUES)
    assert problems == []
    subjects = {subject.id: subject.name for subject in taxonomies_at(REPO)["subjects"]}
    table = MonitoringReport(data, dt.date(2026, 11, 25), subjects).identification
    return {(r["school"], r["criterion"]): r for r in table.to_dict("records")}


def test_sharp_rise_of_good_marks_is_a_sign_of_non_objective_marking(monitoring):
    rows = _criteria(monitoring)
    a, b = rows[("school-a", "non-objective")], rows[("school-b", "non-objective")]
    assert (a["status"], round(a["value"], 1)) == ("triggered", 30.0)
    assert a["detail"] == "ВПР, математика, 4 класс, 2022→2023; заданий ВПР выше коридора решаемости: 0"
    assert (b["status"], round(b["value"], 1)) == ("clear", 10.0)


def test_score_gap_to_the_region(monitoring):
    rows = _criteria(monitoring)
    b, a = rows[("school-b", "score-gap")], rows[("school-a", "score-gap")]
    assert (b["status"], round(b["value"], 1), b["detail"]) == ("triggered", 23.5, "ОГЭ, математика, 2023")
    assert (a["status"], round(a["value"], 1)) == ("clear", 5.5)


def test_continuing_to_grade_ten_and_a_school_without_data(monitoring):
    rows = _criteria(monitoring)
    a, b = rows[("school-a", "continue-soo")], rows[("school-b", "continue-soo")]
    assert (a["status"], round(a["value"], 1), a["detail"]) == ("triggered", 55.0, "2023, итоговый этап")
    assert (b["status"], round(b["value"], 1)) == ("clear", 75.0)
    c = rows[("school-c", "non-objective")]
    assert (c["status"], c["detail"]) == ("no_data", "")
    assert rows[("school-c", "score-gap")]["status"] == "no_data"
    assert [criterion for school, criterion in rows if school == "school-c"] == [
        "quality-group", "continue-soo", "score-gap", "non-objective", "olympiads", "failure-risk"]

from shnor.paths import ProjectPaths
from shnor.records.schools import load_schools
from shnor.taxonomy import taxonomies_at
from tests.conftest import REPO

HEADER = (
    "id,name,short_name,municipality,settlement,levels,shnor,nsu,partner,base,"
    "quality_group,social_group,pupils,website,risk_factors\n"
)


def _load(tmp_path, body: str, encoding: str = "utf-8"):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "schools.csv").write_bytes(body.encode(encoding))
    return load_schools(ProjectPaths(tmp_path), taxonomies_at(REPO))


def test_excel_export_with_semicolons_and_bom(tmp_path):
    text = (
        "\ufeff"
        + HEADER.replace(",", ";")
        + "s-1;МБОУ «Школа № 1»;Школа № 1;Округ;село;НОО;ООО;да;нет;нет;нет;1;2;50;;motivation\n"
    )
    schools, problems = _load(tmp_path, text.replace("НОО;ООО", "НОО,ООО"))
    assert problems == []
    school = schools["s-1"]
    assert school.levels == ["noo", "ooo"]
    assert (school.shnor, school.nsu, school.quality_group, school.risk_factors) == (True, False, 1, ["motivation"])
    assert school.roles == ["ШНОР"]


def test_bad_rows_name_line_and_column(tmp_path):
    rows = (
        "s-1,МБОУ «Школа № 1»,Школа № 1,Округ,село,НОО,да,нет,нет,нет,1,2,50,,\n"
        "s-2,МБОУ «Школа № 2»,Школа № 2,Округ,хутор,НОО,может быть,нет,нет,нет,7,2,50,,\n"
        "s-1,МБОУ «Школа № 3»,Школа № 3,Округ,город,НОО,да,нет,нет,нет,1,2,50,,\n"
    )
    schools, problems = _load(tmp_path, HEADER + rows)
    got = {(p.line, p.field) for p in problems}
    assert got == {(3, "settlement"), (3, "shnor"), (3, "quality_group"), (4, "id")}
    assert all(p.path == "data/schools.csv" for p in problems)
    assert list(schools) == ["s-1"]

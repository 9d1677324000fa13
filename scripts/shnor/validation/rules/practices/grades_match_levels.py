from shnor.records.repository import PracticeRecord
from shnor.validation.rules.base import Rule


def check(record, repo):
    p = record.data
    levels = repo.taxonomies["levels"]
    allowed = {grade for level in p.levels for grade in repo.taxonomies.grades_of(level)}
    names = ", ".join(levels.by_id(level).name for level in p.levels)
    for index, grade in enumerate(p.grades):
        if grade not in allowed:
            yield record.problem(
                f"grades.{index}",
                f"{grade} класс не относится к указанным уровням ({names}): добавьте уровень или уберите класс",
            )
    if len(set(p.grades)) != len(p.grades):
        yield record.problem("grades", "классы повторяются")


RULE: Rule[PracticeRecord] = Rule(
    code="SH103",
    name="grades-match-levels",
    description="классы относятся к указанным уровням образования",
    check_record=check,
    file_local=True,
)

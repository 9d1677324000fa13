from shnor.records.repository import PracticeRecord
from shnor.validation.rules.base import Rule


def check(record, repo):
    for index, adoption in enumerate(record.data.adoptions):
        if adoption.school == record.data.school:
            yield record.problem(
                f"adoptions.{index}.school", "опыт повторения добавляет другая школа, а не автор практики"
            )


RULE: Rule[PracticeRecord] = Rule(
    code="SH105",
    name="adoption-by-another-school",
    description="повторение практики отмечает другая школа",
    check_record=check,
    file_local=True,
)

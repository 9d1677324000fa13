from collections import defaultdict

from shnor.records.repository import PracticeRecord
from shnor.validation.rules.base import Rule


def check(records, repo):
    by_id = defaultdict(list)
    for record in records:
        by_id[record.data.id].append(record)
        stem = record.source.path.stem
        if record.data.id != stem:
            yield record.problem("id", f"id «{record.data.id}» должен совпадать с именем файла «{stem}.md»")
    for practice_id, same in by_id.items():
        for record in same[1:]:
            yield record.problem("id", f"id «{practice_id}» уже занят практикой {same[0].rel}: выберите другой")


RULE: Rule[PracticeRecord] = Rule(
    code="SH101",
    name="unique-ids",
    description="id практики уникален и совпадает с именем файла",
    check_records=check,
)

from collections import defaultdict

from shnor.validation.rules.base import Rule


def check(repo):
    by_id = defaultdict(list)
    for record in repo.practices:
        by_id[record.data.id].append(record)
        stem = record.source.path.stem
        if record.data.id != stem:
            yield record.problem("id", f"id «{record.data.id}» должен совпадать с именем файла «{stem}.md»")
    for practice_id, records in by_id.items():
        for record in records[1:]:
            yield record.problem("id", f"id «{practice_id}» уже занят практикой {records[0].rel}: выберите другой")


RULE = Rule("SH101", "unique-ids", "id практики уникален и совпадает с именем файла", check_repository=check)

from shnor.records.repository import PracticeRecord
from shnor.validation.rules.base import Rule


def _ru(day) -> str:
    return day.strftime("%d.%m.%Y")


def check(record, repo):
    p = record.data
    named = {"submitted": p.submitted, "updated": p.updated, "since": p.since, "review.date": p.review.date}
    for field, day in named.items():
        if day and day > repo.today:
            yield record.problem(field, f"дата {_ru(day)} ещё не наступила (сегодня {_ru(repo.today)})")
    if p.updated < p.submitted:
        yield record.problem("updated", f"дата обновления {_ru(p.updated)} раньше даты подачи {_ru(p.submitted)}")
    if p.since and p.since > p.updated:
        yield record.problem("since", f"практика не может начаться ({_ru(p.since)}) позже обновления описания")
    if p.review.date and p.review.date < p.submitted:
        yield record.problem("review.date", f"дата рассмотрения {_ru(p.review.date)} раньше даты подачи")


RULE: Rule[PracticeRecord] = Rule(
    code="SH102",
    name="possible-dates",
    description="даты не в будущем и идут по порядку: подача ≤ обновление",
    check_record=check,
    file_local=True,
)

"""An adoption's status decides what it must say: «внедрена» its result, «прекращена» its reason, a finished
status its end date (after the start, not in the future), an ongoing one no end date (data/taxonomies.yml,
adoption_statuses: ``finished``, ``needs``)."""

from shnor.records.repository import PracticeRecord
from shnor.validation.rules.base import Rule

_FIELD_NAMES = {"result": "результат (result)", "reason": "причину (reason)"}


def _ru(day) -> str:
    return day.strftime("%d.%m.%Y")


def check(record, repo):
    statuses = repo.taxonomies["adoption_statuses"]
    published = repo.taxonomies["review_statuses"].by_id(record.data.review.status).extra.get("published")
    for index, adoption in enumerate(record.data.adoptions):
        at = f"adoptions.{index}"
        status = statuses.by_id(adoption.status)
        if not published:
            yield record.problem(f"{at}.school", "внедрение записывают только в опубликованную практику, "
                                                 "а эта ещё черновик")
        for field in status.extra.get("needs", ()):
            if not getattr(adoption, field):
                yield record.problem(f"{at}.{field}", f"для статуса «{status.name}» укажите {_FIELD_NAMES[field]}")
        start, end = adoption.started, adoption.finished
        if status.extra.get("finished"):
            if end is None:
                yield record.problem(f"{at}.finished", f"для статуса «{status.name}» укажите, когда закончили")
            elif end.first > repo.today:
                yield record.problem(f"{at}.finished", f"дата {end} ещё не наступила (сегодня {_ru(repo.today)})")
            elif end.last < start.first:
                yield record.problem(f"{at}.finished", f"окончание ({end}) раньше начала ({start})")
        elif end is not None:
            yield record.problem(f"{at}.finished", f"у статуса «{status.name}» нет даты окончания: "
                                                   "уберите finished или смените статус")
        if adoption.status != "planned" and start.first > repo.today:
            yield record.problem(f"{at}.started", f"начало {start} ещё не наступило: для будущего начала "
                                                  "укажите статус «планируется»")


RULE: Rule[PracticeRecord] = Rule(
    code="SH111",
    name="adoption-status",
    description="внедрение: «внедрена» — с результатом, «прекращена» — с причиной, даты по порядку и не в будущем",
    check_record=check,
    file_local=True,
)

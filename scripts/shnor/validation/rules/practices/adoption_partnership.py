"""An adoption done within a partnership names it and, if it likes, one activity of its plan: the partnership
exists, the adopting school is one of its two schools, and the activity is in its plan."""

import difflib

from shnor.records.repository import PracticeRecord
from shnor.validation.rules.base import Rule


def check(record, repo):
    partnerships = {p.data.id: p.data for p in repo.partnerships}
    for index, adoption in enumerate(record.data.adoptions):
        at = f"adoptions.{index}"
        if adoption.partnership is None:
            if adoption.activity is not None:
                yield record.problem(f"{at}.activity", "мероприятие указывают вместе с партнёрством (partnership)")
            continue
        partnership = partnerships.get(adoption.partnership)
        if partnership is None:
            yield record.problem(f"{at}.partnership", f"нет партнёрства «{adoption.partnership}» в partnerships/")
            continue
        if adoption.school not in (partnership.school, partnership.partner):
            yield record.problem(f"{at}.partnership", f"школа {adoption.school} не участвует в партнёрстве "
                                                      f"«{adoption.partnership}»")
        titles = [activity.title for activity in partnership.activities]
        if adoption.activity is not None and adoption.activity not in titles:
            close = difflib.get_close_matches(adoption.activity, titles, n=1)
            hint = f" Возможно, имелось в виду «{close[0]}»." if close else ""
            yield record.problem(f"{at}.activity", f"в плане партнёрства «{adoption.partnership}» нет мероприятия "
                                                   f"«{adoption.activity}».{hint}")


RULE: Rule[PracticeRecord] = Rule(
    code="SH112",
    name="adoption-partnership",
    description="внедрение в рамках партнёрства: партнёрство есть, школа в нём участвует, мероприятие есть в плане",
    check_record=check,
)

from shnor.formatting import number_ru
from shnor.records.repository import PracticeRecord
from shnor.validation.rules.base import Rule


def check(record, repo):
    units = repo.taxonomies["evidence_units"]
    for index, item in enumerate(record.data.evidence):
        unit = units.by_id(item.unit)
        low, high = unit.extra.get("min"), unit.extra.get("max")
        for moment in ("before", "after"):
            value = getattr(item, moment).value
            if (low is not None and value < low) or (high is not None and value > high):
                bounds = f"от {low} до {high}" if high is not None else f"не меньше {low}"
                yield record.problem(
                    f"evidence.{index}.{moment}.value",
                    f"значение {number_ru(value)} вне допустимого для «{unit.name}» ({bounds})",
                )
        if item.after.year < item.before.year:
            yield record.problem(
                f"evidence.{index}.after.year", f"год «после» ({item.after.year}) раньше года «до» ({item.before.year})"
            )


RULE: Rule[PracticeRecord] = Rule(
    code="SH104",
    name="evidence-values",
    description="значения «до/после» в допустимых пределах единицы, год «после» не раньше «до»",
    check_record=check,
    file_local=True,
)

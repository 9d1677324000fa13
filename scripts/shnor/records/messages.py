"""Pydantic's errors told in Russian a teacher understands, each at the line of the offending key."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from shnor.problems import Problem
from shnor.records.patterns import PATTERN_MESSAGES
from shnor.records.yaml_lines import LinedYaml

_ID_HINT = "допустимы только строчные латинские буквы, цифры и дефис, например: nastavnichestvo-v-shkole"
_DATE_HINT = "ожидается дата в виде ГГГГ-ММ-ДД, например 2024-09-01"

_MESSAGES: dict[str, str] = {
    "missing": "обязательное поле не заполнено",
    "string_type": "ожидается текст",
    "string_too_short": "слишком короткое значение (не меньше {min_length} знаков)",
    "string_too_long": "слишком длинное значение (не больше {max_length} знаков)",
    "int_type": "ожидается целое число",
    "int_parsing": "ожидается целое число",
    "int_from_float": "ожидается целое число",
    "float_type": "ожидается число (дробную часть отделяйте точкой: 36.7)",
    "float_parsing": "ожидается число (дробную часть отделяйте точкой: 36.7)",
    "greater_than_equal": "значение должно быть не меньше {ge}",
    "less_than_equal": "значение должно быть не больше {le}",
    "list_type": "ожидается список (каждое значение с новой строки после «- » или в квадратных скобках)",
    "too_short": "список должен содержать не меньше {min_length} знач.",
    "too_long": "список слишком длинный (не больше {max_length} знач.)",
    "model_type": "ожидается набор вложенных полей",
    "model_attributes_type": "ожидается набор вложенных полей",
    "date_type": _DATE_HINT,
    "date_parsing": _DATE_HINT,
    "date_from_datetime_parsing": _DATE_HINT,
    "date_from_datetime_inexact": _DATE_HINT,
    "bool_type": "ожидается true или false",
    "bool_parsing": "ожидается true или false",
}


def describe_error(error: dict[str, Any], model: type[BaseModel]) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        return "неизвестное поле: проверьте написание или удалите его (список полей — в CONTRIBUTING.md)"
    if kind == "literal_error":
        expected = ctx.get("expected", "")
        if "True" in expected and "contact" in error.get("loc", ()):
            return "контакт публикуется только с согласием его владельца: consent: true (или уберите contact)"
        if "True" in expected:
            return "нужно подтвердить согласие на публикацию имени: consent: true"
        return f"недопустимое значение «{error.get('input')}»; допустимые: {expected}"
    if kind == "string_pattern_mismatch":
        return PATTERN_MESSAGES.get(str(ctx.get("pattern")), _ID_HINT)
    if kind in ("date_parsing", "date_from_datetime_parsing", "date_type", "date_from_datetime_inexact"):
        return f"неверная дата «{error.get('input')}»: {_DATE_HINT}"
    if kind in _MESSAGES:
        return _MESSAGES[kind].format(**ctx)
    if kind.startswith(("choice", "unknown_", "school_")):
        return error["msg"]
    return error["msg"]  # pydantic's own text is better than nothing for a rare kind


def problems_from_validation(
    error: ValidationError, rel: str, meta: LinedYaml, model: type[BaseModel], at: tuple[Any, ...] = ()
) -> list[Problem]:
    """``at``: where the validated value sits in ``meta``'s document (an entry of a list: its index)."""
    problems = []
    for item in error.errors(include_url=False):
        loc = (*at, *item["loc"])
        field = ".".join(str(part) for part in loc)
        problems.append(Problem(rel, meta.line_of(loc), field, describe_error(item, model)))
    return problems

"""Schema field types whose allowed values come from ``data/taxonomies.yml``.

A teacher may write the Russian name (any case, «е» for «ё») or the id; the model keeps the id. The taxonomies
arrive through pydantic's validation context, so the schema has no copy of any list.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BeforeValidator, GetJsonSchemaHandler, ValidationInfo
from pydantic_core import PydanticCustomError

from shnor.taxonomy import Taxonomies, normalise


def _taxonomies(info: ValidationInfo) -> Taxonomies:
    if not info.context or "taxonomies" not in info.context:
        raise RuntimeError("validation context must carry 'taxonomies'")
    return info.context["taxonomies"]


def allowed_values_text(names: list[str]) -> str:
    return "; ".join(f"«{name}»" for name in names)


def _checker(vocabulary: str):
    def check(value: Any, info: ValidationInfo) -> str:
        vocab = _taxonomies(info)[vocabulary]
        if not isinstance(value, str):
            raise PydanticCustomError(
                "choice_type",
                "ожидается одно значение из списка: {allowed}",
                {"allowed": allowed_values_text(vocab.names)},
            )
        term = vocab.find(value)
        if term is None:
            close = difflib.get_close_matches(normalise(value), [normalise(n) for n in vocab.names], n=1, cutoff=0.6)
            hint = ""
            if close:
                hint = (
                    f" Возможно, имелось в виду «{vocab.names[[normalise(n) for n in vocab.names].index(close[0])]}»."
                )
            raise PydanticCustomError(
                "choice",
                "недопустимое значение «{value}». Допустимые значения: {allowed}.{hint}",
                {"value": value, "allowed": allowed_values_text(vocab.names), "hint": hint},
            )
        return term.id

    return check


@dataclass(frozen=True)
class TaxonomyRef:
    """Marks a field's JSON Schema with the vocabulary it draws from (``x-taxonomy``); the schema export fills
    in the allowed values from the data file, so the model itself holds no list."""

    vocabulary: str

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: GetJsonSchemaHandler) -> dict[str, Any]:
        schema = handler(core_schema)
        schema["x-taxonomy"] = self.vocabulary
        return schema


def Choice(vocabulary: str) -> Any:
    return Annotated[str, BeforeValidator(_checker(vocabulary)), TaxonomyRef(vocabulary)]


def known_school(value: Any, info: ValidationInfo) -> str:
    if not isinstance(value, str):
        raise PydanticCustomError("school_type", "укажите идентификатор школы из data/schools.csv")
    schools = (info.context or {}).get("school_ids")
    if schools is not None and value not in schools:
        close = difflib.get_close_matches(value, sorted(schools), n=1)
        hint = f" Возможно, имелось в виду «{close[0]}»." if close else ""
        raise PydanticCustomError(
            "unknown_school",
            "школа «{value}» не найдена в реестре data/schools.csv.{hint}",
            {"value": value, "hint": hint},
        )
    return value


SchoolId = Annotated[str, BeforeValidator(known_school)]

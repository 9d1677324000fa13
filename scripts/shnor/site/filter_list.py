"""A filtered list like the practice catalogue, for other record kinds: the same form and ids that
``docs/assets/javascripts/catalogue.js`` looks for (``<prefix>-filters``, ``-list``, ``-count``, ``-empty``).

Without JavaScript the form stays hidden and the list is complete; the script only hides items whose
``data-<filter>`` attribute lacks the chosen value, and matches beyond the first page until «Показать ещё».
"""

from __future__ import annotations

from dataclasses import dataclass

from shnor.formatting import plural_ru
from shnor.site.html import esc


@dataclass(frozen=True)
class ListFilter:
    name: str  # the query parameter and the data-* attribute of each item
    label: str
    options: list[tuple[str, str]]  # (value, label), only values some item has


def data_attributes(values: dict[str, list[str]]) -> str:
    return " ".join(f'data-{name}="{esc(" ".join(items))}"' for name, items in values.items())


def filter_form(prefix: str, filters: list[ListFilter], words: tuple[str, str, str], label: str) -> str:
    fields = []
    for flt in filters:
        options = "".join(f'<option value="{esc(v)}">{esc(text)}</option>' for v, text in flt.options)
        fields.append(
            f'<div class="shnor-filter"><label for="{prefix}-filter-{flt.name}">{esc(flt.label)}</label>'
            f'<select id="{prefix}-filter-{flt.name}" name="{flt.name}"><option value="">Все</option>{options}'
            "</select></div>"
        )
    fields.append(
        '<div class="shnor-filter shnor-filter--reset"><button type="reset" class="md-button">Сбросить</button></div>'
    )
    return (
        f'<details id="{prefix}-filters-panel" class="shnor-filters-panel" hidden open>'
        '<summary>Фильтры <span class="shnor-filters-panel__chosen"></span></summary>'
        f'<form id="{prefix}-filters" class="shnor-filters" hidden aria-label="{esc(label)}" role="search" '
        f'data-words="{esc(" ".join(words))}">' + "".join(fields) + "</form></details>"
    )


def counted_list(prefix: str, items: list[str], words: tuple[str, str, str], empty: str, css: str) -> str:
    total = len(items)
    return (
        f'<p id="{prefix}-count" class="shnor-count" role="status" aria-live="polite">'
        f"Всего {total} {esc(plural_ru(total, *words))}</p>\n"
        f'<p id="{prefix}-empty" hidden>{esc(empty)}</p>\n'
        f'<ol id="{prefix}-list" class="{css}">{"".join(items)}</ol>\n'
    )

"""The catalogue: every published practice in one plain list, with filters that catalogue.js applies.

Without JavaScript the page is a complete list; the script only hides items. Each item carries its taxonomy ids
in data-* attributes, so filtering needs no second copy of the data. The script shows the matches 50 at a time
(«Показать ещё» under the list; the count names them all), so that a filter at 5,000 practices lays out a page of
cards, not the whole list (issue 7).
"""

from __future__ import annotations

from dataclasses import dataclass

from shnor.formatting import date_ru, plural_ru
from shnor.site.badges import status_badges
from shnor.site.generated import SiteContext
from shnor.site.html import esc, front_matter, link
from shnor.site.urls import practice_page, relative
from shnor.site.views import PracticeView

HERE = "practices/index.md"


@dataclass(frozen=True)
class Filter:
    name: str  # the query parameter and data-* attribute
    label: str
    vocabulary: str | None  # None: the filter lists schools


FILTERS = (
    Filter("direction", "Направление", "directions"),
    Filter("level", "Уровень образования", "levels"),
    Filter("subject", "Предмет", "subjects"),
    Filter("risk", "Фактор риска", "risk_factors"),
    Filter("type", "Тип практики", "practice_types"),
    Filter("evidence", "Уровень доказанности", None),
    Filter("school", "Школа", None),
)


def item_values(view: PracticeView) -> dict[str, list[str]]:
    p = view.practice
    return {
        "direction": [p.direction],
        "level": list(p.levels),
        "subject": list(p.subjects),
        "risk": list(p.risk_factors),
        "type": [p.type],
        # Cumulative: a replicated practice also satisfies «есть данные до/после».
        "evidence": [str(n) for n in range(1, view.evidence_level + 1)],
        "school": [p.school, *(s.id for s in view.adopting_schools)],
    }


def _options(flt: Filter, views: list[PracticeView], ctx: SiteContext) -> list[tuple[str, str]]:
    used = {value for view in views for value in item_values(view)[flt.name]}
    if flt.vocabulary:
        terms = ctx.repo.taxonomies[flt.vocabulary]
        return [(t.id, t.label) for t in terms if t.id in used]
    if flt.name == "evidence":
        levels = ctx.repo.taxonomies.evidence_levels
        return [(str(n), f"не ниже: {t.name}") for n, t in enumerate(levels, start=1) if str(n) in used]
    schools = sorted((s for s in ctx.repo.schools.values() if s.id in used), key=lambda s: s.short_name)
    return [(s.id, s.short_name) for s in schools]


def _filter_form(views: list[PracticeView], ctx: SiteContext) -> str:
    fields = []
    for flt in FILTERS:
        options = "".join(f'<option value="{esc(v)}">{esc(label)}</option>' for v, label in _options(flt, views, ctx))
        fields.append(
            f'<div class="shnor-filter"><label for="filter-{flt.name}">{esc(flt.label)}</label>'
            f'<select id="filter-{flt.name}" name="{flt.name}"><option value="">Все</option>{options}</select></div>'
        )
    fields.append(
        '<div class="shnor-filter shnor-filter--reset"><button type="reset" class="md-button">Сбросить</button></div>'
    )
    # A panel that folds on phones (catalogue.js opens it on wide screens); hidden, like the form, without JavaScript.
    return (
        '<details id="practice-filters-panel" class="shnor-filters-panel" hidden open>'
        '<summary>Фильтры <span class="shnor-filters-panel__chosen"></span></summary>'
        '<form id="practice-filters" class="shnor-filters" hidden aria-label="Фильтры каталога" role="search">'
        + "".join(fields)
        + "</form></details>"
    )


def _item(view: PracticeView) -> str:
    p = view.practice
    data = " ".join(f'data-{name}="{esc(" ".join(values))}"' for name, values in item_values(view).items())
    href = relative(HERE, practice_page(view.id))
    meta = (
        f"{view.school.short_name} · {view.direction.label} · {', '.join(view.levels)} · обновлена {date_ru(p.updated)}"
    )
    return (
        f'<li class="shnor-practice" {data}><h2 class="shnor-practice__title">{link(href, p.title)}</h2>'
        f'<p class="shnor-practice__meta">{esc(meta)}</p><p class="shnor-practice__summary">{esc(p.summary)}</p>'
        f'<p class="shnor-practice__badges">{status_badges(view)}</p></li>'
    )


def catalogue_page(views: list[PracticeView], ctx: SiteContext) -> str:
    total = len(views)
    count = f"Всего {total} {plural_ru(total, 'практика', 'практики', 'практик')}"
    intro = (
        "Выберите направление, уровень, предмет или фактор риска — фильтры сочетаются, а адрес страницы "
        "с выбранными фильтрами можно отправить коллеге. Поиск по тексту практик — в строке поиска вверху."
    )
    return (
        # The catalogue repeats every title and summary: kept out of the search index, the practices are in it.
        front_matter("Банк практик", description="Каталог эффективных практик школ", search={"exclude": True})
        + "# Банк практик\n\n"
        + f"<p>{esc(intro)}</p>\n\n"
        + _filter_form(views, ctx)
        + f'\n<p id="practice-count" class="shnor-count" role="status" aria-live="polite">{esc(count)}</p>\n'
        + '<p id="practice-empty" hidden>Ни одна практика не подходит под все выбранные фильтры. '
        + "Уберите один из фильтров или нажмите «Сбросить».</p>\n"
        + f'<ol id="practice-list" class="shnor-practices">{"".join(_item(v) for v in views)}</ol>\n\n'
        + f"<p>Список практик для загрузки: {link(relative(HERE, 'api/practices.csv'), 'CSV')}, "
        + f"{link(relative(HERE, 'api/practices.json'), 'JSON')}.</p>\n"
    )

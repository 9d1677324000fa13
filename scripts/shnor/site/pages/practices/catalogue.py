"""The catalogue of practices: one search box and the filters over Pagefind's index, and a complete paged list.

Without JavaScript the catalogue is every published practice, 50 to a page (``practices/`` is page 1,
``practices/page/2/`` the next), newest first, with links between the pages. With JavaScript,
``docs/assets/javascripts/practice-search.js`` asks Pagefind for the text and the filters at once and draws the
matches in the same list with the same card markup: the page carries no copy of the bank's data, so it stays small
at 5,000 practices (issue 15; a single page listing every practice was 5.8 MB).

The filters' values are taxonomy ids (``data/taxonomies.yml``), school ids and municipality slugs: each practice
page carries them as Pagefind filters (``shnor.site.pages.practices.practice_facets``), and the options here show
the Russian labels.
The catalogue pages themselves stay out of every search index.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from shnor.formatting import date_ru, plural_ru
from shnor.records.repository import Repository
from shnor.site.by_municipality import by_municipality
from shnor.site.generated import SiteContext
from shnor.site.html import esc, front_matter, link
from shnor.site.pages.practices.badges import status_badges
from shnor.views.practice import PracticeView
from shnor.views.urls import PRACTICES as HERE
from shnor.views.urls import catalogue_page, practice_page, relative

PAGE_SIZE = 50
PAGEFIND = "pagefind/pagefind.js"  # the bundle Pagefind writes into the built site
# A filtered list without words asks Pagefind for this word, which the facts table of every practice page prints
# («Опубликована 1 марта 2025, обновлена …»; the row labels are not indexed): Pagefind answers a search without words
# by loading every chunk of the index, 4 MB at 5,000 practices; one word is one chunk.
EVERY_PRACTICE = "обновлена"
# In the page, not in extra_javascript: the search must run before Material's bundle, which reads ?q= as the header
# search's. It prepares the query with russian-search.js (extra_javascript), as the header's search does.
SCRIPT = "assets/javascripts/practice-search.js"


@dataclass(frozen=True)
class Filter:
    name: str  # the query parameter and the Pagefind filter
    label: str
    vocabulary: str | None  # None: evidence steps, municipalities or schools


FILTERS = (
    Filter("direction", "Направление", "directions"),
    Filter("level", "Уровень образования", "levels"),
    Filter("subject", "Предмет", "subjects"),
    Filter("risk", "Фактор риска", "risk_factors"),
    Filter("type", "Тип практики", "practice_types"),
    Filter("evidence", "Уровень доказанности", None),
    Filter("status", "Статус рассмотрения", "review_statuses"),
    Filter("municipality", "Муниципалитет", None),
    Filter("school", "Школа", None),
)


def municipality_slugs(repo: Repository) -> dict[str, str]:
    """Municipality name -> its slug, the same as the slugs of the region-scale index pages."""

    def compute() -> dict[str, str]:
        groups = by_municipality(repo.schools.values(), lambda s: s.municipality, "schools")
        return {m.name: m.page.rsplit("/", 1)[-1].removesuffix(".md") for m in groups}

    return repo.derived("municipality-slugs", compute)


def item_values(view: PracticeView) -> dict[str, list[str]]:
    """The practice's value ids for each filter of ``FILTERS``."""
    p = view.practice
    return {
        "direction": [p.direction],
        "level": list(p.levels),
        "subject": list(p.subjects),
        "risk": list(p.risk_factors),
        "type": [p.type],
        # Cumulative: a replicated practice also satisfies «есть данные до/после».
        "evidence": [str(n) for n in range(1, view.evidence_level + 1)],
        "status": [p.review.status],
        "municipality": [municipality_slugs(view.repo)[view.school.municipality]],
        "school": [p.school, *(s.id for s in view.adopting_schools)],
    }


def card_line(view: PracticeView) -> str:
    """The line under a card's title: school, direction, levels, date of the last update."""
    return (f"{view.school.short_name} · {view.direction.label} · {', '.join(view.levels)} · "
            f"обновлена {date_ru(view.practice.updated)}")


def _options(flt: Filter, used: set[str], ctx: SiteContext) -> list[tuple[str, str]]:
    """(value, label) of the filter's values some practice has, in the taxonomy's order."""
    repo = ctx.repo
    if flt.vocabulary:
        return [(t.id, t.label) for t in repo.taxonomies[flt.vocabulary] if t.id in used]
    if flt.name == "evidence":
        levels = repo.taxonomies.evidence_levels
        return [(str(n), f"не ниже: {t.name}") for n, t in enumerate(levels, start=1) if str(n) in used]
    if flt.name == "municipality":
        return sorted(((slug, name) for name, slug in municipality_slugs(repo).items() if slug in used),
                      key=lambda option: option[1])
    schools = sorted((s for s in repo.schools.values() if s.id in used), key=lambda s: (s.short_name, s.municipality))
    counts = Counter(s.short_name for s in schools)
    # At region scale «СОШ № 2» is in many municipalities: the municipality tells them apart.
    return [(s.id, s.short_name if counts[s.short_name] == 1 else f"{s.short_name} ({s.municipality})")
            for s in schools]


def _search_form(views: list[PracticeView], ctx: SiteContext) -> str:
    used: dict[str, set[str]] = {flt.name: set() for flt in FILTERS}
    for view in views:
        for name, values in item_values(view).items():
            used[name].update(values)
    fields = []
    for flt in FILTERS:
        options = "".join(f'<option value="{esc(v)}">{esc(label)}</option>'
                          for v, label in _options(flt, used[flt.name], ctx))
        fields.append(
            f'<div class="shnor-filter"><label for="filter-{flt.name}">{esc(flt.label)}</label>'
            f'<select id="filter-{flt.name}" name="{flt.name}"><option value="">Все</option>{options}</select></div>'
        )
    fields.append(
        '<div class="shnor-filter shnor-filter--reset"><button type="reset" class="md-button">Сбросить</button></div>'
    )
    hint = "Слова из названия, описания или текста практики, например: наставничество, ОГЭ по математике."
    # Hidden without JavaScript: the search and the filters are the script's. The filters fold into a panel on
    # phones (the script opens it on wide screens); the text box stays above it.
    return (
        f'<form id="practice-filters" class="shnor-search" hidden role="search" aria-label="Поиск по банку практик" '
        f'data-pagefind="{esc(relative(HERE, PAGEFIND))}" data-root="{esc(relative(HERE, "index.md"))}" '
        f'data-every="{esc(EVERY_PRACTICE)}" data-total="{len(views)}" data-page-size="{PAGE_SIZE}">'
        '<div class="shnor-search__query"><label for="practice-query">Что ищете?</label>'
        '<div class="shnor-search__row"><input type="search" id="practice-query" name="q" autocomplete="off" '
        'enterkeyhint="search" aria-describedby="practice-query-hint">'
        '<button type="submit" class="md-button md-button--primary">Найти</button></div>'
        f'<p id="practice-query-hint" class="shnor-search__hint">{esc(hint)}</p></div>'
        '<details id="practice-filters-panel" class="shnor-filters-panel" open>'
        '<summary>Фильтры <span class="shnor-filters-panel__chosen"></span></summary>'
        '<div class="shnor-filters">' + "".join(fields) + "</div></details></form>"
    )


def _item(view: PracticeView, here: str) -> str:
    p = view.practice
    href = relative(here, practice_page(view.id))
    return (
        f'<li class="shnor-practice"><h2 class="shnor-practice__title">{link(href, p.title)}</h2>'
        f'<p class="shnor-practice__meta">{esc(card_line(view))}</p>'
        f'<p class="shnor-practice__summary">{esc(p.summary)}</p>'
        f'<p class="shnor-practice__badges">{status_badges(view)}</p></li>'
    )


def _numbers(current: int, last: int) -> list[int | None]:
    """The page numbers the pager shows: the first, the last and two either side of the current; None is a gap."""
    numbers: list[int | None] = []
    previous = 0
    for number in sorted({1, last, *range(max(1, current - 2), min(last, current + 2) + 1)}):
        if number - previous > 1:
            numbers.append(None)
        numbers.append(number)
        previous = number
    return numbers


def _pager(current: int, last: int, total: int) -> str:
    here = catalogue_page(current)
    first, upto = (current - 1) * PAGE_SIZE + 1, min(current * PAGE_SIZE, total)
    items = []
    if current > 1:
        previous = relative(here, catalogue_page(current - 1))
        items.append(f'<li>{link(previous, "← Предыдущая страница", rel="prev")}</li>')
    for number in _numbers(current, last):
        if number is None:
            items.append('<li class="shnor-pager__gap" aria-hidden="true">…</li>')
        elif number == current:
            items.append(f'<li><span class="shnor-pager__current" aria-current="page">'
                         f'<span class="shnor-visually-hidden">Страница </span>{number}</span></li>')
        else:
            href = esc(relative(here, catalogue_page(number)))
            items.append(f'<li><a href="{href}"><span class="shnor-visually-hidden">Страница </span>{number}</a></li>')
    if current < last:
        following = relative(here, catalogue_page(current + 1))
        items.append(f'<li>{link(following, "Следующая страница →", rel="next")}</li>')
    return (
        '<nav class="shnor-pager" aria-label="Страницы каталога">'
        f'<p class="shnor-pager__where">Страница {current} из {last}: практики {first}–{upto} из {total}.</p>'
        f'<ul class="shnor-pager__links">{"".join(items)}</ul></nav>'
    )


def _page(views: list[PracticeView], number: int, last: int, ctx: SiteContext) -> str:
    here = catalogue_page(number)
    total = len(views)
    shown = views[(number - 1) * PAGE_SIZE: number * PAGE_SIZE]
    count = f"Всего {total} {plural_ru(total, 'практика', 'практики', 'практик')}"
    downloads = (f"<p>Список практик для загрузки: {link(relative(here, 'api/practices.csv'), 'CSV')}, "
                 f"{link(relative(here, 'api/practices.json'), 'JSON')}.</p>\n")
    pager = _pager(number, last, total) if last > 1 else ""
    # The cards repeat every title and summary of the practice pages: the catalogue stays out of the search indexes
    # (search: exclude for Material's, no data-pagefind-body and the list ignored for Pagefind's).
    listing = (f'<ol id="practice-list" class="shnor-practices" data-pagefind-ignore="all">'
               f'{"".join(_item(v, here) for v in shown)}</ol>\n')
    if number > 1:
        first = link(relative(here, HERE), "первой странице каталога")
        return (
            front_matter(f"Банк практик — страница {number}", description="Каталог эффективных практик школ",
                         search={"exclude": True})
            + f"# Банк практик: страница {number} из {last}\n\n"
            + "<p>Все практики банка, от недавно обновлённых к давним. Искать по словам и выбирать фильтры "
            + f"можно на {first}.</p>\n\n"
            + f'<p id="practice-count" class="shnor-count">{esc(count)}</p>\n'
            + listing + pager + "\n\n" + downloads
        )
    intro = (
        "Напишите, что ищете, и выберите направление, уровень, предмет или фактор риска — поиск и фильтры "
        "сочетаются, а адрес страницы с выбранными условиями можно отправить коллеге."
    )
    no_script = (
        "Поиск по тексту и фильтры работают, когда в браузере включён JavaScript. Без него здесь полный "
        f"каталог — по {PAGE_SIZE} практик на странице, от недавно обновлённых к давним; "
        "переходите по номерам страниц под списком."
    )
    return (
        front_matter("Банк практик", description="Каталог эффективных практик школ", search={"exclude": True})
        + "# Банк практик\n\n"
        + f"<p>{esc(intro)}</p>\n\n"
        + f'<noscript><p class="shnor-nojs">{esc(no_script)}</p></noscript>\n\n'
        + _search_form(views, ctx)
        + '\n<div id="practice-notice" class="shnor-search-notice" hidden></div>\n'
        + f'<p id="practice-count" class="shnor-count" role="status" aria-live="polite">{esc(count)}</p>\n'
        + '<div id="practice-empty" class="shnor-search-empty" hidden></div>\n'
        + listing + pager + "\n\n" + downloads
        + f'\n<script src="{esc(relative(HERE, SCRIPT))}"></script>\n'
    )


def catalogue_pages(views: list[PracticeView], ctx: SiteContext) -> list[tuple[str, str]]:
    """(docs path, Markdown) of every page of the catalogue; ``views`` in the order shown (``Repository.published``:
    newest first)."""
    last = max(1, -(-len(views) // PAGE_SIZE))
    return [(catalogue_page(n), _page(views, n, last, ctx)) for n in range(1, last + 1)]

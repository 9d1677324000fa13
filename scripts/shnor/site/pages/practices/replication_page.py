"""«Тиражирование»: which practices of the bank spread to which schools and municipalities, for the department's
report on replication. Every figure is counted from the adoptions of published practices
(shnor.views.adoption); the page's tables are the data of its chart, and the adoptions are downloadable."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pandas as pd

from shnor.formatting import number_ru, percent_ru
from shnor.records.evidence_level import ADOPTED
from shnor.site.generated import GeneratedFile, SiteContext
from shnor.site.html import esc, front_matter, link, table
from shnor.site.monitoring.monitoring_charts import Series, bar_chart, with_table
from shnor.site.monitoring.monitoring_pages import downloads
from shnor.views.adoption import IN_PROGRESS, PLANNED, STATUSES, STOPPED, AdoptionView, every_adoption
from shnor.views.urls import MONITORING, REPLICATION, practice_page, relative, school_page

ACTIVE = (ADOPTED, IN_PROGRESS)  # what the map of municipalities counts: done or under way
ORDER = (ADOPTED, IN_PROGRESS, PLANNED, STOPPED)


def _schools(adoptions: list[AdoptionView], status: str) -> int:
    return len({a.adoption.school for a in adoptions if a.adoption.status == status})


def ranking(adoptions: list[AdoptionView]) -> list[tuple[str, dict[str, int]]]:
    """Practice id -> schools per status, the most replicated first: done, then under way, then planned."""
    by_practice: dict[str, list[AdoptionView]] = {}
    for a in adoptions:
        by_practice.setdefault(a.practice.id, []).append(a)
    counts = {pid: {s: _schools(items, s) for s in ORDER} for pid, items in by_practice.items()}
    titles = {a.practice.id: a.practice.practice.title for a in adoptions}
    return sorted(counts.items(), key=lambda kv: (*(-kv[1][s] for s in ORDER[:3]), titles[kv[0]]))


def timeline(adoptions: list[AdoptionView]) -> tuple[list[int], list[Series]]:
    """Per calendar year: adoptions begun (every status but «планируется»), finished with a result, planned."""
    begun = Counter(a.adoption.started.first.year for a in adoptions if a.adoption.status != PLANNED)
    done = Counter(a.adoption.finished.first.year for a in adoptions
                   if a.adoption.status == ADOPTED and a.adoption.finished)  # fmt: skip
    planned = Counter(a.adoption.started.first.year for a in adoptions if a.adoption.status == PLANNED)
    years = sorted(set(begun) | set(done) | set(planned))
    span = list(range(years[0], years[-1] + 1)) if years else []
    return span, [Series("Начали внедрять", [begun[y] for y in span]),
                  Series("Внедрили (с результатом)", [done[y] for y in span]),
                  Series("Планируют начать", [planned[y] for y in span])]  # fmt: skip


def adopter_shares(adoptions: list[AdoptionView]) -> list[tuple[str, int, float | None]]:
    """Schools with any adoption, and how many of them are ШНОР, НСУ, either, neither."""
    schools = {a.adoption.school: a.school for a in adoptions}.values()
    total = len(schools)
    rows = [("ШНОР", sum(s.shnor for s in schools)), ("НСУ", sum(s.nsu for s in schools)),
            ("ШНОР или НСУ", sum(s.shnor or s.nsu for s in schools)),
            ("Другие школы", sum(not (s.shnor or s.nsu) for s in schools))]  # fmt: skip
    return [(label, n, 100 * n / total if total else None) for label, n in rows]


def download_frame(adoptions: list[AdoptionView], ctx: SiteContext) -> pd.DataFrame:
    statuses = ctx.repo.taxonomies[STATUSES]
    rows = []
    for a in adoptions:
        author, adopter = a.practice.school, a.school
        rows.append({
            "Практика (id)": a.practice.id, "Практика": a.practice.practice.title,
            "Школа автора": author.short_name, "Муниципалитет автора": author.municipality,
            "Школа (id)": adopter.id, "Школа": adopter.short_name, "Муниципалитет": adopter.municipality,
            "ШНОР": "да" if adopter.shnor else "нет", "НСУ": "да" if adopter.nsu else "нет",
            "Статус": statuses.by_id(a.adoption.status).name, "Начало": str(a.adoption.started),
            "Окончание": str(a.adoption.finished) if a.adoption.finished else None,
            "Что изменили": a.adoption.changes, "Результат": a.adoption.result, "Причина": a.adoption.reason,
            "Партнёрство": a.adoption.partnership, "Мероприятие": a.adoption.activity,
        })  # fmt: skip
    return pd.DataFrame(rows, columns=list(rows[0]) if rows else None)


def _ranking_table(adoptions: list[AdoptionView], here: str, ctx: SiteContext) -> str:
    statuses = ctx.repo.taxonomies[STATUSES]
    views = {a.practice.id: a.practice for a in adoptions}
    rows = [[link(relative(here, practice_page(pid)), views[pid].practice.title),
             link(relative(here, school_page(views[pid].school.id)), views[pid].school.short_name),
             *(esc(counts[s]) for s in ORDER)]
            for pid, counts in ranking(adoptions)]  # fmt: skip
    return table(["Практика", "Школа автора", *(statuses.by_id(s).name.capitalize() for s in ORDER)], rows,
                 caption="Практики по числу школ-последователей", numeric=range(2, 6))


def _map_table(adoptions: list[AdoptionView], here: str) -> str:
    active = [a for a in adoptions if a.adoption.status in ACTIVE]
    municipalities = sorted({a.school.municipality for a in active})
    cells: dict[tuple[str, str], set[str]] = {}
    for a in active:
        cells.setdefault((a.practice.id, a.school.municipality), set()).add(a.adoption.school)
    views = {a.practice.id: a.practice for a in active}
    rows = [[link(relative(here, practice_page(pid)), views[pid].practice.title),
             *(esc(len(cells.get((pid, m), ()))) for m in municipalities)]
            for pid, _ in ranking(active)]  # fmt: skip
    return table(["Практика", *municipalities], rows, numeric=range(1, len(municipalities) + 1),
                 caption="Школы, которые внедрили или внедряют практику, по муниципалитетам")


def page(ctx: SiteContext, files: list[GeneratedFile]) -> str:
    here = REPLICATION
    adoptions = every_adoption(ctx.repo)
    title = "Тиражирование практик"
    head = [front_matter(title, description="Какие практики банка внедряют другие школы и муниципалитеты"),
            f"# {title}\n",
            f"<p>{link(relative(here, MONITORING), 'Мониторинг')} · Сколько школ переняли практики банка: по "
            "записям о внедрении на страницах практик (заявка «Хочу внедрить у себя» становится такой записью).</p>\n"]
    if not adoptions:
        return "\n".join([*head, "<p>Записей о внедрении практик пока нет.</p>\n"])
    practices = {a.practice.id for a in adoptions}
    schools = {a.adoption.school for a in adoptions}
    done = sum(a.adoption.status == ADOPTED for a in adoptions)
    summary = (f'<p class="shnor-replication-summary">Практик, которые внедряют другие школы: {len(practices)} из '
               f"{len(ctx.repo.published)} опубликованных · школ-последователей: {len(schools)} · "
               f"внедрений с результатом: {done}</p>\n")
    years, series = timeline(adoptions)
    chart = bar_chart("replication-timeline", "Внедрения по годам", [str(y) for y in years], series)
    timeline_table = table(["Год", *(s.label for s in series)],
                           [[esc(y), *(esc(number_ru(s.points[i] or 0)) for s in series)] for i, y in enumerate(years)],
                           caption="Внедрения по годам: данные диаграммы", numeric=(1, 2, 3))  # fmt: skip
    shares = table(["Школы-последователи", "Школ", "Доля"],
                   [[esc(label), esc(n), esc(percent_ru(share))] for label, n, share in adopter_shares(adoptions)],
                   caption=f"ШНОР и НСУ среди школ-последователей (всего {len(schools)})", numeric=(1, 2))  # fmt: skip
    return "\n".join([
        *head, summary,
        "## Самые тиражируемые практики\n",
        "<p>Число разных школ в каждом статусе; «внедрена» — только с записанным результатом.</p>\n",
        _ranking_table(adoptions, here, ctx) + "\n",
        "## Практики по муниципалитетам\n",
        _map_table(adoptions, here) + "\n",
        "## Внедрения по годам\n",
        "<p>«Начали внедрять» — по году начала (все статусы, кроме «планируется»), «внедрили» — по году "
        "окончания.</p>\n",
        with_table(chart, "Внедрения практик по годам", timeline_table) + "\n",
        "## Кто перенимает практики\n",
        "<p>Школа считается один раз, в каком бы статусе и сколько бы практик она ни внедряла; школа может быть "
        "одновременно ШНОР и НСУ.</p>\n",
        shares + "\n",
        "## Данные\n",
        downloads(here, "adoptions", download_frame(adoptions, ctx), files, "Внедрения практик") + "\n",
    ])  # fmt: skip


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    files: list[GeneratedFile] = []
    yield GeneratedFile(REPLICATION, page(ctx, files))
    yield from files

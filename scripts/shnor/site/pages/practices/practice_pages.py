"""A page per published practice, its materials beside it, and the catalogue's pages (``catalogue`` beside it)."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from urllib.parse import quote

from shnor.contrib.adoption_request import NEXT_STEPS, AdoptionRequest, request_url
from shnor.contrib.hosts import Hosting
from shnor.formatting import date_ru, number_ru
from shnor.markdown_text import md_text
from shnor.records.attached_files import material_file
from shnor.records.practice import Contact
from shnor.site.generated import GeneratedFile, SiteContext
from shnor.site.html import bullet_list, definition_list, esc, front_matter, link, table
from shnor.site.pages.practices.badges import evidence_ladder, status_badges
from shnor.site.pages.practices.catalogue import EVERY_PRACTICE, catalogue_pages
from shnor.site.pages.practices.practice_facets import SUMMARY, facets
from shnor.site.search_trim import NOT_INDEXED, SECTION_NOT_INDEXED
from shnor.site.trusted_html import seal
from shnor.views.adoption import adoptions_of, count_schools, counts_line
from shnor.views.practice import PracticeView
from shnor.views.urls import ADOPT, partnership_page, practice_page, relative, school_page


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    views = [PracticeView(record, ctx.repo) for record in ctx.repo.published]
    # Under serve a page is kept while its own text and every record's front matter are unchanged: a live edit
    # makes only the edited practice's page (shnor.site.records_signature).
    catalogue = ctx.memo.remember(("catalogue", ctx.today), lambda: catalogue_pages(views, ctx), records=True)
    for path, markdown in catalogue:
        yield GeneratedFile(path, markdown)
    for view in views:
        page = ctx.memo.remember(("practice", view.id, view.record.source.body, ctx.today, ctx.hosting),
                                   functools.partial(practice_markdown, view, ctx.hosting), records=True)
        yield GeneratedFile(practice_page(view.id), page, untrusted=True, edit_path=view.record.rel)
        for index, material in enumerate(view.practice.materials):
            if material.file:
                # Beside the page: practices/<id>/plan.pdf is served at practices/<id>/plan.pdf. Never a file from
                # outside the practice's folder or through a symbolic link, even if validation was bypassed.
                source = material_file(ctx.repo, view.record, view.id, index, material.file)
                yield GeneratedFile(f"practices/{material.file}", source=source)


def _facts(view: PracticeView) -> str:
    p = view.practice
    here = practice_page(view.id)
    school = link(relative(here, school_page(view.school.id)), view.school.name)
    authors = " <br>".join(f"{esc(a.name)}, {esc(a.position)}" for a in p.authors)
    grades = ", ".join(str(g) for g in p.grades)
    effort = p.effort
    effort_rows = []
    if effort:
        effort_rows = [
            ("Срок внедрения", esc(effort.duration or "")),
            ("Время педагогов", esc(effort.staff_time or "")),
            ("Затраты", esc(effort.cost or "")),
        ]
    rows = [
        ("Школа", school),
        ("Контекст", esc(view.school_context)),
        ("Авторы", authors),
        ("Тип практики", esc(view.practice_type.name)),
        ("Направление", esc(view.direction.name)),
        ("Уровни", esc(", ".join(view.levels)) + (f" (классы: {esc(grades)})" if grades else "")),
        ("Предметы", esc(", ".join(view.subjects))),
        ("Факторы риска", bullet_list(esc(name) for name in view.risk_factors)),
        ("Применяется с", esc(date_ru(p.since)) if p.since else ""),
        *effort_rows,
        ("Опубликована", f"{esc(date_ru(p.submitted))}, {EVERY_PRACTICE} {esc(date_ru(p.updated))}"),
    ]
    return definition_list(rows)


def _evidence_table(view: PracticeView) -> str:
    units = view.repo.taxonomies["evidence_units"]
    rows = []
    for item in view.practice.evidence:
        unit = units.by_id(item.unit)
        suffix = f"\u202f{unit.extra['suffix']}" if unit.extra.get("suffix") else ""
        delta = item.after.value - item.before.value
        improved = delta > 0 if item.better == "higher" else delta < 0
        verdict = "улучшение" if improved else "без улучшения" if delta == 0 else "ухудшение"
        css = "good" if improved else "bad"
        sign = "+" if delta > 0 else "−" if delta < 0 else ""
        rows.append(
            [
                esc(item.indicator),
                esc(f"{number_ru(item.before.value)}{suffix} ({item.before.year})"),
                esc(f"{number_ru(item.after.value)}{suffix} ({item.after.year})"),
                f'<span class="shnor-change--{css}">{esc(f"{sign}{number_ru(abs(delta))}{suffix}")} — {verdict}</span>',
                esc(item.source),
            ]
        )
    return table(
        ["Показатель", "До", "После", "Изменение", "Источник"],
        rows,
        caption="Результаты «до» и «после»",
        numeric=(1, 2),
        css="shnor-evidence",
    )


def _materials(view: PracticeView) -> str:
    items = []
    for material in view.practice.materials:
        if material.file:
            # A Markdown link: MkDocs checks (strict) and rewrites it relative to the page.
            name = material.file.rsplit("/", 1)[-1]
            kind = name.rsplit(".", 1)[-1].upper()
            items.append(f"- [{md_text(material.title)}]({material.file}) ({kind})")
        elif material.url:
            items.append(f"- [{md_text(material.title)}](<{material.url}>) (внешняя ссылка)")
    return "\n".join(items)


def _mail(contact: Contact, subject: str) -> str:
    """A mailto: link; the address is a checked pattern (letters, digits and ._%+-@), the subject is encoded."""
    href = f"mailto:{contact.email}?subject={quote(subject)}"
    who = contact.name + (f", {contact.position}" if contact.position else "")
    return f"{esc(who)}: {link(href, contact.email)}"


def _adoptions(view: PracticeView) -> str:
    here = practice_page(view.id)
    rows = []
    for a in adoptions_of(view):
        outcome = a.adoption.result or (f"Причина: {a.adoption.reason}" if a.adoption.reason else "")
        contact = _mail(a.adoption.contact, f"Внедрение практики «{view.practice.title}»") if a.adoption.contact else ""
        within = ""
        if a.adoption.partnership:
            activity = f": {esc(a.adoption.activity)}" if a.adoption.activity else ""
            partnership = link(relative(here, partnership_page(a.adoption.partnership)), "партнёрства")
            within = f"<br><small>в рамках {partnership}{activity}</small>"
        rows.append([
            link(relative(here, school_page(a.adoption.school)), a.school.short_name) + within,
            esc(a.status.name),
            esc(a.period),
            esc(a.adoption.changes),
            esc(outcome),
            contact,
        ])
    counts = counts_line(count_schools(adoptions_of(view)))
    return (f'<p class="shnor-adoption-counts">{esc(counts)}</p>\n\n'
            + table(["Школа", "Статус", "Сроки", "Что изменили", "Результат", "Контакт"], rows,
                    caption="Где ещё внедряют практику"))


def _request(view: PracticeView, hosting: Hosting) -> str:
    """«Хочу внедрить у себя»: the site's form checks the school and the contact, then opens the request on the
    host; the second link opens it at once with the practice filled in (and works without JavaScript)."""
    here = practice_page(view.id)
    form = link(relative(here, ADOPT) + f"?practice={quote(view.id)}", "Хочу внедрить у себя",
                class_="md-button md-button--primary", id="adopt-request")
    direct = request_url(hosting, AdoptionRequest(view.id, view.practice.title))
    at_once = (f" или {link(direct, f'сразу открыть заявку {hosting.host.on}', id='adopt-direct')}"
               if direct else "")
    return (f'<div class="shnor-adopt" {NOT_INDEXED}><p>{form}</p>'
            f"<p>Заполните короткую заявку: школа, контактное лицо, когда начнёте и что измените{at_once}. "
            f"{esc(NEXT_STEPS)}</p></div>")


def practice_markdown(view: PracticeView, hosting: Hosting) -> str:
    p = view.practice
    parts = [
        front_matter(p.title, description=p.summary),
        f"# {md_text(p.title)}\n",
        # Sealed: the card carries the search index's facets and weights, which the sanitizer takes from any other
        # markup of the page (shnor.site.pages.practices.practice_facets).
        seal(f'<div class="shnor-card"><p class="shnor-card__summary" {SUMMARY}>{esc(p.summary)}</p>'
             # The badges and the ladder are the same few words on every practice: the filters search by them.
             f'<div data-pagefind-ignore><p class="shnor-card__badges">{status_badges(view)}</p>'
             f"{evidence_ladder(view)}</div>{_facts(view)}{facets(view)}</div>") + "\n",
        # The contributor's text, as written: no macros run on it, and nh3 cleans the page's HTML.
        view.record.source.body.strip() + "\n",
    ]
    if p.evidence:
        parts.append(f"## Данные «до» и «после»{SECTION_NOT_INDEXED}\n\n" + _evidence_table(view) + "\n")
    parts.append("## Внедрение в других школах\n\n" + (_adoptions(view) + "\n\n" if p.adoptions else "")
                 + _request(view, hosting) + "\n")
    if p.contact:
        parts.append(f'<p class="shnor-contact">Написать автору — {_mail(p.contact, f"Практика «{p.title}»")}</p>\n')
    materials = _materials(view)
    if materials:
        parts.append('## Материалы\n\n<div class="shnor-materials" markdown="1">\n\n' + materials + "\n\n</div>\n")
    license_term = view.repo.taxonomies["licenses"].by_id(p.license)
    review = p.review
    reviewed = f" Рецензент: {esc(review.reviewer)}" + (f", {esc(date_ru(review.date))}." if review.date else ".")
    parts.append(
        f'<p class="shnor-license">Лицензия: {link(license_term.extra.get("url", ""), license_term.name)}.'
        f"{reviewed if review.reviewer else ''}</p>\n"
    )
    if p.keywords:
        parts.append(f'<p class="shnor-keywords">Ключевые слова: {esc(", ".join(p.keywords))}</p>\n')
    if hosting.url:
        # The record itself, not the generated page: a correction becomes a pull request on this file.
        edit = link(hosting.edit(view.record.rel), "Предложить правку", class_="md-button")
        parts.append(
            f'<p class="shnor-edit" {NOT_INDEXED}>{edit} — исправление придёт на рассмотрение как pull request.</p>\n'
        )
    return "\n".join(parts)

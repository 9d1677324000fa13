"""«Документы»: a page per programme document with its file and the file's full text, and the list with filters.

The text extracted from the PDF or DOCX sits on the document's page in a folded «Текст документа», so the site's
search finds a word that appears only inside the file and leads to the page (the file itself is not indexed).
The list page is kept out of the search index: it repeats every title.
"""

from __future__ import annotations

from collections.abc import Iterator

from shnor.formatting import date_ru, plural_ru
from shnor.markdown_text import md_text
from shnor.records.documents import DocumentRecord, attached_file, documents, full_text, replaced_by, replaces
from shnor.site.filter_list import ListFilter, counted_list, data_attributes, filter_form
from shnor.site.generated import GeneratedFile, SiteContext
from shnor.site.html import badge, bullet_list, definition_list, esc, front_matter, link
from shnor.views.urls import DOCUMENTS as INDEX
from shnor.views.urls import document_page, relative

WORDS = ("документ", "документа", "документов")
MAX_TEXT_CHARS = 100_000  # keeps a page (and its share of the search index) small


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    records = documents(ctx.repo)
    yield GeneratedFile(INDEX, index_page(records, ctx))  # always: the navigation links to it
    for record in records:
        yield GeneratedFile(
            document_page(record.data.id), document_markdown(record, ctx), untrusted=True, edit_path=record.rel
        )
        path = attached_file(ctx.repo, record)
        if path is not None:
            yield GeneratedFile(f"documents/{record.data.file}", source=path)


def number_and_date(record: DocumentRecord) -> str:
    d = record.data
    return (f"№ {d.number} от " if d.number else "от ") + date_ru(d.date)


def state(record: DocumentRecord, ctx: SiteContext) -> str:
    """superseded, expired or current: the «Действие» filter and the badge."""
    d = record.data
    if d.superseded_by:
        return "superseded"
    if d.valid_to and d.valid_to < ctx.today:
        return "expired"
    return "current"


STATES = {"current": "действует", "superseded": "заменён", "expired": "срок действия истёк"}


def _values(record: DocumentRecord, ctx: SiteContext) -> dict[str, list[str]]:
    d = record.data
    return {
        "kind": [d.kind],
        "level": [d.level],
        "year": [str(d.date.year)],
        "direction": list(d.directions),
        "state": [state(record, ctx)],
    }


def _filters(records: list[DocumentRecord], ctx: SiteContext) -> list[ListFilter]:
    used: dict[str, set[str]] = {}
    for record in records:
        for name, values in _values(record, ctx).items():
            used.setdefault(name, set()).update(values)
    tax = ctx.repo.taxonomies

    def vocab(key: str, name: str) -> list[tuple[str, str]]:
        return [(t.id, t.label) for t in tax[key] if t.id in used[name]]

    return [
        ListFilter("kind", "Вид документа", vocab("document_kinds", "kind")),
        ListFilter("level", "Уровень", vocab("issuer_levels", "level")),
        ListFilter("year", "Год", [(y, y) for y in sorted(used["year"], reverse=True)]),
        ListFilter("direction", "Направление", vocab("directions", "direction")),
        ListFilter("state", "Действие", [(k, v) for k, v in STATES.items() if k in used["state"]]),
    ]


def _file_kind(record: DocumentRecord) -> str:
    return record.data.file.rsplit(".", 1)[-1].upper() if record.data.file else "ссылка"


def _state_badge(record: DocumentRecord, ctx: SiteContext) -> str:
    current = state(record, ctx)
    return badge(STATES[current], {"current": "current", "superseded": "superseded", "expired": "expired"}[current])


def _item(record: DocumentRecord, ctx: SiteContext) -> str:
    d, tax = record.data, ctx.repo.taxonomies
    href = relative(INDEX, document_page(d.id))
    meta = (f"{tax['document_kinds'].by_id(d.kind).name} · {number_and_date(record)} · {d.issuer} · "
            f"{tax['issuer_levels'].by_id(d.level).name} уровень · {_file_kind(record)}")  # fmt: skip
    replacement = ""
    new = replaced_by(ctx.repo, d)
    if new is not None:
        replacement = (
            '<p class="shnor-document__replaced">Заменён документом: '
            f"{link(relative(INDEX, document_page(new.data.id)), new.data.title)} ({esc(number_and_date(new))})</p>"
        )
    css = "shnor-practice shnor-document" + (" shnor-document--superseded" if d.superseded_by else "")
    return (
        f'<li class="{css}" {data_attributes(_values(record, ctx))}>'
        f'<h2 class="shnor-practice__title">{link(href, d.title)}</h2>'
        f'<p class="shnor-practice__meta">{esc(meta)}</p>'
        f'<p class="shnor-practice__badges">{_state_badge(record, ctx)}</p>{replacement}</li>'
    )


def index_page(records: list[DocumentRecord], ctx: SiteContext) -> str:
    if not records:
        return (front_matter("Документы", search={"exclude": True}) + "# Документы\n\n"
                + "<p>Документы программы ещё не опубликованы.</p>\n")  # fmt: skip
    intro = (
        "Приказы, положения, методические рекомендации, аналитические справки, протоколы, планы и отчёты программы. "
        "Заменённые документы остаются в списке с отметкой и ссылкой на действующую редакцию. Поиск по сайту "
        "находит слова и внутри файлов PDF и DOCX."
    )
    return (
        front_matter("Документы", description="Документы программы поддержки ШНОР и НСУ", search={"exclude": True})
        + "# Документы\n\n"
        + f"<p>{esc(intro)}</p>\n\n"
        + filter_form("document", _filters(records, ctx), WORDS, "Фильтры документов")
        + "\n"
        + counted_list(
            "document",
            [_item(r, ctx) for r in records],
            WORDS,
            "Ни один документ не подходит под все выбранные фильтры. Уберите один из фильтров или нажмите «Сбросить».",
            "shnor-practices shnor-documents",
        )
    )


def _validity(record: DocumentRecord, ctx: SiteContext) -> str:
    d = record.data
    if not (d.valid_from or d.valid_to):
        return ""
    text = " ".join(
        part for part in (f"с {date_ru(d.valid_from)}" if d.valid_from else "",
                          f"по {date_ru(d.valid_to)}" if d.valid_to else "") if part
    )  # fmt: skip
    if d.valid_to and d.valid_to < ctx.today:
        text += " (срок действия истёк)"
    return esc(text)


def _facts(record: DocumentRecord, ctx: SiteContext) -> str:
    d, tax = record.data, ctx.repo.taxonomies
    here = document_page(d.id)
    older = replaces(ctx.repo, d)
    return definition_list(
        [
            ("Вид", esc(tax["document_kinds"].by_id(d.kind).name)),
            ("Номер и дата", esc(number_and_date(record))),
            ("Кем издан", esc(d.issuer)),
            ("Уровень", esc(tax["issuer_levels"].by_id(d.level).name)),
            ("Действует", _validity(record, ctx)),
            ("Направления", esc(", ".join(tax["directions"].by_id(x).name for x in d.directions))),
            ("Факторы риска", bullet_list(esc(tax["risk_factors"].by_id(r).name) for r in d.risk_factors)
             if d.risk_factors else ""),
            ("Заменяет", bullet_list(
                f"{link(relative(here, document_page(o.data.id)), o.data.title)} ({esc(number_and_date(o))})"
                for o in older) if older else ""),
            ("Состояние", _state_badge(record, ctx)),
        ]
    )  # fmt: skip


def _full_text(record: DocumentRecord, ctx: SiteContext) -> str:
    text = full_text(ctx.repo, record)
    if not text:
        return ""
    note = ""
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS].rsplit("\n", 1)[0]
        note = '<p class="shnor-fulltext__note">Текст сокращён: полностью — в файле документа.</p>'
    paragraphs = "".join(f"<p>{esc(block).replace(chr(10), ' ')}</p>" for block in text.split("\n") if block.strip())
    return (
        '<details class="shnor-fulltext"><summary>Текст документа</summary>'
        f'<div class="shnor-fulltext__body">{paragraphs}{note}</div></details>\n'
    )


def document_markdown(record: DocumentRecord, ctx: SiteContext) -> str:
    d = record.data
    here = document_page(d.id)
    parts = [front_matter(d.title, description=d.summary or d.title), f"# {md_text(d.title)}\n"]
    new = replaced_by(ctx.repo, d)
    if new is not None:
        parts.append(
            '<div class="admonition warning"><p class="admonition-title">Документ заменён</p>'
            f"<p>Действующая редакция: {link(relative(here, document_page(new.data.id)), new.data.title)} "
            f"({esc(number_and_date(new))}).</p></div>\n"
        )
    parts.append(f'<div class="shnor-card" markdown="0">{_facts(record, ctx)}</div>\n')
    if d.summary:
        parts.append(f"<p>{esc(d.summary)}</p>\n")
    if d.file:
        path = attached_file(ctx.repo, record)
        size = f", {max(1, path.stat().st_size // 1024)} КБ" if path else ""
        # A Markdown link: MkDocs checks it (strict) and rewrites it relative to the page.
        parts.append(f"[Скачать документ ({_file_kind(record)}{size})](<{d.file}>){{ .md-button }}\n")
    elif d.url:
        parts.append(f"[Открыть документ (внешняя ссылка)](<{d.url}>){{ .md-button }}\n")
    if record.body.strip():
        parts.append(record.body.strip() + "\n")
    parts.append(_full_text(record, ctx))
    count = len(documents(ctx.repo))
    parts.append(
        f'<p>{link(relative(here, INDEX), "Все документы программы")} '
        f"({count} {esc(plural_ru(count, *WORDS))}).</p>\n"
    )
    return "\n".join(parts)

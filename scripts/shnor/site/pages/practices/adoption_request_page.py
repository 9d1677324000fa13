"""The «Хочу внедрить у себя» page: a short form that refuses what the validator would refuse later (a practice that
is not published, a school outside the registry or the author's own, a contact without consent, a start that is
not a month) and then opens the request on the host, prefilled (shnor.contrib.adoption_request). adopt.js does
the checking and the filling; every list and template comes from here."""

from __future__ import annotations

import json
from collections.abc import Iterator

from shnor.contrib.adoption_request import CONSENT, FIELDS, NEXT_STEPS, NO_RESPONSE, TITLE, templates
from shnor.records.practice import EMAIL_PATTERN
from shnor.site.generated import GeneratedFile, SiteContext
from shnor.site.html import esc, front_matter
from shnor.site.pages.practices.contribute_pages import SCHOOLS_PATH
from shnor.site.raw_html import keep
from shnor.views.urls import ADOPT, relative

PRACTICES_PATH = "adopt/practices.json"
DATA_ID = "adopt-data"


def practices_data(ctx: SiteContext) -> dict[str, object]:
    """The published practices the form accepts (id, title, the author's school) and the ids of drafts, for a
    message that says why a draft cannot be requested yet. A file of its own: a region's bank is large."""
    published = [{"id": r.data.id, "title": r.data.title, "school": r.data.school}
                 for r in sorted(ctx.repo.published, key=lambda r: r.data.title)]  # fmt: skip
    shown = {p["id"] for p in published}
    drafts = sorted(r.data.id for r in ctx.repo.practices if r.data.id not in shown)
    return {"published": published, "drafts": drafts}


def _field(key: str, control: str) -> str:
    field = FIELDS[key]
    mark = ' <span class="shnor-required" aria-hidden="true">*</span>' if field.required else ""
    hint = f'<small class="shnor-hint" id="h-{key}">{esc(field.hint)}</small>' if field.hint else ""
    return (f'<div class="shnor-field" data-field="{key}"><label for="a-{key}">{esc(field.label)}{mark}</label>'
            f'{hint}{control}<p class="shnor-field-error" id="ae-{key}" hidden></p></div>')


def _input(key: str, kind: str = "text", extra: str = "") -> str:
    field = FIELDS[key]
    described = f"ae-{key}" + (f" h-{key}" if field.hint else "")
    required = " required" if field.required else ""
    placeholder = f' placeholder="{esc(field.placeholder)}"' if field.placeholder else ""
    return _field(key, f'<input type="{kind}" id="a-{key}" name="{key}" aria-describedby="{described}"'
                       f"{placeholder}{required}{extra}>")


def form_html(ctx: SiteContext) -> str:
    hosting = ctx.hosting
    data = {
        **templates(hosting),
        "titleTemplate": TITLE,
        "noResponse": NO_RESPONSE,
        "hostOn": hosting.host.on,
        "maxUrl": hosting.host.max_url,
        "practicesUrl": relative(ADOPT, PRACTICES_PATH),
        "schoolsUrl": relative(ADOPT, SCHOOLS_PATH),
        "practicePage": relative(ADOPT, "practices/{id}.md"),
        "emailPattern": EMAIL_PATTERN,
    }
    script = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    practice = _field("practice", '<select id="a-practice" name="practice" required aria-describedby="ae-practice '
                                  'h-practice"><option value="">— список практик загружается —</option></select>'
                                  '<p id="adopt-practice-link" class="shnor-hint"></p>')  # fmt: skip
    school = _field("school", '<select id="a-school" name="school" required aria-describedby="ae-school h-school">'
                              '<option value="">— список школ загружается —</option></select>')  # fmt: skip
    changes = _field("changes", '<textarea id="a-changes" name="changes" rows="4" required '
                                'aria-describedby="ae-changes h-changes"></textarea>')  # fmt: skip
    consent = ('<div class="shnor-field" data-field="consent"><label class="shnor-choice">'
               f'<input type="checkbox" id="a-consent" name="consent" aria-describedby="ae-consent"> {esc(CONSENT)}'
               '</label><p class="shnor-field-error" id="ae-consent" hidden></p></div>')  # fmt: skip
    started = _input("started", "month", extra=' min="2000-01"')
    open_label = f"Открыть заявку {hosting.host.on}" if hosting.url else "Заявку некуда отправить"
    return keep(
        '<div class="shnor-contribute shnor-adopt-form">'
        f'<script type="application/json" id="{DATA_ID}">{script}</script>'
        '<form id="adopt-form" novalidate>'
        f'{practice}{school}{_input("contact")}{_input("position")}{_input("email", "email")}'
        f'{started}{changes}{consent}'
        '<div class="shnor-contribute-actions"><button type="submit" class="md-button md-button--primary" '
        'id="adopt-check">Проверить заявку</button>'
        f'<a class="md-button" id="adopt-open" aria-disabled="true" target="_blank" rel="noopener">{esc(open_label)}'
        "</a></div></form>"
        '<div id="adopt-errors" class="admonition failure" role="alert" tabindex="-1" hidden>'
        '<p class="admonition-title">Исправьте, пожалуйста:</p><ul></ul></div>'
        '<p id="adopt-note" class="shnor-hint" role="status"></p></div>'
    )


def page(ctx: SiteContext) -> str:
    return "\n".join([
        front_matter("Хочу внедрить у себя", description="Заявка школы на внедрение практики из банка"),
        "# Хочу внедрить у себя\n",
        "<p>Понравилась практика и хотите перенести её в свою школу? Заполните заявку: сайт проверит её и откроет "
        f"заявку {esc(ctx.hosting.host.on)} с уже заполненными полями; там останется отметить согласие и "
        "отправить заявку (нужна учётная запись).</p>\n",
        form_html(ctx) + "\n",
        "## Что будет дальше\n",
        f"<p>{esc(NEXT_STEPS)} Заявки открытые: автор практики и школы, которые её уже внедряют, могут "
        "ответить на вопросы в комментариях.</p>\n",
        "<p>Персональные данные обучающихся в заявке не указывайте.</p>\n",
    ])


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    yield GeneratedFile(ADOPT, page(ctx))
    yield GeneratedFile(PRACTICES_PATH, json.dumps(practices_data(ctx), ensure_ascii=False))

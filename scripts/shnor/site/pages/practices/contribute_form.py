"""The «Предложить практику» form as a mkdocs-macros function: the fields and their choices are rendered at
build time from data/taxonomies.yml and the school registry; contribute.js checks, previews and packs the file."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from shnor.contrib.fields import FIELDS
from shnor.contrib.form_data import FOLDER, form_data
from shnor.contrib.hosts import Host
from shnor.site.generated import SiteContext
from shnor.site.html import esc
from shnor.site.pages.practices.contribute_pages import SCHOOLS_PATH
from shnor.taxonomy import Vocabulary
from shnor.views.urls import relative

DATA_ID = "contribute-data"
PAGE = "contribute.md"


def _label(key: str, for_id: str = "", required: bool = False) -> str:
    help_ = FIELDS[key]
    mark = ' <span class="shnor-required" aria-hidden="true">*</span>' if required else ""
    attr = f' for="{for_id}"' if for_id else ""
    return f'<label{attr}>{esc(help_.label)}{mark}</label><small class="shnor-hint">{esc(help_.hint)}</small>'


def _field(name: str, control: str, required: bool = False) -> str:
    return (
        f'<div class="shnor-field" data-field="{esc(name)}">{_label(name, f"f-{name}", required)}{control}'
        f'<p class="shnor-field-error" id="e-{esc(name)}" hidden></p></div>'
    )


def _text(name: str, required: bool = True, kind: str = "text") -> str:
    req = " required" if required else ""
    return _field(name, f'<input type="{kind}" id="f-{name}" name="{name}" aria-describedby="e-{name}"{req}>', required)


def _area(name: str, rows: int = 3) -> str:
    control = f'<textarea id="f-{name}" name="{name}" rows="{rows}" aria-describedby="e-{name}" required></textarea>'
    return _field(name, control, required=True)


def _options(pairs: Iterable[tuple[str, str]], empty: str = "") -> str:
    first = f'<option value="">{esc(empty)}</option>' if empty else ""
    return first + "".join(f'<option value="{esc(value)}">{esc(text)}</option>' for value, text in pairs)


def _select(name: str, pairs: Iterable[tuple[str, str]], required: bool = True, empty: str = "— выберите —") -> str:
    control = (
        f'<select id="f-{name}" name="{name}" aria-describedby="e-{name}"{" required" if required else ""}>'
        f"{_options(pairs, empty)}</select>"
    )
    return _field(name, control, required)


def _checks(name: str, vocabulary: Vocabulary, required: bool, kind: str = "checkbox") -> str:
    items = "".join(
        f'<label class="shnor-choice"><input type="{kind}" name="{name}" value="{esc(t.name)}"'
        f' data-id="{esc(t.id)}"> {esc(t.name)}</label>'
        for t in vocabulary
    )
    mark = ' <span class="shnor-required" aria-hidden="true">*</span>' if required else ""
    help_ = FIELDS[name]
    return (
        f'<fieldset class="shnor-field shnor-choices" data-field="{name}" aria-describedby="e-{name}">'
        f'<legend>{esc(help_.label)}{mark}</legend><small class="shnor-hint">{esc(help_.hint)}</small>{items}'
        f'<p class="shnor-field-error" id="e-{name}" hidden></p></fieldset>'
    )


def _grades(ctx: SiteContext) -> str:
    items = "".join(
        f'<label class="shnor-choice"><input type="checkbox" name="grades" value="{grade}"'
        f' data-level="{esc(level.name)}"> {grade}</label>'
        for level in ctx.repo.taxonomies["levels"]
        for grade in level.extra["grades"]
    )
    return (
        f'<fieldset class="shnor-field shnor-choices" data-field="grades" aria-describedby="e-grades">'
        f'<legend>{esc(FIELDS["grades"].label)}</legend><small class="shnor-hint">{esc(FIELDS["grades"].hint)}</small>'
        f'{items}<p class="shnor-field-error" id="e-grades" hidden></p></fieldset>'
    )


def _author_row() -> str:
    return (
        '<div class="shnor-author" data-author>'
        f'<label>{esc(FIELDS["authors.name"].label)} <input type="text" name="author-name" required></label>'
        f'<label>{esc(FIELDS["authors.position"].label)} <input type="text" name="author-position" required></label>'
        f'<label class="shnor-choice"><input type="checkbox" name="author-consent"> '
        f"{esc(FIELDS['authors.consent'].hint)}</label>"
        '<button type="button" class="md-button shnor-author-remove" data-remove-author>Убрать</button></div>'
    )


def _evidence(ctx: SiteContext) -> str:
    units = [(t.name, t.name) for t in ctx.repo.taxonomies["evidence_units"]]
    year = (
        '<input type="text" inputmode="decimal" name="evidence-{0}-value" aria-label="{1}: значение">'
        '<input type="number" name="evidence-{0}-year" min="2000" max="2100" aria-label="{1}: год" placeholder="год">'
    )
    f = {
        key: esc(FIELDS[f"evidence.{key}"].label)
        for key in ("indicator", "unit", "before", "after", "better", "source")
    }
    return (
        '<fieldset class="shnor-field" data-field="evidence"><legend>'
        f'{esc(FIELDS["evidence"].label)} (необязательно)</legend><small class="shnor-hint">'
        f"{esc(FIELDS['evidence'].hint)}; если заполняете, заполните всё</small>"
        f'<label>{f["indicator"]} <input type="text" name="evidence-indicator"></label>'
        f'<label>{f["unit"]} <select name="evidence-unit">{_options(units, "—")}</select></label>'
        f'<div class="shnor-pair"><span>{f["before"]}</span>{year.format("before", "До")}</div>'
        f'<div class="shnor-pair"><span>{f["after"]}</span>{year.format("after", "После")}</div>'
        f'<label>{f["better"]} <select name="evidence-better">'
        f"{_options([('higher', 'лучше больше'), ('lower', 'лучше меньше')], '—')}</select></label>"
        f'<label>{f["source"]} <input type="text" name="evidence-source"></label>'
        '<p class="shnor-field-error" id="e-evidence" hidden></p></fieldset>'
    )


def _sections(ctx: SiteContext) -> str:
    parts = []
    for index, title in enumerate(ctx.repo.taxonomies.body_sections):
        parts.append(
            f'<div class="shnor-field" data-field="section-{index}"><label for="f-section-{index}">'
            f'{esc(title)} <span class="shnor-required" aria-hidden="true">*</span></label>'
            f'<textarea id="f-section-{index}" name="section-{index}" rows="4" data-section="{esc(title)}"'
            f' aria-describedby="e-section-{index}" required></textarea>'
            f'<p class="shnor-field-error" id="e-section-{index}" hidden></p></div>'
        )
    return "".join(parts)


def _data_script(ctx: SiteContext) -> str:
    # "</" cannot end the script element early once escaped; the script reads it with JSON.parse.
    values = {**form_data(ctx.repo, ctx.hosting), "schoolsUrl": relative(PAGE, SCHOOLS_PATH)}
    data = json.dumps(values, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/json" id="{DATA_ID}">{data}</script>'


def host_label(host: Host, prefills: bool) -> str:
    """The button that takes the file to the repository: «Открыть на GitHub и предложить» where the host opens it
    filled in, «Открыть в GitLab» where the downloaded file is uploaded there."""
    return f"Открыть {host.on} и предложить" if prefills else f"Открыть {host.on}"


def _host_button(ctx: SiteContext) -> str:
    # The id stays contribute-github whatever the host: the tests, the style sheet and old links know it.
    hosting = ctx.hosting
    label = host_label(hosting.host, hosting.new_file_template(FOLDER) is not None)
    return (
        f'<a class="md-button" id="contribute-github" aria-disabled="true" target="_blank" rel="noopener">'
        f"{esc(label)}</a>"
    )


def form_html(ctx: SiteContext) -> str:
    t = ctx.repo.taxonomies
    step = '<fieldset class="shnor-step"><legend>{}</legend>{}</fieldset>'
    steps = [
        step.format(
            "1. О практике",
            _text("title")
            + _text("id")
            + _area("summary")
            + _checks("type", t["practice_types"], True, "radio")
            + _select("direction", [(d.name, d.name) for d in t["directions"]])
            + _text("since", required=False, kind="date"),
        ),
        step.format(
            "2. Школа и авторы",
            _select("school", [], empty="— список школ загружается —")  # contribute.js fills it from SCHOOLS_PATH
            + '<fieldset class="shnor-field" data-field="authors"><legend>'
            f'{esc(FIELDS["authors"].label)} <span class="shnor-required" aria-hidden="true">*</span></legend>'
            f'<div id="contribute-authors">{_author_row()}</div>'
            '<button type="button" class="md-button" id="contribute-add-author">Добавить автора</button>'
            '<p class="shnor-field-error" id="e-authors" hidden></p></fieldset>',
        ),
        step.format(
            "3. Для кого",
            _checks("levels", t["levels"], True)
            + _grades(ctx)
            + _checks("risk_factors", t["risk_factors"], True)
            + _checks("subjects", t["subjects"], False),
        ),
        step.format("4. Результат", _evidence(ctx)),
        step.format("5. Текст практики", _sections(ctx)),
        step.format(
            "6. Ключевые слова и лицензия",
            _text("keywords", required=False) + _checks("license", t["licenses"], True, "radio"),
        ),
    ]
    buttons = (
        '<div class="shnor-contribute-actions">'
        '<button type="submit" class="md-button md-button--primary" id="contribute-check">Проверить и показать</button>'
        '<button type="button" class="md-button" id="contribute-download" disabled>Скачать файл</button>'
        f"{_host_button(ctx)}</div>"
    )
    result = (
        '<div id="contribute-errors" class="admonition failure" role="alert" hidden>'
        '<p class="admonition-title">Исправьте, пожалуйста:</p><ul></ul></div>'
        '<p id="contribute-note" class="shnor-hint" role="status"></p>'
        '<section id="contribute-preview" class="shnor-contribute-preview" hidden aria-label="Предпросмотр">'
        '<h2 id="contribute-preview-title">Предпросмотр</h2><div id="contribute-preview-body"></div>'
        '<details><summary>Файл practices/<span id="contribute-filename"></span></summary>'
        '<pre><code id="contribute-markdown"></code></pre></details></section>'
    )
    return (
        f'<div class="shnor-contribute">{_data_script(ctx)}'
        f'<form id="contribute-form" novalidate>{"".join(steps)}{buttons}</form>{result}</div>'
    )


def register(env, context: Callable[[], SiteContext]) -> None:
    @env.macro
    def contribute_form() -> str:
        """The «Предложить практику» form; its choices come from the taxonomies at build time."""
        return form_html(context())

    @env.macro
    def contribute_host_step() -> str:
        """What to press on the configured host once the file is made (mkdocs.yml ``extra.repository.host``)."""
        return context().hosting.host.form_steps

    @env.macro
    def repo_file_url(path: str) -> str:
        """A file of the repository on its host, on the branch contributions go to."""
        return context().hosting.view(path)

    @env.macro
    def repo_issue_url(template: str) -> str:
        """A new issue on the host: GitHub opens the issue form ``template``, GitLab and Forgejo their own choice."""
        return context().hosting.new_issue(template)

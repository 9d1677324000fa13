"""A card per published practice for other sites' ``<iframe>``: a regional portal shows the practice where its
readers are, and the card links back to the bank. Plain HTML with its own small style sheet (no theme, no script,
no request to any host), under 10 KB, readable by a screen reader on its own; its Content-Security-Policy allows
exactly its style sheet and nothing else."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator

from shnor.site.generated import GeneratedFile, SiteContext
from shnor.site.html import esc
from shnor.views.adoption import adoptions_of, count_schools, counts_line
from shnor.views.practice import PracticeView
from shnor.views.urls import embed_page, page_url, practice_page

MAX_BYTES = 10 * 1024
BANK = "Банк практик ШНОР и НСУ"

STYLE = (
    "body{margin:0;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1b1b1b;"
    "background:#fff}main{padding:12px 16px;border:1px solid #c5cae9;border-radius:6px}"
    "h1{font-size:18px;line-height:1.3;margin:0 0 6px}a{color:#283593}a:focus{outline:3px solid #ff8f00}"
    "p{margin:0 0 8px}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:0 0 8px;"
    "font-size:14px}dt{color:#424242}dd{margin:0}.adoptions{font-weight:600}"
    "footer{font-size:13px;color:#424242;border-top:1px solid #e0e0e0;padding-top:6px}"
    "@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}main{border-color:#3949ab}"
    "a{color:#9fa8da}dt,footer{color:#bdbdbd}footer{border-color:#424242}}"
)
_STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
CSP = f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; base-uri 'none'; form-action 'none'"


def card_html(view: PracticeView, site_url: str) -> str:
    p = view.practice
    url = site_url + page_url(practice_page(p.id))
    license_term = view.repo.taxonomies["licenses"].by_id(p.license)
    rows = [
        ("Школа", f"{view.school.short_name}, {view.school.municipality}"),
        ("Направление", view.direction.name),
        ("Уровни", ", ".join(view.levels)),
        ("Доказанность", view.evidence_term.name),
    ]
    facts = "".join(f"<dt>{esc(label)}</dt><dd>{esc(value)}</dd>" for label, value in rows if value)
    adoptions = adoptions_of(view)
    spread = f'<p class="adoptions">{esc(counts_line(count_schools(adoptions)))}</p>' if adoptions else ""
    new_tab = ' target="_blank" rel="noopener"'
    return (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="robots" content="noindex">'
        f'<link rel="canonical" href="{esc(url)}"><title>{esc(p.title)} — {BANK}</title>'
        f"<style>{STYLE}</style></head><body><main>"
        f'<h1><a href="{esc(url)}"{new_tab}>{esc(p.title)}</a></h1><p>{esc(p.summary)}</p><dl>{facts}</dl>{spread}'
        f'<footer>{esc(BANK)} · лицензия {esc(license_term.name)} · <a href="{esc(url)}"{new_tab}>'
        "Подробнее и «Хочу внедрить у себя»<span> (откроется в новой вкладке)</span></a></footer>"
        "</main></body></html>\n"
    )


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    for record in ctx.repo.published:
        html = card_html(PracticeView(record, ctx.repo), ctx.site_url)
        if len(html.encode()) > MAX_BYTES:  # a contributor's long summary: the schema's limits should prevent it
            raise ValueError(f"{record.rel}: карточка для встраивания больше {MAX_BYTES} байт")
        yield GeneratedFile(embed_page(record.data.id), html)

"""The review status and the computed evidence level, shown the same way on cards and pages."""

from __future__ import annotations

from shnor.site.html import badge, esc
from shnor.site.search_trim import NOT_INDEXED
from shnor.views.practice import PracticeView


def evidence_ladder(view: PracticeView) -> str:
    steps = []
    for number, term in enumerate(view.repo.taxonomies.evidence_levels, start=1):
        done = number <= view.evidence_level
        mark = "✓ " if done else ""
        state = "выполнено" if done else "не выполнено"
        css = "shnor-ladder__step shnor-ladder__step--done" if done else "shnor-ladder__step"
        steps.append(
            f'<li class="{css}" title="{esc(term.extra["rule"])}">'
            f'{mark}{esc(term.name)}<span class="shnor-visually-hidden"> — {state}</span></li>'
        )
    # Out of the search index: the same four steps on every practice; the badge names the level.
    return f'<ol class="shnor-ladder" aria-label="Уровень доказанности" {NOT_INDEXED}>{"".join(steps)}</ol>'


def status_badges(view: PracticeView) -> str:
    return badge(view.status.name, view.status.id) + " " + badge(
        f"Доказанность: {view.evidence_term.name}", f"evidence-{view.evidence_level}"
    )

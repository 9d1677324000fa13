"""Rules for announcements that compare fields with each other, with partnerships and with the build date.
The announcement loader runs them right after the schema (``RULES``)."""

from __future__ import annotations

from collections.abc import Iterator

from shnor.problems import Problem
from shnor.records.record import Record
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def _ru(day) -> str:
    return day.strftime("%d.%m.%Y")


def _with_events(repo: Repository) -> Iterator[Record]:
    return (r for r in repo.events if r.data.event is not None)


def check_times(repo: Repository) -> Iterator[Problem]:
    for record in _with_events(repo):
        event = record.data.event
        if event.start.all_day != event.end.all_day:
            yield record.problem(
                "event.end",
                "начало и окончание пишутся одинаково: оба с временем («2026-12-03 10:00») или оба только датой",
            )
        elif event.end < event.start:
            yield record.problem("event.end", f"окончание ({event.end}) раньше начала ({event.start})")
        elif event.end == event.start and not event.start.all_day:
            yield record.problem("event.end", "окончание совпадает с началом: укажите, когда мероприятие закончится")


def check_place_and_link(repo: Repository) -> Iterator[Problem]:
    formats = repo.taxonomies["event_formats"]
    for record in _with_events(repo):
        event = record.data.event
        term = formats.by_id(event.format)
        if event.place is not None and not (event.place.school or event.place.address):
            yield record.problem("event.place", "укажите школу (school) или адрес (address)")
        if term.extra.get("needs_place") and event.place is None:
            yield record.problem("event.place", f"для формата «{term.name}» укажите место: школу (school) или адрес")
        if term.extra.get("needs_link") and not event.online:
            yield record.problem("event.online", f"для формата «{term.name}» укажите ссылку на подключение (online)")


def check_registration(repo: Repository) -> Iterator[Problem]:
    for record in _with_events(repo):
        event = record.data.event
        deadline = event.registration.deadline if event.registration else None
        if deadline and deadline > event.start.day:
            yield record.problem(
                "event.registration.deadline",
                f"регистрация заканчивается ({_ru(deadline)}) после начала мероприятия ({_ru(event.start.day)})",
            )


def check_partnership(repo: Repository) -> Iterator[Problem]:
    known = {r.data.id: r.data for r in repo.partnerships}
    for record in _with_events(repo):
        event = record.data.event
        if event.partnership is None:
            continue
        partnership = known.get(event.partnership)
        if partnership is None:
            yield record.problem(
                "event.partnership", f"партнёрство «{event.partnership}» не найдено в папке partnerships/"
            )
        elif not partnership.term.start <= event.start.day <= partnership.term.end:
            yield record.problem(
                "event.partnership",
                f"мероприятие ({_ru(event.start.day)}) вне срока договора о партнёрстве "
                f"({_ru(partnership.term.start)} — {_ru(partnership.term.end)})",
                severity="warning",
            )


def check_publication(repo: Repository) -> Iterator[Problem]:
    for record in repo.events:
        post = record.data
        if post.date > repo.today:
            yield record.problem(
                "date", f"дата публикации {_ru(post.date)} ещё не наступила (сегодня {_ru(repo.today)})"
            )
        if post.updated and post.updated < post.date:
            yield record.problem("updated", f"дата обновления {_ru(post.updated)} раньше даты публикации")
        if post.updated and post.updated > repo.today:
            yield record.problem("updated", f"дата обновления {_ru(post.updated)} ещё не наступила")
        if post.event and post.event.materials and post.event.end.day >= repo.today:
            yield record.problem(
                "event.materials",
                "материалы публикуются после мероприятия; до него в тексте анонса достаточно программы",
                severity="warning",
            )


RULES: tuple[Rule, ...] = (
    Rule("SH211", "event-times", "окончание мероприятия позже начала, обе даты записаны одинаково", None, None,
         check_times),
    Rule("SH212", "event-place", "у очного мероприятия есть место, у онлайн — ссылка", None, None,
         check_place_and_link),
    Rule("SH213", "event-registration", "регистрация заканчивается не позже начала", None, None, check_registration),
    Rule("SH214", "event-partnership", "партнёрство, указанное в анонсе, существует", None, None, check_partnership),
    Rule("SH215", "event-publication", "дата публикации не в будущем; материалы — после мероприятия", None, None,
         check_publication),
)  # fmt: skip

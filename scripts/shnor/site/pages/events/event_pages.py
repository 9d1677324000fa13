"""The events section: a blog post per announcement, the events page (upcoming and past against the build date),
``calendar.ics`` for the whole site and an .ics per event.

Posts: material's blog plugin reads a post from a file on disk (``File.abs_src_path``), after our plugin has added
the generated files (it runs its ``on_files`` late). So each post is rendered here from the validated record —
only the blog's own keys in its front matter, the facts block and «Добавить в календарь» on top, the contributed
text below — written to a build cache outside ``docs/`` and handed over as an untrusted generated file: the plugin
sanitizes its HTML and mkdocs-macros never renders it.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from shnor.feeds.ics import calendar
from shnor.markdown_text import md_text
from shnor.records.events import EventRecord, announcements
from shnor.site.generated import GeneratedFile, SiteContext
from shnor.site.html import front_matter
from shnor.site.pages.events.event_cards import facts_block, materials_block
from shnor.site.pages.events.event_months import (
    INDEX,
    bounded_schedule,
    by_month,
    month_markdown,
    month_page,
    months_block,
    paged,
    schedule,
)
from shnor.views.event import EventView, event_views, site_zone, split
from shnor.views.partnership import partnership_title
from shnor.views.urls import ics_file, post_page

CALENDAR = "calendar.ics"
POST_URL = "blog/{id}/"  # mkdocs.yml: blog post_url_format "{slug}", and the slug is the record id


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    views = event_views(ctx)
    cache = _post_cache(ctx)
    by_id = {v.id: v for v in views}
    for record in announcements(ctx.repo):
        path = cache / f"{record.data.id}.md"
        _write_atomic(path, post_markdown(record, by_id.get(record.data.id), ctx))
        yield GeneratedFile(post_page(record.data.id), source=path, untrusted=True, edit_path=record.rel)
    yield GeneratedFile(INDEX, index_markdown(ctx, views))
    yield from month_pages(ctx, views)
    name = str(ctx.config.get("site_name") or "Мероприятия")
    zone_name = site_zone(ctx)
    yield GeneratedFile(
        CALENDAR,
        calendar([(v, page_url(ctx, v.id)) for v in views], ctx.site_url, f"{name}: мероприятия", zone_name,
                 "Семинары, мастер-классы, методические дни и вебинары программы"),
    )  # fmt: skip
    for view in views:
        yield GeneratedFile(
            ics_file(view.id), calendar([(view, page_url(ctx, view.id))], ctx.site_url, view.post.title, view.zone_name)
        )


def page_url(ctx: SiteContext, event_id: str) -> str:
    return ctx.site_url + POST_URL.format(id=event_id)


def post_markdown(record: EventRecord, view: EventView | None, ctx: SiteContext) -> str:
    post = record.data
    here = post_page(post.id)
    categories = [ctx.repo.taxonomies["post_categories"].by_id(c).name for c in post.categories]
    dates = f"  created: {post.date.isoformat()}\n" + (
        f"  updated: {post.updated.isoformat()}\n" if post.updated else ""
    )
    head = front_matter(post.title, description=post.summary, slug=post.id, authors=post.authors,
                        categories=categories)  # fmt: skip
    head = head.replace("\n---\n", f"\ndate:\n{dates}---\n", 1)
    # The post's own heading: without one the blog plugin writes the raw title into its excerpts' Markdown.
    parts = [head, f"# {md_text(post.title)}\n", f"{md_text(post.summary)}\n"]
    if view is not None:
        title = partnership_title(ctx.repo, view.event.partnership) if view.event.partnership else None
        parts.append(facts_block(view, here, title))
    parts.append("<!-- more -->\n")
    parts.append(record.body.strip() + "\n")
    if view is not None:
        parts.append(materials_block(view))
    return "\n".join(p for p in parts if p)


def index_markdown(ctx: SiteContext, views: list[EventView]) -> str:
    soon, done = split(views, ctx.today)
    if not paged(views):
        listed = schedule(soon, done, INDEX, on_index=True)
    else:  # a region: the nearest and the latest here, every event on its month's page
        listed = bounded_schedule(soon, done) + "\n" + months_block(by_month(views))
    subscribe = ctx.site_url + CALENDAR
    webcal = "webcal://" + subscribe.split("://", 1)[-1]
    return (
        front_matter("Мероприятия", description="Семинары, мастер-классы, методические дни и вебинары программы")
        + "# Мероприятия\n\n"
        + f"Расписание на {md_text(_today(ctx))}. Время указано местное для места проведения; у онлайн-мероприятий "
        "региона — по его часовому поясу (МСК — московское время).\n\n"
        + listed
        + "\n## Подписка на календарь\n\n"
        + "Добавьте календарь программы в Яндекс Календарь, Google Календарь или Outlook по ссылке — новые и "
        "изменённые мероприятия появятся в нём сами:\n\n"
        + f"<{subscribe}>\n\n"
        + f"[Подписаться (webcal)](<{webcal}>){{ .md-button }} "
        + f"[Скачать calendar.ics](../{CALENDAR}){{ .md-button }}\n\n"
        + "Анонсы и новости — в [ленте новостей](../blog/index.md), её можно читать через RSS.\n"
    )


def month_pages(ctx: SiteContext, views: list[EventView]) -> Iterator[GeneratedFile]:
    """A page per month with events, only when the events page does not list them all."""
    if not paged(views):
        return
    months = by_month(views)
    for month, own in months.items():
        yield GeneratedFile(month_page(month), month_markdown(month, own, ctx.today, list(months)))


def _today(ctx: SiteContext) -> str:
    from shnor.formatting import date_ru

    return date_ru(ctx.today)


def _post_cache(ctx: SiteContext) -> Path:
    """A folder outside the repository for rendered posts, one per project root (parallel builds of different
    checkouts never share it; the same checkout writes the same bytes)."""
    key = hashlib.sha256(str(ctx.repo.paths.root.resolve()).encode()).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / "shnor-blog-posts" / key
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _write_atomic(path: Path, text: str) -> None:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return  # unchanged: keep the file, so a reader never sees it half-written
    handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temp, path)

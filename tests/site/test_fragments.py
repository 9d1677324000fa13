"""The navigation rendered once per folder: shared where it is the same, made again where a page's own table of
contents is in it."""

from __future__ import annotations

from types import SimpleNamespace

from shnor.site.fragments import FragmentCache


def _page(url: str, *anchors: str) -> SimpleNamespace:
    return SimpleNamespace(url=url, toc=[SimpleNamespace(url=f"#{a}", children=[]) for a in anchors])


NAV = SimpleNamespace(items=[SimpleNamespace(active=True, children=[])])


def test_pages_of_a_folder_share_a_navigation_without_their_headings():
    cache, made = FragmentCache(), []

    def render() -> str:
        made.append(1)
        return '<nav><a href="../">Банк</a></nav>'

    first = cache.fragment("site_nav", _page("practices/a/", "problema"), NAV, render)
    second = cache.fragment("site_nav", _page("practices/b/", "rezultaty"), NAV, render)
    assert first == second and len(made) == 1


def test_a_navigation_showing_the_pages_own_contents_is_made_for_each_page():
    """The blog's listing pages 2, 3, 4 in blog/page/: Material puts the page's headings in its navigation."""
    cache = FragmentCache()

    def render_for(page: SimpleNamespace):
        return lambda: "<nav>" + "".join(f'<a href="{item.url}">…</a>' for item in page.toc) + "</nav>"

    two, three = _page("blog/page/2/", "seminar-a"), _page("blog/page/3/", "seminar-b")
    assert cache.fragment("site_nav", two, NAV, render_for(two)) == '<nav><a href="#seminar-a">…</a></nav>'
    assert cache.fragment("site_nav", three, NAV, render_for(three)) == '<nav><a href="#seminar-b">…</a></nav>'

"""Paging through article lists without counting or skipping the archive.

The first MAX_NUMBERED_PAGES pages of a list are `?page=N`, read with a small
OFFSET. Past them, and whenever a reader follows "Older" from the last
numbered page, the list seeks: `?before=<cursor>` is the articles older than
the one the cursor names, `?after=<cursor>` the ones newer, both read through
the (status, publish_at, id) index whatever the archive's size; `?page=last`
reads the oldest page from the index's far end. No page ever
counts the whole list: one extra row tells whether another page follows.

A cursor is an article's place in the newest-first order, `publish_at` in UTC
to the microsecond and its id: `20250314093000000000-4521`.
"""

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db.models import Q
from django.http import Http404, QueryDict

MAX_NUMBERED_PAGES = 50
_CURSOR = re.compile(r"^(?P<moment>[0-9]{20})-(?P<pk>[0-9]{1,18})$")
_MOMENT_FORMAT = "%Y%m%d%H%M%S%f"


def cursor_for(article):
    """The cursor naming `article`'s place in the newest-first order."""
    moment = article.publish_at.astimezone(UTC).strftime(_MOMENT_FORMAT)
    return f"{moment}-{article.pk}"


def parse_cursor(value):
    """(publish_at, pk) from a cursor; Http404 for anything else."""
    match = _CURSOR.match(value or "")
    if not match:
        raise Http404("That is not a place in this list.")
    try:
        moment = datetime.strptime(match["moment"], _MOMENT_FORMAT)
    except ValueError:
        raise Http404("That is not a place in this list.") from None
    return moment.replace(tzinfo=UTC), int(match["pk"])


# The redundant bound on publish_at alone lets the database start its index
# scan at the cursor; the OR by itself would be a filter over every row.
def older_than(moment, pk):
    return Q(publish_at__lte=moment) & (
        Q(publish_at__lt=moment) | Q(publish_at=moment, pk__lt=pk)
    )


def newer_than(moment, pk):
    return Q(publish_at__gte=moment) & (
        Q(publish_at__gt=moment) | Q(publish_at=moment, pk__gt=pk)
    )


@dataclass
class ListPage:
    """One page of a newest-first list, and the links to its neighbours."""

    articles: list
    number: int | None = None  # None once the list is seeking by cursor
    newer: str | None = None  # query strings, without the "?"
    older: str | None = None
    params: QueryDict = field(default_factory=QueryDict)
    has_more: bool = False  # more rows follow this page in the list

    @property
    def is_paginated(self):
        return bool(self.newer or self.older)


def page_of(queryset, query, *, size):
    """The page of `queryset` (ordered newest first) that `query` asks for."""
    if "before" in query or "after" in query:
        return _seek(queryset, query, size=size)
    if query.get("page") == "last":
        return _oldest(queryset, query, size=size)
    return _numbered(queryset, query, size=size)


def _numbered(queryset, query, *, size):
    page = numbered_page(
        queryset,
        query.get("page", "1"),
        params=_kept(query),
        size=size,
        last=MAX_NUMBERED_PAGES,
    )
    if page.older is None and page.has_more:
        page.older = _link(page.params, before=cursor_for(page.articles[-1]))
    return page


def numbered_page(queryset, number, *, params, size, last=MAX_NUMBERED_PAGES):
    """Page `number` (text from a query string) of `queryset` in its own order,
    for lists that cannot seek (ranked search results). No link past `last`."""
    number = _page_number(number, last)
    start = (number - 1) * size
    rows = list(queryset[start : start + size + 1])
    if not rows and number > 1:
        raise Http404("There is no such page.")
    page = ListPage(rows[:size], number=number, params=params)
    page.has_more = len(rows) > size
    if number > 1:
        page.newer = _link(params, page=number - 1 if number > 2 else None)
    if page.has_more and number < last:
        page.older = _link(params, page=number + 1)
    return page


def _seek(queryset, query, *, size):
    if "before" in query:
        moment, pk = parse_cursor(query["before"])
        rows = list(queryset.filter(older_than(moment, pk))[: size + 1])
        articles, has_more = rows[:size], len(rows) > size
        newer_exists, older_exists = True, has_more
    else:
        moment, pk = parse_cursor(query["after"])
        ascending = queryset.filter(newer_than(moment, pk)).reverse()
        rows = list(ascending[: size + 1])
        articles, has_more = rows[:size][::-1], len(rows) > size
        newer_exists, older_exists = has_more, True
    page = ListPage(articles, params=_kept(query))
    if articles and newer_exists:
        page.newer = _link(page.params, after=cursor_for(articles[0]))
    if articles and older_exists:
        page.older = _link(page.params, before=cursor_for(articles[-1]))
    if not articles:
        page.newer = _link(page.params)  # back to the first page
    return page


def _oldest(queryset, query, *, size):
    """`?page=last`: the oldest articles, read from the far end of the index."""
    rows = list(queryset.reverse()[: size + 1])
    articles = rows[:size][::-1]
    page = ListPage(articles, params=_kept(query))
    if len(rows) > size:
        page.newer = _link(page.params, after=cursor_for(articles[0]))
    return page


def _page_number(value, last):
    if not value.isascii() or not value.isdigit():
        raise Http404("Pages are numbered 1, 2, 3…")
    number = int(value)
    if not 1 <= number <= last:
        raise Http404("There is no such page; follow “Older” to go further back.")
    return number


def _kept(query):
    """The query without its paging parameters: filters survive paging."""
    kept = query.copy()
    for name in ("page", "before", "after"):
        kept.pop(name, None)
    return kept


def _link(params, **paging):
    link = params.copy()
    for name, value in paging.items():
        if value is not None:
            link[name] = value
    return link.urlencode()

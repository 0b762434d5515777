"""Search over articles: ranked full text on PostgreSQL, a word match elsewhere.

On PostgreSQL a stored tsvector (title weighted A, dek B, body C) answers
websearch queries ("quoted phrases", -exclusions, or) through a GIN index.
Other databases (SQLite) keep the same interface with a plainer rule: every
word or phrase must appear in the title, dek or body; newest first. Either
way `search_articles()` annotates each article with `snippet`, safe HTML in
which only <mark> tags survive.

The model layer imports this module (Article.save() keeps the vector
current), so it must not import models, forms or views.
"""

import html
import re
from datetime import UTC, datetime, time
from functools import partial

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
)
from django.db import connections, models
from django.db.models import ExpressionWrapper, F, Func, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 200
# Search ranks the newest matches only, so its cost does not grow with the
# archive: a word in every tenth article of a million is not a 100,000-row sort.
SEARCH_WINDOW = 200
# Without dates, search reads the newest articles only: the index finds the
# matches among them, not among every article ever published. Dates open the
# whole archive.
SEARCHED_WITHOUT_DATES = 10_000
SEARCH_CONFIG = "english"
SEARCHED_FIELDS = {"title", "summary", "body"}
SNIPPET_CHARS = 240
# ts_headline wraps matches in these; article text loses them first, so once
# everything else is escaped they are the only marks a snippet can hold.
_START, _STOP = "\x02", "\x03"


def normalize_query(query):
    """The query as searched: no NUL bytes (PostgreSQL refuses them), at most
    MAX_QUERY_LENGTH characters, no surrounding spaces."""
    return (query or "").replace("\x00", "")[:MAX_QUERY_LENGTH].strip()


def search_articles(
    queryset,
    query,
    *,
    section=None,
    author=None,
    spokesperson=None,
    published_from=None,
    published_to=None,
):
    """The SEARCH_WINDOW newest articles of `queryset` matching `query` and the
    filters, best match first, each annotated with `snippet`. Dates are
    inclusive, in local time; without them, only the SEARCHED_WITHOUT_DATES
    newest articles are searched."""
    query = normalize_query(query)
    if not query:
        return queryset.none()
    if section:
        queryset = queryset.filter(section=section)
    if author:
        queryset = queryset.filter(authors=author)
    if spokesperson:
        queryset = queryset.filter(spokespersons=spokesperson)
    if published_from:
        start = timezone.make_aware(datetime.combine(published_from, time.min))
        queryset = queryset.filter(publish_at__gte=start)
    if published_to:
        end = timezone.make_aware(datetime.combine(published_to, time.max))
        queryset = queryset.filter(publish_at__lte=end)
    # Only the candidates need the cutoff: the page then reads them by id.
    recent = Q()
    if not (published_from or published_to):
        recent = Q(publish_at__gte=_newest_searched_since(queryset))
    if connections[queryset.db].vendor == "postgresql":
        return _full_text_search(queryset, query, recent)
    return _word_search(queryset, query, recent)


def update_search_index(article, *, update_fields=None):
    """Store the article's search vector, when the words it is built from may
    have changed. Only PostgreSQL keeps one."""
    if update_fields is not None and not SEARCHED_FIELDS & set(update_fields):
        return
    db = article._state.db or "default"
    if connections[db].vendor != "postgresql":
        return
    type(article)._default_manager.using(db).filter(pk=article.pk).update(
        search_vector=search_document()
    )


def search_document():
    """The weighted vector an article is found by: headline, then dek, then body."""
    return (
        SearchVector("title", weight="A", config=SEARCH_CONFIG)
        + SearchVector("summary", weight="B", config=SEARCH_CONFIG)
        + SearchVector(_body_text(), weight="C", config=SEARCH_CONFIG)
    )


def _body_text():
    # The body is HTML: readers search and read its words, never its tags.
    return Func(
        F("body"),
        Value(f"<[^>]*>|[{_START}{_STOP}]"),
        Value(" "),
        Value("g"),
        function="regexp_replace",
        output_field=models.TextField(),
    )


class _SnippetField(models.TextField):
    """Turns the text a query returns into a safe snippet as each row is read."""

    def __init__(self, to_html):
        super().__init__()
        self.to_html = to_html

    def from_db_value(self, value, expression, connection):
        return self.to_html(value or "")


def _snippet(expression, to_html):
    return ExpressionWrapper(expression, output_field=_SnippetField(to_html))


def _full_text_search(queryset, query, recent):
    search = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    headline = SearchHeadline(
        _body_text(),
        search,
        config=SEARCH_CONFIG,
        start_sel=_START,
        stop_sel=_STOP,
        max_fragments=2,
        fragment_delimiter=" … ",
    )
    return (
        _newest_matches(queryset, Q(search_vector=search) & recent)
        .annotate(
            rank=SearchRank(F("search_vector"), search),
            snippet=_snippet(headline, _headline_html),
        )
        .order_by("-rank", "-publish_at", "-pk")
    )


def _newest_searched_since(queryset):
    """When the SEARCHED_WITHOUT_DATES-th newest article of `queryset` was
    published (the dawn of time if there are fewer): one index read."""
    nth_newest = queryset.order_by("-publish_at", "-pk").values("publish_at")[
        SEARCHED_WITHOUT_DATES - 1 : SEARCHED_WITHOUT_DATES
    ]
    dawn = datetime(1, 1, 1, tzinfo=UTC)
    return Coalesce(Subquery(nth_newest), Value(dawn))


def _newest_matches(queryset, condition):
    newest = (
        queryset.filter(condition)
        .order_by("-publish_at", "-pk")
        .values("pk")[:SEARCH_WINDOW]
    )
    return queryset.filter(pk__in=newest)


def _headline_html(headline):
    # The stripped body still holds its entities (&amp;): decode, then escape all.
    text = " ".join(html.unescape(headline).split())
    return mark_safe(escape(text).replace(_START, "<mark>").replace(_STOP, "</mark>"))


# A websearch-style term: an optionally negated "phrase" (closing quote
# optional, as PostgreSQL allows) or a run of non-space characters.
_TERM = re.compile(r'(?P<negated>-?)"(?P<phrase>[^"]*)"?|(?P<word>\S+)')
# Punctuation around a word is not part of it: "tanks," finds "tanks".
_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")


def parse_query(query):
    """The query as ([alternatives that must appear, ...], [must not appear])."""
    required, excluded = [], []
    after_or = False
    for term in _TERM.finditer(query):
        negated, text = bool(term["negated"]), term["phrase"]
        if text is None:
            word = term["word"]
            negated = word.startswith("-") and len(word) > 1
            text = word[1:] if negated else word
            if not negated and text.lower() == "or":
                after_or = bool(required)
                continue
        text = _EDGE_PUNCTUATION.sub("", " ".join(text.split()))
        if not text:
            continue
        if negated:
            excluded.append(text)
        elif after_or:
            required[-1].append(text)
        else:
            required.append([text])
        after_or = False
    return required, excluded


def _mentions(text):
    return (
        Q(title__icontains=text) | Q(summary__icontains=text) | Q(body__icontains=text)
    )


def _word_search(queryset, query, recent):
    required, excluded = parse_query(query)
    if not (required or excluded):
        return queryset.none()
    for alternatives in required:
        either = Q()
        for text in alternatives:
            either |= _mentions(text)
        queryset = queryset.filter(either)
    for text in excluded:
        queryset = queryset.exclude(_mentions(text))
    queryset = _newest_matches(queryset, recent)
    wanted = sorted({t for group in required for t in group}, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, wanted)), re.IGNORECASE)
    highlight = partial(_highlighted_excerpt, pattern=pattern if wanted else None)
    return queryset.annotate(snippet=_snippet(F("body"), highlight)).order_by(
        "-publish_at", "-pk"
    )


def _highlighted_excerpt(body, *, pattern):
    """About SNIPPET_CHARS of the body's text around its first match, escaped,
    with every match in <mark>."""
    text = " ".join(html.unescape(strip_tags(body)).split())
    first = pattern.search(text) if pattern else None
    start = max(0, first.start() - SNIPPET_CHARS // 3) if first else 0
    if first and start:
        space = text.find(" ", start, first.start())
        start = space + 1 if space != -1 else start
    end = start + SNIPPET_CHARS
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    excerpt = text[start:end]
    pieces, last = [], 0
    for match in pattern.finditer(excerpt) if pattern else ():
        pieces += [escape(excerpt[last : match.start()]), "<mark>"]
        pieces += [escape(match.group()), "</mark>"]
        last = match.end()
    pieces.append(escape(excerpt[last:]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)

"""The public feeds: the site's and one per section, tag, author and spokesperson.

Feed readers poll. Each request first works out a fingerprint of the feed's
articles in two aggregate queries and answers 304 when the reader already has
it, before a single article is read or rendered.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Count, Max
from django.db.models.query import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag
from django.views.decorators.http import require_safe
from taggit.models import Tag

from articles.exporters.entry import Channel, entries
from articles.exporters.feeds import build_feed
from articles.models import Article, Section, tag_url
from people.models import Author, Spokesperson

FEED_LENGTH = 20

SCOPES = {
    "sections": (Section, lambda section: section.articles.all()),
    "tags": (Tag, lambda tag: Article.objects.filter(tags=tag)),
    "authors": (Author, lambda author: author.articles.all()),
    "spokespersons": (Spokesperson, lambda person: person.articles.all()),
}


@dataclass(frozen=True)
class FeedScope:
    title: str
    page_url: str
    articles: QuerySet  # every article in the scope, public or not


@dataclass(frozen=True)
class FeedState:
    etag: str
    last_modified: datetime | None


def feed_scope(kind=None, slug=None):
    """The site, or the section, tag or person a feed is about."""
    site = settings.NEWSDESK_SITE_NAME
    if kind is None:
        return FeedScope(site, reverse("articles:front"), Article.objects.all())
    if kind not in SCOPES:
        raise Http404("No such kind of feed.")
    model, articles_of = SCOPES[kind]
    item = get_object_or_404(model, slug=slug)
    page_url = tag_url(item) if model is Tag else item.get_absolute_url()
    return FeedScope(f"{site}: {item.name}", page_url, articles_of(item))


def feed_state(scope, feed_format):
    """What changes whenever the feed's content would: cheap to compute."""
    public = scope.articles.published().aggregate(
        count=Count("pk"), newest=Max("publish_at")
    )
    # Any edit in the scope counts, withdrawals included: they leave the feed.
    touched = scope.articles.aggregate(touched=Max("updated_at"))["touched"]
    moments = [moment for moment in (public["newest"], touched) if moment]
    last_modified = max(moments, default=None)
    fingerprint = f"{feed_format}|{public['count']}|{public['newest']}|{touched}"
    return FeedState(
        etag=quote_etag(hashlib.sha256(fingerprint.encode()).hexdigest()[:32]),
        last_modified=last_modified,
    )


class ArticleFeed(Feed):
    """Django's feed view, writing the desk's own RSS, Atom or JSON Feed."""

    def __init__(self, feed_format):
        self.feed_format = feed_format

    def get_object(self, request, scope, state):
        return scope, state

    def get_feed(self, obj, request):
        scope, state = obj
        base_url = f"{request.scheme}://{request.get_host()}"
        channel = Channel(
            title=scope.title,
            url=base_url + scope.page_url,
            feed_url=request.build_absolute_uri(request.path),
            description=f"The latest from {scope.title}.",
            language=settings.NEWSDESK_LANGUAGE,
            updated=state.last_modified or timezone.now(),
            base_url=base_url,
        )
        latest = scope.articles.published().newest_first()[:FEED_LENGTH]
        return build_feed(
            self.feed_format,
            channel=channel,
            entries=entries(latest, base_url=base_url),
        )


@require_safe
def article_feed(request, feed_format, kind=None, slug=None):
    scope = feed_scope(kind, slug)
    state = feed_state(scope, feed_format)
    # HTTP dates have whole seconds; compare in the same unit.
    modified = int(state.last_modified.timestamp()) if state.last_modified else None
    response = get_conditional_response(
        request, etag=state.etag, last_modified=modified
    )
    if response is None:
        response = ArticleFeed(feed_format)(request, scope=scope, state=state)
    response["ETag"] = state.etag
    if modified is not None:
        response["Last-Modified"] = http_date(modified)
    return response

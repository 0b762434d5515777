"""The public feeds: the site's and one per section, tag, author and spokesperson.

Feed readers poll: newsdesk.page_cache answers their revalidations with a 304
and serves repeated reads from the cache, before this view runs.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models.query import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_safe
from taggit.models import Tag

from articles.editions import current_edition
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


class ArticleFeed(Feed):
    """Django's feed view, writing the desk's own RSS, Atom or JSON Feed."""

    def __init__(self, feed_format):
        self.feed_format = feed_format

    def get_object(self, request, scope):
        return scope

    def get_feed(self, scope, request):
        base_url = f"{request.scheme}://{request.get_host()}"
        channel = Channel(
            title=scope.title,
            url=base_url + scope.page_url,
            feed_url=request.build_absolute_uri(request.path),
            description=f"The latest from {scope.title}.",
            language=settings.NEWSDESK_LANGUAGE,
            updated=current_edition().last_modified,
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
    return ArticleFeed(feed_format)(request, scope=feed_scope(kind, slug))

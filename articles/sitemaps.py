"""Sitemaps for crawlers: every public page, and Google News' recent-articles map."""

from datetime import timedelta

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.db.models.functions import Greatest
from django.utils import timezone
from django.views.generic import TemplateView
from taggit.models import Tag

from articles.models import Article, Section, TaggedArticle, tag_url
from newsdesk.views import ReadOnlyMixin
from people.models import Author, Spokesperson

# Google News reads articles of the last two days, at most 1,000 of them.
NEWS_WINDOW = timedelta(days=2)
NEWS_LIMIT = 1000


class ArticleSitemap(Sitemap):
    changefreq = "hourly"

    def items(self):
        return (
            Article.objects.published()
            .newest_first()
            .only("slug", "publish_at", "updated_at")
        )

    def lastmod(self, article):
        return max(article.updated_at, article.publish_at).replace(microsecond=0)

    def get_latest_lastmod(self):
        # One aggregate rather than a call of lastmod() per article.
        latest = Article.objects.published().aggregate(
            latest=Max(Greatest("updated_at", "publish_at"))
        )["latest"]
        return latest and latest.replace(microsecond=0)


def with_public_articles(queryset, relation):
    """Keep the items that have at least one public article."""
    public = Article.objects.published().values("pk")
    return queryset.filter(**{f"{relation}__in": public}).distinct()


class SectionSitemap(Sitemap):
    def items(self):
        return with_public_articles(Section.objects.all(), "articles")


class TagSitemap(Sitemap):
    def items(self):
        tagged = TaggedArticle.objects.filter(
            content_object__in=Article.objects.published().values("pk")
        )
        return Tag.objects.filter(pk__in=tagged.values("tag_id")).order_by("name")

    def location(self, tag):
        return tag_url(tag)


class AuthorSitemap(Sitemap):
    def items(self):
        return with_public_articles(Author.objects.all(), "articles")


class SpokespersonSitemap(Sitemap):
    def items(self):
        return with_public_articles(Spokesperson.objects.all(), "articles")


SITEMAPS = {
    "articles": ArticleSitemap,
    "sections": SectionSitemap,
    "tags": TagSitemap,
    "authors": AuthorSitemap,
    "spokespersons": SpokespersonSitemap,
}


class NewsSitemapView(ReadOnlyMixin, TemplateView):
    template_name = "sitemap_news.xml"
    content_type = "application/xml; charset=utf-8"

    def get_context_data(self, **kwargs):
        recent = (
            Article.objects.published()
            .filter(publish_at__gte=timezone.now() - NEWS_WINDOW)
            .newest_first()
            .only("slug", "title", "publish_at")[:NEWS_LIMIT]
        )
        return super().get_context_data(
            articles=recent,
            base_url=f"{self.request.scheme}://{self.request.get_host()}",
            publication_name=settings.NEWSDESK_SITE_NAME,
            language=settings.NEWSDESK_LANGUAGE,
            **kwargs,
        )


class RobotsView(ReadOnlyMixin, TemplateView):
    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"

    def get_context_data(self, **kwargs):
        base_url = f"{self.request.scheme}://{self.request.get_host()}"
        return super().get_context_data(base_url=base_url, **kwargs)

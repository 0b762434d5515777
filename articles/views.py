from itertools import groupby

from django.conf import settings
from django.http import QueryDict
from django.views.generic import DetailView, ListView, MonthArchiveView, TemplateView
from taggit.models import Tag

from articles.forms import SearchForm
from articles.models import Article, Section
from articles.search import (
    SEARCH_WINDOW,
    SEARCHED_WITHOUT_DATES,
    normalize_query,
    search_articles,
)
from articles.structured_data import news_article_data, page_entry
from newsdesk.pagination import numbered_page
from newsdesk.views import (
    ArticleListView,
    NewestFirstPaginationMixin,
    ReadOnlyMixin,
    ScopedArticleListView,
)

FRONT_PAGE_PER_SECTION = 4


class FrontPageView(ReadOnlyMixin, TemplateView):
    template_name = "articles/front_page.html"

    def get_context_data(self, **kwargs):
        public = Article.objects.published().for_cards()
        lead = public.newest_first().first()
        latest = (
            public.exclude(pk=getattr(lead, "pk", None))
            .latest_per_section(FRONT_PAGE_PER_SECTION)
            .order_by("section__name", "section_rank")
        )
        by_section = [
            (section, list(articles))
            for section, articles in groupby(latest, key=lambda a: a.section)
        ]
        return super().get_context_data(lead=lead, by_section=by_section, **kwargs)


class AllArticlesView(ArticleListView):
    def get_queryset(self):
        return Article.objects.published().for_cards().newest_first()


class ArticleDetailView(ReadOnlyMixin, DetailView):
    context_object_name = "article"

    def get_queryset(self):
        return (
            Article.objects.published()
            .for_listing()
            .prefetch_related("spokespersons", "corrections")
        )

    def get_context_data(self, **kwargs):
        section = self.object.section
        entry = page_entry(self.object, self.request)
        return super().get_context_data(
            related_news=self.object.related_news(),
            entry=entry,
            structured_data=news_article_data(
                entry, base_url=self.request.build_absolute_uri("/")
            ),
            feed_kind="sections",
            feed_slug=section.slug,
            feed_title=section.name,
            **kwargs,
        )


class SectionView(ScopedArticleListView):
    scope_model = Section
    scope_name = "section"
    feed_kind = "sections"
    template_name = "articles/section.html"


class TagView(ScopedArticleListView):
    scope_model = Tag
    scope_name = "tag"
    feed_kind = "tags"
    template_name = "articles/tag.html"

    def articles_of(self, tag):
        return Article.objects.filter(tags=tag)


class MonthArchiveView(NewestFirstPaginationMixin, ReadOnlyMixin, MonthArchiveView):
    date_field = "publish_at"
    month_format = "%m"

    context_object_name = "articles"
    template_name = "articles/archive_month.html"

    def get_date_list(self, queryset, date_type=None, ordering="ASC"):
        # The page lists no days; Django would read every day of the month.
        return []

    def get_queryset(self):
        return Article.objects.published().for_cards().newest_first()


class SearchView(ReadOnlyMixin, ListView):
    """Published articles matching `?q=`, narrowed by the filters of SearchForm.

    Ranked results have no newest-first order to seek through, so they keep
    numbered pages, as many as search_articles() ranks."""

    paginate_by = settings.NEWSDESK_PAGE_SIZE
    context_object_name = "articles"
    template_name = "articles/search.html"

    def get(self, request, *args, **kwargs):
        data = request.GET.copy()
        data["q"] = normalize_query(data.get("q", ""))
        self.form = SearchForm(data)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        if not self.form.is_valid():
            return Article.objects.none()
        found = self.form.cleaned_data
        return search_articles(
            Article.objects.published().for_cards(),
            found["q"],
            section=found["section"],
            author=found["author"],
            spokesperson=found["spokesperson"],
            published_from=found["from"],
            published_to=found["to"],
        )

    def paginate_queryset(self, queryset, page_size):
        page = numbered_page(
            queryset,
            self.request.GET.get("page", "1"),
            params=self.search_params(),
            size=page_size,
            last=SEARCH_WINDOW // page_size,
        )
        return None, page, page.articles, page.is_paginated

    def search_params(self):
        """Page links keep the query and the filters, and nothing else."""
        params = QueryDict(mutable=True)
        for name in self.form.fields:
            if value := self.form.data.get(name):
                params[name] = value
        return params

    def get_context_data(self, **kwargs):
        dated = self.form.is_valid() and (
            self.form.cleaned_data["from"] or self.form.cleaned_data["to"]
        )
        return super().get_context_data(
            form=self.form,
            query=self.form.data["q"],
            searched_without_dates=None if dated else f"{SEARCHED_WITHOUT_DATES:,}",
            **kwargs,
        )

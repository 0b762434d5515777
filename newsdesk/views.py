"""View bases the public apps share; they hold no rule of their own."""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.views.generic import ListView

from newsdesk.pagination import page_of


class ReadOnlyMixin:
    """Public pages answer GET and HEAD only; anything else is 405."""

    http_method_names = ["get", "head"]


class NewestFirstPaginationMixin:
    """Pages a newest-first list by number, then by cursor (newsdesk.pagination);
    `?page=` beyond the list is a 404."""

    paginate_by = settings.NEWSDESK_PAGE_SIZE

    def paginate_queryset(self, queryset, page_size):
        page = page_of(queryset, self.request.GET, size=page_size)
        return None, page, page.articles, page.is_paginated


class ArticleListView(NewestFirstPaginationMixin, ReadOnlyMixin, ListView):
    context_object_name = "articles"
    template_name = "articles/article_list.html"


class ScopedArticleListView(ArticleListView):
    """The articles of one section, tag or person, found by its slug."""

    scope_model = None
    scope_name = None
    feed_kind = None  # the scope's feeds: /feeds/<feed_kind>/<slug>/...

    def get(self, request, *args, **kwargs):
        self.scope = get_object_or_404(self.scope_model, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return self.articles_of(self.scope).published().for_cards().newest_first()

    def articles_of(self, scope):
        # Sections, authors and spokespersons all name their reverse relation so.
        return scope.articles

    def get_context_data(self, **kwargs):
        feed = {
            "feed_kind": self.feed_kind,
            "feed_slug": self.scope.slug,
            "feed_title": self.scope.name,
        }
        return super().get_context_data(
            **{self.scope_name: self.scope}, **feed, **kwargs
        )

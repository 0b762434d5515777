from django.urls import path, re_path

from articles import feeds, views

FEED_FORMAT = r"(?P<feed_format>rss|atom|json)"

app_name = "articles"

urlpatterns = [
    path("", views.FrontPageView.as_view(), name="front"),
    path("articles/", views.AllArticlesView.as_view(), name="list"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="article"),
    path("sections/<slug:slug>/", views.SectionView.as_view(), name="section"),
    # Tag slugs may hold non-ASCII letters ("défense"); never NUL, which
    # PostgreSQL refuses in a query (a 500 rather than a 404).
    re_path(r"^tags/(?P<slug>[^/\x00]+)/$", views.TagView.as_view(), name="tag"),
    path("search/", views.SearchView.as_view(), name="search"),
    re_path(
        r"^archive/(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/$",
        views.MonthArchiveView.as_view(),
        name="archive_month",
    ),
    re_path(rf"^feeds/{FEED_FORMAT}/$", feeds.article_feed, name="site_feed"),
    re_path(
        rf"^feeds/(?P<kind>sections|tags|authors|spokespersons)/(?P<slug>[^/\x00]+)/"
        rf"{FEED_FORMAT}/$",
        feeds.article_feed,
        name="scoped_feed",
    ),
]

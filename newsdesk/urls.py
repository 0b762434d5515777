from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.decorators.http import require_safe

from articles.sitemaps import SITEMAPS, NewsSitemapView, RobotsView
from newsdesk.health import healthz

admin.site.site_header = f"{settings.NEWSDESK_SITE_NAME} newsroom"
admin.site.site_title = settings.NEWSDESK_SITE_NAME

urlpatterns = [
    # Before the admin's catch-all, so the desk's pages live under /admin/desk/.
    path(f"{settings.NEWSDESK_ADMIN_URL}desk/", include("desk.urls")),
    path(settings.NEWSDESK_ADMIN_URL, admin.site.urls),
    path("preview/", include("previews.urls")),
    path("robots.txt", RobotsView.as_view(), name="robots"),
    path("healthz", healthz, name="healthz"),
    path(
        "sitemap.xml",
        require_safe(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap_index",
    ),
    # Before the pattern below, which would take "news" for a section.
    path("sitemap-news.xml", NewsSitemapView.as_view(), name="sitemap_news"),
    path(
        "sitemap-<section>.xml",
        require_safe(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("", include("people.urls")),
    path("", include("articles.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif "://" not in settings.MEDIA_URL:  # not when media lives on S3 or a CDN
    urlpatterns += [path("", include("newsdesk.media"))]

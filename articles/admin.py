from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, Q
from django.http import HttpResponseRedirect, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode

from articles.exporters.export import export_chunks, export_filename
from articles.forms import ExportForm
from articles.models import Article, Byline, RelatedArticle, Section
from articles.services import publish_article, withdraw_article


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


class BylineInline(admin.TabularInline):
    model = Byline
    autocomplete_fields = ["author"]
    extra = 1
    verbose_name = "author in the byline"
    verbose_name_plural = "Byline (in order)"


class RelatedArticleInline(admin.TabularInline):
    model = RelatedArticle
    fk_name = "from_article"
    autocomplete_fields = ["to_article"]
    extra = 1
    verbose_name = "related article"
    verbose_name_plural = "Related News (curated, in order)"


class StateFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("draft", "Draft"),
            ("review", "In review"),
            ("scheduled", "Scheduled"),
            ("live", "Live"),
            ("withdrawn", "Withdrawn"),
        ]

    def queryset(self, request, queryset):
        published = Q(status=Article.Status.PUBLISHED)
        due = Q(publish_at__lte=timezone.now())
        by_state = {
            "draft": Q(status=Article.Status.DRAFT),
            "review": Q(status=Article.Status.REVIEW),
            "scheduled": published & ~due,
            "live": published & due,
            "withdrawn": Q(status=Article.Status.WITHDRAWN),
        }
        if self.value() in by_state:
            return queryset.filter(by_state[self.value()])
        return queryset


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "state", "section", "byline_names", "publish_at"]
    list_filter = [StateFilter, "section", "authors", "tags"]
    list_select_related = ["section"]
    search_fields = ["title", "summary", "body"]
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["spokespersons"]
    inlines = [BylineInline, RelatedArticleInline]
    actions = ["publish_now", "withdraw", "export_selected"]
    change_list_template = "admin/articles/article/change_list.html"
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "section"]}),
        ("Story", {"fields": ["dateline", "source", "body", "spokespersons", "tags"]}),
        ("Lead image", {"fields": ["lead_image", "caption", "credit", "alt"]}),
        (
            "Publishing",
            {"fields": ["status", "publish_at", "created_at", "updated_at"]},
        ),
    ]

    def get_queryset(self, request):
        # The byline column reads prefetched rows rather than a query per line.
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch("bylines", queryset=Byline.objects.select_related("author"))
            )
        )

    @admin.display(description="state", ordering="status")
    def state(self, article):
        return article.state

    @admin.display(description="byline")
    def byline_names(self, article):
        return ", ".join(author.name for author in article.byline)

    @admin.action(description="Publish now")
    def publish_now(self, request, queryset):
        self._apply(request, queryset, publish_article, "Published")

    @admin.action(description="Withdraw")
    def withdraw(self, request, queryset):
        self._apply(request, queryset, withdraw_article, "Withdrew")

    @admin.action(description="Export selected articles", permissions=["export"])
    def export_selected(self, request, queryset):
        ids = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True))
        return HttpResponseRedirect(
            f"{reverse('admin:articles_article_export')}?{urlencode({'ids': ids})}"
        )

    def has_export_permission(self, request):
        return request.user.has_perm("articles.export_article")

    def get_urls(self):
        export = self.admin_site.admin_view(self.export_view)
        return [
            path("export/", export, name="articles_article_export"),
            *super().get_urls(),
        ]

    def export_view(self, request):
        """Choose articles and a format; a valid choice downloads the file."""
        if not self.has_export_permission(request):
            raise PermissionDenied
        submitted = "format" in request.GET
        form = ExportForm(request.GET if submitted else None, initial=request.GET)
        if submitted and form.is_valid():
            return self.export_download(request, form)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Export articles",
            "form": form,
        }
        return TemplateResponse(request, "admin/articles/article/export.html", context)

    def export_download(self, request, form):
        export_format = form.export_format
        chunks = export_chunks(
            articles=form.articles(),
            export_format=export_format,
            base_url=f"{request.scheme}://{request.get_host()}",
        )
        response = StreamingHttpResponse(
            (chunk.encode() for chunk in chunks),
            content_type=export_format.content_type,
        )
        filename = export_filename(export_format)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def _apply(self, request, queryset, service, done):
        articles = list(queryset)
        for article in articles:
            service(article=article)
        self.message_user(
            request, f"{done} {len(articles)} article(s).", messages.SUCCESS
        )

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpResponseRedirect, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.timesince import timesince
from reversion.admin import VersionAdmin
from reversion.models import Version

from articles import revisions, services
from articles.exporters.export import export_chunks, export_filename
from articles.forms import ExportForm
from articles.models import (
    RELATED_NEWS_LIMIT,
    Article,
    ArticleEvent,
    Byline,
    Correction,
    RelatedArticle,
    Section,
)
from articles.related import explained_fill
from people.models import Author

# How long an open edit page counts as "someone is editing this".
PRESENCE_SECONDS = 5 * 60

# Before VersionAdmin registers Article by itself, without what follows it.
revisions.register()


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


class CorrectionInline(admin.TabularInline):
    """Corrections are appended, never edited or removed."""

    model = Correction
    fields = ["kind", "text", "created_at", "created_by"]
    readonly_fields = ["created_at", "created_by"]
    extra = 0
    can_delete = False

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request, obj=None):
        return (
            obj is not None
            and obj.status == Article.Status.PUBLISHED
            and request.user.has_perm("articles.correct_article")
        )


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
        by_state = {
            "draft": lambda: queryset.filter(status=Article.Status.DRAFT),
            "review": lambda: queryset.in_review(),
            "scheduled": lambda: queryset.scheduled(),
            "live": lambda: queryset.published(),
            "withdrawn": lambda: queryset.filter(status=Article.Status.WITHDRAWN),
        }
        return by_state[self.value()]() if self.value() in by_state else queryset


class ArticleAdminForm(forms.ModelForm):
    # The version the editor started from; a save from an older one is refused.
    edited_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    user = None  # set per request by ArticleAdmin.get_form

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["edited_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            self.refuse_stale_save(cleaned.get("edited_version"))
        return cleaned

    def refuse_stale_save(self, started_from):
        # Locked for the rest of the save's transaction where the database can.
        current = (
            Article.objects.select_for_update(of=("self",))
            .select_related("updated_by")
            .get(pk=self.instance.pk)
        )
        if started_from == current.version:
            return
        who = current.updated_by or "someone"
        when = date_format(timezone.localtime(current.updated_at), "j M Y H:i:s")
        raise forms.ValidationError(
            f"{who} saved this article at {when}, after you opened it. Nothing "
            "was saved: your changes are still in the form below. Open the "
            "article again in another tab, then bring your changes across.",
            code="stale",
        )


@admin.register(Article)
class ArticleAdmin(VersionAdmin):
    form = ArticleAdminForm
    list_display = ["title", "state", "section", "byline_names", "publish_time"]
    list_filter = [StateFilter, "section", "authors", "tags"]
    list_select_related = ["section"]
    search_fields = ["title", "summary", "body"]
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["spokespersons", "excluded_related"]
    inlines = [BylineInline, RelatedArticleInline, CorrectionInline]
    actions = [
        "submit_for_review",
        "publish_now",
        "schedule",
        "unschedule",
        "withdraw",
        "export_selected",
    ]
    change_list_template = "admin/articles/article/change_list.html"
    object_history_template = "admin/articles/article/object_history.html"
    readonly_fields = ["automatic_related", "created_at", "updated_at", "updated_by"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "section"]}),
        ("Story", {"fields": ["dateline", "source", "body", "spokespersons", "tags"]}),
        ("Lead image", {"fields": ["lead_image", "caption", "credit", "alt"]}),
        ("Related News", {"fields": ["automatic_related", "excluded_related"]}),
        (
            "Publishing",
            {
                "fields": [
                    "status",
                    "publish_at",
                    "created_at",
                    "updated_at",
                    "updated_by",
                    "edited_version",
                ]
            },
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

    # Permissions: enforced here, on the server, not by hiding buttons.

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or obj.is_editable_by(request.user))

    def has_publish_permission(self, request):
        return request.user.has_perm("articles.publish_article")

    def has_export_permission(self, request):
        return request.user.has_perm("articles.export_article")

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        publish_at = form.base_fields.get("publish_at")
        if publish_at:
            publish_at.help_text += f" Times are in {settings.TIME_ZONE}."
        status = form.base_fields.get("status")
        if status and not self.has_publish_permission(request):
            status.choices = [
                (value, label)
                for value, label in status.choices
                if value in (Article.Status.DRAFT, Article.Status.REVIEW)
            ]
            status.error_messages["invalid_choice"] = (
                "Only editors publish, schedule or withdraw: choose Draft or In review."
            )
        return form

    def save_model(self, request, obj, form, change):
        before = Article.objects.get(pk=obj.pk) if change else None
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
        if before:
            services.record_status_change(article=obj, before=before, by=request.user)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        author = Author.objects.filter(user=request.user).first()
        # A writer's new article is theirs: their name goes in the byline.
        if not change and author and not article.bylines.filter(author=author):
            Byline.objects.create(
                article=article, author=author, position=article.bylines.count()
            )

    def save_formset(self, request, form, formset, change):
        if formset.model is not Correction:
            return super().save_formset(request, form, formset, change)
        for correction in formset.save(commit=False):
            services.add_correction(
                article=form.instance,
                text=correction.text,
                kind=correction.kind,
                by=request.user,
            )

    # Who else has this article open.

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET":
            self.note_presence(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def note_presence(self, request, object_id):
        key = f"articles:editing:{object_id}"
        now = timezone.now()
        editors = {
            user_id: seen
            for user_id, seen in cache.get(key, {}).items()
            if (now - seen[1]).total_seconds() < PRESENCE_SECONDS
        }
        for user_id, (name, seen) in editors.items():
            if user_id != request.user.pk:
                messages.warning(
                    request,
                    f"{name} is editing this article (opened {timesince(seen, now)} "
                    "ago). Saving over their changes is refused; talk to them first.",
                )
        editors[request.user.pk] = (request.user.get_username(), now)
        cache.set(key, editors, PRESENCE_SECONDS)

    @admin.display(description="automatic picks")
    def automatic_related(self, article):
        """What readers get after the curated picks, and why."""
        if not article.pk:
            return "Shown once the article is saved."
        picks = explained_fill(article, limit=RELATED_NEWS_LIMIT)
        if not picks:
            return (
                "None: no public article shares a tag, a spokesperson or the section."
            )
        items = format_html_join(
            "",
            '<li><a href="{}">{}</a> — {}</li>',
            (
                (
                    reverse("admin:articles_article_change", args=[p.article.pk]),
                    p.article.title,
                    p.reason,
                )
                for p in picks
            ),
        )
        hint = "To drop one, add it to “never suggest” below."
        return format_html("<ol>{}</ol><p>{}</p>", items, hint)

    # Columns.

    @admin.display(description="state", ordering="status")
    def state(self, article):
        return article.state

    @admin.display(description="byline")
    def byline_names(self, article):
        return ", ".join(author.name for author in article.byline)

    @admin.display(
        description=f"publish at ({settings.TIME_ZONE})", ordering="publish_at"
    )
    def publish_time(self, article):
        if not article.publish_at:
            return "—"
        return date_format(timezone.localtime(article.publish_at), "j M Y H:i")

    # Actions: each calls a service, which checks and logs.

    @admin.action(description="Submit for review")
    def submit_for_review(self, request, queryset):
        self._apply(request, queryset, services.submit_for_review, "Submitted")

    @admin.action(description="Publish now", permissions=["publish"])
    def publish_now(self, request, queryset):
        self._apply(request, queryset, services.publish_article, "Published")

    @admin.action(description="Unschedule (back to review)", permissions=["publish"])
    def unschedule(self, request, queryset):
        self._apply(
            request, queryset.scheduled(), services.unschedule_article, "Unscheduled"
        )

    @admin.action(description="Withdraw", permissions=["publish"])
    def withdraw(self, request, queryset):
        self._apply(request, queryset, services.withdraw_article, "Withdrew")

    @admin.action(description="Schedule…", permissions=["publish"])
    def schedule(self, request, queryset):
        form = ScheduleForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            at = form.cleaned_data["publish_at"]
            for article in queryset:
                services.schedule_article(article=article, at=at, by=request.user)
            when = date_format(timezone.localtime(at), "j M Y H:i")
            self.message_user(request, f"Scheduled {len(queryset)} for {when}.")
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Schedule articles",
            "form": form,
            "articles": queryset,
            "time_zone": settings.TIME_ZONE,
        }
        return TemplateResponse(
            request, "admin/articles/article/schedule.html", context
        )

    def _apply(self, request, queryset, service, done):
        articles = [a for a in queryset if a.is_editable_by(request.user)]
        for article in articles:
            service(article=article, by=request.user)
        self.message_user(
            request, f"{done} {len(articles)} article(s).", messages.SUCCESS
        )

    @admin.action(description="Export selected articles", permissions=["export"])
    def export_selected(self, request, queryset):
        ids = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True))
        return HttpResponseRedirect(
            f"{reverse('admin:articles_article_export')}?{urlencode({'ids': ids})}"
        )

    # Extra pages: export and the diff of two revisions.

    def get_urls(self):
        def wrap(view):
            return self.admin_site.admin_view(view)

        return [
            path("export/", wrap(self.export_view), name="articles_article_export"),
            path(
                "<path:object_id>/history/compare/",
                wrap(self.compare_view),
                name="articles_article_compare",
            ),
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
        articles = form.articles()
        services.record(
            ArticleEvent.Action.EXPORT,
            by=request.user,
            note=f"{articles.count()} article(s) as {export_format.label}",
        )
        chunks = export_chunks(
            articles=articles,
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

    def compare_view(self, request, object_id):
        """Show what changed between two saved revisions, word by word."""
        article = get_object_or_404(Article, pk=object_id)
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        versions = Version.objects.get_for_object(article)
        older = get_object_or_404(versions, pk=request.GET.get("from") or 0)
        newer = get_object_or_404(versions, pk=request.GET.get("to") or 0)
        if older.revision.date_created > newer.revision.date_created:
            older, newer = newer, older
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": article,
            "title": f"Changes to “{article}”",
            "older": older,
            "newer": newer,
            "differences": revisions.differences(older, newer),
        }
        return TemplateResponse(request, "admin/articles/article/compare.html", context)

    def history_view(self, request, object_id, extra_context=None):
        versions = Version.objects.get_for_object_reference(Article, object_id)
        oldest_first = versions.select_related("revision__user").order_by("pk")
        extra = {"versions": oldest_first}
        return super().history_view(
            request, object_id, {**extra, **(extra_context or {})}
        )

    def revision_view(self, request, object_id, version_id, extra_context=None):
        response = super().revision_view(request, object_id, version_id, extra_context)
        self.record_restore(request, response, object_id)
        return response

    def recover_view(self, request, version_id, extra_context=None):
        response = super().recover_view(request, version_id, extra_context)
        version = Version.objects.filter(pk=version_id).first()
        self.record_restore(request, response, version and version.object_id)
        return response

    def record_restore(self, request, response, object_id):
        if request.method == "POST" and response.status_code == 302:
            article = Article.objects.filter(pk=object_id).first()
            services.record(
                ArticleEvent.Action.RESTORE, article=article, by=request.user
            )


class ScheduleForm(forms.Form):
    publish_at = forms.SplitDateTimeField(
        label="Publish at",
        widget=admin.widgets.AdminSplitDateTime,
        help_text=f"In {settings.TIME_ZONE}; it must be in the future.",
    )

    def clean_publish_at(self):
        at = self.cleaned_data["publish_at"]
        if at <= timezone.now():
            raise forms.ValidationError("Choose a moment in the future.")
        return at


@admin.register(ArticleEvent)
class ArticleEventAdmin(admin.ModelAdmin):
    """The desk's log: read-only, filterable."""

    list_display = ["at", "action", "article_title", "user", "note"]
    list_filter = ["action", "user", ("at", admin.DateFieldListFilter)]
    search_fields = ["article_title", "note", "user__username"]
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

"""Previews: an article as readers would see it, before they can."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.formats import date_format
from django.views import View
from django.views.defaults import page_not_found

from articles.models import Article
from previews.forms import bind_unsaved_changes, prepare_for_preview
from previews.models import ShareLink
from previews.services import create_share_link

NOT_PUBLISHED = "Preview — not published"
LIVE_VERSION = "Preview — live version"
UNSAVED_CHANGES = "Preview — unsaved changes, not published"
SHARED = "Preview shared for review — not published"


def keep_private(response):
    """Keep a preview out of every shared cache and search engine."""
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response


def article_for_preview(pk):
    # Deliberately not published(): showing what is not public yet is the point.
    articles = Article.objects.for_listing().prefetch_related("spokespersons")
    return get_object_or_404(articles, pk=pk)


def render_preview(request, article, banner, note=""):
    """Render `article` with the public page's template and context."""
    context = {
        "article": article,
        "related_news": article.related_news(),
        "feed_kind": "sections",
        "feed_slug": article.section.slug,
        "feed_title": article.section.name,
        "banner": banner,
        "banner_note": note,
    }
    return TemplateResponse(request, "previews/article_preview.html", context)


class PrivateMixin:
    """Every answer, a refusal included, is private and unindexed."""

    def dispatch(self, request, *args, **kwargs):
        try:
            response = super().dispatch(request, *args, **kwargs)
        except Http404 as error:
            # A shared cache must not keep a refusal and serve it to staff later.
            response = page_not_found(request, error)
        return keep_private(response)


class ArticlePreviewView(PrivateMixin, View):
    """Staff see any article as readers would: saved (GET) or with edits (POST)."""

    http_method_names = ["get", "head", "post"]

    def get(self, request, pk):
        article = self.get_article(request, pk)
        banner = LIVE_VERSION if article.is_live else NOT_PUBLISHED
        return render_preview(request, article, banner)

    def post(self, request, pk):
        article = self.get_article(request, pk)
        saved_title, saved_image = article.title, article.lead_image.name
        form = bind_unsaved_changes(request, article)
        with transaction.atomic():
            # The form's checks may lock the row; whatever they touch, none is kept.
            is_valid = form.is_valid()
            transaction.set_rollback(True)
        if not is_valid:
            context = {"form": form, "article_title": saved_title}
            return TemplateResponse(request, "previews/invalid_changes.html", context)
        note = prepare_for_preview(form, saved_image)
        return render_preview(request, form.instance, UNSAVED_CHANGES, note)

    def get_article(self, request, pk):
        # Refusals look like a missing page, so outsiders learn nothing.
        user = request.user
        if not (user.is_active and user.is_staff):
            raise Http404
        article = article_for_preview(pk)
        model_admin = admin.site.get_model_admin(Article)
        if not model_admin.has_view_or_change_permission(request, article):
            raise Http404
        return article


class SharedPreviewView(PrivateMixin, View):
    """An outside reviewer's view of an article, through an active share link."""

    http_method_names = ["get", "head"]

    def get(self, request, token):
        links = ShareLink.objects.active().for_token(token)
        link = get_object_or_404(links)
        return render_preview(request, article_for_preview(link.article_id), SHARED)


class CreateShareLinkView(View):
    """Open a share link from the article's admin page and show its address."""

    http_method_names = ["post"]

    def post(self, request, pk):
        if not request.user.has_perm("previews.add_sharelink"):
            raise PermissionDenied
        article = get_object_or_404(Article, pk=pk)
        link = create_share_link(article=article, by=request.user)
        until = date_format(timezone.localtime(link.expires_at), "j M Y, H:i T")
        messages.success(request, f"Share link created, open until {until}: {link.url}")
        change_url = reverse("admin:articles_article_change", args=[article.pk])
        return HttpResponseRedirect(change_url)

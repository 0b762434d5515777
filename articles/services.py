"""Writes that change an article's standing; admin actions and views call these."""

from django.db import transaction
from django.utils import timezone

from articles.models import Article


@transaction.atomic
def publish_article(*, article, at=None):
    """Publish now, or at `at` if it is given (a future `at` schedules it).

    A live article keeps its original publication time unless `at` is given.
    """
    if article.is_live and at is None:
        return article
    article.status = Article.Status.PUBLISHED
    article.publish_at = at or timezone.now().replace(microsecond=0)
    article.save(update_fields=["status", "publish_at", "updated_at"])
    return article


@transaction.atomic
def withdraw_article(*, article):
    """Take an article off every public surface at once."""
    article.status = Article.Status.WITHDRAWN
    article.save(update_fields=["status", "updated_at"])
    return article

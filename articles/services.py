"""Writes that change an article's standing; the admin and commands call these.

Each one is atomic and leaves a line in the desk's log (ArticleEvent).
"""

from django.db import transaction
from django.utils import timezone

from articles.models import Article, ArticleEvent, Correction

Status = Article.Status
Action = ArticleEvent.Action


def record(action, *, article=None, by=None, note=""):
    """Write one line of the desk's log."""
    return ArticleEvent.objects.create(
        action=action,
        article=article,
        article_title=article.title if article else "",
        user=by,
        note=note[:500],
    )


def _save_standing(article, by):
    article.updated_by = by
    article.save(update_fields=["status", "publish_at", "updated_at", "updated_by"])


@transaction.atomic
def submit_for_review(*, article, by=None):
    article.status = Status.REVIEW
    _save_standing(article, by)
    record(Action.SUBMIT, article=article, by=by)
    return article


@transaction.atomic
def publish_article(*, article, by=None, at=None):
    """Publish now, or at `at` if it is given (a future `at` schedules it).

    A live article keeps its original publication time unless `at` is given.
    """
    if article.is_live and at is None:
        return article
    article.status = Status.PUBLISHED
    article.publish_at = at or timezone.now().replace(microsecond=0)
    _save_standing(article, by)
    action = Action.SCHEDULE if article.is_scheduled else Action.PUBLISH
    record(action, article=article, by=by, note=f"publish at {article.publish_at}")
    return article


def schedule_article(*, article, at, by=None):
    """Publish at a future moment; nothing else is needed for it to go live."""
    if at <= timezone.now():
        raise ValueError("A schedule needs a time in the future.")
    return publish_article(article=article, at=at, by=by)


@transaction.atomic
def unschedule_article(*, article, by=None):
    """Take a scheduled article back to review; it will not go live."""
    if not article.is_scheduled:
        raise ValueError("Only a scheduled article can be unscheduled.")
    article.status = Status.REVIEW
    _save_standing(article, by)
    record(Action.UNSCHEDULE, article=article, by=by)
    return article


@transaction.atomic
def withdraw_article(*, article, by=None):
    """Take an article off every public surface at once."""
    article.status = Status.WITHDRAWN
    _save_standing(article, by)
    record(Action.WITHDRAW, article=article, by=by)
    return article


@transaction.atomic
def add_correction(*, article, text, kind=Correction.Kind.CORRECTION, by=None):
    """Append a dated note to the article; it becomes the article's updated time."""
    correction = Correction.objects.create(
        article=article, text=text, kind=kind, created_by=by
    )
    article.updated_by = by
    article.save(update_fields=["updated_at", "updated_by"])
    record(Action.CORRECT, article=article, by=by, note=text)
    return correction


def record_status_change(*, article, before, by):
    """Log what an edit did to the article's standing, if anything."""
    was_scheduled = before.status == Status.PUBLISHED and not before.is_live
    if article.status == before.status and article.publish_at == before.publish_at:
        return None
    if article.status == Status.PUBLISHED:
        action = Action.SCHEDULE if article.is_scheduled else Action.PUBLISH
        if before.is_live and article.is_live:
            return None  # a live article's time was moved; not a new publication
        return record(action, article=article, by=by, note=f"at {article.publish_at}")
    if was_scheduled:
        return record(Action.UNSCHEDULE, article=article, by=by)
    actions = {Status.WITHDRAWN: Action.WITHDRAW, Status.REVIEW: Action.SUBMIT}
    if article.status in actions and article.status != before.status:
        return record(actions[article.status], article=article, by=by)
    return None

"""Which articles the desk's calendar and dashboard panels show."""

from articles.models import Article

PANEL_LENGTH = 10


def on_the_calendar(*, start, end):
    """Public, scheduled and planned articles due in [start, end), in one query."""
    # OR-ing the querysets keeps the one rule of public in published().
    articles = Article.objects
    shown = articles.published() | articles.scheduled() | articles.planned()
    return (
        shown.filter(publish_at__gte=start, publish_at__lt=end)
        .select_related("section")
        .order_by("publish_at", "pk")
    )


def next_up(limit=PANEL_LENGTH):
    """The next scheduled articles to go live, soonest first."""
    return list(
        Article.objects.scheduled()
        .select_related("section")
        .order_by("publish_at", "pk")[:limit]
    )


def waiting_for_review(limit=PANEL_LENGTH):
    """Articles in review, the longest-filed first."""
    return list(
        Article.objects.in_review()
        .select_related("section")
        .order_by("created_at", "pk")[:limit]
    )

from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles"

    def ready(self):
        from articles import editions, revisions

        revisions.register()
        connect_edition_signals(editions.mark_changed)


def connect_edition_signals(mark_changed):
    """Whatever a public page shows, changed anywhere, starts a new edition."""
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from taggit.models import Tag

    from articles.models import (
        Article,
        Byline,
        Correction,
        RelatedArticle,
        Section,
        TaggedArticle,
    )
    from people.models import Author, Spokesperson

    shown = [Article, Byline, Correction, RelatedArticle, Section, TaggedArticle]
    for model in [*shown, Tag, Author, Spokesperson]:
        post_save.connect(mark_changed, sender=model, dispatch_uid=f"edition-{model}")
        post_delete.connect(mark_changed, sender=model, dispatch_uid=f"edition-{model}")
    m2m_changed.connect(
        mark_changed,
        sender=Article.spokespersons.through,
        dispatch_uid="edition-quotes",
    )

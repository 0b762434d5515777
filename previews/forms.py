"""The newsroom's own article form, bound to unsaved edits for a preview."""

from django.contrib import admin

from articles.models import Article


def bind_unsaved_changes(request, article):
    """Bind the admin's change form for `article` to the posted edits."""
    # Validating applies the edits to `article` in memory only. Byline, tags and
    # spokespersons keep their saved rows: a model form writes those on save.
    model_admin = admin.site.get_model_admin(Article)
    form_class = model_admin.get_form(request, article, change=True)
    return form_class(request.POST, request.FILES, instance=article)


def prepare_for_preview(form, saved_image):
    """Make the edited article safe to show; return a note for the banner or ''."""
    article = form.instance
    # The same sanitiser as on save, so the preview shows what readers would get.
    article.body = Article._meta.get_field("body").sanitize(article.body)
    if "lead_image" in form.changed_data and form.cleaned_data["lead_image"]:
        # An upload reaches storage only on save; until then it has no address.
        article.lead_image = saved_image
        return "The new lead image appears once the article is saved."
    return ""

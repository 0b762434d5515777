from articles.models import Section


def sections(request):
    """The sections for the site's navigation; queried only if a page shows it."""
    return {"nav_sections": Section.objects.all()}

"""A small desk with one of every public page type, for checks over all pages."""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from articles.models import Correction
from tests.factories import (
    image_upload,
    make_article,
    make_author,
    make_section,
    make_spokesperson,
)


def make_reader_desk():
    """Fill the database and return {page name: URL} of every public page type."""
    now = timezone.now()
    navy = make_section(slug="navy", name="Navy", description="Ships and sailors.")
    petra = make_author(slug="petra-solvang", name="Petra Solvang", bio="Navy desk.")
    ivo = make_author(slug="ivo-marek", name="Ivo Marek")
    brandt = make_spokesperson(
        slug="lena-brandt",
        name="Lena Brandt",
        rank="Commander",
        organization="Ministry of Defence",
        organization_abbreviation="MOD",
        photo=image_upload("brandt.png", size=(120, 120)),
    )
    # One page more than a list holds, so lists show their pagination.
    for hour in range(settings.NEWSDESK_PAGE_SIZE + 1):
        make_article(
            section=navy,
            title=f"Patrol report {hour}",
            authors=[ivo],
            tags=["Patrols"],
            publish_at=now - timedelta(days=2, hours=hour),
        )
    earlier = make_article(
        slug="frigate-ordered",
        title="A second frigate is ordered",
        section=navy,
        tags=["Frigates"],
        publish_at=now - timedelta(days=1),
    )
    article = make_article(
        slug="frigate-trials",
        title="Frigate trials end early",
        summary="Sea trials finished two days ahead of plan.",
        body="<p>The frigate completed its last run.</p>"
        "<h2>What comes next</h2><p>Crews take delivery next month.</p>"
        "<blockquote><p>We are ready.</p></blockquote>",
        section=navy,
        authors=[petra, ivo],
        spokespersons=[brandt],
        tags=["Frigates", "Trials"],
        related=[earlier],
        lead_image=image_upload("trials.png", size=(640, 360)),
        alt="A grey frigate at sea",
        caption="The frigate on its last run.",
        credit="Photo: Navy",
        publish_at=now - timedelta(hours=1),
    )
    Correction.objects.create(
        article=article, text="An earlier version named the wrong port."
    )
    published = timezone.localtime(article.publish_at)
    urls = {
        "front": reverse("articles:front"),
        "latest": reverse("articles:list"),
        "latest, page 2": reverse("articles:list") + "?page=2",
        "article": article.get_absolute_url(),
        "section": navy.get_absolute_url(),
        "tag": reverse("articles:tag", kwargs={"slug": "frigates"}),
        "author": petra.get_absolute_url(),
        "spokesperson": brandt.get_absolute_url(),
        "month archive": reverse(
            "articles:archive_month",
            kwargs={"year": f"{published:%Y}", "month": f"{published:%m}"},
        ),
        "search": reverse("articles:search") + "?q=frigate",
    }
    return urls

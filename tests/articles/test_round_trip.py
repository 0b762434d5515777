"""What the desk exports, the desk can import back, unchanged in substance."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command

from articles.models import Article
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db


def substance(article):
    return (
        article.title,
        [author.name for author in article.byline],
        article.publish_at,
        article.body,
    )


@pytest.mark.parametrize(
    ("export_format", "import_flags"), [("json", ["--feed"]), ("ninjs", [])]
)
def test_export_then_import_keeps_headlines_bylines_times_and_bodies(
    tmp_path, yesterday, export_format, import_flags
):
    section = make_section()
    ana, tomas, lena = (
        make_author(name=n) for n in ("Ana Ruiz", "Tomas Veil", "Lena Vos")
    )
    originals = [
        make_article(
            title="Frigates finish a patrol & return",
            body="<p>Crews <strong>trained</strong> a week.</p><ul><li>One</li></ul>",
            authors=[ana, tomas, lena],
            section=section,
            publish_at=yesterday.replace(microsecond=0),
        ),
        make_article(
            title="Radar contract signed",
            body="<p>The ministry signed the contract.</p>",
            authors=[tomas],
            section=section,
            publish_at=(yesterday - timedelta(days=2)).replace(microsecond=0),
        ),
    ]
    expected = sorted(substance(article) for article in originals)
    path = tmp_path / f"export.{export_format}"
    call_command("export_articles", "--format", export_format, "-o", str(path))
    # Imported into a desk that no longer has them, so nothing is skipped.
    Article.objects.all().delete()

    call_command("import_articles", *import_flags, str(path), stdout=io.StringIO())

    imported = Article.objects.all()
    assert sorted(substance(article) for article in imported) == expected
    assert {article.status for article in imported} == {Article.Status.DRAFT}

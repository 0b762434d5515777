"""What an article's or a person's page tells search engines and share previews:
schema.org JSON-LD, OpenGraph and Twitter card meta, read back as a crawler
reads them."""

import json
from datetime import datetime, timedelta

import pytest
from django.conf import settings
from django.utils import timezone
from lxml import html as lxml_html

from tests.factories import (
    image_upload,
    make_article,
    make_author,
    make_section,
    make_spokesperson,
)

pytestmark = pytest.mark.django_db

HOST = "http://testserver"
HOSTILE = 'Drill </script><script>alert(1)</script> ]]> <!-- & "done"'


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return lxml_html.fromstring(response.content)


def json_ld(doc):
    """The page's one JSON-LD object, parsed back."""
    (script,) = doc.xpath('//script[@type="application/ld+json"]')
    return json.loads(script.text)


def meta(doc, key):
    """Every content of <meta property=key> or <meta name=key>, in page order."""
    return doc.xpath(f'//meta[@property="{key}" or @name="{key}"]/@content')


@pytest.fixture
def full_article():
    section = make_section(slug="navy", name="Navy")
    return make_article(
        slug="fleet-drill",
        title="Fleet drill ends in the strait",
        summary="Twelve ships took part over five days.",
        dateline="PORT AVEL",
        source="Aldria Defence Wire",
        section=section,
        authors=[
            make_author(slug="petra-solvang", name="Petra Solvang"),
            make_author(slug="ivo-marek", name="Ivo Marek"),
        ],
        spokespersons=[make_spokesperson(slug="lena-brandt", name="Lena Brandt")],
        tags=["Exercises", "Navy"],
        lead_image=image_upload("drill.png", size=(640, 360)),
        alt="Two frigates sail side by side",
        caption="Frigates on the last day.",
        credit="Photo: Desk",
    )


class TestNewsArticle:
    def test_every_member_reads_back(self, client, full_article):
        data = json_ld(page(client, full_article.get_absolute_url()))
        url = HOST + full_article.get_absolute_url()

        assert data["@context"] == "https://schema.org"
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == "Fleet drill ends in the strait"
        assert data["description"] == "Twelve ships took part over five days."
        assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
        assert data["url"] == url
        assert data["author"] == [
            {
                "@type": "Person",
                "name": "Petra Solvang",
                "url": f"{HOST}/authors/petra-solvang/",
            },
            {
                "@type": "Person",
                "name": "Ivo Marek",
                "url": f"{HOST}/authors/ivo-marek/",
            },
        ]
        assert data["publisher"] == {
            "@type": "Organization",
            "name": settings.NEWSDESK_SITE_NAME,
            "url": f"{HOST}/",
        }
        assert data["image"]["url"] == HOST + full_article.lead_image.url
        assert (data["image"]["width"], data["image"]["height"]) == (640, 360)
        assert data["image"]["caption"] == "Frigates on the last day."
        assert data["locationCreated"] == {"@type": "Place", "name": "PORT AVEL"}
        assert data["articleSection"] == "Navy"
        assert sorted(data["keywords"]) == ["Exercises", "Navy"]
        assert data["sourceOrganization"]["name"] == "Aldria Defence Wire"
        assert data["mentions"] == [
            {
                "@type": "Person",
                "name": "Lena Brandt",
                "url": f"{HOST}/spokespersons/lena-brandt/",
            }
        ]

    def test_dates_are_iso_8601_with_an_offset(self, client, now):
        published = timezone.now() - timedelta(days=2)
        article = make_article(publish_at=published)
        data = json_ld(page(client, article.get_absolute_url()))

        for key in ("datePublished", "dateModified"):
            moment = datetime.fromisoformat(data[key])
            assert moment.utcoffset() is not None, data[key]
        assert datetime.fromisoformat(data["datePublished"]) == published
        assert datetime.fromisoformat(data["dateModified"]) >= published

    def test_an_update_moves_date_modified(self, client, now):
        article = make_article(publish_at=timezone.now() - timedelta(days=1))
        article.title = "Fleet drill extended"
        article.save()
        data = json_ld(page(client, article.get_absolute_url()))

        assert datetime.fromisoformat(data["dateModified"]) == article.updated_at
        assert data["dateModified"] > data["datePublished"]

    def test_optional_members_are_left_out_when_empty(self, client):
        article = make_article(summary="", dateline="", source="")
        data = json_ld(page(client, article.get_absolute_url()))

        for key in ("image", "description", "locationCreated", "mentions"):
            assert key not in data, key
        assert data["author"] == [] and data["keywords"] == []

    def test_a_hostile_headline_stays_inside_the_data(self, client):
        author = make_author(name=HOSTILE)
        article = make_article(title=HOSTILE, summary=HOSTILE, authors=[author])
        response = client.get(article.get_absolute_url())
        text = response.content.decode()
        doc = lxml_html.fromstring(response.content)

        assert "alert(1)</script>" not in text and "]]>" not in text
        # The page's only script is the data: nothing broke out of it.
        assert len(doc.xpath("//script")) == 1
        data = json_ld(doc)
        assert data["headline"] == data["description"] == HOSTILE
        assert data["author"][0]["name"] == HOSTILE
        assert meta(doc, "og:title") == [HOSTILE]


class TestSharing:
    def test_opengraph_and_twitter_card_with_an_image(self, client, full_article):
        doc = page(client, full_article.get_absolute_url())
        url = HOST + full_article.get_absolute_url()
        image_url = HOST + full_article.lead_image.url

        assert meta(doc, "og:type") == ["article"]
        assert meta(doc, "og:title") == ["Fleet drill ends in the strait"]
        assert meta(doc, "og:description") == ["Twelve ships took part over five days."]
        assert meta(doc, "og:url") == [url]
        assert meta(doc, "og:image") == [image_url]
        assert meta(doc, "og:image:alt") == ["Two frigates sail side by side"]
        assert meta(doc, "og:site_name") == [settings.NEWSDESK_SITE_NAME]
        assert meta(doc, "article:section") == ["Navy"]
        assert sorted(meta(doc, "article:tag")) == ["Exercises", "Navy"]
        published = datetime.fromisoformat(meta(doc, "article:published_time")[0])
        assert published == full_article.publish_at.replace(microsecond=0)
        assert meta(doc, "article:modified_time")
        assert meta(doc, "twitter:card") == ["summary_large_image"]
        assert meta(doc, "twitter:image:alt") == ["Two frigates sail side by side"]

    def test_a_summary_card_without_an_image(self, client):
        doc = page(client, make_article().get_absolute_url())

        assert meta(doc, "twitter:card") == ["summary"]
        assert meta(doc, "og:image") == []

    def test_one_canonical_link_and_the_dek_as_description(self, client, full_article):
        doc = page(client, full_article.get_absolute_url())

        assert doc.xpath('//link[@rel="canonical"]/@href') == [
            HOST + full_article.get_absolute_url()
        ]
        assert meta(doc, "description") == ["Twelve ships took part over five days."]


class TestPeople:
    def test_an_author_page_carries_a_person(self, client):
        author = make_author(
            slug="petra-solvang", name="Petra Solvang", bio="Covers the navy."
        )
        doc = page(client, author.get_absolute_url())
        data = json_ld(doc)

        assert data == {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": "Petra Solvang",
            "url": f"{HOST}/authors/petra-solvang/",
            "description": "Covers the navy.",
        }
        assert meta(doc, "og:type") == ["profile"]
        assert meta(doc, "og:url") == [data["url"]]

    def test_a_spokesperson_page_carries_rank_role_and_organisation(self, client):
        spokesperson = make_spokesperson(
            slug="ren-guoqiang",
            name="Ren Guoqiang",
            rank="Senior Colonel",
            role="spokesperson",
            organization="Ministry of National Defense",
            organization_abbreviation="MND",
            country="China",
            photo=image_upload("ren.png"),
        )
        data = json_ld(page(client, spokesperson.get_absolute_url()))
        organization = {
            "@type": "Organization",
            "name": "Ministry of National Defense",
            "alternateName": "MND",
            "address": {"@type": "PostalAddress", "addressCountry": "China"},
        }

        assert data["@type"] == "Person"
        assert data["name"] == "Ren Guoqiang"
        assert data["url"] == f"{HOST}/spokespersons/ren-guoqiang/"
        assert data["honorificPrefix"] == "Senior Colonel"
        assert data["jobTitle"] == "spokesperson"
        assert data["worksFor"] == data["affiliation"] == organization
        assert data["description"] == spokesperson.attribution
        assert data["image"] == HOST + spokesperson.photo.url

    def test_a_hostile_name_stays_inside_the_data(self, client):
        spokesperson = make_spokesperson(name=HOSTILE, organization=HOSTILE)
        doc = page(client, spokesperson.get_absolute_url())

        assert len(doc.xpath("//script")) == 1
        data = json_ld(doc)
        assert data["name"] == data["worksFor"]["name"] == HOSTILE

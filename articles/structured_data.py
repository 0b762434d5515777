"""schema.org NewsArticle data for an article's page, as plain dicts for JSON-LD.

Built from `ArticleEntry`, the one place that works out an article's fields
for every format, so the page's data says what the feeds and exports say.
"""

from django.conf import settings
from django.utils import timezone

from articles.exporters.entry import article_entry
from people.structured_data import page_data


def page_entry(article, request):
    """The article's entry, its URLs absolute on the host the page was asked on."""
    return article_entry(article, base_url=request.build_absolute_uri("/"))


def news_article_data(entry, *, base_url):
    """`entry` as a schema.org NewsArticle; `base_url` is the site's home page."""
    data = {
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": entry.url},
        "url": entry.url,
        "headline": entry.title,
        "datePublished": iso_8601(entry.published),
        "dateModified": iso_8601(entry.updated),
        "author": [
            {"@type": "Person", "name": author.name, "url": author.url}
            for author in entry.authors
        ],
        "publisher": publisher_data(base_url),
        "articleSection": entry.section.name,
        "keywords": [tag.name for tag in entry.tags],
        "inLanguage": entry.language,
    }
    if entry.summary:
        data["description"] = entry.summary
    if entry.image:
        data["image"] = image_data(entry.image)
    if entry.dateline:
        data["locationCreated"] = {"@type": "Place", "name": entry.dateline}
    if entry.source:
        data["sourceOrganization"] = {"@type": "Organization", "name": entry.source}
    if entry.spokespersons:
        data["mentions"] = [
            {"@type": "Person", "name": person.name, "url": person.url}
            for person in entry.spokespersons
        ]
    return page_data(data)


def publisher_data(base_url):
    return {
        "@type": "Organization",
        "name": settings.NEWSDESK_SITE_NAME,
        "url": base_url,
    }


def image_data(image):
    data = {"@type": "ImageObject", "url": image.url, "contentUrl": image.url}
    if image.width and image.height:
        data |= {"width": image.width, "height": image.height}
    if image.caption:
        data["caption"] = image.caption
    if image.credit:
        data["creditText"] = image.credit
    return data


def iso_8601(moment):
    """The moment to the second in the desk's time zone, with its UTC offset."""
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None

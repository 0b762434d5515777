"""{% picture %}: responsive markup, found renditions, and no page lost to a file."""

import re

import pytest
from django.template import Context, Template
from django.urls import reverse

from people.models import Author
from tests.factories import image_upload, make_article, make_author, make_spokesperson

pytestmark = pytest.mark.django_db

ESCAPED_ALT = "A frigate &amp; a &quot;rescue&quot; boat"


def render(template_code, **context):
    template = Template("{% load images %}" + template_code)
    return template.render(Context(context))


def attribute(html, tag, name):
    element = re.search(rf"<{tag}\b[^>]*>", html).group(0)
    match = re.search(rf'\s{name}="([^"]*)"', element)
    return match and match.group(1)


def srcset_widths(srcset):
    return [int(entry.rsplit(" ", 1)[1].rstrip("w")) for entry in srcset.split(", ")]


@pytest.fixture
def article():
    return make_article(
        lead_image=image_upload("drill.png", size=(1000, 500)),
        alt='A frigate & a "rescue" boat',
    )


def test_picture_offers_webp_and_jpeg_at_every_width(article):
    html = render(
        '{% picture article.lead_image alt=article.alt sizes="50vw" %}',
        article=article,
    )

    assert html.strip().startswith("<picture>")
    assert attribute(html, "source", "type") == "image/webp"
    webp = attribute(html, "source", "srcset")
    jpeg = attribute(html, "img", "srcset")
    assert srcset_widths(webp) == srcset_widths(jpeg) == [480, 800, 1000]
    assert all(".webp " in entry for entry in webp.split(", "))
    assert all(".jpg " in entry for entry in jpeg.split(", "))
    assert "/media/renditions/articles/" in webp
    assert attribute(html, "source", "sizes") == attribute(html, "img", "sizes")
    assert attribute(html, "img", "sizes") == "50vw"


def test_img_has_size_alt_and_lazy_loading_by_default(article):
    html = render("{% picture article.lead_image alt=article.alt %}", article=article)

    assert attribute(html, "img", "src") == article.lead_image.url
    assert attribute(html, "img", "alt") == ESCAPED_ALT
    assert (attribute(html, "img", "width"), attribute(html, "img", "height")) == (
        "1000",
        "500",
    )
    assert attribute(html, "img", "loading") == "lazy"
    assert attribute(html, "img", "decoding") == "async"
    assert attribute(html, "img", "fetchpriority") is None


def test_eager_pictures_are_fetched_first(article):
    html = render(
        '{% picture article.lead_image alt="x" loading="eager" class="lead-image" %}',
        article=article,
    )

    assert attribute(html, "img", "loading") == "eager"
    assert attribute(html, "img", "fetchpriority") == "high"
    assert attribute(html, "img", "class") == "lead-image"


def test_given_width_and_height_win_over_the_files(article):
    html = render(
        "{% picture article.lead_image width=96 height=96 %}", article=article
    )

    assert (attribute(html, "img", "width"), attribute(html, "img", "height")) == (
        "96",
        "96",
    )
    assert srcset_widths(attribute(html, "img", "srcset")) == [480, 800, 1000]


def test_size_comes_from_the_file_when_the_model_does_not_store_it():
    author = make_author(photo=image_upload("ana.png", size=(600, 400)))

    html = render("{% picture author.photo %}", author=author)

    assert (attribute(html, "img", "width"), attribute(html, "img", "height")) == (
        "600",
        "400",
    )
    assert srcset_widths(attribute(html, "source", "srcset")) == [480, 600]


def test_the_tag_asks_the_database_nothing(article, django_assert_num_queries):
    with django_assert_num_queries(0):
        render("{% picture article.lead_image alt=article.alt %}", article=article)


def test_a_missing_file_falls_back_to_a_plain_img(article, settings):
    (settings.MEDIA_ROOT / article.lead_image.name).unlink()
    for path in (settings.MEDIA_ROOT / "renditions").rglob("*.*"):
        path.unlink()

    html = render("{% picture article.lead_image alt=article.alt %}", article=article)

    assert "<picture" not in html and "srcset" not in html
    assert attribute(html, "img", "src") == article.lead_image.url
    assert attribute(html, "img", "width") == "1000"


def test_a_missing_file_without_stored_size_falls_back_too(settings):
    saved = make_author(photo=image_upload("ana.png", size=(600, 400)))
    (settings.MEDIA_ROOT / saved.photo.name).unlink()
    author = Author.objects.get(pk=saved.pk)

    html = render("{% picture author.photo %}", author=author)

    assert "<picture" not in html
    assert attribute(html, "img", "width") is None


def test_no_image_renders_nothing():
    author = make_author()

    assert render("{% picture author.photo %}", author=author).strip() == ""


def test_unknown_options_are_refused(article):
    with pytest.raises(TypeError, match="colour"):
        render('{% picture article.lead_image colour="red" %}', article=article)


def test_article_page_shows_its_lead_image_as_an_eager_picture(client, article):
    response = client.get(article.get_absolute_url())

    html = response.content.decode()
    figure = html[html.index('<figure class="story-image">') :]
    inside = figure.removeprefix('<figure class="story-image">').lstrip()
    assert inside.startswith("<picture>")
    assert 'type="image/webp"' in figure
    assert attribute(figure, "img", "loading") == "eager"
    assert attribute(figure, "img", "alt") == ESCAPED_ALT


def test_article_page_answers_when_its_image_file_is_gone(client, article, settings):
    (settings.MEDIA_ROOT / article.lead_image.name).unlink()
    for path in (settings.MEDIA_ROOT / "renditions").rglob("*.*"):
        path.unlink()

    response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    assert f'<img src="{article.lead_image.url}"' in response.content.decode()


def test_front_page_lead_is_an_eager_picture(client, article):
    html = client.get(reverse("articles:front")).content.decode()

    lead = html[html.index('class="lead-story"') :]
    assert attribute(lead, "img", "class") == "lead-image"
    assert attribute(lead, "img", "loading") == "eager"
    assert "<picture>" in lead[: lead.index("<img")]


@pytest.mark.parametrize("make_person", [make_author, make_spokesperson])
def test_person_pages_show_a_lazy_picture(client, make_person):
    person = make_person(photo=image_upload("face.png", size=(900, 900)))

    html = client.get(person.get_absolute_url()).content.decode()

    assert attribute(html, "img", "class") == "person-photo"
    assert attribute(html, "img", "loading") == "lazy"
    assert attribute(html, "img", "sizes") == "96px"
    assert (attribute(html, "img", "width"), attribute(html, "img", "height")) == (
        "96",
        "96",
    )

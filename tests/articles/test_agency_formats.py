"""ninjs and NewsML-G2 exports: valid against IPTC's schemas, faithful, streamed."""

import dataclasses
import itertools
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from jsonschema import Draft202012Validator
from lxml import etree

from articles.exporters import newsml, ninjs
from articles.exporters.entry import Channel, entries
from articles.models import Article
from tests.factories import (
    image_upload,
    make_article,
    make_author,
    make_section,
    make_spokesperson,
)

pytestmark = pytest.mark.django_db

BASE_URL = "https://news.example"
SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
NINJS_SCHEMA = SCHEMAS / "ninjs" / "ninjs-schema_2.2.json"
NEWSML_SCHEMA = SCHEMAS / "newsml-g2" / "NewsML-G2_2.35-spec-All-Power.xsd"
# The one schema NewsML-G2 imports, found beside it.
XML_NAMESPACE_SCHEMA = SCHEMAS / "newsml-g2" / "xml.xsd"
NAR = {"nar": newsml.NAR_NAMESPACE, "html": newsml.XHTML_NAMESPACE}
# XML 1.0 cannot hold a vertical tab, an escape or U+FFFE, even escaped.
CONTROL_TITLE = "Line\x0bfeed\x1b and \ufffe noise"
HOSTILE_TITLE = "Tanks & \"drones\" <b>bold</b> ]]> </script> <![CDATA[x]]> 'q'"


@pytest.fixture
def channel():
    return Channel(
        title="Newsdesk",
        url=f"{BASE_URL}/",
        feed_url=f"{BASE_URL}/export/",
        description="Every article on the desk.",
        language="en",
        updated=timezone.now(),
        base_url=BASE_URL,
    )


@pytest.fixture
def full_story():
    """A live story with every field an agency format carries."""
    return make_article(
        title="Navy commissions two frigates",
        summary="The ships join the eastern fleet.",
        body="<p>First paragraph.</p><h2>Context</h2><p>Second <em>one</em>.</p>",
        dateline="VALDORA",
        source="Valdora Defence Online",
        section=make_section(name="Navy", slug="navy"),
        authors=[
            make_author(name="Ana Ruiz"),
            make_author(name="Ben Ode"),
            make_author(name="Cy Lam"),
        ],
        spokespersons=[make_spokesperson(name="Mira Tal", slug="mira-tal")],
        tags=["frigates", "fleet"],
        lead_image=image_upload(size=(64, 48)),
        alt="Two grey frigates at a quay",
        caption="The frigates at Valdora harbour.",
        credit="Desk photo",
    )


@pytest.fixture
def odd_stories():
    """Stories whose text tries to break out of JSON strings and XML markup."""
    return [
        make_article(
            title=HOSTILE_TITLE,
            summary="A & B </script> ]]>",
            dateline='<X "y">',
            body='<p>Hostile <a href="https://x.example/?a=1&amp;b=2">link</a></p>',
        ),
        make_article(
            title=CONTROL_TITLE,
            body="<p>One<br>two&nbsp;three</p><hr><p>Four &amp; five</p>",
        ),
    ]


@pytest.fixture
def ninjs_validator():
    # The schema is vendored: without it the checkout is broken, not the test.
    assert NINJS_SCHEMA.exists(), f"{NINJS_SCHEMA} is missing"
    schema = json.loads(NINJS_SCHEMA.read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(
        schema, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


@pytest.fixture
def newsml_schema():
    for path in (NEWSML_SCHEMA, XML_NAMESPACE_SCHEMA):
        assert path.exists(), f"{path} is missing"
    # no_network: every schema the XSD imports must be one of the local files.
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(NEWSML_SCHEMA), parser))


def export(format_module, channel):
    stories = entries(Article.objects.order_by("pk"), base_url=BASE_URL)
    return "".join(format_module.stream(stories, channel=channel))


def export_ninjs(channel):
    return json.loads(export(ninjs, channel))


def export_newsml(channel):
    return parse_xml(export(newsml, channel))


def parse_xml(text):
    return etree.fromstring(text.encode(), etree.XMLParser(no_network=True))


def entry_of(article):
    return next(entries(Article.objects.filter(pk=article.pk), base_url=BASE_URL))


def iso(moment):
    return moment.isoformat(timespec="seconds")


def assert_valid_xml(schema, document):
    assert schema.validate(document), schema.error_log


def make_stories_in_every_state(tomorrow):
    return {
        "usable": make_article(),
        "scheduled": make_article(publish_at=tomorrow),
        "draft": make_article(status=Article.Status.DRAFT, publish_at=None),
        "review": make_article(status=Article.Status.REVIEW, publish_at=None),
        "withdrawn": make_article(status=Article.Status.WITHDRAWN),
    }


# ninjs


def test_ninjs_export_is_valid_against_the_iptc_schema(
    channel, full_story, odd_stories, tomorrow, ninjs_validator
):
    make_stories_in_every_state(tomorrow)
    items = export_ninjs(channel)

    assert len(items) == 8
    for item in items:
        errors = [error.message for error in ninjs_validator.iter_errors(item)]
        assert errors == [], item["uri"]


def test_ninjs_item_carries_the_story(channel, full_story):
    entry = entry_of(full_story)
    [item] = export_ninjs(channel)

    assert item["uri"] == f"urn:uuid:{full_story.uuid}"
    assert item["type"] == "text"
    assert item["standard"]["version"] == "2.2"
    assert item["versioncreated"] == iso(entry.updated)
    assert item["firstcreated"] == iso(entry.created)
    assert item["contentcreated"] == iso(full_story.publish_at)
    assert item["pubstatus"] == "usable"
    assert "embargoed" not in item
    assert item["language"] == "en"
    assert item["headlines"] == [
        {"role": "main", "contenttype": "text/plain", "value": full_story.title}
    ]
    assert item["descriptions"][0]["value"] == "The ships join the eastern fleet."
    assert item["bodies"] == [
        {"role": "main", "contenttype": "text/html", "value": full_story.body}
    ]
    assert item["by"] == "Ana Ruiz, Ben Ode and Cy Lam"
    assert item["located"] == "VALDORA"
    assert item["infosources"] == [{"name": "Valdora Defence Online"}]
    assert item["slugline"] == full_story.slug


def test_ninjs_subjects_are_the_section_then_the_tags(channel, full_story):
    [item] = export_ninjs(channel)

    assert item["subjects"][0] == {
        "name": "Navy",
        "uri": f"{BASE_URL}/sections/navy/",
        "literal": "navy",
    }
    assert {subject["name"] for subject in item["subjects"][1:]} == {
        "frigates",
        "fleet",
    }
    assert all(
        subject["uri"].startswith(f"{BASE_URL}/tags/")
        for subject in item["subjects"][1:]
    )


def test_ninjs_people_are_the_spokespersons_quoted(channel, full_story):
    [item] = export_ninjs(channel)

    assert item["people"] == [
        {
            "name": "Mira Tal",
            "rel": "quoted",
            "uri": f"{BASE_URL}/spokespersons/mira-tal/",
            "literal": "mira-tal",
        }
    ]


def test_ninjs_lead_image_is_an_association(channel, full_story):
    [item] = export_ninjs(channel)
    [image] = item["associations"]

    assert image["name"] == "leadimage"
    assert image["type"] == "picture"
    assert image["uri"] == f"{BASE_URL}{full_story.lead_image.url}"
    assert image["by"] == "Desk photo"
    assert {d["role"]: d["value"] for d in image["descriptions"]} == {
        "alt": "Two grey frigates at a quay",
        "caption": "The frigates at Valdora harbour.",
    }
    [rendition] = image["renditions"]
    assert rendition["href"] == image["uri"]
    assert rendition["contenttype"] == "image/png"
    assert (rendition["width"], rendition["height"]) == (64, 48)
    assert rendition["sizeinbytes"] == full_story.lead_image.size


def test_ninjs_leaves_out_what_the_article_lacks(channel):
    make_article(summary="", dateline="", source="")
    [item] = export_ninjs(channel)

    absent = ("descriptions", "by", "located", "infosources", "people", "associations")
    for member in absent:
        assert member not in item


@pytest.mark.parametrize(
    ("state", "pubstatus"),
    [
        ("usable", "usable"),
        ("scheduled", "withheld"),
        ("draft", "withheld"),
        ("review", "withheld"),
        ("withdrawn", "canceled"),
    ],
)
def test_ninjs_pubstatus_follows_the_article(channel, tomorrow, state, pubstatus):
    article = make_stories_in_every_state(tomorrow)[state]
    items = {item["uri"]: item for item in export_ninjs(channel)}

    assert items[f"urn:uuid:{article.uuid}"]["pubstatus"] == pubstatus


def test_ninjs_scheduled_story_is_embargoed_until_it_goes_live(channel, tomorrow):
    article = make_article(publish_at=tomorrow.replace(microsecond=0))
    [item] = export_ninjs(channel)

    assert item["embargoed"] == iso(article.publish_at)


def test_ninjs_dates_carry_their_offset(channel, full_story):
    [item] = export_ninjs(channel)

    for member in ("versioncreated", "firstcreated", "contentcreated"):
        assert datetime.fromisoformat(item[member]).utcoffset() is not None


def test_ninjs_hostile_text_round_trips(channel, odd_stories):
    hostile, controlled = export_ninjs(channel)

    assert hostile["headlines"][0]["value"] == HOSTILE_TITLE
    assert hostile["descriptions"][0]["value"] == "A & B </script> ]]>"
    assert hostile["located"] == '<X "y">'
    assert hostile["bodies"][0]["value"] == odd_stories[0].body
    # JSON can carry any character, so nothing is dropped.
    assert controlled["headlines"][0]["value"] == CONTROL_TITLE


def test_ninjs_empty_export_is_an_empty_array(channel):
    assert export_ninjs(channel) == []


# NewsML-G2


def test_newsml_export_is_valid_against_the_iptc_schema(
    channel, full_story, odd_stories, tomorrow, newsml_schema
):
    make_stories_in_every_state(tomorrow)
    document = export_newsml(channel)

    assert_valid_xml(newsml_schema, document)
    assert len(document.findall("nar:itemSet/nar:newsItem", NAR)) == 8


def test_newsml_header_says_who_sent_it_and_when(channel, full_story):
    before = timezone.now().replace(microsecond=0)
    document = export_newsml(channel)

    sent = datetime.fromisoformat(document.findtext("nar:header/nar:sent", None, NAR))
    assert before <= sent <= timezone.now()
    assert document.findtext("nar:header/nar:sender", None, NAR) == "Newsdesk"


def test_newsml_item_identity_and_item_meta(channel, full_story):
    entry = entry_of(full_story)
    item = export_newsml(channel).find("nar:itemSet/nar:newsItem", NAR)

    assert item.get("guid") == f"urn:uuid:{full_story.uuid}"
    assert int(item.get("version")) == int(entry.updated.timestamp())
    assert item.get("standard") == "NewsML-G2"
    assert item.get("standardversion") == "2.35"
    assert item.get("conformance") == "power"
    assert item.find("nar:catalogRef", NAR).get("href") == newsml.IPTC_CATALOG
    meta = item.find("nar:itemMeta", NAR)
    assert meta.find("nar:itemClass", NAR).get("qcode") == "ninat:text"
    assert meta.find("nar:provider", NAR).get("uri") == BASE_URL
    assert meta.findtext("nar:versionCreated", None, NAR) == iso(entry.updated)
    assert meta.findtext("nar:firstCreated", None, NAR) == iso(entry.created)
    assert meta.find("nar:pubStatus", NAR).get("qcode") == "stat:usable"
    assert meta.findtext("nar:title", None, NAR) == full_story.title


def test_newsml_content_meta_describes_the_story(channel, full_story):
    entry = entry_of(full_story)
    meta = export_newsml(channel).find("nar:itemSet/nar:newsItem/nar:contentMeta", NAR)

    def texts(path):
        return [element.text for element in meta.findall(path, NAR)]

    assert texts("nar:contentCreated") == [iso(full_story.publish_at)]
    assert texts("nar:contentModified") == [iso(entry.updated)]
    assert texts("nar:located/nar:name") == ["VALDORA"]
    assert texts("nar:dateline") == ["VALDORA"]
    assert texts("nar:infoSource/nar:name") == ["Valdora Defence Online"]
    assert texts("nar:creator/nar:name") == ["Ana Ruiz", "Ben Ode", "Cy Lam"]
    assert texts("nar:by") == ["Ana Ruiz, Ben Ode and Cy Lam"]
    assert texts("nar:headline") == [full_story.title]
    assert meta.find("nar:language", NAR).get("tag") == "en"
    description = meta.find("nar:description", NAR)
    assert description.get("role") == "drol:summary"
    assert description.text == "The ships join the eastern fleet."
    subjects = {
        subject.findtext("nar:name", None, NAR): subject.get("uri")
        for subject in meta.findall("nar:subject", NAR)
    }
    assert subjects == {
        "Navy": f"{BASE_URL}/sections/navy/",
        "frigates": f"{BASE_URL}/tags/frigates/",
        "fleet": f"{BASE_URL}/tags/fleet/",
        "Mira Tal": f"{BASE_URL}/spokespersons/mira-tal/",
    }


def test_newsml_content_is_an_xhtml_document(channel, full_story):
    item = export_newsml(channel).find("nar:itemSet/nar:newsItem", NAR)
    inline = item.find("nar:contentSet/nar:inlineXML", NAR)

    assert inline.get("contenttype") == "application/xhtml+xml"
    html = inline.find("html:html", NAR)
    assert html.findtext("html:head/html:title", None, NAR) == full_story.title
    body = html.find("html:body", NAR)
    assert [etree.QName(child).localname for child in body] == ["p", "h2", "p"]
    assert body.findtext("html:h2", None, NAR) == "Context"
    assert body.find("html:p[2]/html:em", NAR).text == "one"


@pytest.mark.parametrize(
    ("state", "qcode"),
    [
        ("usable", "stat:usable"),
        ("scheduled", "stat:withheld"),
        ("draft", "stat:withheld"),
        ("review", "stat:withheld"),
        ("withdrawn", "stat:canceled"),
    ],
)
def test_newsml_pub_status_follows_the_article(channel, tomorrow, state, qcode):
    article = make_stories_in_every_state(tomorrow)[state]
    document = export_newsml(channel)

    item = document.find(
        f"nar:itemSet/nar:newsItem[@guid='urn:uuid:{article.uuid}']", NAR
    )
    assert item.find("nar:itemMeta/nar:pubStatus", NAR).get("qcode") == qcode


def test_newsml_scheduled_story_is_embargoed(channel, tomorrow):
    article = make_article(publish_at=tomorrow.replace(microsecond=0))
    document = export_newsml(channel)

    embargoed = document.findtext(
        "nar:itemSet/nar:newsItem/nar:itemMeta/nar:embargoed", None, NAR
    )
    assert embargoed == iso(article.publish_at)


def test_newsml_hostile_text_survives(channel, odd_stories):
    item = export_newsml(channel).find("nar:itemSet/nar:newsItem", NAR)

    assert item.findtext("nar:itemMeta/nar:title", None, NAR) == HOSTILE_TITLE
    assert item.findtext("nar:contentMeta/nar:headline", None, NAR) == HOSTILE_TITLE
    html_title = ".//html:html/html:head/html:title"
    assert item.findtext(html_title, None, NAR) == HOSTILE_TITLE
    meta = item.find("nar:contentMeta", NAR)
    assert meta.findtext("nar:description", None, NAR) == "A & B </script> ]]>"
    assert meta.findtext("nar:located/nar:name", None, NAR) == '<X "y">'
    assert item.find(".//html:a", NAR).get("href") == "https://x.example/?a=1&b=2"


def test_newsml_drops_characters_xml_cannot_hold(channel, odd_stories):
    item = export_newsml(channel).findall("nar:itemSet/nar:newsItem", NAR)[1]

    title = item.findtext("nar:itemMeta/nar:title", None, NAR)
    assert title == "Linefeed and  noise"


def test_newsml_body_html_becomes_well_formed_xhtml(channel, odd_stories):
    item = export_newsml(channel).findall("nar:itemSet/nar:newsItem", NAR)[1]
    body = item.find(".//html:body", NAR)

    assert [etree.QName(child).localname for child in body] == ["p", "hr", "p"]
    first = body.find("html:p", NAR)
    assert first.text == "One"
    assert first.find("html:br", NAR).tail == "two\u00a0three"
    assert body.findall("html:p", NAR)[1].text == "Four & five"


def test_newsml_repairs_html_the_sanitiser_never_saw(channel, full_story):
    """The exporter must not rely on the sanitiser for well-formed output."""
    entry = dataclasses.replace(
        entry_of(full_story),
        body_html=(
            "<p>open <strong>bold<br/><hr>"
            "<blink onclick='x'>unknown</blink>"
            "<!-- a -- comment --><![CDATA[ raw ]]>"
            "<a href='/x' onclick='y'>link</a></em></p>"
            "<li>stray</li></ul>&copy; &#169; &bogus;"
        ),
    )
    text = "".join(newsml.stream([entry], channel=channel))
    body = parse_xml(text).find(".//html:body", NAR)

    assert body.find(".//html:a", NAR).attrib == {"href": "/x"}
    assert body.find(".//html:blink", NAR) is None
    assert "unknown" in "".join(body.itertext())
    assert "\u00a9 \u00a9 &bogus;" in "".join(body.itertext())


def test_newsml_empty_export_is_well_formed(channel):
    document = export_newsml(channel)

    # The schema asks for at least one item, so an empty export is only
    # well-formed: a receiver reads a message that carries nothing.
    assert document.find("nar:itemSet", NAR) is not None
    assert document.findall("nar:itemSet/*", NAR) == []


# Streaming


@pytest.mark.parametrize("format_module", [ninjs, newsml])
def test_export_streams_item_by_item(channel, full_story, format_module):
    entry = entry_of(full_story)
    taken = []

    def endless_entries():
        while True:
            taken.append(entry)
            yield entry

    chunks = format_module.stream(endless_entries(), channel=channel)
    first_chunks = list(itertools.islice(chunks, 4))

    assert len(taken) <= 3
    assert all(entry.id in chunk for chunk in first_chunks[1:])


@pytest.mark.parametrize("format_module", [ninjs, newsml])
def test_export_reads_each_article_once_in_fixed_queries(
    channel, full_story, format_module, django_assert_max_num_queries
):
    """Prefetching keeps an export of many stories from one query per story."""
    for _ in range(5):
        make_article(
            authors=[make_author()],
            spokespersons=[make_spokesperson()],
            tags=["fleet"],
            publish_at=timezone.now() - timedelta(days=1),
        )
    with django_assert_max_num_queries(6):
        export(format_module, channel)

from pathlib import Path

import pytest

from people.models import Spokesperson
from tests.factories import make_article, make_author, make_spokesperson

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("fields", "line"),
    [
        (
            {
                "rank": "Senior Colonel",
                "name": "Mira Estevan",
                "role": "spokesperson",
                "organization": "Ministry of Defence of Aldria",
                "organization_abbreviation": "MOD",
            },
            "Senior Colonel Mira Estevan, spokesperson for the Ministry of Defence "
            "of Aldria (MOD)",
        ),
        (
            {
                "name": "Lena Vos",
                "role": "press officer",
                "organization": "Joint Staff",
            },
            "Lena Vos, press officer for the Joint Staff",
        ),
        ({"name": "Lena Vos", "role": "", "organization": ""}, "Lena Vos"),
    ],
)
def test_attribution_reads_like_news_copy(fields, line):
    assert Spokesperson(**fields).attribution == line


def test_people_urls():
    assert make_author(slug="ana-ruiz").get_absolute_url() == "/authors/ana-ruiz/"
    assert (
        make_spokesperson(slug="mira-estevan").get_absolute_url()
        == "/spokespersons/mira-estevan/"
    )


def test_author_page_lists_their_published_articles(client):
    author = make_author(name="Ana Ruiz", bio="Covers the navy.")
    mine = make_article(title="By Ana", authors=[author])
    make_article(title="By someone else", authors=[make_author()])

    response = client.get(author.get_absolute_url())

    assert list(response.context["articles"]) == [mine]
    assert "Covers the navy." in response.content.decode()


def test_spokesperson_page_shows_the_attribution(client):
    spokesperson = make_spokesperson(name="Mira Estevan")
    make_article(title="Briefing", spokespersons=[spokesperson])
    html = client.get(spokesperson.get_absolute_url()).content.decode()
    assert spokesperson.attribution in html and "Briefing" in html


SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "samples"


@pytest.mark.skipif(not SAMPLE.is_dir(), reason="the shared wire sample is absent")
def test_attribution_matches_the_wire_sample_word_for_word():
    wire = (SAMPLE / "wire-format-example.txt").read_text()
    spokesperson = Spokesperson(
        rank="Senior Colonel",
        name="Ren Guoqiang",
        role="spokesperson",
        organization="Chinese Ministry of National Defense",
        organization_abbreviation="MND",
    )
    assert spokesperson.attribution in wire

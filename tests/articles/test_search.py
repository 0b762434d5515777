"""/search/: full text on PostgreSQL, a word match on SQLite, one results page."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles import search as search_module
from articles.models import Article
from articles.search import parse_query
from tests.factories import make_article, make_author, make_section, make_spokesperson

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="ranked full text is PostgreSQL's"
)
on_sqlite = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the word match is the fallback's"
)


def search(client, q="", **params):
    return client.get(reverse("articles:search"), {"q": q, **params})


def found(response):
    return [article.title for article in response.context["articles"]]


def test_finds_a_word_in_the_title_the_dek_or_the_body(client):
    make_article(title="Frigate launched")
    make_article(title="In the dek", summary="A new frigate for the navy.")
    make_article(title="In the body", body="<p>The frigate sailed at dawn.</p>")
    make_article(title="Unrelated", body="<p>Tanks rolled past.</p>")

    response = search(client, "frigate")

    assert response.status_code == 200
    assert sorted(found(response)) == ["Frigate launched", "In the body", "In the dek"]
    assert "Best matches first" in response.content.decode()


def test_every_word_must_match_in_any_case(client):
    make_article(title="Joint drills", body="<p>Naval units joined.</p>")
    make_article(title="Joint statement", body="<p>Nothing else.</p>")

    assert found(search(client, "JOINT naval")) == ["Joint drills"]


def test_quoted_phrases_match_as_phrases_and_minus_excludes(client):
    make_article(title="Adjacent", body="<p>They held joint naval drills.</p>")
    make_article(title="Apart", body="<p>Naval forces held joint drills.</p>")
    make_article(title="Air", body="<p>Joint air drills, naval support.</p>")

    assert found(search(client, '"joint naval"')) == ["Adjacent"]
    assert sorted(found(search(client, "drills -air"))) == ["Adjacent", "Apart"]


@pytest.mark.parametrize(
    "hidden",
    [
        {"status": Article.Status.DRAFT},
        {"status": Article.Status.REVIEW},
        {"status": Article.Status.WITHDRAWN},
        {"publish_at": datetime.now(UTC) + timedelta(days=1)},
    ],
    ids=["draft", "review", "withdrawn", "scheduled"],
)
def test_only_public_articles_match(client, hidden):
    make_article(title="Public radar story")
    make_article(title="Hidden radar story", **hidden)

    assert found(search(client, "radar")) == ["Public radar story"]


@on_postgresql
def test_ranks_the_title_above_the_dek_above_the_body(client, yesterday):
    # Newest last in rank, so the order cannot come from the dates.
    make_article(title="Title match: corvette", publish_at=yesterday - timedelta(2))
    make_article(
        title="Dek", summary="A corvette.", publish_at=yesterday - timedelta(1)
    )
    make_article(title="Body", body="<p>A corvette.</p>", publish_at=yesterday)

    assert found(search(client, "corvette")) == ["Title match: corvette", "Dek", "Body"]


@on_postgresql
def test_stemming_finds_other_forms_of_a_word(client):
    make_article(title="Drill season", body="<p>The brigade drilled.</p>")

    assert found(search(client, "drills")) == ["Drill season"]


@on_sqlite
def test_the_word_match_lists_the_newest_first(client, yesterday):
    make_article(title="Older sonar", publish_at=yesterday - timedelta(days=1))
    make_article(title="Newer sonar", publish_at=yesterday)

    assert found(search(client, "sonar")) == ["Newer sonar", "Older sonar"]


def test_the_search_vector_follows_edits(client):
    article = make_article(title="Howitzer delivered")
    article.title = "Artillery delivered"
    article.save()

    assert found(search(client, "artillery")) == ["Artillery delivered"]
    assert found(search(client, "howitzer")) == []


def test_snippet_marks_the_matches_and_escapes_everything_else(client):
    make_article(
        title="<i>Escaped</i> title",
        body="<p>Before: the &lt;b&gt;fleet&lt;/b&gt; &amp; its "
        "<strong>escorts</strong> held a submarine drill.</p>",
    )

    response = search(client, "submarine")
    page = response.content.decode()
    snippet = response.context["articles"][0].snippet

    assert "<mark>submarine</mark>" in snippet
    assert "&lt;b&gt;fleet&lt;/b&gt; &amp; its escorts" in snippet
    assert "<b>" not in page and "<strong>" not in snippet
    assert "&lt;i&gt;Escaped&lt;/i&gt; title" in page
    assert f'<p class="card-snippet">{snippet}</p>' in page


def test_the_query_is_echoed_escaped(client):
    page = search(client, "<script>alert(1)</script>").content.decode()

    assert "<script>alert(1)" not in page
    assert "Search results for “&lt;script&gt;alert(1)&lt;/script&gt;”" in page


def test_an_empty_query_shows_a_prompt_and_no_results(client):
    make_article(title="Anything")

    response = search(client, "   ")

    assert response.status_code == 200
    assert list(response.context["articles"]) == []
    assert "quoted phrase" in response.content.decode()
    assert "found." not in response.content.decode()


@pytest.mark.parametrize(
    "q",
    [
        "\x00",
        "mine\x00sweeper",
        "'; DROP TABLE articles_article--",
        "!!!",
        "-",
        '"unclosed phrase',
        "or",
        "a" * 10000,
        "défense 国防 Оборона 🚀",
        "%_\\",
    ],
)
def test_odd_queries_give_a_normal_page(client, q):
    make_article(title="Minesweeper défense")

    response = search(client, q)

    assert response.status_code == 200
    assert len(response.context["query"]) <= 200
    assert Article.objects.count() == 1


def test_a_long_query_is_cut_to_200_characters(client):
    response = search(client, "patrol " * 100)

    assert response.context["query"] == ("patrol " * 100)[:200].strip()


def test_unicode_words_are_found(client):
    make_article(title="Exercice de défense", body="<p>Учения флота.</p>")

    assert found(search(client, "défense")) == ["Exercice de défense"]
    assert found(search(client, "флота")) == ["Exercice de défense"]


def test_filters_by_section_author_spokesperson_and_dates(client):
    navy, army = make_section(slug="navy"), make_section(slug="army")
    writer, spokesperson = make_author(slug="writer"), make_spokesperson(slug="ren")
    july = datetime(2025, 7, 14, 12, tzinfo=UTC)
    make_article(title="Navy radar", section=navy, authors=[writer], publish_at=july)
    make_article(
        title="Army radar",
        section=army,
        spokespersons=[spokesperson],
        publish_at=july + timedelta(days=30),
    )

    assert found(search(client, "radar", section="navy")) == ["Navy radar"]
    assert found(search(client, "radar", author="writer")) == ["Navy radar"]
    assert found(search(client, "radar", spokesperson="ren")) == ["Army radar"]
    by_date = search(client, "radar", **{"from": "2025-07-14", "to": "2025-07-14"})
    assert found(by_date) == ["Navy radar"]
    assert found(search(client, "radar", **{"from": "2025-08-01"})) == ["Army radar"]
    assert found(search(client, "radar", to="9999-12-31")) == [
        "Army radar",
        "Navy radar",
    ]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"section": "no-such-section"}, "No section has the slug"),
        ({"author": "not a slug!"}, "No author has the slug"),
        ({"spokesperson": "x\x00y"}, "Null characters are not allowed"),
        ({"from": "2025-13-45"}, "Enter a valid date"),
        ({"to": "yesterday"}, "Enter a valid date"),
        ({"from": "2025-08-01", "to": "2025-07-01"}, "start date is after the end"),
    ],
)
def test_invalid_filters_are_a_form_error_not_a_500(client, params, message):
    make_article(title="Radar story")

    response = search(client, "radar", **params)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert list(response.context["articles"]) == []


def test_results_come_twenty_a_page_and_page_links_keep_the_search(client):
    section = make_section(slug="navy")
    for minute in range(25):
        make_article(
            title=f"Patrol {minute}",
            section=section,
            publish_at=datetime.now(UTC) - timedelta(hours=1, minutes=minute),
        )

    first = search(client, "patrol", section="navy")
    second = search(client, "patrol", section="navy", page=2)

    assert len(first.context["articles"]) == 20
    assert len(second.context["articles"]) == 5
    assert 'href="?q=patrol&amp;section=navy&amp;page=2"' in first.content.decode()
    assert 'href="?q=patrol&amp;section=navy" rel="prev"' in second.content.decode()
    assert 'rel="next"' not in second.content.decode()


@pytest.mark.parametrize("page", ["3", "0", "last-but-one", "-1"])
def test_bad_page_numbers_are_404(client, page):
    make_article(title="Patrol")

    assert search(client, "patrol", page=page).status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_search_answers_get_only(client, method):
    url = reverse("articles:search") + "?q=radar"
    assert getattr(client, method)(url).status_code == 405


def test_search_page_query_count_does_not_grow_with_results(client):
    """Bylines, tags and sections come with the page; snippets need no query."""

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = search(client, "convoy")
        assert response.status_code == 200
        return len(queries), len(response.context["articles"])

    def make_matches(n):
        for _ in range(n):
            make_article(
                title="Convoy escorted",
                authors=[make_author(), make_author()],
                spokespersons=[make_spokesperson()],
                tags=["Navy", "Escort"],
            )

    make_matches(2)
    few, shown = count()
    make_matches(13)
    assert shown == 2
    assert count() == (few, 15)


def test_every_page_has_the_search_form_in_its_header(client):
    page = client.get(reverse("articles:front")).content.decode()

    assert '<form class="site-search" role="search" action="/search/"' in page
    assert '<label for="site-search-q">' in page
    assert 'id="site-search-q" name="q"' in page


def test_the_search_page_labels_every_input(client):
    page = search(client, "radar").content.decode()

    for name in ("q", "section", "author", "spokesperson", "from", "to"):
        assert f'<label for="id_{name}">' in page
        assert f'id="id_{name}"' in page
    assert page.count("<h1>") == 1


def test_parse_query_reads_websearch_syntax():
    assert parse_query('tanks, "joint  drills" OR sea -air -"no fly" !!!') == (
        [["tanks"], ["joint drills", "sea"]],
        ["air", "no fly"],
    )


def test_without_dates_only_the_newest_articles_are_searched(client, monkeypatch):
    """The index finds matches among the newest articles, not the whole archive;
    dates open the rest."""
    monkeypatch.setattr(search_module, "SEARCHED_WITHOUT_DATES", 3)
    old = make_article(
        title="Old radar", publish_at=timezone.now() - timedelta(days=400)
    )
    for day in range(3):
        make_article(
            title=f"Other {day}", publish_at=timezone.now() - timedelta(days=day + 1)
        )
    response = search(client, "radar")
    assert found(response) == []
    assert "give dates to search further back" in response.content.decode()
    since = (old.publish_at - timedelta(days=1)).date().isoformat()
    assert found(search(client, "radar", **{"from": since})) == ["Old radar"]

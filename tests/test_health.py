"""With the database away: a styled 503 with Retry-After, and recovery after."""

import pytest
from django.db import OperationalError, connection

from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_healthz_answers_200_when_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok"}
    assert client.post("/healthz").status_code == 405


@pytest.fixture
def database_away(monkeypatch):
    """Every query fails as it does when the server cannot be reached."""

    def refuse(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)


@pytest.mark.parametrize(
    "url", ["/", "/articles/", "/articles/a-story/", "/feeds/rss/"]
)
def test_public_pages_answer_a_styled_503_with_retry_after(client, url, database_away):
    response = client.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert "Back in a moment" in html and "Traceback" not in html


def test_healthz_answers_503_when_the_database_does_not(client, database_away):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"


def test_a_database_error_with_the_database_up_is_an_ordinary_500(client, monkeypatch):
    """A broken query is a bug to see in the logs, not an outage to hide."""
    from articles import views

    def broken(self, **kwargs):
        raise OperationalError("no such column: nonsense")

    monkeypatch.setattr(views.FrontPageView, "get_context_data", broken)
    client.raise_request_exception = False
    assert client.get("/").status_code == 500


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stops a database server's port"
)
@pytest.mark.django_db(transaction=True)
def test_the_site_recovers_by_itself_when_postgresql_returns(client):
    article = make_article()
    real_port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = "1"  # nothing listens there
    try:
        assert client.get(article.get_absolute_url()).status_code == 503
        assert client.get("/healthz").status_code == 503
    finally:
        connection.close()
        connection.settings_dict["PORT"] = real_port
    assert client.get("/healthz").status_code == 200
    assert client.get(article.get_absolute_url()).status_code == 200

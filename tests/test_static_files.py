"""Static files: hashed names, compressed copies, cached for a year and more."""

import re

import pytest
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client


@pytest.fixture
def collected(settings):
    """What `make serve` does: the manifest storage and collectstatic."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        },
    }
    call_command("collectstatic", "--noinput", verbosity=0)


def test_the_stylesheet_has_a_hashed_name_and_is_cached_for_ever(collected, db):
    url = static("css/site.css")
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", url)
    # A new client builds its middleware now, after collectstatic.
    response = Client().get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert response["Content-Encoding"] == "gzip"
    # Pages link that very name (one test: collectstatic takes seconds).
    assert f'href="{url}"' in Client().get("/").content.decode()

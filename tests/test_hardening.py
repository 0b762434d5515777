"""Production hardening: deploy checks, security headers, upload caps, media."""

import base64
import hashlib
import io
import os
import re
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse
from PIL import Image

from tests.factories import make_article

PROJECT = Path(__file__).resolve().parent.parent
STRICT_CSP = (
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
)


def run_django(args, **env):
    """Run Python in the project as production would: no pytest, no DJANGO_ vars."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "PYTEST_")) and k != "DATABASE_URL"
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT,
        env=clean | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_env(**extra):
    alphabet = string.ascii_letters + string.digits + string.punctuation
    key = "".join(secrets.choice(alphabet) for _ in range(50))
    return {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": key,
        "DJANGO_ALLOWED_HOSTS": "news.example",
    } | extra


def print_settings(*names, **env):
    code = "import newsdesk.settings as s; " + "; ".join(
        f"print(repr(getattr(s, {name!r}, None)))" for name in names
    )
    result = run_django(["-c", code], **env)
    assert result.returncode == 0, result.stderr
    return [eval(line) for line in result.stdout.splitlines()]  # noqa: S307


def test_deploy_check_passes_with_debug_off_and_the_required_variables():
    result = run_django(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        **production_env(),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_defaults_redirect_to_https_and_send_hsts():
    redirect, seconds, subdomains, preload, proxy, secure = print_settings(
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SECURE_PROXY_SSL_HEADER",
        "SESSION_COOKIE_SECURE",
        **production_env(),
    )
    assert (redirect, seconds, subdomains, preload) == (True, 31536000, True, True)
    assert proxy is None and secure is True


def test_debug_defaults_send_no_hsts_and_no_redirect():
    redirect, seconds, secure = print_settings(
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "CSRF_COOKIE_SECURE",
        DJANGO_DEBUG="1",
    )
    assert (redirect, seconds, secure) == (False, 0, False)


def test_environment_tunes_hsts_redirect_and_proxy_header():
    values = print_settings(
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SECURE_PROXY_SSL_HEADER",
        **production_env(
            DJANGO_SECURE_SSL_REDIRECT="0",
            DJANGO_HSTS_SECONDS="600",
            DJANGO_HSTS_INCLUDE_SUBDOMAINS="0",
            DJANGO_HSTS_PRELOAD="0",
            DJANGO_BEHIND_PROXY="1",
        ),
    )
    assert values == [False, 600, False, False, ("HTTP_X_FORWARDED_PROTO", "https")]


def test_admin_url_is_configurable():
    code = (
        "import django; django.setup(); from django.urls import reverse; "
        "print(reverse('admin:index'), reverse('admin:login'))"
    )
    result = run_django(
        ["-c", code],
        DJANGO_SETTINGS_MODULE="newsdesk.settings",
        **production_env(DJANGO_ADMIN_URL="newsroom/"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["/newsroom/", "/newsroom/login/"]


@pytest.mark.parametrize("value", ["/newsroom/", "newsroom"])
def test_a_malformed_admin_url_is_refused_with_a_sentence(value):
    result = run_django(
        ["-c", "import newsdesk.settings"], **production_env(DJANGO_ADMIN_URL=value)
    )
    assert result.returncode != 0
    assert "DJANGO_ADMIN_URL must end with a slash" in result.stderr


def assert_hardened(response, admin=False):
    headers = response.headers
    policy = headers["Content-Security-Policy"]
    directives = {part.strip() for part in policy.split(";")}
    for directive in STRICT_CSP:
        if admin and directive == "style-src 'self'":
            assert "style-src 'self' 'unsafe-inline'" in directives, policy
        elif admin and directive == "script-src 'self'":
            # 'self' and the editor's import map by hash (tested below).
            assert any(d.startswith("script-src 'self' 'sha256-") for d in directives)
        else:
            assert directive in directives, policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = headers["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in permissions


@pytest.mark.django_db
def test_public_page_feed_and_admin_send_the_security_headers(client):
    article = make_article()
    page = client.get(article.get_absolute_url())
    feed = client.get(reverse("articles:site_feed", args=["rss"]))
    admin_login = client.get(reverse("admin:login"))
    assert page.status_code == feed.status_code == admin_login.status_code == 200
    assert_hardened(page)
    assert_hardened(feed)
    # The admin's templates and rich-text editor set style attributes.
    assert_hardened(admin_login, admin=True)
    assert "unsafe-inline" not in page.headers["Content-Security-Policy"]


@pytest.mark.django_db
def test_admin_change_page_sends_the_security_headers(editor_client):
    article = make_article()
    response = editor_client.get(
        reverse("admin:articles_article_change", args=[article.pk])
    )
    assert response.status_code == 200
    assert_hardened(response, admin=True)


@pytest.mark.django_db
def test_https_responses_carry_hsts(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = settings.SECURE_HSTS_PRELOAD = True
    response = client.get(reverse("healthz"), secure=True)
    assert response.headers["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )


@pytest.mark.django_db
def test_cookies_are_secure_httponly_and_lax(client, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    response = client.get(reverse("admin:login"))
    csrf = response.cookies["csrftoken"]
    assert csrf["secure"] and csrf["samesite"] == "Lax"
    from django.conf import settings as live

    assert live.SESSION_COOKIE_HTTPONLY and live.SESSION_COOKIE_SAMESITE == "Lax"


@pytest.mark.django_db
def test_an_oversized_body_is_refused_before_it_is_read(client):
    response = client.generic(
        "POST",
        reverse("admin:login"),
        data=b"x",
        content_type="application/octet-stream",
        CONTENT_LENGTH=str(12 * 1024 * 1024 + 1),
    )
    assert response.status_code == 413
    assert "too large" in response.content.decode()
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_a_body_under_the_cap_goes_through(client):
    response = client.post(reverse("admin:login"), {"username": "x"})
    assert response.status_code != 413


def test_upload_memory_limits_are_set(settings):
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE == 2_621_440
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE == 2_621_440
    assert settings.NEWSDESK_MAX_REQUEST_BYTES == 12 * 1024 * 1024


def write_media(settings, name, content):
    path = Path(settings.MEDIA_ROOT) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "#123456").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.django_db
def test_media_serves_a_checked_image_with_its_real_type(client, settings):
    write_media(settings, "articles/2026/photo.png", png_bytes())
    # A PNG under a .jpg name: the type comes from the file, not the name.
    write_media(settings, "articles/2026/mislabelled.jpg", png_bytes())
    response = client.get("/media/articles/2026/photo.png")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/png"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == png_bytes()
    mislabelled = client.get("/media/articles/2026/mislabelled.jpg")
    assert mislabelled.headers["Content-Type"] == "image/png"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, content",
    [
        ("page.html", b"<script>alert(1)</script>"),
        ("fake.png", b"<script>alert(1)</script>"),
        ("drawing.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
    ],
)
def test_media_refuses_what_is_not_a_checked_image(client, settings, name, content):
    write_media(settings, name, content)
    assert client.get(f"/media/{name}").status_code == 404


@pytest.mark.django_db
def test_media_refuses_paths_out_of_the_media_folder(client, settings):
    write_media(settings, "ok.png", png_bytes())
    outside = Path(settings.MEDIA_ROOT).parent / "secret.png"
    outside.write_bytes(png_bytes())
    assert client.get("/media/../secret.png").status_code == 404
    assert client.get("/media/%2e%2e/secret.png").status_code == 404
    assert client.get("/media/missing.png").status_code == 404


@pytest.mark.django_db
def test_media_answers_get_and_head_only(client, settings):
    write_media(settings, "ok.png", png_bytes())
    assert client.head("/media/ok.png").status_code == 200
    assert client.post("/media/ok.png").status_code == 405


@pytest.mark.django_db
def test_admin_allows_the_editors_import_map_by_hash_and_no_other_inline_script(
    editor_client,
):
    article = make_article()
    response = editor_client.get(
        reverse("admin:articles_article_change", args=[article.pk])
    )
    html = response.content.decode()
    maps = re.findall(r'<script type="importmap"[^>]*>(.*?)</script>', html, re.S)
    assert len(maps) == 1
    digest = base64.b64encode(hashlib.sha256(maps[0].encode()).digest()).decode()
    script_src = next(
        part
        for part in response.headers["Content-Security-Policy"].split(";")
        if part.strip().startswith("script-src")
    )
    assert script_src.split() == ["script-src", "'self'", f"'sha256-{digest}'"]

"""The newsroom's door: lockout after repeated failures, no off-site redirects."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")


def attempt(client, password, next_url="/admin/"):
    return client.post(
        LOGIN, {"username": "editor", "password": password, "next": next_url}
    )


def test_ten_failures_lock_the_username_even_with_the_right_password(client, editor):
    for _ in range(9):
        assert attempt(client, "wrong").status_code == 200
    assert attempt(client, "wrong").status_code == 429  # the tenth
    locked = attempt(client, "newsdesk-demo")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_success_before_the_limit_clears_the_count(client, editor):
    for _ in range(9):
        attempt(client, "wrong")
    assert attempt(client, "newsdesk-demo").status_code == 302
    client.logout()
    assert attempt(client, "wrong").status_code == 200


def test_the_lock_ends_after_the_cool_off(client, editor, now):
    from datetime import timedelta

    for _ in range(10):
        attempt(client, "wrong")
    now.shift(timedelta(minutes=16))
    assert attempt(client, "newsdesk-demo").status_code == 302


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "/\\evil.example"]
)
def test_login_never_redirects_off_site(client, editor, next_url):
    response = attempt(client, "newsdesk-demo", next_url=next_url)
    assert response.status_code == 302
    assert response["Location"].startswith("/")
    assert not response["Location"].startswith("//")
    assert "evil.example" not in response["Location"]


def test_logging_in_gives_a_new_session(client, editor):
    client.get(LOGIN)
    client.cookies["sessionid"] = "attacker-chosen-session-id"
    attempt(client, "newsdesk-demo")
    assert client.cookies["sessionid"].value != "attacker-chosen-session-id"

"""The editorial workflow in a real browser: a writer files, an editor schedules,
and readers see the article exactly when its publish time comes."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.text import slugify

from articles.management.commands.seed_demo import DEMO_PASSWORD, ensure_demo_account
from articles.models import Article
from tests.factories import make_author, make_section

try:
    from playwright.sync_api import expect
except ImportError:  # the e2e conftest skips the test, or fails it under CI
    expect = None

# The e2e conftest gives every browser test a transactional database that starts
# as migrate left it.
pytestmark = pytest.mark.e2e

TITLE = "Coastguard cutter trials end early"
DEK = "Sea trials of the new cutter finished two days ahead of plan."
PARAGRAPHS = [
    "The cutter completed its final speed run off Port Avel on Tuesday.",
    "Crews will take delivery of the vessel next month.",
]


@pytest.fixture
def desk():
    """The writer, the editor, a section, and Petra Solvang writing as the writer."""
    writer, _ = ensure_demo_account("writer")
    editor, _ = ensure_demo_account("editor")
    petra = make_author(slug="petra-solvang", name="Petra Solvang", user=writer)
    section = make_section(slug="coastguard", name="Coastguard")
    return {"writer": writer, "editor": editor, "petra": petra, "section": section}


def test_writer_submits_editor_schedules_and_it_goes_live_on_time(
    live_server, new_page, desk
):
    admin = AdminSession(new_page(), live_server.url)

    admin.log_in("writer")
    admin.open(reverse("admin:articles_article_add"))
    page = admin.page
    page.locator("#id_title").press_sequentially(TITLE)
    expect(page.locator("#id_slug")).to_have_value(slugify(TITLE))
    page.locator("#id_section").select_option(label=desk["section"].name)
    type_body(page, PARAGRAPHS)
    page.locator("#id_summary").fill(DEK)
    status = page.locator("#id_status")
    # A writer submits; publishing is the editor's call.
    expect(status.locator("option")).to_have_text(["Draft", "In review"])
    status.select_option(label="In review")
    add_to_byline_if_empty(page, desk["petra"])
    admin.save()

    article = Article.objects.get(slug=slugify(TITLE))
    assert article.status == Article.Status.REVIEW
    assert article.title == TITLE and article.summary == DEK
    assert article.body == "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    assert desk["petra"] in article.byline

    admin.log_out()
    admin.log_in("editor")
    change_url = reverse("admin:articles_article_change", args=[article.pk])
    admin.open(change_url)
    page.locator("#id_status").select_option(label="Published")
    scheduled = timezone.now().replace(microsecond=0) + timedelta(hours=2)
    set_publish_at(page, scheduled)
    admin.save()

    article.refresh_from_db()
    assert article.publish_at == scheduled
    assert article.state.startswith("Scheduled for"), article.state
    reader = new_page()
    public_url = live_server.url + article.get_absolute_url()
    assert reader.goto(public_url).status == 404

    admin.open(change_url)
    # The schedule reads back in the zone and format it was typed in.
    scheduled_date, scheduled_time = publish_at_inputs(scheduled)
    expect(page.locator("#id_publish_at_0")).to_have_value(scheduled_date)
    expect(page.locator("#id_publish_at_1")).to_have_value(scheduled_time)
    set_publish_at(page, timezone.now() - timedelta(minutes=1))
    admin.save()

    article.refresh_from_db()
    assert article.state == "Live"
    reader = new_page()
    assert reader.goto(public_url).status == 200
    expect(reader.locator("h1")).to_have_text(TITLE)


class AdminSession:
    """One person at the newsroom admin, in one browser tab."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url

    def open(self, path):
        response = self.page.goto(self.base_url + path)
        assert response.status == 200, f"{path} answered {response.status}"

    def log_in(self, username):
        self.open(reverse("admin:login"))
        self.page.locator("#id_username").fill(username)
        self.page.locator("#id_password").fill(DEMO_PASSWORD)
        with self.page.expect_navigation():
            self.page.locator("#login-form [type=submit]").click()
        expect(self.page.locator("#user-tools")).to_be_visible()

    def log_out(self):
        with self.page.expect_navigation():
            self.page.locator("#logout-form [type=submit]").click()
        expect(self.page.locator("#user-tools")).to_have_count(0)

    def save(self):
        """Press Save and wait for the admin's answer; a refused form fails here."""
        with self.page.expect_navigation() as navigation:
            self.page.locator("[name=_save]").click()
        response = navigation.value
        assert response.ok, f"saving answered {response.status} at {response.url}"
        errors = self.page.locator(".errornote, .errorlist")
        assert errors.count() == 0, "\n".join(errors.all_inner_texts())
        expect(self.page.locator(".messagelist .success")).to_be_visible()


def type_body(page, paragraphs):
    """Type into the rich-text editor as a writer does: Enter between paragraphs."""
    # django-prose-editor hides the textarea and puts ProseMirror beside it.
    wrapper = page.locator(".prose-editor", has=page.locator("#id_body"))
    editor = wrapper.locator(".ProseMirror[contenteditable=true]")
    editor.click()
    editor.press_sequentially(paragraphs[0])
    for text in paragraphs[1:]:
        editor.press("Enter")
        editor.press_sequentially(text)
    expect(editor.locator("p")).to_have_count(len(paragraphs))


def add_to_byline_if_empty(page, author):
    """Pick the author in the byline's first row, unless the desk filled it."""
    author_select = page.locator("#id_bylines-0-author")
    if author_select.count() == 0 or author_select.input_value():
        return
    # Select2 names its box, search field and result list after the select's id.
    box = "select2-id_bylines-0-author-container"
    page.locator(f"[role=combobox][aria-labelledby={box}]").click()
    results = "select2-id_bylines-0-author-results"
    page.locator(f"[aria-controls={results}]").fill(author.name.split()[0])
    page.locator(f"#{results} li", has_text=author.name).click()
    expect(author_select).to_have_value(str(author.pk))


def publish_at_inputs(moment):
    """The split widget's date and time text for `moment`, in the desk's zone.

    Django's date and time inputs render, and read first, the language's first
    input format ("%d/%m/%Y" and "%H:%M:%S" for en-gb).
    """
    local = timezone.localtime(moment)
    lang = settings.LANGUAGE_CODE
    return (
        local.strftime(formats.get_format("DATE_INPUT_FORMATS", lang=lang)[0]),
        local.strftime(formats.get_format("TIME_INPUT_FORMATS", lang=lang)[0]),
    )


def set_publish_at(page, moment):
    date, time = publish_at_inputs(moment)
    page.locator("#id_publish_at_0").fill(date)
    page.locator("#id_publish_at_1").fill(time)

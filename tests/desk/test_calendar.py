"""The editorial calendar and the dashboard panels: what an editor plans by."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse
from lxml import html

from articles.models import Article
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

MONTH_URL = reverse("desk:calendar")
WEEK_URL = reverse("desk:calendar_week")
# A Wednesday in March, before Helsinki moves its clocks on (EET, UTC+2).
DESK_NOON = datetime(2025, 3, 12, 10, 0, tzinfo=UTC)


@pytest.fixture
def helsinki(settings):
    settings.TIME_ZONE = "Europe/Helsinki"


@pytest.fixture
def march(now, helsinki):
    """The desk's clock at noon in Helsinki on 12 March 2025."""
    now.move_to(DESK_NOON)
    return now


@pytest.fixture
def desk_plan(march):
    """One article in each state, spread over March 2025."""
    war_desk = make_section(name="Land Forces", slug="land-forces")
    return {
        "live": make_article(
            title="Brigade ends winter drills",
            publish_at=datetime(2025, 3, 5, 8, 0, tzinfo=UTC),
            section=war_desk,
        ),
        # 23:30 UTC is already 01:30 the next morning in Helsinki.
        "scheduled": make_article(
            title="Embargoed budget report",
            publish_at=datetime(2025, 3, 20, 23, 30, tzinfo=UTC),
            section=war_desk,
        ),
        "review": make_article(
            title="Radar upgrade explained",
            status=Article.Status.REVIEW,
            publish_at=datetime(2025, 3, 14, 12, 0, tzinfo=UTC),
        ),
        "draft": make_article(
            title="Frigate launch preview",
            status=Article.Status.DRAFT,
            publish_at=datetime(2025, 3, 25, 7, 0, tzinfo=UTC),
        ),
        "withdrawn": make_article(
            title="Retracted procurement story",
            status=Article.Status.WITHDRAWN,
            publish_at=datetime(2025, 3, 10, 9, 0, tzinfo=UTC),
        ),
        "unplanned": make_article(
            title="Undated feature idea", status=Article.Status.DRAFT, publish_at=None
        ),
        "last_month": make_article(
            title="February air show",
            publish_at=datetime(2025, 2, 20, 9, 0, tzinfo=UTC),
        ),
    }


def page_of(response):
    assert response.status_code == 200
    return html.fromstring(response.content)


def entries_on(response, day):
    """The calendar's entries on `day` (YYYY-MM-DD) as a reader hears them."""
    cell = page_of(response).get_element_by_id(f"day-{day}")
    return [" ".join(link.text_content().split()) for link in cell.xpath(".//li/a")]


def links_of(response):
    return [link.get("href") for link in page_of(response).xpath("//a")]


def test_month_shows_each_article_on_its_local_day(editor_client, desk_plan):
    response = editor_client.get(MONTH_URL, {"month": "2025-03"})

    assert entries_on(response, "2025-03-05") == ["10:00 Brigade ends winter drills"]
    assert entries_on(response, "2025-03-20") == []
    assert entries_on(response, "2025-03-21") == ["01:30 Embargoed budget report"]
    assert entries_on(response, "2025-03-14") == ["14:00 Radar upgrade explained"]
    assert entries_on(response, "2025-03-25") == ["09:00 Frigate launch preview"]


def test_month_leaves_out_withdrawn_undated_and_other_months(editor_client, desk_plan):
    content = editor_client.get(MONTH_URL, {"month": "2025-03"}).content.decode()

    for left_out in ("withdrawn", "unplanned", "last_month"):
        assert desk_plan[left_out].title not in content


def test_an_entry_links_to_its_change_page_with_state_and_section(
    editor_client, desk_plan
):
    scheduled = desk_plan["scheduled"]
    response = editor_client.get(MONTH_URL, {"month": "2025-03"})

    entry = page_of(response).get_element_by_id("day-2025-03-21").xpath(".//li")[0]
    link = entry.xpath("./a")[0]
    assert link.get("href") == reverse(
        "admin:articles_article_change", args=[scheduled.pk]
    )
    assert link.xpath("./time/@datetime") == ["2025-03-21T01:30:00+02:00"]
    assert "Scheduled for 21 Mar 2025 01:30" in entry.text_content()
    assert "Land Forces" in entry.text_content()


def test_late_utc_evening_opens_the_next_local_month(editor_client, march):
    make_article(
        title="Midnight readiness order",
        publish_at=datetime(2025, 2, 28, 23, 30, tzinfo=UTC),
    )

    march_page = editor_client.get(MONTH_URL, {"month": "2025-03"})
    february_page = editor_client.get(MONTH_URL, {"month": "2025-02"})

    assert entries_on(march_page, "2025-03-01") == ["01:30 Midnight readiness order"]
    assert b"Midnight readiness order" not in february_page.content


@pytest.mark.parametrize(
    "query", [{"week": "2025-W12"}, {"day": "2025-03-21"}, {"day": "2025-03-17"}]
)
def test_week_shows_its_seven_local_days(editor_client, desk_plan, query):
    response = editor_client.get(WEEK_URL, query)

    assert entries_on(response, "2025-03-21") == ["01:30 Embargoed budget report"]
    assert entries_on(response, "2025-03-20") == []
    days = page_of(response).xpath("//section/@id")
    assert days[0] == "day-2025-03-17" and days[-1] == "day-2025-03-23"
    for elsewhere in ("live", "review", "draft", "withdrawn"):
        assert desk_plan[elsewhere].title.encode() not in response.content


def test_the_calendar_opens_on_the_desks_today(editor_client, now, helsinki):
    # 22:30 UTC on 31 March is already 1 April in Helsinki (EEST, UTC+3).
    now.move_to(datetime(2025, 3, 31, 22, 30, tzinfo=UTC))

    month = page_of(editor_client.get(MONTH_URL))
    week = page_of(editor_client.get(WEEK_URL))

    assert "April 2025" in month.findtext(".//h1")
    assert month.xpath('//td[@aria-current="date"]/@id') == ["day-2025-04-01"]
    assert "Week 14" in week.findtext(".//h1")
    assert week.xpath('//section[@aria-current="date"]/@id') == ["day-2025-04-01"]


def test_month_has_weekday_headers_a_caption_and_the_zone(editor_client, march):
    response = editor_client.get(MONTH_URL)
    grid = page_of(response).find_class("desk-month")[0]

    assert grid.xpath('.//th[@scope="col"]/text()')[:2] == ["Monday", "Tuesday"]
    assert "March 2025" in grid.findtext("caption")
    assert b"Times in Europe/Helsinki" in response.content


def test_month_links_to_its_neighbours_and_its_week(editor_client, march):
    links = links_of(editor_client.get(MONTH_URL, {"month": "2025-01"}))

    assert "?month=2024-12" in links
    assert "?month=2025-02" in links
    assert f"{WEEK_URL}?week=2024-W53" not in links
    assert f"{WEEK_URL}?week=2025-W01" in links
    assert f"{WEEK_URL}?day=2025-01-15" in links


def test_this_months_week_link_opens_this_week(editor_client, march):
    links = links_of(editor_client.get(MONTH_URL))

    assert f"{WEEK_URL}?week=2025-W11" in links


def test_week_links_to_its_neighbours_and_its_month(editor_client, march):
    links = links_of(editor_client.get(WEEK_URL, {"week": "2025-W01"}))

    assert "?week=2024-W52" in links
    assert "?week=2025-W02" in links
    assert f"{MONTH_URL}?month=2024-12" in links
    assert WEEK_URL in links


@pytest.mark.parametrize(
    "url, query",
    [
        (MONTH_URL, {"month": "2025-13"}),
        (MONTH_URL, {"month": "2025-00"}),
        (MONTH_URL, {"month": "2025-3"}),
        (MONTH_URL, {"month": "March"}),
        (MONTH_URL, {"month": "2025-03-01"}),
        (MONTH_URL, {"month": "0000-01"}),
        (MONTH_URL, {"month": "9999-12"}),
        (MONTH_URL, {"month": "٢٠٢٥-٠٣"}),
        (WEEK_URL, {"week": "2025-W53"}),
        (WEEK_URL, {"week": "2025-W00"}),
        (WEEK_URL, {"week": "2025-12"}),
        (WEEK_URL, {"week": "0000-W01"}),
        (WEEK_URL, {"week": "9999-W52"}),
        (WEEK_URL, {"day": "2025-02-30"}),
        (WEEK_URL, {"day": "2025-2-3"}),
        (WEEK_URL, {"day": "tomorrow"}),
    ],
)
def test_a_period_the_calendar_cannot_show_is_not_found(editor_client, url, query):
    assert editor_client.get(url, query).status_code == 404


@pytest.mark.parametrize("url", [MONTH_URL, WEEK_URL])
def test_anonymous_visitors_are_sent_to_log_in(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.fixture
def staff_without_articles(django_user_model):
    return django_user_model.objects.create_user("archivist", is_staff=True)


@pytest.mark.parametrize("url", [MONTH_URL, WEEK_URL])
def test_staff_who_may_not_view_articles_are_refused(
    client, staff_without_articles, url
):
    client.force_login(staff_without_articles)

    assert client.get(url).status_code == 403


def test_writers_may_see_the_calendar(client, writer):
    client.force_login(writer)

    assert client.get(MONTH_URL).status_code == 200


def plan_a_busy_month(count):
    for number in range(count):
        make_article(publish_at=datetime(2025, 3, 1 + number, 9, 0, tzinfo=UTC))


@pytest.mark.parametrize("url", [MONTH_URL, WEEK_URL])
def test_a_period_costs_the_same_queries_however_busy(
    editor_client, march, django_assert_num_queries, url
):
    """One query for the period's articles and their sections, never one per day
    or per entry."""
    plan_a_busy_month(1)
    with django_assert_num_queries(5):
        editor_client.get(url, {"day": "2025-03-01"} if url == WEEK_URL else {})

    plan_a_busy_month(28)
    with django_assert_num_queries(5):
        editor_client.get(url, {"day": "2025-03-01"} if url == WEEK_URL else {})


def panel_rows(response):
    """The rows of the Next up and In review panels, as lists of cell texts."""
    return [
        [[cell.text_content().strip() for cell in row] for row in table.xpath(".//tr")]
        for table in page_of(response).xpath('//div[@class="desk-panels"]//table')
    ]


def test_dashboard_lists_next_up_and_in_review(editor_client, march, desk_plan):
    make_article(
        title="Later embargo", publish_at=datetime(2025, 3, 28, 6, 0, tzinfo=UTC)
    )
    filed_earlier = make_article(
        title="Older review copy", status=Article.Status.REVIEW, publish_at=None
    )
    Article.objects.filter(pk=filed_earlier.pk).update(
        created_at=datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    )
    response = editor_client.get(reverse("admin:index"))

    next_up, in_review = panel_rows(response)
    assert next_up == [
        ["Embargoed budget report", "21 Mar 01:30"],
        ["Later embargo", "28 Mar 08:00"],
    ]
    assert [title for title, _ in in_review] == [
        "Older review copy",
        "Radar upgrade explained",
    ]
    scheduled = desk_plan["scheduled"]
    assert reverse("admin:articles_article_change", args=[scheduled.pk]) in links_of(
        response
    )


def test_dashboard_stops_at_ten_of_each(editor_client, march):
    for hour in range(11):
        make_article(publish_at=datetime(2025, 3, 13, hour, 0, tzinfo=UTC))
        make_article(status=Article.Status.REVIEW)
    panels = panel_rows(editor_client.get(reverse("admin:index")))

    assert [len(rows) for rows in panels] == [10, 10]


def test_dashboard_links_to_the_calendar(editor_client):
    links = links_of(editor_client.get(reverse("admin:index")))

    assert links.count(MONTH_URL) == 2


def test_staff_who_may_not_view_articles_see_no_panels(client, staff_without_articles):
    client.force_login(staff_without_articles)
    response = client.get(reverse("admin:index"))

    assert b"desk-panels" not in response.content
    assert MONTH_URL not in links_of(response)

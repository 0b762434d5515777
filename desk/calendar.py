"""The editorial calendar's periods: a month or an ISO week in the desk's zone."""

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, datetime, time, timedelta

from django.http import Http404
from django.utils import timezone
from django.utils.formats import date_format

# One year clear of datetime's limits, so a period's bounds and its neighbours'
# stay valid dates in every time zone.
EARLIEST_YEAR = MINYEAR + 1
LATEST_YEAR = MAXYEAR - 1

MONTH_PATTERN = re.compile(r"([0-9]{4})-([0-9]{2})")
WEEK_PATTERN = re.compile(r"([0-9]{4})-W([0-9]{2})")
DAY_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Day:
    """A day of the calendar with the articles planned for it."""

    date: date
    articles: list
    is_today: bool
    is_in_period: bool = True

    @property
    def anchor(self):
        return f"day-{self.date.isoformat()}"


def local_midnight(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def by_local_day(articles):
    """Group articles by the day of their publish_at in the desk's zone."""
    days = defaultdict(list)
    for article in articles:
        days[timezone.localdate(article.publish_at)].append(article)
    return days


def reachable(period):
    """The period, or None when it lies past the calendar's limits."""
    if EARLIEST_YEAR <= period.first.year <= LATEST_YEAR:
        return period
    return None


def asked_for(period):
    """The period a query named; 404 when it lies past the calendar's limits."""
    if reachable(period) is None:
        raise Http404("The calendar does not reach that far.")
    return period


@dataclass(frozen=True)
class Period:
    first: date

    @property
    def start(self):
        return local_midnight(self.first)

    @property
    def end(self):
        return local_midnight(self.after)


@dataclass(frozen=True)
class Month(Period):
    @classmethod
    def containing(cls, day):
        return cls(day.replace(day=1))

    @classmethod
    def from_query(cls, query):
        """The month `?month=YYYY-MM` names, or this month; 404 for anything else."""
        value = query.get("month")
        if not value:
            return asked_for(cls.containing(timezone.localdate()))
        match = MONTH_PATTERN.fullmatch(value)
        if not match:
            raise Http404("Give the month as YYYY-MM.")
        year, month = (int(part) for part in match.groups())
        if year < MINYEAR or not 1 <= month <= 12:
            raise Http404("There is no such month.")
        return asked_for(cls(date(year, month, 1)))

    @property
    def after(self):
        return (self.first + timedelta(days=31)).replace(day=1)

    @property
    def param(self):
        return f"{self.first:%Y-%m}"

    @property
    def name(self):
        return date_format(self.first, "F Y")

    @property
    def previous(self):
        return reachable(Month.containing(self.first - timedelta(days=1)))

    @property
    def next(self):
        return reachable(Month(self.after))

    @property
    def week(self):
        """The week to open from this month: this week if it is in it."""
        today = timezone.localdate()
        in_month = self.first <= today < self.after
        return reachable(Week.containing(today if in_month else self.first))

    def weeks(self, articles):
        """The month's grid, Monday first, with each article on its local day."""
        days = by_local_day(articles)
        today = timezone.localdate()
        grid = calendar.Calendar().monthdatescalendar(self.first.year, self.first.month)
        return [
            [
                Day(day, days[day], day == today, day.month == self.first.month)
                for day in week
            ]
            for week in grid
        ]


@dataclass(frozen=True)
class Week(Period):
    @classmethod
    def containing(cls, day):
        return cls(day - timedelta(days=day.weekday()))

    @classmethod
    def from_query(cls, query):
        """The week `?week=YYYY-Www` names or `?day=YYYY-MM-DD` falls in, or this
        week; 404 for anything else."""
        if query.get("week"):
            return asked_for(cls._iso_week(query["week"]))
        if query.get("day"):
            return asked_for(cls.containing(cls._day(query["day"])))
        return asked_for(cls.containing(timezone.localdate()))

    @classmethod
    def _iso_week(cls, value):
        match = WEEK_PATTERN.fullmatch(value)
        if not match:
            raise Http404("Give the week as YYYY-Www.")
        year, week = (int(part) for part in match.groups())
        try:
            return cls.containing(date.fromisocalendar(year, week, 1))
        except ValueError as error:
            raise Http404("There is no such week.") from error

    @staticmethod
    def _day(value):
        if not DAY_PATTERN.fullmatch(value):
            raise Http404("Give the day as YYYY-MM-DD.")
        try:
            return date.fromisoformat(value)
        except ValueError as error:
            raise Http404("There is no such day.") from error

    @property
    def after(self):
        return self.first + timedelta(days=7)

    @property
    def last(self):
        return self.first + timedelta(days=6)

    @property
    def param(self):
        year, week, _ = self.first.isocalendar()
        return f"{year:04d}-W{week:02d}"

    @property
    def name(self):
        span = f"{date_format(self.first, 'j M')} – {date_format(self.last, 'j M Y')}"
        return f"Week {self.first.isocalendar().week}, {span}"

    @property
    def previous(self):
        return reachable(Week(self.first - timedelta(days=7)))

    @property
    def next(self):
        return reachable(Week(self.after))

    @property
    def month(self):
        return reachable(Month.containing(self.first))

    def days(self, articles):
        """The week's seven days, each with its articles."""
        days = by_local_day(articles)
        today = timezone.localdate()
        return [
            Day(day, days[day], day == today)
            for day in (self.first + timedelta(days=n) for n in range(7))
        ]

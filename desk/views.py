from functools import wraps

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.dates import WEEKDAYS
from django.views.generic import TemplateView

from desk.agenda import on_the_calendar
from desk.calendar import Month, Week


def desk_view(view):
    """Open `view` to signed-in staff who may view articles; 403 for other staff."""

    @wraps(view)
    def permitted(request, *args, **kwargs):
        if not request.user.has_perm("articles.view_article"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return admin.site.admin_view(permitted)


class CalendarView(TemplateView):
    """A period of the editorial calendar, named by the query string."""

    http_method_names = ["get", "head"]
    period_class = None

    def get_context_data(self, **kwargs):
        period = self.period_class.from_query(self.request.GET)
        articles = list(on_the_calendar(start=period.start, end=period.end))
        return super().get_context_data(
            **admin.site.each_context(self.request),
            title=f"Editorial calendar: {period.name}",
            period=period,
            time_zone=timezone.get_current_timezone_name(),
            # Each subclass lays the period's articles out as its template needs.
            **self.layout(period, articles),
            **kwargs,
        )


class MonthView(CalendarView):
    period_class = Month
    template_name = "desk/calendar_month.html"

    def layout(self, month, articles):
        return {"weekdays": WEEKDAYS.values(), "weeks": month.weeks(articles)}


class WeekView(CalendarView):
    period_class = Week
    template_name = "desk/calendar_week.html"

    def layout(self, week, articles):
        return {"days": week.days(articles)}

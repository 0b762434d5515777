from django.urls import path

from desk.views import MonthView, WeekView, desk_view

app_name = "desk"

urlpatterns = [
    path("calendar/", desk_view(MonthView.as_view()), name="calendar"),
    path("calendar/week/", desk_view(WeekView.as_view()), name="calendar_week"),
]

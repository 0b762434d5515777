from django.urls import path

from people import views

app_name = "people"

urlpatterns = [
    path("authors/<slug:slug>/", views.AuthorView.as_view(), name="author"),
    path(
        "spokespersons/<slug:slug>/",
        views.SpokespersonView.as_view(),
        name="spokesperson",
    ),
]

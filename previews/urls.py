from django.contrib import admin
from django.urls import path

from previews import views

app_name = "previews"

urlpatterns = [
    path("articles/<int:pk>/", views.ArticlePreviewView.as_view(), name="article"),
    path(
        "articles/<int:pk>/share/",
        admin.site.admin_view(views.CreateShareLinkView.as_view()),
        name="create_share_link",
    ),
    path("share/<str:token>/", views.SharedPreviewView.as_view(), name="shared"),
]

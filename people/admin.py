from django.contrib import admin

from people.models import Author, Spokesperson


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "user"]
    search_fields = ["name", "bio"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]


@admin.register(Spokesperson)
class SpokespersonAdmin(admin.ModelAdmin):
    list_display = ["name", "rank", "role", "organization", "country"]
    list_filter = ["country"]
    search_fields = ["name", "rank", "organization", "organization_abbreviation"]
    prepopulated_fields = {"slug": ["name"]}

from django import forms
from taggit.models import Tag

from articles.exporters.formats import FORMATS
from articles.models import Article, Section
from people.models import Author, Spokesperson


def slug_choice(queryset, noun):
    return forms.ModelChoiceField(
        queryset,
        to_field_name="slug",
        required=False,
        error_messages={"invalid_choice": f"No {noun} has the slug “%(value)s”."},
    )


class ExportForm(forms.Form):
    """Which articles to export and how: the admin page and the command share it."""

    format = forms.ChoiceField(
        choices=[(name, f.label) for name, f in FORMATS.items()], initial="csv"
    )
    section = slug_choice(Section.objects.all(), "section")
    tag = slug_choice(Tag.objects.order_by("name"), "tag")
    author = slug_choice(Author.objects.all(), "author")
    spokesperson = slug_choice(Spokesperson.objects.all(), "spokesperson")
    status = forms.ChoiceField(
        choices=[("", "Any status"), *Article.Status.choices], required=False
    )
    published_from = forms.DateField(
        required=False, help_text="First day, inclusive (YYYY-MM-DD)."
    )
    published_to = forms.DateField(
        required=False, help_text="Last day, inclusive (YYYY-MM-DD)."
    )
    ids = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_ids(self):
        raw = self.cleaned_data["ids"]
        try:
            return [int(part) for part in raw.split(",") if part.strip()]
        except ValueError:
            raise forms.ValidationError(
                "Article ids are whole numbers separated by commas."
            ) from None

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("published_from"), cleaned.get("published_to")
        if start and end and start > end:
            self.add_error("published_to", "The last day comes before the first.")
        return cleaned

    @property
    def export_format(self):
        return FORMATS[self.cleaned_data["format"]]

    def articles(self):
        """The matching articles, newest first."""
        data = self.cleaned_data
        filters = {
            "section": data["section"],
            "tags": data["tag"],
            "authors": data["author"],
            "spokespersons": data["spokesperson"],
            "status": data["status"],
            "publish_at__date__gte": data["published_from"],
            "publish_at__date__lte": data["published_to"],
            "pk__in": data["ids"],
        }
        chosen = {field: value for field, value in filters.items() if value}
        return Article.objects.filter(**chosen).order_by("-publish_at", "-pk")


class SearchForm(forms.Form):
    q = forms.CharField(label="Search for", required=False, widget=forms.SearchInput)
    section = slug_choice(Section.objects.all(), "section")
    author = slug_choice(Author.objects.all(), "author")
    spokesperson = slug_choice(Spokesperson.objects.all(), "spokesperson")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("section", "author", "spokesperson"):
            self.fields[name].empty_label = f"Any {name}"
        # "from" is a Python keyword, so these fields cannot be class attributes.
        for name, label in (("from", "Published from"), ("to", "Published until")):
            self.fields[name] = forms.DateField(
                label=label,
                required=False,
                input_formats=["%Y-%m-%d"],
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            )

    def clean(self):
        start, end = self.cleaned_data.get("from"), self.cleaned_data.get("to")
        if start and end and start > end:
            raise forms.ValidationError("The start date is after the end date.")
        return self.cleaned_data

from newsdesk.views import ScopedArticleListView
from people.models import Author, Spokesperson
from people.structured_data import author_data, page_data, spokesperson_data


class PersonView(ScopedArticleListView):
    """A person's page, carrying schema.org data about them."""

    person_data = None  # turns the person into a schema.org Person

    def get_context_data(self, **kwargs):
        person = self.person_data(self.scope, absolute=self.request.build_absolute_uri)
        return super().get_context_data(structured_data=page_data(person), **kwargs)


class AuthorView(PersonView):
    scope_model = Author
    scope_name = "author"
    feed_kind = "authors"
    person_data = staticmethod(author_data)
    template_name = "people/author.html"


class SpokespersonView(PersonView):
    scope_model = Spokesperson
    scope_name = "spokesperson"
    feed_kind = "spokespersons"
    person_data = staticmethod(spokesperson_data)
    template_name = "people/spokesperson.html"

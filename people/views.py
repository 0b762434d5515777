from newsdesk.views import ScopedArticleListView
from people.models import Author, Spokesperson


class AuthorView(ScopedArticleListView):
    scope_model = Author
    scope_name = "author"
    feed_kind = "authors"
    template_name = "people/author.html"


class SpokespersonView(ScopedArticleListView):
    scope_model = Spokesperson
    scope_name = "spokesperson"
    feed_kind = "spokespersons"
    template_name = "people/spokesperson.html"

"""What IPTC's two formats, ninjs and NewsML-G2, say the same way."""

from django.utils.text import get_text_list

from articles.models import Article


def publication_status(entry):
    """Return the IPTC publication status word: usable, withheld or canceled."""
    if entry.status == Article.Status.WITHDRAWN:
        return "canceled"
    return "usable" if entry.is_live else "withheld"


def byline(authors):
    """Join the authors' names as copy writes them: "A, B and C"."""
    return str(get_text_list([author.name for author in authors], "and"))


def version(entry):
    # The article keeps no revision counter; the second of its latest change
    # only ever grows, and growing is all a receiver compares versions for.
    return int(entry.updated.timestamp())


def timestamp(moment):
    return moment.isoformat(timespec="seconds")

"""The site's answer when its database is away: a styled 503, never a traceback.

Django opens a new connection on the next request, so the site recovers by
itself when the database returns; nothing needs restarting.
"""

from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

# Seconds a client (or a CDN) should wait before asking again.
RETRY_AFTER = 30


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return unavailable(JsonResponse({"database": "unavailable"}, status=503))
    return JsonResponse({"database": "ok"})


def unavailable(response):
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """Turn a lost database into the styled 503 page with Retry-After."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DatabaseError) or database_answers():
            return None  # a bug, not an outage: the ordinary 500 path
        # Rendered without the request's context: its processors need the database.
        html = render_to_string("503.html")
        return unavailable(HttpResponse(html, status=503))


def database_answers():
    try:
        connection.close_if_unusable_or_obsolete()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return False
    return True

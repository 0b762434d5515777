"""Response headers and request limits that every page gets.

Django's SecurityMiddleware sends HSTS, nosniff, Referrer-Policy and
Cross-Origin-Opener-Policy; XFrameOptionsMiddleware sends X-Frame-Options.
What Django 5.2 lacks is here: Permissions-Policy, a Content-Security-Policy
that is looser only in the admin, and a cap on request bodies.
"""

import base64
import hashlib
import re
from functools import cache

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponse
from django_prose_editor.widgets import importmap as prose_editor_importmap


class SecurityHeadersMiddleware:
    """Send the Permissions-Policy header on every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The site's strict policy; the admin's is looser in two named ways.

    Under the admin, inline styles are allowed (the admin's templates and the
    rich-text editor set them), and the rich-text editor's import map, an
    inline `<script type="importmap">`, is allowed by its hash. No other inline
    script runs anywhere.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and is_admin_path(request.path_info):
            update = dict(parts.update or {})
            update["style-src"] = [*update.get("style-src", []), "'unsafe-inline'"]
            update["script-src"] = [*update.get("script-src", []), importmap_hash()]
            parts.update = update
        return parts


@cache
def importmap_hash():
    """The CSP source for the editor's import map as the admin renders it.

    Its static URLs are fixed for the life of the process, so is the hash.
    """
    html = str(prose_editor_importmap)
    content = re.fullmatch(r"<script[^>]*>(.*)</script>", html, re.DOTALL)[1]
    digest = hashlib.sha256(content.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def is_admin_path(path):
    return path.startswith("/" + settings.NEWSDESK_ADMIN_URL)


class RequestSizeLimitMiddleware:
    """Refuse a body over NEWSDESK_MAX_REQUEST_BYTES with 413, before reading it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django reads no body without a valid length
        if length > settings.NEWSDESK_MAX_REQUEST_BYTES:
            megabytes = settings.NEWSDESK_MAX_REQUEST_BYTES // (1024 * 1024)
            response = HttpResponse(
                f"The upload is too large; the limit is {megabytes} MB.\n",
                status=413,
                content_type="text/plain; charset=utf-8",
            )
            # The body was not read; the connection cannot carry another request.
            response["Connection"] = "close"
            return response
        return self.get_response(request)

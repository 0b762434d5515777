"""Anonymous reads of public pages and feeds: cached, revalidated, CDN-ready.

For a GET or HEAD of a public page or feed by a reader without a session:
- a request whose ETag or date still matches the current edition
  (articles.editions) gets a 304 before any view runs;
- otherwise a page kept in Django's cache for this edition is sent as it was
  stored, without a query; a miss renders it and keeps it;
- every such answer carries the edition's ETag and Last-Modified, and a
  Cache-Control that lets a CDN keep it no longer than the edition lasts.

Nothing is kept past the edition's end (the next scheduled publish_at), so a
scheduled article is on every page at its second. Staff (anyone with a
session), the admin, previews and unknown query parameters bypass all of it.
"""

import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import (
    get_conditional_response,
    has_vary_header,
    patch_cache_control,
)
from django.utils.http import http_date

from articles.editions import CACHE_ERRORS, current_edition

logger = logging.getLogger(__name__)

PUBLIC_NAMESPACES = {"articles", "people"}
PUBLIC_URL_NAMES = {"robots", "sitemap_index", "sitemap_section", "sitemap_news"}
# Anything else in a query string is not a page of ours: not worth a cache entry.
KNOWN_PARAMETERS = {"page", "before", "after", "q", "section", "author"}
KNOWN_PARAMETERS |= {"spokesperson", "from", "to"}


@dataclass(frozen=True)
class CachedPage:
    status: int
    content: bytes
    headers: tuple
    expires: float  # a timestamp: never served after it, whatever the backend


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_public_read(request):
            return self.get_response(request)
        now = timezone.now()
        try:
            edition = current_edition(now)
        except DatabaseError:
            # No edition, no caching: the view meets the outage and says so (503).
            return self.get_response(request)
        except CACHE_ERRORS as error:
            # A cache is only a cache: without it, every read is rendered.
            logger.warning("Page cache unavailable: %s", error)
            return self.get_response(request)
        response = get_conditional_response(
            request,
            etag=edition.etag,
            last_modified=int(edition.last_modified.timestamp()),
        )
        if response is None:
            response = self.cached_or_rendered(request, edition, now)
        if response.status_code in (200, 304):
            add_validators(response, edition, now)
        return response

    def cached_or_rendered(self, request, edition, now):
        seconds = settings.NEWSDESK_PAGE_CACHE_SECONDS
        left = edition.seconds_left(now)
        lifetime = seconds if left is None else min(seconds, left)
        if lifetime <= 0:
            return self.get_response(request)
        key = page_key(request, edition)
        page = cache.get(key)
        if page is not None and page.expires > now.timestamp():
            return restored(page)
        response = self.get_response(request)
        if request.method == "GET" and is_keepable(response):
            response = materialised(response)
            cache.set(key, kept(response, now.timestamp() + lifetime), lifetime)
        return response


def is_public_read(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False  # staff see the site as it is, never a cached copy
    if not set(request.GET) <= KNOWN_PARAMETERS:
        return False
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return match.namespace in PUBLIC_NAMESPACES or match.url_name in PUBLIC_URL_NAMES


def page_key(request, edition):
    query = sorted(request.GET.lists())
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"newsdesk:page:{edition.etag}:{digest}"


def is_keepable(response):
    return (
        response.status_code == 200
        and not response.cookies
        and not has_vary_header(response, "Cookie")
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


def materialised(response):
    """A streamed response (a feed) read into memory so it can be kept."""
    if not response.streaming:
        return response
    whole = HttpResponse(b"".join(response.streaming_content), status=200)
    for name, value in response.items():
        whole[name] = value
    return whole


def kept(response, expires):
    return CachedPage(
        response.status_code, response.content, tuple(response.items()), expires
    )


def restored(page):
    response = HttpResponse(page.content, status=page.status)
    for name, value in page.headers:
        response[name] = value
    return response


def add_validators(response, edition, now):
    response["ETag"] = edition.etag
    response["Last-Modified"] = http_date(edition.last_modified.timestamp())
    max_age = settings.NEWSDESK_CDN_MAX_AGE
    stale = settings.NEWSDESK_CDN_STALE_SECONDS
    left = edition.seconds_left(now)
    if left is not None:
        # A CDN may serve a copy for max-age, then stale while it revalidates:
        # both together end before the next scheduled article goes live.
        max_age = min(max_age, left)
        stale = min(stale, left - max_age)
    patch_cache_control(
        response, public=True, max_age=max_age, stale_while_revalidate=stale
    )

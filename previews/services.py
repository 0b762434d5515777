"""Writes on share links; the admin and the preview views call these."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from previews.models import ShareLink

DEFAULT_SHARE_LINK_HOURS = 48


def create_share_link(*, article, by, hours=None):
    """Open a link to `article` for `hours` (the desk's default when not given)."""
    if hours is None:
        hours = getattr(settings, "NEWSDESK_SHARE_LINK_HOURS", DEFAULT_SHARE_LINK_HOURS)
    if hours <= 0:
        raise ValueError("A share link must last a positive number of hours.")
    return ShareLink.objects.create(
        article=article,
        created_by=by,
        expires_at=timezone.now() + timedelta(hours=hours),
    )


def revoke_share_link(*, link, by):
    """Close `link` at once; revoking it again keeps the first time and person."""
    if link.is_revoked:
        return link
    link.revoked_at = timezone.now()
    link.revoked_by = by
    link.save(update_fields=["revoked_at", "revoked_by"])
    return link

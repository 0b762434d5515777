from django.conf import settings
from django.core import signing
from django.db import models
from django.urls import reverse
from django.utils import timezone

from articles.models import Article

# Signed with the site's secret under its own salt, so a token made for share
# links means nothing anywhere else, and a guessed or edited one fails.
SHARE_TOKEN_SALT = "previews.share"


class ShareLinkQuerySet(models.QuerySet):
    def active(self):
        """Links a reviewer may still open: not revoked, not yet expired."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())

    def for_token(self, token):
        """The link a token was signed for; none when the token was tampered with."""
        try:
            pk = signing.Signer(salt=SHARE_TOKEN_SALT).unsign_object(token)
        except (signing.BadSignature, ValueError):
            return self.none()
        return self.filter(pk=pk)


class ShareLink(models.Model):
    """A private address that shows an unpublished article to an outside reviewer."""

    class State(models.TextChoices):
        ACTIVE = "active", "Active"
        EXPIRED = "expired", "Expired"
        REVOKED = "revoked", "Revoked"

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="share_links"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(
        help_text="After this moment the link shows nothing; make a new one if needed."
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = ShareLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Share link to {self.article}"

    def get_absolute_url(self):
        return reverse("previews:shared", kwargs={"token": self.token})

    @property
    def token(self):
        # No timestamp inside: a link has one address, and its expiry is kept
        # (and can be revoked) in the database.
        return signing.Signer(salt=SHARE_TOKEN_SALT).sign_object(self.pk)

    @property
    def url(self):
        """The full address to send: on the public site, wherever staff work."""
        return f"{settings.NEWSDESK_BASE_URL.rstrip('/')}{self.get_absolute_url()}"

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    @property
    def is_expired(self):
        return self.expires_at <= timezone.now()

    @property
    def state(self):
        if self.is_revoked:
            return self.State.REVOKED
        if self.is_expired:
            return self.State.EXPIRED
        return self.State.ACTIVE

from django.contrib import admin, messages
from django.db.models import Q
from django.utils import timezone

from previews.models import ShareLink
from previews.services import revoke_share_link


class ShareLinkStateFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return ShareLink.State.choices

    def queryset(self, request, queryset):
        open_until_later = Q(expires_at__gt=timezone.now())
        by_state = {
            ShareLink.State.ACTIVE: Q(revoked_at__isnull=True) & open_until_later,
            ShareLink.State.EXPIRED: Q(revoked_at__isnull=True) & ~open_until_later,
            ShareLink.State.REVOKED: Q(revoked_at__isnull=False),
        }
        if self.value() in by_state:
            return queryset.filter(by_state[self.value()])
        return queryset


@admin.register(ShareLink)
class ShareLinkAdmin(admin.ModelAdmin):
    list_display = ["article", "created_by", "created_at", "expires_at", "state", "url"]
    list_filter = [ShareLinkStateFilter]
    list_select_related = ["article", "created_by"]
    search_fields = ["article__title"]
    date_hierarchy = "created_at"
    actions = ["revoke"]
    fields = [
        "article",
        "url",
        "state",
        "created_by",
        "created_at",
        "expires_at",
        "revoked_by",
        "revoked_at",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        # Links are opened from the article's own page, where the article is known.
        return False

    @admin.display(description="state")
    def state(self, link):
        return link.state

    @admin.display(description="address to send")
    def url(self, link):
        return link.url if link.state == ShareLink.State.ACTIVE else "—"

    @admin.action(description="Revoke", permissions=["change"])
    def revoke(self, request, queryset):
        links = list(queryset.filter(revoked_at__isnull=True))
        for link in links:
            revoke_share_link(link=link, by=request.user)
        self.message_user(
            request, f"Revoked {len(links)} share link(s).", messages.SUCCESS
        )

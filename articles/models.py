import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import (
    Case,
    Count,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from articles.search import update_search_index
from images.processing import normalise_upload
from people.models import Author, Spokesperson
from people.validators import validate_image_file

# What the body editor offers is exactly what the sanitiser keeps: the field
# derives its nh3 allow-list from these extensions.
BODY_EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    # The headline is the page's only h1.
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
}

RELATED_NEWS_LIMIT = 5
# Saving a story right after it goes out is not an update worth showing readers.
UPDATE_GRACE = timedelta(minutes=1)


class Section(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"slug": self.slug})


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """The one definition of public: published, and its time has come."""
        return self.filter(
            status=Article.Status.PUBLISHED, publish_at__lte=timezone.now()
        )

    def for_listing(self):
        """Everything a list item shows, in a fixed number of queries."""
        return (
            self.select_related("section")
            .prefetch_related(
                Prefetch("bylines", queryset=Byline.objects.select_related("author")),
                "tags",
            )
            .defer("search_vector")  # only ever read by the database
        )

    def for_cards(self):
        """for_listing() without the body, the bulk of a row that no card shows."""
        return self.for_listing().defer("body")

    def newest_first(self):
        return self.order_by("-publish_at", "-pk")

    def latest_per_section(self, per_section):
        """The newest `per_section` articles of every section.

        One query finds each section's cutoff (its per_section-th newest
        publish_at, a few index rows each); the ranking then runs over those
        few articles, not the archive. Evaluates the cutoffs at once."""
        nth_newest = (
            self.filter(section=OuterRef("pk"))
            .order_by("-publish_at", "-pk")
            .values("publish_at")[per_section - 1 : per_section]
        )
        cutoffs = Section.objects.annotate(cutoff=Subquery(nth_newest))
        recent = Q(pk__in=[])
        for section_id, cutoff in cutoffs.values_list("pk", "cutoff"):
            since = {"publish_at__gte": cutoff} if cutoff else {}
            recent |= Q(section_id=section_id, **since)
        rank = Window(
            RowNumber(),
            partition_by=F("section"),
            order_by=[F("publish_at").desc(), F("pk").desc()],
        )
        return (
            self.filter(recent)
            .annotate(section_rank=rank)
            .filter(section_rank__lte=per_section)
        )

    def scheduled(self):
        """Published but waiting for their publish_at: the embargoed."""
        return self.filter(
            status=Article.Status.PUBLISHED, publish_at__gt=timezone.now()
        )

    def in_review(self):
        return self.filter(status=Article.Status.REVIEW)

    def planned(self):
        """Drafts and articles in review that already have a planned publish_at."""
        return self.filter(
            status__in=[Article.Status.DRAFT, Article.Status.REVIEW],
            publish_at__isnull=False,
        )

    def bylined_to(self, user):
        """A writer's own articles: those whose byline includes their author."""
        return self.filter(authors__user=user)

    def curated_for(self, article):
        """The editor's Related News picks for `article`, in the editor's order."""
        return self.filter(related_from__from_article=article).order_by(
            "related_from__position", "related_from__pk"
        )

    def sharing_with(self, article):
        """Articles sharing a tag or a quoted spokesperson with `article`,
        scored_against() it.

        The shared counts are correlated subqueries, probed through the link
        tables' indexes row by row: reading the newest few costs the same
        whatever the archive's size. (EXISTS would let PostgreSQL hash every
        article that has one of the tags first: all of them, for a big tag.)"""
        return (
            self.scored_against(article)
            .filter(Q(shared_tags__gt=0) | Q(shared_spokespersons__gt=0))
            .exclude(pk=article.pk)
        )

    def scored_against(self, article):
        """Annotated with how many tags and spokespersons each shares with
        `article`, and whether it is in the same section."""
        tagged, quoting = _shared_links(article)
        return self.annotate(
            shared_tags=_count(tagged.filter(content_object=OuterRef("pk"))),
            shared_spokespersons=_count(quoting.filter(article=OuterRef("pk"))),
            same_section=Case(
                When(section_id=article.section_id, then=1),
                default=0,
                output_field=models.IntegerField(),
            ),
        )


def _shared_links(article):
    """The tag links and quotes of other articles that `article` shares."""
    tag_ids = TaggedArticle.objects.filter(content_object=article).values("tag_id")
    quotes = Article.spokespersons.through.objects
    spokesperson_ids = quotes.filter(article=article).values("spokesperson_id")
    return (
        TaggedArticle.objects.filter(tag_id__in=tag_ids),
        quotes.filter(spokesperson_id__in=spokesperson_ids),
    )


def _count(rows):
    """A correlated subquery counting `rows`, 0 when there are none."""
    counted = rows.order_by().values(_row=Value(1)).annotate(n=Count("*")).values("n")
    return Coalesce(Subquery(counted[:1]), 0)


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        REVIEW = "review", "In review"
        PUBLISHED = "published", "Published"
        WITHDRAWN = "withdrawn", "Withdrawn"

    # The identity feeds and agencies know the article by: it never changes,
    # whatever happens to the slug, the title or the site's address.
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(max_length=255)
    slug = models.SlugField(
        max_length=255,
        unique=True,
        help_text="The last part of the article's address; keep it once published.",
    )
    summary = models.TextField(
        "dek", blank=True, help_text="One or two sentences under the headline."
    )
    body = ProseEditorField(
        config={"extensions": BODY_EDITOR_EXTENSIONS},
        sanitize=True,
        blank=True,
        help_text="Scripts, event handlers and links other than http, https and "
        "mailto are removed on save.",
    )
    dateline = models.CharField(
        max_length=100, blank=True, help_text='Where the story was filed: "BEIJING".'
    )
    source = models.CharField(
        max_length=200, blank=True, help_text='The outlet: "China Military Online".'
    )
    section = models.ForeignKey(
        Section, on_delete=models.PROTECT, related_name="articles"
    )
    authors = models.ManyToManyField(
        Author, through="Byline", related_name="articles", blank=True
    )
    spokespersons = models.ManyToManyField(
        Spokesperson,
        related_name="articles",
        blank=True,
        help_text="Officials quoted in the article.",
    )
    tags = TaggableManager(through="TaggedArticle", blank=True)
    related_articles = models.ManyToManyField(
        "self",
        through="RelatedArticle",
        through_fields=("from_article", "to_article"),
        symmetrical=False,
        related_name="+",
        blank=True,
    )
    excluded_related = models.ManyToManyField(
        "self",
        symmetrical=False,
        related_name="+",
        blank=True,
        verbose_name="never suggest",
        help_text="Articles the automatic Related News must not pick for this one.",
    )
    lead_image = models.ImageField(
        upload_to="articles/%Y/%m/",
        blank=True,
        width_field="lead_image_width",
        height_field="lead_image_height",
        validators=[validate_image_file],
        help_text="JPEG, PNG, WebP or GIF; at most 10 MB and 40 megapixels.",
    )
    # Stored so pages and feeds never open the image file to learn its size.
    lead_image_width = models.PositiveIntegerField(
        null=True, blank=True, editable=False
    )
    lead_image_height = models.PositiveIntegerField(
        null=True, blank=True, editable=False
    )
    caption = models.CharField(max_length=500, blank=True)
    credit = models.CharField(max_length=200, blank=True)
    alt = models.CharField(
        "alt text",
        max_length=300,
        blank=True,
        help_text="Required with a lead image: what the picture shows, for readers "
        "who cannot see it.",
    )
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    publish_at = models.DateTimeField(
        "publish at",
        null=True,
        blank=True,
        help_text="A published article goes live at this moment. Leave it in the "
        "future to embargo the article until then; empty means now on publishing.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    # Optimistic locking: a save names the version it was edited from, and is
    # refused when someone else has saved since. The version is the save's
    # moment in microseconds, so it only grows, even after restoring an old
    # revision, and needs no read before the write.
    version = models.PositiveBigIntegerField(default=0, editable=False)
    origin_uri = models.CharField(
        "origin",
        max_length=500,
        blank=True,
        editable=False,
        help_text="The id the copy had where it came from (wire, feed, ninjs), "
        "so importing it again finds it instead of duplicating it.",
    )
    # Kept current by save() on PostgreSQL (GIN-indexed there); NULL elsewhere.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-pk"]
        # Newest-first lists, and seeking through them (newsdesk.pagination).
        indexes = [
            models.Index(fields=["status", "-publish_at", "-id"]),
            models.Index(fields=["section", "status", "-publish_at", "-id"]),
        ]
        permissions = [
            ("publish_article", "Can publish, schedule, unschedule and withdraw"),
            ("edit_others_article", "Can edit articles by other writers"),
            ("correct_article", "Can add corrections to published articles"),
            ("export_article", "Can export articles"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["origin_uri"],
                condition=~Q(origin_uri=""),
                name="article_imported_once",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(publish_at__isnull=False),
                name="published_article_has_publish_at",
            ),
            models.CheckConstraint(
                condition=Q(lead_image="") | ~Q(alt=""),
                name="lead_image_has_alt_text",
                violation_error_message="Describe the lead image in its alt text.",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, update_fields=None, **kwargs):
        normalise_upload(self.lead_image)
        # Every path in (admin, importer, shell) stores sanitised HTML.
        self.body = self._meta.get_field("body").sanitize(self.body)
        self._default_publish_time()
        # Any save makes forms opened before it stale (optimistic locking).
        self.version = max(time.time_ns() // 1000, self.version + 1)
        if update_fields is not None:
            update_fields = {*update_fields, "version"}
        super().save(*args, update_fields=update_fields, **kwargs)
        update_search_index(self, update_fields=update_fields)

    def get_absolute_url(self):
        return reverse("articles:article", kwargs={"slug": self.slug})

    def clean(self):
        self._default_publish_time()
        if self.lead_image and not self.alt.strip():
            raise ValidationError(
                {"alt": "Describe the lead image for readers who cannot see it."}
            )

    def _default_publish_time(self):
        # Publishing without a time means publishing now.
        if self.status == self.Status.PUBLISHED and self.publish_at is None:
            self.publish_at = timezone.now().replace(microsecond=0)

    def is_editable_by(self, user):
        """Editors edit anything; a writer edits their own copy until it is out."""
        if user.has_perm("articles.edit_others_article"):
            return True
        if self.status not in (self.Status.DRAFT, self.Status.REVIEW):
            return False
        return self.pk is None or self.authors.filter(user=user).exists()

    @property
    def byline(self):
        """The authors in byline order (uses the prefetch of for_listing)."""
        return [byline.author for byline in self.bylines.all()]

    @property
    def is_live(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at <= timezone.now()
        )

    @property
    def is_scheduled(self):
        return self.status == self.Status.PUBLISHED and not self.is_live

    @property
    def state(self):
        """The desk's word for where the article stands right now."""
        if self.is_live:
            return "Live"
        if self.is_scheduled:
            when = date_format(timezone.localtime(self.publish_at), "j M Y H:i")
            return f"Scheduled for {when}"
        return self.get_status_display()

    @property
    def was_updated(self):
        """Whether the article changed after it went out."""
        if not (self.publish_at and self.updated_at):
            return False
        return self.updated_at > self.publish_at + UPDATE_GRACE

    def related_news(self, limit=RELATED_NEWS_LIMIT):
        """Curated picks first, then the best automatic ones: public only."""
        from articles.related import related_news

        return related_news(self, limit=limit)


def tag_url(tag):
    """The public page of a taggit tag, which has no get_absolute_url of its own."""
    return reverse("articles:tag", kwargs={"slug": tag.slug})


class Byline(models.Model):
    """An author's place in an article's byline."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="bylines"
    )
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="bylines")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "author"], name="author_once_per_byline"
            )
        ]

    def __str__(self):
        return f"{self.author} on {self.article}"


class RelatedArticle(models.Model):
    """An editor's curated Related News link, in the editor's order."""

    from_article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="related_links"
    )
    to_article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="related_from"
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["from_article", "to_article"], name="related_article_once"
            ),
            models.CheckConstraint(
                condition=~Q(from_article=F("to_article")),
                name="article_not_related_to_itself",
                violation_error_message="An article cannot be related to itself.",
            ),
        ]

    def __str__(self):
        return f"{self.from_article} → {self.to_article}"


class TaggedArticle(TaggedItemBase):
    content_object = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = "tag on article"
        verbose_name_plural = "tags on articles"


class Correction(models.Model):
    """A dated note at the foot of a published article; added, never rewritten."""

    class Kind(models.TextChoices):
        CORRECTION = "correction", "Correction"
        UPDATE = "update", "Update"

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="corrections"
    )
    kind = models.CharField(
        max_length=20, choices=Kind.choices, default=Kind.CORRECTION
    )
    text = models.TextField(
        help_text="What was wrong and what is right, as readers see it."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} to {self.article}"


class ArticleEvent(models.Model):
    """The desk's log: who published, scheduled, withdrew, corrected, restored or
    exported what, and when."""

    class Action(models.TextChoices):
        SUBMIT = "submit", "Submitted for review"
        PUBLISH = "publish", "Published"
        SCHEDULE = "schedule", "Scheduled"
        UNSCHEDULE = "unschedule", "Unscheduled"
        WITHDRAW = "withdraw", "Withdrawn"
        CORRECT = "correct", "Corrected"
        RESTORE = "restore", "Restored a revision"
        EXPORT = "export", "Exported"

    action = models.CharField(max_length=20, choices=Action.choices, db_index=True)
    article = models.ForeignKey(
        Article, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    # Kept so the log still reads after an article is deleted.
    article_title = models.CharField(max_length=255, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now, db_index=True)
    note = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()}: {self.article_title or self.note}"

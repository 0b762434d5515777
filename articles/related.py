"""Related News that editors can trust: curated first, then scored picks with a
reason each.

An automatic pick scores 3 for each tag it shares with the article, 2 for each
quoted spokesperson and 1 for the same section, halved for every 30 days of
age. Age weighs so much that only recent articles can win, so the database
reads the CANDIDATES newest articles sharing a tag or spokesperson, and the
newest of the same section within SECTION_WINDOW, walking the newest-first
index: the cost does not grow with the archive. They are scored here.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from articles.models import Article, TaggedArticle

TAG_WEIGHT, SPOKESPERSON_WEIGHT, SECTION_WEIGHT = 3, 2, 1
HALF_LIFE_DAYS = 30
CANDIDATES = 50
# Sharing only a section says little about an old article.
SECTION_WINDOW = timedelta(days=30)


@dataclass(frozen=True)
class Pick:
    article: Article
    score: float
    reason: str


def related_news(article, *, limit):
    """Up to `limit` public articles: curated in order, then the best picks."""
    public = (
        Article.objects.published()
        .defer("body", "search_vector")
        .select_related("section")
    )
    curated = list(public.curated_for(article)[:limit])
    # Asked even when the curated picks fill the list, so the page's query
    # count is the same whatever the editor chose.
    picks = automatic_picks(article, limit=limit - len(curated), skip=curated)
    return curated + [pick.article for pick in picks]


def explained_fill(article, *, limit):
    """The automatic part of the article's Related News, each with its reason."""
    curated = list(Article.objects.published().curated_for(article)[:limit])
    return automatic_picks(
        article, limit=limit - len(curated), skip=curated, explain=True
    )


def automatic_picks(article, *, limit, skip=(), explain=False):
    """The best-scoring public articles, with a reason when `explain` is set."""
    now = timezone.now()
    candidates = (
        Article.objects.published()
        .defer("body", "search_vector")  # a related link never shows them
        .exclude(pk=article.pk)
        .exclude(pk__in=[other.pk for other in skip])
        .exclude(pk__in=article.excluded_related.values("pk"))
        .select_related("section")
        .newest_first()
    )
    sharing = candidates.sharing_with(article)[:CANDIDATES]
    nearby = candidates.scored_against(article).filter(
        section_id=article.section_id, publish_at__gte=now - SECTION_WINDOW
    )[: max(limit, 1)]  # a query even at 0: a fixed count per page
    unique = {candidate.pk: candidate for candidate in [*sharing, *nearby]}
    scored = sorted(
        ((score(candidate, now), candidate) for candidate in unique.values()),
        key=lambda pair: (-pair[0], -pair[1].publish_at.timestamp()),
    )[:limit]
    reasons = explanations(article, [c for _, c in scored]) if explain else {}
    return [Pick(c, round(s, 2), reasons.get(c.pk, "")) for s, c in scored]


def score(candidate, now):
    raw = (
        TAG_WEIGHT * candidate.shared_tags
        + SPOKESPERSON_WEIGHT * candidate.shared_spokespersons
        + SECTION_WEIGHT * candidate.same_section
    )
    age_days = max((now - candidate.publish_at).total_seconds(), 0) / 86400
    return raw * 0.5 ** (age_days / HALF_LIFE_DAYS)


def explanations(article, picks):
    """Why each pick was made: "2 shared tags: Aldria, Drills; same section"."""
    ids = [pick.pk for pick in picks]
    tags = names_by_article(
        TaggedArticle.objects.filter(
            content_object_id__in=ids,
            tag_id__in=article.tagged_items.values("tag_id"),
        ).values_list("content_object_id", "tag__name")
    )
    quotes = Article.spokespersons.through.objects
    people = names_by_article(
        quotes.filter(
            article_id__in=ids,
            spokesperson_id__in=quotes.filter(article=article).values(
                "spokesperson_id"
            ),
        ).values_list("article_id", "spokesperson__name")
    )
    return {
        pick.pk: reason(pick, tags.get(pick.pk, []), people.get(pick.pk, []))
        for pick in picks
    }


def names_by_article(rows):
    found = {}
    for article_id, name in rows:
        found.setdefault(article_id, []).append(name)
    return {pk: sorted(names) for pk, names in found.items()}


def reason(pick, tags, people):
    parts = []
    if tags:
        parts.append(f"{plural(len(tags), 'shared tag')}: {', '.join(tags)}")
    if people:
        parts.append(
            f"{plural(len(people), 'shared spokesperson')}: {', '.join(people)}"
        )
    if pick.same_section:
        parts.append(f"same section ({pick.section.name})")
    return "; ".join(parts)


def plural(count, noun):
    return f"{count} {noun}{'' if count == 1 else 's'}"

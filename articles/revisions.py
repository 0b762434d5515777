"""Article history: what reversion keeps, and a readable diff of two revisions."""

import difflib

import reversion
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from taggit.models import Tag

from articles.models import Article, Byline, Correction, RelatedArticle, TaggedArticle
from people.models import Author

FIELDS = [
    ("title", "Headline"),
    ("summary", "Dek"),
    ("body", "Body"),
    ("byline", "Byline"),
    ("tags", "Tags"),
    ("dateline", "Dateline"),
    ("source", "Source"),
    ("status", "Status"),
    ("publish_at", "Publish at"),
    ("updated_at", "Saved at"),
]


def register():
    """Keep the article with its byline, tags, related links and corrections."""
    if reversion.is_registered(Article):
        return
    # The lock version is left out: restoring an old revision must not make
    # forms that were opened before it look current again.
    reversion.register(
        Article,
        exclude=["version"],
        follow=["bylines", "related_links", "tagged_items", "corrections"],
    )
    for model in (Byline, RelatedArticle, TaggedArticle, Correction):
        reversion.register(model)


def snapshot(version):
    """The readable fields of one saved revision of an article."""
    fields = version.field_dict
    related = version.revision.version_set.all()
    bylines = sorted(
        (v.field_dict for v in related if v.content_type.model_class() is Byline),
        key=lambda byline: byline["position"],
    )
    tag_ids = [
        v.field_dict["tag_id"]
        for v in related
        if v.content_type.model_class() is TaggedArticle
    ]
    return {
        **{name: fields.get(name) for name, _ in FIELDS},
        "body": strip_tags(fields.get("body") or ""),
        "byline": names(Author, [b["author_id"] for b in bylines]),
        "tags": names(Tag, tag_ids),
    }


def names(model, ids):
    found = dict(model.objects.filter(pk__in=ids).values_list("pk", "name"))
    return ", ".join(found.get(pk, f"(deleted #{pk})") for pk in ids)


def differences(older, newer):
    """(label, html) for each field that differs, words marked del/ins."""
    before, after = snapshot(older), snapshot(newer)
    return [
        (label, word_diff(str(before[name] or ""), str(after[name] or "")))
        for name, label in FIELDS
        if before[name] != after[name]
    ]


def word_diff(old, new):
    old_words, new_words = old.split(), new.split()
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    parts = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape(" ".join(old_words[a1:a2])))
            continue
        if a2 > a1:
            parts.append(f"<del>{escape(' '.join(old_words[a1:a2]))}</del>")
        if b2 > b1:
            parts.append(f"<ins>{escape(' '.join(new_words[b1:b2]))}</ins>")
    return mark_safe(" ".join(parts))  # noqa: S308 (every word is escaped above)

import django.contrib.postgres.search
from django.db import migrations

from articles.search import search_document

INDEX_NAME = "article_search_vector_gin"


def index_and_backfill(apps, schema_editor):
    # SQLite stores no vector and searches by word; only PostgreSQL indexes.
    if schema_editor.connection.vendor != "postgresql":
        return
    Article = apps.get_model("articles", "Article")
    quote = schema_editor.quote_name
    schema_editor.execute(
        f"CREATE INDEX {quote(INDEX_NAME)} ON {quote(Article._meta.db_table)} "
        "USING gin (search_vector)"
    )
    Article.objects.using(schema_editor.connection.alias).update(
        search_vector=search_document()
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"DROP INDEX IF EXISTS {schema_editor.quote_name(INDEX_NAME)}"
        )


class Migration(migrations.Migration):
    dependencies = [
        # After the latest migration, so the graph keeps a single leaf.
        ("articles", "0004_related_exclusions"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True
            ),
        ),
        migrations.RunPython(index_and_backfill, drop_index, elidable=False),
    ]

"""`--explain`: the plans of the SQL that reads articles in order or by the page."""

from bench.inprocess import captured_queries

PLAN_PREFIX = {
    "postgresql": "EXPLAIN (ANALYZE, BUFFERS) ",
    "sqlite": "EXPLAIN QUERY PLAN ",
}


def is_worth_explaining(sql):
    """A read of articles_article with an ORDER BY or a LIMIT: where indexes tell."""
    upper = sql.upper()
    return (
        upper.lstrip().startswith(("SELECT", "WITH"))
        and '"ARTICLES_ARTICLE"' in upper
        and ("ORDER BY" in upper or "LIMIT" in upper)
    )


def query_plan(sql):
    """The database's plan for `sql`, one line a step."""
    from django.db import connection

    prefix = PLAN_PREFIX.get(connection.vendor)
    if prefix is None:
        return [f"(no EXPLAIN for {connection.vendor})"]
    with connection.cursor() as cursor:
        cursor.execute(prefix + sql)
        rows = cursor.fetchall()
    # PostgreSQL gives one text column; SQLite (id, parent, notused, detail).
    return [str(row[-1]) for row in rows]


def explain_pages(pages, *, host):
    """The plans of every page's ordered or limited article reads, cache off."""
    sections = []
    for page in pages:
        statements = captured_queries(page, host=host, cache_on=False)
        for sql in filter(is_worth_explaining, statements):
            plan = "\n".join(f"    {line}" for line in query_plan(sql))
            sections.append(f"-- {page.name}: {page.path}\n{sql}\n{plan}\n")
    return "\n".join(sections) or "No ordered or limited read of articles_article."

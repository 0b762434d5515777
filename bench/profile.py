"""Where an uncached page spends its time: `python -m bench.profile [PATH]`.

Renders PATH (default: the newest public article) with Django's test client
in this process, page cache off, against DATABASE_URL's database; prints the
mean time per render over --renders, the page's queries with the driver's
timings, and a pyinstrument profile (dev extra) of the same renders.
"""

import argparse
import os
import time
from functools import partial


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.profile")
    parser.add_argument("path", nargs="?", help="the page (default: newest article)")
    parser.add_argument("--renders", type=int, default=100)
    options = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from pyinstrument import Profiler

    from articles.models import Article

    settings.NEWSDESK_PAGE_CACHE_SECONDS = 0
    path = options.path or (
        Article.objects.published().newest_first().first().get_absolute_url()
    )
    client = Client()
    # As behind TLS: HTTP would be redirected to HTTPS.
    render = partial(client.get, path, secure=True)
    for _ in range(5):
        response = render()  # connections, templates, the edition
    if response.status_code != 200:
        raise SystemExit(f"{path} answers {response.status_code}, not 200")
    started = time.perf_counter()
    for _ in range(options.renders):
        render()
    each = (time.perf_counter() - started) / options.renders * 1000
    print(f"{path}: {each:.1f} ms a render, one thread, page cache off")
    with CaptureQueriesContext(connection) as queries:
        render()
    for query in queries:
        print(f"  {float(query['time']) * 1000:6.1f} ms  {query['sql'][:100]}")
    profiler = Profiler(interval=0.001)
    with profiler:
        for _ in range(options.renders):
            render()
    print(profiler.output_text(unicode=False, color=False))


if __name__ == "__main__":
    main()

"""gunicorn for `make serve`: the production path on one machine.

It listens on 127.0.0.1 only; a web server (nginx, Caddy) or a load balancer
in front terminates TLS and sets X-Forwarded-Proto (then DJANGO_BEHIND_PROXY=1).
"""

import multiprocessing
import os

bind = f"127.0.0.1:{os.environ.get('PORT', '8000')}"
# The usual rule of thumb for synchronous workers, capped for small machines.
workers = int(
    os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 9))
)
# A request that takes longer than this is stuck; its worker is replaced.
timeout = 30
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, so a slow leak never grows without bound.
max_requests = 1000
max_requests_jitter = 100
# Refuse oversized request lines and headers before Django sees them.
limit_request_line = 8190
limit_request_fields = 100
# Only a proxy on this machine may claim the request came over HTTPS.
forwarded_allow_ips = "127.0.0.1,::1"
accesslog = "-"
errorlog = "-"
# Load the app once, before forking: a broken setting stops start-up with its
# message rather than a restart loop of workers.
preload_app = True

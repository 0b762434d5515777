"""gunicorn on loopback for the benchmark: start, wait for /healthz, stop."""

import contextlib
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from bench import BenchmarkError
from bench.prepare import PROJECT

HOST = "127.0.0.1"
START_SECONDS = 60
REVALIDATION_CHECKS = 10


def free_port():
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def server_url(port, path="/"):
    return f"http://{HOST}:{port}{path}"


def gunicorn_command(*, port, workers):
    return [
        sys.executable, "-m", "gunicorn", "newsdesk.wsgi", "--chdir", str(PROJECT),
        "--bind", f"{HOST}:{port}", "--workers", str(workers),
        "--worker-class", "sync", "--log-level", "warning",
    ]  # fmt: skip


@contextlib.contextmanager
def running_gunicorn(*, port, workers, env, workdir):
    """gunicorn serving the site until the block ends, however it ends.

    It starts in `workdir`, away from the project's gunicorn.conf.py, whose
    access log and max_requests (recycling workers, and their caches, every
    second under this load) have no place in a benchmark.
    """
    server = subprocess.Popen(
        gunicorn_command(port=port, workers=workers), cwd=workdir, env=env
    )
    try:
        wait_until_healthy(server, port)
        yield server
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wait_until_healthy(server, port):
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise BenchmarkError(f"gunicorn exited with status {server.returncode}.")
        if status_of(server_url(port, "/healthz")) == 200:
            return
        time.sleep(0.2)
    raise BenchmarkError(f"gunicorn did not answer /healthz within {START_SECONDS} s.")


def status_of(url, headers=None):
    """The HTTP status `url` answers with, or None when nothing answers."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def revalidation_header(url):
    """If-None-Match with the ETag one GET of `url` got, checked to earn a 304
    from every worker (each check is a new connection, so they take turns)."""
    with urllib.request.urlopen(url, timeout=10) as response:
        etag = response.headers["ETag"]
    if not etag:
        raise BenchmarkError(f"{url} sent no ETag to revalidate with.")
    for _ in range(REVALIDATION_CHECKS):
        status = status_of(url, {"If-None-Match": etag})
        if status != 304:
            raise BenchmarkError(f"{url} answered {status} to If-None-Match, not 304.")
    return f"If-None-Match: {etag}"

"""Drive one URL with wrk and read its figures back."""

import re
import shutil
import subprocess
from dataclasses import dataclass

from bench import BenchmarkError

INSTALL_HINT = "The benchmark needs wrk: install it with `apt-get install -y wrk`."
# wrk prints latencies with the unit that suits them: 87.00us, 3.83ms, 1.20s.
MS_PER_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_TIME = r"([\d.]+)(us|ms|s|m|h)"
# wrk's own default (2 s) would count a saturated page's slow answers as
# errors and leave them out of its percentiles; gunicorn gives up at 30 s.
TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class WrkResult:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    requests: int


def wrk_path():
    """The wrk on PATH; stop at once, saying how to install it, when there is none."""
    path = shutil.which("wrk")
    if path is None:
        raise SystemExit(INSTALL_HINT)
    return path


def wrk_version():
    # `wrk -v` prints its version, then its usage, and exits 1.
    done = subprocess.run([wrk_path(), "-v"], capture_output=True, text=True)
    first_line = (done.stdout or done.stderr).strip().splitlines()[0]
    return first_line.split(" [")[0].removeprefix("wrk ").strip()


def threads_for(connections):
    # Two threads, as the targets were measured with; never more than connections.
    return min(2, connections)


def wrk_command(url, *, seconds, connections, headers=()):
    command = [
        wrk_path(), "--latency",
        "-t", str(threads_for(connections)), "-c", str(connections),
        "-d", f"{seconds}s", "--timeout", f"{TIMEOUT_SECONDS}s",
    ]  # fmt: skip
    for header in headers:
        command += ["-H", header]
    return [*command, url]


def run_wrk(url, *, seconds, connections, headers=()):
    """Load `url` for `seconds` and return what wrk measured."""
    command = wrk_command(
        url, seconds=seconds, connections=connections, headers=headers
    )
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        complaint = (done.stderr or done.stdout).strip()
        raise BenchmarkError(f"wrk failed on {url}: {complaint}")
    return parse_wrk_output(done.stdout)


def parse_wrk_output(text):
    """The figures of one `wrk --latency` run, latencies in milliseconds."""
    return WrkResult(
        requests_per_second=float(_search(r"Requests/sec:\s+([\d.]+)", text)),
        p50_ms=_latency(text, 50),
        p99_ms=_latency(text, 99),
        errors=_socket_errors(text) + _bad_statuses(text),
        requests=int(_search(r"(\d+) requests in ", text)),
    )


def _search(pattern, text):
    found = re.search(pattern, text)
    if found is None:
        raise ValueError(f"wrk output lacks {pattern!r}:\n{text}")
    return found.group(1)


def _latency(text, percent):
    found = re.search(rf"^\s+{percent}%\s+{_TIME}\s*$", text, re.MULTILINE)
    if found is None:
        raise ValueError(f"wrk output lacks the {percent}% latency:\n{text}")
    value, unit = found.groups()
    return float(value) * MS_PER_UNIT[unit]


def _socket_errors(text):
    found = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text
    )
    return sum(int(count) for count in found.groups()) if found else 0


def _bad_statuses(text):
    found = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return int(found.group(1)) if found else 0

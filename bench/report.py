"""What the benchmark prints: the setting it ran in, the table, the ratios."""

import os
import platform
from dataclasses import dataclass
from pathlib import Path

from bench.inprocess import ARTICLE_PAGE, STATIC_PAGE
from bench.wrk import WrkResult

TARGET_RATIO = 0.5
FIGURES = ("req/s", "p50 ms", "p99 ms", "errors", "SQL queries/request")
COLUMNS = ("page", "cache", *FIGURES)


@dataclass(frozen=True)
class Row:
    page: str
    cache: str  # "on", "off", or "-" where no page cache is in the way
    result: WrkResult
    queries: int


def machine_description():
    """CPU model, cores, RAM and OS of this machine."""
    return (
        f"{_cpu_model()}, {os.cpu_count()} cores, {_ram_gib():.1f} GiB RAM, "
        f"{_os_name()}"
    )


def _cpu_model():
    for line in _read_lines("/proc/cpuinfo"):
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _ram_gib():
    for line in _read_lines("/proc/meminfo"):
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024**2
    return 0.0


def _os_name():
    try:
        return platform.freedesktop_os_release()["PRETTY_NAME"]
    except (OSError, KeyError):
        return platform.platform()


def _read_lines(path):
    try:
        return Path(path).read_text().splitlines()
    except OSError:
        return []


def format_number(value):
    """Figures to a sensible precision: 1234, 56.7, 3.21, 0.087."""
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def table_cells(row):
    figures = row.result
    if figures.requests:
        latencies = (format_number(figures.p50_ms), format_number(figures.p99_ms))
    else:
        latencies = ("-", "-")  # no answer came within the row's seconds
    return (
        row.page,
        row.cache,
        format_number(figures.requests_per_second),
        *latencies,
        str(figures.errors),
        str(row.queries),
    )


def format_table(rows):
    """A markdown table, its columns padded so it reads as text too."""
    cells = [COLUMNS, *(table_cells(row) for row in rows)]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]

    def line(values):
        padded = (
            value.rjust(width) if column in FIGURES else value.ljust(width)
            for column, value, width in zip(COLUMNS, values, widths, strict=True)
        )
        return "| " + " | ".join(padded) + " |"

    rule = (
        "|"
        + "|".join(
            "-" * (width + 1) + (":" if column in FIGURES else "-")
            for column, width in zip(COLUMNS, widths, strict=True)
        )
        + "|"
    )
    return "\n".join([line(COLUMNS), rule, *(line(values) for values in cells[1:])])


def ratio_lines(rows):
    """The article page's req/s against whitenoise serving a file of its size."""
    static = next((row for row in rows if row.page == STATIC_PAGE), None)
    if static is None or not static.result.requests_per_second:
        return []
    lines = []
    for row in rows:
        if row.page == ARTICLE_PAGE:
            ratio = row.result.requests_per_second / static.result.requests_per_second
            verdict = "meets" if ratio >= TARGET_RATIO else "misses"
            lines.append(
                f"Article page, cache {row.cache}: {ratio:.2f} of the static "
                f"file's req/s ({verdict} the target of {TARGET_RATIO:.2f})."
            )
    return lines

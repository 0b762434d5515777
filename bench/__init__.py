"""The benchmark of the public site: run it with `python -m bench` (see __main__)."""


class BenchmarkError(RuntimeError):
    """Something the benchmark needs went wrong; the message says what."""

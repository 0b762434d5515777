"""Read a file or an http(s) address and parse it as the format it holds."""

import http.client
import json
import urllib.error
import urllib.request
from pathlib import Path

from django.template.defaultfilters import filesizeformat

from articles.importers.feeds import is_json_feed, parse_feed, parse_json_feed
from articles.importers.ninjs import is_ninjs, parse_ninjs
from articles.importers.stories import WireFormatError
from articles.importers.wire import parse_wire

WIRE, FEED, NINJS = "wire", "feed", "ninjs"
MAX_BYTES = 10 * 1024 * 1024
FETCH_TIMEOUT = 20  # seconds
USER_AGENT = "Newsdesk importer"


def read_stories(source, *, kind=WIRE):
    """Read `source` (a path or URL) and return the stories it holds.

    JSON is recognised by content: ninjs in any kind, JSON Feed with `kind=FEED`.
    """
    data = fetch(source) if is_url(source) else read_file(source)
    if kind == NINJS:
        return parse_ninjs(load_json(data, path=source), path=source)
    if kind == FEED:
        return read_feed(data, path=source, url=source if is_url(source) else "")
    document = maybe_json(data)
    if document is not None and is_ninjs(document):
        return parse_ninjs(document, path=source)
    return [parse_wire(decode_text(data, path=source), path=source)]


def read_feed(data, *, path, url):
    if not looks_like_json(data):
        return parse_feed(data, path=path, url=url)
    document = load_json(data, path=path)
    if is_json_feed(document):
        return parse_json_feed(document, path=path)
    if is_ninjs(document):
        return parse_ninjs(document, path=path)
    raise WireFormatError(path, None, "JSON, but neither a JSON Feed nor ninjs")


def is_url(source):
    return str(source).lower().startswith(("http://", "https://"))


def read_file(path):
    """Return the bytes of a local file, with one-line errors for what goes wrong."""
    file = Path(path)
    try:
        if file.is_dir():
            raise WireFormatError(path, None, "is a directory, not a file")
        with file.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise WireFormatError(path, None, "no such file") from None
    except OSError as error:
        raise WireFormatError(path, None, f"cannot read: {error.strerror}") from None
    return checked_size(data, path=path)


def fetch(url):
    """Return the body of an http(s) address, within a timeout and a size cap."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            data = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as error:
        message = f"the server answered {error.code} {error.reason}"
        raise WireFormatError(url, None, message) from None
    except urllib.error.URLError as error:
        raise WireFormatError(url, None, fetch_problem(error.reason)) from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise WireFormatError(url, None, fetch_problem(error)) from None
    return checked_size(data, path=url)


def fetch_problem(reason):
    if isinstance(reason, TimeoutError):
        return f"no answer within {FETCH_TIMEOUT} seconds"
    return f"could not fetch it: {reason}"


def checked_size(data, *, path):
    if len(data) > MAX_BYTES:
        limit = filesizeformat(MAX_BYTES).replace("\xa0", " ")
        raise WireFormatError(path, None, f"larger than {limit}; not imported")
    if not data.strip():
        raise WireFormatError(path, None, "the file is empty")
    return data


def decode_text(data, *, path):
    """Return `data` as text, refusing binary and non-UTF-8 files."""
    if b"\0" in data:
        raise WireFormatError(path, None, "a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        byte = data[error.start]
        message = f"not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8"
        raise WireFormatError(path, line, message) from None


def load_json(data, *, path):
    """Parse JSON, naming the line of the first mistake."""
    try:
        return json.loads(decode_text(data, path=path))
    except json.JSONDecodeError as error:
        raise WireFormatError(
            path, error.lineno, f"not valid JSON: {error.msg}"
        ) from None


def looks_like_json(data):
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"["))


def maybe_json(data):
    """Return `data` parsed as JSON, or None if it is not JSON at all."""
    if not looks_like_json(data):
        return None
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None

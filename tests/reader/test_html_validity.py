"""Every public page type is valid HTML by the Nu HTML Checker (vnu.jar).

The checker runs on Java and takes seconds to start, so the pages are written
to files and checked in one run. Its jar comes from npm's `vnu-jar` (`npm ci`
installs it, as CI does). Without Java or the jar the test is skipped, except
under CI=true, where a missing tool is a broken build.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.template.loader import render_to_string

from tests.reader.sample_desk import make_reader_desk

pytestmark = pytest.mark.django_db

VNU_JAR = (
    Path(__file__).resolve().parents[2] / "node_modules/vnu-jar/build/dist/vnu.jar"
)


def require(tool, reason):
    if tool:
        return tool
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true, yet {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def checker():
    java = require(
        shutil.which("java"),
        "no java on PATH (apt-get install default-jre-headless)",
    )
    require(VNU_JAR.exists(), f"no {VNU_JAR.name} in node_modules (npm ci)")
    return [java, "-jar", str(VNU_JAR)]


def check(checker, paths):
    """Run the Nu checker once over `paths`; return its messages."""
    result = subprocess.run(
        [*checker, "--format", "json", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # The checker writes its report to stderr and exits 1 when it found errors.
    return json.loads(result.stderr)["messages"]


def test_every_public_page_type_is_valid_html(client, checker, tmp_path):
    urls = make_reader_desk()
    pages = tmp_path / "pages"
    pages.mkdir()
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code == 200, f"{name}: {url} {response.status_code}"
        write_page(pages, name, response.content)
    not_found = client.get("/no-such-page/")
    assert not_found.status_code == 404
    write_page(pages, "404", not_found.content)
    write_page(pages, "500", render_to_string("500.html").encode())

    messages = check(checker, sorted(pages.iterdir()))

    errors = [m for m in messages if m["type"] != "info"]
    for message in messages:
        print(describe(message))
    assert not errors, "\n".join(map(describe, errors))


def write_page(folder, name, content):
    (folder / f"{name.replace(' ', '-').replace(',', '')}.html").write_bytes(content)


def describe(message):
    where = Path(message.get("url", "")).name
    line = message.get("lastLine", "?")
    kind = message.get("subType", message["type"])
    extract = message.get("extract", "").strip()
    return f"{where}:{line}: {kind}: {message['message']}\n    {extract}"

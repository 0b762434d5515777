"""The README is the first thing a new engineer reads: keep it true."""

import re
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def test_every_setting_variable_is_in_the_readme_table():
    settings_source = (PROJECT / "newsdesk" / "settings.py").read_text()
    readme = (PROJECT / "README.md").read_text()
    read = r'(?:environ\.get\(|env_bool\(|env_list\(|env=)\s*"(\w+)"'
    variables = set(re.findall(read, settings_source))
    assert variables >= {"DJANGO_DEBUG", "DJANGO_SECRET_KEY", "DATABASE_URL"}
    missing = {name for name in variables if f"| `{name}` |" not in readme}
    assert not missing, f"Add these to the README's settings table: {sorted(missing)}"


def test_readme_gives_the_two_commands():
    readme = (PROJECT / "README.md").read_text()
    first_screen = "\n".join(readme.splitlines()[:20])
    assert "make run" in first_screen and "make test" in first_screen

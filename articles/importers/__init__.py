"""Bring outside copy in as draft articles.

`sources.read_stories` reads a file or URL and hands it to the parser of its
format (`wire`, `feeds`, `ninjs`); parsers return `stories.Story` objects and
touch no database. `services.import_stories` writes them.
"""

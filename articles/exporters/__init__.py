"""Serialisers that write articles in the formats readers and agencies use."""


def drain(buffer):
    """Return what a StringIO holds and empty it, for writing in chunks."""
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text

"""Fill in a page's form as a browser would, so tests post what people post."""

from html.parser import HTMLParser


class FormFields(HTMLParser):
    """The name/value pairs a browser would submit from the page's main form."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = form_id is None
        self.fields = []
        self._select = None
        self._option = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside = True
        if not self.inside or "disabled" in attrs:
            return
        if tag == "input":
            self._input(attrs)
        elif tag == "select":
            self._select = attrs.get("name")
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields.append((self._select, attrs.get("value", "")))
        elif tag == "textarea":
            self._textarea = [attrs.get("name"), ""]

    def _input(self, attrs):
        kind = attrs.get("type", "text")
        if "name" not in attrs or kind in {"submit", "button", "file", "image"}:
            return
        if kind in {"checkbox", "radio"}:
            if "checked" in attrs:
                self.fields.append((attrs["name"], attrs.get("value", "on")))
            return
        self.fields.append((attrs["name"], attrs.get("value", "")))

    def handle_data(self, data):
        if self._textarea:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            name, text = self._textarea
            # Browsers drop the newline that follows <textarea>.
            self.fields.append((name, text.removeprefix("\n")))
            self._textarea = None
        elif tag == "form" and self.inside and self.form_id:
            self.inside = False


def form_data(response, form_id="article_form", **overrides):
    """The form on `response` as a dict for client.post, with `overrides`."""
    parser = FormFields(form_id)
    parser.feed(response.content.decode())
    data = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    data = {
        name: values[0] if len(values) == 1 else values for name, values in data.items()
    }
    return data | overrides

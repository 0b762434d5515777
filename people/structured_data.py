"""schema.org data about people, as plain dicts for JSON-LD.

`absolute` turns a site path into a full URL (e.g. request.build_absolute_uri),
so the same functions serve a page and anything else that knows the address.
"""


def author_data(author, *, absolute):
    """A byline's author as a schema.org Person."""
    person = {
        "@type": "Person",
        "name": author.name,
        "url": absolute(author.get_absolute_url()),
    }
    if author.bio:
        person["description"] = author.bio
    if author.photo:
        person["image"] = absolute(author.photo.url)
    return person


def spokesperson_data(spokesperson, *, absolute):
    """A quoted official as a schema.org Person working for their organisation."""
    person = {
        "@type": "Person",
        "name": spokesperson.name,
        "url": absolute(spokesperson.get_absolute_url()),
        "description": spokesperson.attribution,
    }
    # A military or civil rank is an honorific ("Senior Colonel"), the role the job.
    if spokesperson.rank:
        person["honorificPrefix"] = spokesperson.rank
    if spokesperson.role:
        person["jobTitle"] = spokesperson.role
    if spokesperson.organization:
        organization = {"@type": "Organization", "name": spokesperson.organization}
        if spokesperson.organization_abbreviation:
            organization["alternateName"] = spokesperson.organization_abbreviation
        if spokesperson.country:
            organization["address"] = {
                "@type": "PostalAddress",
                "addressCountry": spokesperson.country,
            }
        person["worksFor"] = person["affiliation"] = organization
    if spokesperson.photo:
        person["image"] = absolute(spokesperson.photo.url)
    return person


def page_data(thing):
    """`thing` as the top-level JSON-LD object of a page."""
    return {"@context": "https://schema.org", **thing}

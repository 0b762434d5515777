"""The desk's roles and what each may do, as Django groups of permissions.

The data migration that creates the groups reads this, so the roles are
written down once; the admin enforces the same permissions on the server.
"""

WRITER = "Writer"
EDITOR = "Editor"
CHIEF = "Chief"

# (app label, codename) pairs.
_WRITER = [
    ("articles", "view_article"),
    ("articles", "add_article"),
    # Limited in the admin to their own drafts and articles in review.
    ("articles", "change_article"),
    *[("articles", f"{verb}_byline") for verb in ("view", "add", "change", "delete")],
    *[
        ("articles", f"{verb}_relatedarticle")
        for verb in ("view", "add", "change", "delete")
    ],
    ("articles", "view_section"),
    ("articles", "view_correction"),
    ("people", "view_author"),
    ("people", "view_spokesperson"),
    ("taggit", "view_tag"),
    ("taggit", "add_tag"),
]
_EDITOR = [
    *_WRITER,
    ("articles", "publish_article"),
    ("articles", "edit_others_article"),
    ("articles", "correct_article"),
    ("articles", "add_correction"),
    ("articles", "view_articleevent"),
]
_CHIEF = [
    *_EDITOR,
    ("articles", "export_article"),
    ("articles", "delete_article"),
    *[
        (app, f"{verb}_{model}")
        for app, model in [
            ("articles", "section"),
            ("people", "author"),
            ("people", "spokesperson"),
            ("taggit", "tag"),
            ("auth", "user"),
            ("auth", "group"),
        ]
        for verb in ("view", "add", "change", "delete")
    ],
]

ROLES = {WRITER: _WRITER, EDITOR: _EDITOR, CHIEF: _CHIEF}
# Editors and chiefs also create and revoke preview share links; those
# permissions belong to the previews app, whose own migration grants them.

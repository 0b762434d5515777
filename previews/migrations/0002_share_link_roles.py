from django.contrib.auth.management import create_permissions
from django.db import migrations

# Only those who may publish may show unpublished copy outside the newsroom.
ROLES = ["Editor", "Chief"]
CODENAMES = ["add_sharelink", "view_sharelink", "change_sharelink"]


def share_link_permissions(apps):
    # Permissions are normally made after all migrations; the groups need them now.
    app_config = apps.get_app_config("previews")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="previews", codename__in=CODENAMES
    )


def grant(apps, schema_editor):
    permissions = list(share_link_permissions(apps))
    for group in apps.get_model("auth", "Group").objects.filter(name__in=ROLES):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    permissions = list(share_link_permissions(apps))
    for group in apps.get_model("auth", "Group").objects.filter(name__in=ROLES):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_roles"),
        ("previews", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

"""Reads go to a PostgreSQL read replica, writes and migrations to the primary.

Settings install this router only when `DATABASE_REPLICA_URLS` names replicas.
A replica lags the primary by a moment. Reads inside a transaction on the
primary stay on the primary, so a save (the admin wraps each one in a
transaction) checks and writes against the same, current rows.
"""

import random

from django.db import connections

PRIMARY = "default"
REPLICA_PREFIX = "replica_"
# Read right after they are written (a login, a failed password): a lagging
# replica would log a user out again or miss a lockout.
PRIMARY_ONLY_APPS = {"sessions", "auth", "axes"}


def replica_aliases():
    return [alias for alias in connections if alias.startswith(REPLICA_PREFIX)]


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        replicas = replica_aliases()
        if (
            not replicas
            or model._meta.app_label in PRIMARY_ONLY_APPS
            or connections[PRIMARY].in_atomic_block
        ):
            return PRIMARY
        return random.choice(replicas)

    def db_for_write(self, model, **hints):
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        # Every replica holds the primary's rows, so an object read from one
        # may point at an object read from another.
        ours = {PRIMARY, *replica_aliases()}
        return obj1._state.db in ours and obj2._state.db in ours

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # Replicas receive the schema by replication, never by migrate.
        return db == PRIMARY

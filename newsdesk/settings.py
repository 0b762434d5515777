"""Newsdesk settings: one module, configured by environment variables.

Every variable is listed in the README. Local defaults are safe for a laptop;
production must set what it needs and fails with one clear sentence otherwise.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of 1/0, true/false, yes/no, on/off."
    )


def env_list(name, default=""):
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


DEBUG = env_bool("DJANGO_DEBUG", default=False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off."
        )
    SECRET_KEY = "insecure-local-development-key-never-used-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", default="localhost,127.0.0.1,[::1]")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "taggit",
    "reversion",
    "axes",
    "django_prose_editor",
    "people",
    "images",
    "articles",
    "previews",
    "desk",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "newsdesk.health.DatabaseUnavailableMiddleware",
    # A hit needs no database at all; past it, an outage meets the 503 handler.
    "newsdesk.page_cache.PageCacheMiddleware",
    # Last, as django-axes asks: it answers a locked-out login attempt.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # Refuses a locked-out username before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Ten wrong passwords for one username lock it for a cool-off period.
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(
    minutes=int(os.environ.get("DJANGO_LOGIN_COOLOFF_MINUTES", "15"))
)
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
SILENCED_SYSTEM_CHECKS = [
    # Locking by IP too would lock a whole newsroom behind one office address
    # out of its admin because of one person's typos; the username is enough.
    "axes.W006",
]

ROOT_URLCONF = "newsdesk.urls"
WSGI_APPLICATION = "newsdesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsdesk.context_processors.site",
                "articles.context_processors.sections",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # The manifest needs collectstatic; the local server reads the sources.
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

NEWSDESK_SITE_NAME = os.environ.get("NEWSDESK_SITE_NAME", "Newsdesk")
NEWSDESK_PAGE_SIZE = 20
# Where the public site lives, for links written outside a request (exports).
NEWSDESK_BASE_URL = os.environ.get("NEWSDESK_BASE_URL", "http://127.0.0.1:8000")
# How long a preview link for an outside reviewer works.
NEWSDESK_SHARE_LINK_HOURS = int(os.environ.get("NEWSDESK_SHARE_LINK_HOURS", "48"))
# The language of the desk's copy, as feeds and agency formats declare it.
NEWSDESK_LANGUAGE = os.environ.get("NEWSDESK_LANGUAGE", "en")
# Uploads larger than this are refused before Pillow opens them.
NEWSDESK_MAX_IMAGE_BYTES = 10 * 1024 * 1024
# Decompression bombs: a small file that inflates to an enormous bitmap.
NEWSDESK_MAX_IMAGE_PIXELS = 40_000_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO" if DEBUG else "WARNING"},
}

# --- Scale-out: shared cache, read replicas, media on S3 (docs/deploy.md) ---

# One machine keeps its cache in each process's memory. Many app servers share
# Redis, so an entry set behind one is seen (and cleared) behind all of them.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "newsdesk",
    }
    if REDIS_URL
    else {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        # Room for the pages readers are reading (Django's default is 300).
        "OPTIONS": {"MAX_ENTRIES": 2000},
    }
}

# The page cache (newsdesk/page_cache.py): how long a rendered public page or
# feed is kept, at most; never past the next scheduled article. 0 turns it off.
# Off by default in debug: a template being edited would otherwise show stale.
NEWSDESK_PAGE_CACHE_SECONDS = int(
    os.environ.get("DJANGO_PAGE_CACHE_SECONDS", "0" if DEBUG else "600")
)
# What a CDN in front is told (Cache-Control), also bounded by the schedule.
NEWSDESK_CDN_MAX_AGE = int(os.environ.get("DJANGO_CDN_MAX_AGE", "60"))
NEWSDESK_CDN_STALE_SECONDS = int(os.environ.get("DJANGO_CDN_STALE_SECONDS", "300"))
# With a per-process cache, the file every worker reads the edition from
# (articles/editions.py); empty means one in the temporary directory.
NEWSDESK_EDITION_FILE = os.environ.get("DJANGO_EDITION_FILE", "")

# Replicas carry the public site's reads; see newsdesk/routers.py.
for number, url in enumerate(env_list("DATABASE_REPLICA_URLS"), start=1):
    DATABASES[f"replica_{number}"] = dj_database_url.parse(
        url,
        conn_max_age=DATABASES["default"]["CONN_MAX_AGE"],
        conn_health_checks=True,
    ) | {"TEST": {"MIRROR": "default"}}  # tests never create a replica database
if len(DATABASES) > 1:
    DATABASE_ROUTERS = ["newsdesk.routers.ReplicaRouter"]

# Uploads on S3-compatible storage, needs `pip install "django-storages[s3]"`.
# Credentials come from boto3's own chain: AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY, or the machine's role; they never pass through here.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # The CDN's host for media URLs, e.g. media.news.example.
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Published images are public: plain URLs a CDN can cache.
            "querystring_auth": False,
            # Renditions are stored once; a second save must get a new name.
            "file_overwrite": False,
            # Names never change in place, so the CDN and browsers may keep a day.
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }

# --- SECURITY ---------------------------------------------------------------
# Hardened defaults for production (debug off); `manage.py check --deploy`
# passes with DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS set.

SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
# Trust X-Forwarded-Proto only from a proxy that sets it (and strips the client's).
if env_bool("DJANGO_BEHIND_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(
    os.environ.get("DJANGO_HSTS_SECONDS", "0" if DEBUG else "31536000")
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool(
    "DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG
)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = "Lax"

# The newsroom's address; moving it off /admin/ cuts down on drive-by scans.
NEWSDESK_ADMIN_URL = os.environ.get("DJANGO_ADMIN_URL", "admin/")
if NEWSDESK_ADMIN_URL.startswith("/") or not NEWSDESK_ADMIN_URL.endswith("/"):
    raise ImproperlyConfigured(
        "DJANGO_ADMIN_URL must end with a slash and not start with one, e.g. newsroom/."
    )

# django-csp: no inline script or style on the public site. The admin gets
# 'unsafe-inline' for styles only (newsdesk.security.ContentSecurityPolicyMiddleware).
INSTALLED_APPS += ["csp"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "object-src": ["'none'"],
    }
}
# Images on S3 (above) come from the bucket's or the CDN's host.
if AWS_STORAGE_BUCKET_NAME:
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(
        f"https://{os.environ['AWS_S3_CUSTOM_DOMAIN']}"
        if os.environ.get("AWS_S3_CUSTOM_DOMAIN")
        else os.environ.get("AWS_S3_ENDPOINT_URL") or "https://*.amazonaws.com"
    )
# Features the site never uses, switched off for it and anything it embeds.
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"
)

# Form fields (not files) past 2.5 MB are refused; files past 2.5 MB go to a
# temporary file rather than memory; any body past the cap is refused with 413
# before it is read (an image may be 10 MB, NEWSDESK_MAX_IMAGE_BYTES).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
NEWSDESK_MAX_REQUEST_BYTES = int(
    os.environ.get("NEWSDESK_MAX_REQUEST_BYTES", str(12 * 1024 * 1024))
)

# Right after SecurityMiddleware: every response, static files and 413s included,
# gets the headers.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "newsdesk.security.SecurityHeadersMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("newsdesk.security.SecurityHeadersMiddleware") + 1,
    "newsdesk.security.ContentSecurityPolicyMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("newsdesk.security.ContentSecurityPolicyMiddleware") + 1,
    "newsdesk.security.RequestSizeLimitMiddleware",
)

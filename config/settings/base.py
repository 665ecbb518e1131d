"""Settings shared by every environment.

Everything lives here; environment variables decide the rest. ``dev``, ``test`` and
``production`` only change defaults and add checks. Without ``DATABASE_URL`` and ``REDIS_URL``
the platform runs on its embedded default: a SQLite file under ``var/`` and Celery on kombu's
filesystem transport, so it needs no server at all.
"""

from pathlib import Path

from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

from config.env import env, redis_db_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env.str("VAR_DIR", default=str(BASE_DIR / "var")))

SECRET_KEY = env.str("SECRET_KEY", default="insecure-dev-key-never-use-in-production")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[SITE_URL])

INSTALLED_APPS = [
    # Project apps first so their templates override Wagtail's and Django's.
    "learning",
    "modules",
    "assessments",
    "certificates",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "drf_spectacular",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # CSP, Permissions-Policy, Cache-Control (learning.security); early, so its response
    # step runs last and sees the final response.
    "learning.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything reads the request: a NUL in a field is a 400, never a database error.
    "learning.middleware.RejectNulMiddleware",
    # Locale rows read once per request (learning.locales), not once per listed page.
    "learning.locales.RequestLocalesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "modules.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "modules.middleware.PreferredLanguageMiddleware",
    # The request's Wagtail site and the page a URL names, from the cache (modules.page_cache).
    "modules.page_cache.SiteCacheMiddleware",
    "modules.page_cache.RouteCacheMiddleware",
    # The site's own 404 page for the learner site, with DEBUG as without.
    "modules.middleware.SiteNotFoundMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so it sees the outcome of authentication attempts.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

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
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "learning.context_processors.navigation",
                "modules.context_processors.content_links",
            ],
        },
    },
]

# --- Data stores -------------------------------------------------------------------------
if not env.str("DATABASE_URL", default=""):
    VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'platform.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent requests on the embedded default: WAL lets readers run beside the writer,
    # IMMEDIATE takes the write lock when a transaction starts (so a transaction that read
    # first cannot fail to upgrade its lock), and writers queue for up to 20 s instead of
    # failing at once with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", default=0)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            # A Redis outage degrades to no cache instead of a 500 on every page.
            "BACKEND": "learning.cache.TolerantRedisCache",
            "LOCATION": redis_db_url(REDIS_URL, 1),
            "KEY_PREFIX": "vcr",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    # File based, so the web server, the worker and beat share it without a server.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

# --- Celery --------------------------------------------------------------------------------
CELERY_BROKER_DIR = VAR_DIR / "broker"
if REDIS_URL:
    CELERY_BROKER_URL = redis_db_url(REDIS_URL, 0)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        # Longer than any countdown or ETA the platform uses, so Redis never redelivers a
        # task that is merely waiting.
        "visibility_timeout": 6 * 60 * 60,
    }
else:
    # A host name keeps kombu from warning "No hostname was supplied" on every connection;
    # the filesystem transport ignores it.
    CELERY_BROKER_URL = "filesystem://localhost//"
    (CELERY_BROKER_DIR / "queue").mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_BROKER_DIR / "queue"),
        "data_folder_out": str(CELERY_BROKER_DIR / "queue"),
        "processed_folder": str(CELERY_BROKER_DIR / "processed"),
        "control_folder": str(CELERY_BROKER_DIR / "control"),
        "store_processed": False,
    }
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_TASK_SOFT_TIME_LIMIT = 60
CELERY_TASK_TIME_LIMIT = 90
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
# The one place where scheduled work is declared.
CELERY_BEAT_SCHEDULE = {
    "heartbeat": {
        "task": "learning.tasks.heartbeat_record",
        "schedule": 60.0,
    },
    "attempts-submit-expired": {
        "task": "assessments.tasks.attempts_submit_expired_task",
        "schedule": 60.0,
    },
    # Sweeps the outbox: delivers what was recorded while the broker was unreachable and
    # the retries whose time has come.
    "outbox-drain": {
        "task": "learning.tasks.outbox_drain",
        "schedule": 30.0,
    },
    # Statements past their retention period, and delivered outbox events past theirs.
    "xapi-retention": {
        "task": "learning.tasks.xapi_retention_task",
        "schedule": 60.0 * 60 * 24,
    },
    "person-imports-purge-stale": {
        "task": "learning.tasks.person_imports_purge_stale_task",
        "schedule": 60.0 * 60,
    },
    # Certificates whose recertification window opened or whose grace ended: their
    # "expiring" / "expired" events (webhooks, xAPI). Minutes late at most.
    "certificates-announce": {
        "task": "certificates.tasks.certificates_announce_task",
        "schedule": 60.0 * 5,
    },
    # Assignments whose day has come become "due soon" / "overdue"; the dashboard's
    # summaries follow within the minute.
    "assignments-sweep": {
        "task": "modules.compliance.tasks.assignments_sweep_task",
        "schedule": 60.0,
    },
    # Reminders that have come due (due soon, overdue, certificate expiring, recertification
    # open): one row and one outbox event each; the mail goes from the outbox.
    "reminders-sweep": {
        "task": "modules.compliance.tasks.reminders_sweep_task",
        "schedule": 60.0 * 60,
    },
}

# The outbox (learning.events, learning.outbox): a delivery failing this many times is dead;
# /healthz reports degraded when the oldest pending delivery is older than this many seconds.
OUTBOX_MAX_ATTEMPTS = env.int("OUTBOX_MAX_ATTEMPTS", default=8)
OUTBOX_MAX_PENDING_AGE = env.int("OUTBOX_MAX_PENDING_AGE", default=300)
# Delivered outbox events are deleted after this many days (pending and dead ones never).
OUTBOX_RETENTION_DAYS = env.int("OUTBOX_RETENTION_DAYS", default=30)

# --- xAPI (learning.xapi, docs/xapi.md) ----------------------------------------------------
# Statements are deleted from the built-in store this many days after they were stored
# (0 keeps them forever). Five years by default: certification evidence outlives a cycle.
XAPI_RETENTION_DAYS = env.int("XAPI_RETENTION_DAYS", default=5 * 365)
# The base of the activity and extension IRIs the platform mints; keep it stable for life
# (it is in every statement an LRS has). Default: SITE_URL + "/xapi".
XAPI_IRI_BASE = env.str("XAPI_IRI_BASE", default="")
# actor.account.homePage of learners' opaque accounts. Default: SITE_URL.
XAPI_ACCOUNT_HOMEPAGE = env.str("XAPI_ACCOUNT_HOMEPAGE", default="")

# Forwarding statements to other LRSs (learning.xapi.forward): a delivery waits this long so
# the statements of a busy moment go in one POST; connect and read timeout per request; the
# key the targets' passwords are encrypted with (Fernet; comma-separated to rotate; unset:
# derived from SECRET_KEY); the account homePage of actors sent by employee number.
XAPI_FORWARD_LINGER_SECONDS = env.float("XAPI_FORWARD_LINGER_SECONDS", default=5.0)
XAPI_FORWARD_TIMEOUT = env.float("XAPI_FORWARD_TIMEOUT", default=10.0)
XAPI_TARGET_KEY = env.str("XAPI_TARGET_KEY", default="")
XAPI_EMPLOYEE_HOMEPAGE = env.str("XAPI_EMPLOYEE_HOMEPAGE", default="")

# The Statements resource (/xapi/statements, learning.xapi.views).
# Most statements one GET returns (limit=0 means this).
XAPI_MAX_LIMIT = env.int("XAPI_MAX_LIMIT", default=500)
# Largest POST/PUT body; larger ones are answered 413.
XAPI_MAX_BODY_BYTES = env.int("XAPI_MAX_BODY_BYTES", default=5 * 1024 * 1024)
# How long a ``more`` cursor stays valid (the specification asks for at least 24 hours).
XAPI_MORE_MAX_AGE = env.int("XAPI_MORE_MAX_AGE", default=2 * 24 * 3600)
# X-Experience-API-Consistent-Through = now minus this: the longest a write transaction
# holds a ``stored`` time before it commits.
XAPI_CONSISTENCY_LAG_SECONDS = env.int("XAPI_CONSISTENCY_LAG_SECONDS", default=1)
# Key of the HMAC that API client secrets are stored under (learning.security.secret_hash);
# empty = SECRET_KEY. Changing it invalidates every client secret.
API_SECRET_HASH_KEY = env.str("API_SECRET_HASH_KEY", default="")

# --- Certificates (certificates/, docs/integration.md) -------------------------------------
# The prefix of certificate numbers ("VCR-2026-000042").
CERTIFICATE_NUMBER_PREFIX = env.str("CERTIFICATE_NUMBER_PREFIX", default="VCR")
# Seconds a signed status answer (its JWS "exp") may be cached by the caller.
CERTIFICATE_STATUS_TTL = env.int("CERTIFICATE_STATUS_TTL", default=300)
# Webhooks (certificates.webhooks): seconds to wait for a receiver's answer, and whether
# endpoints must be https:// (personal data: employee numbers). Off only for development.
WEBHOOK_TIMEOUT = env.float("WEBHOOK_TIMEOUT", default=5.0)
WEBHOOK_REQUIRE_HTTPS = env.bool("WEBHOOK_REQUIRE_HTTPS", default=not DEBUG)
# The issuer named on the PDFs and in the Open Badges credentials (its Profile).
CERTIFICATE_ISSUER_NAME = env.str("CERTIFICATE_ISSUER_NAME", default="VCR learning platform")
# The public verification page: lookups per client IP per window (seconds), then 429.
CERTIFICATE_VERIFY_LIMIT = env.int("CERTIFICATE_VERIFY_LIMIT", default=30)
CERTIFICATE_VERIFY_WINDOW = env.int("CERTIFICATE_VERIFY_WINDOW", default=600)

# --- Mandatory training (modules/compliance, docs/compliance.md) --------------------------
# An outstanding assignment is "due soon" this many days before its due date.
ASSIGNMENT_DUE_SOON_DAYS = env.int("ASSIGNMENT_DUE_SOON_DAYS", default=14)
# Reminders (modules/compliance/reminders.py): overdue ones the day after the due date,
# then every REPEAT days (0: only once), at most MAX of them; certificates expiring within
# each of these numbers of days; at most BATCH new reminders of each kind per hourly sweep
# (the rest the next hour). The managers' digest goes out weekly on DIGEST_WEEKDAY
# (0 Monday ... 6 Sunday) at DIGEST_HOUR (UTC).
REMINDER_OVERDUE_REPEAT_DAYS = env.int("REMINDER_OVERDUE_REPEAT_DAYS", default=7)
REMINDER_OVERDUE_MAX = env.int("REMINDER_OVERDUE_MAX", default=3)
REMINDER_CERTIFICATE_DAYS = env.list("REMINDER_CERTIFICATE_DAYS", cast=int, default=[60, 30])
REMINDER_BATCH = env.int("REMINDER_BATCH", default=1000)
REMINDER_DIGEST_WEEKDAY = env.int("REMINDER_DIGEST_WEEKDAY", default=0)
REMINDER_DIGEST_HOUR = env.int("REMINDER_DIGEST_HOUR", default=7)
# Declared here rather than in the schedule above because it reads the two settings.
# Celery counts days from Sunday (0) and its clock is CELERY_TIMEZONE (UTC).
CELERY_BEAT_SCHEDULE["reminders-digest"] = {
    "task": "modules.compliance.tasks.reminders_digest_task",
    "schedule": crontab(
        minute=0, hour=REMINDER_DIGEST_HOUR, day_of_week=(REMINDER_DIGEST_WEEKDAY + 1) % 7
    ),
}

# --- Auth ----------------------------------------------------------------------------------
AUTH_USER_MODEL = "learning.User"
AUTHENTICATION_BACKENDS = [
    # Counts failed logins and locks out before any credential check runs.
    "axes.backends.AxesStandaloneBackend",
    # The seam for single sign-on: an SSO backend is added here, in front of this one.
    *env.list("EXTRA_AUTHENTICATION_BACKENDS", default=[]),
    "learning.auth.UsernameOrEmailBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "start"
LOGOUT_REDIRECT_URL = "start"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24
# Password links ("forgot password" and a manager's "email a password link") per account
# and per client address within the window; over the limit, no mail goes out.
PASSWORD_LINK_LIMIT_PER_ACCOUNT = env.int("PASSWORD_LINK_LIMIT_PER_ACCOUNT", default=3)
PASSWORD_LINK_LIMIT_PER_ADDRESS = env.int("PASSWORD_LINK_LIMIT_PER_ADDRESS", default=10)
PASSWORD_LINK_WINDOW_SECONDS = env.int("PASSWORD_LINK_WINDOW_MINUTES", default=60) * 60
PASSWORD_LINK_CACHE_PREFIX = "password-link:"  # noqa: S105 (a cache key; tests give each test its own)

# Failed logins: after AXES_FAILURE_LIMIT failures for one account from one address the
# pair is locked out for AXES_COOLOFF_MINUTES. The account is resolved first
# (learning.auth.axes_username), so "Peter.Skov", " peter.skov", the email and the employee
# number all count against one account; logins naming no account share one key per address.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.int("AXES_COOLOFF_MINUTES", default=15) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "learning.auth.axes_username"
AXES_IPWARE_PROXY_COUNT = env.int("PROXY_COUNT", default=0)
AXES_VERBOSE = False

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 10
# Sessions are read from the cache (written to both): no session query per request; with
# the cache unreachable they are read from the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Email ---------------------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="no-reply@localhost")

# --- Internationalisation ------------------------------------------------------------------
LANGUAGE_CODE = env.str("LANGUAGE_CODE", default="en")
LANGUAGES = [
    ("da", _("Danish")),
    ("nb", _("Norwegian Bokmål")),
    ("sv", _("Swedish")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Copenhagen")
# Editors see the same local time as learners: Wagtail's admin uses TIME_ZONE unless an
# editor picks another zone in their account; they may pick only the Nordic ones (or UTC).
WAGTAIL_USER_TIME_ZONES = sorted(
    {TIME_ZONE, "Europe/Copenhagen", "Europe/Oslo", "Europe/Stockholm", "Atlantic/Faroe", "UTC"}
)
# English with 24-hour times, like the other languages (config/formats/en).
FORMAT_MODULE_PATH = ["config.formats"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# --- Static and media ----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(VAR_DIR / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Wagtail -------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env.str("SITE_NAME", default="Violence in close relations: training")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILADMIN_LOGIN_URL = "/cms/login/"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_PASSWORD_RESET_ENABLED = True
# No Gravatar: an avatar would send a hash of every admin user's email to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Browser policy (learning.security) ----------------------------------------------------
# Everything from this site only; no inline script or style, nothing from third parties.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Wagtail's admin (/cms/ only), checked in Chromium (tests/e2e/test_security_headers.py):
# its templates and scripts apply inline styles on every page and run two inline scripts
# on the page editor, so /cms/ alone gets 'unsafe-inline' for scripts and styles. It is a
# staff-only area behind a login; the learner site keeps the strict policy.
CSP_CMS_UPDATE = {"script-src": ["'unsafe-inline'"], "style-src": ["'unsafe-inline'"]}
# Wagtail's update check fetches from its project's server: a third-party request.
WAGTAIL_ENABLE_UPDATE_CHECK = False
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)

# --- REST ----------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    # OpenAPI from the code (drf-spectacular): /api/v1/schema/ and /api/v1/docs/.
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Certification status API",
    "DESCRIPTION": (
        "Whether a person holds a valid certificate for a track or a risk instrument, now "
        "or at a past moment, signed (JWS) so an answer can be cached and verified offline. "
        "See docs/integration-api.md."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    # Only the status API is documented (not Wagtail's admin API).
    "PREPROCESSING_HOOKS": ["certificates.rest_api.v1.schema.only_status_api"],
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
}

# --- Platform ------------------------------------------------------------------------------
# Demo data may be loaded only where this is true; production settings turn it off.
DEMO_DATA_ALLOWED = True
PERSON_IMPORT_MAX_BYTES = env.int("PERSON_IMPORT_MAX_BYTES", default=2 * 1024 * 1024)
# Uncommitted CSV previews (personal data) are deleted after this many hours.
PERSON_IMPORT_PREVIEW_HOURS = env.int("PERSON_IMPORT_PREVIEW_HOURS", default=24)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # Wagtail logs every search-index and reference-index task at INFO.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}

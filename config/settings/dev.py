"""Local development: ``make run``. Debug on, embedded default unless URLs are given."""

from config.settings.base import *

DEBUG = env.bool("DEBUG", default=True)
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}

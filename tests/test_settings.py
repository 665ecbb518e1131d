"""Production settings come from the environment and fail fast when one is missing."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "DATABASE_URL": "postgres://vcr:secret@127.0.0.1:5432/vcr",
    "REDIS_URL": "redis://127.0.0.1:6379/3",
    "ALLOWED_HOSTS": "vold.example.org",
    "SITE_URL": "https://vold.example.org",
    "EMAIL_URL": "smtp+tls://user:pw@smtp.example.org:587",
}


def run_manage(*args, env):
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in PRODUCTION_ENV and k != "DJANGO_SETTINGS_MODULE"
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_names_every_missing_variable_at_once():
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "ALLOWED_HOSTS": "vold.example.org",
    }

    result = run_manage("check", env=env)

    assert result.returncode != 0
    for name in ("SECRET_KEY", "DATABASE_URL", "REDIS_URL", "SITE_URL", "EMAIL_URL"):
        assert name in result.stderr
    assert "ALLOWED_HOSTS (" not in result.stderr


def test_production_refuses_sqlite():
    result = run_manage("check", env={**PRODUCTION_ENV, "DATABASE_URL": "sqlite:///x.db"})

    assert result.returncode != 0
    assert "PostgreSQL" in result.stderr


def test_deploy_check_is_clean_with_production_values():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_redis_url_gives_broker_and_cache_separate_databases():
    from config.env import redis_db_url

    assert redis_db_url("redis://h:6379/3", 0) == "redis://h:6379/3"
    assert redis_db_url("redis://h:6379/3", 1) == "redis://h:6379/4"
    assert redis_db_url("redis://:pw@h:6379", 1) == "redis://:pw@h:6379/1"

#!/usr/bin/env bash
# Run ADL's LRS conformance suite (xAPI 1.0.3) against this platform's /xapi/ resources.
#
#   make conformance CONFORMANCE_SUITE=/path/to/lrs-conformance-test-suite [CONFORMANCE_PORT=8765]
#
# The suite is fetched and `npm install`ed outside the repository (never committed):
#   git clone https://github.com/adlnet/lrs-conformance-test-suite /work/conformance
#   (cd /work/conformance && npm install)
# Uses DATABASE_URL (the suite writes a few thousand statements there: use a scratch
# database), starts gunicorn on loopback, creates a client with every scope, runs the console
# runner with -x 1.0.3 and Basic auth, stops the server and prints the pass/fail counts and the
# failing categories (bench/conformance_report.py). Extra arguments go to the runner
# (e.g. -g "Statement Resource" to run a part).
set -euo pipefail
cd "$(dirname "$0")/.."
SUITE="${CONFORMANCE_SUITE:?set CONFORMANCE_SUITE to the suite checkout (npm install done)}"
PORT="${CONFORMANCE_PORT:-8765}"
PY=.venv/bin/python
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-config.settings.dev}"

$PY manage.py migrate --noinput >/dev/null
eval "$($PY manage.py xapi_client_create --name "conformance $(date -u +%FT%TZ)" \
    --scopes statements/write statements/read)"

.venv/bin/gunicorn config.wsgi -b "127.0.0.1:$PORT" -w 2 --access-logfile /dev/null \
    >"${TMPDIR:-/tmp}/conformance-server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    curl -sf "http://127.0.0.1:$PORT/xapi/about" >/dev/null && break
    sleep 0.2
done

OUT="${TMPDIR:-/tmp}/conformance-run.txt"
(cd "$SUITE" && node bin/console_runner.js -x 1.0.3 -e "http://127.0.0.1:$PORT/xapi" \
    -a -u "$KEY" -p "$SECRET" -z "$@") >"$OUT" 2>&1 || true
LOG="$(grep -o 'Full run log written to .*' "$OUT" | sed 's/Full run log written to //' | tail -1)"
if [ -z "$LOG" ]; then
    tail -30 "$OUT"
    echo "the runner wrote no log (see $OUT)" >&2
    exit 1
fi
$PY bench/conformance_report.py "$LOG" "$OUT"

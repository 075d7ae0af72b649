#!/usr/bin/env bash
# The dashboard's end-to-end tests in a real headless Chromium against a real
# `dragoman serve` over a real SQLite database.
#
#   scripts/e2e.sh            # from the repository root, after `cargo build --release`
#
# Installs what is missing (Debian's chromium, the npm packages of web/), ingests the
# corpus of ../shared (or the bundled samples when ../shared is absent) into
# target/e2e/events.db, serves it on a free loopback port, runs web/e2e/run.mjs, and stops
# the server. Screenshots go to target/e2e-screenshots. Exit status: that of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=./target/release/dragoman
[ -x "$BIN" ] || { echo "e2e: $BIN is missing: run cargo build --release first" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "e2e: installing Debian's chromium"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d web/node_modules/playwright-core ]; then
  (cd web && npm ci --no-audit --no-fund)
fi

echo "e2e: the dashboard's unit tests and a fresh build (into target/, web/dist is left as committed)"
(cd web && npm test --silent && npx vite build --logLevel warn --outDir ../target/e2e/dist --emptyOutDir)

mkdir -p target/e2e
DB=target/e2e/events.db
rm -f "$DB" "$DB-wal" "$DB-shm"
if [ -d ../shared/corpus ]; then SRC=../shared/corpus; else SRC=samples; fi
"$BIN" ingest "$SRC" --db "$DB" --date 2025-02-27 --quiet

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --db "$DB" --addr "127.0.0.1:$PORT" 2>target/e2e/serve.log &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
healthy() { python3 -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=2).read().decode())' "http://127.0.0.1:$PORT/healthz" 2>/dev/null; }
for _ in $(seq 1 100); do healthy >/dev/null && break; sleep 0.1; done
healthy || { echo "e2e: the server did not start:" >&2; cat target/e2e/serve.log >&2; exit 1; }
echo
DRAGOMAN_URL="http://127.0.0.1:$PORT" node web/e2e/run.mjs

#!/usr/bin/env bash
# npm test: every tier, on a PostgreSQL server when there is one, otherwise
# on the embedded PostgreSQL (PGlite): nothing to set up but Node and a Chromium.
#   TEST_DATABASE_URL  a server where the tests may create and drop databases
#                      (default: DATABASE_URL, then postgres:postgres@127.0.0.1:5432
#                      if it answers; none: the embedded database)
#   TEST_DATABASE      "embedded" to use the embedded database even when a server answers
#   CHROMIUM_PATH      the browser of the end-to-end tier (default: found on the machine)
#   TEST_TIERS         which tiers to run, any of "static vitest e2e system" (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
started=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$1" "$(( $(date +%s) - started ))"; }
tiers=" ${TEST_TIERS:-static vitest e2e system} "
has() { [[ "$tiers" == *" $1 "* ]]; }
echo "Tiers:${tiers% }"

read -r mode url <<<"$(npx tsx tests/support/which-database.ts)"
if [ "$mode" = "server" ]; then
  export TEST_DATABASE=server TEST_DATABASE_URL="$url"
  echo "Database: the PostgreSQL server at ${url/:*@/:***@} (every tier run)"
else
  export TEST_DATABASE=embedded SYSTEM_DATABASE=embedded
  unset TEST_DATABASE_URL DATABASE_URL E2E_DATABASE_URL
  echo "Database: embedded PostgreSQL (PGlite), no server needed (every tier run)"
fi

# Fail early, with the install command, when there is no browser for the last tiers.
if has e2e || has system; then npx tsx tests/support/chromium.ts >/dev/null; fi

if has static; then
  step "typecheck"
  npx tsc --noEmit -p .

  step "lint"
  npm run -s lint
fi

step "schema and migrations agree (drift check)"
npx tsx tests/support/drift-check.ts

if has vitest; then
  step "unit and integration tests (Vitest)"
  npx vitest run
fi

projects=()
has e2e && projects+=(--project=e2e)
has system && projects+=(--project=system)
if [ ${#projects[@]} -eq 0 ]; then
  step "done"
  exit 0
fi

step "end-to-end and system tests (Playwright, Chromium)"
if [ "$mode" = "server" ]; then
  export E2E_DATABASE_URL="$(npx tsx tests/support/e2e-database.ts)"
else
  e2e_dir="$(node -p 'require("os").tmpdir()')/parallel-e2e-${E2E_PORT:-3100}"
  rm -rf "$e2e_dir"
  export E2E_EMBEDDED_DB_DIR="$e2e_dir"
fi
npx playwright test "${projects[@]}"

step "done"

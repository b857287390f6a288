#!/usr/bin/env bash
# npm test: every tier, against a real PostgreSQL server.
#   TEST_DATABASE_URL  a server where the tests may create and drop databases
#                      (default: DATABASE_URL, then postgres on localhost:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-${DATABASE_URL:-postgresql://postgres:postgres@127.0.0.1:5432/postgres}}"

echo "== typecheck"
npx tsc --noEmit -p .

echo "== schema and migrations agree (drift check)"
DATABASE_URL="$TEST_DATABASE_URL" npx tsx prisma/migrate.ts check

echo "== unit and integration tests (Vitest)"
npx vitest run

echo "== end-to-end tests (Playwright, Chromium)"
E2E_DATABASE_URL="$(npx tsx tests/support/e2e-database.ts)" npx playwright test

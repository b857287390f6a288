#!/usr/bin/env bash
# npm run bench: every benchmark, one after the other (figures, not pass/fail).
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
for script in match-speed match-quality search journey profession-page load; do
  if [ -f "tests/bench/$script.ts" ]; then
    echo "== $script"
    npx tsx "tests/bench/$script.ts"
  fi
done
# The workspace's caseload imports server-only services: run with the react-server condition.
echo "== caseload"
npx tsx --conditions=react-server tests/bench/caseload.ts
echo "== indicators"
npx tsx --conditions=react-server tests/bench/indicators.ts
echo "== protection"
npx tsx --conditions=react-server tests/bench/protection.ts
# The PDF renderer brings its own React reconciler: server-only modules load through a hook instead of the react-server condition.
echo "== reports"
npx tsx --import ./tests/support/server-only-hook.mjs tests/bench/reports.ts

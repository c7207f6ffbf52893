#!/bin/sh
# Runs tests under several machine zones, without npm: the results of date arithmetic must never
# depend on the zone of the machine. Pacific/Chatham (UTC+12:45, +13:45 in summer) catches code
# that reads the machine zone; UTC catches code that only works away from it.
#   test/time/run-in-zones.sh              # the counting-rule tests
#   test/time/run-in-zones.sh test         # the whole suite
set -e
cd "$(dirname "$0")/../.."
target=${1:-test/time}
for zone in Pacific/Chatham UTC America/Los_Angeles; do
  echo "== TZ=$zone vitest run $target"
  TZ=$zone node node_modules/vitest/vitest.mjs run "$target"
done

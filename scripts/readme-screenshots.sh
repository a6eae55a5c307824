#!/usr/bin/env bash
# Retakes the README's screenshots (docs/screenshots/*.png) on purpose: runs the demo's browser
# test with -Dcounterclaim.readme-screenshots=true, which copies the chosen screenshots (desktop
# and phone) there. Every other run of the tests writes screenshots only under
# counterclaim-app/target/screenshots/, so `mvn verify` leaves the checkout clean.
# Usage: scripts/readme-screenshots.sh [extra Maven options, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."
# the modules it needs are built in the same reactor, never taken from ~/.m2
mvn -B test -pl counterclaim-app -am -Dtest=DemoBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcounterclaim.readme-screenshots=true "$@"
git status --short docs/screenshots

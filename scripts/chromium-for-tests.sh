#!/usr/bin/env bash
# Makes sure Debian's Chromium and its ChromeDriver are installed for the browser tests (run by
# the build before the tests of counterclaim-app; CI runs as root on a clean machine).
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "chromium-for-tests: chromium and chromium-driver are missing; install them (as root):" \
    "apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
echo "chromium-for-tests: installing Debian's chromium and chromium-driver" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 || {
  apt-get update -q >/dev/null
  apt-get install -y -q chromium chromium-driver >/dev/null
}

#!/usr/bin/env bash
# Makes sure the browser tests have what they drive: Debian's Chromium and its chromedriver, from the distribution's
# packages (never a download at test time). Installs them with apt-get when missing and this runs as root; otherwise
# says what to install. Usage: chromium.sh [CHROMIUM_BINARY] [CHROMEDRIVER]
set -euo pipefail
browser=${1:-/usr/lib/chromium/chromium}
driver=${2:-/usr/bin/chromedriver}

if [[ -x $browser && -x $driver ]]; then
    exit 0
fi
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get > /dev/null; then
    echo "chromium.sh: the browser tests need Chromium and chromedriver ($browser, $driver):" \
        "install the Debian packages chromium and chromium-driver, or skip the tests with -DskipITs" >&2
    exit 1
fi
echo "chromium.sh: installing Chromium and chromedriver for the browser tests (apt-get)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q > /dev/null
apt-get install -y -q --no-install-recommends chromium chromium-driver > /dev/null
[[ -x $browser && -x $driver ]] || { echo "chromium.sh: installed, but $browser or $driver is missing" >&2; exit 1; }

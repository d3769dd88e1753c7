#!/usr/bin/env bash
# Makes sure the browser tests have what they drive: Debian's Chromium and its chromedriver (apt-install.sh).
# Usage: chromium.sh [CHROMIUM_BINARY] [CHROMEDRIVER]
set -euo pipefail
browser=${1:-/usr/lib/chromium/chromium}
driver=${2:-/usr/bin/chromedriver}

if [[ -x $browser && -x $driver ]]; then
    exit 0
fi
"$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" chromium.sh "the browser tests" chromium chromium-driver
[[ -x $browser && -x $driver ]] || { echo "chromium.sh: installed, but $browser or $driver is missing" >&2; exit 1; }

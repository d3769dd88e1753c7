#!/usr/bin/env bash
# Installs Debian packages a test needs, from the distribution (never a download at test time), when this runs as root
# with apt-get; otherwise says what to install and fails. No package's service is started (policy-rc.d).
# Usage: apt-install.sh CALLER PURPOSE PACKAGE...
set -euo pipefail
caller=$1 purpose=$2
shift 2
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get > /dev/null; then
    echo "$caller: $purpose need the Debian packages $*: install them, or skip the tests with -DskipITs" >&2
    exit 1
fi
echo "$caller: installing $* for $purpose (apt-get)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q > /dev/null
policy=/usr/sbin/policy-rc.d
if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy"
    chmod 755 "$policy"
    trap 'rm -f -- "$policy"' EXIT
fi
apt-get install -y -q --no-install-recommends "$@" > /dev/null

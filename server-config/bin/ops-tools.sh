#!/usr/bin/env bash
# Makes sure the operations checks have their tools: promtool (package prometheus: `promtool check metrics|config|rules`,
# `promtool test rules`), docker-compose (`docker-compose config` validates a compose file without a Docker engine) and
# python3's yaml module (docker/validate-containers.py).
# Usage: ops-tools.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

missing=()
command -v promtool > /dev/null || missing+=(prometheus)
command -v docker-compose > /dev/null || missing+=(docker-compose)
python3 -c 'import yaml' 2> /dev/null || missing+=(python3-yaml)
((${#missing[@]} == 0)) && exit 0
"$here/apt-install.sh" ops-tools.sh "the operations checks" "${missing[@]}"
command -v promtool > /dev/null && command -v docker-compose > /dev/null ||
    { echo "ops-tools.sh: installed, but promtool or docker-compose is missing" >&2; exit 1; }

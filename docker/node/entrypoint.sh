#!/usr/bin/env bash
# The node container's entrypoint.
#   run    start the hospital named by MEDMESH_HOSPITAL with the launcher, as ./ehr up does, follow its server log and
#          stop it cleanly on SIGTERM; exits when the server stops, so the container is restarted.
#   ready  exit 0 when the hospital's readiness check answers 200 (the image's HEALTHCHECK).
# Configuration by environment: MEDMESH_HOSPITAL; the hospital's MariaDB as MEDMESH_DB_URL, MEDMESH_DB_USER and
# MEDMESH_DB_OWNER_USER (the schema owner), their passwords in the container's secrets /run/secrets/db-password and
# db-owner-password, and the hospital's scrape token of /metrics in /run/secrets/metrics-token (the one Prometheus is
# given), never in the image or the environment's definition; the launcher's EHR_* variables
# (docs/launcher.md), e.g. EHR_PEER_URL_<peer>. With EHR_CHANNEL_CEREMONY=external the hospital's channel material,
# made once by whoever holds the network's CA, is read from MEDMESH_CHANNEL_DIR (its own files and network-keys);
# otherwise the launcher makes the whole network's, as ./ehr up on one host. Everything else secret is made at the
# first start into the work volume. Several node containers may share one work volume (docker/compose.yaml): their
# starts take turns.
set -euo pipefail

: "${MEDMESH_HOSPITAL:?set MEDMESH_HOSPITAL to the hospital this container runs (an id of server-config/hospitals.conf)}"
export EHR_HOSPITALS=$MEDMESH_HOSPITAL
cd /opt/medmesh
turns="$EHR_WORK/.container-starts"

secret() {
    local file="/run/secrets/$1"
    [[ -r $file ]] || { echo "entrypoint: the secret $1 is missing (see docker/README.md)" >&2; exit 1; }
    cat -- "$file"
}

# The launcher's view of the hospital's database (its EHR_DB_*_<id> variables).
database() {
    local id=$MEDMESH_HOSPITAL
    export "EHR_DB_URL_$id=${MEDMESH_DB_URL:?set MEDMESH_DB_URL (jdbc:mariadb://host:port/database)}"
    export "EHR_DB_USER_$id=${MEDMESH_DB_USER:?set MEDMESH_DB_USER}"
    export "EHR_DB_OWNER_USER_$id=${MEDMESH_DB_OWNER_USER:?set MEDMESH_DB_OWNER_USER}"
    # Read apart from the export, which would hide a missing secret's failure.
    local password owner_password
    password=$(secret db-password)
    owner_password=$(secret db-owner-password)
    export "EHR_DB_PASSWORD_$id=$password" "EHR_DB_OWNER_PASSWORD_$id=$owner_password"
}

# The hospital's scrape token, which Prometheus is given too (the launcher's EHR_METRICS_TOKEN_<id>). Read apart from
# the export, so a missing secret stops the container instead of leaving the launcher to make a token of its own.
metrics_token() {
    local token
    token=$(secret metrics-token)
    export "EHR_METRICS_TOKEN_$MEDMESH_HOSPITAL=$token"
}

# The hospital's directory of the network's channel material, and the network keys file, copied (private) from where
# they were given to the container.
provided_channel() {
    local from=${MEDMESH_CHANNEL_DIR:?set MEDMESH_CHANNEL_DIR with EHR_CHANNEL_CEREMONY=external} id=$MEDMESH_HOSPITAL
    local to="$EHR_WORK/channel"
    (
        umask 077
        mkdir -p -- "$to/$id"
        for file in store-password broker-keystore.p12 broker-truststore.p12 signing-key.pem node-password \
            broker-logins broker-accounts; do
            [[ -r $from/$file ]] || { echo "entrypoint: $from/$file is missing" >&2; exit 1; }
            cp -- "$from/$file" "$to/$id/$file"
        done
    )
    cp -- "$from/network-keys" "$to/network-keys"
    chmod 644 -- "$to/network-keys"
}

ready() {
    database
    # shellcheck source=../../server-config/bin/lib.sh
    source server-config/bin/lib.sh
    ehr_load_network
    ehr_hosp "$MEDMESH_HOSPITAL"
    [[ $(ehr_ready_code) == 200 ]]
}

run() {
    local id=$MEDMESH_HOSPITAL
    database
    metrics_token
    mkdir -p -- "$EHR_WORK"
    chmod 700 -- "$EHR_WORK"
    [[ ${EHR_CHANNEL_CEREMONY:-here} != external ]] || provided_channel
    flock "$turns" ./ehr up
    local pidfile="$EHR_WORK/domains/$id/config/pid" log="$EHR_WORK/domains/$id/logs/server.log"
    tail -n 0 -F -- "$log" &
    local follower=$!
    trap 'flock "$turns" ./ehr down; kill "$follower" 2>/dev/null; exit 0' TERM INT
    while [[ -r $pidfile ]] && kill -0 "$(<"$pidfile")" 2>/dev/null; do
        sleep 5 &
        wait $! || true
    done
    echo "entrypoint: the server of $id has stopped" >&2
    kill "$follower" 2>/dev/null
    exit 1
}

case "${1:-run}" in
run) run ;;
ready) ready ;;
*) echo "Usage: entrypoint.sh [run|ready]" >&2; exit 2 ;;
esac

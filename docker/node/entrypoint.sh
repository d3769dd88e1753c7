#!/usr/bin/env bash
# The node container's entrypoint.
#   run    start the hospital named by MEDMESH_HOSPITAL with the launcher, as ./ehr up does, follow its server log and
#          stop it cleanly on SIGTERM; exits when the server stops, so the container's restart policy restarts it.
#   ready  exit 0 when the hospital's readiness check answers 200 (the image's HEALTHCHECK).
# The hospital's database passwords come from the container's secrets /run/secrets/<id>-db-password and
# <id>-db-owner-password (lower-case id), never from the image or the compose file; everything else secret is made at
# the first start into the work volume. Several node containers may share one work volume (docker/compose.yaml): their
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

# The launcher's view of the hospital's database: its passwords from the container's secrets.
database_secrets() {
    local id=$MEDMESH_HOSPITAL lower=${MEDMESH_HOSPITAL,,}
    export "EHR_DB_PASSWORD_$id=$(secret "$lower-db-password")"
    export "EHR_DB_OWNER_PASSWORD_$id=$(secret "$lower-db-owner-password")"
}

ready() {
    database_secrets
    # shellcheck source=../../server-config/bin/lib.sh
    source server-config/bin/lib.sh
    ehr_load_network
    ehr_hosp "$MEDMESH_HOSPITAL"
    [[ $(ehr_ready_code) == 200 ]]
}

run() {
    local id=$MEDMESH_HOSPITAL
    database_secrets
    mkdir -p -- "$EHR_WORK"
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

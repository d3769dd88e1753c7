#!/usr/bin/env bash
# Summary: stop the hospitals' domains and private databases (--purge also deletes their state)
# Usage: ./ehr down [--purge]
#
# Stops, for each hospital (EHR_HOSPITALS, default all), its Payara domain (asadmin stop-domain; first its server
# instances, for a hospital of several), its broker process if it has one, and its private mariadbd (by the pid file
# in its data directory) - nothing else. Works on a half-started network.
# --purge then deletes the hospitals' state under EHR_WORK: domains and instances, databases, broker journals, keys,
# secrets and logs. The unpacked Payara stays, so the next ./ehr up starts quickly.
set -euo pipefail

# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PURGE=0
for arg in "$@"; do
    case $arg in
        --purge) PURGE=1 ;;
        *) ehr_die "Unknown argument '$arg'." "Usage: ./ehr down [--purge]" ;;
    esac
done

down_hospital() {
    local id=$1 status=0
    export EHR_TAG=$id
    ehr_hosp "$id"
    "$EHR_BIN/payara.sh" stop "$id" || status=1
    "$EHR_BIN/broker.sh" stop "$id" || status=1
    if [[ -d $H_DATADIR ]]; then
        "$EHR_BIN/mariadb-private.sh" stop "$H_DATADIR" || status=1
    fi
    return "$status"
}

purge_hospital() {
    local id=$1 dir
    ehr_hosp "$id"
    if ehr_domain_pid >/dev/null || ehr_db_pid >/dev/null; then
        ehr_die "$id is still running; not deleting its state."
    fi
    for dir in "$H_DOMAIN_DIR" "$H_DATADIR" "$H_BROKER_DIR" "$H_KEY_DIR" "$H_SECRET_DIR" "$H_CHANNEL_DIR" \
        "$PAYARA_HOME/glassfish/nodes/localhost-$id"; do
        [[ $dir == "$EHR_WORK"/* ]] || ehr_die "Refusing to delete $dir: it is outside $EHR_WORK."
        rm -rf -- "$dir"
    done
    # The deleted signing key must not stay trusted; the next up adds the new one.
    if [[ -f $EHR_CHANNEL/network-keys ]]; then
        grep -v "^$id " -- "$EHR_CHANNEL/network-keys" >"$EHR_CHANNEL/.network-keys.$$" || true
        mv -f -- "$EHR_CHANNEL/.network-keys.$$" "$EHR_CHANNEL/network-keys"
        chmod 644 -- "$EHR_CHANNEL/network-keys"
    fi
    rm -f -- "$H_LOG" "$H_INSTANCES_FILE" "$H_BROKER_PIDFILE"
    printf '[%s] state deleted\n' "$id"
}

main() {
    ehr_load_network
    ehr_select_hospitals
    if [[ ! -d $EHR_WORK ]]; then
        ehr_say "nothing to stop: $EHR_WORK does not exist"
        return 0
    fi
    ehr_lock
    local id i jobs=() failed=()
    for id in "${SELECTED[@]}"; do
        (down_hospital "$id") &
        jobs+=($!)
    done
    for i in "${!jobs[@]}"; do
        wait "${jobs[$i]}" || failed+=("${SELECTED[$i]}")
    done
    ((${#failed[@]} == 0)) || ehr_die "Could not stop everything of ${failed[*]} (see above)." \
        "Logs: $EHR_WORK/logs; check with ./ehr status"
    if ((PURGE)); then
        for id in "${SELECTED[@]}"; do
            purge_hospital "$id"
        done
        rmdir -- "$EHR_WORK"/{domains,db,broker,keys,secrets,logs,cluster} 2>/dev/null || true
        # With no hospital's material left, the demo CA and the network's keys go too.
        if [[ -d $EHR_CHANNEL ]] && ! find "$EHR_CHANNEL" -mindepth 1 -maxdepth 1 -type d ! -name ca | grep -q .; then
            rm -rf -- "$EHR_CHANNEL"
        fi
        ehr_say "kept the unpacked Payara in $PAYARA_HOME"
    fi
}

main

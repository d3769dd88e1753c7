#!/usr/bin/env bash
# Summary: show per hospital whether its domain, database and broker run, its readiness and its ports
# Usage: ./ehr status
#
# READY is the HTTP status of http://<EHR_ADDRESS>:<http port>/health/ready (200 = ready, 000 = no answer). A hospital
# of several server instances gets a line per instance (its URL and readiness) and the members of its data grid.
# Exits 0 when every selected hospital (EHR_HOSPITALS, default all) is ready, 3 otherwise.
set -euo pipefail

# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

(($# == 0)) || ehr_die "'status' takes no arguments (got: $*)."

show_instances() {
    local k url
    for ((k = 1; k <= H_INSTANCES; k++)); do
        url=$(ehr_instance_url "$k")
        printf '  instance %-12s %-28s ready %s\n' "$(ehr_instance_name "$k")" "$url" \
            "$(ehr_http_code "$url/health/ready")"
    done
    if ehr_domain_pid >/dev/null; then
        printf '  data grid %s:\n' "$H_CLUSTER"
        "$EHR_BIN/payara.sh" members "$H_ID" 2>&1 | grep -v '^Command ' | sed 's/^/    /' || true
    fi
}

main() {
    ehr_load_network
    ehr_select_hospitals
    local id pid domain db broker ready ports all_ready=1
    local format='%-7s %-22s %-22s %-10s %-6s %s\n'
    # shellcheck disable=SC2059 # the format is a constant
    printf "$format" HOSPITAL DOMAIN DATABASE BROKER READY PORTS
    for id in "${SELECTED[@]}"; do
        ehr_hosp "$id"
        domain=stopped
        ready=-
        if pid=$(ehr_domain_pid); then
            domain="running (pid $pid)"
            ready=$(ehr_http_code "$H_URL/health/ready")
        fi
        if ((H_DB_PRIVATE)); then
            db=stopped
            pid=$(ehr_db_pid) && db="running (pid $pid)"
        else
            db=external
        fi
        broker=down
        [[ -n $(ehr_port_users "$H_BROKER") ]] && broker=listening
        [[ $ready == 200 ]] || all_ready=0
        ports="admin $H_ADMIN, http $H_HTTP, https $H_HTTPS, broker $H_BROKER"
        ((H_DB_PRIVATE)) && ports+=", db $H_DBPORT"
        if ((H_INSTANCES > 1)); then
            "$EHR_BIN/broker.sh" running "$id" && broker=process
            ready=$(ehr_ready_code)
            [[ $ready == 200 ]] || all_ready=0
        fi
        # shellcheck disable=SC2059
        printf "$format" "$id" "$domain" "$db" "$broker" "$ready" "$ports"
        ((H_INSTANCES == 1)) || show_instances
    done
    ((all_ready)) || exit 3
}

main

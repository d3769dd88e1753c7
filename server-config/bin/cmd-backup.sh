#!/usr/bin/env bash
# Summary: back up a hospital now (encrypted; the backup file's path on the last line)
# Usage: ./ehr backup HOSPITAL
#
# Asks the running hospital for a backup (POST /api/v1/admin/backups as its demo administrator) and follows it until
# it succeeded or failed (EHR_BACKUP_TIMEOUT, default 3600 s). A backup is a consistent snapshot of the hospital's
# database taken without blocking its users, with the keys and configuration the hospital needs to come back,
# compressed and encrypted with the key in work/secrets/<id>/backup-key - keep a copy of that key off this machine:
# without it no backup can be restored. Backups go to work/backups/<id>/; the newest 14 are kept. The hospital also
# backs itself up every EHR_BACKUP_INTERVAL_MINUTES (default 1440, from midnight UTC; set at ./ehr up).
# Restore one with ./ehr restore HOSPITAL FILE.
set -euo pipefail

# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage_hint="Usage: ./ehr backup HOSPITAL"

main() {
    (($# == 1)) || ehr_die "name one hospital to back up." "$usage_hint"
    local id=$1 token run state file waited=0 timeout=${EHR_BACKUP_TIMEOUT:-3600}
    ehr_require_cmd curl curl
    ehr_load_network
    [[ -n ${NET_NAME[$id]:-} ]] || ehr_die "unknown hospital '$id'." "Hospitals: ${NET_IDS[*]}"
    ehr_hosp "$id"
    export EHR_TAG=$id
    token=$(ehr_demo_admin_token) ||
        ehr_die "cannot sign in to $id as its demo administrator (is it up?)." "./ehr status" "./ehr up"
    run=$(ehr_api_as "$token" -f -X POST "$H_URL/api/v1/admin/backups") ||
        ehr_die "$id refused the backup (are backups set up? GET /api/v1/admin/backups tells)."
    local run_id
    run_id=$(ehr_json_field id <<<"$run")
    [[ $run_id =~ ^[0-9]+$ ]] || ehr_die "$id answered without a backup run: $run"
    ehr_say "backup $run_id started" >&2
    while :; do
        state=$(ehr_json_field state <<<"$run")
        [[ $state == running ]] || break
        ((waited < timeout)) || ehr_die "backup $run_id still runs after ${timeout}s." "GET /api/v1/admin/backups/$run_id"
        sleep 2
        waited=$((waited + 2))
        ((waited % 10 == 0)) && ehr_say "backup $run_id running (${waited}s)" >&2
        run=$(ehr_api_as "$token" -f "$H_URL/api/v1/admin/backups/$run_id") ||
            ehr_die "$id did not answer about backup $run_id."
    done
    if [[ $state != succeeded ]]; then
        ehr_die "backup $run_id $state: $(ehr_json_field error <<<"$run")" "the node's log: ./ehr status"
    fi
    file=$(ehr_json_field file <<<"$run")
    ehr_say "backup $run_id succeeded: $(ehr_json_field sizeBytes <<<"$run") bytes, SHA-256 $(ehr_json_field sha256 <<<"$run")" >&2
    printf '%s\n' "$H_BACKUP_DIR/$file"
}

main "$@"

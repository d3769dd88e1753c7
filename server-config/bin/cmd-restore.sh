#!/usr/bin/env bash
# Summary: restore a hospital from one of its backups, then catch up from its peers
# Usage: ./ehr restore HOSPITAL FILE
#
# First checks the whole backup - this hospital's, made with its key (work/secrets/<id>/backup-key, or the file
# EHR_BACKUP_KEY_FILE names), authentic to the last byte and complete as its manifest says: a damaged, cut-off,
# foreign or wrong-key backup is refused and nothing changes. Then stops the hospital, replaces its database's contents
# with the backup's (the schema owner's account), puts back any of its key files that are missing (a different one is
# kept, the backup's written beside it as *.from-backup), writes the configuration as of the backup (secrets included)
# to work/secrets/<id>/restored/, and starts the hospital. Last, each running peer sends what the hospital lacks or
# holds differently (anti-entropy, as ./ehr rebuild) until their digests match. Progress goes to standard error.
# What cannot come back: changes made at this hospital after the backup that no peer received (docs/backup.md).
set -euo pipefail

# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage_hint="Usage: ./ehr restore HOSPITAL FILE"

main() {
    (($# == 2)) || ehr_die "name the hospital and the backup file." "$usage_hint"
    local id=$1 file=$2 key_file password_file peer status
    ehr_load_network
    [[ -n ${NET_NAME[$id]:-} ]] || ehr_die "unknown hospital '$id'." "Hospitals: ${NET_IDS[*]}"
    [[ -f $file && -r $file ]] || ehr_die "no readable backup file '$file'." "./ehr backup $id prints one's path"
    file=$(readlink -f -- "$file")
    ehr_hosp "$id"
    export EHR_TAG=$id
    key_file=${EHR_BACKUP_KEY_FILE:-$H_BACKUP_KEY_FILE}
    [[ -r $key_file ]] || ehr_die "no backup key at $key_file." "Put the hospital's backup key there, or set EHR_BACKUP_KEY_FILE"
    if ((H_DB_PRIVATE)); then
        password_file=$H_DB_OWNER_PASSWORD_FILE
    else
        local owner_pw_var="EHR_DB_OWNER_PASSWORD_$id"
        [[ -n $H_DB_OWNER && -n ${!owner_pw_var:-} ]] ||
            ehr_die "restoring $id's external database needs its schema owner." "Set EHR_DB_OWNER_USER_$id and $owner_pw_var"
        password_file=$(mktemp)
        # shellcheck disable=SC2064 # expand now: the file name is local
        trap "rm -f -- '$password_file'" EXIT
        printf '%s' "${!owner_pw_var}" >"$password_file"
    fi
    local tool=(--hospital "$id" --key-file "$key_file" --db-url "$H_DB_URL" --db-user "$H_DB_OWNER"
        --db-password-file "$password_file" --config-to "$H_SECRET_DIR/restored")

    ehr_say "checking $file" >&2
    ehr_run_restore_tool "${tool[@]}" --check-only "$file" ||
        ehr_die "the backup was refused (see above); nothing was changed."
    ehr_say "stopping $id" >&2
    EHR_HOSPITALS=$id "$EHR_BIN/cmd-down.sh" >&2
    if ((H_DB_PRIVATE)); then
        "$EHR_BIN/mariadb-private.sh" start "$H_DATADIR" "$H_DBPORT" >&2
    fi
    status=0
    ehr_run_restore_tool "${tool[@]}" --already-checked "$file" || status=$?
    ((status == 0)) || ehr_die "the restore failed (exit $status, see above)." \
        "Restore again, or rebuild $id from a peer: ./ehr rebuild $id --from PEER"
    ehr_say "starting $id" >&2
    EHR_HOSPITALS=$id "$EHR_BIN/cmd-up.sh" >&2
    while read -r peer; do
        ehr_hosp "$peer"
        if [[ $(ehr_http_code "$H_URL/health/ready") == 200 ]]; then
            ehr_say "catching up from $peer" >&2
            "$EHR_BIN/cmd-rebuild.sh" "$id" --from "$peer" >&2
        else
            ehr_warn "$peer is not running: $id catches up from it when it is (anti-entropy), or: ./ehr rebuild $id --from $peer"
        fi
    done < <(ehr_peer_ids "$id")
    ehr_say "$id restored from $(basename -- "$file")" >&2
}

main "$@"

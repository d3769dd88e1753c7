#!/usr/bin/env bash
# Summary: re-seed a hospital from a peer (after its database was lost), then check the digests match
# Usage: ./ehr rebuild HOSPITAL --from PEER
#
# For a hospital whose database was lost (deleted, corrupt, restored from an old backup). Starts HOSPITAL if it is
# not running - with an empty database when its data directory is gone - then asks PEER, which must be running, to
# send every record HOSPITAL lacks or holds differently (anti-entropy repair of all buckets), and prints progress
# until both hospitals' table digests are equal (EHR_REBUILD_TIMEOUT, default 1800 s). Nothing is deleted: on a
# healthy hospital it only confirms that it holds what the peer holds. Changes HOSPITAL made but never sent before
# the loss cannot come back; everything any peer received does.
set -euo pipefail

# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage_hint="Usage: ./ehr rebuild HOSPITAL --from PEER"

main() {
    local target="" peer=""
    while (($#)); do
        case $1 in
        --from) peer=${2:?--from needs a hospital id}; shift 2 ;;
        -*) ehr_die "unknown option '$1'." "$usage_hint" ;;
        *) [[ -z $target ]] || ehr_die "one hospital at a time (got '$target' and '$1')." "$usage_hint"
            target=$1; shift ;;
        esac
    done
    [[ -n $target && -n $peer ]] || ehr_die "name the hospital to rebuild and the peer to rebuild it from." "$usage_hint"
    [[ $target != "$peer" ]] || ehr_die "a hospital cannot be rebuilt from itself." "$usage_hint"
    ehr_load_network
    [[ -n ${NET_NAME[$target]:-} ]] || ehr_die "unknown hospital '$target'." "Hospitals: ${NET_IDS[*]}"
    [[ -n ${NET_NAME[$peer]:-} ]] || ehr_die "unknown hospital '$peer'." "Hospitals: ${NET_IDS[*]}"

    ehr_hosp "$peer"
    local peer_url="$H_URL/" peer_users=$H_USERS_FILE
    [[ $(ehr_http_code "${peer_url}health/ready") == 200 ]] ||
        ehr_die "$peer is not ready on port $H_HTTP; it must run to rebuild $target from it." "./ehr up"

    ehr_say "starting $target (an empty database is created if its data is gone)"
    EHR_HOSPITALS=$target "$EHR_BIN/cmd-up.sh" >/dev/null
    ehr_hosp "$target"
    [[ -r $H_USERS_FILE && -r $peer_users ]] || ehr_die "no demo admin logins for $target or $peer." "./ehr up"
    ehr_run_client rebuild.RebuildCommand "$target" "$H_URL/" "$H_USERS_FILE" \
        "$peer" "$peer_url" "$peer_users" "${EHR_REBUILD_TIMEOUT:-1800}"
}

main "$@"

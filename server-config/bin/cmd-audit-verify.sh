#!/usr/bin/env bash
# Summary: verify each hospital's audit chain (intact, or the first edited/deleted/moved entry)
# Usage: ./ehr audit-verify
#
# Signs in as the hospital's demo administrator (work/secrets/<id>/demo-users) and calls
# GET /api/v1/admin/audit/verify, which re-reads the whole chain from the database: entries numbered 1, 2, 3 …
# without gaps, each linked to the one before by its hash, each hash recomputed from the entry's content with the
# hospital's audit chain key (HMAC-SHA256), and the last entry equal to the recorded head. Entries written before the
# chain was keyed (plain SHA-256) are counted; that number must not grow. Then it holds the chain against the newest
# signed checkpoint of it each peer keeps (a chain cut short or rewritten before one is broken; docs/privacy.md). An
# auditor with other credentials calls the same endpoint.
# Exits 0 when every selected hospital's chain is intact, 1 when one is broken, 3 when a hospital cannot be asked.
set -euo pipefail

# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

(($# == 0)) || ehr_die "'audit-verify' takes no arguments (got: $*)."
ehr_require_cmd curl curl

main() {
    ehr_load_network
    ehr_select_hospitals
    local id token verdict unkeyed worst=0
    for id in "${SELECTED[@]}"; do
        ehr_hosp "$id"
        if ! token=$(ehr_demo_admin_token); then
            ehr_warn "$id: cannot sign in as the demo administrator of $H_USERS_FILE (is the hospital up? ./ehr status)"
            worst=3
            continue
        fi
        if ! verdict=$(ehr_api_as "$token" -f "$H_URL/api/v1/admin/audit/verify"); then
            ehr_warn "$id: the verify request failed"
            worst=3
            continue
        fi
        if [[ $(ehr_json_field intact <<<"$verdict") == true ]]; then
            unkeyed=$(ehr_json_field unkeyed <<<"$verdict")
            printf '%s: intact (%s entries%s; anchored at %s of %s peers)\n' "$id" \
                "$(ehr_json_field checked <<<"$verdict")" \
                "$( ((${unkeyed:-0} == 0)) || printf ', the first %s written before the chain was keyed' "$unkeyed")" \
                "$(grep -o '"status":"MATCHES"' <<<"$verdict" | wc -l)" "$(grep -o '"witness":' <<<"$verdict" | wc -l)"
        else
            printf '%s: BROKEN at entry %s: %s\n' "$id" "$(ehr_json_field firstBrokenSeq <<<"$verdict")" \
                "$(ehr_json_field problem <<<"$verdict")"
            ((worst == 3)) || worst=1
        fi
    done
    exit "$worst"
}

main

#!/usr/bin/env bash
# Summary: fill the running network with plausible synthetic patients, visits and observations
# Usage: ./ehr seed [--patients N] [--threads T] [--seed S]
#
# Spreads N patients (default 100) round-robin over the running hospitals. Each gets a visit, a set of vital signs,
# often the heart-risk work-up (cholesterol, fasting glucose, exercise test findings), and sometimes an allergy or
# a problem-list entry. Everything goes through the REST API as the hospital's demo nurse and doctor, so it is
# validated, versioned and emits events like real work. --seed makes a run repeatable. Prints progress, never PHI.
set -euo pipefail

# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

main() {
    local patients=100 threads=4 seed=$RANDOM
    while (($#)); do
        case $1 in
        --patients) patients=${2:?--patients needs a number}; shift 2 ;;
        --threads) threads=${2:?--threads needs a number}; shift 2 ;;
        --seed) seed=${2:?--seed needs a number}; shift 2 ;;
        *) ehr_die "unknown option '$1'." "Usage: ./ehr seed [--patients N] [--threads T] [--seed S]" ;;
        esac
    done
    [[ $patients =~ ^[0-9]+$ && $threads =~ ^[1-9][0-9]?$ && $seed =~ ^[0-9]+$ ]] ||
        ehr_die "--patients, --threads and --seed take whole numbers (threads 1-99)."
    ehr_load_network
    ehr_select_hospitals
    local id targets=()
    for id in "${SELECTED[@]}"; do
        ehr_hosp "$id"
        [[ $(ehr_http_code "$H_URL/health/ready") == 200 ]] ||
            ehr_die "$id is not ready on port $H_HTTP." "Start the network first: ./ehr up"
        [[ -r $H_USERS_FILE ]] || ehr_die "no demo logins for $id in $H_USERS_FILE." "Run ./ehr up first."
        targets+=("$id=$H_URL/=$H_USERS_FILE")
    done
    ehr_run_client seed.SeedCommand "$patients" "$threads" "$seed" "${targets[@]}"
}

main "$@"

#!/usr/bin/env bash
# Summary: start the hospitals (build, databases, Payara domains, deploy) and wait until they are ready
# Usage: ./ehr up [--instances N]
#
# Builds the EAR when sources changed, unpacks Payara once, and for each hospital (EHR_HOSPITALS, default all in
# server-config/hospitals.conf), in parallel: starts its private MariaDB (unless EHR_DB_URL_<id> is set), creates
# the database, creates and starts its Payara domain, sets its configuration (a changed configuration restarts the
# domain) and deploys the EAR (only when it changed). Then waits for /health/ready (EHR_READY_TIMEOUT, default 240 s)
# and prints the URLs.
# Running it again is quick and changes nothing. On failure it stops what this run started (keep it for debugging
# with EHR_KEEP_ON_FAILURE=1). EHR_SKIP_DEPLOY=1 stops after configuring the domains (debugging aid).
# --instances N (1-4) runs each selected hospital as N server instances of its domain sharing its database, with its
# broker as a process of its own; remembered until the next --instances (docs/cluster.md). Instance k answers on
# the ports of portbase hospital base + 100 k; the hospital's URL is its first instance's.
set -euo pipefail

# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

INSTANCES=""
while (($#)); do
    case $1 in
        --instances)
            [[ ${2:-} =~ ^[1-4]$ ]] || ehr_die "--instances takes a number from 1 to 4 (got '${2:-}')."
            INSTANCES=$2
            shift 2
            ;;
        *) ehr_die "unknown argument '$1'." "Usage: ./ehr up [--instances N]; select hospitals with EHR_HOSPITALS=\"hospA hospB\"." ;;
    esac
done

SKIP_DEPLOY=${EHR_SKIP_DEPLOY:-0}
RUN_DIR=""
JOBS=()
UP_STARTED=$(ehr_now)
NEW_LOGINS=()

# ---------------------------------------------------------------------------------------------------------------------
# Rollback: the jobs mark each component just before starting it, in $RUN_DIR; a failed run stops exactly those.

on_exit() {
    local status=$?
    trap - EXIT INT TERM
    local pid
    for pid in "${JOBS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if ((status != 0)) && [[ -n $RUN_DIR && -d $RUN_DIR ]]; then
        rollback
    fi
    [[ -n $RUN_DIR ]] && rm -rf -- "$RUN_DIR"
    exit "$status"
}

rollback() {
    local id pids=()
    shopt -s nullglob
    local markers=("$RUN_DIR"/started-*)
    shopt -u nullglob
    ((${#markers[@]} > 0)) || return 0
    if [[ ${EHR_KEEP_ON_FAILURE:-0} == 1 ]]; then
        ehr_warn "EHR_KEEP_ON_FAILURE=1: leaving what this run started running; stop it with ./ehr down"
        return 0
    fi
    printf 'ehr: stopping what this run started\n' >&2
    for id in "${SELECTED[@]}"; do
        (rollback_hospital "$id") &
        pids+=($!)
    done
    for id in "${pids[@]}"; do
        wait "$id" || true
    done
}

# Stop the domain, then the database, of one hospital if this run started them.
rollback_hospital() {
    local id=$1
    export EHR_TAG=$id
    ehr_hosp "$id"
    if [[ -e $RUN_DIR/started-domain-$id ]]; then
        "$EHR_BIN/payara.sh" stop "$id" >&2 || true
    fi
    if [[ -e $RUN_DIR/started-broker-$id ]]; then
        "$EHR_BIN/broker.sh" stop "$id" >&2 || true
    fi
    if [[ -e $RUN_DIR/started-db-$id ]]; then
        "$EHR_BIN/mariadb-private.sh" stop "$H_DATADIR" >&2 || true
    fi
}

trap on_exit EXIT
trap 'printf "\nehr: interrupted\n" >&2; exit 130' INT
trap 'printf "ehr: terminated\n" >&2; exit 143' TERM

# ---------------------------------------------------------------------------------------------------------------------
# Steps run once, before the hospitals

check_tools() {
    ehr_require_cmd java openjdk-17-jdk-headless
    ehr_require_cmd curl curl
    ehr_require_cmd openssl openssl
    ehr_require_cmd flock util-linux
    ehr_require_cmd setsid util-linux
    ehr_require_cmd sha256sum coreutils
}

build_if_needed() {
    if [[ $SKIP_DEPLOY == 1 ]]; then
        ehr_say "EHR_SKIP_DEPLOY=1: not building or deploying the EAR"
        return 0
    fi
    if [[ ${EHR_SKIP_BUILD:-0} == 1 ]]; then
        [[ -f $EHR_EAR ]] ||
            ehr_die "EHR_SKIP_BUILD=1 but there is no EAR at $EHR_EAR." "Build it, or unset EHR_SKIP_BUILD."
        return 0
    fi
    local changed
    changed=$(ehr_ear_source_change)
    [[ -n $changed ]] || return 0
    ehr_say "building the EAR (newer than the EAR: ${changed#"$EHR_ROOT"/})"
    local started
    started=$(ehr_now)
    ehr_build_ear
    ehr_say "built $EHR_EAR ($(ehr_elapsed "$started") s)"
}

# Refuse to start anything when a port a stopped component needs is taken. Components already running are ours.
check_ports() {
    local id port users problems=()
    for id in "${SELECTED[@]}"; do
        ehr_hosp "$id"
        local ports=()
        if ! ehr_domain_pid >/dev/null; then
            # shellcheck disable=SC2206 # H_PAYARA_PORTS is a list of numbers
            ports+=($H_PAYARA_PORTS "$H_BROKER")
        fi
        if ((H_DB_PRIVATE)) && ! ehr_db_pid >/dev/null; then
            ports+=("$H_DBPORT")
        fi
        for port in "${ports[@]}"; do
            users=$(ehr_port_users "$port")
            [[ -z $users ]] || problems+=("$id needs port $port, which is in use by $users")
        done
    done
    ((${#problems[@]} == 0)) && return 0
    printf 'ehr: error: ports are taken; nothing was started:\n' >&2
    printf '  %s\n' "${problems[@]}" >&2
    local other=$((EHR_PORT_BASE + 5000))
    ((other <= 55000)) || other=$((EHR_PORT_BASE - 10000))
    printf '  Stop those processes, or use other ports: EHR_PORT_BASE=%s ./ehr up (hospitals use +0, +1000, +2000)\n' \
        "$other" >&2
    exit 1
}

# Demo logins "username:role:password", created once per hospital; printed at the end of the run that made them.
ensure_demo_users() {
    local id=$1 role prefix lines=""
    ehr_hosp "$id"
    [[ -s $H_USERS_FILE ]] && return 0
    ehr_private_dir "$H_SECRET_DIR"
    for role in doctor:dr nurse:nurse pharmacist:pharm admin:admin; do
        prefix=${role#*:}
        lines+="$prefix.$H_LETTER:${role%%:*}:$(ehr_rand_alnum 16)"$'\n'
    done
    printf '%s' "$lines" | ehr_write_private "$H_USERS_FILE"
    NEW_LOGINS+=("$id")
}

# provided_channel: EHR_CHANNEL_CEREMONY=external — the network's channel material was made elsewhere, once, by whoever
# holds the network's CA (channel-keys.sh on an administrator's machine), and each selected hospital was given its own
# directory of it and the network keys file (a Kubernetes secret, a copied folder). Nothing is made here.
provided_channel() {
    local id file
    [[ -s $EHR_CHANNEL/network-keys ]] ||
        ehr_die "EHR_CHANNEL_CEREMONY=external, but $EHR_CHANNEL/network-keys is missing." \
            "Copy the network keys file made with the network's channel material there."
    for id in "${SELECTED[@]}"; do
        for file in store-password broker-keystore.p12 broker-truststore.p12 signing-key.pem node-password \
            broker-logins broker-accounts; do
            [[ -s $EHR_CHANNEL/$id/$file ]] ||
                ehr_die "EHR_CHANNEL_CEREMONY=external, but $EHR_CHANNEL/$id/$file is missing." \
                    "Give $id its directory of the network's channel material (docs/operations.md)."
        done
    done
}

prepare_files() {
    local id
    ehr_private_dir "$EHR_WORK/secrets"
    ehr_private_dir "$EHR_WORK/keys"
    ehr_private_dir "$EHR_WORK/broker"
    mkdir -p -- "$EHR_WORK/logs"
    if [[ ${EHR_CHANNEL_CEREMONY:-here} == external ]]; then
        provided_channel
    else
        # Every hospital of the network, started or not: each needs the others' logins and public keys.
        "$EHR_BIN/channel-keys.sh" "$EHR_CHANNEL" "${NET_IDS[@]}" | sed 's/^/ehr: /'
    fi
    for id in "${SELECTED[@]}"; do
        ehr_hosp "$id"
        "$EHR_BIN/dev-keys.sh" "$H_KEY_DIR"
        ehr_private_dir "$H_BROKER_DIR"
        ((H_DB_PRIVATE)) && ehr_db_password >/dev/null && ehr_db_owner_password >/dev/null
        ensure_demo_users "$id"
    done
}

# ---------------------------------------------------------------------------------------------------------------------
# One hospital, run as a background job

up_hospital() {
    local id=$1
    export EHR_TAG=$id
    ehr_hosp "$id"
    if ((H_DB_PRIVATE)); then
        ehr_db_pid >/dev/null || touch -- "$RUN_DIR/started-db-$id"
        "$EHR_BIN/mariadb-private.sh" start "$H_DATADIR" "$H_DBPORT"
        printf '%s\n%s\n' "$(ehr_db_password)" "$(ehr_db_owner_password)" |
            "$EHR_BIN/mariadb-private.sh" ensure-db "$H_DATADIR" "$H_DBPORT" "$H_DB_NAME" "$H_DB_USER" - "$H_DB_OWNER" -
    else
        ehr_say "using the database $H_DB_URL (EHR_DB_URL_$id)"
    fi
    if ((H_INSTANCES > 1)); then
        "$EHR_BIN/broker.sh" running "$id" || touch -- "$RUN_DIR/started-broker-$id"
        "$EHR_BIN/broker.sh" start "$id"
    else
        "$EHR_BIN/broker.sh" stop "$id"
    fi
    "$EHR_BIN/payara.sh" create "$id"
    ehr_domain_pid >/dev/null || touch -- "$RUN_DIR/started-domain-$id"
    "$EHR_BIN/payara.sh" start "$id"
    "$EHR_BIN/payara.sh" configure "$id"
    if [[ $SKIP_DEPLOY != 1 ]]; then
        "$EHR_BIN/payara.sh" deploy "$id" "$EHR_EAR"
    fi
}

run_hospitals() {
    local id i failed=()
    JOBS=()
    for id in "${SELECTED[@]}"; do
        (up_hospital "$id") &
        JOBS+=($!)
    done
    for i in "${!JOBS[@]}"; do
        wait "${JOBS[$i]}" || failed+=("${SELECTED[$i]}")
    done
    JOBS=()
    ((${#failed[@]} == 0)) ||
        ehr_die "Starting ${failed[*]} failed (see the messages above; logs in $EHR_WORK/logs)."
}

# ---------------------------------------------------------------------------------------------------------------------
# Readiness

# remember_instances: the number of instances asked for, kept for every later command; refused while a hospital runs
# with another number (stop it first).
remember_instances() {
    [[ -n $INSTANCES ]] || return 0
    local id
    ehr_private_dir "$EHR_WORK/cluster"
    for id in "${SELECTED[@]}"; do
        ehr_hosp "$id"
        ((H_INSTANCES == INSTANCES)) && continue
        ! ehr_domain_pid >/dev/null ||
            ehr_die "$id runs as $H_INSTANCES instance(s); stop it before changing that: ./ehr down, then ./ehr up --instances $INSTANCES"
        # Its application is deployed to the instances' group; the way back to one server is a new domain (the
        # database, the broker's journal and the secrets are kept).
        ((H_INSTANCES == 1 || INSTANCES > 1)) ||
            ehr_die "$id runs as $H_INSTANCES instances; going back to one server is not supported in place." \
                "With $id stopped, remove $H_DOMAIN_DIR and $H_INSTANCES_FILE, then ./ehr up: a new domain starts on the same database, broker journal and secrets."
        printf '%s\n' "$INSTANCES" >"$H_INSTANCES_FILE"
    done
}

wait_ready() {
    local id code deadline=$((SECONDS + EHR_READY_TIMEOUT)) next_report=$((SECONDS + 15))
    local -A last=()
    local pending=("${SELECTED[@]}")
    ehr_say "waiting for /health/ready (up to $EHR_READY_TIMEOUT s)"
    while ((${#pending[@]} > 0)); do
        local still=()
        for id in "${pending[@]}"; do
            ehr_hosp "$id"
            code=$(ehr_ready_code)
            if [[ $code == 200 ]]; then
                printf '[%s] ready after %s s\n' "$id" "$(ehr_elapsed "$UP_STARTED")"
            else
                last[$id]=$code
                still+=("$id")
            fi
        done
        pending=("${still[@]}")
        ((${#pending[@]} > 0)) || break
        if ((SECONDS >= deadline)); then
            for id in "${pending[@]}"; do
                ehr_hosp "$id"
                ehr_tail "$H_DOMAIN_DIR/logs/server.log" 40
                printf 'ehr: [%s] not ready: /health/ready answered HTTP %s\n' "$id" "${last[$id]}" >&2
            done
            ehr_die "Not ready within $EHR_READY_TIMEOUT s: ${pending[*]}." \
                "Read the server logs (above: the last lines), e.g. $EHR_DOMAINS/${pending[0]}/logs/server.log" \
                "A slow machine may need more time: EHR_READY_TIMEOUT=600 ./ehr up"
        fi
        if ((SECONDS >= next_report)); then
            local report=()
            for id in "${pending[@]}"; do report+=("$id (HTTP ${last[$id]})"); done
            printf '  still waiting after %s s: %s\n' "$(ehr_elapsed "$UP_STARTED")" "${report[*]}"
            next_report=$((SECONDS + 15))
        fi
        sleep 1
    done
}

# ---------------------------------------------------------------------------------------------------------------------
# Summary

print_summary() {
    local id
    printf '\n%-7s %-28s %-46s %-26s %s\n' HOSPITAL NAME API UI "ADMIN CONSOLE"
    for id in "${SELECTED[@]}"; do
        ehr_hosp "$id"
        printf '%-7s %-28s %-46s %-26s %s\n' "$id" "$H_NAME" "$H_URL/api/v1/hospital" \
            "$H_URL/signin.xhtml" "https://$EHR_ADDRESS:$H_ADMIN/"
        if ((H_INSTANCES > 1)); then
            local k urls=()
            for ((k = 1; k <= H_INSTANCES; k++)); do urls+=("$(ehr_instance_name "$k") $(ehr_instance_url "$k")"); done
            printf '        instances: %s; broker process on port %s\n' "${urls[*]}" "$H_BROKER"
        fi
    done
    printf '\nAdmin consoles: user admin, password in %s/<hospital>/admin-password. Stop everything with: ./ehr down\n' \
        "$EHR_WORK/secrets"
    if ((${#NEW_LOGINS[@]} > 0)); then
        printf '\nDemo logins (shown once; saved in mode-600 files):\n'
        for id in "${NEW_LOGINS[@]}"; do
            ehr_hosp "$id"
            printf '  %s: %s\n' "$id" "$H_USERS_FILE"
            awk -F: '{ printf "    %-14s %-11s %s\n", $1, $2, $3 }' "$H_USERS_FILE"
        done
    fi
    local saved=()
    for id in "${SELECTED[@]}"; do
        [[ " ${NEW_LOGINS[*]} " == *" $id "* ]] && continue
        ehr_hosp "$id"
        saved+=("$H_USERS_FILE")
    done
    if ((${#saved[@]} > 0)); then
        printf '\nDemo logins (username:role:password) are saved in:\n'
        printf '  %s\n' "${saved[@]}"
    fi
}

main() {
    check_tools
    ehr_load_network
    ehr_select_hospitals
    ehr_lock
    remember_instances
    check_ports
    build_if_needed
    "$EHR_BIN/payara.sh" install
    check_ports
    prepare_files
    RUN_DIR=$(mktemp -d "$EHR_WORK/.up-run.XXXXXX")
    ehr_say "starting ${SELECTED[*]} (work dir $EHR_WORK, port base $EHR_PORT_BASE)"
    run_hospitals
    if [[ $SKIP_DEPLOY == 1 ]]; then
        ehr_say "EHR_SKIP_DEPLOY=1: domains configured, nothing deployed, not waiting for readiness"
    else
        wait_ready
    fi
    print_summary
}

main

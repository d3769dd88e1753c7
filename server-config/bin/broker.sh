#!/usr/bin/env bash
# The broker of a hospital run as several server instances (./ehr up --instances N): a process of its own
# (org.medmesh.sync.infrastructure.broker.HospitalBrokerMain), configured exactly as the broker a single node embeds
# - same journal directory, port, TLS acceptor, accounts, queues and bridges - so a hospital can switch between the two
# and keep what its broker holds. Every command is idempotent.
set -euo pipefail

# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
    cat <<'EOF'
Usage: broker.sh COMMAND HOSPITAL
  start HOSPITAL     start the hospital's broker process unless it runs; waits until it listens
  stop HOSPITAL      stop it (SIGTERM: the broker closes its journal), if it runs
  running HOSPITAL   exit 0 when it runs
EOF
}

BROKER_MAIN=org.medmesh.sync.infrastructure.broker.HospitalBrokerMain
EHR_BROKER_HEAP=${EHR_BROKER_HEAP:-256m}

load_hospital() {
    [[ -n ${1:-} ]] || { usage >&2; exit 2; }
    ehr_load_network
    ehr_hosp "$1"
    EHR_TAG=${EHR_TAG:-$1}
    BROKER_LOG="$EHR_WORK/logs/$H_ID-broker.log"
    BROKER_PROPERTIES="$H_SECRET_DIR/broker.properties"
}

broker_pid() {
    local pid
    pid=$(cat -- "$H_BROKER_PIDFILE" 2>/dev/null) || return 1
    ehr_pid_has_arg "$pid" "$BROKER_MAIN" && ehr_pid_has_arg "$pid" "$BROKER_PROPERTIES" || return 1
    printf '%s' "$pid"
}

# The node's properties the broker needs, secrets as values: a file only this user may read.
write_properties() {
    local peer
    {
        printf 'hospital.id=%s\n' "$H_ID"
        printf 'hospital.peers=%s\n' "$(ehr_peers "$H_ID")"
        printf 'hospital.broker.host=%s\nhospital.broker.port=%s\n' "$EHR_ADDRESS" "$H_BROKER"
        printf 'hospital.broker.data-dir=%s\n' "$H_BROKER_DIR"
        printf 'hospital.broker.keystore=%s\n' "$H_CHANNEL_DIR/broker-keystore.p12"
        printf 'hospital.broker.truststore=%s\n' "$H_CHANNEL_DIR/broker-truststore.p12"
        printf 'hospital.broker.keystore-password=%s\n' "$(ehr_channel_secret store)"
        printf 'hospital.broker.truststore-password=%s\n' "$(ehr_channel_secret store)"
        printf 'hospital.broker.node-password=%s\n' "$(ehr_channel_secret node)"
        while IFS= read -r peer; do
            printf 'hospital.broker.peer.%s.login=%s\n' "$peer" "$(ehr_channel_secret login "$peer")"
            printf 'hospital.broker.peer.%s.account=%s\n' "$peer" "$(ehr_channel_secret account "$peer")"
        done < <(ehr_peer_ids "$H_ID")
    } | ehr_write_private "$BROKER_PROPERTIES"
}

cmd_start() {
    load_hospital "${1:-}"
    local pid classpath deadline
    if pid=$(broker_pid); then
        ehr_say "broker already running (pid $pid)"
        return 0
    fi
    ehr_require_cmd java openjdk-17-jdk-headless
    classpath=$(ehr_module_classpath ehr-sync broker.classpath ehr-domain)
    ehr_private_dir "$H_BROKER_DIR"
    write_properties
    mkdir -p -- "$EHR_WORK/logs"
    printf '\n--- broker start %s\n' "$(date -u +%FT%TZ)" >>"$BROKER_LOG"
    # setsid: the broker gets its own session, so closing the terminal or Ctrl-C later does not reach it.
    setsid java "-Xmx$EHR_BROKER_HEAP" -Djava.util.logging.SimpleFormatter.format='%1$tFT%1$tT %4$s %3$s: %5$s%6$s%n' \
        -cp "$classpath" "$BROKER_MAIN" "$BROKER_PROPERTIES" </dev/null >>"$BROKER_LOG" 2>&1 9>&- &
    pid=$!
    printf '%s\n' "$pid" >"$H_BROKER_PIDFILE"
    deadline=$((SECONDS + 60))
    until [[ -n $(ehr_port_users "$H_BROKER") ]] && tail -n 50 -- "$BROKER_LOG" | grep -q 'broker ready'; do
        if ! kill -0 "$pid" 2>/dev/null; then
            ehr_tail "$BROKER_LOG" 30
            ehr_die "the broker of $H_ID stopped while starting (log: $BROKER_LOG)."
        fi
        ((SECONDS < deadline)) || { ehr_tail "$BROKER_LOG" 30; ehr_die "the broker of $H_ID is not up after 60 s."; }
        sleep 0.2
    done
    ehr_say "broker started (pid $pid, port $H_BROKER, log $BROKER_LOG)"
}

cmd_stop() {
    load_hospital "${1:-}"
    local pid deadline
    pid=$(broker_pid) || { rm -f -- "$H_BROKER_PIDFILE"; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    deadline=$((SECONDS + 30))
    while kill -0 "$pid" 2>/dev/null; do
        if ((SECONDS >= deadline)); then
            ehr_warn "the broker of $H_ID (pid $pid) did not stop within 30 s; killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
        sleep 0.2
    done
    rm -f -- "$H_BROKER_PIDFILE"
    ehr_say "broker stopped (pid $pid)"
}

cmd_running() {
    load_hospital "${1:-}"
    broker_pid >/dev/null
}

main() {
    local cmd=${1:-}
    (($# > 0)) && shift
    case $cmd in
        start) cmd_start "$@" ;;
        stop) cmd_stop "$@" ;;
        running) cmd_running "$@" ;;
        help | -h | --help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"

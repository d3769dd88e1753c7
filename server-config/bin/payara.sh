#!/usr/bin/env bash
# Payara Server for the launcher: unpack it once, and create, start, configure, deploy to and stop one domain per
# hospital under $EHR_WORK/domains. Every command is idempotent.
set -euo pipefail

# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=payara-cluster.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/payara-cluster.sh"

usage() {
    cat <<'EOF'
Usage: payara.sh COMMAND [HOSPITAL]
  install              unpack Payara Server into $EHR_WORK/payara6 (fetches the zip with Maven when missing)
  create HOSPITAL      create the hospital's domain (its own admin and master passwords, --portbase from
                       hospitals.conf)
  start HOSPITAL       start the domain unless it runs
  configure HOSPITAL   secure the domain's admin plane and listeners (once), set the hospital's system properties
                       and Hazelcast cluster; restarts the domain when it changes an earlier configuration; for a
                       hospital of several instances, makes and starts them (payara-cluster.sh)
  deploy HOSPITAL EAR  deploy EAR as application 'medmesh' at / unless the same EAR is deployed
  stop HOSPITAL        stop the domain if it runs
  running HOSPITAL     exit 0 when the domain runs
  members HOSPITAL     the members of the hospital's data grid (Hazelcast), as the domain sees them
EOF
}

DB_PASSWORD_ALIAS=medmesh-db-password
DB_OWNER_PASSWORD_ALIAS=medmesh-db-owner-password
ANALYTICS_KEY_ALIAS=medmesh-analytics-pseudonym-key
STORE_PASSWORD_ALIAS=medmesh-broker-store-password
NODE_PASSWORD_ALIAS=medmesh-broker-node-password
BACKUP_KEY_ALIAS=medmesh-backup-key
# A domain made before its admin plane was secured has only the old marker; it is made again (it holds no data).
CREATED_MARKER=.medmesh-created-2
UNSECURED_MARKER=.medmesh-created
SECURED_MARKER=.medmesh-secured
CONFIG_STAMP=medmesh-config.sha256
DEPLOY_STAMP=medmesh-deployed.sha256

# asadmin ARGS...: run asadmin non-interactively as the domain's administrator, its output appended to the hospital's
# launcher log. The passwords come from a mode-600 file (PWFILE when set, else the hospital's), never argv.
asadmin() {
    printf '\n$ asadmin %s\n' "$*" >>"$H_LOG"
    as_admin "$@" >>"$H_LOG" 2>&1
}

as_admin() {
    "$ASADMIN" --interactive=false --user admin --passwordfile "${PWFILE:-$H_PASSWORDS}" "$@"
}

# remote ARGS...: asadmin against the hospital's running domain (at the configured address: nothing listens on *).
remote() { asadmin --host "$EHR_ADDRESS" --port "$H_ADMIN" "$@"; }

# remote_output ARGS...: a remote command's output, for reading.
remote_output() { as_admin --host "$EHR_ADDRESS" --port "$H_ADMIN" "$@" 2>&1; }

# write_passwords FILE [LINE...]: the asadmin password file: the administrator's and the master password, and any
# further AS_ADMIN_* lines.
write_passwords() {
    local file=$1
    shift
    ehr_private_dir "$H_SECRET_DIR"
    {
        printf 'AS_ADMIN_PASSWORD=%s\n' "$(ehr_admin_password)"
        printf 'AS_ADMIN_MASTERPASSWORD=%s\n' "$(ehr_master_password)"
        (($# == 0)) || printf '%s\n' "$@"
    } | ehr_write_private "$file"
}

fail_with_log() {
    ehr_tail "$H_LOG" 15
    ehr_die "$@"
}

need_payara() {
    [[ -x $ASADMIN ]] || ehr_die "Payara is not unpacked in $PAYARA_HOME." "Run: ./ehr up"
}

# Each hospital command needs the hospital's settings and a log file.
load_hospital() {
    [[ -n ${1:-} ]] || { usage >&2; exit 2; }
    ehr_load_network
    ehr_hosp "$1"
    EHR_TAG=${EHR_TAG:-$1}
    mkdir -p -- "$EHR_WORK/logs"
    H_PASSWORDS="$H_SECRET_DIR/.asadmin-passwords"
    write_passwords "$H_PASSWORDS"
}

cmd_install() {
    if [[ -x $ASADMIN ]]; then
        return 0
    fi
    ehr_require_cmd unzip unzip
    if [[ ! -f $EHR_PAYARA_ZIP && $EHR_PAYARA_ZIP != "$EHR_PAYARA_ZIP_DEFAULT" ]]; then
        ehr_die "EHR_PAYARA_ZIP=$EHR_PAYARA_ZIP does not exist." "Unset it to use (and fetch) $EHR_PAYARA_ZIP_DEFAULT"
    fi
    if [[ ! -f $EHR_PAYARA_ZIP ]]; then
        local mvn=mvn artifact="fish.payara.distributions:payara:$EHR_PAYARA_VERSION:zip"
        [[ -x $EHR_ROOT/mvnw ]] && mvn="$EHR_ROOT/mvnw"
        command -v "$mvn" >/dev/null 2>&1 ||
            ehr_die "Payara's zip $EHR_PAYARA_ZIP is missing and Maven is not installed." \
                "Install Maven (apt-get install -y maven), or download the zip and set EHR_PAYARA_ZIP."
        ehr_say "fetching Payara Server $EHR_PAYARA_VERSION from Maven Central (170 MB)"
        # The explicit local repository puts the zip where EHR_PAYARA_ZIP_DEFAULT looks for it.
        (cd "$EHR_ROOT" && "$mvn" -q dependency:get -Dartifact="$artifact" \
            -Dmaven.repo.local="$HOME/.m2/repository") ||
            ehr_die "Could not fetch $artifact." "Check network access to Maven Central, or set EHR_PAYARA_ZIP."
        [[ -f $EHR_PAYARA_ZIP ]] || ehr_die "Maven fetched $artifact but $EHR_PAYARA_ZIP is missing." \
            "Is your local repository elsewhere? Set EHR_PAYARA_ZIP to the zip's path."
    fi
    ehr_say "unpacking Payara Server $EHR_PAYARA_VERSION into $PAYARA_HOME"
    local tmp="$EHR_WORK/.payara-unpack.$$"
    rm -rf -- "$tmp"
    mkdir -p -- "$tmp"
    unzip -q "$EHR_PAYARA_ZIP" -d "$tmp" || { rm -rf -- "$tmp"; ehr_die "Could not unzip $EHR_PAYARA_ZIP."; }
    [[ -x $tmp/payara6/bin/asadmin ]] || { rm -rf -- "$tmp"; ehr_die "$EHR_PAYARA_ZIP holds no payara6/bin/asadmin."; }
    mv -- "$tmp/payara6" "$PAYARA_HOME"
    rm -rf -- "$tmp"
}

cmd_create() {
    load_hospital "${1:-}"
    need_payara
    if [[ -f $H_DOMAIN_DIR/$UNSECURED_MARKER && ! -f $H_DOMAIN_DIR/$CREATED_MARKER ]]; then
        ehr_say "domain $H_ID has no admin password (made by an older launcher): making it again; data is kept"
        stop_unsecured_domain
    fi
    if [[ -f $H_DOMAIN_DIR/$CREATED_MARKER ]]; then
        local port
        port=$(grep -oE 'port="[0-9]+" name="admin-listener"' "$H_DOMAIN_DIR/config/domain.xml" | grep -oE '[0-9]+')
        [[ -z $port || $port == "$H_ADMIN" ]] ||
            ehr_die "domain $H_ID was created with admin port $port, but EHR_PORT_BASE=$EHR_PORT_BASE gives $H_ADMIN." \
                "Use the EHR_PORT_BASE it was created with, or recreate it: ./ehr down --purge"
        return 0
    fi
    # A domain directory without the marker is the remains of an interrupted create-domain.
    rm -rf -- "$H_DOMAIN_DIR"
    ehr_private_dir "$EHR_DOMAINS"
    local started
    started=$(ehr_now)
    asadmin create-domain --savemasterpassword=false --portbase "$H_BASE" --domaindir "$EHR_DOMAINS" "$H_ID" ||
        fail_with_log "create-domain $H_ID failed."
    touch -- "$H_DOMAIN_DIR/$CREATED_MARKER"
    ehr_say "domain created in $H_DOMAIN_DIR ($(ehr_elapsed "$started") s)"
}

# stop_unsecured_domain: stop a domain of the old launcher (no admin password) if it runs; a local kill, as its admin
# account takes no password.
stop_unsecured_domain() {
    local pid
    pid=$(ehr_domain_pid) || return 0
    "$ASADMIN" --interactive=false stop-domain --kill=true --domaindir "$EHR_DOMAINS" "$H_ID" >>"$H_LOG" 2>&1 || true
    local deadline=$((SECONDS + 60))
    while kill -0 "$pid" 2>/dev/null; do
        ((SECONDS < deadline)) || fail_with_log "Domain $H_ID (pid $pid) is still running after stop-domain."
        sleep 0.2
    done
}

# A Payara boot now and then dies of a race inside the server (an HK2 ConcurrentModificationException while
# GrizzlyService starts; reported upstream for GlassFish and Payara, seen here about once in dozens of boots) and then
# never answers. So a start waits at most EHR_START_TIMEOUT seconds (default 180) and, when it fails, the half-started
# server is killed and started once more.
EHR_START_TIMEOUT=${EHR_START_TIMEOUT:-180}

cmd_start() {
    load_hospital "${1:-}"
    need_payara
    local pid started
    if pid=$(ehr_domain_pid); then
        ehr_say "domain already running (pid $pid)"
        return 0
    fi
    [[ -f $H_DOMAIN_DIR/$CREATED_MARKER ]] || ehr_die "Domain $H_ID does not exist." "Run: ./ehr up"
    started=$(ehr_now)
    if ! start_domain; then
        ehr_tail "$H_DOMAIN_DIR/logs/server.log" 30
        ehr_warn "start-domain $H_ID failed; killing what started and trying once more"
        kill_domain_jvms
        start_domain || fail_with_log "start-domain $H_ID failed twice."
    fi
    pid=$(ehr_domain_pid) || fail_with_log "start-domain $H_ID reported success but the domain is not running."
    ehr_say "domain started (pid $pid, admin port $H_ADMIN, $(ehr_elapsed "$started") s)"
}

start_domain() {
    printf '\n$ asadmin start-domain --timeout %s --domaindir %s %s\n' "$EHR_START_TIMEOUT" "$EHR_DOMAINS" "$H_ID" \
        >>"$H_LOG"
    # setsid: the server gets its own session, so closing the terminal or Ctrl-C later does not reach it.
    # MALLOC_ARENA_MAX: glibc gives each busy thread an arena of its own (up to 8 per core), each keeping what it
    # freed; two hold the server's native allocations with less memory left behind.
    MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" \
        setsid -w "$ASADMIN" --interactive=false --user admin --passwordfile "$H_PASSWORDS" \
        start-domain --timeout "$EHR_START_TIMEOUT" --domaindir "$EHR_DOMAINS" "$H_ID" \
        </dev/null >>"$H_LOG" 2>&1 9>&-
}

# domain_jvm_pids: the server JVMs of this domain, found by their instance root (a server that hangs in its boot has
# written no pid file yet).
domain_jvm_pids() {
    pgrep -f -- "-Dcom.sun.aas.instanceRoot=$H_DOMAIN_DIR( |$)" || true
}

kill_domain_jvms() {
    local pid deadline=$((SECONDS + 30))
    for pid in $(domain_jvm_pids); do
        kill -9 "$pid" 2>/dev/null || true
    done
    while [[ -n $(domain_jvm_pids) ]]; do
        ((SECONDS < deadline)) || fail_with_log "The server of $H_ID does not die."
        sleep 0.2
    done
}

cmd_stop() {
    load_hospital "${1:-}"
    local pid
    ((H_INSTANCES == 1)) || cluster_stop
    if ! pid=$(ehr_domain_pid); then
        if [[ -n $(domain_jvm_pids) ]]; then
            ehr_warn "a server of $H_ID without a pid file (a boot that hung) is running: killing it"
            kill_domain_jvms
        fi
        ehr_say "domain not running"
        return 0
    fi
    need_payara
    if ! asadmin stop-domain --domaindir "$EHR_DOMAINS" "$H_ID"; then
        ehr_warn "stop-domain $H_ID failed; retrying with --kill=true (see $H_LOG)"
        asadmin stop-domain --kill=true --domaindir "$EHR_DOMAINS" "$H_ID" || true
    fi
    local deadline=$((SECONDS + 60))
    while kill -0 "$pid" 2>/dev/null; do
        ((SECONDS < deadline)) || fail_with_log "Domain $H_ID (pid $pid) is still running after stop-domain."
        sleep 0.2
    done
    ehr_say "domain stopped (pid $pid)"
}

cmd_running() {
    load_hospital "${1:-}"
    ehr_domain_pid >/dev/null
}

cmd_members() {
    load_hospital "${1:-}"
    ehr_domain_pid >/dev/null || return 1
    remote_output list-hazelcast-cluster-members
}

# Escape a value for create-system-properties, whose operand is name=value[:name=value]* with \ as escape.
sysprop_escape() {
    local v=${1//\\/\\\\}
    v=${v//:/\\:}
    printf '%s' "${v//=/\\=}"
}

# sysprops_operand PROPS: create-system-properties' operand for the name=value lines of PROPS.
sysprops_operand() {
    local line operand=""
    while IFS= read -r line; do
        operand+="${operand:+:}${line%%=*}=$(sysprop_escape "${line#*=}")"
    done <<<"$1"
    printf '%s' "$operand"
}

# The MicroProfile Config properties of the hospital (the contract with the EAR, listed with their defaults in
# org.medmesh.platform.config.HospitalProperty; HospitalPropertyTest checks every name here is one of them), one
# name=value per line. The secrets are password aliases, which Payara resolves when it sets the system property.
desired_properties() {
    cat <<EOF
hospital.id=$H_ID
hospital.name=$H_NAME
hospital.peers=$(ehr_peers "$H_ID")
hospital.db.url=$H_DB_URL
hospital.db.user=$H_DB_USER
hospital.db.password=\${ALIAS=$DB_PASSWORD_ALIAS}
EOF
    [[ -z $H_DB_OWNER ]] || cat <<EOF
hospital.db.owner.user=$H_DB_OWNER
hospital.db.owner.password=\${ALIAS=$DB_OWNER_PASSWORD_ALIAS}
EOF
    cat <<EOF
hospital.public-url=$H_URL
hospital.broker.embedded=$( ((H_INSTANCES == 1)) && echo true || echo false)
hospital.broker.host=$EHR_ADDRESS
hospital.broker.port=$H_BROKER
hospital.broker.data-dir=$H_BROKER_DIR
hospital.jwt.private-key.location=$H_KEY_DIR/jwt-private.pem
hospital.jwt.public-key.location=$H_KEY_DIR/jwt-public.pem
hospital.jwt.issuer=$H_ISSUER
hospital.demo-users.file=$H_USERS_FILE
hospital.analytics.pseudonym-key=\${ALIAS=$ANALYTICS_KEY_ALIAS}
hospital.audit.chain-key=\${ALIAS=medmesh-audit-chain-key}
hospital.backup.dir=$H_BACKUP_DIR
hospital.backup.key=\${ALIAS=$BACKUP_KEY_ALIAS}
hospital.backup.interval-minutes=${EHR_BACKUP_INTERVAL_MINUTES:-1440}
hospital.cache.key=\${ALIAS=medmesh-cache-key}
hospital.metrics.token=\${ALIAS=medmesh-metrics-token}
hospital.broker.keystore=$H_CHANNEL_DIR/broker-keystore.p12
hospital.broker.keystore-password=\${ALIAS=$STORE_PASSWORD_ALIAS}
hospital.broker.truststore=$H_CHANNEL_DIR/broker-truststore.p12
hospital.broker.truststore-password=\${ALIAS=$STORE_PASSWORD_ALIAS}
hospital.broker.node-password=\${ALIAS=$NODE_PASSWORD_ALIAS}
hospital.sync.signing-key=$H_CHANNEL_DIR/signing-key.pem
hospital.sync.network-keys=$EHR_CHANNEL/network-keys
EOF
    local peer
    while IFS= read -r peer; do
        printf 'hospital.broker.peer.%s.login=${ALIAS=medmesh-broker-login-%s}\n' "$peer" "$peer"
        printf 'hospital.broker.peer.%s.account=${ALIAS=medmesh-broker-account-%s}\n' "$peer" "$peer"
    done < <(ehr_peer_ids "$H_ID")
}

# alias_secret ALIAS: the secret a password alias of the hospital holds (see desired_properties).
alias_secret() {
    case $1 in
        "$DB_PASSWORD_ALIAS") ehr_db_password ;;
        "$DB_OWNER_PASSWORD_ALIAS") ehr_db_owner_password ;;
        "$ANALYTICS_KEY_ALIAS") ehr_analytics_key ;;
        medmesh-audit-chain-key) ehr_audit_chain_key ;;
        medmesh-cache-key) ehr_cache_key ;;
        medmesh-metrics-token) ehr_metrics_token ;;
        "$BACKUP_KEY_ALIAS") ehr_backup_key ;;
        "$STORE_PASSWORD_ALIAS") ehr_channel_secret store ;;
        "$NODE_PASSWORD_ALIAS") ehr_channel_secret node ;;
        medmesh-broker-login-*) ehr_channel_secret login "${1#medmesh-broker-login-}" ;;
        medmesh-broker-account-*) ehr_channel_secret account "${1#medmesh-broker-account-}" ;;
        *) ehr_die "no secret for password alias $1" ;;
    esac
}

# used_aliases PROPS: the password aliases the properties name, one per line, each once.
used_aliases() {
    grep -oE '\$\{ALIAS=[^}]+\}' <<<"$1" | sed -E 's/^\$\{ALIAS=(.*)\}$/\1/' | sort -u
}

# set_password_alias ALIAS SECRET: store a secret (a database password, the analytics key) as a password alias; the
# secret goes through a mode-600 file, never argv.
set_password_alias() {
    local alias=$1 password=$2 verb=create-password-alias pwfile
    pwfile="$H_SECRET_DIR/.asadmin-alias.$$"
    # shellcheck disable=SC2064 # expand now: the file name is local
    trap "rm -f -- '$pwfile'" EXIT
    write_passwords "$pwfile" "AS_ADMIN_ALIASPASSWORD=${password//\\/\\\\}"
    local aliases
    aliases=$(remote_output list-password-aliases) ||
        fail_with_log "list-password-aliases failed for $H_ID: $aliases"
    # Payara keeps alias names in lower case (medmesh-broker-login-hospB is listed as ...-hospb).
    if [[ $'\n'${aliases,,}$'\n' == *$'\n'"${alias,,}"$'\n'* ]]; then
        verb=update-password-alias
    fi
    if ! PWFILE=$pwfile remote "$verb" "$alias"; then
        rm -f -- "$pwfile"
        fail_with_log "$verb $alias failed."
    fi
    rm -f -- "$pwfile"
}

# secure_admin_plane: once per domain, what a hospital's domain needs before it serves anyone: secure admin (the
# console and asadmin over TLS, with the password create set), JMX with authentication and TLS, every listener
# (HTTP, HTTPS, admin, IIOP, JMX) on EHR_ADDRESS, no Server/X-Powered-By headers, and Payara's OpenMQ broker (default
# account admin/admin) off: MedMesh brings its own broker. Succeeds when it changed the domain, which then needs a
# restart.
# listener_settings CONFIG: the dotted names and values (one per line, for asadmin set) that put every listener of a
# server configuration on EHR_ADDRESS without Server/X-Powered-By headers, JMX behind authentication and Payara's
# OpenMQ off.
listener_settings() {
    local c="configs.config.$1" name
    for name in http-listener-1 http-listener-2 admin-listener; do
        printf '%s\n' "$c.network-config.network-listeners.network-listener.$name.address=$EHR_ADDRESS"
    done
    for name in http-listener-1 http-listener-2 admin-listener sec-admin-listener; do
        printf '%s\n' "$c.network-config.protocols.protocol.$name.http.xpowered-by=false" \
            "$c.network-config.protocols.protocol.$name.http.server-header=false"
    done
    for name in orb-listener-1 SSL SSL_MUTUALAUTH; do
        printf '%s\n' "$c.iiop-service.iiop-listener.$name.address=$EHR_ADDRESS"
    done
    printf '%s\n' "$c.admin-service.jmx-connector.system.address=$EHR_ADDRESS" \
        "$c.admin-service.jmx-connector.system.security-enabled=true" "$c.jms-service.type=DISABLED"
}

secure_admin_plane() {
    [[ ! -f $H_DOMAIN_DIR/$SECURED_MARKER ]] || return 1
    local -a settings=()
    remote enable-secure-admin || fail_with_log "enable-secure-admin failed for $H_ID."
    mapfile -t settings < <(listener_settings server-config)
    remote set "${settings[@]}" || fail_with_log "securing the listeners of $H_ID failed."
    # Hazelcast binds its member port to every interface unless told otherwise.
    if ! grep -q -- '-Dhazelcast.socket.bind.any=false' "$H_DOMAIN_DIR/config/domain.xml"; then
        remote create-jvm-options -- '-Dhazelcast.socket.bind.any=false' ||
            fail_with_log "create-jvm-options failed for $H_ID."
    fi
    touch -- "$H_DOMAIN_DIR/$SECURED_MARKER"
    ehr_say "admin plane secured (admin password, TLS, listeners on $EHR_ADDRESS)"
}

# tune_domain: once per domain (marker .medmesh-tuned-1), the server sized for a hospital's load: up to 32 HTTP worker
# threads, as many as the database pool has connections (Payara's default of 5 kept requests queueing behind each
# other's commits). Succeeds when it changed the domain, which then needs a restart.
TUNED_MARKER=.medmesh-tuned-1
tune_domain() {
    [[ ! -f $H_DOMAIN_DIR/$TUNED_MARKER ]] || return 1
    local pool=configs.config.server-config.thread-pools.thread-pool.http-thread-pool
    remote set "$pool.max-thread-pool-size=32" "$pool.min-thread-pool-size=8" ||
        fail_with_log "sizing the HTTP worker pool of $H_ID failed."
    touch -- "$H_DOMAIN_DIR/$TUNED_MARKER"
}

# size_memory: per domain, whenever EHR_SERVER_HEAP changes (the marker holds the size applied), the server's memory
# sized so that a node (server and database) stays under 1 GiB: a heap of EHR_SERVER_HEAP (384m; Payara's default is
# 512m, and the server's live set after a full GC is about 190 MiB with the EAR deployed and loaded) and, where the JDK
# has the option (17.0.9 and later), the native heap trimmed every 10 s, so memory the JIT compilers and libraries
# freed goes back to the system. start_domain also caps glibc's malloc arenas. Succeeds when it changed the domain.
MEMORY_MARKER=.medmesh-memory
EHR_SERVER_HEAP=${EHR_SERVER_HEAP:-384m}
size_memory() {
    [[ $EHR_SERVER_HEAP =~ ^[0-9]+[mMgG]$ ]] ||
        ehr_die "EHR_SERVER_HEAP=$EHR_SERVER_HEAP is not a heap size." "Use e.g. EHR_SERVER_HEAP=384m or 1g."
    [[ $(cat -- "$H_DOMAIN_DIR/$MEMORY_MARKER" 2>/dev/null) != "$EHR_SERVER_HEAP" ]] || return 1
    local option
    while read -r option; do
        remote delete-jvm-options -- "${option//:/\\:}" || fail_with_log "delete-jvm-options $option failed for $H_ID."
    done < <(remote_output list-jvm-options | grep -E -- '^-(Xmx|XX:TrimNativeHeapInterval=)' | sort -u)
    remote create-jvm-options -- "-Xmx$EHR_SERVER_HEAP" || fail_with_log "sizing the heap of $H_ID failed."
    if java -XX:TrimNativeHeapInterval=10000 -version >/dev/null 2>&1; then
        remote create-jvm-options -- '-XX\:TrimNativeHeapInterval=10000' ||
            fail_with_log "create-jvm-options (native heap trimming) failed for $H_ID."
    fi
    printf '%s\n' "$EHR_SERVER_HEAP" >"$H_DOMAIN_DIR/$MEMORY_MARKER"
}

# grid_configured PATTERN: the domain's Hazelcast runtime configuration matches PATTERN (the hospital's cluster on
# EHR_ADDRESS) and finds its members as it should: through the domain for a single server; at fixed addresses (the DAS
# and each instance's member port) for several instances, since Payara's domain discovery looks for a DAS bound to the
# loopback interface at the host's other address.
grid_configured() {
    local runtime
    runtime=$(grep -o '<hazelcast-runtime-configuration [^>]*' "$H_DOMAIN_DIR/config/domain.xml") || return 1
    # Matched here, not by grep: the pattern holds the grid's secret name, and a process's arguments are public.
    [[ $runtime =~ $1 ]] || return 1
    if ((H_INSTANCES == 1)); then
        [[ $runtime != *'discovery-mode="tcpip"'* ]]
    else
        [[ $runtime == *"discovery-mode=\"tcpip\""* && $runtime == *"tcpip-members=\"$(cluster_grid_members)\""* ]]
    fi
}

# configure_grid NAME: the domain's data grid made the hospital's cluster NAME on EHR_ADDRESS (at fixed member addresses
# for several instances). NAME is the grid's password (ehr_grid_name): asadmin reads the command from a private file,
# so it is neither on a command line, which every local user can read, nor in the launcher's log.
configure_grid() {
    local commands="$H_SECRET_DIR/.asadmin-grid.$$" discovery=""
    ((H_INSTANCES == 1)) || discovery=" --clustermode=tcpip --tcpipmembers=$(cluster_grid_members)"
    printf 'set-hazelcast-configuration --clustername=%s --interfaces=%s --dasbindaddress=%s%s --dynamic=true\n' \
        "$1" "$EHR_ADDRESS" "$EHR_ADDRESS" "$discovery" | ehr_write_private "$commands"
    printf '\n$ asadmin set-hazelcast-configuration --clustername=%s-<secret> (read from a private file)\n' \
        "$H_CLUSTER" >>"$H_LOG"
    if ! as_admin --host "$EHR_ADDRESS" --port "$H_ADMIN" multimode --file "$commands" >>"$H_LOG" 2>&1; then
        rm -f -- "$commands"
        fail_with_log "set-hazelcast-configuration failed for $H_ID."
    fi
    rm -f -- "$commands"
}

cmd_configure() {
    load_hospital "${1:-}"
    need_payara
    ehr_domain_pid >/dev/null || ehr_die "Domain $H_ID is not running." "Run: ./ehr up"
    local props alias secrets="" fingerprint previous domain_xml="$H_DOMAIN_DIR/config/domain.xml"
    props=$(desired_properties)
    local -a aliases
    mapfile -t aliases < <(used_aliases "$props")
    for alias in "${aliases[@]}"; do
        secrets+="$alias-sha256=$(alias_secret "$alias" | ehr_sha256)"$'\n'
    done
    local grid_name
    grid_name=$(ehr_grid_name)
    # The domain's configuration (the grid's secret name) and logs: owner only, also for domains made before.
    ehr_private_dir "$EHR_DOMAINS"
    fingerprint=$(printf '%s\ncluster=%s\ninstances=%s\n%s' "$props" "$grid_name" "$H_INSTANCES" "$secrets" |
        ehr_sha256)
    previous=$(cat -- "$H_DOMAIN_DIR/$CONFIG_STAMP" 2>/dev/null || true)
    local restart=0 grid="cluster-group-name=\"$grid_name\"[^>]* interface=\"$EHR_ADDRESS\""
    secure_admin_plane && restart=1
    tune_domain && restart=1
    size_memory && restart=1
    if ((!restart)) && [[ $previous == "$fingerprint" ]] && grid_configured "$grid"; then
        ehr_say "configuration unchanged"
        ((H_INSTANCES == 1)) || cluster_start
        return 0
    fi

    for alias in "${aliases[@]}"; do
        set_password_alias "$alias" "$(alias_secret "$alias")"
    done

    remote create-system-properties "$(sysprops_operand "$props")" ||
        fail_with_log "create-system-properties failed for $H_ID."

    # Hazelcast: a cluster per hospital, or the domains would join the default 'development' grid, on the configured
    # address only, under its secret name. --dynamic=true restarts the grid now; this runs before deploy, so no grid
    # data is lost.
    if ! grid_configured "$grid"; then
        configure_grid "$grid_name"
        grid_configured "$grid" ||
            ehr_die "The Hazelcast grid of $H_ID is not $H_CLUSTER on $EHR_ADDRESS after set-hazelcast-configuration."
    fi

    # A running server does not take up every change: a changed password alias is not resolved again into the
    # system property, and a deployed application keeps what it read (Payara caches MicroProfile Config values for
    # 60 s; a redeploy was seen to keep the old database). So a reconfigured domain restarts.
    if [[ -n $previous ]] || ((restart)); then
        ehr_say "configuration changed: restarting the domain"
        cmd_stop "$H_ID"
        cmd_start "$H_ID"
    fi
    verify_properties "$props"
    ((H_INSTANCES == 1)) || cluster_configure "$props"
    printf '%s\n' "$fingerprint" >"$H_DOMAIN_DIR/$CONFIG_STAMP"
    ehr_say "configured: ${props//$'\n'/ }, Hazelcast cluster $H_CLUSTER" >>"$H_LOG"
    ehr_say "configured (system properties verified in the server JVM, Hazelcast cluster $H_CLUSTER)"
}

# verify_properties PROPS [INSTANCE]: every property must have arrived intact in the running server JVM (the DAS, or
# that server instance), a password alias resolved to its secret. generate-jvm-report lists the JVM's system properties
# as "name = value".
verify_properties() {
    local props=$1 server=${2:-server} report line name expected shown
    local -A actual=()
    report=$(remote_output generate-jvm-report --target "$server" --type=summary) ||
        fail_with_log "generate-jvm-report failed for $H_ID ($server)."
    while IFS= read -r line; do
        [[ $line == *" = "* ]] && actual[${line%% = *}]=${line#* = }
    done <<<"$report"
    while IFS= read -r line; do
        name=${line%%=*}
        expected=${line#*=}
        shown=$expected
        if [[ $expected =~ ^\$\{ALIAS=(.+)\}$ ]]; then
            shown="<the secret of password alias ${BASH_REMATCH[1]}>"
            expected=$(alias_secret "${BASH_REMATCH[1]}")
        fi
        [[ ${actual[$name]-} == "$expected" ]] ||
            ehr_die "System property $name did not arrive intact in $server of $H_ID." "Expected: $name=$shown"
    done <<<"$props"
}

app_deployed() {
    grep -Eq "<application [^>]*name=\"$EHR_APP_NAME\"" "$H_DOMAIN_DIR/config/domain.xml"
}

# start-domain returns before the deployed applications are loaded, and a redeploy during that load breaks both
# ("web container has not yet been started", then HTTP 500 until the next restart). So wait until the boot that
# followed the last server start has ended. Payara 6 logs "Payara Notification Service bootstrapped." from its main
# thread once the boot-time application load has succeeded or failed (seen in every boot here); no start banner in
# server.log means the log rotated since the start, so the boot is long over.
wait_boot_load() {
    local log="$H_DOMAIN_DIR/logs/server.log" deadline=$((SECONDS + EHR_READY_TIMEOUT)) start announced=0
    while true; do
        start=$(awk '/Running Payara Version/ { line = NR } END { print line }' "$log" 2>/dev/null || true)
        [[ -n $start ]] || return 0
        awk -v from="$start" 'NR >= from && /Payara Notification Service bootstrapped/ { found = 1 }
            END { exit !found }' "$log" && return 0
        if ((SECONDS >= deadline)); then
            ehr_warn "the server has not finished booting after $EHR_READY_TIMEOUT s; redeploying anyway"
            return 0
        fi
        if ((!announced)); then
            ehr_say "waiting for the server to finish loading the previous $EHR_APP_NAME before redeploying"
            announced=1
        fi
        sleep 1
    done
}

# boot_load_failed: the boot that followed the last server start failed to load the application: Payara logged
# "Application deployment failed" (seen once at a loaded boot: the JACC policy provider class not found by the EJB
# container, before any application code ran) and no deployment succeeded since; it then answers nothing but 404
# until it is deployed again.
boot_load_failed() {
    local log="$H_DOMAIN_DIR/logs/server.log" start
    start=$(awk '/Running Payara Version/ { line = NR } END { print line }' "$log" 2>/dev/null || true)
    [[ -n $start ]] || return 1
    awk -v from="$start" 'NR >= from && /Application deployment failed/ { failed = 1 }
        NR >= from && /was successfully deployed/ { failed = 0 } END { exit !failed }' "$log"
}

cmd_deploy() {
    load_hospital "${1:-}"
    local ear=${2:-}
    [[ -f $ear ]] || ehr_die "No EAR at '$ear'."
    need_payara
    ehr_domain_pid >/dev/null || ehr_die "Domain $H_ID is not running." "Run: ./ehr up"
    [[ -f $H_DOMAIN_DIR/$CONFIG_STAMP ]] || ehr_die "Domain $H_ID is not configured yet." "Run: ./ehr up"
    local stamp started
    stamp="$(ehr_sha256 <"$ear") instances=$H_INSTANCES"
    if app_deployed && [[ $(cat -- "$H_DOMAIN_DIR/$DEPLOY_STAMP" 2>/dev/null) == "$stamp" ]]; then
        if ((H_INSTANCES > 1)); then
            ehr_say "$EHR_APP_NAME already deployed (same EAR)"
            return 0
        fi
        wait_boot_load
        if ! boot_load_failed; then
            ehr_say "$EHR_APP_NAME already deployed (same EAR)"
            return 0
        fi
        ehr_warn "$EHR_APP_NAME failed to load when the server started (server log): deploying it again"
    fi
    app_deployed && wait_boot_load
    ehr_say "deploying $(basename -- "$ear")"
    started=$(ehr_now)
    rm -f -- "$H_DOMAIN_DIR/$DEPLOY_STAMP"
    if ((H_INSTANCES > 1)); then
        cluster_deploy "$ear"
    else
        remote deploy --name "$EHR_APP_NAME" --contextroot / --force=true "$ear" ||
            fail_with_log "Deploying $ear to $H_ID failed." "Server log: $H_DOMAIN_DIR/logs/server.log"
    fi
    printf '%s\n' "$stamp" >"$H_DOMAIN_DIR/$DEPLOY_STAMP"
    ehr_say "deployed $EHR_APP_NAME ($(ehr_elapsed "$started") s)"
}

main() {
    local cmd=${1:-}
    (($# > 0)) && shift
    case $cmd in
        install) cmd_install "$@" ;;
        create) cmd_create "$@" ;;
        start) cmd_start "$@" ;;
        configure) cmd_configure "$@" ;;
        deploy) cmd_deploy "$@" ;;
        stop) cmd_stop "$@" ;;
        running) cmd_running "$@" ;;
        members) cmd_members "$@" ;;
        help | -h | --help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"

# shellcheck shell=bash disable=SC2034 # the variables set here are used by the scripts that source this file
# Shared settings and functions of the MedMesh launcher. Sourced by ./ehr and server-config/bin/*.sh, never run.
#
# Settings come from the environment (documented in docs/launcher.md) and are normalised and exported here, so
# every helper script of one ./ehr run sees the same values.

[[ -n "${EHR_LIB_SOURCED:-}" ]] && return 0
EHR_LIB_SOURCED=1

EHR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
EHR_BIN="$EHR_ROOT/server-config/bin"

# ---------------------------------------------------------------------------------------------------------------------
# Output. Normal progress goes to stdout, problems to stderr. EHR_TAG (a hospital id) prefixes lines of parallel jobs.

ehr_say() { printf '%s%s\n' "${EHR_TAG:+[$EHR_TAG] }" "$*"; }
ehr_warn() { printf 'ehr: %swarning: %s\n' "${EHR_TAG:+[$EHR_TAG] }" "$*" >&2; }

# ehr_die MESSAGE [REMEDY...]: print an error and one indented line per remedy, then exit 1.
ehr_die() {
    printf 'ehr: %serror: %s\n' "${EHR_TAG:+[$EHR_TAG] }" "$1" >&2
    shift
    local line
    for line in "$@"; do printf '  %s\n' "$line" >&2; done
    exit 1
}

# ehr_tail FILE [LINES]: show the end of a log file on stderr, indented.
ehr_tail() {
    local file=$1 lines=${2:-30}
    if [[ -r $file ]]; then
        printf -- '--- last %s lines of %s ---\n' "$lines" "$file" >&2
        tail -n "$lines" -- "$file" | sed 's/^/  /' >&2
        printf -- '---\n' >&2
    fi
}

# Seconds since the epoch with one decimal, and the elapsed time since such a value.
ehr_now() { printf '%s' "${EPOCHREALTIME%??????}${EPOCHREALTIME: -6:1}"; }
ehr_elapsed() {
    local start=$1 now
    now=$(ehr_now)
    awk -v a="$start" -v b="$now" 'BEGIN { printf "%.1f", b - a }'
}

# ---------------------------------------------------------------------------------------------------------------------
# Settings

ehr_require_cmd() {
    local cmd=$1 package=$2
    command -v "$cmd" >/dev/null 2>&1 ||
        ehr_die "'$cmd' is not installed." "Install it: apt-get install -y $package"
}

ehr_abspath() { realpath -m -- "$1"; }

EHR_WORK="$(ehr_abspath "${EHR_WORK:-$EHR_ROOT/work}")"
EHR_PORT_BASE="${EHR_PORT_BASE:-21000}"
EHR_HOSPITALS_CONF="$(ehr_abspath "${EHR_HOSPITALS_CONF:-$EHR_ROOT/server-config/hospitals.conf}")"
EHR_PAYARA_VERSION="${EHR_PAYARA_VERSION:-6.2025.10}"
EHR_PAYARA_ZIP_DEFAULT="$HOME/.m2/repository/fish/payara/distributions/payara/$EHR_PAYARA_VERSION"
EHR_PAYARA_ZIP_DEFAULT+="/payara-$EHR_PAYARA_VERSION.zip"
EHR_PAYARA_ZIP="${EHR_PAYARA_ZIP:-$EHR_PAYARA_ZIP_DEFAULT}"
EHR_EAR="$(ehr_abspath "${EHR_EAR:-$EHR_ROOT/ehr-ear/target/medmesh.ear}")"
EHR_READY_TIMEOUT="${EHR_READY_TIMEOUT:-240}"
# The one address every listener of the network binds to (Payara's HTTP, HTTPS, admin, IIOP, JMX and Hazelcast ports
# and the brokers); the demo keeps everything on the loopback interface.
EHR_ADDRESS="${EHR_ADDRESS:-127.0.0.1}"
export EHR_WORK EHR_PORT_BASE EHR_HOSPITALS_CONF EHR_PAYARA_VERSION EHR_PAYARA_ZIP EHR_EAR EHR_READY_TIMEOUT EHR_ADDRESS

[[ $EHR_WORK != *[[:space:]]* ]] ||
    ehr_die "EHR_WORK must not contain blanks: '$EHR_WORK'." "Choose another directory, e.g. EHR_WORK=/tmp/medmesh"
if [[ ! $EHR_PORT_BASE =~ ^[0-9]{4,5}$ ]] || ((EHR_PORT_BASE < 1024 || EHR_PORT_BASE > 60000)); then
    ehr_die "EHR_PORT_BASE must be a number between 1024 and 60000, got '$EHR_PORT_BASE'."
fi
[[ $EHR_READY_TIMEOUT =~ ^[0-9]+$ ]] || ehr_die "EHR_READY_TIMEOUT must be a number of seconds."
[[ $EHR_ADDRESS =~ ^[0-9]{1,3}(\.[0-9]{1,3}){3}$ && $EHR_ADDRESS != 0.0.0.0 ]] ||
    ehr_die "EHR_ADDRESS must be one IPv4 address of this host (not 0.0.0.0), got '$EHR_ADDRESS'."

PAYARA_HOME="$EHR_WORK/payara6"
ASADMIN="$PAYARA_HOME/bin/asadmin"
EHR_DOMAINS="$EHR_WORK/domains"
# The inter-hospital channel: the demo CA, each hospital's TLS stores, signing key and broker logins, and the
# network's public signing keys (made by channel-keys.sh; docs/sync.md, "The channel").
EHR_CHANNEL="$EHR_WORK/channel"
EHR_APP_NAME=medmesh

# ---------------------------------------------------------------------------------------------------------------------
# The network (server-config/hospitals.conf)

NET_IDS=()
declare -A NET_LETTER=() NET_OFFSET=() NET_NAME=()

ehr_load_network() {
    local line id letter offset name lineno=0
    [[ -r $EHR_HOSPITALS_CONF ]] || ehr_die "Cannot read the network definition $EHR_HOSPITALS_CONF."
    NET_IDS=()
    NET_LETTER=()
    NET_OFFSET=()
    NET_NAME=()
    while IFS= read -r line || [[ -n $line ]]; do
        lineno=$((lineno + 1))
        [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
        read -r id letter offset name <<<"$line"
        [[ $id =~ ^[A-Za-z][A-Za-z0-9]{0,30}$ && $letter =~ ^[a-z0-9]{1,8}$ && $offset =~ ^[0-9]{1,5}$ && -n $name ]] ||
            ehr_die "$EHR_HOSPITALS_CONF:$lineno: expected 'id letter port-offset name', got: $line"
        [[ -z ${NET_NAME[$id]:-} ]] || ehr_die "$EHR_HOSPITALS_CONF:$lineno: hospital '$id' is listed twice."
        NET_IDS+=("$id")
        NET_LETTER[$id]=$letter
        NET_OFFSET[$id]=$offset
        NET_NAME[$id]=$name
    done <"$EHR_HOSPITALS_CONF"
    ((${#NET_IDS[@]} > 0)) || ehr_die "$EHR_HOSPITALS_CONF lists no hospital."
    local highest=$((EHR_PORT_BASE + $(printf '%s\n' "${NET_OFFSET[@]}" | sort -n | tail -n 1) + 999))
    ((highest <= 65535)) ||
        ehr_die "EHR_PORT_BASE=$EHR_PORT_BASE is too high for the port offsets in $EHR_HOSPITALS_CONF."
    # Listening ports inside the kernel's ephemeral range can be taken at any moment by outgoing connections
    # (database pools, broker bridges), which makes startup fail at random.
    local low high
    if read -r low high </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null &&
        ((EHR_PORT_BASE <= high && highest >= low)); then
        ehr_warn "ports $EHR_PORT_BASE-$highest overlap the ephemeral range $low-$high used by outgoing connections;" \
            "pick EHR_PORT_BASE so that all hospitals stay below $low (e.g. the default 21000)."
    fi
}

# ehr_select_hospitals: set SELECTED to the hospitals this run works on: EHR_HOSPITALS (blank- or comma-separated
# ids), by default the whole network.
SELECTED=()
ehr_select_hospitals() {
    local id list=${EHR_HOSPITALS:-} ids=()
    read -r -a ids <<<"${list//,/ }"
    SELECTED=()
    for id in "${ids[@]}"; do
        [[ -n ${NET_NAME[$id]:-} ]] ||
            ehr_die "EHR_HOSPITALS names '$id', which is not in $EHR_HOSPITALS_CONF." "Known: ${NET_IDS[*]}"
        SELECTED+=("$id")
    done
    ((${#SELECTED[@]} > 0)) || SELECTED=("${NET_IDS[@]}")
}

# ehr_hosp ID: set the H_* variables describing one hospital.
ehr_hosp() {
    local id=$1 lower
    [[ -n ${NET_NAME[$id]:-} ]] || ehr_die "Unknown hospital '$id'."
    lower=${id,,}
    H_ID=$id
    H_NAME=${NET_NAME[$id]}
    H_LETTER=${NET_LETTER[$id]}
    H_BASE=$((EHR_PORT_BASE + NET_OFFSET[$id]))
    H_ADMIN=$((H_BASE + 48))
    H_HTTP=$((H_BASE + 80))
    H_HTTPS=$((H_BASE + 81))
    H_URL="http://$EHR_ADDRESS:$H_HTTP"
    H_BROKER=$((H_BASE + 616))
    H_DBPORT=$((H_BASE + 306))
    # Ports Payara opens from its portbase (IIOP, OpenMQ, Hazelcast DAS, JMX) besides admin/HTTP/HTTPS.
    H_PAYARA_PORTS="$H_ADMIN $H_HTTP $H_HTTPS $((H_BASE + 37)) $((H_BASE + 49)) $((H_BASE + 76)) $((H_BASE + 86))"
    H_DOMAIN_DIR="$EHR_DOMAINS/$id"
    H_DATADIR="$EHR_WORK/db/$id"
    H_BROKER_DIR="$EHR_WORK/broker/$id"
    H_KEY_DIR="$EHR_WORK/keys/$id"
    H_SECRET_DIR="$EHR_WORK/secrets/$id"
    H_BACKUP_DIR="$EHR_WORK/backups/$id"
    H_BACKUP_KEY_FILE="$H_SECRET_DIR/backup-key"
    H_USERS_FILE="$H_SECRET_DIR/demo-users"
    H_ANALYTICS_KEY_FILE="$H_SECRET_DIR/analytics-pseudonym-key"
    H_ADMIN_PASSWORD_FILE="$H_SECRET_DIR/admin-password"
    H_MASTER_PASSWORD_FILE="$H_SECRET_DIR/master-password"
    H_CHANNEL_DIR="$EHR_CHANNEL/$id"
    H_LOG="$EHR_WORK/logs/$id-launcher.log"
    H_CLUSTER="medmesh-$id"
    H_ISSUER="medmesh-$id"
    # A hospital run as several server instances sharing its database and a broker process of its own (./ehr up
    # --instances N, remembered in work/cluster/<id>.instances; docs/cluster.md): instance k has the ports of portbase
    # H_BASE + 100 k, and the hospital's URL is its first instance's.
    H_INSTANCES_FILE="$EHR_WORK/cluster/$id.instances"
    H_INSTANCES=1
    [[ -r $H_INSTANCES_FILE ]] && H_INSTANCES=$(<"$H_INSTANCES_FILE")
    [[ $H_INSTANCES =~ ^[1-4]$ ]] || ehr_die "$H_INSTANCES_FILE holds '$H_INSTANCES', not a number of instances (1-4)."
    H_BROKER_PIDFILE="$H_BROKER_DIR.pid"
    if ((H_INSTANCES > 1)); then
        H_URL=$(ehr_instance_url 1)
        local k
        for ((k = 1; k <= H_INSTANCES; k++)); do
            H_PAYARA_PORTS+=" $(ehr_instance_ports "$k")"
        done
    fi

    local url_var="EHR_DB_URL_$id" user_var="EHR_DB_USER_$id" pw_var="EHR_DB_PASSWORD_$id"
    local owner_var="EHR_DB_OWNER_USER_$id" owner_pw_var="EHR_DB_OWNER_PASSWORD_$id"
    if [[ -n ${!url_var:-} ]]; then
        [[ -n ${!user_var:-} && -n ${!pw_var:-} ]] ||
            ehr_die "$url_var is set, so $user_var and $pw_var must be set too."
        H_DB_PRIVATE=0
        H_DB_URL=${!url_var}
        H_DB_USER=${!user_var}
        H_DB_NAME=""
        H_DB_PASSWORD_FILE=""
        H_DB_OWNER=${!owner_var:-}
        H_DB_OWNER_PASSWORD_FILE=""
        [[ -z $H_DB_OWNER || -n ${!owner_pw_var:-} ]] ||
            ehr_die "$owner_var is set, so $owner_pw_var must be set too."
    else
        H_DB_PRIVATE=1
        H_DB_NAME="medmesh_$lower"
        H_DB_USER="medmesh_$lower"
        H_DB_URL="jdbc:mariadb://127.0.0.1:$H_DBPORT/$H_DB_NAME"
        H_DB_PASSWORD_FILE="$H_SECRET_DIR/db-password"
        H_DB_OWNER="medmesh_${lower}_owner"
        H_DB_OWNER_PASSWORD_FILE="$H_SECRET_DIR/db-owner-password"
    fi
}

# ehr_instance_name K, ehr_instance_url K, ehr_instance_ports K (after ehr_hosp ID): the hospital's K-th server
# instance: its name in the domain, its URL, and the ports it opens (HTTP, HTTPS, admin, IIOP, JMX, data grid).
ehr_instance_name() { printf '%s-%s' "$H_ID" "$1"; }
ehr_instance_base() { printf '%s' $((H_BASE + 100 * $1)); }
ehr_instance_url() { printf 'http://%s:%s' "$EHR_ADDRESS" $(($(ehr_instance_base "$1") + 80)); }
ehr_instance_ports() {
    local base
    base=$(ehr_instance_base "$1")
    printf '%s ' $((base + 80)) $((base + 81)) $((base + 48)) $((base + 37)) $((base + 86)) $((base + 49))
}

# ehr_ready_code (after ehr_hosp ID): the HTTP status of /health/ready: 200 when the hospital (every one of its
# instances) is ready, else the first other answer (000: nothing answers).
ehr_ready_code() {
    local k code
    ((H_INSTANCES > 1)) || { ehr_http_code "$H_URL/health/ready"; return; }
    for ((k = 1; k <= H_INSTANCES; k++)); do
        code=$(ehr_http_code "$(ehr_instance_url "$k")/health/ready")
        [[ $code == 200 ]] || { printf '%s' "$code"; return; }
    done
    printf '200'
}

# ehr_db_password (after ehr_hosp ID): the runtime account's database password, generated once for a private
# database.
ehr_db_password() {
    db_secret "$H_DB_PASSWORD_FILE" "EHR_DB_PASSWORD_$H_ID"
}

# ehr_db_owner_password (after ehr_hosp ID): the schema owner's password, generated once for a private database;
# empty when the hospital's database has one account only.
ehr_db_owner_password() {
    [[ -n $H_DB_OWNER ]] || return 0
    db_secret "$H_DB_OWNER_PASSWORD_FILE" "EHR_DB_OWNER_PASSWORD_$H_ID"
}

# ehr_kept_secret NAME GENERATOR...: the hospital's secret NAME (a file of its secrets directory, mode 600), made once
# by GENERATOR's output and kept; never printed.
ehr_kept_secret() {
    local file="$H_SECRET_DIR/$1"
    shift
    if [[ ! -s $file ]]; then
        ehr_private_dir "$H_SECRET_DIR"
        "$@" | ehr_write_private "$file"
    fi
    cat -- "$file"
}

# ehr_audit_chain_key (after ehr_hosp ID): the hospital's audit chain key (48 letters and digits, at least the 32
# bytes the EAR requires).
ehr_audit_chain_key() {
    ehr_kept_secret audit-chain-key ehr_rand_alnum 48
}

# ehr_cache_key (after ehr_hosp ID): the key sealing the hot reads the hospital's instances keep in its data grid (48
# letters and digits). Losing it loses nothing: a new one only makes what the grid holds unreadable, and it is read
# again from the database.
ehr_cache_key() {
    ehr_kept_secret cache-key ehr_rand_alnum 48
}

# ehr_metrics_token (after ehr_hosp ID): the bearer token Prometheus presents to scrape the hospital's /metrics (48
# letters and digits), kept in secrets/<id>/metrics-token; EHR_METRICS_TOKEN_<id>, when set, is the token instead (a
# container given it as a secret: docker/node/entrypoint.sh). Never printed.
ehr_metrics_token() {
    local variable="EHR_METRICS_TOKEN_$H_ID"
    if [[ -z ${!variable:-} ]]; then
        ehr_kept_secret metrics-token ehr_rand_alnum 48
        return
    fi
    [[ ${!variable} =~ ^[A-Za-z0-9._~+/-]{16,}=*$ ]] ||
        ehr_die "$variable is not a bearer token of at least 16 characters (letters, digits, -._~+/)."
    printf '%s' "${!variable}"
}

# ehr_grid_name (after ehr_hosp ID): the name of the hospital's data grid (Hazelcast cluster): H_CLUSTER followed by 32
# random letters and digits, kept with the secrets. Hazelcast (open source) admits any member or client that gives the
# cluster's name, with full access to what the grid holds (the HTTP sessions of several instances), so the name is the
# grid's password: never printed, never on a command line, kept only where the domain keeps its configuration (a
# private directory). docs/cluster.md.
ehr_grid_name() {
    printf '%s-%s' "$H_CLUSTER" "$(ehr_kept_secret grid-name ehr_rand_alnum 32)"
}

# ehr_backup_key (after ehr_hosp ID): the key of the hospital's backups (32 random bytes in Base64), never kept beside
# the backups (work/backups). Keep a copy off this machine: without it no backup can be restored.
ehr_backup_key() {
    ehr_kept_secret backup-key openssl rand -base64 32
}

# ehr_analytics_key (after ehr_hosp ID): the hospital's analytics pseudonym key (48 letters and digits, at least the
# 32 bytes the EAR requires), generated once and kept with the other secrets; never printed.
ehr_analytics_key() {
    if [[ ! -s $H_ANALYTICS_KEY_FILE ]]; then
        ehr_private_dir "$H_SECRET_DIR"
        ehr_rand_alnum 48 | ehr_write_private "$H_ANALYTICS_KEY_FILE"
    fi
    cat -- "$H_ANALYTICS_KEY_FILE"
}

# ehr_admin_password / ehr_master_password (after ehr_hosp ID): the password of the domain's administrator 'admin'
# (admin console, asadmin) and the domain's master password (its keystores and password aliases), each generated
# once and kept with the other secrets; never printed.
ehr_admin_password() { own_secret "$H_ADMIN_PASSWORD_FILE"; }
ehr_master_password() { own_secret "$H_MASTER_PASSWORD_FILE"; }

# own_secret FILE: a random secret kept in FILE, made on first use.
own_secret() {
    if [[ ! -s $1 ]]; then
        ehr_private_dir "$H_SECRET_DIR"
        ehr_rand_alnum 24 | ehr_write_private "$1"
    fi
    cat -- "$1"
}

# db_secret FILE VARIABLE: a private database's password kept in FILE (made on first use), else VARIABLE's value.
db_secret() {
    local file=$1 variable=$2
    if ((H_DB_PRIVATE)); then
        own_secret "$file"
    else
        printf '%s' "${!variable}"
    fi
}

# ehr_peers ID: the other hospitals' broker URLs, "hospB=tcp://<EHR_ADDRESS>:22616,hospC=...".
ehr_peers() {
    local self=$1 id out="" url_var url
    for id in "${NET_IDS[@]}"; do
        [[ $id == "$self" ]] && continue
        # A peer elsewhere (another host, a Kubernetes service): EHR_PEER_URL_<id>=tcp://host:port.
        url_var="EHR_PEER_URL_$id"
        url=${!url_var:-tcp://$EHR_ADDRESS:$((EHR_PORT_BASE + NET_OFFSET[$id] + 616))}
        [[ $url =~ ^tcp://[A-Za-z0-9.:-]+:[0-9]{1,5}$ ]] || ehr_die "$url_var is '$url', not tcp://host:port."
        out+="${out:+,}$id=$url"
    done
    printf '%s' "$out"
}

# ehr_peer_ids ID: the other hospitals of the network, one per line.
ehr_peer_ids() {
    local self=$1 id
    for id in "${NET_IDS[@]}"; do
        [[ $id == "$self" ]] || printf '%s\n' "$id"
    done
}

# ehr_channel_secret (after ehr_hosp ID) WHAT [PEER]: a secret of the hospital's channel material: "store" (the
# password of its TLS stores), "node" (its node's broker account), "login PEER" (what it presents at PEER's broker),
# "account PEER" (what PEER presents at its broker). Never printed by the launcher itself.
ehr_channel_secret() {
    local what=$1 peer=${2:-} file line
    case $what in
        store) cat -- "$H_CHANNEL_DIR/store-password" ;;
        node) cat -- "$H_CHANNEL_DIR/node-password" ;;
        login | account)
            [[ $what == login ]] && file="$H_CHANNEL_DIR/broker-logins" || file="$H_CHANNEL_DIR/broker-accounts"
            line=$(grep -m1 "^$peer:" -- "$file") || ehr_die "No broker $what for $peer in $file." "Run: ./ehr up"
            printf '%s' "${line#*:}"
            ;;
        *) ehr_die "unknown channel secret '$what'" ;;
    esac
}

# ---------------------------------------------------------------------------------------------------------------------
# Files and secrets

ehr_private_dir() { mkdir -p -- "$1" && chmod 700 -- "$1"; }

# ehr_write_private FILE: write stdin to FILE atomically with mode 600.
ehr_write_private() {
    local file=$1 tmp
    tmp="$(dirname -- "$file")/.$(basename -- "$file").tmp.$$"
    (umask 077 && cat >"$tmp")
    mv -f -- "$tmp" "$file"
}

# ehr_rand_alnum N: N random letters and digits from openssl.
ehr_rand_alnum() {
    local n=$1 out=""
    while ((${#out} < n)); do
        out+=$(openssl rand -base64 48 | tr -dc 'A-Za-z0-9')
    done
    printf '%s' "${out:0:n}"
}

ehr_sha256() { sha256sum | cut -d' ' -f1; }

# ---------------------------------------------------------------------------------------------------------------------
# Processes and ports

# ehr_pid_has_arg PID ARG: true when process PID is alive and ARG is one of its command-line arguments.
ehr_pid_has_arg() {
    local pid=$1 want=$2 arg
    [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] || return 1
    while IFS= read -r -d '' arg; do
        [[ $arg == "$want" ]] && return 0
    done </proc/"$pid"/cmdline
    return 1
}

# ehr_port_users PORT: print who listens on TCP PORT (any address); print nothing when the port is free.
ehr_port_users() {
    local port=$1 out
    if command -v ss >/dev/null 2>&1; then
        out=$(ss -Hltnp "sport = :$port" 2>/dev/null || true)
        [[ -n $out ]] || return 0
        if [[ $out =~ users:\(\(\"([^\"]*)\",pid=([0-9]+) ]]; then
            printf '%s (pid %s)\n' "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
        else
            printf 'another process\n'
        fi
    elif (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        printf 'another process\n'
    fi
}

# ehr_http_code URL: the HTTP status of a GET, 000 when nothing answers.
ehr_http_code() {
    curl -s -o /dev/null -w '%{http_code}' --connect-timeout 2 --max-time 5 "$1" 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------------------------------
# Locking: one ./ehr up/down at a time per work dir. The lock lives on fd 9, which helpers close for daemons.

ehr_lock() {
    mkdir -p -- "$EHR_WORK"
    exec 9>"$EHR_WORK/.ehr.lock"
    flock -n 9 || ehr_die "Another ./ehr command is working on $EHR_WORK." "Wait for it to finish, then retry."
}

# ---------------------------------------------------------------------------------------------------------------------
# Payara domains

# ehr_domain_pid ID: print the pid of the running domain of ID (after ehr_hosp); fail when it is not running.
ehr_domain_pid() {
    local pid
    pid=$(cat -- "$H_DOMAIN_DIR/config/pid" 2>/dev/null) || return 1
    ehr_pid_has_arg "$pid" "$H_DOMAIN_DIR" || return 1
    printf '%s' "$pid"
}

# ehr_db_pid (after ehr_hosp): print the pid of the hospital's private mariadbd; fail when it is not running.
ehr_db_pid() {
    local pid
    pid=$(cat -- "$H_DATADIR/mariadbd.pid" 2>/dev/null) || return 1
    ehr_pid_has_arg "$pid" "--datadir=$H_DATADIR" || return 1
    printf '%s' "$pid"
}

# ---------------------------------------------------------------------------------------------------------------------
# The EAR

# ehr_ear_source_change: print one source file newer than the EAR (or the EAR path when it is missing); print
# nothing when the EAR is up to date.
ehr_ear_source_change() {
    if [[ ! -f $EHR_EAR ]]; then
        printf '%s (missing)\n' "$EHR_EAR"
        return 0
    fi
    find "$EHR_ROOT" \
        \( -path "$EHR_ROOT/.git" -o -path "$EHR_WORK" -o -path "$EHR_ROOT/work" -o -name node_modules \
        -o \( -name target -not -path '*/src/*' \) \) -prune -o \
        -type f \( -path '*/src/*' -o -path "$EHR_ROOT/db/migrations/*" -o -name pom.xml \) \
        -newer "$EHR_EAR" -print -quit
}

# ehr_maven: set EHR_MVN to the Maven that builds the project (./mvnw, else mvn on the PATH), or die.
ehr_maven() {
    if [[ -x $EHR_ROOT/mvnw ]]; then
        EHR_MVN="$EHR_ROOT/mvnw"
    else
        command -v mvn >/dev/null 2>&1 || ehr_die "Neither ./mvnw nor mvn is available to build MedMesh." \
            "Install Maven (apt-get install -y maven) or build the EAR elsewhere and set EHR_EAR."
        EHR_MVN=mvn
    fi
}

# ehr_module_classpath MODULE FILE [UPSTREAM...]: the class path of a module's classes and the dependencies listed in
# its target/FILE (written at package), building the module (and the project's modules it needs) first when it is not
# built or its sources, or those of the UPSTREAM modules, changed since.
ehr_module_classpath() {
    local module=$EHR_ROOT/$1 listed=$EHR_ROOT/$1/target/$2 up sources=()
    sources=("$module/src/main" "$module/pom.xml")
    for up in "${@:3}"; do sources+=("$EHR_ROOT/$up/src/main" "$EHR_ROOT/$up/pom.xml"); done
    if [[ ! -f $listed || -n $(find "${sources[@]}" -type f -newer "$listed" -print -quit) ]]; then
        ehr_maven
        (cd "$EHR_ROOT" && "$EHR_MVN" -B -q -pl "$1" -am -DskipTests package) >&2 ||
            ehr_die "The build of $1 failed (see the Maven output above)."
    fi
    printf '%s:%s' "$module/target/classes" "$(cat "$listed")"
}

# ehr_run_client CLASS ARGS...: runs a command of the API client module (org.medmesh.client.CLASS, e.g.
# seed.SeedCommand) on the JDK.
ehr_run_client() {
    local main=$1 classpath
    shift
    ehr_require_cmd java openjdk-17-jdk-headless
    classpath=$(ehr_module_classpath ehr-client runtime.classpath)
    java -cp "$classpath" "org.medmesh.client.$main" "$@"
}

# ehr_json_field NAME: the value of a top-level JSON member NAME on stdin (a string's content, or a number/boolean).
ehr_json_field() { sed -n "s/.*\"$1\":\(\"\([^\"]*\)\"\|\([^,}]*\)\).*/\2\3/p"; }

# ehr_demo_admin_token (after ehr_hosp ID): a bearer token of the hospital's demo administrator (its line in
# work/secrets/<id>/demo-users), the password sent on stdin, never on a command line; fails if it cannot sign in.
ehr_demo_admin_token() {
    local line user password token
    [[ -r $H_USERS_FILE ]] || return 1
    line=$(grep -m 1 '^[^:]*:admin:' "$H_USERS_FILE") || return 1
    user=${line%%:*}
    password=${line#*:admin:}
    token=$(printf '{"username":"%s","password":"%s"}' "$user" "$password" |
        curl -sf -H 'Content-Type: application/json' --data-binary @- \
            "$H_URL/api/v1/auth/token" | ehr_json_field access_token) || return 1
    [[ -n $token ]] || return 1
    printf '%s' "$token"
}

# ehr_api_as TOKEN ARGS...: curl with the bearer token in a header read from a pipe (not on the command line).
ehr_api_as() {
    local token=$1
    shift
    curl -sS -H @<(printf 'Authorization: Bearer %s\n' "$token") "$@"
}

# ehr_run_restore_tool ARGS...: runs the backup reader of the domain module (RestoreTool) on the JDK with Tink.
ehr_run_restore_tool() {
    local classpath
    ehr_require_cmd java openjdk-17-jdk-headless
    classpath=$(ehr_module_classpath ehr-domain restore.classpath)
    java -cp "$classpath" org.medmesh.platform.infrastructure.backup.RestoreTool "$@"
}

ehr_build_ear() {
    ehr_maven
    (cd "$EHR_ROOT" && "$EHR_MVN" -q -DskipTests package) ||
        ehr_die "The build failed (see the Maven output above)." "Fix it, or run: $mvn -DskipTests package"
    [[ -f $EHR_EAR ]] || ehr_die "The build succeeded but $EHR_EAR does not exist." \
        "Check the ehr-ear module's finalName, or point EHR_EAR at the EAR."
}

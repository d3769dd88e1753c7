#!/usr/bin/env bash
# A private MariaDB server for one hospital: Debian's mariadbd with no my.cnf, its own data directory, socket and
# 127.0.0.1 port. Never touches a system MariaDB service.
set -euo pipefail

# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
    cat <<'EOF'
Usage: mariadb-private.sh COMMAND ...
  start DATADIR PORT                            initialise DATADIR if empty, start mariadbd, wait until it answers
  ensure-db DATADIR PORT DBNAME USER PASSWORD [OWNER OWNER_PASSWORD]
                                                create the utf8mb4 database and its accounts (idempotent). With
                                                OWNER: OWNER owns the schema (migrations) and USER is the runtime
                                                account: its role DBNAME_runtime may read the database, and the
                                                application grants it table privileges after each migration
                                                (audit tables: insert only). Without OWNER, USER owns the schema.
                                                A password "-" is read from stdin, one per line (keeps it out of ps)
  stop DATADIR                                  stop the mariadbd of DATADIR (by its pid file)
  status DATADIR                                exit 0 when running, 3 when stopped
The root account of the instance is reachable only through DATADIR/mdb.sock.
EOF
}

START_TIMEOUT=20
STOP_TIMEOUT=60

find_binaries() {
    MARIADBD=$(command -v mariadbd || true)
    if [[ -z $MARIADBD && -x /usr/sbin/mariadbd ]]; then
        MARIADBD=/usr/sbin/mariadbd
    fi
    INSTALL_DB=$(command -v mariadb-install-db || true)
    CLIENT=$(command -v mariadb || true)
    [[ -n $MARIADBD && -n $INSTALL_DB && -n $CLIENT ]]
}

# Install Debian's mariadb-server when the binaries are missing. Its packaged service (port 3306) is not used.
ensure_binaries() {
    find_binaries && return 0
    local sudo=()
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null 2>&1 || ! sudo -n true 2>/dev/null; then
            ehr_die "MariaDB is not installed and installing it needs root." \
                "Run: sudo apt-get update && sudo apt-get install -y mariadb-server"
        fi
        sudo=(sudo -n)
    fi
    ehr_say "MariaDB is not installed: installing Debian's mariadb-server (the launcher runs its own instances)"
    "${sudo[@]}" apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q mariadb-server >/dev/null
    find_binaries || ehr_die "mariadb-server was installed but mariadbd/mariadb-install-db/mariadb are not found."
}

# running DATADIR: print the pid of the mariadbd serving DATADIR, fail when there is none.
running() {
    local datadir=$1 pid
    pid=$(cat -- "$datadir/mariadbd.pid" 2>/dev/null) || return 1
    ehr_pid_has_arg "$pid" "--datadir=$datadir" || return 1
    printf '%s' "$pid"
}

root_sql() {
    local datadir=$1
    "$CLIENT" --no-defaults --socket="$datadir/mdb.sock" --user=root --batch --skip-column-names "${@:2}"
}

# Create the system tables in a scratch directory, then move it into place, so an interrupted run leaves no
# half-initialised DATADIR. Each initialisation gets its own tmpdir: parallel bootstraps sharing /tmp were seen to
# collide on temporary table names ("Unknown table 'mysql.tmp_user_sys'"). Root keeps only its 'localhost'
# account: with --skip-name-resolve that matches the socket alone, so no TCP client can log in as root.
initialise() {
    local datadir=$1 tmp scratch log
    tmp="$datadir.init.$$"
    scratch="$datadir.init-tmp.$$"
    log="$datadir.init.$$.log"
    rm -rf -- "$tmp" "$scratch"
    mkdir -m 700 -- "$tmp" "$scratch"
    if ! "$INSTALL_DB" --no-defaults --datadir="$tmp" --auth-root-authentication-method=normal --skip-test-db \
        --tmpdir="$scratch" >"$log" 2>&1; then
        ehr_tail "$log" 50
        rm -rf -- "$tmp" "$scratch" "$log"
        ehr_die "mariadb-install-db failed for $datadir (log above)."
    fi
    local bootstrap=(--no-defaults --bootstrap --datadir="$tmp" --tmpdir="$scratch" --log-error="$log")
    ((EUID == 0)) && bootstrap+=(--user=root)
    if ! printf '%s\n' \
        "DELETE FROM mysql.global_priv WHERE User = 'root' AND Host <> 'localhost';" \
        "DELETE FROM mysql.proxies_priv WHERE Host <> 'localhost';" \
        | "$MARIADBD" "${bootstrap[@]}" >>"$log" 2>&1 9>&-; then
        ehr_tail "$log" 50
        rm -rf -- "$tmp" "$scratch" "$log"
        ehr_die "Could not restrict the root account of $datadir (log above)."
    fi
    rm -rf -- "$scratch" "$log"
    [[ -d $datadir ]] && rmdir -- "$datadir"
    mv -- "$tmp" "$datadir"
}

cmd_start() {
    (($# == 2)) || { usage >&2; exit 2; }
    local datadir port pid users
    datadir=$(ehr_abspath "$1")
    port=$2
    [[ $port =~ ^[0-9]+$ ]] || ehr_die "PORT must be a number, got '$port'."
    ((${#datadir} <= 96)) || ehr_die "The socket path $datadir/mdb.sock is too long for a Unix socket." \
        "Use a shorter EHR_WORK."

    if pid=$(running "$datadir"); then
        ehr_pid_has_arg "$pid" "--port=$port" ||
            ehr_die "mariadbd (pid $pid) already serves $datadir on another port than $port." \
                "Stop it first: $0 stop $datadir"
        ehr_say "mariadbd already running on 127.0.0.1:$port (pid $pid)"
        return 0
    fi
    users=$(ehr_port_users "$port")
    [[ -z $users ]] || ehr_die "Port $port is already in use by $users, so mariadbd for $datadir cannot start." \
        "Stop that process or choose another EHR_PORT_BASE."

    ensure_binaries
    mkdir -p -- "$(dirname -- "$datadir")"
    if [[ ! -d $datadir/mysql ]]; then
        if [[ -d $datadir && -n $(ls -A -- "$datadir") ]]; then
            ehr_die "$datadir is not empty but holds no MariaDB data." "Move it away or choose another EHR_WORK."
        fi
        initialise "$datadir"
    fi
    rm -f -- "$datadir/mariadbd.pid"

    # Memory: a buffer pool of EHR_DB_BUFFER_POOL (64 MiB) and an 8 MiB log buffer for the hospital's InnoDB tables;
    # the Aria and MyISAM caches (128 MiB each by default) serve only system tables here, so 16 and 8 MiB
    # (docs/launcher.md, "Server sizing").
    local pool=${EHR_DB_BUFFER_POOL:-64M}
    [[ $pool =~ ^[0-9]+[MG]$ ]] ||
        ehr_die "EHR_DB_BUFFER_POOL=$pool is not a buffer pool size." "Use e.g. EHR_DB_BUFFER_POOL=64M or 1G."
    local args=(
        --no-defaults --datadir="$datadir" --port="$port" --bind-address=127.0.0.1
        --socket="$datadir/mdb.sock" --pid-file="$datadir/mariadbd.pid" --log-error="$datadir/mariadbd.log"
        --skip-name-resolve --innodb-buffer-pool-size="$pool" --innodb_flush_log_at_trx_commit=1
        --innodb-log-buffer-size=8M --aria-pagecache-buffer-size=16M --key-buffer-size=8M
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
    )
    ((EUID == 0)) && args+=(--user=root)
    local started
    started=$(ehr_now)
    setsid "$MARIADBD" "${args[@]}" </dev/null >>"$datadir/mariadbd.log" 2>&1 9>&- &
    local launched=$!

    local deadline=$((SECONDS + START_TIMEOUT))
    while ((SECONDS < deadline)); do
        if pid=$(running "$datadir") && root_sql "$datadir" -e 'SELECT 1' >/dev/null 2>&1; then
            ehr_say "mariadbd ready on 127.0.0.1:$port (pid $pid, $(ehr_elapsed "$started") s)"
            return 0
        fi
        if ! kill -0 "$launched" 2>/dev/null && ! running "$datadir" >/dev/null; then
            ehr_tail "$datadir/mariadbd.log" 15
            ehr_die "mariadbd for $datadir exited during startup (log above)."
        fi
        sleep 0.1
    done
    kill "$launched" 2>/dev/null || true
    ehr_tail "$datadir/mariadbd.log" 15
    ehr_die "mariadbd for $datadir did not answer within $START_TIMEOUT s; stopped it."
}

# Quote a string for a single-quoted SQL literal.
sql_quote() {
    local s=${1//\\/\\\\}
    printf "'%s'" "${s//\'/\\\'}"
}

cmd_ensure_db() {
    (($# == 5 || $# == 7)) || { usage >&2; exit 2; }
    local datadir port=$2 db=$3 user=$4 password=$5 owner=${6:-} owner_password=${7:-}
    datadir=$(ehr_abspath "$1")
    if [[ $password == - ]]; then
        IFS= read -r password || [[ -n $password ]] || ehr_die "No password on stdin."
    fi
    if [[ $owner_password == - ]]; then
        IFS= read -r owner_password || [[ -n $owner_password ]] || ehr_die "No owner password on stdin."
    fi
    [[ $db =~ ^[A-Za-z0-9_]{1,56}$ ]] || ehr_die "Invalid database name '$db' (letters, digits, _; 56 at most)."
    local name
    for name in "$user" ${owner:+"$owner"}; do
        [[ $name =~ ^[A-Za-z0-9_]{1,80}$ ]] || ehr_die "Invalid user name '$name' (letters, digits, _)."
    done
    [[ -n $password && ( -z $owner || -n $owner_password ) ]] || ehr_die "The database passwords must not be empty."
    [[ $owner != "$user" ]] || ehr_die "The schema owner and the runtime account must be different users."
    running "$datadir" >/dev/null || ehr_die "mariadbd for $datadir is not running." "Start it: $0 start $datadir $port"
    find_binaries || ehr_die "The mariadb client is not installed."

    local host role="${db}_runtime"
    {
        # shellcheck disable=SC2016 # the backquotes are SQL identifier quotes
        printf 'CREATE DATABASE IF NOT EXISTS `%s` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n' "$db"
        if [[ -n $owner ]]; then
            # Reading is the role's only database-wide privilege; the application adds the table privileges.
            printf 'CREATE ROLE IF NOT EXISTS `%s`;\n' "$role"
            printf 'GRANT SELECT ON `%s`.* TO `%s`;\n' "$db" "$role"
        fi
        for host in 127.0.0.1 localhost; do
            account_sql "$user" "$host" "$password"
            if [[ -n $owner ]]; then
                account_sql "$owner" "$host" "$owner_password"
                printf "GRANT ALL PRIVILEGES ON \`%s\`.* TO '%s'@'%s' WITH GRANT OPTION;\n" "$db" "$owner" "$host"
                # The runtime account holds no privilege of its own (an earlier one-account set-up gave it all).
                printf "REVOKE ALL PRIVILEGES, GRANT OPTION FROM '%s'@'%s';\n" "$user" "$host"
                printf "GRANT \`%s\` TO '%s'@'%s';\n" "$role" "$user" "$host"
                printf "SET DEFAULT ROLE \`%s\` FOR '%s'@'%s';\n" "$role" "$user" "$host"
            else
                printf "GRANT ALL PRIVILEGES ON \`%s\`.* TO '%s'@'%s';\n" "$db" "$user" "$host"
            fi
        done
    } | root_sql "$datadir" || ehr_die "Could not create database $db and its accounts in $datadir."

    # Prove the application's view: each account logs in over TCP and sees its database.
    can_log_in "$port" "$db" "$user" "$password" || ehr_die "User $user cannot log in to 127.0.0.1:$port/$db."
    if [[ -n $owner ]]; then
        can_log_in "$port" "$db" "$owner" "$owner_password" ||
            ehr_die "User $owner cannot log in to 127.0.0.1:$port/$db."
        ehr_say "database $db ready: owner $owner, runtime account $user (role $role)"
    else
        ehr_say "database $db ready for user $user"
    fi
}

# account_sql USER HOST PASSWORD: create the account or reset its password.
account_sql() {
    local pw
    pw=$(sql_quote "$3")
    printf "CREATE USER IF NOT EXISTS '%s'@'%s' IDENTIFIED BY %s;\n" "$1" "$2" "$pw"
    printf "ALTER USER '%s'@'%s' IDENTIFIED BY %s;\n" "$1" "$2" "$pw"
}

can_log_in() {
    local port=$1 db=$2 user=$3 password=$4
    "$CLIENT" --defaults-file=<(printf '[client]\nuser=%s\npassword="%s"\n' "$user" "$password") \
        --host=127.0.0.1 --port="$port" --database="$db" --batch -e 'SELECT 1' >/dev/null
}

# wait_gone PID SECONDS: wait until PID has exited; fail when it is still alive at the deadline.
wait_gone() {
    local pid=$1 deadline=$((SECONDS + $2))
    while kill -0 "$pid" 2>/dev/null; do
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

cmd_stop() {
    (($# == 1)) || { usage >&2; exit 2; }
    local datadir pid pidfile
    datadir=$(ehr_abspath "$1")
    pidfile="$datadir/mariadbd.pid"
    if ! pid=$(running "$datadir"); then
        if [[ -f $pidfile ]]; then
            # A pid file without its mariadbd: the server died; the pid may belong to someone else by now.
            ehr_warn "removing the stale pid file $pidfile (pid $(cat -- "$pidfile") is not mariadbd for $datadir)"
            rm -f -- "$pidfile"
        fi
        ehr_say "mariadbd not running"
        return 0
    fi
    kill -TERM "$pid"
    if ! wait_gone "$pid" "$STOP_TIMEOUT"; then
        ehr_warn "mariadbd (pid $pid) did not stop within $STOP_TIMEOUT s: killing it (InnoDB recovers on next start)"
        kill -KILL "$pid" 2>/dev/null || true
        wait_gone "$pid" 10 || ehr_die "mariadbd (pid $pid) survived SIGKILL."
    fi
    ehr_say "mariadbd stopped (pid $pid)"
}

cmd_status() {
    (($# == 1)) || { usage >&2; exit 2; }
    local datadir pid port=""
    datadir=$(ehr_abspath "$1")
    if pid=$(running "$datadir"); then
        port=$(tr '\0' '\n' <"/proc/$pid/cmdline" | sed -n 's/^--port=//p')
        printf 'running (pid %s, 127.0.0.1:%s)\n' "$pid" "$port"
    else
        printf 'stopped\n'
        exit 3
    fi
}

main() {
    local cmd=${1:-}
    (($# > 0)) && shift
    case $cmd in
        start) cmd_start "$@" ;;
        ensure-db) cmd_ensure_db "$@" ;;
        stop) cmd_stop "$@" ;;
        status) cmd_status "$@" ;;
        help | -h | --help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"

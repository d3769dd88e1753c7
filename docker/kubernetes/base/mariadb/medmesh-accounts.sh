# The hospital's database and its two accounts, made at the first start of its MariaDB container: the official image
# sources /docker-entrypoint-initdb.d/*.sh once, as the server's root (this file is sourced, not executed: it uses the
# image's docker_process_sql). As the launcher makes them for a private database (mariadb-private.sh ensure-db): the
# schema owner, who migrates, and the runtime account, which holds only the role the application grants its table
# privileges to after each migration (no DDL; the audit trail insert-only). Both may connect from the hosts in
# MEDMESH_DB_CLIENT_HOSTS: by default 127.0.0.1 and localhost (the compose file's containers share one network
# namespace); '%' in Kubernetes, where the node is another pod and a network policy admits only it. Names from
# MEDMESH_DB, MEDMESH_DB_USER, MEDMESH_DB_OWNER; passwords from the container's secrets.
db=${MEDMESH_DB:?} user=${MEDMESH_DB_USER:?} owner=${MEDMESH_DB_OWNER:?}
password=$(cat /run/secrets/db-password)
owner_password=$(cat /run/secrets/db-owner-password)
for name in "$db" "$user" "$owner"; do
    [[ $name =~ ^[A-Za-z0-9_]{1,56}$ ]] || { echo "medmesh-accounts: invalid name '$name'" >&2; exit 1; }
done
for host in ${MEDMESH_DB_CLIENT_HOSTS:-}; do
    [[ $host =~ ^([A-Za-z0-9.:-]+|%)$ ]] || { echo "medmesh-accounts: invalid client host '$host'" >&2; exit 1; }
done
[[ -n $password && -n $owner_password && $user != "$owner" ]] ||
    { echo "medmesh-accounts: two different accounts with passwords are needed" >&2; exit 1; }

sql_string() { printf "'%s'" "${1//\'/\'\'}"; }

role="${db}_runtime"
{
    printf 'CREATE DATABASE IF NOT EXISTS `%s` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n' "$db"
    printf 'CREATE ROLE IF NOT EXISTS `%s`;\n' "$role"
    printf 'GRANT SELECT ON `%s`.* TO `%s`;\n' "$db" "$role"
    for host in ${MEDMESH_DB_CLIENT_HOSTS:-127.0.0.1 localhost}; do
        printf "CREATE USER IF NOT EXISTS '%s'@'%s' IDENTIFIED BY %s;\n" "$owner" "$host" "$(sql_string "$owner_password")"
        printf "GRANT ALL PRIVILEGES ON \`%s\`.* TO '%s'@'%s' WITH GRANT OPTION;\n" "$db" "$owner" "$host"
        printf "CREATE USER IF NOT EXISTS '%s'@'%s' IDENTIFIED BY %s;\n" "$user" "$host" "$(sql_string "$password")"
        printf "GRANT \`%s\` TO '%s'@'%s';\n" "$role" "$user" "$host"
        printf "SET DEFAULT ROLE \`%s\` FOR '%s'@'%s';\n" "$role" "$user" "$host"
    done
} | docker_process_sql

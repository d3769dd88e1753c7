#!/usr/bin/env bash
# The throw-away environment of the in-container tests (ehr-ear, *ContainerIT): a private MariaDB, a JWT key pair,
# demo accounts with random passwords, Chromium for the browser tests, and the channel between the node (hospIT) and
# its test peer (hospX): CA, TLS stores, signing keys, broker logins, with the passwords the build gives the node
# (CHANNEL_SECRET-store, -node, -login, -peer), all under one directory. Called by Maven around integration-test.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

usage() {
    echo "Usage: it-environment.sh start DIR DB_PORT DB_PASSWORD DB_OWNER_PASSWORD CHANNEL_SECRET DOMAIN_XML | stop DIR" >&2
    exit 2
}

# An external OpenID Connect issuer for IdentityContainerIT: DIR/idp-private.pem (PKCS#8) and DIR/jwks.json, the
# JWKS document (RFC 7517) holding its public key under kid "it-idp-1".
idp_keys() {
    local idp=$1
    mkdir -p "$idp"
    if [[ ! -s $idp/idp-private.pem ]]; then
        (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$idp/idp-private.pem" 2>/dev/null)
    fi
    local n
    n=$(openssl rsa -in "$idp/idp-private.pem" -noout -modulus 2>/dev/null | cut -d= -f2 |
        perl -ne 'chomp; print pack("H*", $_)' | base64 -w0 | tr '+/' '-_' | tr -d '=')
    printf '{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"it-idp-1","n":"%s","e":"AQAB"}]}\n' "$n" \
        > "$idp/jwks.json"
}

# channel DIR SECRET: the node's channel, its secrets fixed beforehand (channel-keys.sh keeps what exists) so the build
# can hand them to the server.
channel() {
    local channel=$1/channel secret=$2
    mkdir -p "$channel/hospIT" "$channel/hospX"
    chmod 700 "$channel" "$channel/hospIT" "$channel/hospX"
    (
        umask 077
        [[ -s $channel/hospIT/store-password ]] || printf '%s' "$secret-store" > "$channel/hospIT/store-password"
        [[ -s $channel/hospIT/node-password ]] || printf '%s' "$secret-node" > "$channel/hospIT/node-password"
        [[ -s $channel/hospIT/broker-logins ]] || printf 'hospX:%s\n' "$secret-login" > "$channel/hospIT/broker-logins"
        [[ -s $channel/hospX/broker-accounts ]] || printf 'hospIT:%s\n' "$secret-login" > "$channel/hospX/broker-accounts"
        [[ -s $channel/hospIT/broker-accounts ]] || printf 'hospX:%s\n' "$secret-peer" > "$channel/hospIT/broker-accounts"
        [[ -s $channel/hospX/broker-logins ]] || printf 'hospIT:%s\n' "$secret-peer" > "$channel/hospX/broker-logins"
    )
    bash "$here/channel-keys.sh" "$channel" hospIT hospX >/dev/null
}

case "${1:-}" in
start)
    [[ $# -eq 7 ]] || usage
    dir=$2 port=$3 password=$4 owner_password=$5 channel_secret=$6 domain_xml=$7
    # Every test class deploys the EAR again into the one domain, and each deployment leaves some heap behind (about
    # 55 MB: Payara keeps the old deployments' class loaders): 512 MB (Payara's default) ran out at the tenth, 1 GB at
    # the seventeenth (full GCs of 15 s, then OutOfMemoryError, seen with 20 test classes).
    sed -i -E 's/-Xmx[0-9]+[mgMG]</-Xmx2g</' "$domain_xml"
    # No Server or X-Powered-By header on any listener, as in the launcher's domains (payara.sh).
    sed -i -E '/xpowered-by=/! s/<http ([^>]*default-virtual-server=)/<http xpowered-by="false" server-header="false" \1/' \
        "$domain_xml"
    mkdir -p "$dir"
    rm -rf "$dir/broker"
    bash "$here/mariadb-private.sh" start "$dir/db" "$port"
    # The node runs as 'medmesh' (no DDL; the audit tables insert-only) and migrates as 'medmesh_owner'.
    bash "$here/mariadb-private.sh" ensure-db "$dir/db" "$port" medmesh medmesh "$password" medmesh_owner "$owner_password"
    # An empty database the backup tests restore into, with its own accounts.
    bash "$here/mariadb-private.sh" ensure-db "$dir/db" "$port" medmesh_restore medmesh_restore "$password" \
        medmesh_restore_owner "$owner_password"
    bash "$here/dev-keys.sh" "$dir/keys"
    channel "$dir" "$channel_secret"
    idp_keys "$dir/idp"
    # The browser tests (WardUiContainerIT) drive Debian's Chromium.
    bash "$here/chromium.sh"
    # The operations checks (MonitoringContainerIT) run promtool and docker-compose.
    bash "$here/ops-tools.sh"
    if [[ ! -s $dir/demo-users.txt ]]; then
        umask 077
        {
            for role in doctor nurse pharmacist admin; do
                echo "it.$role:$role:$(openssl rand -hex 12)"
            done
        } > "$dir/demo-users.txt"
    fi
    ;;
stop)
    [[ $# -eq 2 ]] || usage
    bash "$here/mariadb-private.sh" stop "$2/db"
    ;;
*) usage ;;
esac

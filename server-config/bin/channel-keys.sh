#!/usr/bin/env bash
# Security material of the inter-hospital channel of a demo network, made with openssl and the JDK's keytool only:
#   DIR/ca/ca-key.pem, DIR/ca/ca.crt        the network CA (EC P-256, self-signed, 3650 days)
#   DIR/H/store-password                    password of H's two PKCS12 stores
#   DIR/H/broker-keystore.p12               H's EC P-256 key and chain (leaf + CA), alias H, leaf valid 825 days
#   DIR/H/broker-truststore.p12             the CA certificate as a trusted entry, alias medmesh-ca
#   DIR/H/signing-key.pem                   H's Ed25519 signing key (PKCS#8 PEM)
#   DIR/H/node-password                     the password of H's node account at its own broker
#   DIR/H/broker-logins                     P:<password H's bridge presents at P's broker>, one line per other P
#   DIR/H/broker-accounts                   P:<password P's bridge presents at H's broker>, one line per other P
#   DIR/network-keys                        every hospital's public signing key
# Existing files are kept: a second run changes nothing, a run with a new hospital id adds that hospital and its
# pair passwords. The hospitals are the ids given plus every hospital directory already in DIR. Extra subject
# alternative names of new leaf certificates come from EHR_CHANNEL_SAN (e.g. DNS:hospa.example.org,IP:10.0.0.5).
# Standalone on purpose (no lib.sh): the integration-test environment calls it too.
set -euo pipefail

usage() {
    printf 'Usage: channel-keys.sh DIR HOSPITAL_ID...\n' >&2
    printf '  HOSPITAL_ID: a letter, then up to 30 letters or digits. Extra certificate names: EHR_CHANNEL_SAN.\n' >&2
    exit 2
}

fail() {
    printf 'ehr: error: %s\n' "$1" >&2
    shift
    local line
    for line in "$@"; do
        printf '  %s\n' "$line" >&2
    done
    exit 1
}

if (($# < 2)) || [[ $1 == -h || $1 == --help ]]; then
    usage
fi
for tool in openssl keytool base64; do
    command -v "$tool" >/dev/null 2>&1 || case $tool in
    openssl) fail 'openssl is not installed.' 'Install it: apt-get install -y openssl' ;;
    keytool) fail 'keytool (from the JDK) is not on the PATH.' "Install a JDK 17 (apt-get install -y openjdk-17-jdk-headless) or put \$JAVA_HOME/bin on the PATH." ;;
    *) fail "$tool is not installed." 'Install it: apt-get install -y coreutils' ;;
    esac
done

dir=${1%/}
[[ -n $dir ]] || dir=/
shift
id_pattern='^[A-Za-z][A-Za-z0-9]{0,30}$'
for id in "$@"; do
    [[ $id =~ $id_pattern ]] ||
        fail "'$id' is not a valid hospital id." 'Use a letter followed by up to 30 letters or digits, e.g. hospA.'
    [[ $id != ca ]] || fail "'ca' cannot be a hospital id: DIR/ca holds the network CA." 'Choose another id.'
done

san_extra=${EHR_CHANNEL_SAN:-}
san_extra=${san_extra//[[:space:]]/}
san_extra=${san_extra#,}
san_extra=${san_extra%,}
if [[ -n $san_extra ]]; then
    san_pattern='^(DNS:[A-Za-z0-9*]([A-Za-z0-9.-]*[A-Za-z0-9])?|IP:[0-9A-Fa-f:.]+)$'
    IFS=, read -r -a san_names <<<"$san_extra"
    for name in "${san_names[@]}"; do
        [[ $name =~ $san_pattern ]] || fail "EHR_CHANNEL_SAN holds '$name', which is not a DNS: or IP: name." \
            'Give comma-separated names, e.g. EHR_CHANNEL_SAN=DNS:hospa.example.org,IP:10.0.0.5'
    done
fi

[[ -d $dir ]] || mkdir -p -- "$dir" || fail "cannot create $dir." 'Check the path and its permissions.'
umask 077

# The hospitals: the ids given (in order, without repeats), then those already with a directory in DIR.
hospitals=()
declare -A known=()
add_hospital() {
    if [[ -z ${known[$1]:-} ]]; then
        known[$1]=1
        hospitals+=("$1")
    fi
}
for id in "$@"; do
    add_hospital "$id"
done
for existing in "$dir"/*/; do
    existing=${existing%/}
    existing=${existing##*/}
    if [[ $existing =~ $id_pattern && $existing != ca ]] &&
        [[ -e $dir/$existing/broker-keystore.p12 || -e $dir/$existing/signing-key.pem ]]; then
        add_hospital "$existing"
    fi
done

# Scratch space (intermediate keys, requests, logs) and the temporary files of atomic writes; removed on exit.
scratch=$(mktemp -d "$dir/.channel-keys.XXXXXX") || fail "cannot write in $dir." 'Check its permissions.'
pending=()
cleanup() {
    rm -rf -- "$scratch"
    if ((${#pending[@]})); then
        rm -f -- "${pending[@]}"
    fi
}
trap cleanup EXIT
log=$scratch/log

# run WHAT COMMAND...: runs COMMAND with its output in the scratch log, which is shown when it fails.
run() {
    local what=$1
    shift
    if ! "$@" >"$log" 2>&1; then
        sed 's/^/  | /' "$log" >&2
        fail "could not $what." 'See the tool output above; fix its cause and run channel-keys.sh again.'
    fi
}

# temp_for FILE: sets tmp to a fresh temporary name next to FILE (same directory, so the final mv is atomic).
temp_for() {
    tmp="$(dirname -- "$1")/.$(basename -- "$1").$$.$RANDOM"
    rm -f -- "$tmp"
    pending+=("$tmp")
}

# publish TMP FILE MODE: sets the mode of TMP and renames it to FILE.
publish() {
    chmod "$3" -- "$1"
    mv -f -- "$1" "$2"
}

# random_secret: 32 random letters and digits.
random_secret() {
    local chars=''
    while ((${#chars} < 32)); do
        chars+=$(openssl rand -base64 48 | tr -dc 'A-Za-z0-9')
    done
    printf '%s' "${chars:0:32}"
}

# write_secret FILE WHAT: creates FILE holding a random secret (no trailing newline) unless it exists.
write_secret() {
    local file=$1
    if [[ -s $file ]]; then
        return 0
    fi
    temp_for "$file"
    random_secret >"$tmp"
    publish "$tmp" "$file" 600
    printf 'channel: created %s\n' "$2"
}

cat >"$scratch/openssl.cnf" <<'EOF'
[req]
distinguished_name = dn
prompt = no
[dn]
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[leaf_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth, clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
EOF

new_ec_key() {
    run "generate an EC P-256 key" openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 \
        -pkeyopt ec_param_enc:named_curve -out "$1"
}

# --- The network CA ---
ca_dir=$dir/ca
ca_key=$ca_dir/ca-key.pem
ca_crt=$ca_dir/ca.crt
if [[ ! -s $ca_key ]]; then
    [[ ! -s $ca_crt ]] || fail "$ca_crt exists but its key $ca_key does not." \
        "Restore $ca_key, or delete $ca_dir and every DIR/*/broker-*.p12 to start a new network CA."
    for hospital in "${hospitals[@]}"; do
        [[ ! -e $dir/$hospital/broker-keystore.p12 && ! -e $dir/$hospital/broker-truststore.p12 ]] ||
            fail "the network CA in $ca_dir is missing but $dir/$hospital has broker stores issued by it." \
                "Restore $ca_dir, or delete every DIR/*/broker-*.p12 to re-issue them under a new CA."
    done
fi
mkdir -p -- "$ca_dir"
chmod 700 -- "$ca_dir"
if [[ ! -s $ca_key ]]; then
    temp_for "$ca_key"
    new_ec_key "$tmp"
    publish "$tmp" "$ca_key" 600
    temp_for "$ca_crt"
    run "create the demo network CA certificate" openssl req -new -x509 -config "$scratch/openssl.cnf" \
        -extensions ca_ext -key "$ca_key" -subj '/CN=MedMesh demo network CA' -days 3650 -sha256 -out "$tmp"
    publish "$tmp" "$ca_crt" 644
    printf 'channel: created the demo CA in %s\n' "$ca_dir"
elif [[ ! -s $ca_crt ]]; then
    temp_for "$ca_crt"
    run "create the demo network CA certificate" openssl req -new -x509 -config "$scratch/openssl.cnf" \
        -extensions ca_ext -key "$ca_key" -subj '/CN=MedMesh demo network CA' -days 3650 -sha256 -out "$tmp"
    publish "$tmp" "$ca_crt" 644
    printf 'channel: created the demo CA certificate %s from its existing key\n' "$ca_crt"
fi
chmod 600 -- "$ca_key"

# --- Each hospital's own material ---
for hospital in "${hospitals[@]}"; do
    home=$dir/$hospital
    mkdir -p -- "$home"
    chmod 700 -- "$home"
    password=$home/store-password
    keystore=$home/broker-keystore.p12
    truststore=$home/broker-truststore.p12
    if [[ ! -s $password ]] && [[ -e $keystore || -e $truststore ]]; then
        fail "$password is missing, so the existing stores of $hospital cannot be opened." \
            "Restore it, or delete $keystore and $truststore to create new ones."
    fi
    write_secret "$password" "$hospital's store password in $home"

    if [[ ! -s $keystore ]]; then
        work=$scratch/$hospital
        mkdir -p -- "$work"
        new_ec_key "$work/key.pem"
        san='DNS:localhost,IP:127.0.0.1'
        [[ -z $san_extra ]] || san+=",$san_extra"
        { cat "$scratch/openssl.cnf" && printf 'subjectAltName = %s\n' "$san"; } >"$work/openssl.cnf"
        run "create the certificate request of $hospital" openssl req -new -config "$work/openssl.cnf" \
            -key "$work/key.pem" -subj "/O=MedMesh demo network/CN=$hospital" -out "$work/request.pem"
        run "issue the certificate of $hospital" openssl x509 -req -in "$work/request.pem" -CA "$ca_crt" \
            -CAkey "$ca_key" -set_serial "0x$(openssl rand -hex 16)" -days 825 -sha256 \
            -extfile "$work/openssl.cnf" -extensions leaf_ext -out "$work/cert.pem"
        temp_for "$keystore"
        run "write the key store of $hospital" openssl pkcs12 -export -inkey "$work/key.pem" \
            -in "$work/cert.pem" -certfile "$ca_crt" -name "$hospital" -passout "file:$password" -out "$tmp"
        publish "$tmp" "$keystore" 600
        rm -rf -- "$work"
        printf 'channel: created %s (key and certificate CN=%s, issued by the demo CA)\n' "$keystore" "$hospital"
    fi
    chmod 600 -- "$keystore"

    if [[ ! -s $truststore ]]; then
        temp_for "$truststore"
        run "write the trust store of $hospital" keytool -importcert -noprompt -storetype PKCS12 \
            -alias medmesh-ca -file "$ca_crt" -keystore "$tmp" -storepass:file "$password"
        publish "$tmp" "$truststore" 600
        printf 'channel: created %s (trusts the demo CA)\n' "$truststore"
    fi
    chmod 600 -- "$truststore"

    signing=$home/signing-key.pem
    if [[ ! -s $signing ]]; then
        temp_for "$signing"
        run "generate the Ed25519 signing key of $hospital" openssl genpkey -algorithm ed25519 -out "$tmp"
        publish "$tmp" "$signing" 600
        printf 'channel: created %s (Ed25519)\n' "$signing"
    fi
    chmod 600 -- "$signing"

    write_secret "$home/node-password" "$hospital's node broker password in $home"
done

# --- Pair passwords: H's broker-logins line for P equals P's broker-accounts line for H ---
# logins["H P"] / accounts["H P"]: the value of P's line in H's broker-logins / broker-accounts.
declare -A logins=() accounts=()
# read_pairs HOSPITAL FILE: prints "HOSPITAL PEER VALUE" for each PEER:VALUE line of FILE.
read_pairs() {
    local line
    [[ -f $2 ]] || return 0
    while IFS= read -r line || [[ -n $line ]]; do
        if [[ $line =~ ^([A-Za-z][A-Za-z0-9]*):(.+)$ ]]; then
            printf '%s %s %s\n' "$1" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
        fi
    done <"$2"
}
for hospital in "${hospitals[@]}"; do
    while read -r owner peer value; do
        logins["$owner $peer"]=$value
    done < <(read_pairs "$hospital" "$dir/$hospital/broker-logins")
    while read -r owner peer value; do
        accounts["$owner $peer"]=$value
    done < <(read_pairs "$hospital" "$dir/$hospital/broker-accounts")
done
declare -A add_logins=() add_accounts=()
for hospital in "${hospitals[@]}"; do
    for peer in "${hospitals[@]}"; do
        [[ $peer != "$hospital" ]] || continue
        login=${logins["$hospital $peer"]:-}
        account=${accounts["$peer $hospital"]:-}
        if [[ -n $login && -n $account ]]; then
            [[ $login == "$account" ]] || fail "$dir/$hospital/broker-logins and $dir/$peer/broker-accounts disagree on the password of $hospital at $peer." \
                "Delete the '$peer:' line of the first and the '$hospital:' line of the second, then run channel-keys.sh again."
            continue
        fi
        [[ -n $login ]] || login=${account:-$(random_secret)}
        [[ -n ${logins["$hospital $peer"]:-} ]] || add_logins[$hospital]+="$peer:$login"$'\n'
        [[ -n $account ]] || add_accounts[$peer]+="$hospital:$login"$'\n'
    done
done
# append_lines FILE LINES WHAT: writes FILE anew as its old content followed by LINES.
append_lines() {
    local file=$1 lines=$2 count
    temp_for "$file"
    if [[ -f $file ]]; then
        cat -- "$file" >"$tmp"
        [[ -z $(tail -c1 -- "$tmp") ]] || printf '\n' >>"$tmp"
    fi
    printf '%s' "$lines" >>"$tmp"
    publish "$tmp" "$file" "${4:-600}"
    count=$(printf '%s' "$lines" | grep -c '')
    printf 'channel: added %d %s to %s\n' "$count" "$3" "$file"
}
for hospital in "${hospitals[@]}"; do
    if [[ -n ${add_logins[$hospital]:-} ]]; then
        append_lines "$dir/$hospital/broker-logins" "${add_logins[$hospital]}" "broker login(s)"
    fi
    if [[ -n ${add_accounts[$hospital]:-} ]]; then
        append_lines "$dir/$hospital/broker-accounts" "${add_accounts[$hospital]}" "broker account(s)"
    fi
    for file in broker-logins broker-accounts; do
        [[ ! -e $dir/$hospital/$file ]] || chmod 600 -- "$dir/$hospital/$file"
    done
done

# --- The network's public signing keys: existing lines kept, a line added for each key not yet listed ---
network=$dir/network-keys
declare -A listed=()
if [[ -f $network ]]; then
    while IFS= read -r line || [[ -n $line ]]; do
        read -r -a fields <<<"$line"
        if ((${#fields[@]} >= 2)); then
            listed["${fields[0]} ${fields[1]}"]=1
        fi
    done <"$network"
fi
new_keys=''
for hospital in "${hospitals[@]}"; do
    der=$scratch/$hospital.der
    run "derive the public signing key of $hospital" openssl pkey -in "$dir/$hospital/signing-key.pem" \
        -pubout -outform DER -out "$der"
    public=$(base64 -w0 <"$der")
    [[ -n ${listed["$hospital $public"]:-} ]] || new_keys+="$hospital $public"$'\n'
done
if [[ ! -f $network ]]; then
    temp_for "$network"
    cat >"$tmp" <<'EOF'
# The public signing keys of the hospitals of this network, one key per line:
# hospital public-key(base64 X.509 SubjectPublicKeyInfo, Ed25519) [retired-after=<ISO-8601 instant>]
# A key with retired-after= is accepted only for changes stamped before that instant (key rotation: add the new
# key, mark the old one retired-after=<instant of the switch>). Keys of external hospitals may be added by hand.
EOF
    publish "$tmp" "$network" 644
fi
if [[ -n $new_keys ]]; then
    append_lines "$network" "$new_keys" "hospital signing key(s)" 644
fi
chmod 644 -- "$network"

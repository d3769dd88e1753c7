#!/usr/bin/env bash
# Development JWT signing keys: DIR/jwt-private.pem (RSA-2048, PKCS#8, mode 600) and DIR/jwt-public.pem.
# Existing keys are kept; a missing public key is derived from the private one.
set -euo pipefail

if (($# != 1)) || [[ $1 == -h || $1 == --help ]]; then
    printf 'Usage: dev-keys.sh DIR\n' >&2
    exit 2
fi
command -v openssl >/dev/null 2>&1 || {
    printf 'ehr: error: openssl is not installed.\n  Install it: apt-get install -y openssl\n' >&2
    exit 1
}

dir=$1
private="$dir/jwt-private.pem"
public="$dir/jwt-public.pem"
mkdir -p -- "$dir"
chmod 700 -- "$dir"

if [[ ! -s $private ]]; then
    tmp="$dir/.jwt-private.pem.$$"
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp" 2>/dev/null) || {
        rm -f -- "$tmp"
        printf 'ehr: error: openssl could not generate an RSA key in %s.\n' "$dir" >&2
        exit 1
    }
    mv -f -- "$tmp" "$private"
    rm -f -- "$public"
fi
chmod 600 -- "$private"

if [[ ! -s $public ]]; then
    tmp="$dir/.jwt-public.pem.$$"
    openssl pkey -in "$private" -pubout -out "$tmp" 2>/dev/null || {
        rm -f -- "$tmp"
        printf 'ehr: error: openssl could not derive the public key from %s.\n' "$private" >&2
        exit 1
    }
    chmod 644 -- "$tmp"
    mv -f -- "$tmp" "$public"
fi

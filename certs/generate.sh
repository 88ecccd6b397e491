#!/usr/bin/env bash
# Creates (or renews) a CA and the webhook's serving certificate, and writes a kustomize overlay
# holding the TLS Secret and the webhook configuration's caBundle. Idempotent: a valid CA and
# certificate are kept unless --force is given or they expire within 30 days.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: certs/generate.sh [--namespace NS] [--out DIR] [--days N] [--force]
  --namespace NS  install namespace: the certificate's DNS names and the overlay's namespace
                  (default stork-system)
  --out DIR       overlay directory to write (default manifests/overlays/self-signed)
  --days N        validity of the serving certificate in days (default 365; the CA: 3650)
  --force         issue a new CA and serving certificate even if the current ones are valid
Then: kubectl apply -k DIR
EOF
}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
namespace=stork-system
out=$repo/manifests/overlays/self-signed
days=365
force=false
renew_within=$((30 * 86400))

while [ $# -gt 0 ]; do
  case $1 in
    --namespace) namespace=${2:?--namespace needs a value}; shift 2 ;;
    --out) out=${2:?--out needs a value}; shift 2 ;;
    --days) days=${2:?--days needs a value}; shift 2 ;;
    --force) force=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "generate.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
command -v openssl >/dev/null || { echo "generate.sh: openssl is required" >&2; exit 1; }
[[ $namespace =~ ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$ ]] || { echo "generate.sh: --namespace must be a DNS label" >&2; exit 2; }
case $days in '' | *[!0-9]*) echo "generate.sh: --days must be a number" >&2; exit 2 ;; esac
[ "$days" -gt 30 ] || { echo "generate.sh: --days must exceed the 30-day renewal window" >&2; exit 2; }

umask 077
mkdir -p "$out"
out=$(cd "$out" && pwd -P)
cd "$out"

service=stork-webhook
sans="DNS:$service, DNS:$service.$namespace, DNS:$service.$namespace.svc, DNS:$service.$namespace.svc.cluster.local"

# The relative path from directory $1 to directory $2 (kustomize refuses absolute base paths).
relpath() {
  local from=$1 to=$2 up=
  while [ "$from" != / ] && [ "$to" != "$from" ] && [ "${to#"$from"/}" = "$to" ]; do
    from=$(dirname "$from")
    up=../$up
  done
  if [ "$to" = "$from" ]; then to=; elif [ "$from" = / ]; then to=${to#/}; else to=${to#"$from"/}; fi
  local path=$up$to
  path=${path%/}
  echo "${path:-.}"
}

# True when the certificate $1 and key $2 exist, belong together and stay valid past the renewal window.
usable() {
  [ -s "$1" ] && [ -s "$2" ] &&
    openssl x509 -noout -checkend "$renew_within" -in "$1" >/dev/null &&
    [ "$(openssl x509 -noout -pubkey -in "$1")" = "$(openssl pkey -pubout -in "$2")" ]
}

san_list() {
  openssl x509 -noout -text -in "$1" | awk '/X509v3 Subject Alternative Name/ { getline; gsub(/^ +| +$/, ""); print }'
}

extensions() {
  cat <<EOF
[req]
distinguished_name = dn
[dn]
[ca]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[serving]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = $sans
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EOF
}

new_key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }
serial() { echo "0x$(openssl rand -hex 16)"; }

issue_ca() {
  # The old CA stays in the bundle until it expires, so the API server keeps trusting the running
  # webhook until the new certificate reaches it.
  if [ -s ca.crt ] && openssl x509 -noout -checkend 0 -in ca.crt >/dev/null; then cp ca.crt ca-previous.crt; fi
  new_key ca.key
  openssl req -x509 -new -key ca.key -subj "/CN=stork-webhook-ca" -days 3650 -set_serial "$(serial)" \
    -config extensions.cnf -extensions ca -out ca.crt
  echo "generate.sh: new CA (ca.crt)"
}

issue_serving() {
  new_key tls.key
  openssl req -new -key tls.key -subj "/CN=$service.$namespace.svc" -config extensions.cnf -out tls.csr
  local err # OpenSSL 3 reports success on stderr too: show it only on failure.
  err=$(openssl x509 -req -in tls.csr -CA ca.crt -CAkey ca.key -set_serial "$(serial)" -days "$days" \
    -extfile extensions.cnf -extensions serving -out tls.crt 2>&1) || { echo "$err" >&2; exit 1; }
  rm -f tls.csr
  echo "generate.sh: new serving certificate (tls.crt) for $sans"
}

serving_matches() {
  usable tls.crt tls.key &&
    openssl verify -CAfile ca.crt tls.crt >/dev/null 2>&1 &&
    [ "$(san_list tls.crt)" = "$sans" ]
}

b64() { openssl base64 -A -in "$1"; }

write_overlay() {
  cat ca.crt >ca-bundle.crt
  if [ -s ca-previous.crt ] && openssl x509 -noout -checkend 0 -in ca-previous.crt >/dev/null; then
    cat ca-previous.crt >>ca-bundle.crt
  else
    rm -f ca-previous.crt
  fi
  cat >secret.yaml <<EOF
# Written by certs/generate.sh. Holds a private key: do not commit.
apiVersion: v1
kind: Secret
metadata:
  name: stork-webhook-tls
type: kubernetes.io/tls
data:
  tls.crt: $(b64 tls.crt)
  tls.key: $(b64 tls.key)
EOF
  cat >ca-bundle-patch.yaml <<EOF
# Written by certs/generate.sh: the CA(s) the API server trusts when calling the webhook.
- op: add
  path: /webhooks/0/clientConfig/caBundle
  value: $(b64 ca-bundle.crt)
EOF
  cp "$repo/manifests/overlays/cert-manager/namespace-replacements.yaml" namespace-replacements.yaml
  cat >kustomization.yaml <<EOF
# Written by certs/generate.sh (re-run it to renew). Holds private keys: do not commit.
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: $namespace
resources:
  - $(relpath "$out" "$repo/manifests/base")
  - secret.yaml
patches:
  - path: ca-bundle-patch.yaml
    target:
      kind: MutatingWebhookConfiguration
      name: stork-webhook
replacements:
  - path: namespace-replacements.yaml
EOF
}

extensions >extensions.cnf
if $force || ! usable ca.crt ca.key; then
  issue_ca
  issue_serving
elif ! serving_matches; then
  issue_serving
else
  echo "generate.sh: CA and serving certificate are valid; kept (--force renews)"
fi
rm -f extensions.cnf
write_overlay
echo "generate.sh: wrote $out; apply with: kubectl apply -k $out"

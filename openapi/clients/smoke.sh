#!/usr/bin/env bash
# Generates clients from openapi/openapi.yaml with openapi-generator (never edited by hand), starts
# the packaged service behind Stoplight Prism's validating proxy, and runs each client's smoke tour
# through the proxy. Fails when a client does not compile, a tour assertion fails, or Prism reports
# a single request or response that breaks the document.
#   usage: openapi/clients/smoke.sh   (from the project root, after ./mvnw package)
set -euo pipefail
cd "$(dirname "$0")/../.."

GENERATOR_VERSION=7.17.0
work=target/clients
tools="$work/tools"
rm -rf "$work"
mkdir -p "$tools"

echo "==> Tools: openapi-generator $GENERATOR_VERSION, Prism, TypeScript"
npm install --silent --no-audit --no-fund --prefix "$tools" \
    @openapitools/openapi-generator-cli@2.35.0 @stoplight/prism-cli@5.14.2 typescript@5.9.3 @types/node@20 >/dev/null
generator() {
    (cd "$tools" && ./node_modules/.bin/openapi-generator-cli "$@")
}
generator version-manager set "$GENERATOR_VERSION" >/dev/null

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
service_port=$(free_port)
proxy_port=$(free_port)
token=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
pids=()
resume_database() {
    if [ -f "$work/data/postgres/postmaster.pid" ]; then
        local pm
        pm=$(head -n 1 "$work/data/postgres/postmaster.pid")
        kill -CONT "$pm" $(ps -o pid= --ppid "$pm") 2>/dev/null || true
    fi
}
cleanup() {
    resume_database
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

echo "==> The packaged service on :$service_port (embedded PostgreSQL), Prism on :$proxy_port"
BLOG_DATA_DIR="$PWD/$work/data" BLOG_ADMIN_TOKEN="$token" QUARKUS_HTTP_PORT="$service_port" \
    java -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$service_port/q/health/ready" >/dev/null && break
    sleep 1
done
curl -sf "http://127.0.0.1:$service_port/q/health/ready" >/dev/null || { cat "$work/service.log"; exit 1; }
"$tools/node_modules/.bin/prism" proxy openapi/openapi.yaml "http://127.0.0.1:$service_port" \
    --errors --host 127.0.0.1 --port "$proxy_port" > "$work/prism.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
    curl -s -o /dev/null "http://127.0.0.1:$proxy_port/api/v1/site" && break
    sleep 1
done

echo "==> TypeScript client (typescript-fetch), compiled with tsc --strict, tour run with node"
generator generate -i "$PWD/openapi/openapi.yaml" -g typescript-fetch \
    -o "$PWD/$work/typescript/generated" >/dev/null
cp openapi/clients/typescript/smoke.ts "$work/typescript/"
"$tools/node_modules/.bin/tsc" --strict --target es2022 --module commonjs --moduleResolution node \
    --lib es2022,dom --types node --typeRoots "$tools/node_modules/@types" --outDir "$work/typescript/out" "$work/typescript/smoke.ts"
BLOG_API_URL="http://127.0.0.1:$proxy_port" BLOG_SERVICE_URL="http://127.0.0.1:$service_port" \
    BLOG_ADMIN_TOKEN="$token" node "$work/typescript/out/smoke.js"

echo "==> Java client (library native), built with Maven, tour run with java"
generator generate -i "$PWD/openapi/openapi.yaml" -g java --library native -o "$PWD/$work/java" \
    --additional-properties=groupId=dev.blogapi.client,artifactId=blog-api-client,invokerPackage=dev.blogapi.client,apiPackage=dev.blogapi.client.api,modelPackage=dev.blogapi.client.model,hideGenerationTimestamp=true \
    >/dev/null
mkdir -p "$work/java/src/main/java/dev/blogapi/smoke"
cp openapi/clients/java/Smoke.java "$work/java/src/main/java/dev/blogapi/smoke/"
./mvnw -B -q -f "$work/java/pom.xml" -DskipTests -Dmaven.javadoc.skip=true \
    package dependency:build-classpath -Dmdep.outputFile=classpath.txt
BLOG_API_URL="http://127.0.0.1:$proxy_port" BLOG_SERVICE_URL="http://127.0.0.1:$service_port" \
    BLOG_ADMIN_TOKEN="$token" java -cp "$work/java/target/classes:$(cat "$work/java/classpath.txt")" dev.blogapi.smoke.Smoke

echo "==> Error statuses through a second, non-blocking Prism: the answers must match the document"
# These requests break the document on purpose, so this proxy forwards them (no --errors) and only
# the service's answers are judged: any response violation fails the run.
errors_port=$(free_port)
"$tools/node_modules/.bin/prism" proxy openapi/openapi.yaml "http://127.0.0.1:$service_port" \
    --host 127.0.0.1 --port "$errors_port" > "$work/prism-errors.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
    curl -s -o /dev/null "http://127.0.0.1:$errors_port/api/v1/site" && break
    sleep 1
done
expect() {
    local want=$1
    shift
    local got
    got=$(curl -s -o "$work/answer.json" -w '%{http_code}' "$@")
    if [ "$got" != "$want" ]; then
        echo "expected $want, got $got: $*"; cat "$work/answer.json"; exit 1
    fi
    grep -q '"type":"urn:blog-api:problem:' "$work/answer.json" || { echo "no problem document: $*"; exit 1; }
}
api="http://127.0.0.1:$errors_port/api/v1"
auth=(-H "Authorization: Bearer $token")
expect 400 "${auth[@]}" -H 'Content-Type: application/json' -d '{"title": [1]}' "$api/posts"
expect 400 "$api/posts?page=0"
expect 406 -H 'Accept: image/png' "$api/posts"
expect 413 "${auth[@]}" -H 'Content-Type: application/json' \
    --data-binary @<(python3 -c 'print("{\"title\": \"" + "x" * 2000000 + "\"}")') "$api/posts"
expect 415 "${auth[@]}" -H 'Content-Type: text/plain' -d 'hello' "$api/posts"
for _ in $(seq 1 20); do curl -s -o /dev/null -H 'Authorization: Bearer not-a-token' "$api/site"; done
expect 429 -H 'Authorization: Bearer not-a-token' "$api/site"
# A frozen database (SIGSTOP on the embedded PostgreSQL and its backends) is a 503, not a hang.
postmaster=$(head -n 1 "$work/data/postgres/postmaster.pid")
database_signal() { kill "-$1" "$postmaster" $(ps -o pid= --ppid "$postmaster") 2>/dev/null || true; }
database_signal STOP
expect 503 --max-time 30 "$api/posts?size=1"
database_signal CONT
if grep -E 'Violation: response' "$work/prism-errors.log"; then
    exit 1
fi
echo "error statuses: 400, 406, 413, 415, 429, 503 answered as documented"

echo "==> Prism: no request or response broke the document"
# Prism lists every route at start with made-up example values ("/categories/error/feed.json"),
# so those [CLI] info lines are not findings; the validator's lines are.
if grep -Ei 'violation|error' "$work/prism.log" | grep -v 'Request received' \
        | grep -v '\[CLI\] ℹ  info' >/dev/null; then
    grep -Ei -B2 -A8 'violation|error' "$work/prism.log" | head -80
    exit 1
fi

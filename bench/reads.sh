#!/usr/bin/env bash
# Read throughput of the packaged service against nginx serving the very same response bytes as
# static files, side by side in one run, for each endpoint issue 12 names; prints the ratio table.
#   usage: bench/reads.sh            (from the project root; builds the jar first if missing)
#   env:   BENCH_POSTS (1000), BENCH_SECONDS (10), BENCH_CONNECTIONS (32),
#          BENCH_JAVA_OPTS (JVM options of the service, e.g. -Xmx128m)
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${BENCH_POSTS:-1000}
seconds=${BENCH_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-32}
port=${BENCH_PORT:-18081}
nginx_port=${BENCH_NGINX_PORT:-18082}
token=bench-token-0123456789abcdef0123456789abcdef

. bench/service.sh
need_tools nginx wrk

work=$(mktemp -d)
chmod 755 "$work" # nginx's workers run as nobody and must read the static copies
cleanup() {
    kill "$(cat "$work/service.pid" 2>/dev/null)" 2>/dev/null || true
    nginx -c "$work/nginx.conf" -p "$work" -s stop 2>/dev/null || true
    sleep 2
    rm -rf "$work"
}
trap cleanup EXIT

start_service
python3 bench/generate-feed.py "$posts" > "$work/feed.rss"
curl -sf -X POST "http://127.0.0.1:$port/api/v1/import" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/rss+xml' --data-binary @"$work/feed.rss" > /dev/null
slug=$(curl -sf "http://127.0.0.1:$port/api/v1/posts?size=1&page=3" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')

# name | path | content type
endpoints="feed-rss|/feed.rss|application/rss+xml
feed-atom|/feed.atom|application/atom+xml
feed-json|/feed.json|application/feed+json
posts|/api/v1/posts?size=20|application/json
post|/api/v1/posts/slug/$slug|application/json
categories|/api/v1/categories|application/json"

mkdir -p "$work/static" "$work/logs"
locations=""
while IFS='|' read -r name path type; do
    curl -sf "http://127.0.0.1:$port$path" -o "$work/static/$name"
    locations+="location = /$name { default_type $type; }"$'\n'
done <<< "$endpoints"
cat > "$work/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    types {}
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/static;
        $locations
    }
}
EOF
nginx -c "$work/nginx.conf" -p "$work"

# wrk's requests per second and 99th percentile latency, as "rps p99".
measure() {
    local url=$1 header=${2:-}
    local args=(-t2 "-c$connections" "-d${seconds}s" --latency)
    [ -n "$header" ] && args+=(-H "$header")
    wrk "${args[@]}" "$url" | awk '
        /Requests\/sec/ {rps=$2}
        /^ +99%/ {p99=$2}
        END {print rps, p99}'
}

etag_of() { curl -sfI "$1" | tr -d '\r' | awk 'tolower($1)=="etag:" {print $2}'; }

# Fails the run unless the URL answers the status the measurement is about.
expect_status() {
    local url=$1 header=$2 want=$3 got
    got=$(curl -s -o /dev/null -w '%{http_code}' ${header:+-H "$header"} "$url")
    [ "$got" = "$want" ] || { echo "$url answered $got, not $want" >&2; exit 1; }
}

printf '| endpoint | service req/s | service p99 | nginx req/s | nginx p99 | ratio |\n'
printf '| --- | --- | --- | --- | --- | --- |\n'
while IFS='|' read -r name path type; do
    for conditional in no yes; do
        service_url="http://127.0.0.1:$port$path"
        nginx_url="http://127.0.0.1:$nginx_port/$name"
        service_header="" nginx_header="" label="GET $path"
        if [ "$conditional" = yes ]; then
            service_header="If-None-Match: $(etag_of "$service_url")"
            nginx_header="If-None-Match: $(etag_of "$nginx_url")"
            label="GET $path (304)"
        fi
        want=200
        [ "$conditional" = yes ] && want=304
        expect_status "$service_url" "$service_header" $want
        expect_status "$nginx_url" "$nginx_header" $want
        measure "$service_url" "$service_header" > /dev/null # warm-up
        # Alternated twice, the better run of each kept: noise from neighbours on this machine
        # comes and goes within seconds, and should not fall on one side only.
        read -r service_rps service_p99 < <(measure "$service_url" "$service_header")
        read -r nginx_rps nginx_p99 < <(measure "$nginx_url" "$nginx_header")
        read -r rps p99 < <(measure "$service_url" "$service_header")
        if python3 -c "import sys; sys.exit(0 if $rps > $service_rps else 1)"; then
            service_rps=$rps service_p99=$p99
        fi
        read -r rps p99 < <(measure "$nginx_url" "$nginx_header")
        if python3 -c "import sys; sys.exit(0 if $rps > $nginx_rps else 1)"; then
            nginx_rps=$rps nginx_p99=$p99
        fi
        ratio=$(python3 -c "print(round($service_rps / $nginx_rps, 3))")
        printf '| `%s` | %s | %s | %s | %s | %s |\n' \
            "$label" "$service_rps" "$service_p99" "$nginx_rps" "$nginx_p99" "$ratio"
    done
done <<< "$endpoints"
echo
echo "$posts posts, wrk -t2 -c$connections -d${seconds}s (best of two alternated runs each), JVM options: ${BENCH_JAVA_OPTS:-(none)}, $(date -u +%F), commit $(git rev-parse --short HEAD)," \
    "resident memory of the service after the run: $(($(awk '/VmRSS/ {print $2}' "/proc/$(cat "$work/service.pid")/status") / 1024)) MiB"

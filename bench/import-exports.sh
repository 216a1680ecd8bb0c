#!/usr/bin/env bash
# Imports a generated 10,000-post export of each engine (WordPress WXR, Ghost JSON, Blogger Atom;
# bench/generate-exports.py) into the packaged service on a fresh embedded PostgreSQL with the
# heap capped (512 MiB, issue 13), then imports it again unchanged. Prints seconds, the answer's
# counts and the service's resident memory.
#   usage: bench/import-exports.sh      (from the project root; builds the jar first if missing)
#   env:   BENCH_POSTS (10000), BENCH_HEAP (512m), BENCH_JAVA_OPTS
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
posts=${BENCH_POSTS:-10000}
heap=${BENCH_HEAP:-512m}
port=${BENCH_PORT:-18081}
token=bench-token-0123456789abcdef0123456789abcdef
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; sleep 2; rm -rf "$work"' EXIT

send() {
    curl -sf -X POST "http://127.0.0.1:$port/api/v1/import" -H "Authorization: Bearer $token" \
        -H "Content-Type: $2" --data-binary @"$1"
}

for format in wxr ghost blogger; do
    case $format in
        wxr) type=application/rss+xml ;;
        ghost) type=application/json ;;
        blogger) type=application/atom+xml ;;
    esac
    python3 bench/generate-exports.py $format "$posts" > "$work/export.$format"
    BLOG_DATA_DIR="$work/data-$format" BLOG_ADMIN_TOKEN=$token QUARKUS_HTTP_PORT=$port \
        BLOG_BASE_URL=http://notes.example.org/blog \
        java -Xmx$heap ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$work/log-$format" 2>&1 &
    echo $! > "$work/pid"
    for _ in $(seq 1 240); do
        curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
        sleep 0.5
    done
    start=$(date +%s.%N)
    first=$(send "$work/export.$format" $type)
    middle=$(date +%s.%N)
    again=$(send "$work/export.$format" $type)
    end=$(date +%s.%N)
    resident=$(($(awk '/VmRSS/ {print $2}' "/proc/$(cat "$work/pid")/status") / 1024))
    kill "$(cat "$work/pid")"; wait "$(cat "$work/pid")" 2>/dev/null || true
    python3 - "$format" "$(du -h "$work/export.$format" | cut -f1)" "$heap" "$start" "$middle" "$end" \
        "$resident" "$first" "$again" <<'PY'
import json, sys
fmt, size, heap, start, middle, end, resident = sys.argv[1:8]
first, again = json.loads(sys.argv[8]), json.loads(sys.argv[9])
def counts(r):
    return "created %d, updated %d, unchanged %d, failed %d, skipped %s" % (
        r["created"], r["updated"], r["unchanged"], len(r["failed"]),
        {s["kind"]: s["count"] for s in r["skipped"]})
print("| %s | %s | %s | %.1f s: %s | %.1f s: %s | %s MiB |" % (
    fmt, size, heap, float(middle) - float(start), counts(first),
    float(end) - float(middle), counts(again), resident))
PY
done
echo "$posts posts (+1% pages), $(date -u +%F), commit $(git rev-parse --short HEAD)"

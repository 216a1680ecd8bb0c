#!/usr/bin/env bash
# Times importing generated RSS feeds of 1,000 and 10,000 items into the packaged service, each
# into a fresh embedded PostgreSQL, with the heap capped to show the import streams in batches
# rather than holding the whole blog in memory, then imports each feed again unchanged. Prints
# seconds and the 10k/1k ratio.
#   usage: bench/import.sh            (from the project root; builds the jar first if missing)
#   env:   BENCH_HEAP (512m), BENCH_JAVA_OPTS (more JVM options of the service)
set -euo pipefail
shopt -s inherit_errexit  # a failed import inside $(run …) stops the script
cd "$(dirname "$0")/.."
heap=${BENCH_HEAP:-512m}
port=${BENCH_PORT:-18080}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; sleep 2; rm -rf "$work"' EXIT

run() {
    local items=$1
    python3 bench/generate-feed.py "$items" > "$work/feed-$items.rss"
    BLOG_DATA_DIR="$work/data-$items" BLOG_ADMIN_TOKEN=bench-token-0123456789abcdef0123456789abcdef QUARKUS_HTTP_PORT=$port \
        BLOG_BASE_URL=http://notes.example.org/blog \
        java -Xmx$heap ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$work/log-$items" 2>&1 &
    echo $! > "$work/pid"
    for _ in $(seq 1 120); do
        curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
        sleep 0.5
    done
    local start end
    start=$(date +%s.%N)
    curl -sf -X POST "http://127.0.0.1:$port/api/v1/import" -H 'Authorization: Bearer bench-token-0123456789abcdef0123456789abcdef' \
        -H 'Content-Type: application/rss+xml' --data-binary @"$work/feed-$items.rss" > "$work/report-$items.json"
    end=$(date +%s.%N)
    # The same feed again: every item is found unchanged and nothing is written.
    local again
    again=$(date +%s.%N)
    curl -sf -X POST "http://127.0.0.1:$port/api/v1/import" -H 'Authorization: Bearer bench-token-0123456789abcdef0123456789abcdef' \
        -H 'Content-Type: application/rss+xml' --data-binary @"$work/feed-$items.rss" > "$work/again-$items.json"
    again=$(python3 -c "print(round($(date +%s.%N) - $again, 2))")
    local resident
    resident=$(($(awk '/VmRSS/ {print $2}' "/proc/$(cat "$work/pid")/status") / 1024))
    kill "$(cat "$work/pid")"; wait "$(cat "$work/pid")" 2>/dev/null || true
    local seconds
    seconds=$(python3 -c "print(round($end - $start, 2))")
    echo "$items items ($(du -h "$work/feed-$items.rss" | cut -f1)), heap $heap: $seconds s; report $(head -c 120 "$work/report-$items.json")" >&2
    echo "$items items again, unchanged: $again s; report $(head -c 120 "$work/again-$items.json")" >&2
    echo "$items items: resident memory of the service after both imports: $resident MiB" >&2
    echo "$seconds"
}

small=$(run 1000)
large=$(run 10000)
echo "ratio 10k/1k: $(python3 -c "print(round($large / $small, 2))")"

#!/usr/bin/env bash
# Startup to ready: launches the packaged service on an empty data directory (the embedded
# PostgreSQL's initdb and every migration included), then again on the same data (a restart),
# and prints the seconds from launch to the first 200 of /q/health/ready and the service's
# resident memory at that moment.
#   usage: bench/startup.sh          (from the project root; builds the jar first if missing)
#   env:   BENCH_JAVA_OPTS (JVM options of the service)
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-18084}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; sleep 3; rm -rf "$work"' EXIT

launch() {
    local start
    start=$(date +%s.%N)
    BLOG_DATA_DIR="$work/data" QUARKUS_HTTP_PORT=$port \
        java ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$work/log" 2>&1 &
    echo $! > "$work/pid"
    until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
        kill -0 "$(cat "$work/pid")" 2>/dev/null || { cat "$work/log" >&2; exit 1; }
        sleep 0.05
    done
    local seconds resident
    seconds=$(python3 -c "print(round($(date +%s.%N) - $start, 2))")
    resident=$(($(awk '/VmRSS/ {print $2}' "/proc/$(cat "$work/pid")/status") / 1024))
    echo "| $1 | $seconds | $resident |"
    kill "$(cat "$work/pid")"
    while kill -0 "$(cat "$work/pid")" 2>/dev/null; do sleep 0.1; done
}

echo "| start | seconds to ready | resident MiB when ready |"
echo "| --- | --- | --- |"
launch "empty data directory"
launch "restart on the same data"
echo
echo "JVM options: ${BENCH_JAVA_OPTS:-(none)}; $(date -u +%F), commit $(git rev-parse --short HEAD), $(java -version 2>&1 | head -1)"

# Sourced by the bench scripts (from the project root).

# Installs the Debian packages of the commands named that are missing, and builds the jar if it
# is not there yet.
need_tools() {
    local missing=()
    for tool in "$@"; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
}

# start_service: starts the packaged service on a fresh embedded PostgreSQL in
# "$work/data" on port $port with the admin token $token, and waits until it is ready.
#   env: BENCH_JAVA_OPTS (JVM options of the service)
start_service() {
    BLOG_DATA_DIR="$work/data" BLOG_ADMIN_TOKEN=$token QUARKUS_HTTP_PORT=$port \
        BLOG_BASE_URL=http://notes.example.org/blog \
        java ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
    echo $! > "$work/service.pid"
    for _ in $(seq 1 240); do
        curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "the service did not become ready; see $work/service.log" >&2
    return 1
}

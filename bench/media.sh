#!/usr/bin/env bash
# Media file reads of the packaged service (local disk store) against nginx serving the very same
# files, side by side in one run: a small image, a large image, a video, and a range of the video
# as a player asks for it; prints the ratio table.
#   usage: bench/media.sh            (from the project root; builds the jar first if missing)
#   env:   BENCH_SECONDS (10), BENCH_CONNECTIONS (32), BENCH_JAVA_OPTS
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${BENCH_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-32}
port=${BENCH_PORT:-18084}
nginx_port=${BENCH_NGINX_PORT:-18085}
token=bench-token-0123456789abcdef0123456789abcdef

. bench/service.sh
need_tools nginx wrk

work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
    kill "$(cat "$work/service.pid" 2>/dev/null)" 2>/dev/null || true
    nginx -c "$work/nginx.conf" -p "$work" -s stop 2>/dev/null || true
    sleep 2
    rm -rf "$work"
}
trap cleanup EXIT
start_service

# Files of each size with the right magic numbers and random bodies (nothing to compress).
python3 - "$work" <<'PY'
import os, struct, sys, zlib
work = sys.argv[1]
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
def png(path, size):
    header = struct.pack(">IIBBBBB", 800, 600, 8, 2, 0, 0, 0)
    body = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", os.urandom(size)) + chunk(b"IEND", b"")
    open(path, "wb").write(body)
png(f"{work}/small.png", 80 * 1024)
png(f"{work}/large.png", 1024 * 1024)
mdat = os.urandom(5 * 1024 * 1024)
open(f"{work}/video.mp4", "wb").write(
    struct.pack(">I", 24) + b"ftypmp42" + b"\0\0\0\0" + b"mp42isom" + struct.pack(">I", len(mdat) + 8) + b"mdat" + mdat)
PY

mkdir -p "$work/static" "$work/logs"
declare -A paths
for file in small.png large.png video.mp4; do
    type=image/png
    [ "$file" = video.mp4 ] && type=video/mp4
    url=$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/media" -H "Authorization: Bearer $token" \
        -H "Content-Type: $type" -H "Content-Disposition: attachment; filename=\"$file\"" \
        --data-binary @"$work/$file" | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"])')
    path=${url#http://notes.example.org/blog}
    paths[$file]=$path
    mkdir -p "$work/static$(dirname "$path")"
    cp "$work/$file" "$work/static$path"
done
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    types { image/png png; video/mp4 mp4; }
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/static;
        add_header Cache-Control "public, max-age=31536000, immutable";
    }
}
CONF
nginx -c "$work/nginx.conf" -p "$work"

measure() {
    local url=$1 header=${2:-}
    local args=(-t2 "-c$connections" "-d${seconds}s" --latency)
    [ -n "$header" ] && args+=(-H "$header")
    wrk "${args[@]}" "$url" | awk '
        /Requests\/sec/ {rps=$2}
        /Transfer\/sec/ {rate=$2}
        /^ +99%/ {p99=$2}
        END {print rps, p99, rate}'
}

printf '| file | service req/s | service p99 | service bytes/s | nginx req/s | nginx p99 | nginx bytes/s | ratio |\n'
printf '| --- | --- | --- | --- | --- | --- | --- | --- |\n'
for row in "small.png|80 KiB image|" "large.png|1 MiB image|" "video.mp4|5 MiB video|" \
    "video.mp4|1 MiB range of the video|Range: bytes=1048576-2097151"; do
    IFS='|' read -r file label header <<< "$row"
    path=${paths[$file]}
    service_url="http://127.0.0.1:$port$path"
    nginx_url="http://127.0.0.1:$nginx_port$path"
    want=200
    [ -n "$header" ] && want=206
    for url in "$service_url" "$nginx_url"; do
        got=$(curl -s -o /dev/null -w '%{http_code}' ${header:+-H "$header"} "$url")
        [ "$got" = "$want" ] || { echo "$url answered $got, not $want" >&2; exit 1; }
    done
    measure "$service_url" "$header" > /dev/null # warm-up
    read -r s_rps s_p99 s_rate < <(measure "$service_url" "$header")
    read -r n_rps n_p99 n_rate < <(measure "$nginx_url" "$header")
    ratio=$(python3 -c "print(round($s_rps / $n_rps, 2))")
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$s_rps" "$s_p99" "$s_rate" \
        "$n_rps" "$n_p99" "$n_rate" "$ratio"
done
echo
echo "$connections connections, ${seconds} s each, $(date -u +%F), commit $(git rev-parse --short HEAD)"

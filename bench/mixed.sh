#!/usr/bin/env bash
# Reads spread over a whole blog while people write: Zipf-distributed reads over every public URL
# of a 1,000-post blog (every post, 50 list pages, 20 categories' lists and feeds, the site's
# feeds and labels), against nginx serving the very same bytes in the same run, in three
# situations: nothing written; an author publishing 2 posts a second, each checked fresh right
# after (its list, its category's list and the site feed show it); an import of other posts
# running. Prints the ratio to nginx (measured alone) for each, and how many checks found a
# stale answer.
#   usage: bench/mixed.sh            (from the project root; builds the jar first if missing)
#   env:   BENCH_POSTS (1000), BENCH_SECONDS (15), BENCH_CONNECTIONS (32), BENCH_JAVA_OPTS
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${BENCH_POSTS:-1000}
seconds=${BENCH_SECONDS:-15}
connections=${BENCH_CONNECTIONS:-32}
port=${BENCH_PORT:-18081}
nginx_port=${BENCH_NGINX_PORT:-18082}
token=bench-token-0123456789abcdef0123456789abcdef

. bench/service.sh
need_tools nginx wrk

work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
    kill "$(cat "$work/service.pid" 2>/dev/null)" 2>/dev/null || true
    kill "$(cat "$work/writer.pid" 2>/dev/null)" 2>/dev/null || true
    kill "$(cat "$work/importer.pid" 2>/dev/null)" 2>/dev/null || true
    nginx -c "$work/nginx.conf" -p "$work" -s stop 2>/dev/null || true
    sleep 2
    rm -rf "$work"
}
trap cleanup EXIT

start_service
api="http://127.0.0.1:$port"
auth="Authorization: Bearer $token"
python3 bench/generate-feed.py "$posts" 20 > "$work/feed.rss"
curl -sf -X POST "$api/api/v1/import" -H "$auth" -H 'Content-Type: application/rss+xml' \
    --data-binary @"$work/feed.rss" > /dev/null

# Every public URL of the blog, one per line.
{
    for page in $(seq 1 50); do echo "/api/v1/posts?page=$page&size=20"; done
    curl -sf "$api/api/v1/categories?size=100" | python3 -c '
import json, sys
for c in json.load(sys.stdin):
    print("/api/v1/posts?category=" + c["slug"])
    print("/categories/" + c["slug"] + "/feed.rss")'
    for page in $(seq 1 $(( (posts + 99) / 100 ))); do
        curl -sf "$api/api/v1/posts?page=$page&size=100" |
            python3 -c 'import json,sys; [print("/api/v1/posts/slug/" + p["slug"]) for p in json.load(sys.stdin)["items"]]'
    done
    printf '%s\n' /feed.rss /feed.atom /feed.json /api/v1/categories /api/v1/authors /api/v1/archive
} > "$work/urls"
count=$(wc -l < "$work/urls")

# nginx serves each URL's bytes as a static file named by its line number.
mkdir -p "$work/static" "$work/logs"
n=0
while read -r url; do
    n=$((n + 1))
    curl -sf "$api$url" -o "$work/static/$n"
done < "$work/urls"
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
    default_type application/json;
    server { listen 127.0.0.1:$nginx_port; root $work/static; }
}
CONF
nginx -c "$work/nginx.conf" -p "$work"

# wrk scripts: the same Zipf sequence (s = 1, URLs in a shuffled order) over the service's URLs
# and over nginx's copies of them.
python3 - "$work" <<'PY'
import random, sys
work = sys.argv[1]
urls = open(work + "/urls").read().split()
random.seed(7)
order = list(range(len(urls)))
random.shuffle(order)
weights = [1.0 / (rank + 1) for rank in range(len(urls))]
with open(work + "/picks", "w") as out:
    out.write("\n".join(str(i + 1) for i in random.choices(order, weights=weights, k=200_000)))
with open(work + "/nginx-urls", "w") as out:
    out.write("\n".join("/%d" % (i + 1) for i in range(len(urls))))
for name, paths in (("service", "urls"), ("nginx", "nginx-urls")):
    with open(work + "/" + name + ".lua", "w") as out:
        out.write("""
local paths, picks, i = {}, {}, 0
for line in io.lines("%s/%s") do paths[#paths + 1] = line end
for line in io.lines("%s/picks") do picks[#picks + 1] = tonumber(line) end
request = function()
  i = i %% #picks + 1
  return wrk.format("GET", paths[picks[i]])
end
""" % (work, paths, work))
PY

rps() {
    wrk -t2 "-c$connections" "-d${seconds}s" -s "$work/$1.lua" "$2" | awk '/Requests\/sec/ {print $2}'
}

# An author publishing 2 posts a second, each checked right after its answer: the first list
# page, its category's list and the site's JSON feed must show it (a check answered with an
# error is counted apart). No process is started per write but curl: the writer's own work
# shares the two cores with the service.
writer() {
    local i=0 stale=0 checks=0 errors=0 category id status
    while true; do
        i=$((i + 1))
        category=${categories[$(( i % ${#categories[@]} ))]}
        id=$(curl -s -X POST "$api/api/v1/posts" -H "$auth" -H 'Content-Type: application/json' \
            -d "{\"title\": \"Mixed bench post $i\", \"status\": \"published\", \"categories\": [\"$category\"], \"contentMarkdown\": \"Fresh.\"}" |
            grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4)
        for url in "/api/v1/posts?page=1&size=20" "/api/v1/posts?category=$category" "/feed.json"; do
            checks=$((checks + 1))
            status=$(curl -s -o "$work/check" -w '%{http_code}' "$api$url")
            if [ "$status" != 200 ] || [ -z "$id" ]; then
                errors=$((errors + 1))
            elif ! grep -q "$id" "$work/check"; then
                stale=$((stale + 1))
                echo "stale: $url after $id" >> "$work/stale.log"
            fi
        done
        echo "$checks $stale $errors" > "$work/freshness"
        sleep 0.4
    done
}

# Another blog's 500 posts imported while readers read, again and again, each time with other
# titles, so every import writes every one of them.
importer() {
    python3 bench/generate-feed.py 500 20 100000 > "$work/other-a.rss"
    sed 's/Generated post/Imported post/g' "$work/other-a.rss" > "$work/other-b.rss"
    while true; do
        for feed in other-a other-b; do
            curl -sf -X POST "$api/api/v1/import" -H "$auth" -H 'Content-Type: application/rss+xml' \
                --data-binary @"$work/$feed.rss" > /dev/null
        done
    done
}

mapfile -t categories < <(curl -sf "$api/api/v1/categories?size=100" |
    python3 -c 'import json,sys; [print(c["slug"]) for c in json.load(sys.stdin)]')

rps service "$api" > /dev/null # warm-up: every URL rendered once
# nginx is measured while nothing else runs, before and after, the better run kept: the
# situations' writers and imports share the machine's two cores with whatever is measured.
nginx=$(rps nginx "http://127.0.0.1:$nginx_port")
printf '| situation | service req/s | nginx req/s | ratio | stale answers |\n| --- | --- | --- | --- | --- |\n'
results=()
for situation in "read only" "writing 2 posts/s" "import running"; do
    case "$situation" in
        writing*) writer & echo $! > "$work/writer.pid" ;;
        import*) importer & echo $! > "$work/importer.pid" ;;
    esac
    service=$(rps service "$api")
    stale="-"
    case "$situation" in
        writing*)
            kill "$(cat "$work/writer.pid")"; wait "$(cat "$work/writer.pid")" 2>/dev/null || true
            read -r checks bad errors < "$work/freshness"
            stale="$bad of $checks ($errors errors)"
            [ -f "$work/stale.log" ] && cat "$work/stale.log" >&2 ;;
        import*) kill "$(cat "$work/importer.pid")"; wait "$(cat "$work/importer.pid")" 2>/dev/null || true ;;
    esac
    results+=("$situation|$service|$stale")
done
again=$(rps nginx "http://127.0.0.1:$nginx_port")
nginx=$(python3 -c "print(max($nginx, $again))")
for result in "${results[@]}"; do
    IFS='|' read -r situation service stale <<< "$result"
    printf '| %s | %s | %s | %s | %s |\n' "$situation" "$service" "$nginx" \
        "$(python3 -c "print(round($service / $nginx, 3))")" "$stale"
done
echo
echo "$posts posts, $count URLs read with a Zipf distribution (s = 1), wrk -t2 -c$connections -d${seconds}s," \
    "nginx measured alone before and after (the better run), JVM options: ${BENCH_JAVA_OPTS:-(none)}," \
    "$(date -u +%F), commit $(git rev-parse --short HEAD)"

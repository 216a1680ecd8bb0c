#!/usr/bin/env bash
# Latency of uncached reads on a large blog: starts the packaged service on a fresh embedded
# PostgreSQL, writes BENCH_POSTS (100,000) posts, 50 categories and 20 authors straight into the
# schema (bench/generate-posts.sql), then times each list query from one client, sequentially
# and round robin,
# with a token so that no answer comes from the public response cache. Prints median and p90.
#   usage: bench/latency.sh          (from the project root; builds the jar first if missing)
#   env:   BENCH_POSTS (100000), BENCH_REQUESTS (200), BENCH_JAVA_OPTS
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${BENCH_POSTS:-100000}
requests=${BENCH_REQUESTS:-200}
port=${BENCH_PORT:-18083}
token=bench-token-0123456789abcdef0123456789abcdef

command -v psql >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null
}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

work=$(mktemp -d)
trap 'kill $(cat "$work/service.pid" 2>/dev/null) 2>/dev/null || true; sleep 3; rm -rf "$work"' EXIT
. bench/service.sh
start_service

db_port=$(sed -n 4p "$work/data/postgres/postmaster.pid")
start=$(date +%s.%N)
PGPASSWORD=$(cat "$work/data/postgres.password") psql -q -h 127.0.0.1 -p "$db_port" -U postgres \
    -d postgres -v posts="$posts" -f bench/generate-posts.sql
echo "wrote $posts posts in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s" >&2

python3 - "$port" "$token" "$requests" "$posts" <<'EOF'
import http.client, json, statistics, sys, time
port, token, requests, posts = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
queries = [
    ("first page", "/api/v1/posts?size=20"),
    ("page 2,500", "/api/v1/posts?size=20&page=2500"),
    ("category", "/api/v1/posts?size=20&category=bench-category-7"),
    ("author", "/api/v1/posts?size=20&author=bench-author-3"),
    ("year and month", "/api/v1/posts?size=20&year=2020&month=6"),
    ("search, common word", "/api/v1/posts?size=20&q=chisels"),
    ("one post by slug", f"/api/v1/posts/slug/bench-post-{posts // 2 + 1}"),
    ("sitemap index", "/sitemap.xml"),
    ("sitemap, first 1,000 posts", "/sitemaps/posts-1.xml"),
    ("sitemap, last 1,000 posts", f"/sitemaps/posts-{posts // 1000}.xml"),
    ("sitemap of the categories", "/sitemaps/categories-1.xml"),
]
connection = http.client.HTTPConnection("127.0.0.1", port)
headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}

def timed(path):
    begin = time.perf_counter()
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    response.read()
    if response.status != 200:
        sys.exit(f"{path} answered {response.status}")
    return (time.perf_counter() - begin) * 1000

# Round robin, so that the machine's noise and the JIT's warming fall on every query alike: 300
# rounds warm the JIT and PostgreSQL's caches, then `requests` rounds are timed.
for _ in range(300):
    for _, path in queries:
        timed(path)
timings = {path: [] for _, path in queries}
for _ in range(requests):
    for _, path in queries:
        timings[path].append(timed(path))
# A public list's total and page starts are remembered until public content changes
# (PostQueries): the first read after a write counts and walks again. Measured after a write each:
# a category's (which forgets everything), then a post's.
cold = {path: [] for _, path in queries}
for round_ in range(30):
    connection.request("POST", "/api/v1/categories", headers=dict(headers, **{"Content-Type": "application/json"}),
                       body=json.dumps({"name": f"bench change {round_} {time.time()}"}))
    response = connection.getresponse()
    response.read()
    if response.status != 201:
        sys.exit(f"creating a category answered {response.status}")
    for _, path in queries:
        cold[path].append(timed(path))
# A post's write forgets only what it touched (issue 25): measured after publishing a post each.
after_post = {path: [] for _, path in queries}
for round_ in range(30):
    connection.request("POST", "/api/v1/posts", headers=dict(headers, **{"Content-Type": "application/json"}),
                       body=json.dumps({"title": f"bench write {round_} {time.time()}", "status": "published",
                                        "categories": ["bench-category-7"], "contentMarkdown": "Chisels."}))
    response = connection.getresponse()
    response.read()
    if response.status != 201:
        sys.exit(f"publishing a post answered {response.status}")
    for _, path in queries:
        after_post[path].append(timed(path))
print("| query | path | median ms | p90 ms | first read after a category write, median ms |"
      " first read after a post write, median ms |")
print("| --- | --- | --- | --- | --- | --- |")
for name, path in queries:
    measured = sorted(timings[path])
    print(f"| {name} | `{path}` | {statistics.median(measured):.2f} | {measured[int(len(measured) * 0.9)]:.2f}"
          f" | {statistics.median(cold[path]):.2f} | {statistics.median(after_post[path]):.2f} |")
EOF
echo
echo "$posts posts, $requests sequential requests each, $(date -u +%F), commit $(git rev-parse --short HEAD)"

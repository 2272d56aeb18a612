#!/usr/bin/env bash
# Benchmark: how long a full refresh of the national feed (stores + sales, 25,439 sellers) takes to fetch, parse,
# validate and apply while residents' pages are being served, and what refreshing costs those pages.
#
#   mvn -B -DskipTests package && bash src/bench/feed-refresh.sh [perPage ...]     (default: 500 5000)
#
# Runs the built WAR on the embedded default against its own feed replay, on loopback only; every load is bounded
# in time (wrk -d). Figures are printed next to baselines measured in the same run:
#   - refresh: the portal's whole refresh (fetch + parse + validate + apply), as a ratio to fetching the same pages
#     raw with curl (what the replay itself costs to produce them);
#   - pages:   district-page throughput while refreshes run back to back, as a ratio to the same page with the
#     feed idle.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "needs wrk (apt-get install -y wrk)"; exit 2; }
[ -f target/portal.war ] && [ -f target/payara-micro.jar ] || { echo "build first: mvn -B -DskipTests package"; exit 2; }

PORT=${BENCH_PORT:-8191}
BASE="http://127.0.0.1:$PORT"
PAGE="$BASE/district/11440"
LOAD=${BENCH_LOAD_SECONDS:-30}
SELLERS=25439
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(500 5000)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT

start_portal() { # $1 perPage, $2 poll interval in seconds
    home=$(mktemp -d)
    java -Xmx2g -Duser.home="$home" -Dportal.feed.url="$BASE/replay" -Dportal.feed.per-page="$1" \
        -Dportal.feed.interval="$2" -Dportal.feed.stores-every=1 \
        -Dportal.clock.start=2020-03-11T12:00+09:00 -Dportal.clock.speed=1 \
        -jar target/payara-micro.jar --deploy target/portal.war --contextroot / --port "$PORT" --nocluster \
        --sslport $((PORT + 1)) >"$home/portal.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 240); do
        curl -s "$BASE/health/ready" | grep -q "\"sellersWithFeedData\":\"$SELLERS\"" && return 0
        sleep 1
    done
    echo "the portal did not become ready; log: $home/portal.log"; exit 1
}

stop_portal() {
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

timer() { # the refresh histogram's sum (ms) or count for one endpoint, from MicroProfile Metrics
    curl -s "$BASE/metrics?scope=application" | awk -v ep="$1" -v what="$2" \
        'index($0, "feed_refresh_duration_ms_" what "{") == 1 && index($0, "endpoint=\"" ep "\"") {printf "%d\n", $NF}'
}

throughput() { # gzip, as browsers ask for it
    wrk -t2 -c64 -d"${LOAD}s" -H 'Accept-Encoding: gzip' "$PAGE" | awk '/Requests\/sec/ {print $2}'
}

ratio() { echo "scale=2; $1 / $2" | bc; }

printf '%-8s %-14s %-14s %-8s %-16s %-16s %-8s\n' perPage refresh_s raw_fetch_s ratio page_idle_rps page_busy_rps ratio
for per_page in "${sizes[@]}"; do
    pages=$(( (SELLERS + per_page - 1) / per_page ))

    # baselines, with the feed idle (one refresh at start-up, the next an hour away)
    start_portal "$per_page" 3600
    wrk -t2 -c64 -d20s -H 'Accept-Encoding: gzip' "$PAGE" >/dev/null   # warm-up: the JIT needs load before figures mean anything
    t0=$(date +%s.%N)
    for endpoint in stores sales; do
        for p in $(seq 1 "$pages"); do curl -s -o /dev/null "$BASE/replay/$endpoint/json?page=$p&perPage=$per_page"; done
    done
    raw=$(echo "$(date +%s.%N) - $t0" | bc)
    idle=$(throughput)
    stop_portal

    # refreshes back to back (a poll every second) while the same page is under the same load
    start_portal "$per_page" 1
    wrk -t2 -c64 -d20s -H 'Accept-Encoding: gzip' "$PAGE" >/dev/null
    s0=$(timer SALES sum); c0=$(timer SALES count); t0s=$(timer STORES sum)
    busy=$(throughput)
    s1=$(timer SALES sum); c1=$(timer SALES count); t1s=$(timer STORES sum)
    stop_portal

    refreshes=$(echo "$c1 - $c0" | bc)
    refresh=$(echo "scale=2; (($s1 - $s0) + ($t1s - $t0s)) / $refreshes / 1000" | bc)
    printf '%-8s %-14s %-14s %-8s %-16s %-16s %-8s\n' "$per_page" "$refresh" "$(printf '%.2f' "$raw")" \
        "$(ratio "$refresh" "$raw")" "$idle" "$busy" "$(ratio "$busy" "$idle")"
done

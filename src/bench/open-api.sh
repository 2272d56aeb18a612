#!/usr/bin/env bash
# Benchmark: the republished 2020 open API (issue 8), against nginx serving the very same bytes as static files.
#
#   bash src/bench/open-api.sh               (builds the WAR first when it is missing; needs wrk and nginx)
#
# The portal runs on the embedded default with the demo replay polling (a fresh home directory). Once the API shows
# the feed's data, two things are measured, each for the portal and then for nginx in the same run:
#   1. storesByGeo with m=1000 around Seoul City Hall (central Seoul, the densest sellers): `wrk -t2 -c64 --latency`,
#      gzip accepted as apps' HTTP clients do, after a warm-up (the JIT needs minutes of load); a wrk Lua script
#      counts non-2xx answers and answers carrying Set-Cookie (a session created);
#   2. a full walk of sales/json as an app does it: page 1, then every page up to totalPages, one after the other on
#      one connection (perPage 500, gzip), BENCH_WALKS times; first, median and max.
# nginx serves the bytes the portal answered, saved plain and gzipped (gzip_static), so neither compresses per
# request. Prints each figure for both and the portal's as a ratio of nginx's, then one verdict line against the
# issue's figures: storesByGeo >= 5,000 req/s with p99 < 50 ms and no errors or sessions; a walk < 2 s.
#
# Settings (environment): BENCH_BUILD_DIR (target), BENCH_PORT (8195), BENCH_NGINX_PORT (18181),
# BENCH_WARMUP_SECONDS (180), BENCH_SECONDS (20), BENCH_WALKS (5), BENCH_KEEP (set: keep the temporary directory).
# Everything listens on loopback only and every load is bounded in time; everything started is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in wrk curl java; do command -v "$tool" >/dev/null || { echo "needs $tool"; exit 2; }; done
NGINX=${NGINX:-/usr/sbin/nginx}
[ -x "$NGINX" ] || { echo "needs nginx at $NGINX (apt-get install -y nginx-light)"; exit 2; }

BUILD=${BENCH_BUILD_DIR:-target}
PORT=${BENCH_PORT:-8195}
NGINX_PORT=${BENCH_NGINX_PORT:-18181}
WARMUP=${BENCH_WARMUP_SECONDS:-180}
SECONDS_MEASURED=${BENCH_SECONDS:-20}
WALKS=${BENCH_WALKS:-5}
GEO="/api/v1/storesByGeo/json?lat=37.5666&lng=126.9784&m=1000"
SALES=/api/v1/sales/json
ENCODING=(-H 'Accept-Encoding: gzip')

# shellcheck source=lib/load.sh
. src/bench/lib/load.sh
build_if_missing
banded() { # sellers around City Hall with a status: the API has the feed's data
    curl -s "http://127.0.0.1:$PORT$GEO" | grep -oE '"remain_stat":"(plenty|some|few|empty|break)"' | wc -l
}
start_demo_portal banded "in $GEO"

write_count_script
warm_up "http://127.0.0.1:$PORT$GEO" "$WARMUP" "$portal_pid"

# --- the same bytes for nginx, saved now: storesByGeo and every page of sales/json ------------------------------
mkdir -p "$work/www/sales"
save() { # $1 path and query on the portal, $2 file under www
    curl -s -o "$work/www/$2" "http://127.0.0.1:$PORT$1"
    curl -s -H 'Accept-Encoding: gzip' -o "$work/www/$2.gz" "http://127.0.0.1:$PORT$1"
    gzip -t "$work/www/$2.gz"
}
save "$GEO" geo.json
geo_bytes=$(stat -c %s "$work/www/geo.json.gz")
geo_count=$(grep -o '"count":[0-9]*' "$work/www/geo.json" | head -1 | cut -d: -f2)
pages=$(curl -s "http://127.0.0.1:$PORT$SALES?page=1&perPage=500" | grep -o '"totalPages":[0-9]*' | cut -d: -f2)
[ "${pages:-0}" -gt 1 ] || { echo "sales/json gives no totalPages"; exit 1; }
for page in $(seq 1 "$pages"); do save "$SALES?page=$page&perPage=500" "sales/$page.json"; done
walk_bytes=$(cat "$work"/www/sales/*.json.gz | wc -c)

walk() { # $1 base URL -> seconds for one walk, as an app does it: page 1 tells how many pages there are
    local started total urls=() page
    started=$(date +%s%N)
    total=$(curl -s --compressed "$1$SALES?page=1&perPage=500" | grep -o '"totalPages":[0-9]*' | cut -d: -f2)
    for page in $(seq 2 "$total"); do urls+=("$1$SALES?page=$page&perPage=500"); done
    curl -s --compressed --fail "${urls[@]}" >/dev/null # every page read, as an app would, then dropped
    awk -v n="$(($(date +%s%N) - started))" 'BEGIN { printf "%.3f\n", n / 1e9 }'
}
walks() { # $1 base URL -> "first median max" over BENCH_WALKS walks after one to warm up
    local times=() first
    first=$(walk "$1")
    for _ in $(seq 1 "$WALKS"); do times+=("$(walk "$1")"); done
    printf '%s\n' "${times[@]}" | sort -g | awk -v f="$first" '{ v[NR] = $1 }
        END { printf "%s %s %s\n", f, (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, v[NR] }'
}

measure "http://127.0.0.1:$PORT$GEO" "$SECONDS_MEASURED" "$portal_pid"
read -r p_rps p_p99 p_bad p_socket p_cookies p_cpu < <(figures)
read -r p_first p_walk p_worst < <(walks "http://127.0.0.1:$PORT")
stop "$portal_pid"; portal_pid=""

start_nginx "$NGINX_PORT" "application/json;charset=UTF-8" "
        location = /api/v1/storesByGeo/json { try_files /geo.json =404; }
        location = $SALES { try_files /sales/\$arg_page.json =404; }"
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT$GEO" && break; sleep 0.1; done
served=$(curl -s "${ENCODING[@]}" "http://127.0.0.1:$NGINX_PORT$GEO" | wc -c)
[ "$served" = "$geo_bytes" ] || { echo "nginx serves $served bytes, the portal $geo_bytes"; exit 1; }
measure "http://127.0.0.1:$NGINX_PORT$GEO" 5 "$nginx_pid" # the same start for its page cache and connections
measure "http://127.0.0.1:$NGINX_PORT$GEO" "$SECONDS_MEASURED" "$nginx_pid"
read -r n_rps n_p99 n_bad n_socket n_cookies n_cpu < <(figures)
read -r n_first n_walk n_worst < <(walks "http://127.0.0.1:$NGINX_PORT")
stop "$nginx_pid"; nginx_pid=""

echo "storesByGeo m=1000 at Seoul City Hall: $geo_count sellers; sales/json: $pages pages of 500, $walk_bytes bytes gzipped"
report portal "$geo_bytes" "$p_rps" "$p_p99" "$p_bad" "$p_socket" "$p_cookies" "$p_cpu"
report nginx "$geo_bytes" "$n_rps" "$n_p99" "$n_bad" "$n_socket" "$n_cookies" "$n_cpu"
printf 'sales walk  portal: first %s s, median %s s, max %s s   nginx: first %s s, median %s s, max %s s\n' \
    "$p_first" "$p_walk" "$p_worst" "$n_first" "$n_walk" "$n_worst"
errors=$((p_bad + p_socket))
geo_ratio=$(awk -v p="$p_rps" -v n="$n_rps" 'BEGIN { printf "%.2f", p / n }')
walk_ratio=$(awk -v p="$p_walk" -v n="$n_walk" 'BEGIN { printf "%.1f", p / n }')
missed=$(awk -v r="$p_rps" -v p99="$p_p99" -v e="$errors" -v c="$p_cookies" -v w="$p_worst" -v f="$p_first" 'BEGIN {
    if (r < 5000) m = m " req/s<5000"; if (p99 >= 50) m = m " p99>=50ms"; if (e > 0) m = m " errors>0"
    if (c > 0) m = m " sessions>0"; if (w >= 2 || f >= 2) m = m " walk>=2s"; print m }')
verdict="issue 8's figures met"; [ -z "$missed" ] || verdict="issue 8's figures NOT met:$missed"
printf 'open-api: storesByGeo %s req/s (x%s of nginx), p99 %s ms, %s errors, %s Set-Cookie; sales walk median %s s (x%s of nginx), max %s s; %s\n' \
    "$p_rps" "$geo_ratio" "$p_p99" "$errors" "$p_cookies" "$p_walk" "$walk_ratio" "$p_worst" "$verdict"

#!/usr/bin/env bash
# Benchmark: the 마포구 district page under a rush, against nginx serving the very same bytes as a static file.
#
#   bash src/bench/district-page.sh          (builds the WAR first when it is missing; needs wrk and nginx)
#
# The portal runs on the embedded default with the demo replay polling (a fresh home directory, so it starts clean
# and loads the seller list itself). Once /district/11440 shows feed data, the page is loaded for a warm-up (the JIT
# needs minutes of load before figures mean anything), its exact bytes are saved, and both targets get the same
# load in the same run: `wrk -t2 -c64 -d20s --latency`, gzip accepted as browsers do. nginx serves the saved bytes
# precompressed (gzip_static), so neither side compresses per request. The portal is stopped before nginx is
# measured, so its feed refreshes cost nginx nothing. A wrk Lua script counts non-2xx answers and answers carrying
# Set-Cookie (a session created). Prints a line per target, with the server's CPU time per request (from /proc:
# steadier than requests/s on a shared machine), then the figures against issue 5's goals:
# >= 8,000 req/s, p99 < 50 ms, 0 errors, 0 sessions, >= 20% of nginx.
#
# Settings (environment): BENCH_BUILD_DIR (target), BENCH_PORT (8191), BENCH_NGINX_PORT (18180),
# BENCH_WARMUP_SECONDS (240), BENCH_SECONDS (20), BENCH_GZIP (1; 0 measures the uncompressed page),
# BENCH_KEEP (set: keep the temporary directory with the logs, the saved page and nginx.conf).
# Everything listens on loopback only and every load is bounded in time; everything started is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in wrk curl java; do command -v "$tool" >/dev/null || { echo "needs $tool"; exit 2; }; done
NGINX=${NGINX:-/usr/sbin/nginx}
[ -x "$NGINX" ] || { echo "needs nginx at $NGINX (apt-get install -y nginx-light)"; exit 2; }

BUILD=${BENCH_BUILD_DIR:-target}
PORT=${BENCH_PORT:-8191}
NGINX_PORT=${BENCH_NGINX_PORT:-18180}
WARMUP=${BENCH_WARMUP_SECONDS:-240}
SECONDS_MEASURED=${BENCH_SECONDS:-20}
GZIP=${BENCH_GZIP:-1}
PATH_MEASURED=/district/11440
PORTAL="http://127.0.0.1:$PORT$PATH_MEASURED"
STATIC="http://127.0.0.1:$NGINX_PORT$PATH_MEASURED"
ENCODING=(); [ "$GZIP" = 1 ] && ENCODING=(-H 'Accept-Encoding: gzip')

# shellcheck source=lib/load.sh
. src/bench/lib/load.sh
build_if_missing
banded() { # status cells that show a feed band: the page has data
    curl -s "$PORTAL" | grep -oE 'class="status status-(plenty|some|few|empty|break)"' | wc -l
}
start_demo_portal banded "on $PATH_MEASURED"

write_count_script
warm_up "$PORTAL" "$WARMUP" "$portal_pid"

# --- the same bytes for nginx: plain and precompressed, exactly as the portal sends them now --------------------
mkdir -p "$work/www/district"
curl -s -o "$work/www$PATH_MEASURED" "$PORTAL"
curl -s -H 'Accept-Encoding: gzip' -o "$work/www$PATH_MEASURED.gz" "$PORTAL"
gzip -t "$work/www$PATH_MEASURED.gz"
if [ "$GZIP" = 1 ]; then bytes=$(stat -c %s "$work/www$PATH_MEASURED.gz"); else bytes=$(stat -c %s "$work/www$PATH_MEASURED"); fi

measure "$PORTAL" "$SECONDS_MEASURED" "$portal_pid"
read -r p_rps p_p99 p_bad p_socket p_cookies p_cpu < <(figures)
stop "$portal_pid"; portal_pid=""

start_nginx "$NGINX_PORT" "text/html; charset=UTF-8" ""
for _ in $(seq 1 50); do curl -sf -o /dev/null "$STATIC" && break; sleep 0.1; done
served=$(curl -s "${ENCODING[@]}" "$STATIC" | wc -c)
[ "$served" = "$bytes" ] || { echo "nginx serves $served bytes, the portal $bytes"; exit 1; }
measure "$STATIC" 5 "$nginx_pid" # nginx needs no JIT, but its page cache and connections get the same start
measure "$STATIC" "$SECONDS_MEASURED" "$nginx_pid"
read -r n_rps n_p99 n_bad n_socket n_cookies n_cpu < <(figures)
stop "$nginx_pid"; nginx_pid=""

report portal "$bytes" "$p_rps" "$p_p99" "$p_bad" "$p_socket" "$p_cookies" "$p_cpu"
report nginx "$bytes" "$n_rps" "$n_p99" "$n_bad" "$n_socket" "$n_cookies" "$n_cpu"
errors=$((p_bad + p_socket))
ratio=$(awk -v p="$p_rps" -v n="$n_rps" 'BEGIN { printf "%.1f", 100 * p / n }')
missed=$(awk -v r="$p_rps" -v p99="$p_p99" -v e="$errors" -v c="$p_cookies" -v q="$ratio" 'BEGIN {
    if (r < 8000) m = m " req/s<8000"; if (p99 >= 50) m = m " p99>=50ms"; if (e > 0) m = m " errors>0"
    if (c > 0) m = m " sessions>0"; if (q < 20) m = m " ratio<20%"; print m }')
verdict="issue 5's figures met"; [ -z "$missed" ] || verdict="issue 5's figures NOT met:$missed"
printf 'district-page: portal %s req/s, p99 %s ms, %s errors, %s Set-Cookie; nginx %s req/s; portal/nginx %s%%; %s\n' \
    "$p_rps" "$p_p99" "$errors" "$p_cookies" "$n_rps" "$ratio" "$verdict"

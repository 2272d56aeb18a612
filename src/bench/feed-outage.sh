#!/usr/bin/env bash
# Fault: the feed dies, then hangs, while residents read; no public page may answer 5xx, and the pages must say the
# feed brings no news.
#
#   bash src/bench/feed-outage.sh          (builds the WAR first when it is missing; needs socat, wrk, curl, mysql,
#                                           python3 and the MariaDB on 127.0.0.1:3306)
#
# The portal runs on MariaDB (its own database, dropped and created afresh) and polls every 5 s its own demo replay
# through a stub feed address this script owns (127.0.0.1:8387, socat), which it turns:
#   - honest: forwards to the replay, until the district page shows feed data;
#   - dead: nothing listens (connection refused), BENCH_PHASE_SECONDS (30);
#   - hanging: connections are accepted and never answered, BENCH_PHASE_SECONDS;
#   - honest again: the "no news" notice must go.
# During the dead and hanging phases wrk -c4 runs a mix of public pages and the open API (every answer must be 2xx,
# none slower than wrk's 2 s timeout), and the district page must say since when the feed has had no news.
# Prints one summary line, e.g.
#   feed-outage: dead feed 12000 requests, 0 5xx, 0 timeouts, notice yes; hanging feed ..., recovered yes
# FeedResilienceIT covers the same for single requests to one page on every build; this is the same under load.
#
# Settings (environment): BENCH_BUILD_DIR (target), BENCH_PORT (8385), BENCH_FEED_PORT (8387),
# BENCH_DB (portal_faults), BENCH_PHASE_SECONDS (30), BENCH_KEEP (set: keep the temporary directory and logs).
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in socat wrk curl java mysql python3; do command -v "$tool" >/dev/null || { echo "needs $tool"; exit 2; }; done

BUILD=${BENCH_BUILD_DIR:-target}
PORT=${BENCH_PORT:-8385}
FEED_PORT=${BENCH_FEED_PORT:-8387}
DB=${BENCH_DB:-portal_faults}
PHASE=${BENCH_PHASE_SECONDS:-30}
BASE="http://127.0.0.1:$PORT"
NO_NEWS='새로 받지 못하고 있습니다'
ENCODING=()

# shellcheck source=lib/load.sh
. src/bench/lib/load.sh
feed_pid=""
feed_stop() { # the stub and every connection it holds
    [ -n "$feed_pid" ] || return 0
    kill "$feed_pid" $(pgrep -P "$feed_pid" || true) 2>/dev/null || true
    wait "$feed_pid" 2>/dev/null || true
    feed_pid=""
}
feed_honest() { feed_stop; socat "TCP-LISTEN:$FEED_PORT,bind=127.0.0.1,reuseaddr,fork" "TCP:127.0.0.1:$PORT" & feed_pid=$!; }
feed_hanging() { feed_stop; socat "TCP-LISTEN:$FEED_PORT,bind=127.0.0.1,reuseaddr,fork" SYSTEM:'sleep 3600' & feed_pid=$!; }
trap 'feed_stop; cleanup' EXIT
build_if_missing

feed_honest
# the replay through the stub, polled every 5 s: failures show within seconds
FEED_URL="http://127.0.0.1:$FEED_PORT/replay" PORTAL_JVM_OPTS=-Dportal.feed.interval=5 \
    start_mysql_portal "$DB" 127.0.0.1:3306 1g
banded() { curl -s "$BASE/district/11440" | grep -oE 'class="status status-(plenty|some|few|empty|break)"' | wc -l; }
for _ in $(seq 1 120); do [ "$(banded)" -gt 20 ] && break; sleep 1; done
[ "$(banded)" -gt 20 ] || { echo "no feed data on /district/11440 after 2 minutes"; exit 1; }
write_mix_script "$NO_NEWS"

phase() { # $1 name: wrk through the phase, then "requests non2xx timeouts noticed"
    wrk -t1 -c4 -d"${PHASE}s" --latency -s "$work/mix.lua" "$BASE/" >"$work/wrk-$1.out"
    awk '/requests in/ { total = $1 } /^COUNTED/ { split($2, a, "="); split($3, b, "="); bad = a[2]; seen = b[2] }
        /Socket errors/ { gsub(/,/, ""); socket = $4 + $6 + $8 + $10 }
        END { print total + 0, bad + 0, socket + 0, seen + 0 }' "$work/wrk-$1.out"
}
feed_stop
echo "the feed is dead for ${PHASE}s ..."
read -r dead_n dead_bad dead_timeouts dead_noticed < <(phase dead)
feed_hanging
echo "the feed hangs for ${PHASE}s ..."
read -r hang_n hang_bad hang_timeouts hang_noticed < <(phase hanging)
feed_honest
recovered=no
for _ in $(seq 1 90); do
    curl -s -o "$work/district.html" "$BASE/district/11440" || true
    grep -q "$NO_NEWS" "$work/district.html" || { recovered=yes; break; }
    sleep 1
done
grep -h -E 'Latency |Requests/sec' "$work/wrk-dead.out" "$work/wrk-hanging.out" | tr -s ' '
printf 'feed-outage: dead feed %s requests, %s non-2xx, %s timeouts/socket errors, no-news notice on %s answers; hanging feed %s requests, %s non-2xx, %s timeouts/socket errors, notice on %s answers; notice gone after the feed returned %s\n' \
    "$dead_n" "$dead_bad" "$dead_timeouts" "$dead_noticed" "$hang_n" "$hang_bad" "$hang_timeouts" "$hang_noticed" "$recovered"

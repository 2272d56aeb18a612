#!/usr/bin/env bash
# Load: a spike of 20 times normal traffic while pharmacists report, with a bounded heap.
#
#   bash src/bench/spike.sh          (builds the WAR first when it is missing; needs wrk, curl, jcmd, mysql, python3
#                                     and the MariaDB on 127.0.0.1:3306)
#
# The portal runs on MariaDB (its own database, dropped and created afresh) with the demo replay as its feed and a
# set heap bound (-Xmx, BENCH_HEAP, 512m). A pharmacist account with point-of-sale tokens is written into the tables.
# Residents' traffic is wrk on a mix of public pages and the open API (district, seller, easy, province, search,
# English pages, /api/v1/storesByGeo), in turn:
#   - warm-up: BENCH_WARMUP_SECONDS (60) at normal load, so the JIT has compiled what the spike runs;
#   - normal: wrk -c4 for BENCH_NORMAL_SECONDS (20): the normal figure;
#   - spike: wrk -c80 (20 times the connections) for BENCH_SPIKE_SECONDS (60), bounded in time; wrk keeps every
#     connection busy, so the offered load is as high as the cores answer: the requests per second show how much of
#     the 20 times the machine answered, the latencies what residents waited;
#   - after: BENCH_AFTER_SECONDS (20) of normal load again.
# Through all of it a loop reports through the point-of-sale API (POST /api/v1/sellers/{code}/reports, a token each
# in turn, one report every 0.5 s) and records each report's latency (curl's total time); every report must be
# stored (201). The heap in use is sampled every second (jcmd GC.heap_info); before the spike and after it a full GC
# is asked for, so that what stays (a leak, a cache without bound) shows apart from garbage not yet collected.
# Prints the phases' figures and one summary line:
#   spike: normal N req/s, spike M req/s (x20 connections), errors 0, report latency p50/p99/max ..., heap max X MB of bound Y MB
# On a shared machine the figures are indicative: other processes take CPU too.
#
# Settings (environment): BENCH_BUILD_DIR (target), BENCH_PORT (8383), BENCH_DB (portal_faults), BENCH_HEAP (512m),
# BENCH_NORMAL_CONNECTIONS (4), BENCH_SPIKE_FACTOR (20), the seconds above, BENCH_KEEP (set: keep the logs).
# Everything listens on loopback only and is bounded in time; everything started is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in wrk curl java jcmd mysql python3; do command -v "$tool" >/dev/null || { echo "needs $tool"; exit 2; }; done

BUILD=${BENCH_BUILD_DIR:-target}
PORT=${BENCH_PORT:-8383}
DB=${BENCH_DB:-portal_faults}
HEAP=${BENCH_HEAP:-512m}
NORMAL_C=${BENCH_NORMAL_CONNECTIONS:-4}
FACTOR=${BENCH_SPIKE_FACTOR:-20}
SPIKE_C=$((NORMAL_C * FACTOR))
WARMUP=${BENCH_WARMUP_SECONDS:-60}
NORMAL=${BENCH_NORMAL_SECONDS:-20}
SPIKE=${BENCH_SPIKE_SECONDS:-60}
AFTER=${BENCH_AFTER_SECONDS:-20}
BASE="http://127.0.0.1:$PORT"
SELLER=11806923
ENCODING=()

# shellcheck source=lib/load.sh
. src/bench/lib/load.sh
sampler_pid=""
reporter_pid=""
trap '[ -z "$sampler_pid" ] || kill "$sampler_pid" 2>/dev/null; [ -z "$reporter_pid" ] || kill "$reporter_pid" 2>/dev/null; cleanup' EXIT
build_if_missing

start_mysql_portal "$DB" 127.0.0.1:3306 "$HEAP"
TOKENS_FILE="$work/tokens" add_pharmacist "$DB" bench-pharmacist bench-pharmacist-2020 "$SELLER" 10
bound_mb=$(jcmd "$portal_pid" VM.flags 2>/dev/null | grep -o 'MaxHeapSize=[0-9]*' | head -1 | cut -d= -f2 | awk '{ print int($1 / 1048576) }')
write_mix_script ""

phase=setup
echo "$phase" >"$work/phase"
( # the heap in use, every second, with the phase it was taken in
    while kill -0 "$portal_pid" 2>/dev/null; do
        echo "$(cat "$work/phase") $(heap_used_mb "$portal_pid")"
        sleep 1
    done
) >"$work/heap" &
sampler_pid=$!

( # pharmacists reporting through the API: "phase status seconds" per report
    mapfile -t tokens <"$work/tokens"
    n=0
    while :; do
        token=${tokens[$((n % ${#tokens[@]}))]}
        n=$((n + 1))
        out=$(curl -s -m 30 -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" \
            -H 'Content-Type: application/json' --data "{\"kind\":\"QUEUE\",\"queueLength\":$((n % 100))}" \
            "$BASE/api/v1/sellers/$SELLER/reports" || echo "000 30")
        echo "$(cat "$work/phase") $out"
        sleep 0.5
    done
) >"$work/reports" &
reporter_pid=$!

load() { # $1 phase, $2 connections, $3 seconds -> wrk's report in $work/wrk-$1.out
    echo "$1" >"$work/phase"
    wrk -t2 -c"$2" -d"$3s" --latency -s "$work/mix.lua" "$BASE/" >"$work/wrk-$1.out"
}
full_gc_heap() { jcmd "$portal_pid" GC.run >/dev/null 2>&1 || true; sleep 1; heap_used_mb "$portal_pid"; }
wrk_figures() { # $1 phase -> "req/s p50_ms p99_ms max_ms errors"
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
        /Requests\/sec/ { rps = $2 }
        $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Latency" && !max { max = ms($4) }
        /Socket errors/ { gsub(/,/, ""); socket = $4 + $6 + $8 + $10 }
        /^COUNTED/ { split($2, a, "="); bad = a[2] }
        END { printf "%d %.1f %.1f %.1f %d\n", rps, p50, p99, max, bad + socket }
    ' "$work/wrk-$1.out"
}

echo "warming up for ${WARMUP}s at $NORMAL_C connections ..."
load warmup "$NORMAL_C" "$WARMUP"
heap_before=$(full_gc_heap)
load normal "$NORMAL_C" "$NORMAL"
echo "spike: $SPIKE_C connections for ${SPIKE}s ..."
load spike "$SPIKE_C" "$SPIKE"
load after "$NORMAL_C" "$AFTER"
echo done >"$work/phase"
sleep 1
heap_after=$(full_gc_heap)
kill "$reporter_pid" "$sampler_pid" 2>/dev/null || true
wait "$reporter_pid" "$sampler_pid" 2>/dev/null || true
reporter_pid=""; sampler_pid=""

printf '%-7s %8s %8s %8s %9s %7s   %s\n' phase req/s p50_ms p99_ms max_ms errors "reports: n, not 201, p50/p99/max s"
errors=0
for p in normal spike after; do
    read -r rps p50 p99 max bad < <(wrk_figures "$p")
    errors=$((errors + bad))
    reports=$(awk -v p="$p" '$1 == p { n++; if ($2 != 201) bad++; print $3 > "/dev/stderr" } END { printf "%d %d", n, bad + 0 }' \
        "$work/reports" 2>"$work/latency-$p")
    latency=$(sort -g "$work/latency-$p" | awk '{ v[NR] = $1 } END { if (NR) printf "%.3f/%.3f/%.3f", v[int((NR + 1) / 2)], v[int(NR * 0.99 + 0.999)], v[NR] }')
    printf '%-7s %8s %8s %8s %9s %7s   %s, %s\n' "$p" "$rps" "$p50" "$p99" "$max" "$bad" "$reports" "$latency"
    eval "rps_$p=$rps"
done
report_bad=$(awk '$1 != "setup" && $1 != "warmup" && $2 != 201' "$work/reports" | wc -l)
report_count=$(awk '$1 == "normal" || $1 == "spike" || $1 == "after"' "$work/reports" | wc -l)
spike_latency=$(sort -g "$work/latency-spike" | awk '{ v[NR] = $1 } END { if (NR) printf "%.0f/%.0f/%.0f ms", 1000 * v[int((NR + 1) / 2)], 1000 * v[int(NR * 0.99 + 0.999)], 1000 * v[NR] }')
heap_max=$(awk '$1 != "setup" { if ($2 > m) m = $2 } END { print m + 0 }' "$work/heap")
heap_spike=$(awk '$1 == "spike" { if ($2 > m) m = $2 } END { print m + 0 }' "$work/heap")
echo "heap in use after a full GC: ${heap_before} MB before the spike, ${heap_after} MB after it; most in use during the spike ${heap_spike} MB"
echo "reports: $report_count during the measured phases, $report_bad not stored (not 201)"
printf 'spike: normal %s req/s, spike %s req/s (x%s connections: %s -> %s), errors %s (+%s reports not stored), report latency during the spike p50/p99/max %s, heap max %s MB of bound %s MB (after a full GC: %s MB before, %s MB after)\n' \
    "$rps_normal" "$rps_spike" "$FACTOR" "$NORMAL_C" "$SPIKE_C" "$errors" "$report_bad" "$spike_latency" "$heap_max" "$bound_mb" "$heap_before" "$heap_after"

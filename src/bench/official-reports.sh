#!/usr/bin/env bash
# Benchmark: the officials' reports over a week of national history (issue 7): any district's day report in under
# 1 s, the country-wide lag report in under 5 s, and the history tables under 1 GB.
#
#   bash src/bench/official-reports.sh       (builds the WAR and test classes first when missing; needs MariaDB/MySQL)
#
# The history is generated once into its own database (portal_bench by default) and reused by later runs:
#   1. the database is created and the portal started on it, which migrates it and loads the bundled seller list;
#   2. kr.maskportal.official.bench.WeekOfHistory (test sources, not in the WAR) writes 2020-03-09..15 for every
#      seller: each feed change the portal's poller would store polling the demo replay once a minute (each seller
#      with a lag of its own), the poller's refresh log, and the reports of the ~40% of sellers whose pharmacists
#      used the portal, made by 12 pharmacist accounts; plus two officials, one of every district and one of 마포구.
# The portal judges the week's lag and stores the findings, as it does with every day that ends, then is started
# again (see "the lag findings of the week" below). On that portal, the script signs in as an official through the login form (the Faces view state as a
# browser posts it), and times, each once to warm up and then BENCH_REPEAT times, as the official's browser would
# wait for them (curl's total time, on loopback):
#   - baseline: the signed-in account page (/login.xhtml), a cheap staff page through the same security and Faces;
#   - the day report of 2020-03-11 (/official/day?district=&date=) for districts of 9, 441, 191 and 102 sellers,
#     and for 마포구 as its own official (who must get 403 for another district);
#   - the country-wide lag report of the week (/official/lag?from=2020-03-09&to=2020-03-15), all districts.
# Prints first, median and max of each, the median as a multiple of the baseline's, then the rows and the size
# (data + indexes, after ANALYZE TABLE) of the history tables and the lag findings kept from them (counted in),
# and one verdict line against issue 7's figures (the first request and every timed one). A page the build does
# not have yet is reported as such, not timed.
#
# Settings (environment): BENCH_BUILD_DIR (target), BENCH_PORT (8193), BENCH_DB (portal_bench), BENCH_DB_USER (root),
# BENCH_DB_PASSWORD (empty), BENCH_DB_HOST (127.0.0.1:3306), BENCH_REGENERATE (1: drop the database and generate
# again), BENCH_REPEAT (5), BENCH_DISTRICTS ("47940 11680 11440 50130"; the first one's first request pays for
# compiling the page after the restart), BENCH_DAY (2020-03-11), BENCH_FEED_PORT (18194: the feed the portal is
# told to poll; nothing should listen there, so the generated history is all the history), BENCH_KEEP (set: keep
# the temporary directory with the portal's log and pages).
# Everything listens on loopback only; the portal started is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in curl java mysql mvn; do command -v "$tool" >/dev/null || { echo "needs $tool"; exit 2; }; done

BUILD=${BENCH_BUILD_DIR:-target}
PORT=${BENCH_PORT:-8193}
DB=${BENCH_DB:-portal_bench}
DB_USER=${BENCH_DB_USER:-root}
DB_PASSWORD=${BENCH_DB_PASSWORD:-}
DB_HOST=${BENCH_DB_HOST:-127.0.0.1:3306}
REPEAT=${BENCH_REPEAT:-5}
read -r -a DISTRICTS <<<"${BENCH_DISTRICTS:-47940 11680 11440 50130}"
DAY=${BENCH_DAY:-2020-03-11}
FROM=2020-03-09
TO=2020-03-15
ONE_DISTRICT=11440 # the one-district official's (WeekOfHistory's bench.district)
PASSWORD=bench-official-2020
FEED_PORT=${BENCH_FEED_PORT:-18194}
BASE="http://127.0.0.1:$PORT"
DB_URL="jdbc:mysql://$DB_HOST/$DB?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&sslMode=DISABLED"
sql() { MYSQL_PWD="$DB_PASSWORD" mysql -h "${DB_HOST%:*}" -P "${DB_HOST#*:}" -u "$DB_USER" -N -B "$@"; }

work=$(mktemp -d)
portal_pid=""
cleanup() {
    if [ -n "$portal_pid" ]; then kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; fi
    [ -n "${BENCH_KEEP:-}" ] && echo "kept: $work" || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ ! -f "$BUILD/portal.war" ] || [ ! -f "$BUILD/payara-micro.jar" ] \
        || [ ! -f "$BUILD/test-classes/kr/maskportal/official/bench/WeekOfHistory.class" ]; then
    echo "building the WAR and the test classes into $BUILD ..."
    mvn -B -q -DskipTests package -Dportal.build.dir="$PWD/$BUILD"
fi
if [ ! -f "$BUILD/bench.classpath" ]; then
    mvn -B -q dependency:build-classpath -Dportal.build.dir="$PWD/$BUILD" -Dmdep.includeScope=test \
        -Dmdep.outputFile="$PWD/$BUILD/bench.classpath"
fi

start_portal() { # $1: the portal's clock (empty: the system clock)
    # the portal's own configuration, as on a MySQL deployment; a feed address nobody answers, polled hourly
    PORTAL_DB_URL="$DB_URL" PORTAL_DB_USER="$DB_USER" PORTAL_DB_PASSWORD="$DB_PASSWORD" \
    PORTAL_FEED_URL="http://127.0.0.1:$FEED_PORT/feed" PORTAL_FEED_INTERVAL=3600 PORTAL_CLOCK_START="${1:-}" \
        java -Xmx2g -Duser.home="$work" -jar "$BUILD/payara-micro.jar" --deploy "$BUILD/portal.war" --contextroot / \
        --port "$PORT" --sslport $((PORT + 1)) --nocluster >"$work/portal.log" 2>&1 &
    portal_pid=$!
    echo "starting the portal on port $PORT with database $DB${1:+, clock from $1} (log: $work/portal.log) ..."
    for _ in $(seq 1 300); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login.xhtml")" = 200 ] && return 0
        kill -0 "$portal_pid" 2>/dev/null || { tail -30 "$work/portal.log"; echo "the portal stopped"; exit 1; }
        sleep 1
    done
    echo "the portal did not start in 5 minutes; log: $work/portal.log"; exit 1
}

stop_portal() {
    kill "$portal_pid"; wait "$portal_pid" 2>/dev/null || true; portal_pid=""
}

generated() {
    [ "$(sql -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE table_schema = '$DB' AND table_name = 'report'")" = 1 ] \
        && [ "$(sql "$DB" -e "SELECT (SELECT COUNT(*) FROM account WHERE login = 'bench-official-all')
                 * (SELECT COUNT(*) > 0 FROM report) * (SELECT COUNT(*) > 0 FROM feed_history)")" = 1 ]
}

if [ "${BENCH_REGENERATE:-0}" = 1 ] || ! generated; then
    sql -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    start_portal # migrates the new database and loads the seller list
    [ "$(sql "$DB" -e 'SELECT COUNT(*) FROM seller')" -gt 20000 ] || { echo "the portal loaded no seller list"; exit 1; }
    echo "generating a week of history into $DB ..."
    PORTAL_DB_URL="$DB_URL" PORTAL_DB_USER="$DB_USER" PORTAL_DB_PASSWORD="$DB_PASSWORD" \
        java -Xmx1g -Dbench.from="$FROM" -Dbench.days=7 -Dbench.password="$PASSWORD" -Dbench.district="$ONE_DISTRICT" \
        -cp "$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/bench.classpath")" \
        kr.maskportal.official.bench.WeekOfHistory 2>&1 | grep '^week-of-history:'
else
    echo "reusing the week of history in $DB (BENCH_REGENERATE=1 generates it again)"
    start_portal
fi

# --- the lag findings of the week, as a portal keeps them -------------------------------------------------------
# In production the portal judges each day's lag soon after the day ends (CountryLagWarmUp, at start-up and hourly)
# and stores the findings, so an official's report reads findings, not a week of history. The week here is in 2020:
# the stored findings are dropped, and the portal is started again with its clock on the morning after the week,
# so that it judges the week, never judged before, in the background as it would have. How long that took is
# printed. Then the portal is started once more, a cold JVM, and the pages are timed: the lag report's "first" is
# the first request after that restart.
stop_portal
sql "$DB" -e 'DELETE FROM lag_day'
start_portal "$(date -d "$TO + 1 day" +%F)T00:30+09:00"
for _ in $(seq 1 300); do
    judged=$(grep -o "lag findings of the past 7 days kept: [0-9]* sellers' days in [0-9]* ms" "$work/portal.log" | head -1 || true)
    [ -n "$judged" ] && break
    sleep 1
done
[ -n "$judged" ] || { echo "the portal did not judge the week in 5 minutes"; exit 1; }
echo "judging the never-judged week in the background, with a cold JVM: ${judged#lag findings of the past 7 days kept: }"
for _ in $(seq 1 60); do # the findings are written after they are kept in memory
    [ "$(sql "$DB" -e 'SELECT COUNT(*) FROM lag_day')" = 7 ] && break
    sleep 1
done
echo "stored lag findings: $(sql "$DB" -e 'SELECT COUNT(*) FROM lag_day') days, $(sql "$DB" -e 'SELECT COUNT(*) FROM lag_seller_day') sellers' days, $(sql "$DB" -e 'SELECT COUNT(*) FROM lag_episode') episodes"
stop_portal
start_portal

# --- signing in as a browser does: the form's fields, its button and the view state ------------------------------
sign_in() { # $1 login, $2 cookie jar
    local page action state token
    page=$(curl -s -c "$2" -b "$2" "$BASE/login.xhtml")
    action=$(grep -o '<form id="signin"[^>]*action="[^"]*"' <<<"$page" | sed 's/.*action="//; s/"$//; s/&amp;/\&/g')
    state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
    token=$(grep -o 'name="csrf_token"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
    [ -n "$action" ] && [ -n "$state" ] && [ -n "$token" ] || { echo "no sign-in form on /login.xhtml"; exit 1; }
    curl -s -c "$2" -b "$2" -o /dev/null --data-urlencode signin=signin --data-urlencode "signin:login=$1" \
        --data-urlencode "signin:password=$PASSWORD" --data-urlencode signin:submit= \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "csrf_token=$token" "$BASE$action"
    curl -s -b "$2" "$BASE/login.xhtml" | grep -q "<dd>$1</dd>" || { echo "could not sign in as $1"; exit 1; }
}
sign_in bench-official-all "$work/all.jar"
sign_in bench-official-one "$work/one.jar"

fetch() { # $1 jar, $2 path -> "status seconds bytes"
    curl -s -b "$1" -c "$1" -o "$work/page.html" --max-time 120 -w '%{http_code} %{time_total} %{size_download}\n' \
        "$BASE$2"
}
baseline=""
failed=0
missing=0
printf '%-44s %6s %8s %8s %8s %10s %9s  %s\n' page status first_s median_s max_s x_baseline bytes note
measure() { # $1 label, $2 jar, $3 path, $4 limit in seconds (empty: none), $5 note (last, as it may be Korean)
    local status first bytes times=() t median
    read -r status first bytes < <(fetch "$2" "$3")
    max_seen=""
    if [ "$status" != 200 ]; then
        local why="failed"
        if [ "$status" = 404 ]; then why="not in this build yet (404)"; missing=$((missing + 1)); else failed=$((failed + 1)); fi
        printf '%-44s %6s  %s: %s\n' "$1" "$status" "$why" "$3"
        return 0
    fi
    for _ in $(seq 1 "$REPEAT"); do
        read -r status t bytes < <(fetch "$2" "$3")
        [ "$status" = 200 ] || { printf '%-44s %6s  failed on a repeat: %s\n' "$1" "$status" "$3"; failed=$((failed + 1)); return 0; }
        times+=("$t")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    max_seen=$(printf '%s\n' "${times[@]}" | sort -g | tail -1)
    [ -n "$baseline" ] || baseline=$median
    printf '%-44s %6s %8.3f %8.3f %8.3f %10.1f %9s  %s\n' "$1" "$status" "$first" "$median" "$max_seen" \
        "$(awk -v m="$median" -v b="$baseline" 'BEGIN { print m / b }')" "$bytes" "${5:-}"
    # the first request counts too: an official who opens the page once waits for it
    if [ -n "$4" ] && awk -v f="$first" -v m="$max_seen" -v l="$4" 'BEGIN { exit !(f >= l || m >= l) }'; then
        missed="$missed $1>=${4}s"
    fi
}
missed=""
measure "baseline: signed-in account page" "$work/all.jar" /login.xhtml "" /login.xhtml
for code in "${DISTRICTS[@]}"; do
    read -r sellers name < <(sql "$DB" -e "SELECT COUNT(s.code), d.name FROM district d
                         LEFT JOIN seller s ON s.district_code = d.code WHERE d.code = '$code' GROUP BY d.name")
    measure "day $DAY $code, $sellers sellers" "$work/all.jar" "/official/day?district=$code&date=$DAY" 1 "$name"
done
measure "day $DAY $ONE_DISTRICT, as its own official" "$work/one.jar" "/official/day?district=$ONE_DISTRICT&date=$DAY" 1 \
    bench-official-one
other=${DISTRICTS[0]}; [ "$other" != "$ONE_DISTRICT" ] || other=${DISTRICTS[1]}
read -r status _ _ < <(fetch "$work/one.jar" "/official/day?district=$other&date=$DAY")
case $status in
    403) outcome="refused, as it must be" ;;
    404) outcome="not in this build yet (404)" ;;
    *) outcome="FAILED: another district's report must be refused with 403"; failed=$((failed + 1)) ;;
esac
printf '%-44s %6s  %s\n' "day $DAY $other, as $ONE_DISTRICT's official" "$status" "$outcome"
measure "lag $FROM..$TO, whole country" "$work/all.jar" "/official/lag?from=$FROM&to=$TO" 5 bench-official-all

# --- the history tables ----------------------------------------------------------------------------------------
sql "$DB" -e 'ANALYZE TABLE feed_history, report, lag_day, lag_seller_day, lag_episode' >/dev/null
echo
printf '%-14s %12s %10s %10s %10s\n' table rows data_MB index_MB total_MB
total=0
for table in feed_history report lag_day lag_seller_day lag_episode; do
    read -r rows < <(sql "$DB" -e "SELECT COUNT(*) FROM $table")
    read -r data index < <(sql -e "SELECT data_length, index_length FROM information_schema.TABLES
                                   WHERE table_schema = '$DB' AND table_name = '$table'")
    total=$((total + data + index))
    printf '%-14s %12s %10.1f %10.1f %10.1f\n' "$table" "$rows" "$(echo "$data / 1048576" | bc -l)" \
        "$(echo "$index / 1048576" | bc -l)" "$(echo "($data + $index) / 1048576" | bc -l)"
done
[ "$total" -lt $((1024 * 1024 * 1024)) ] || missed="$missed history>=1GB"
printf 'history tables and kept findings: %.1f MB in all\n' "$(echo "$total / 1048576" | bc -l)"

if [ "$failed" -gt 0 ]; then verdict="$failed page(s) FAILED"
elif [ "$missing" -gt 0 ]; then verdict="NOT measured: $missing page(s) not in this build yet${missed:+; missed:$missed}"
elif [ -n "$missed" ]; then verdict="issue 7's figures NOT met:$missed"
else verdict="issue 7's figures met (day report < 1 s, lag report < 5 s, history < 1 GB)"; fi
echo "official-reports: $verdict"

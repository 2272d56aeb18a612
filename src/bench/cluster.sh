#!/usr/bin/env bash
# Scenario: a cluster of Payara Micro instances on one MariaDB database, behind nginx (README "Running a cluster").
#
#   bash src/bench/cluster.sh            (BENCH_INSTANCES=3 for three; BENCH_REPORTS=500 reports in the stream)
#
# Starts the built WAR on N instances (HTTP 8281.., data grid on loopback 5911-5919, TCP/IP discovery, no
# multicast) and nginx on 8290 in front, on a fresh database portal_cluster, and checks:
#   - the data grid formed with every instance as a member (each instance's log);
#   - a report made on instance A shows on instance B's public seller page: time from A's 201 to B showing it;
#   - exactly one instance polls the feed (each log's accepted refreshes over half a minute);
#   - kill -9 of the polling instance: time until another instance has taken the lease and stored a refresh;
#   - a stream of reports through nginx while an instance is killed: every report answered 2xx is in the database.
# Prints one summary line. Everything started is stopped on exit; loopback only, every load bounded.
set -euo pipefail
cd "$(dirname "$0")/../.."

BUILD=${BENCH_BUILD:-target}
INSTANCES=${BENCH_INSTANCES:-2}
REPORTS=${BENCH_REPORTS:-500}
HTTP_BASE=${BENCH_HTTP_BASE:-8281}
NGINX_PORT=${BENCH_NGINX_PORT:-8290}
GRID_PORT=${BENCH_GRID_PORT:-5911} # the first instance's; the n-th takes GRID_PORT + n - 1 (up to 5919)
DB=${BENCH_DB:-portal_cluster}
NGINX=${NGINX:-/usr/sbin/nginx}
MYSQL=(mysql -uroot -h127.0.0.1 -N -B)
DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&sslMode=DISABLED"
# Hazelcast 5 has no member password (Payara dropped --clusterPassword with Hazelcast 4): the secret is part of the
# cluster name, which a member must match to join, and the grid listens on loopback only.
CLUSTER_NAME="mask-portal-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

MEMBERS=$(for i in $(seq 0 $((INSTANCES - 1))); do printf '127.0.0.1:%d,' $((GRID_PORT + i)); done)
MEMBERS=${MEMBERS%,}

work=$(mktemp -d)
pids=()
nginx_pid=""
cleanup() {
    for pid in "${pids[@]}" $nginx_pid; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}" $nginx_pid; do wait "$pid" 2>/dev/null || true; done
    [ -n "${BENCH_KEEP:-}" ] && echo "kept: $work" || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ ! -f "$BUILD/portal.war" ] || [ ! -f "$BUILD/payara-micro.jar" ]; then
    echo "building the WAR into $BUILD ..."
    mvn -B -q -DskipTests package -Dportal.build.dir="$PWD/$BUILD"
fi
now_ms() { date +%s%3N; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

start_instance() { # $1 index (0 = A): HTTP port HTTP_BASE + index
    local port=$((HTTP_BASE + $1)) name
    name=$(printf "portal-%s" "$(echo ABCDEFGHI | cut -c$(($1 + 1)))")
    mkdir -p "$work/home-$1"
    PORTAL_DB_URL="$DB_URL" PORTAL_DB_USER=root PORTAL_DB_PASSWORD= \
    PORTAL_FEED_URL="http://127.0.0.1:$NGINX_PORT/replay" PORTAL_FEED_REPLAY_ENABLED=true PORTAL_FEED_INTERVAL=10 \
    PORTAL_CLOCK_START=2020-03-11T12:00+09:00 \
        java -Xmx768m -Duser.timezone=UTC -Duser.home="$work/home-$1" \
        -jar "$BUILD/payara-micro.jar" --deploy "$BUILD/portal.war" --contextroot / --port "$port" --name "$name" \
        --clustername "$CLUSTER_NAME" --clustermode "tcpip:$MEMBERS" \
        --startport "$((GRID_PORT + $1))" --interfaces 127.0.0.1 >"$work/portal-$1.log" 2>&1 &
    pids[$1]=$!
}

wait_ready() { # $1 index
    local port=$((HTTP_BASE + $1))
    for _ in $(seq 1 300); do
        curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && return 0
        kill -0 "${pids[$1]}" 2>/dev/null || { tail -40 "$work/portal-$1.log"; echo "instance $1 stopped"; exit 1; }
        sleep 1
    done
    echo "instance $1 not ready after 5 minutes; log: $work/portal-$1.log"; BENCH_KEEP=1; exit 1
}

start_nginx() {
    mkdir -p "$work/nginx-temp"
    chmod -R a+rX "$work"
    {
        echo "worker_processes 2; daemon off; pid $work/nginx.pid; error_log $work/nginx-error.log warn;"
        echo "events { worker_connections 1024; }"
        echo "http {"
        echo "  access_log off;"
        echo "  client_body_temp_path $work/nginx-temp/body; proxy_temp_path $work/nginx-temp/proxy;"
        echo "  fastcgi_temp_path $work/nginx-temp/fastcgi; uwsgi_temp_path $work/nginx-temp/uwsgi;"
        echo "  scgi_temp_path $work/nginx-temp/scgi;"
        echo "  upstream portal {"
        for i in $(seq 0 $((INSTANCES - 1))); do
            echo "    server 127.0.0.1:$((HTTP_BASE + i)) max_fails=1 fail_timeout=10s;"
        done
        echo "    keepalive 16;"
        echo "  }"
        echo "  server {"
        echo "    listen 127.0.0.1:$NGINX_PORT;"
        echo "    location / {"
        echo "      proxy_pass http://portal;"
        echo "      proxy_http_version 1.1; proxy_set_header Connection \"\";"
        echo "      proxy_set_header Host \$host; proxy_set_header X-Forwarded-For \$remote_addr;"
        echo "      proxy_connect_timeout 1s;"
        echo "      proxy_next_upstream error timeout http_502 http_503;"
        echo "    }"
        echo "  }"
        echo "}"
    } >"$work/nginx.conf"
    "$NGINX" -p "$work" -c "$work/nginx.conf" &
    nginx_pid=$!
}

echo "cluster '$CLUSTER_NAME' of $INSTANCES instances on $DB, nginx on $NGINX_PORT (work: $work)"
start_nginx
start_instance 0
wait_ready 0 # the first instance migrates the schema alone
for i in $(seq 1 $((INSTANCES - 1))); do start_instance "$i"; done
for i in $(seq 1 $((INSTANCES - 1))); do wait_ready "$i"; done

# the data grid: every instance's log reports a grid of all instances (Payara's "Data Grid Status ... DG Size: n")
members=0
for _ in $(seq 1 30); do
    members=$INSTANCES
    for i in $(seq 0 $((INSTANCES - 1))); do
        size=$(grep -o "DG Size: [0-9]*" "$work/portal-$i.log" | tail -1 | awk '{print $3}')
        [ "${size:-0}" -lt "$members" ] && members=${size:-0}
    done
    [ "$members" -eq "$INSTANCES" ] && break
    sleep 1
done
echo "data grid: every instance sees $members members"

# the feed: wait for a first accepted refresh (the replay is served by the instances themselves, through nginx)
for _ in $(seq 1 180); do
    [ "$("${MYSQL[@]}" "$DB" -e "SELECT COUNT(*) FROM feed_refresh WHERE endpoint = 'SALES' AND outcome = 'ACCEPTED'")" -gt 0 ] && break
    sleep 1
done

# a pharmacist's till: one account bound to 20 sellers, 40 point-of-sale tokens (each may send 30 reports a minute)
"${MYSQL[@]}" "$DB" -e "INSERT INTO account (login, display_name, password_hash, account_role, enabled, all_districts,
    created_at) VALUES ('cluster-till', '클러스터 시험', 'not-for-signing-in', 'PHARMACIST', TRUE, FALSE, UTC_TIMESTAMP(3))"
account=$("${MYSQL[@]}" "$DB" -e "SELECT id FROM account WHERE login = 'cluster-till'")
mapfile -t sellers < <("${MYSQL[@]}" "$DB" -e "SELECT code FROM seller WHERE vanished_at IS NULL ORDER BY code LIMIT 20")
for code in "${sellers[@]}"; do
    "${MYSQL[@]}" "$DB" -e "INSERT INTO account_seller VALUES ($account, '$code')"
done
tokens=()
for t in $(seq 1 40); do
    token="msp_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    hash=$(printf %s "$token" | sha256sum | cut -d' ' -f1)
    "${MYSQL[@]}" "$DB" -e "INSERT INTO api_token (account_id, name, token_hash, created_at)
        VALUES ($account, 'till $t', '$hash', UTC_TIMESTAMP(3))"
    tokens+=("$token")
done
printf '%s\n' "${tokens[@]}" >"$work/tokens"
printf '%s\n' "${sellers[@]}" >"$work/sellers"

report() { # $1 base URL, $2 token, $3 seller, $4 queue length -> "status id"
    curl -s -m 30 -o "$work/answer.$$.$BASHPID" -w '%{http_code}' -H "Authorization: Bearer $2" \
        -H 'Content-Type: application/json' -d "{\"kind\":\"QUEUE\",\"queueLength\":$4}" \
        "$1/api/v1/sellers/$3/reports" || true
    printf ' %s\n' "$(grep -o '"id":[0-9]*' "$work/answer.$$.$BASHPID" 2>/dev/null | cut -d: -f2)"
    rm -f "$work/answer.$$.$BASHPID"
}

# a report on instance A, watched for on instance B's public seller page
seller=${sellers[0]}
queue=$((100 + RANDOM % 800))
B="http://127.0.0.1:$((HTTP_BASE + 1))"
curl -s -o /dev/null "$B/seller/$seller" # B renders (and caches) the page before the report
first=$(report "http://127.0.0.1:$HTTP_BASE" "${tokens[0]}" "$seller" "$queue")
sent=$(now_ms)
[ "${first%% *}" = 201 ] || { echo "the first report was answered $first"; exit 1; }
seen_ms=""
for _ in $(seq 1 400); do
    if curl -s "$B/seller/$seller" | grep -q "대기 ${queue}명"; then seen_ms=$(($(now_ms) - sent)); break; fi
    sleep 0.025
done
[ -n "$seen_ms" ] || { echo "instance B never showed the report made on A"; BENCH_KEEP=1; exit 1; }
echo "report made on A seen on B's public page after $seen_ms ms"

# exactly one instance polls: whose logs gain refreshes over 30 s
polls() { grep -c "sales refresh \(accepted\|refused\)" "$work/portal-$1.log" || true; }
declare -a before
for i in $(seq 0 $((INSTANCES - 1))); do before[$i]=$(polls "$i"); done
sleep 30
pollers=0
poller=-1
for i in $(seq 0 $((INSTANCES - 1))); do
    if [ "$(polls "$i")" -gt "${before[$i]}" ]; then pollers=$((pollers + 1)); poller=$i; fi
done
echo "instances polling the feed: $pollers (instance $poller)"
[ "$pollers" -eq 1 ] || { echo "expected exactly one poller"; BENCH_KEEP=1; exit 1; }

# a stream of reports through nginx; the polling instance is killed (-9) in the middle of it
stream() {
    local i
    for i in $(seq 1 "$REPORTS"); do echo "$i"; done | xargs -P 4 -I{} bash -c '
        i={}; token=$(sed -n "$(( i % 40 + 1 ))p" "$0/tokens"); seller=$(sed -n "$(( i % 20 + 1 ))p" "$0/sellers")
        code=$(curl -s -m 30 -o "$0/a.$i" -w "%{http_code}" -H "Authorization: Bearer $token" \
            -H "Content-Type: application/json" -d "{\"kind\":\"QUEUE\",\"queueLength\":$(( i % 90 + 1 ))}" \
            "$1/api/v1/sellers/$seller/reports" || true)
        echo "$code $(grep -o "\"id\":[0-9]*" "$0/a.$i" 2>/dev/null | cut -d: -f2)"; rm -f "$0/a.$i"; sleep 0.1
    ' "$work" "http://127.0.0.1:$NGINX_PORT" >"$work/stream.out"
}
stream &
stream_pid=$!
sleep 4
refreshes_at_kill=$("${MYSQL[@]}" "$DB" -e "SELECT COALESCE(MAX(id), 0) FROM feed_refresh")
kill -9 "${pids[$poller]}"
killed=$(now_ms)
wait "${pids[$poller]}" 2>/dev/null || true # quietly: the shell would report the killed job
echo "killed instance $poller (pid ${pids[$poller]}) while reports stream through nginx"
takeover_ms=""
holder_at_kill=$("${MYSQL[@]}" "$DB" -e "SELECT holder FROM feed_lease")
for _ in $(seq 1 900); do
    holder=$("${MYSQL[@]}" "$DB" -e "SELECT holder FROM feed_lease")
    latest=$("${MYSQL[@]}" "$DB" -e "SELECT COALESCE(MAX(id), 0) FROM feed_refresh")
    if [ "$holder" != "$holder_at_kill" ] && [ "$latest" -gt "$refreshes_at_kill" ]; then
        takeover_ms=$(($(now_ms) - killed)); break
    fi
    sleep 0.1
done
wait "$stream_pid" || true
[ -n "$takeover_ms" ] && echo "feed polled by ${holder} after $takeover_ms ms" || echo "no takeover within 90 s"

accepted=$(awk '$1 ~ /^2/ && $2 != "" { n++ } END { print n + 0 }' "$work/stream.out")
refused=$(awk '$1 !~ /^2/ { n++ } END { print n + 0 }' "$work/stream.out")
ids=$(awk '$1 ~ /^2/ && $2 != "" { printf "%s%s", sep, $2; sep = "," }' "$work/stream.out")
stored=$("${MYSQL[@]}" "$DB" -e "SELECT COUNT(*) FROM report WHERE id IN (${ids:-0})")
lost=$((accepted - stored))
echo "reports answered 2xx: $accepted, not 2xx: $refused (answers: $(cut -d' ' -f1 "$work/stream.out" | sort | uniq -c | tr -s ' ' | tr '\n' ';'))"
printf 'cluster: members %s, report seen on other instance after %s s, feed takeover after %s s, reports accepted %s, lost %s\n' \
    "$members" "$(seconds "$seen_ms")" "$( [ -n "$takeover_ms" ] && seconds "$takeover_ms" || echo never)" "$accepted" "$lost"
[ "$members" -eq "$INSTANCES" ] && [ "$lost" -eq 0 ] && [ -n "$takeover_ms" ] && [ "$takeover_ms" -lt 60000 ]

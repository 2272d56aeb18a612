#!/usr/bin/env bash
# Fault: the database goes away while residents read and pharmacists report, and comes back.
#
#   bash src/bench/db-outage.sh          (builds the WAR first when it is missing; needs socat, wrk, curl, mysql,
#                                         python3 and the MariaDB on 127.0.0.1:3306)
#
# The portal runs on MariaDB (its own database, dropped and created afresh) through a TCP proxy this script owns
# (socat on 127.0.0.1:13306): cutting the proxy, its open connections included, is the outage, as a database server
# that stopped or a cut network look to the portal, while the shared MariaDB and everyone else's tests go on. A
# pharmacist account with point-of-sale tokens is written into the tables. Then:
#   - before: one report through the API (201) and the pharmacist signed in through the form;
#   - outage (BENCH_OUTAGE_SECONDS, 30): wrk -c4 on a mix of public pages and the open API the whole time (every
#     answer must be 2xx); the "data may be old" notice must appear on the pages; reports through the API, one every
#     second, must be refused with 503 and Retry-After, never accepted; a report through the pharmacist's form must
#     come back on the page with "not saved" and the typed number kept; a sign-in must say why it cannot (503);
#   - restore: the proxy again; how long until a report through the API is stored again;
#   - after: 20 more reports, all stored; every report answered 201 must be in the database ("lost" otherwise),
#     and the notice must be gone.
# Prints one summary line, e.g.
#   db-outage: public pages 2000 requests, 0 errors, notice shown yes; reports during outage 20 refused 503, ...
#
# Settings (environment): BENCH_BUILD_DIR (target), BENCH_PORT (8381), BENCH_DB_PROXY_PORT (13306),
# BENCH_DB (portal_faults, dropped and created afresh), BENCH_OUTAGE_SECONDS (30), BENCH_KEEP (set: keep the temporary directory and logs).
# Everything listens on loopback only and is bounded in time; everything started is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in socat wrk curl java mysql python3; do command -v "$tool" >/dev/null || { echo "needs $tool"; exit 2; }; done

BUILD=${BENCH_BUILD_DIR:-target}
PORT=${BENCH_PORT:-8381}
PROXY_PORT=${BENCH_DB_PROXY_PORT:-13306}
DB=${BENCH_DB:-portal_faults}
OUTAGE=${BENCH_OUTAGE_SECONDS:-30}
BASE="http://127.0.0.1:$PORT"
SELLER=11806923
LOGIN=bench-pharmacist
PASSWORD=bench-pharmacist-2020
NOTICE='데이터베이스에 연결할 수 없어'
ENCODING=()

# shellcheck source=lib/load.sh
. src/bench/lib/load.sh
proxy_pid=""
proxy_up() { # forwards the proxy port to MariaDB; every connection is a child of this socat
    socat "TCP-LISTEN:$PROXY_PORT,bind=127.0.0.1,reuseaddr,fork" TCP:127.0.0.1:3306 &
    proxy_pid=$!
    for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$PROXY_PORT") 2>/dev/null && return 0; sleep 0.1; done
    echo "the proxy did not start"; exit 1
}
proxy_cut() { # the proxy and every connection through it, at once: to the portal the database is gone
    [ -n "$proxy_pid" ] || return 0
    kill "$proxy_pid" $(pgrep -P "$proxy_pid" || true) 2>/dev/null || true
    wait "$proxy_pid" 2>/dev/null || true
    proxy_pid=""
}
trap 'proxy_cut; cleanup' EXIT
build_if_missing

proxy_up
start_mysql_portal "$DB" "127.0.0.1:$PROXY_PORT" 1g
TOKENS_FILE="$work/tokens" add_pharmacist "$DB" "$LOGIN" "$PASSWORD" "$SELLER" 4
mapfile -t TOKENS <"$work/tokens"
sent=0
report() { # one report through the API, each token in turn -> R_STATUS, R_ID, R_RETRY (Retry-After), R_SECONDS
    local token=${TOKENS[$((sent % ${#TOKENS[@]}))]} out
    sent=$((sent + 1))
    out=$(curl -s -m 20 -o "$work/answer.json" -D "$work/answer.headers" -w '%{http_code} %{time_total}' \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        --data "{\"kind\":\"QUEUE\",\"queueLength\":$((sent % 100))}" "$BASE/api/v1/sellers/$SELLER/reports" || echo "000 20")
    R_STATUS=${out%% *}; R_SECONDS=${out##* }
    R_ID=$(grep -o '"id":[0-9]*' "$work/answer.json" 2>/dev/null | head -1 | cut -d: -f2 || true)
    R_RETRY=$(grep -i '^Retry-After:' "$work/answer.headers" 2>/dev/null | tr -dc '0-9' || true)
    R_ID=${R_ID:--}; R_RETRY=${R_RETRY:--}
}
accepted_ids=()
note_answer() { # $1 status, $2 id: every stored report's id, to look for in the database at the end
    [ "$1" = 201 ] && accepted_ids+=("$2")
    return 0
}

# --- before: the portal works --------------------------------------------------------------------------------
report
[ "$R_STATUS" = 201 ] || { echo "a report before the outage was not stored ($R_STATUS)"; cat "$work/answer.json"; exit 1; }
note_answer "$R_STATUS" "$R_ID"
[ "$(sign_in_form "$LOGIN" "$PASSWORD" "$work/pharmacist.jar")" = 302 ] || { echo "the pharmacist could not sign in"; exit 1; }
form_page=$(curl -s -b "$work/pharmacist.jar" -c "$work/pharmacist.jar" "$BASE/pharmacist")
grep -q "id=\"queue-$SELLER\"" <<<"$form_page" || { echo "no report form for $SELLER on /pharmacist"; exit 1; }
form_action=$(grep -o "<form id=\"queue-$SELLER\"[^>]*action=\"[^\"]*\"" <<<"$form_page" | sed 's/.*action="//; s/"$//; s/&amp;/\&/g')
form_state=$(form_value jakarta.faces.ViewState <<<"$form_page")
form_token=$(form_value csrf_token <<<"$form_page")
write_mix_script "$NOTICE"
wrk -t1 -c4 -d5s -s "$work/mix.lua" "$BASE/" >/dev/null # the pages rendered once and in memory

# --- the outage ----------------------------------------------------------------------------------------------
echo "cutting the database off for ${OUTAGE}s ..."
proxy_cut
cut_at=$(date +%s.%N)
wrk -t1 -c4 -d"${OUTAGE}s" --latency -s "$work/mix.lua" "$BASE/" >"$work/wrk-outage.out" &
wrk_pid=$!
refusal_times=(); refused=0; false_success=0; other=0; no_retry_after=0; slowest=0
notice_seen=no; api_marked=no; form_kept=no; sign_in_said=no
for second in $(seq 1 $((OUTAGE - 5))); do
    report
    case $R_STATUS in
        503) refused=$((refused + 1)); [ "$R_RETRY" != - ] || no_retry_after=$((no_retry_after + 1)) ;;
        201) false_success=$((false_success + 1)); note_answer "$R_STATUS" "$R_ID" ;;
        *) other=$((other + 1)); echo "  during the outage a report got $R_STATUS: $(head -c 300 "$work/answer.json")" ;;
    esac
    slowest=$(awk -v a="$slowest" -v b="$R_SECONDS" 'BEGIN { print (b > a) ? b : a }')
    refusal_times+=("$R_SECONDS")
    curl -s -o "$work/district.html" "$BASE/district/11440" || true
    curl -s -o /dev/null -D "$work/api.headers" "$BASE/api/v1/storesByGeo/json?lat=37.5666&lng=126.9784&m=1000" || true
    if [ "$api_marked" = no ] && grep -qi '^Data-May-Be-Old:' "$work/api.headers"; then
        api_marked=yes
    fi
    if [ "$notice_seen" = no ] && grep -q "$NOTICE" "$work/district.html"; then
        notice_seen="yes (after $(awk -v s="$cut_at" -v n="$(date +%s.%N)" 'BEGIN { printf "%.0f", n - s }') s)"
    fi
    if [ "$second" = 3 ]; then # the form: the number typed comes back with the refusal, nothing stored
        curl -s -b "$work/pharmacist.jar" -c "$work/pharmacist.jar" -o "$work/form-outage.html" -w '%{http_code}' \
            --data-urlencode "queue-$SELLER=queue-$SELLER" --data-urlencode "queue-$SELLER:seller=$SELLER" \
            --data-urlencode "queue-$SELLER:number=77" --data-urlencode "queue-$SELLER:submit=" \
            --data-urlencode "jakarta.faces.ViewState=$form_state" --data-urlencode "csrf_token=$form_token" \
            "$BASE$form_action" >"$work/form-status"
        if [ "$(cat "$work/form-status")" = 200 ] && grep -q '저장되지 않았습니다' "$work/form-outage.html" \
                && grep -q "id=\"queue-$SELLER:number\"[^>]*value=\"77\"" "$work/form-outage.html"; then
            form_kept=yes
        else
            form_kept="no ($(cat "$work/form-status"))"
        fi
    fi
    if [ "$second" = 5 ]; then
        code=$(sign_in_form "$LOGIN" "$PASSWORD" "$work/outage.jar" || true)
        if [ "$code" = 503 ] && grep -q '데이터베이스에 연결할 수 없어 로그인' "$work/signin.html"; then sign_in_said=yes
        else sign_in_said="no ($code)"; fi
    fi
    sleep 1
done
wait "$wrk_pid" || true
read -r outage_requests outage_bad outage_noticed outage_socket < <(awk '
    /requests in/ { total = $1 } /^COUNTED/ { split($2, a, "="); split($3, b, "="); bad = a[2]; seen = b[2] }
    /Socket errors/ { gsub(/,/, ""); socket = $4 + $6 + $8 + $10 }
    END { print total + 0, bad + 0, seen + 0, socket + 0 }' "$work/wrk-outage.out")

# --- the database comes back ---------------------------------------------------------------------------------
proxy_up
back_at=$(date +%s.%N)
recovered=""
for _ in $(seq 1 120); do
    report
    note_answer "$R_STATUS" "$R_ID"
    if [ "$R_STATUS" = 201 ]; then
        recovered=$(awk -v s="$back_at" -v n="$(date +%s.%N)" 'BEGIN { printf "%.1f", n - s }'); break
    fi
    sleep 0.5
done
[ -n "$recovered" ] || recovered="never (60 s)"
after_ok=0
for _ in $(seq 1 20); do
    report
    note_answer "$R_STATUS" "$R_ID"
    [ "$R_STATUS" = 201 ] && after_ok=$((after_ok + 1))
done
sleep "$((3 + 1))" # the probe's period: the notice goes with its next look
curl -s -o "$work/district.html" "$BASE/district/11440" || true
notice_gone=yes; grep -q "$NOTICE" "$work/district.html" && notice_gone=no
stored=$(mysql -uroot -h127.0.0.1 -N "$DB" -e "SELECT COUNT(*) FROM report WHERE id IN ($(IFS=,; echo "${accepted_ids[*]}"))")
lost=$((${#accepted_ids[@]} - stored))
echo "outage answers: refused reports took $(printf '%s\n' "${refusal_times[@]}" | sort -g | awk '{ v[NR] = $1 } END { printf "median %.2f s, max %.2f s", v[int((NR + 1) / 2)], v[NR] }'); wrk: $(grep -E 'Latency|Requests/sec' "$work/wrk-outage.out" | tr -s ' ' | tr '\n' ';')"
printf 'db-outage: public pages %s requests, %s errors, notice shown %s (open API header %s); reports during outage %s refused 503 (%s without Retry-After), %s false successes, %s other; form: not saved said and input kept %s; sign-in said why %s; recovered after %s s, %s/20 stored after, notice gone %s; lost reports %s of %s accepted\n' \
    "$outage_requests" "$((outage_bad + outage_socket))" "$notice_seen" "$api_marked" "$refused" "$no_retry_after" "$false_success" "$other" \
    "$form_kept" "$sign_in_said" "$recovered" "$after_ok" "$notice_gone" "$lost" "${#accepted_ids[@]}"

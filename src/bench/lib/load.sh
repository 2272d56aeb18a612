# Shared by the load benchmarks (district-page.sh, open-api.sh): a temporary directory and the servers started,
# stopped on exit; the portal on the embedded default with its demo replay; wrk against a server process, the
# server's CPU time per request, and nginx serving saved bytes as the baseline measured in the same run. Sourced
# from the repository's top, not run; expects BUILD, PORT and ENCODING (an array of curl/wrk header arguments,
# possibly empty) to be set by the script.

work=$(mktemp -d)
portal_pid=""
nginx_pid=""
stop() { # $1 pid: ends it and waits, so the next measurement has the cores to itself
    [ -n "$1" ] || return 0
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
cleanup() {
    stop "$portal_pid"; stop "$nginx_pid"
    [ -n "${BENCH_KEEP:-}" ] && echo "kept: $work" || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build_if_missing() {
    if [ ! -f "$BUILD/portal.war" ] || [ ! -f "$BUILD/payara-micro.jar" ]; then
        echo "building the WAR into $BUILD ..."
        mvn -B -q -DskipTests package -Dportal.build.dir="$PWD/$BUILD"
    fi
}

# The portal on the embedded default in a fresh home directory, with the demo replay of 2020-03-11 polling its own
# /replay; returns once $1 (a command printing how many sellers show a feed status) prints more than 20, so the
# measurement sees real data. $2 names what is waited for in the failure message.
start_demo_portal() {
    mkdir -p "$work/home"
    env -u PORTAL_DB_URL java -Xmx2g -Duser.home="$work/home" -Dportal.feed.url="http://127.0.0.1:$PORT/replay" \
        -jar "$BUILD/payara-micro.jar" --deploy "$BUILD/portal.war" --contextroot / --port "$PORT" --nocluster \
        --sslport $((PORT + 1)) --prebootcommandfile src/main/payara/preboot-commands.txt >"$work/portal.log" 2>&1 &
    portal_pid=$!
    echo "starting the portal on port $PORT (log: $work/portal.log) ..."
    for _ in $(seq 1 300); do
        [ "$($1)" -gt 20 ] && return 0
        kill -0 "$portal_pid" 2>/dev/null || { tail -30 "$work/portal.log"; echo "the portal stopped"; exit 1; }
        sleep 1
    done
    echo "no feed data $2 after 5 minutes; log: $work/portal.log"; exit 1
}

write_count_script() { # the wrk Lua script that counts non-2xx answers and answers that set a cookie (a session)
    cat >"$work/count.lua" <<'LUA'
-- Counts, across wrk's threads, answers that are not 2xx and answers that set a cookie (a session created).
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non2xx = 0; cookies = 0 end
function response(status, headers, body)
    if status < 200 or status > 299 then non2xx = non2xx + 1 end
    if headers["Set-Cookie"] or headers["set-cookie"] then cookies = cookies + 1 end
end
function done(summary, latency, requests)
    local bad, set = 0, 0
    for _, thread in ipairs(threads) do bad = bad + thread:get("non2xx"); set = set + thread:get("cookies") end
    io.write(string.format("COUNTED non2xx=%d setcookie=%d\n", bad, set))
end
LUA
}

cpu_ticks() { # CPU time used so far by a process and its children (nginx's workers), in clock ticks
    local total=0 pid
    for pid in "$1" $(pgrep -P "$1" || true); do
        total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo "$total"
}

measure() { # $1 url, $2 seconds, $3 server pid -> wrk's report in $work/wrk.out, server CPU ticks in $work/cpu
    local before
    before=$(cpu_ticks "$3")
    wrk -t2 -c64 -d"$2s" --latency "${ENCODING[@]}" -s "$work/count.lua" "$1" >"$work/wrk.out"
    echo $(($(cpu_ticks "$3") - before)) >"$work/cpu"
}

# figures from the last measurement: "rps p99_ms non2xx socket_errors setcookie server_cpu_us_per_request"
figures() {
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
        /Requests\/sec/ { rps = $2 }
        $1 == "99%" { p99 = ms($2) }
        /Socket errors/ { gsub(/,/, ""); socket = $4 + $6 + $8 + $10 }
        /^COUNTED/ { split($2, a, "="); split($3, b, "="); bad = a[2]; set = b[2] }
        /requests in/ { total = $1 }
        END { printf "%d %.2f %d %d %d %d\n", rps, p99, bad, socket + 0, set, cpu * 1e6 / ticks / total }
    ' cpu="$(cat "$work/cpu")" ticks="$(getconf CLK_TCK)" "$work/wrk.out"
}

report() { # $1 name, $2 bytes, then the figures
    printf '%-7s %7s req/s  p99 %7s ms  non-2xx %s  socket errors %s  Set-Cookie %s  server CPU %s us/request  (%s bytes a response)\n' \
        "$1" "$3" "$4" "$5" "$6" "$7" "$8" "$2"
}

warm_up() { # $1 url, $2 seconds, $3 server pid: load for a while (the JIT needs minutes), req/s every 30 s
    local left
    printf 'warming up for %ss, req/s every 30 s:' "$2"
    for ((left = $2; left > 0; left -= 30)); do
        measure "$1" $((left < 30 ? left : 30)) "$3"
        printf ' %s' "$(figures | cut -d' ' -f1)"
    done
    echo
}

start_nginx() { # $1 port, $2 default content type, $3 extra server directives; serves $work/www, precompressed
    mkdir -p "$work/nginx-temp"
    chmod -R a+rX "$work" # nginx's workers run as another user when started by root
    cat >"$work/nginx.conf" <<NGINX
worker_processes 2;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx-temp/body;
    proxy_temp_path $work/nginx-temp/proxy;
    fastcgi_temp_path $work/nginx-temp/fastcgi;
    uwsgi_temp_path $work/nginx-temp/uwsgi;
    scgi_temp_path $work/nginx-temp/scgi;
    default_type "$2";
    sendfile on;
    tcp_nopush on;
    gzip_static on;
    gzip_vary on;
    server {
        listen 127.0.0.1:$1;
        root $work/www;
        $3
    }
}
NGINX
    "$NGINX" -p "$work" -c "$work/nginx.conf" &
    nginx_pid=$!
}

# --- for the fault and spike scripts (db-outage.sh, spike.sh): the portal on MariaDB, a pharmacist with a token ------

# The portal on MariaDB database $1 through JDBC URL host:port $2 (a proxy the script controls, or 127.0.0.1:3306),
# -Xmx $3, with the demo's replay of 2020-03-11 and its clock (ten times as fast) as its feed (or FEED_URL when
# set); extra Payara Micro options after that, extra JVM options in PORTAL_JVM_OPTS. The database is dropped and
# created afresh; returns once the seller list is loaded and the public pages answer.
start_mysql_portal() {
    local db=$1 hostport=$2 heap=$3; shift 3
    mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    mkdir -p "$work/home"
    PORTAL_DB_URL="jdbc:mysql://$hostport/$db?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&sslMode=DISABLED" \
    PORTAL_DB_USER=root PORTAL_DB_PASSWORD='' \
        java "-Xmx$heap" -Dportal.feed.replay.enabled=true -Dportal.clock.start=2020-03-11T10:00+09:00 \
        -Dportal.clock.speed=10 -Dportal.feed.interval=10 ${PORTAL_JVM_OPTS:-} -Duser.home="$work/home" \
        -Dportal.feed.url="${FEED_URL:-http://127.0.0.1:$PORT/replay}" \
        -jar "$BUILD/payara-micro.jar" --deploy "$BUILD/portal.war" --contextroot / --port "$PORT" --nocluster \
        --sslport $((PORT + 1)) "$@" >"$work/portal.log" 2>&1 &
    portal_pid=$!
    echo "starting the portal on port $PORT, database $db through $hostport, -Xmx$heap (log: $work/portal.log) ..."
    for _ in $(seq 1 400); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/district/11440")" = 200 ] \
                && [ "$(mysql -uroot -h127.0.0.1 -N "$db" -e 'SELECT COUNT(*) FROM seller' 2>/dev/null || echo 0)" -gt 20000 ]; then
            return 0
        fi
        kill -0 "$portal_pid" 2>/dev/null || { tail -30 "$work/portal.log"; echo "the portal stopped"; exit 1; }
        sleep 1
    done
    echo "the portal did not start in 400 s; log: $work/portal.log"; exit 1
}

# A pharmacist account $2 (password $3) bound to seller $4 in database $1, with point-of-sale tokens: prints one
# token a line, $5 of them (the API allows 30 reports a minute per token). Written straight into the tables, hashed
# as the portal hashes (PBKDF2 as Jakarta Security writes it, SHA-256 of a token), since a script has no browser.
add_pharmacist() {
    local db=$1 login=$2 password=$3 seller=$4 tokens=${5:-1}
    python3 - "$db" "$login" "$password" "$seller" "$tokens" <<'PY' | mysql -uroot -h127.0.0.1 "$db"
import base64, hashlib, os, sys
db, login, password, seller, tokens = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
salt = os.urandom(32)
key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000, 32)
stored = "PBKDF2WithHmacSHA256:600000:%s:%s" % (base64.b64encode(salt).decode(), base64.b64encode(key).decode())
print("INSERT INTO account (login, display_name, password_hash, account_role, enabled, all_districts, created_at) "
      "VALUES ('%s', '%s', '%s', 'PHARMACIST', TRUE, FALSE, UTC_TIMESTAMP(3));" % (login, login, stored))
print("SET @a = LAST_INSERT_ID();")
print("INSERT INTO account_seller (account_id, seller_code) VALUES (@a, '%s');" % seller)
with open(os.environ.get("TOKENS_FILE", "/dev/null"), "w") as out:
    for i in range(tokens):
        token = "msp_" + base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
        print("INSERT INTO api_token (account_id, name, token_hash, created_at) VALUES (@a, 'bench %d', '%s', "
              "UTC_TIMESTAMP(3));" % (i, hashlib.sha256(token.encode()).hexdigest()))
        out.write(token + "\n")
PY
}

# The value of the first hidden field named $1 in the page on standard input: the Faces view state
# (jakarta.faces.ViewState) or the session's form token (csrf_token), which every post must carry.
form_value() {
    grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"" | head -1 | sed 's/.*value="//; s/"$//'
}

# Signs in through the form as a browser does, with the view state and the form token: $1 login, $2 password,
# $3 cookie jar. Prints the answer's status (302 when the sign-in was accepted).
sign_in_form() {
    local page action state token base="http://127.0.0.1:$PORT"
    page=$(curl -s -c "$3" -b "$3" "$base/login.xhtml")
    action=$(grep -o '<form id="signin"[^>]*action="[^"]*"' <<<"$page" | sed 's/.*action="//; s/"$//; s/&amp;/\&/g')
    state=$(form_value jakarta.faces.ViewState <<<"$page")
    token=$(form_value csrf_token <<<"$page")
    [ -n "$action" ] && [ -n "$state" ] && [ -n "$token" ] || { echo "no sign-in form on /login.xhtml"; return 1; }
    curl -s -c "$3" -b "$3" -o "$work/signin.html" -w '%{http_code}' --data-urlencode signin=signin \
        --data-urlencode "signin:login=$1" --data-urlencode "signin:password=$2" --data-urlencode signin:submit= \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "csrf_token=$token" "$base$action"
}

# The wrk Lua script of the resident mix: district, seller, easy, province, search pages and the open API in turn,
# counting non-2xx answers (as count.lua does) and answers that carry the words $1 (e.g. the "may be old" notice).
write_mix_script() {
    cat >"$work/mix.lua" <<LUA
-- A resident mix of the public pages and the open API, in turn; counts non-2xx answers and notices seen.
local paths = { "/district/11440", "/seller/11806923", "/easy/district/11440", "/province/11", "/",
                "/en/district/11680", "/easy/seller/11807121", "/search?q=%EC%84%9C%EA%B5%90%EB%8F%99",
                "/api/v1/storesByGeo/json?lat=37.5666&lng=126.9784&m=1000", "/district/26440", "/easy/province/26" }
local notice = "$1"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non2xx = 0; noticed = 0; n = math.random(#paths) end
function request() n = n % #paths + 1; return wrk.format("GET", paths[n]) end
function response(status, headers, body)
    if status < 200 or status > 299 then non2xx = non2xx + 1 end
    if notice ~= "" and body and string.find(body, notice, 1, true) then noticed = noticed + 1 end
end
function done(summary, latency, requests)
    local bad, seen = 0, 0
    for _, thread in ipairs(threads) do bad = bad + thread:get("non2xx"); seen = seen + thread:get("noticed") end
    io.write(string.format("COUNTED non2xx=%d noticed=%d\n", bad, seen))
end
LUA
}

heap_used_mb() { # $1 pid: the Java heap in use now, in MB (jcmd GC.heap_info: the sum of the heap's or generations' "used")
    jcmd "$1" GC.heap_info 2>/dev/null | awk '/Metaspace|class space/ { next }
        /total [0-9]+K, used [0-9]+K/ { match($0, /used [0-9]+K/); sum += substr($0, RSTART + 5, RLENGTH - 6) }
        END { print int(sum / 1024) }'
}

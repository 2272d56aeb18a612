#!/usr/bin/env bash
# Benchmark: the administrators' onboarding view (issue 10, part 4) over the whole country's 25,439 sellers: the
# per-district counts (sellers, with an enabled pharmacist account, with a point-of-sale vendor, never reported)
# must come from aggregate SQL, fast, never a query per seller.
#
#   bash src/bench/onboarding.sh      (builds the WAR first when missing; needs MariaDB/MySQL, curl, python3)
#
# The portal runs on MariaDB, database portal_onboarding (dropped and created afresh: the portal migrates it and
# loads the bundled seller list), with its demo replay's clock. The script then writes, straight into the tables:
# 60 pharmacist accounts bound to 40% of the sellers (a few of them disabled), and 12 reports on each of 40% of the
# sellers (about 120,000 rows, like a week of the official-reports benchmark), overlapping the bound ones only in
# part; and an administrator. It signs in through the login form (view state and form token, as a browser), and
# times each page once to warm up and BENCH_REPEAT (5) times, as the browser would wait for it (curl, loopback):
#   - baseline: the signed-in account page (/login.xhtml), a cheap staff page through the same security and Faces;
#   - /admin/onboarding, every district of the country in one table;
#   - /admin/onboarding?district=11680 (강남구, 441 sellers) with its first page of sellers that never reported;
#   - the same district's CSV of every seller that never reported.
# Prints first, median and max of each and the median as a multiple of the baseline's, then whether the counts
# the page shows for 강남구 are those of a plain query per table run by the script.
#
# Settings (environment): BENCH_BUILD_DIR (target), BENCH_PORT (8195), BENCH_DB (portal_onboarding),
# BENCH_REPEAT (5), BENCH_KEEP (set: keep the temporary directory with the portal's log and pages).
# Everything listens on loopback only; the portal started is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in curl java mysql python3; do command -v "$tool" >/dev/null || { echo "needs $tool"; exit 2; }; done

BUILD=${BENCH_BUILD_DIR:-target}
PORT=${BENCH_PORT:-8195}
DB=${BENCH_DB:-portal_onboarding}
REPEAT=${BENCH_REPEAT:-5}
DISTRICT=11680
ADMIN=bench-onboarding-admin
PASSWORD=bench-onboarding-2020
BASE="http://127.0.0.1:$PORT"
source src/bench/lib/load.sh
sql() { mysql -uroot -h127.0.0.1 -N -B "$DB" "$@"; }

build_if_missing
FEED_URL="http://127.0.0.1:$PORT/replay" start_mysql_portal "$DB" 127.0.0.1:3306 1g

echo "writing accounts and reports into $DB ..."
python3 - "$ADMIN" "$PASSWORD" <<'PY' | sql
import base64, hashlib, os, sys
login, password = sys.argv[1], sys.argv[2]
salt = os.urandom(32)
key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000, 32)
stored = "PBKDF2WithHmacSHA256:600000:%s:%s" % (base64.b64encode(salt).decode(), base64.b64encode(key).decode())
print("INSERT INTO account (login, display_name, password_hash, account_role, enabled, all_districts, created_at) "
      "VALUES ('%s', '%s', '%s', 'ADMINISTRATOR', TRUE, FALSE, UTC_TIMESTAMP(3));" % (login, login, stored))
for i in range(60):
    print("INSERT INTO account (login, display_name, password_hash, account_role, enabled, all_districts, created_at) "
          "VALUES ('bench-onboarding-%02d', 'bench %02d', '%s', 'PHARMACIST', %s, FALSE, UTC_TIMESTAMP(3));"
          % (i, i, stored, "FALSE" if i % 12 == 0 else "TRUE"))
PY
sql -e "INSERT INTO account_seller (account_id, seller_code)
          SELECT a.id, s.code FROM seller s JOIN account a ON a.login = CONCAT('bench-onboarding-', LPAD(CRC32(s.code) % 60, 2, '0'))
          WHERE CRC32(s.code) % 10 < 4;
        INSERT INTO report (seller_code, kind, amount, reported_at, account_id)
          SELECT s.code, 'QUEUE', k.n, TIMESTAMPADD(MINUTE, 30 * k.n, '2020-03-10 00:00:00'),
                 (SELECT MIN(id) FROM account WHERE account_role = 'PHARMACIST')
          FROM seller s JOIN (SELECT 1 n UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6
                UNION SELECT 7 UNION SELECT 8 UNION SELECT 9 UNION SELECT 10 UNION SELECT 11 UNION SELECT 12) k
          WHERE (CRC32(s.code) DIV 10) % 10 < 4;
        ANALYZE TABLE report, account_seller;" >/dev/null
echo "sellers $(sql -e 'SELECT COUNT(*) FROM seller'), bindings $(sql -e 'SELECT COUNT(*) FROM account_seller'), reports $(sql -e 'SELECT COUNT(*) FROM report')"

[ "$(sign_in_form "$ADMIN" "$PASSWORD" "$work/admin.jar")" = 302 ] || { echo "could not sign in as $ADMIN"; exit 1; }
curl -s -b "$work/admin.jar" "$BASE/login.xhtml" | grep -q "<dd>$ADMIN</dd>" || { echo "not signed in as $ADMIN"; exit 1; }

fetch() { # $1 path -> "status seconds bytes"
    curl -s -b "$work/admin.jar" -c "$work/admin.jar" -o "$work/page.html" --max-time 120 \
        -w '%{http_code} %{time_total} %{size_download}\n' "$BASE$1"
}
baseline=""
printf '%-46s %6s %8s %8s %8s %10s %9s\n' page status first_s median_s max_s x_baseline bytes
measure() { # $1 label, $2 path
    local status first bytes t times=() median max
    read -r status first bytes < <(fetch "$2")
    [ "$status" = 200 ] || { printf '%-46s %6s  failed: %s\n' "$1" "$status" "$2"; exit 1; }
    for _ in $(seq 1 "$REPEAT"); do
        read -r status t bytes < <(fetch "$2")
        times+=("$t")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    max=$(printf '%s\n' "${times[@]}" | sort -g | tail -1)
    [ -n "$baseline" ] || baseline=$median
    printf '%-46s %6s %8.3f %8.3f %8.3f %10.1f %9s\n' "$1" "$status" "$first" "$median" "$max" \
        "$(awk -v m="$median" -v b="$baseline" 'BEGIN { print m / b }')" "$bytes"
}
measure "baseline: signed-in account page" /login.xhtml
measure "onboarding, every district" /admin/onboarding
measure "onboarding, $DISTRICT with its never-reported" "/admin/onboarding?district=$DISTRICT"
measure "onboarding, $DISTRICT never-reported CSV" "/admin/onboarding?district=$DISTRICT&export=never-reported"

fetch "/admin/onboarding?district=$DISTRICT" >/dev/null
read -r sellers accounts silent < <(sql -e "SELECT COUNT(*),
        SUM(s.code IN (SELECT b.seller_code FROM account_seller b JOIN account a ON a.id = b.account_id
                       WHERE a.enabled AND a.account_role = 'PHARMACIST')),
        SUM(s.code NOT IN (SELECT seller_code FROM report))
    FROM seller s WHERE s.district_code = '$DISTRICT' AND s.vanished_at IS NULL")
shown=$(grep -o '<li>[^<]*곳</li>' "$work/page.html" | sed 's/[^0-9]//g' | tr '\n' ' ')
expected="$sellers $accounts 0 $silent "
[ "$shown" = "$expected" ] && agree=yes || agree="no (page: $shown, database: $expected)"
echo "onboarding: $DISTRICT counts as the database holds them: $agree"

#!/usr/bin/env bash
# Security scan (issue 9, part 4): Debian's wapiti against the running portal, anonymously and as a pharmacist.
#
#   bash src/bench/security-scan.sh          (builds the WAR first when it is missing; needs wapiti, curl, python3)
#
# The portal runs on the embedded default with the demo replay (a fresh home directory, so the demo accounts
# exist). Two scans, each crawling from its start pages (bounded in depth, links per page and time):
#   1. anonymous: the residents' pages (home, a province, a district, a seller, the search, the easy version),
#      the open API (/api/v1/...) and the sign-in page;
#   2. signed in as demo-pharmacist1 (its session cookie handed to wapiti): the pharmacists' report page and
#      tokens page, the forms on them included.
# No -x exclusions: Debian's wapiti 3.0.4 fails on any with Python 3.11 (a regular expression with its flags at the
# end); nothing links to /replay, and wapiti posts forms without their submit buttons, so it never presses sign-out.
# Modules: the injections (sql, blindsql, xss, permanentxss, exec, file, crlf, redirect), csrf, methods, htaccess
# and the header, cookie and content-policy checks. Not ssrf (it needs wapiti's endpoint on the internet), not
# nikto/buster/backup (brute force of file names this WAR does not have). Findings and anomalies (answers of 500
# to an attack) are counted by level from wapiti's JSON reports; prints one line
#   security-scan: critical N, high N, medium N, low N
# and exits 1 when anything is medium or higher. The reports are kept in $BENCH_OUT (default target/security-scan).
#
# Settings (environment): BENCH_BUILD_DIR (target), BENCH_PORT (8185), BENCH_SCAN_SECONDS (600: per scan),
# BENCH_ATTACK_SECONDS (120: per module), BENCH_OUT, BENCH_KEEP (set: keep the temporary directory).
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in wapiti curl java python3; do command -v "$tool" >/dev/null || { echo "needs $tool"; exit 2; }; done

BUILD=${BENCH_BUILD_DIR:-target}
PORT=${BENCH_PORT:-8185}
SCAN_SECONDS=${BENCH_SCAN_SECONDS:-600}
ATTACK_SECONDS=${BENCH_ATTACK_SECONDS:-120}
OUT=${BENCH_OUT:-$BUILD/security-scan}
ENCODING=()
BASE="http://127.0.0.1:$PORT"
MODULES="sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,csrf,methods,htaccess,http_headers,csp,cookieflags"

# shellcheck source=lib/load.sh
. src/bench/lib/load.sh
build_if_missing
ready() { # 99 once the sign-in page answers and the demo accounts exist, else 0
    if grep -q 'demo-pharmacist1' "$work/portal.log" 2>/dev/null \
        && [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login.xhtml")" = 200 ]; then echo 99; else echo 0; fi
}
start_demo_portal ready "(sign-in page)"
mkdir -p "$OUT"

# Signs in through the form as a browser would; writes the session as wapiti's JSON cookie file.
sign_in() { # $1 login, $2 password, $3 cookie file
    local jar="$work/curl-cookies" page view token
    rm -f "$jar"
    page=$(curl -s -c "$jar" -b "$jar" "$BASE/login.xhtml")
    view=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//')
    token=$(grep -o 'name="csrf_token"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "signin=signin" --data-urlencode "signin:login=$1" \
        --data-urlencode "signin:password=$2" --data-urlencode "signin:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$view" --data-urlencode "csrf_token=$token" "$BASE/login.xhtml"
    [ "$(curl -s -o /dev/null -b "$jar" -w '%{http_code}' "$BASE/pharmacist")" = 200 ] \
        || { echo "could not sign in as $1"; exit 1; }
    python3 - "$jar" "$3" <<'PY'
import json, sys
cookies = {}
for line in open(sys.argv[1]):
    parts = line.rstrip("\n").split("\t")
    if len(parts) == 7 and not (line.startswith("#") and not line.startswith("#HttpOnly_")):
        domain, _, path, secure, expires, name, value = parts
        domain = domain.replace("#HttpOnly_", "")
        cookies.setdefault(domain, {}).setdefault(path, {})[name] = {
            "value": value, "expires": None, "secure": secure == "TRUE", "port": None, "version": 0}
json.dump(cookies, open(sys.argv[2], "w"))
PY
}

scan() { # $1 name, then wapiti's extra arguments (start pages, cookie)
    local name=$1
    shift
    echo "scanning ($name) ..."
    wapiti -u "$BASE/" --scope folder -m "$MODULES" -d 3 --max-links-per-page 15 --max-files-per-dir 25 \
        --max-scan-time "$SCAN_SECONDS" --max-attack-time "$ATTACK_SECONDS" -t 10 --flush-session \
        --store-session "$work/wapiti-$name" --no-bugreport -f json -o "$OUT/$name.json" -v 0 "$@" \
        >"$OUT/$name.log" 2>&1 || { tail -20 "$OUT/$name.log"; echo "wapiti failed ($name)"; exit 1; }
}

scan anonymous -s "$BASE/province/11" -s "$BASE/district/11440" -s "$BASE/seller/11806923" \
    -s "$BASE/search?q=%EC%84%9C%EA%B5%90%EB%8F%99" -s "$BASE/easy" -s "$BASE/en/" -s "$BASE/login.xhtml" \
    -s "$BASE/api/v1/storesByAddr/json?address=%EC%84%9C%EC%9A%B8%ED%8A%B9%EB%B3%84%EC%8B%9C%20%EB%A7%88%ED%8F%AC%EA%B5%AC" \
    -s "$BASE/api/v1/storesByGeo/json?lat=37.5666&lng=126.9784&m=500" -s "$BASE/api/v1/stores/json?page=1&perPage=10" \
    -s "$BASE/api/v1/sales/json?page=1&perPage=10"
sign_in demo-pharmacist1 demo-pharmacist1-2020 "$work/pharmacist-cookies.json"
scan pharmacist -c "$work/pharmacist-cookies.json" -s "$BASE/pharmacist" -s "$BASE/pharmacist/tokens"
# the pharmacist's scan means something only if its session lasted to the end
still=$(curl -s -o /dev/null -b "$work/curl-cookies" -w '%{http_code}' "$BASE/pharmacist")
echo "scanned: $(grep -ho 'found [0-9]* URLs and forms' "$OUT"/anonymous.log | cut -d' ' -f2) URLs and forms anonymously," \
    "$(grep -ho 'found [0-9]* URLs and forms' "$OUT"/pharmacist.log | cut -d' ' -f2) as a pharmacist" \
    "(still signed in at the end: $([ "$still" = 200 ] && echo yes || echo "no, $still"))"

python3 - "$OUT/anonymous.json" "$OUT/pharmacist.json" <<'PY'
import json, sys
levels = {"4": 0, "3": 0, "2": 0, "1": 0}
for report in sys.argv[1:]:
    data = json.load(open(report))
    for section in ("vulnerabilities", "anomalies"):
        for category, found in (data.get(section) or {}).items():
            for f in found:
                level = str(f.get("level"))
                if level in levels:
                    levels[level] += 1
                if level in ("4", "3", "2"):
                    print(f"  {report.rsplit('/', 1)[-1]}: level {level} {category}: {f['method']} {f['path']} "
                          f"{f.get('parameter') or ''} {f['info']}")
                elif level == "1":
                    print(f"  low: {category}: {f['method']} {f['path']} {f['info']}")
print(f"security-scan: critical {levels['4']}, high {levels['3']}, medium {levels['2']}, low {levels['1']}")
sys.exit(1 if levels["4"] + levels["3"] + levels["2"] else 0)
PY

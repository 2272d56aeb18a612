#!/usr/bin/env bash
# Benchmark: how honest the sell-out forecasts are (DESIGN.md rule 8). Replays a week of simulated history with a
# lagging feed and half of the pharmacists reporting "sold out" within two minutes. The week is learned as the portal
# learns it: each day, once over, is judged in hindsight by the patterns of the days before it (from what the portal
# would have stored: feed rows as polled, reports; never the replay's truth), and the week's record decides, as the
# district report does, where forecasts are switched off. The next day is then measured minute by minute against the
# truth. Figures are ratios to the raw feed of the same run:
#   - false 'masks': seller-minutes shown with masks that truly had none, as a share of those of the raw feed;
#   - false 'none':  seller-minutes shown without masks (sold out, closed, likely sold out) that truly had some, as a
#                    share of all seller-minutes of the day and of those with masks.
#
#   bash src/bench/forecast-backtest.sh [seed] [sellers per district] [feed lag, minutes] [reporting share] [stray]
#
# stray: how many times DayToDay.USUAL (a delivery half an hour early or late, selling a quarter faster or slower)
# each seller's day strays from its habits. After the full run, one line per other stray shows how the figures
# depend on that assumption of the replay's.
# No server, no database: it runs the pure merge and the pattern learner in one JVM (about 5 s for 1,000 sellers).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${BENCH_BUILD:-target}
SEED=${1:-2}; PER_DISTRICT=${2:-250}; LAG=${3:-10}; SHARE=${4:-0.5}; STRAY=${5:-1}
mvn -B -o -q test-compile -Dportal.build.dir="$PWD/$BUILD"
run() { java -cp "$BUILD/classes:$BUILD/test-classes" kr.maskportal.stock.control.forecast.ForecastBacktest \
    "$SEED" "$PER_DISTRICT" "$LAG" "$SHARE" "$1"; }
echo "== the portal's settings, days straying ${STRAY} times the usual"
run "$STRAY"
echo
echo "== other strays: districts switched off, and the measured day with switch-off"
for stray in 0 0.5 1.5 2; do
    run "$stray" | awk -v stray="$stray" '
        /right in hindsight/ { districts++; if (/switched off/) off++ }
        /forecasts, switch-off/ { masks = $6; none = $13 }
        END { printf "stray x%s: %d of %d districts switched off; false '"'"'masks'"'"' %s of the raw feed'"'"'s, false '"'"'none'"'"' %s of all seller-minutes\n", stray, off, districts, masks, none }'
done

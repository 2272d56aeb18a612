#!/usr/bin/env bash
# Benchmark: how honest the sell-out forecasts are (DESIGN.md rule 8). Replays a week of simulated history with a
# lagging feed and half of the pharmacists reporting "sold out" within two minutes, learns each seller's pattern
# from what the portal would have stored (feed rows as polled, reports; never the replay's truth), then judges two
# days minute by minute against the truth: the first decides in hindsight, as the district report does, where
# forecasts are switched off; the second is measured. Figures are ratios to the raw feed of the same run:
#   - false 'masks': seller-minutes shown with masks that truly had none, as a share of those of the raw feed;
#   - false 'none':  seller-minutes shown without masks (sold out, closed, likely sold out) that truly had some, as a
#                    share of all seller-minutes of the day and of those with masks.
#
#   bash src/bench/forecast-backtest.sh [seed] [sellers per district] [feed lag, minutes] [reporting share]
#
# No server, no database: it runs the pure merge and the pattern learner in one JVM (about 10 s for 1,000 sellers).
# Run twice: with the portal's settings, then with every seller's pattern trusted however unsteady its days
# (steady spread unbounded), to show what the steadiness rule costs and buys.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${BENCH_BUILD:-target}
SEED=${1:-2}; PER_DISTRICT=${2:-250}; LAG=${3:-10}; SHARE=${4:-0.5}
mvn -B -o -q test-compile -Dportal.build.dir="$PWD/$BUILD"
run() { java -cp "$BUILD/classes:$BUILD/test-classes" kr.maskportal.stock.control.forecast.ForecastBacktest \
    "$SEED" "$PER_DISTRICT" "$LAG" "$SHARE" "$@"; }
echo "== the portal's settings (a quarter of a seller's days faster than its limit; steady sellers only)"
run
echo
echo "== every pattern trusted, however much its days differ"
run 0.25 1.0 1000000

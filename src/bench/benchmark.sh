#!/usr/bin/env bash
# Builds the service, installs wrk when missing, and runs the benchmark (src/bench/bench.py).
#   src/bench/benchmark.sh                 build, then measure at 10 and 10,000 funnels
#   src/bench/benchmark.sh --no-build      reuse target/quarkus-app
#   src/bench/benchmark.sh --quick         short runs at 10 and 1,000 funnels (a smoke test)
# Any other argument goes to bench.py (see `python3 src/bench/bench.py --help`).
# Results: target/bench/latest.json (and a timestamped copy); a Markdown table on stdout.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=1
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    --quick) args+=(--sizes 10,1000 --duration 3 --warmup 10 --warmup-requests 5000 --rounds 1) ;;
    *) args+=("$a") ;;
  esac
done

# JDK 25 builds and runs the service: $JAVA_HOME when it is a 25, else the one under /usr/lib/jvm
if ! "${JAVA_HOME:-/nonexistent}/bin/java" -version 2>&1 | grep -q 'version "25'; then
  JAVA_HOME=""
  for d in /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/*-25-* /usr/lib/jvm/*25*; do
    if [ -x "$d/bin/javac" ]; then JAVA_HOME=$d; break; fi
  done
  [ -n "$JAVA_HOME" ] || { echo "No JDK 25 under /usr/lib/jvm: install one or set JAVA_HOME" >&2; exit 2; }
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq wrk
fi
command -v python3 >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq python3; }

if [[ $build == 1 || ! -f target/quarkus-app/quarkus-run.jar ]]; then
  ./mvnw -B -ntp -q package -DskipTests
fi

exec python3 src/bench/bench.py "${args[@]}"

#!/usr/bin/env bash
# Records the AOT cache (JEP 483) of the packaged service. With AOT_TRAINING=workload (the default,
# the H2 build) from a training run: the service starts on a throw-away H2 database (migrations and
# the seed import run), answers the main reads (funnel list and view, statistics, chart, CSV,
# history, 304 revalidations, health) a few hundred times each, and stops; the JVM then writes the
# cache with the classes that were loaded and linked. With AOT_TRAINING=start (the PostgreSQL
# build and the container image, which have no database at hand) from a start that stops at its
# first connection. `./mvnw package` runs it after src/aot/MergeClassPath.java (exec-maven-plugin,
# docs/performance.md), docker/Dockerfile.jvm in its run stage; by hand:
#   src/aot/train.sh [target/quarkus-app] [extra JVM options]
# Needs bash, and curl for the workload.
set -euo pipefail

app=${1:-target/quarkus-app}
[ $# -gt 0 ] && shift
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
rounds=${AOT_TRAINING_ROUNDS:-200}
training=${AOT_TRAINING:-workload}
cache="$app/app.aot"
log="$app/aot-training.log"
data=$(mktemp -d "${TMPDIR:-/tmp}/casefunnel-aot-XXXXXX")
pid=""

cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -rf "$data"
}
trap cleanup EXIT

fail() {
  echo "AOT training failed: $1 (log: $log); the service still runs without the cache" >&2
  rm -f "$cache"
  exit 1
}

case "$training" in
  workload) command -v curl >/dev/null 2>&1 || fail "curl is needed" ;;
  start) ;;
  *) fail "AOT_TRAINING is '$training': workload or start" ;;
esac
rm -f "$cache"
# The JDK rejects a cache whose class-path jars have other modification times than at recording
# ("timestamp has changed"; the service then starts without it). Quarkus keeps the times of jars
# whose content did not change, and its application model (quarkus/quarkus-application.dat) is
# not a jar the JDK checks, so a cache from another build could pass the check and break the
# start. Fresh times on every jar at every recording make any other build's cache fail it.
find "$app" -name '*.jar' -exec touch {} +
# The JVM options that shape the cache must be the run command's (compact headers, the GC, C1
# only). No training data (method profiles and compilations, JEP 515): with C1 only they bring
# little, and replaying them at every start compiles thousands of methods that a start runs once,
# which cost 6 MiB of resident memory (docs/performance.md).
options=(-XX:+UseCompactObjectHeaders -XX:+UseSerialGC -XX:TieredStopAtLevel=1
  -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining)
if [ "$training" = start ]; then
  # quarkus.appcds.generate: the service exits once started instead of serving. Without a database
  # (the usual case at build time) the start stops at its first connection, at once rather than
  # after Flyway's retries, and the JVM still writes the cache of what it loaded up to there:
  # static initialisation and most of the framework's start (docs/performance.md).
  status=0
  CASEFUNNEL_DATA_DIR="$data" "$java" "${options[@]}" "$@" -XX:AOTCacheOutput="$cache" \
    -Dquarkus.appcds.generate=true -Dquarkus.flyway.connect-retries=0 \
    -jar "$app/quarkus-run.jar" >"$log" 2>&1 || status=$?
  [ -s "$cache" ] || fail "no cache was written"
  echo "AOT cache $cache written from a start that exited with status $status ($(du -h "$cache" | cut -f1))"
  exit 0
fi
CASEFUNNEL_DATA_DIR="$data" "$java" "${options[@]}" "$@" \
  -XX:AOTCacheOutput="$cache" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 \
  -Dcasefunnel.rate-limit.enabled=false -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
pid=$!

port=""
for _ in $(seq 1 1200); do
  kill -0 "$pid" 2>/dev/null || fail "the service stopped on start"
  port=$(grep -o 'Listening on: http://[0-9.]*:[0-9]*' "$log" | head -1 | sed 's/.*://' || true)
  [ -n "$port" ] && break
  sleep 0.25
done
[ -n "$port" ] || fail "the service did not start within 300 s"
base="http://127.0.0.1:$port"
curl -fsS -o /dev/null --retry 30 --retry-delay 1 --retry-all-errors "$base/q/health/ready" ||
  fail "the service is not ready"

f=met-group-cse-review
api="$base/api/funnels/$f"
reads=(
  "$base/api/funnels" "$base/api/funnels?size=5&organisation=x" "$api" "$api/statistics"
  "$api/stages" "$api/statements" "$api/sources" "$api/history" "$api/document"
  "$base/api/statistics/compare?funnels=$f" "$base/q/health/live" "$base/q/health/ready"
  "$base/api/changes"
)
etag() { curl -fsS -o /dev/null -D - "$@" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p'; }
stats_tag=$(etag "$api/statistics")
view_tag=$(etag "$api")
for ((i = 0; i < rounds; i++)); do
  # one connection per round (--next keeps it); a failed read does not stop the training
  curl -s "${reads[@]}" --next -s -H "Accept: text/csv" "$api" \
    --next -s -H "Accept: image/svg+xml" "$api/chart.svg" \
    --next -s -H "If-None-Match: $stats_tag" "$api/statistics" "$api/statistics" \
    --next -s -H "If-None-Match: $view_tag" "$api" \
    --next -s "$api/statistics?asOf=2025-$(printf '%02d' $((i % 12 + 1)))-28" \
    >/dev/null || true
done
curl -s "$base/q/metrics" "$api/prov" >/dev/null || true

# a graceful stop: the JVM writes the cache as it exits (an assembly step that takes a while)
kill -TERM "$pid"
wait "$pid" || true
pid=""
[ -s "$cache" ] || fail "no cache was written"
echo "AOT cache $cache written after $rounds training rounds ($(du -h "$cache" | cut -f1))"

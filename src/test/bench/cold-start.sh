#!/usr/bin/env bash
# Cold start of the packaged application on the seed content: N starts on an empty store directory
# (the seed content is loaded) and N on the store the first start left (nothing to reload).
# Each start is a new JVM; the time is Spring's "Started ... in X seconds" and the wall time until
# /actuator/health answers UP. Prints every run and the medians.
set -euo pipefail
cd "$(dirname "$0")/../../.."
RUNS=${1:-5}
PORT=${PORT:-18481}
JAR=$(ls target/simimo-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then mvn -q -B package -DskipTests; JAR=$(ls target/simimo-*.jar | grep -v original | head -1); fi

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

run_once() { # $1 store directory
  local log start ready started
  log=$(mktemp)
  start=$(date +%s.%N)
  java -jar "$JAR" --server.port="$PORT" --simimo.store.directory="$1" > "$log" 2>&1 &
  local pid=$!
  until curl -sf "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.05
  done
  ready=$(date +%s.%N)
  started=$(grep -o 'Started SimimoApplication in [0-9.]*' "$log" | awk '{print $4}')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
  echo "$started $(awk -v a="$ready" -v b="$start" 'BEGIN {printf "%.3f", a - b}')"
}

empty_started=(); empty_ready=(); existing_started=(); existing_ready=()
for i in $(seq "$RUNS"); do
  dir=$(mktemp -d)
  read -r s r < <(run_once "$dir"); empty_started+=("$s"); empty_ready+=("$r")
  echo "run $i empty store:    started in ${s} s, healthy after ${r} s wall"
  read -r s r < <(run_once "$dir"); existing_started+=("$s"); existing_ready+=("$r")
  echo "run $i existing store: started in ${s} s, healthy after ${r} s wall"
  rm -rf "$dir"
done
echo "median, empty store:    started $(printf '%s\n' "${empty_started[@]}" | median) s, healthy $(printf '%s\n' "${empty_ready[@]}" | median) s"
echo "median, existing store: started $(printf '%s\n' "${existing_started[@]}" | median) s, healthy $(printf '%s\n' "${existing_ready[@]}" | median) s"

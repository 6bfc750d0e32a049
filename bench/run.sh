#!/usr/bin/env bash
# Measures Løkta at national scale on loopback (docs/performance.md, "National scale").
# Starts the jar on the generated data set (generated on the first start into data-scale/, a few
# minutes), warms up, runs wrk against each page and prints p50/p95/p99, throughput and the ratios
# to the "fortunes" control page.
#
#   ./mvnw -DskipTests package && bench/run.sh
#
# ONLY_SURVEY=1 measures the survey results pages alone, with one connection.
# Settings (environment): JAR, PORT (8089), LOKTA_DATA_DIR (data-scale), DURATION (20s), WARMUP (10s),
# THREADS (2), CONNECTIONS (16), MONTH (2027-03), JAVA_HOME (a JDK 21 or newer), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-target/lokta-0.1.0.jar}
PORT=${PORT:-8089}
DATA=${LOKTA_DATA_DIR:-data-scale}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
MONTH=${MONTH:-2027-03}
PASSWORD=lokta-scale-2026
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
LOG="$WORK/lokta.log"

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "no $JAR: ./mvnw -DskipTests package first" >&2; exit 1; }

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
LOKTA_DATA_DIR="$DATA" $JAVA ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" \
  --lokta.generate=national --lokta.benchmark.enabled=true > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2> /dev/null; wait $APP 2> /dev/null || true; rm -rf "$WORK"' EXIT
echo "Løkta (pid $APP) starting on $BASE with data in $DATA; log: $LOG"
for _ in $(seq 1 1800); do
  if curl -fs "$BASE/actuator/health/readiness" > /dev/null 2>&1; then break; fi
  kill -0 $APP 2> /dev/null || { tail -50 "$LOG"; exit 1; }
  sleep 1
done
grep -E "Generat|national data set|vacuum|: [0-9]+ ms" "$LOG" | sed 's/^.*\] //' || true

# an activity of the chosen month, and those open for registration now (first sessions in the
# next eight weeks)
ACTIVITY=$(curl -fs "$BASE/programme?month=$MONTH" | grep -o '/programme/activities/[0-9a-f-]\{36\}' | head -1 | cut -d/ -f4)
: > "$WORK/open.txt"
for m in $(date -d '+1 month' +%Y-%m) $(date -d '+2 month' +%Y-%m); do
  curl -fs "$BASE/programme?month=$m" | grep -o '/programme/activities/[0-9a-f-]\{36\}' | cut -d/ -f4 >> "$WORK/open.txt"
done
sort -u -o "$WORK/open.txt" "$WORK/open.txt"

# sign in municipality contacts; each gives a session cookie and its CSRF token
sign_in() { # municipality number, or another local part with SIGN_IN_AS
  local jar="$WORK/cookies-$1" token
  token=$(curl -fs -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
  curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "email=${SIGN_IN_AS:-kontakt.$1}@nasjonal.example" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
  token=$(curl -fs -b "$jar" -c "$jar" "$BASE/" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
  echo "SESSION=$(awk '$6 == "SESSION" { print $7 }' "$jar") $token"
}
: > "$WORK/sessions.txt"
for nr in 0301 1103 1106 1108 1508 1804 3107 3301 3403 3905 4001 4204 4601 5001 5501 5601; do
  sign_in "$nr" >> "$WORK/sessions.txt"
done
CONTACT_COOKIE=$(head -1 "$WORK/sessions.txt" | cut -d' ' -f1)
MY_MUNICIPALITY=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $CONTACT_COOKIE" "$BASE/programme/my-municipality")
echo "activity $ACTIVITY; $(wc -l < "$WORK/open.txt") activities open for registration;" \
  "$(grep -c ' ' "$WORK/sessions.txt") contacts signed in; my-municipality answers $MY_MUNICIPALITY"

measure() { # label path [cookie]
  LABEL=$1 COOKIE=${3:-} wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/report.lua "$BASE$2" \
    | grep '^RESULT' | tee -a "$WORK/results.txt"
}
warm() { # path [cookie]
  COOKIE=${2:-} wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/report.lua "$BASE$1" > /dev/null
}

# the generated survey (25 000 responses, 502 500 answers) and a coordinator of its collaboration
SURVEY=""
for county in 03 11 15 18 31 32 33 34 39 40 42 46 50 55 56; do
  cookie=$(SIGN_IN_AS="koordinator.$county" sign_in "k$county" | cut -d' ' -f1 || true)
  SURVEY=$(curl -fs -H "Cookie: $cookie" "$BASE/needs/surveys" | grep -o '/needs/surveys/[0-9a-f-]\{36\}' | head -1 | cut -d/ -f4 || true)
  if [ -n "$SURVEY" ]; then COORDINATOR_COOKIE=$cookie; break; fi
done
echo "survey $SURVEY (coordinator of county $county)"

if [ -n "${ONLY_SURVEY:-}" ]; then
  # one connection: the time a coordinator waits for the page
  : > "$WORK/results.txt"
  for by in "" municipality; do
    COOKIE=$COORDINATOR_COOKIE wrk -t1 -c1 -d"$WARMUP" "$BASE/needs/surveys/$SURVEY/results?by=$by" > /dev/null
    LABEL="survey-results${by:+-by-$by}" COOKIE=$COORDINATOR_COOKIE wrk -t1 -c1 -d"$DURATION" --timeout 10s --latency \
      -s bench/report.lua "$BASE/needs/surveys/$SURVEY/results?by=$by" | grep '^RESULT' | tee -a "$WORK/results.txt"
  done
  exit 0
fi

echo "warming up ($WARMUP per page)"
warm /benchmark/plaintext
warm /benchmark/fortunes
warm /programme
warm "/programme?month=$MONTH"
warm "/programme/activities/$ACTIVITY"
[ "$MY_MUNICIPALITY" = 200 ] && warm /programme/my-municipality "$CONTACT_COOKIE"

echo "measuring ($DURATION per page, $THREADS threads, $CONNECTIONS connections; load before: $(cut -d' ' -f1-3 /proc/loadavg))"
: > "$WORK/results.txt"
measure plaintext /benchmark/plaintext
measure fortunes /benchmark/fortunes
measure programme /programme
measure programme-month "/programme?month=$MONTH"
measure activity "/programme/activities/$ACTIVITY"
measure activity-signed-in "/programme/activities/$ACTIVITY" "$CONTACT_COOKIE"
measure survey-results "/needs/surveys/$SURVEY/results" "$COORDINATOR_COOKIE"
if [ "$MY_MUNICIPALITY" = 200 ]; then
  measure my-municipality /programme/my-municipality "$CONTACT_COOKIE"
fi
LABEL=registration SESSIONS="$WORK/sessions.txt" ACTIVITIES="$WORK/open.txt" \
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/register.lua "$BASE" \
  | grep '^RESULT' | tee -a "$WORK/results.txt"

echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '
  { label[NR] = $2; rps[NR] = $3; p50[NR] = $4; p95[NR] = $5; p99[NR] = $6; err[NR] = $7; n[NR] = $8
    if ($2 == "fortunes") fortunes = $3 }
  END {
    printf "| %-20s | %10s | %9s | %9s | %9s | %9s | %8s | %6s |\n", "page", "requests/s", "p50 ms", "p95 ms", "p99 ms", "/fortunes", "requests", "errors"
    printf "|%s|%s|%s|%s|%s|%s|%s|%s|\n", "----------------------", "-----------:", "----------:", "----------:", "----------:", "----------:", "---------:", "-------:"
    for (i = 1; i <= NR; i++)
      printf "| %-20s | %10.1f | %9.2f | %9.2f | %9.2f | %9.2f | %8d | %6d |\n", label[i], rps[i], p50[i], p95[i], p99[i], rps[i] / fortunes, n[i], err[i]
  }' "$WORK/results.txt"

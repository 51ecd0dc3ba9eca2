#!/usr/bin/env bash
# Starts the whole Front Office system on one machine: builds it if needed, then runs the
# local-stack launcher (embedded Kafka and PostgreSQL, the simulators, every service).
# Options and variables: see README.md. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
state="${LOCAL_STACK_STATE:-.local-stack}"
mkdir -p "$state/logs"
if [ "${LOCAL_STACK_SKIP_BUILD:-0}" != "1" ]; then
  echo "Building Front Office (the first build downloads dependencies and takes a few minutes; log: $state/logs/build.log)..."
  if ! ./mvnw -B -DskipTests install > "$state/logs/build.log" 2>&1; then
    tail -n 40 "$state/logs/build.log"
    echo "The build failed; the whole log is in $state/logs/build.log" >&2
    exit 1
  fi
fi
exec java -jar local-stack/launcher/target/local-stack-launcher.jar "$@"

#!/usr/bin/env bash
# Starts the Sheets simulator with a draft sheet, writes a few picks through the API, and takes headless
# Chromium screenshots of the index page and the draft sheet page.
#
#   local-stack/sheets-simulator/scripts/screenshot.sh [output-dir] [port]
#
# Output: <output-dir>/sheets-sim-index.png and sheets-sim-draft.png (default /tmp). PNGs are for looking
# at, not for committing.
set -euo pipefail

OUT_DIR="${1:-/tmp}"
PORT="${2:-8799}"
MODULE_DIR="$(cd "$(dirname "$0")/.." && pwd)"
REPO_DIR="$(cd "$MODULE_DIR/../.." && pwd)"
BASE="http://127.0.0.1:$PORT"

if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium not found; installing it with apt-get" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

cd "$REPO_DIR"
if [ ! -d "$MODULE_DIR/target/classes/app" ]; then
  ./mvnw -B -o -pl local-stack/sheets-simulator -am package -DskipTests
fi
CP_FILE="$(mktemp)"
./mvnw -B -o -pl local-stack/sheets-simulator dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$CP_FILE" >/dev/null
CLASSPATH="$MODULE_DIR/target/classes:$(cat "$CP_FILE")"

LOG="$(mktemp)"
java -cp "$CLASSPATH" app.frontoffice.sim.sheets.SheetsSimulatorMain \
  --port "$PORT" --draft-sheet draft-13 --rounds 32 --teams 16 >"$LOG" 2>&1 &
SIM_PID=$!
trap 'kill "$SIM_PID" 2>/dev/null || true; rm -f "$CP_FILE" "$LOG"' EXIT

for _ in $(seq 1 100); do
  grep -q "Sheets simulator ready" "$LOG" && break
  kill -0 "$SIM_PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 0.1
done
grep -q "Sheets simulator ready" "$LOG" || { echo "simulator did not start" >&2; cat "$LOG" >&2; exit 1; }

# A few picks through the real API route (pick overall N on row N+1), then a second spreadsheet.
curl -fsS -X PUT -H 'Content-Type: application/json' \
  "$BASE/v4/spreadsheets/draft-13/values/'Ordered%20List'!D2:G4?valueInputOption=RAW" \
  -d '{"values":[["WV","WV","Mike Trout",8.3],["NYY","NYY","Aaron Judge",7.9],["LAD","LAD","Mookie Betts",6.5]]}' >/dev/null
curl -fsS -X PUT -H 'Content-Type: application/json' \
  "$BASE/v4/spreadsheets/draft-13/values/'Ordered%20List'!D5:G5?valueInputOption=USER_ENTERED" \
  -d '{"values":[["BOS","SEA","Julio Rodriguez","5.25"]]}' >/dev/null
curl -fsS -X POST -H 'Content-Type: application/json' "$BASE/sim/sheets" \
  -d '{"id":"scorecard-1","title":"Scorecard WV @ NYY","tabs":[{"title":"Scorebug","rows":[["","WV @ NYY - Top 3"]]},{"title":"Setup"}]}' >/dev/null

shoot() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d)" --virtual-time-budget=2500 \
    --screenshot="$2" --window-size=1400,900 "$1" >/dev/null 2>&1
  echo "wrote $2"
}
mkdir -p "$OUT_DIR"
shoot "$BASE/" "$OUT_DIR/sheets-sim-index.png"
shoot "$BASE/sheets/draft-13" "$OUT_DIR/sheets-sim-draft.png"

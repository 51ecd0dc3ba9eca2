#!/usr/bin/env bash
# Renders the simulator's web page in headless Chromium and writes a PNG, to check the page by eye.
#
#   local-stack/discord-simulator/scripts/screenshot.sh [output.png]
#
# Runs DemoBot from the test classpath (simulator + a real JDA bot + some demo messages), waits for the
# bot to connect, takes the screenshot and stops DemoBot again. Needs the module built once
# (./mvnw -pl local-stack/discord-simulator -am verify). The PNG is for looking at, not for committing.
set -euo pipefail

MODULE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT_DIR="$(cd "$MODULE_DIR/../.." && pwd)"
OUT="${1:-$MODULE_DIR/target/screenshot.png}"
HTTP_PORT="${HTTP_PORT:-18700}"
GATEWAY_PORT="${GATEWAY_PORT:-18701}"

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing chromium (Debian package)..."
  apt-get update -qq && apt-get install -y -qq chromium
fi

CP_FILE="$MODULE_DIR/target/test-classpath.txt"
if [[ ! -s "$CP_FILE" ]]; then
  (cd "$ROOT_DIR" && ./mvnw -B -o -pl local-stack/discord-simulator dependency:build-classpath \
      -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null)
fi
CP="$MODULE_DIR/target/classes:$MODULE_DIR/target/test-classes:$(cat "$CP_FILE")"

java -cp "$CP" app.frontoffice.sim.discord.DemoBot --http-port "$HTTP_PORT" --gateway-port "$GATEWAY_PORT" \
  > "$MODULE_DIR/target/demobot.log" 2>&1 &
DEMO_PID=$!
trap 'kill "$DEMO_PID" 2>/dev/null && wait "$DEMO_PID" 2>/dev/null || true' EXIT

for _ in $(seq 1 60); do
  if grep -q "DemoBot ready" "$MODULE_DIR/target/demobot.log" 2>/dev/null; then break; fi
  if ! kill -0 "$DEMO_PID" 2>/dev/null; then cat "$MODULE_DIR/target/demobot.log"; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$HTTP_PORT/sim/gateway" && echo

mkdir -p "$(dirname "$OUT")"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" \
  --virtual-time-budget=3000 --screenshot="$OUT" --window-size=1400,900 "http://127.0.0.1:$HTTP_PORT/?poll" 2>/dev/null
echo "Screenshot written to $OUT"

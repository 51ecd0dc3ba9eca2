#!/usr/bin/env bash
# Imports a league data file into the league office (transaction-service).
#
#   scripts/import-league.sh FILE [URL]
#
# URL defaults to http://localhost:${TRANSACTION_SERVICE_PORT:-8712}. When the service has
# frontoffice.admin-token set, export FRONTOFFICE_ADMIN_TOKEN with the same value.
# Prints the service's answer: the import summary, or every problem found in the file (and exits 1).
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 FILE [URL]" >&2
  exit 2
fi
file=$1
url=${2:-http://localhost:${TRANSACTION_SERVICE_PORT:-8712}}
if [[ ! -r $file ]]; then
  echo "cannot read $file" >&2
  exit 2
fi

args=(--silent --show-error --write-out '\n%{http_code}' -X POST -H 'Content-Type: application/json'
      --data-binary "@$file")
if [[ -n ${FRONTOFFICE_ADMIN_TOKEN:-} ]]; then
  args+=(-H "X-Admin-Token: $FRONTOFFICE_ADMIN_TOKEN")
fi

answer=$(curl "${args[@]}" "${url%/}/api/leagues/import")
status=${answer##*$'\n'}
echo "${answer%$'\n'*}"
[[ $status == 200 ]] || { echo "import failed: HTTP $status" >&2; exit 1; }

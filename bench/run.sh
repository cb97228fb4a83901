#!/usr/bin/env bash
# The performance benchmark of docs/performance.md: builds the benchmark tool in Release, generates 10,000 commissions
# with 1,000,000 audit events, then times the dashboard and commission-list queries and prints the figures.
#
#   bench/run.sh                       generate into a temporary folder, removed afterwards
#   bench/run.sh --data-folder DIR     generate into DIR and keep it; if DIR already holds a database, time that one
#   bench/run.sh --iterations N        timed rounds per query (default 50)
#
# Not part of test.sh: it takes about a minute and a half and half a gigabyte of disk.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data_folder=""
iterations=50
while [[ $# -gt 0 ]]; do
  case "$1" in
    --data-folder) data_folder="$2"; shift 2 ;;
    --iterations) iterations="$2"; shift 2 ;;
    *) echo "Unknown option: $1 (use --data-folder DIR, --iterations N)" >&2; exit 2 ;;
  esac
done
if [[ -z "$data_folder" ]]; then
  data_folder="$(mktemp -d -t portal-bench.XXXXXX)"
  trap 'rm -rf "$data_folder"' EXIT
fi

project="$root/tools/Portal.Benchmark/Portal.Benchmark.csproj"
dotnet build "$project" -c Release -nologo -v quiet
bench=(dotnet "$root/tools/Portal.Benchmark/bin/Release/net10.0/Portal.Benchmark.dll")

if [[ -f "$data_folder/portal.db" ]]; then
  # Deadlines were placed relative to the day the data was generated; regenerate for a like-for-like dashboard.
  echo "Reusing the database in $data_folder"
else
  "${bench[@]}" generate --data-folder "$data_folder" --commissions 10000 --events 1000000
fi
"${bench[@]}" run --data-folder "$data_folder" --iterations "$iterations"

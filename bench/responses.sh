#!/usr/bin/env bash
# The tender response benchmark of docs/performance.md: builds the benchmark tool in Release, then
#   1. uploads a 100 MB PDF through Debian's chromium to the portal running on loopback (target: under 10 s, the
#      portal's working set growing by under 50 MB), and
#   2. has 50 bidders submit complete responses together 30 s before the tender deadline (target: all receipted,
#      none lost, p95 under 2 s).
# Prints the figures of both and exits non-zero if either misses its target. Each run uses temporary data folders,
# removed afterwards. Not part of test.sh: it takes about half a minute and needs /usr/bin/chromium.
#
#   bench/responses.sh                 both
#   bench/responses.sh --bidders N     submissions from N bidders (default 50)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bidders=50
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bidders) bidders="$2"; shift 2 ;;
    *) echo "Unknown option: $1 (use --bidders N)" >&2; exit 2 ;;
  esac
done

project="$root/tools/Portal.Benchmark/Portal.Benchmark.csproj"
dotnet build "$project" -c Release -nologo -v quiet
bench=(dotnet "$root/tools/Portal.Benchmark/bin/Release/net10.0/Portal.Benchmark.dll")

failed=0
echo "== 100 MB upload through the browser"
"${bench[@]}" upload || failed=1
echo
echo "== $bidders bidders submitting in the last minute"
"${bench[@]}" submissions --bidders "$bidders" || failed=1
exit "$failed"

#!/usr/bin/env bash
# Builds the solution, runs every test project, then publishes the portal and checks the published app starts and
# reports healthy. The last line printed is "N passed, N failed" (", N skipped" when any were), summed over the test
# reports plus the publish smoke check; the exit code is non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results=TestResults
started=$SECONDS
smoke_pid=""
smoke_data=""

apt_updated=0

# Installs a Debian package the tests need, as root or through sudo; the package lists are updated once per run.
install_debian_package() {
    local package=$1 as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        if ! command -v sudo >/dev/null; then
            echo "$package is missing, and installing it needs root or sudo" >&2
            exit 1
        fi
        as_root=(sudo)
    fi
    echo "== Installing $package"
    if ((apt_updated == 0)); then
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
        apt_updated=1
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$package"
}

# The end-to-end tests drive Debian's chromium: Playwright's own browser download is not reachable from CI.
install_chromium() {
    if [[ -x /usr/bin/chromium ]]; then return; fi
    install_debian_package chromium
}

# The virus-scanning tests start their own clamd, from Debian's clamav-daemon, with a database they make themselves.
install_clamd() {
    if [[ -x /usr/sbin/clamd ]]; then return; fi
    install_debian_package clamav-daemon
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

is_healthy() {
    python3 - "$1" <<'PY'
import sys, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1], timeout=5) as response:
        sys.exit(0 if response.status == 200 and response.read().decode() == "Healthy" else 1)
except Exception:
    sys.exit(1)
PY
}

stop_smoke_app() {
    if [[ -n $smoke_pid ]] && kill -0 "$smoke_pid" 2>/dev/null; then
        kill "$smoke_pid"
        wait "$smoke_pid" 2>/dev/null || true
    fi
    smoke_pid=""
    if [[ -n $smoke_data ]]; then rm -rf "$smoke_data"; fi
    smoke_data=""
}
trap stop_smoke_app EXIT

# Waits up to 60 s for the started app to answer Healthy, giving up early if it exits.
wait_until_healthy() {
    local url=$1 log=$2 deadline=$((SECONDS + 60))
    while ((SECONDS < deadline)); do
        if ! kill -0 "$smoke_pid" 2>/dev/null; then
            echo "The published portal exited before it was healthy:" >&2
            tail -n 40 "$log" >&2
            return 1
        fi
        if is_healthy "$url"; then
            echo "The published portal answered Healthy at $url."
            return 0
        fi
        sleep 1
    done
    echo "The published portal was not healthy within 60 s:" >&2
    tail -n 40 "$log" >&2
    return 1
}

# Publishes the portal and starts it once as production would, over an empty data folder.
smoke_test() {
    echo "== Publish smoke test"
    dotnet publish Portal/Portal.csproj -c Release --no-restore -o artifacts/publish || return 1
    local port log="$results/publish-smoke.log" status=0
    port=$(free_port)
    smoke_data=$(mktemp -d)
    # The published folder is the content root, as in the container, so appsettings.json and wwwroot are found.
    (cd artifacts/publish && ASPNETCORE_ENVIRONMENT=Production Portal__DataFolder="$smoke_data" \
        exec dotnet Portal.dll --urls "http://127.0.0.1:$port") >"$log" 2>&1 &
    smoke_pid=$!
    wait_until_healthy "http://127.0.0.1:$port/health" "$log" || status=1
    stop_smoke_app
    return $status
}

install_chromium
install_clamd
rm -rf "$results"
mkdir -p "$results"

echo "== Restore and build"
dotnet tool restore
dotnet restore Portal.sln
dotnet build Portal.sln -c Release --no-restore

# One project at a time, so the end-to-end tests do not compete with the others for two cores, and a failing
# project does not stop the rest. The projects whose run failed are noted, so that a run that failed without
# recording a failed test (a crash, a broken test host) still counts as a failure.
failed_runs=()
while read -r csproj; do
    grep -q '<IsTestProject>true</IsTestProject>' "$csproj" || continue
    name=$(basename "$csproj" .csproj)
    echo "== Testing $name"
    dotnet test "$csproj" -c Release --no-build --results-directory "$results" \
        --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" || failed_runs+=("$name")
done < <(dotnet sln Portal.sln list | grep '\.csproj$')

if smoke_test; then smoke_passed=1; smoke_failed=0; else smoke_passed=0; smoke_failed=1; fi

echo "test.sh took $((SECONDS - started)) s"
python3 - "$results" "$smoke_passed" "$smoke_failed" "${failed_runs[@]}" <<'PY'
import os, sys
import xml.etree.ElementTree as ET

folder, passed, failed, failed_runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
skipped = 0
for name in sorted(f[:-len(".trx")] for f in os.listdir(folder) if f.endswith(".trx")):
    counters = ET.parse(os.path.join(folder, f"{name}.trx")).getroot().find(".//{*}ResultSummary/{*}Counters")
    count = lambda attribute: int(counters.get(attribute, "0")) if counters is not None else 0
    failures = count("failed") + count("error") + count("timeout") + count("aborted")
    passed += count("passed")
    failed += failures
    # xunit's skipped tests are neither executed nor counted as notExecuted in the report.
    skipped += max(count("total") - count("executed"), 0)
    if failures == 0 and name in failed_runs:
        print(f"{name}: the test run failed without recording a failed test.", file=sys.stderr)
        failed += 1
for name in failed_runs:
    if not os.path.exists(os.path.join(folder, f"{name}.trx")):
        print(f"{name}: the test run failed without writing a report.", file=sys.stderr)
        failed += 1
summary = f"{passed} passed, {failed} failed"
print(summary + (f", {skipped} skipped" if skipped else ""))
sys.exit(1 if failed else 0)
PY

#!/usr/bin/env bash
# Installs what the tests need (PostgreSQL and Chromium from Debian packages), starts a throwaway PostgreSQL
# cluster, checks formatting, then runs every test project: the domain once, the web tests against SQLite and
# against PostgreSQL, the browser tests against PostgreSQL. Ends with "N passed, N failed, N skipped"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n== %s\n' "$*"; }

install_packages() {
  local missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  fc-list 2>/dev/null | grep -i dejavu >/dev/null || missing+=(fonts-dejavu-core)
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} from Debian packages"
    if [ "$(id -u)" -ne 0 ]; then echo "run as root to install: ${missing[*]}" >&2; exit 1; fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || { echo "apt-get install failed" >&2; exit 1; }
  fi
  command -v dotnet >/dev/null || { echo "the .NET 10 SDK is required (dotnet on PATH)" >&2; exit 1; }
}

# Spectral (npm @stoplight/spectral-cli, version pinned in tools/openapi/package-lock.json) into tools/openapi/node_modules:
# OpenApiDescriptionTests lints /openapi/v1.json with its spectral:oas ruleset and fails on any error or warning.
install_spectral() {
  [ -x tools/openapi/node_modules/.bin/spectral ] && return 0
  log "Installing Spectral from npm (tools/openapi)"
  command -v npm >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm >/dev/null; }
  npm ci --prefix tools/openapi --no-audit --no-fund --ignore-scripts >/dev/null || { echo "npm ci in tools/openapi failed" >&2; exit 1; }
}

start_postgres() {
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pgdir=$(mktemp -d /tmp/passerelle-pg.XXXXXX)
  chmod 755 "$pgdir"
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pgdir"; as=(runuser -u postgres --); fi
  pgport=${PASSERELLE_TEST_PG_PORT:-55432}
  log "Starting a throwaway PostgreSQL cluster on port $pgport"
  "${as[@]}" "$bin/initdb" -D "$pgdir/data" -U passerelle --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  "${as[@]}" "$bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w \
    -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null || { cat "$pgdir/log"; return 1; }
  export PASSERELLE_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=passerelle;Database=postgres;Pooling=true;Include Error Detail=true"
  trap 'stop_postgres' EXIT
}

stop_postgres() {
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  local as=(); [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$bin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$pgdir"
}

passed=0; failed=0; skipped=0; status=0
run_tests() { # project, database, optional test filter
  local project=$1 database=$2 filter=${3:-} out
  log "Tests: $project on $database${filter:+ ($filter)}"
  out=$(mktemp)
  PASSERELLE_TEST_DB=$database dotnet test "$project" --no-build -c Release ${filter:+--filter "$filter"} --logger "console;verbosity=minimal" 2>&1 | tee "$out"
  local rc=${PIPESTATUS[0]}
  local line; line=$(grep -E "(Passed|Failed)!  - Failed:" "$out" | tail -1)
  if [ -z "$line" ]; then
    echo "no test summary for $project on $database" >&2; failed=$((failed + 1)); status=1
  else
    local f p s
    f=$(sed -E 's/.*Failed: +([0-9]+).*/\1/' <<<"$line"); p=$(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line"); s=$(sed -E 's/.*Skipped: +([0-9]+).*/\1/' <<<"$line")
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  fi
  [ "$rc" -ne 0 ] && status=1
  rm -f "$out"
}

install_packages
install_spectral
start_postgres || { echo "PostgreSQL did not start" >&2; exit 1; }

log "Restoring and building"
dotnet tool restore >/dev/null && dotnet restore Passerelle.slnx >/dev/null || { echo "restore failed" >&2; exit 1; }
log "Checking formatting (dotnet format --verify-no-changes)"
if ! dotnet format Passerelle.slnx --verify-no-changes --no-restore; then
  echo "formatting differs: run 'dotnet format Passerelle.slnx'" >&2; failed=$((failed + 1)); status=1
fi
dotnet build Passerelle.slnx -c Release --no-restore -m:1 -clp:ErrorsOnly || { echo "build failed" >&2; echo "0 passed, 1 failed"; exit 1; }

run_tests tests/Passerelle.Domain.Tests none
run_tests tests/Passerelle.Web.Tests sqlite
run_tests tests/Passerelle.Web.Tests postgres
# The browser suite drives pages, not the database engine (the web tests above cover both engines): it runs once,
# on PostgreSQL, the production database.
run_tests tests/Passerelle.Browser.Tests postgres
compgen -G "tests/Passerelle.Cli.Tests/*.csproj" >/dev/null && run_tests tests/Passerelle.Cli.Tests none

# The container image, built offline from Debian packages and run as a deployer runs it (deploy/image/*.sh):
# each check of check.sh counts as a test. PASSERELLE_SKIP_IMAGE=1 skips it (development only).
check_image() {
  log "Container image: built offline (deploy/image/build.sh), then run and checked (deploy/image/check.sh)"
  if ! deploy/image/build.sh artifacts/passerelle.oci.tar; then
    echo "the image did not build" >&2; failed=$((failed + 1)); status=1; return
  fi
  local out; out=$(mktemp)
  deploy/image/check.sh "$PASSERELLE_TEST_POSTGRES" artifacts/passerelle.oci.tar | tee "$out"
  local rc=${PIPESTATUS[0]} line; line=$(grep -E "^[0-9]+ passed, [0-9]+ failed$" "$out" | tail -1)
  if [ -z "$line" ]; then failed=$((failed + 1)); status=1
  else passed=$((passed + ${line%% passed*})); failed=$((failed + $(sed -E 's/.*, ([0-9]+) failed/\1/' <<<"$line"))); fi
  [ "$rc" -ne 0 ] && status=1
  rm -f "$out"
}
[ "${PASSERELLE_SKIP_IMAGE:-0}" = 1 ] || check_image

echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ] || exit 1

#!/usr/bin/env bash
# Start-up time on PostgreSQL with a demo population (README "Operate: fast starts"):
#   bench/startup/measure.sh [cases]        (default 20000; PASSERELLE_BENCH_POSTGRES: a server, no database part)
# Seeds the population once (first start), then prints for an ordinary restart and for a restart after a rules
# change (the deadline recompute every start did before): seconds until /health/live and /health/ready answer 200,
# and how long the background recompute took.
set -euo pipefail
cd "$(dirname "$0")/../.."
cases=${1:-20000}
server=${PASSERELLE_BENCH_POSTGRES:-"Host=127.0.0.1;Port=55500;Username=passerelle"}
db="passerelle_startup_${cases}"
work=$(mktemp -d)
port=5391
dll=src/Passerelle.Web/bin/Release/net10.0/Passerelle.Web.dll
[ -f "$dll" ] || dotnet build src/Passerelle.Web -c Release -clp:ErrorsOnly >/dev/null
psql_url() { echo "$server" | tr ';' '\n' | sed -n 's/^Host=//p;s/^Port=//p;s/^Username=//p' | paste -sd' '; }
read -r host pgport user <<<"$(psql_url)"
psql -h "$host" -p "$pgport" -U "$user" -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null

start() { # $1: label
  local began live="" ready=""
  began=$(date +%s.%N)
  Database__Provider=Postgres ConnectionStrings__Passerelle="$server;Database=$db" Security__KeysPath="$work/keys" \
    Demo__Enabled=true Demo__Cases="$cases" Demo__Password=Bench-only-password-2026 Urls="http://127.0.0.1:$port" \
    Linkage__NightlyHour=off Digest__Hour=off ASPNETCORE_ENVIRONMENT=Production Security__RequireHttps=false \
    dotnet "$dll" >"$work/$1.log" 2>&1 &
  local pid=$!
  while [ -z "$ready" ]; do
    now=$(date +%s.%N)
    [ -z "$live" ] && curl -fs -o /dev/null "http://127.0.0.1:$port/health/live" && live=$(echo "$now - $began" | bc)
    curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" && ready=$(echo "$now - $began" | bc)
    sleep 0.1
  done
  # The background recompute, when there is one, logs its end.
  if [ "$1" != restart ]; then
    for _ in $(seq 1 900); do grep -q "Deadlines recomputed" "$work/$1.log" && break; sleep 1; done
  fi
  recompute=$(grep -o "Deadlines recomputed for new rules: [0-9]* cases in [0-9.]* s" "$work/$1.log" || echo "no recompute")
  printf '%-28s live %6.1f s   ready %6.1f s   %s\n' "$1" "$live" "$ready" "$recompute"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

start first-start-seeding
start restart
psql -h "$host" -p "$pgport" -U "$user" -d "$db" -qc "DELETE FROM \"JobRuns\" WHERE \"Job\" = 'deadline-rules'" >/dev/null
start restart-after-new-rules
psql -h "$host" -p "$pgport" -U "$user" -d postgres -qc "DROP DATABASE $db" >/dev/null
rm -rf "$work"

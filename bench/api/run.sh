#!/usr/bin/env bash
# API throughput on PostgreSQL with durable settings (README "Operate: throughput"):
#   bench/api/run.sh [cases]      (default 5000; SECONDS_EACH=15 per scenario, RATE=500 for the constant-rate rows,
#                                 WARMUP_SECONDS=15 of unmeasured load before each scenario)
# Starts its own PostgreSQL cluster (fsync=on, synchronous_commit=on, full_page_writes=on: the defaults, never the
# shared test server that runs with fsync off), starts Passerelle on it with a demo population of [cases] cases,
# signs in as a case manager and loads the API with npm's autocannon (bench/api/package-lock.json): /health/live,
# case read, case list and case create in the same run, each saturated (32 connections), the reads also at a
# constant rate. Prints req/s, p50, p99, CPU used and the ratio to /health/live; then the same create's database work
# without Passerelle (bench/api/raw, PostgreSQL's pgbench) as its baseline.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
cases=${1:-5000}
pgport=${BENCH_PG_PORT:-55520}
port=${BENCH_PORT:-5392}
work=$(mktemp -d /tmp/passerelle-bench-api.XXXXXX)
chmod 755 "$work"
dll=src/Passerelle.Web/bin/Release/net10.0/Passerelle.Web.dll
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

command -v node >/dev/null || { echo "node is needed (npm's autocannon)"; exit 1; }
[ -d bench/api/node_modules/autocannon ] || npm ci --prefix bench/api --no-audit --no-fund >/dev/null
[ -f "$dll" ] || dotnet build src/Passerelle.Web -c Release -clp:ErrorsOnly >/dev/null

app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  pg "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# A cluster of its own, durable: fsync, synchronous_commit and full_page_writes keep their default "on".
mkdir -p "$work/pg" && [ "$(id -u)" = 0 ] && chown postgres "$work/pg"
pg "$pgbin/initdb" -D "$work/pg" -U passerelle --auth=trust >/dev/null
pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB" start >/dev/null
psql -h 127.0.0.1 -p "$pgport" -U passerelle -d postgres -Atc \
  "SELECT 'postgres: fsync=' || current_setting('fsync') || ' synchronous_commit=' || current_setting('synchronous_commit') || ' full_page_writes=' || current_setting('full_page_writes')"
psql -h 127.0.0.1 -p "$pgport" -U passerelle -d postgres -qc "CREATE DATABASE passerelle" >/dev/null

password=Bench-only-password-2026
Database__Provider=Postgres ConnectionStrings__Passerelle="Host=127.0.0.1;Port=$pgport;Username=passerelle;Database=passerelle;Maximum Pool Size=100" \
  Security__KeysPath="$work/keys" Demo__Enabled=true Demo__Cases="$cases" Demo__Password=$password \
  Urls="http://127.0.0.1:$port" Linkage__NightlyHour=off Digest__Hour=off ASPNETCORE_ENVIRONMENT=Production \
  Security__RequireHttps=false RateLimiting__CaseCreationsPerAccount=0 Logging__LogLevel__Default=Warning \
  dotnet "$dll" >"$work/app.log" 2>&1 &
app=$!
began=$(date +%s)
until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
  kill -0 "$app" 2>/dev/null || { tail -30 "$work/app.log"; exit 1; }
  sleep 1
done
echo "server ready after $(( $(date +%s) - began )) s with $cases demo cases"
# Ready is not yet steady: a new database gets its deadlines recomputed for this build's rules in the background
# (readiness "Degraded" meanwhile). Load only a server that has finished its own start-up work.
until [ "$(curl -s "http://127.0.0.1:$port/health/ready")" = Healthy ]; do sleep 1; done
echo "server healthy after $(( $(date +%s) - began )) s"

token=$(curl -fs "http://127.0.0.1:$port/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"ngo@demo.test","password":"'$password'"}' | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "sign-in failed"; exit 1; }
for page in 1 2 3 4 5; do
  curl -fs "http://127.0.0.1:$port/api/v1/cases?page=$page&pageSize=100" -H "Authorization: Bearer $token" \
    | grep -o '"id":"[0-9a-f-]*"' | cut -d'"' -f4
done | sort -u >"$work/ids"
echo "$(wc -l <"$work/ids") readable case ids; git $(git rev-parse --short HEAD); $(nproc) cores"

BASE="http://127.0.0.1:$port" TOKEN="$token" IDS="$work/ids" APP_PID="$app" node bench/api/load.mjs | tee "$work/load.txt"

# Baseline beside it: the database work of a create without Passerelle (bench/api/raw/create.sql, PostgreSQL's
# pgbench), same cluster, same 32 connections, same duration — what this design costs on this machine's disk and cores.
psql -h 127.0.0.1 -p "$pgport" -U passerelle -d postgres -qc "CREATE DATABASE rawbench" >/dev/null
psql -h 127.0.0.1 -p "$pgport" -U passerelle -d rawbench -q -f bench/api/raw/schema.sql >/dev/null
raw=$("$pgbin/pgbench" -h 127.0.0.1 -p "$pgport" -U passerelle -n -c 32 -j 2 -T "${SECONDS_EACH:-15}" -f bench/api/raw/create.sql rawbench 2>&1)
raw_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$raw"); raw_latency=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$raw")
create_rps=$(sed -n 's/^case create, saturation (32 connections) *\([0-9]*\).*/\1/p' "$work/load.txt")
printf '%-42s%9.0f  (average latency %s ms)\n' "raw SQL create (pgbench, 32 connections)" "$raw_tps" "$raw_latency"
awk -v c="$create_rps" -v r="$raw_tps" 'BEGIN { if (r > 0) printf "case create reaches %.2f of the raw SQL create\n", c / r }'
audit=$(psql -h 127.0.0.1 -p "$pgport" -U passerelle -d passerelle -Atc 'SELECT count(*) FROM "AuditEntries"')
echo "audit entries after the run: $audit"

#!/usr/bin/env bash
# Adds one EF Core migration, with the same name, for both providers (SQLite and PostgreSQL).
#   tools/migrations/add.sh <Name>            add a migration for the current model
#   tools/migrations/add.sh --squash <Name>   replace every migration by one (only before a first deployment:
#                                             an existing database cannot be upgraded across a squash)
set -euo pipefail
cd "$(dirname "$0")/../.."
squash=false
if [ "${1:-}" = "--squash" ]; then squash=true; shift; fi
name=${1:?usage: tools/migrations/add.sh [--squash] <Name>}
dotnet tool restore >/dev/null
dir=src/Passerelle.Web/Platform/Persistence/Migrations
if $squash; then rm -rf "$dir/Sqlite" "$dir/Postgres"; fi
cd src/Passerelle.Web
dotnet ef migrations add "$name" --context SqliteDbContext --output-dir Platform/Persistence/Migrations/Sqlite
dotnet ef migrations add "$name" --context PostgresDbContext --output-dir Platform/Persistence/Migrations/Postgres --no-build

#!/usr/bin/env bash
# Adds one EF Core migration, with the same name, for both providers (SQLite and PostgreSQL), each into its own
# migrations project (src/Passerelle.Migrations.Sqlite, src/Passerelle.Migrations.Postgres). The model is in
# src/Passerelle.Persistence; the host (src/Passerelle.Web) is the startup project, whose design-time factories
# (Platform/Persistence/DesignTimeFactories.cs) name each provider's migrations assembly.
#   tools/migrations/add.sh <Name>            add a migration for the current model
#   tools/migrations/add.sh --squash <Name>   replace every migration by one (only before a first deployment:
#                                             an existing database cannot be upgraded across a squash)
set -euo pipefail
cd "$(dirname "$0")/../.."
squash=false
if [ "${1:-}" = "--squash" ]; then squash=true; shift; fi
name=${1:?usage: tools/migrations/add.sh [--squash] <Name>}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  if $squash; then rm -rf "src/Passerelle.Migrations.$provider/Migrations"; fi
done
build=()
for provider in Sqlite Postgres; do
  # The namespace the migrations had in the host, kept so that no migration's type name changes.
  dotnet ef migrations add "$name" --context "${provider}DbContext" \
    --project "src/Passerelle.Migrations.$provider" --startup-project src/Passerelle.Web \
    --output-dir Migrations --namespace "Passerelle.Web.Platform.Persistence.Migrations.$provider" "${build[@]}"
  build=(--no-build)
done

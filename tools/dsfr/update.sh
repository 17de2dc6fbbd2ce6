#!/usr/bin/env bash
# Copies the pinned State design system (npm @gouvfr/dsfr, version in package.json) into the web host's
# wwwroot, so that Passerelle serves it itself: no CDN and no internet at run time, and `dotnet run` needs no npm.
# Run it after changing the version in package.json, then commit wwwroot/lib/dsfr.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target="$here/../../src/Passerelle.Web/wwwroot/lib/dsfr"
cd "$here"
# --ignore-scripts: the package's postinstall wants an interactive project set-up we do not use.
npm ci --no-audit --no-fund --ignore-scripts
dist="$here/node_modules/@gouvfr/dsfr/dist"
rm -rf "$target"
mkdir -p "$target/utility/icons"
cp "$dist/dsfr.min.css" "$dist/dsfr.module.min.js" "$dist/dsfr.nomodule.min.js" "$target/"
cp -r "$dist/fonts" "$dist/favicon" "$dist/icons" "$target/"
cp "$dist/utility/icons/icons.min.css" "$target/utility/icons/"
node -p "require('./node_modules/@gouvfr/dsfr/package.json').version" > "$target/VERSION"
echo "DSFR $(cat "$target/VERSION") copied to $target"

#!/usr/bin/env bash
# Builds Passerelle's container image offline, from Debian packages only (no registry is needed):
#   1. a Debian bookworm root file system made by debootstrap (minbase + the libraries .NET needs, tzdata, curl for
#      the health check), cached between runs in $PASSERELLE_IMAGE_CACHE (default /var/cache/passerelle-image);
#   2. the self-contained publish of src/Passerelle.Web (linux-x64) in /app, owned by root, read-only for the app;
#   3. assembled with umoci as an OCI image (two layers: base, application) and written as an OCI archive.
# The result runs as user 10001, writes only to /var/lib/passerelle (a volume: keys, audit checkpoints) and /tmp.
# deploy/Dockerfile builds the same image where a registry is reachable.
#   deploy/image/build.sh [out.oci.tar]      (as root; installs debootstrap and umoci if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(realpath -m "${1:-artifacts/passerelle.oci.tar}")
cache=${PASSERELLE_IMAGE_CACHE:-/var/cache/passerelle-image}
mirror=${PASSERELLE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
packages=ca-certificates,libicu72,libssl3,tzdata,curl
uid=10001

need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v umoci >/dev/null || need+=(umoci)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || { echo "run as root to install ${need[*]}" >&2; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/passerelle-image.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$cache" "$(dirname "$out")" "$work/app"
base="$cache/rootfs-bookworm-$(echo "$packages $uid" | sha256sum | cut -c1-12).tar"
if [ ! -s "$base" ]; then
  echo "debootstrap: Debian bookworm minbase + $packages (cached in $base)"
  debootstrap --variant=minbase --include="$packages" bookworm "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
  # What a running server never needs: package manager caches, documentation, manuals, translations.
  rm -rf "$work/rootfs"/var/cache/apt/* "$work/rootfs"/var/lib/apt/lists/* "$work/rootfs"/usr/share/doc/* \
    "$work/rootfs"/usr/share/man/* "$work/rootfs"/usr/share/info/* "$work/rootfs"/usr/share/locale/* "$work/rootfs"/var/log/*
  echo "passerelle:x:$uid:$uid:Passerelle:/nonexistent:/usr/sbin/nologin" >>"$work/rootfs/etc/passwd"
  echo "passerelle:x:$uid:" >>"$work/rootfs/etc/group"
  mkdir -p "$work/rootfs/var/lib/passerelle" "$work/rootfs/app"
  chown "$uid:$uid" "$work/rootfs/var/lib/passerelle"
  chmod 700 "$work/rootfs/var/lib/passerelle"
  tar -C "$work/rootfs" -cf "$base.part" . && mv "$base.part" "$base"
  rm -rf "$work/rootfs"
fi

if [ -n "${PASSERELLE_IMAGE_PUBLISHED:-}" ]; then  # a folder already published the same way (saves a build)
  cp -a "$PASSERELLE_IMAGE_PUBLISHED/." "$work/app/"
else
  echo "dotnet publish: self-contained linux-x64"
  dotnet publish src/Passerelle.Web -c Release -r linux-x64 --self-contained -p:DebugType=none -o "$work/app" -clp:ErrorsOnly -m:1 >/dev/null
fi
rm -rf "$work/app/data" "$work/app/appsettings.Development.json"

echo "umoci: assembling the OCI image"
oci="$work/oci"
umoci init --layout "$oci"
umoci new --image "$oci:passerelle"
umoci unpack --image "$oci:passerelle" "$work/bundle" >/dev/null
tar -C "$work/bundle/rootfs" -xf "$base"
umoci repack --refresh-bundle --image "$oci:passerelle" "$work/bundle"
cp -a "$work/app/." "$work/bundle/rootfs/app/"
chown -R 0:0 "$work/bundle/rootfs/app"
chmod -R a-w,a+rX "$work/bundle/rootfs/app"
umoci repack --image "$oci:passerelle" "$work/bundle"
version=$(git describe --always --dirty 2>/dev/null || echo unknown)
umoci config --image "$oci:passerelle" \
  --config.user "$uid:$uid" --config.workingdir /app --config.entrypoint /app/Passerelle.Web \
  --config.exposedports 8080/tcp --config.volume /var/lib/passerelle --config.env Urls=http://+:8080 \
  --config.env ASPNETCORE_ENVIRONMENT=Production \
  --config.env DOTNET_RUNNING_IN_CONTAINER=true --config.env TZ=Europe/Paris \
  --config.env Database__Provider=Postgres --config.env Security__KeysPath=/var/lib/passerelle/keys \
  --config.env Audit__CheckpointsPath=/var/lib/passerelle/audit/audit-checkpoints.log \
  --config.env Logging__Console__FormatterName=json \
  --config.label org.opencontainers.image.title=Passerelle \
  --config.label "org.opencontainers.image.revision=$version" \
  --config.label "org.opencontainers.image.description=National Referral Mechanism for victims of trafficking"
umoci gc --layout "$oci"
tar -C "$oci" -cf "$out.part" . && mv "$out.part" "$out"
echo "image: $out ($(du -h "$out" | cut -f1))"

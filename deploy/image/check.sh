#!/usr/bin/env bash
# Runs the OCI archive made by build.sh as a deployer would and checks it, printing "ok:"/"FAILED:" per check:
# it starts (migrate, then the server) against the PostgreSQL given in $1, as user 10001 with a read-only root file
# system, a tmpfs /tmp and one volume (/var/lib/passerelle), and must answer /health/ready.
# With podman (Debian's, runtime runc) the image itself runs; where the sandbox forbids containers, the image's
# root file system is unpacked and its /app/Passerelle.Web runs the same way (uid 10001, read-only /app, same
# environment) — said in the output.
#   deploy/image/check.sh "<Npgsql connection string to a server>" [image.oci.tar]
set -uo pipefail
connection=${1:?usage: check.sh <connection string> [image.oci.tar]}
archive=$(realpath -m "${2:-artifacts/passerelle.oci.tar}")
port=${PASSERELLE_IMAGE_PORT:-58080}
database="passerelle_image_$$"
connection=$(sed -E 's/(^|;) *Database=[^;]*//I' <<<"$connection")
work=$(mktemp -d /tmp/passerelle-image-check.XXXXXX)
volume="$work/volume"; mkdir -p "$volume"; chown 10001:10001 "$volume"; chmod 700 "$volume"
passed=0; failed=0
ok() { echo "ok: $*"; passed=$((passed + 1)); }
ko() { echo "FAILED: $*"; failed=$((failed + 1)); }
env_args=(-e "Urls=http://127.0.0.1:$port" -e "Security__RequireHttps=false"
  -e "ConnectionStrings__Passerelle=$connection;Database=$database")
ctr=passerelle-check-$$
cleanup() {
  [ -n "${podman:-}" ] && $podman rm -f "$ctr" >/dev/null 2>&1
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null
  [ -n "${image:-}" ] && $podman rmi -f "$image" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

command -v podman >/dev/null || { [ "$(id -u)" -eq 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends podman runc >/dev/null 2>&1; }
# runc, not crun (crun refuses hybrid cgroups); explicit limits below the host's (raising them is not allowed here).
podman="podman --runtime runc"
limits=(--ulimit "nofile=4096:4096" --ulimit "nproc=4096:4096")
run_opts=(--read-only --tmpfs /tmp --network host "${limits[@]}" -v "$volume:/var/lib/passerelle")
if command -v podman >/dev/null && command -v runc >/dev/null && image=$($podman load -q -i "$archive" 2>/dev/null | sed -n 's/^Loaded image: //p' | tail -1) && [ -n "$image" ] \
  && $podman run --rm "${run_opts[@]}" --entrypoint /bin/true "$image" >/dev/null 2>&1; then
  echo "running the image with podman ($image)"
  user=$($podman image inspect --format '{{.Config.User}}' "$image")
  [ "$user" = "10001:10001" ] && ok "image user is $user (not root)" || ko "image user is '$user'"
  $podman run --rm "${run_opts[@]}" "${env_args[@]}" "$image" migrate >"$work/migrate.log" 2>&1 \
    && ok "migrate command ran in the image" || { ko "migrate in the image"; tail -20 "$work/migrate.log"; }
  $podman run -d --name "$ctr" "${run_opts[@]}" "${env_args[@]}" "$image" >/dev/null || ko "container start"
  inside() { $podman exec "$ctr" "$@"; }
  logs() { $podman logs "$ctr" 2>&1; }
else
  echo "podman cannot run containers here: running the image's content (unpacked) as the image runs it"
  podman=""
  command -v umoci >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends umoci >/dev/null
  mkdir -p "$work/oci" && tar -C "$work/oci" -xf "$archive" && umoci unpack --image "$work/oci:passerelle" "$work/bundle" >/dev/null \
    || { ko "unpack the image"; echo "$passed passed, $failed failed"; exit 1; }
  user=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['process']['user']['uid'])" "$work/bundle/config.json")
  [ "$user" = "10001" ] && ok "image user is $user (not root)" || ko "image user is '$user'"
  app="$work/bundle/rootfs/app"
  chmod 755 "$work" "$work/bundle" "$work/bundle/rootfs"
  mapfile -t image_env < <(python3 -c "import json,sys;[print(e) for e in json.load(open(sys.argv[1]))['process']['env']]" "$work/bundle/config.json")
  run_as() { (cd "$app" && env -i "${image_env[@]}" "PATH=/usr/bin:/bin" "Urls=http://127.0.0.1:$port" Security__RequireHttps=false \
    "ConnectionStrings__Passerelle=$connection;Database=$database" "Security__KeysPath=$volume/keys" \
    "Audit__CheckpointsPath=$volume/audit/audit-checkpoints.log" setpriv --reuid 10001 --regid 10001 --clear-groups "$@"); }
  run_as ./Passerelle.Web migrate >"$work/migrate.log" 2>&1 && ok "migrate command ran" || { ko "migrate"; tail -20 "$work/migrate.log"; }
  run_as ./Passerelle.Web >"$work/server.log" 2>&1 &
  pid=$!
  inside() { setpriv --reuid 10001 --regid 10001 --clear-groups "$@"; }
  logs() { cat "$work/server.log"; }
fi

code=000
for _ in $(seq 1 90); do
  code=$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port/health/ready")
  [ "$code" = 200 ] && break
  sleep 2
done
[ "$code" = 200 ] && ok "/health/ready answers 200" || { ko "/health/ready answered $code"; logs | tail -30; }
[ "$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port/Account/Login")" = 200 ] && ok "sign-in page served" || ko "sign-in page"
css=$(curl -s "http://127.0.0.1:$port/Account/Login" | grep -oE 'href="[^"]*dsfr[^"]*\.css[^"]*"' | head -1 | sed -E 's/href="([^"]*)"/\1/')
[ -n "$css" ] && [ "$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port$css")" = 200 ] && ok "design system served ($css)" || ko "design system stylesheet ($css)"
[ "$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port/api/v1/cases")" = 401 ] && ok "API refuses an anonymous call (401)" || ko "anonymous API call not refused"
if [ -n "$podman" ]; then
  [ "$(inside id -u)" = 10001 ] && ok "server process runs as 10001" || ko "server process user"
  inside sh -c 'touch /app/x || touch /etc/x || touch /x' 2>/dev/null && ko "root file system is writable" || ok "root file system is read-only"
else
  inside sh -c "touch '$app/x'" 2>/dev/null && ko "application folder is writable" || ok "application folder is read-only for the server"
fi
[ -s "$volume/keys/blind-index.key" ] && [ -s "$volume/keys/data-protection.pfx" ] && ok "keys created in the volume only" || ko "keys not in the volume"
# Read the logs whole before searching them: with pipefail, `grep -q` closing the pipe early fails the writer (SIGPIPE).
logs >"$work/server-logs.txt" 2>&1
grep -q '"LogLevel"' "$work/server-logs.txt" && ok "logs are JSON lines" || { ko "logs are not JSON"; tail -5 "$work/server-logs.txt"; }
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

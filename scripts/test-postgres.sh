#!/usr/bin/env bash
# A throwaway PostgreSQL server for the inventory tests, on loopback, with its own data folder under
# a temporary directory and a free port. Used by .ci/run; developers run the same:
#
#   eval "$(scripts/test-postgres.sh start)"   # prints export lines: EKS_ATLAS_TEST_PG_URL, _USER, _PASSWORD, _DIR
#   mvn -B test -Dtest='SnapshotRoundTripTest'
#   scripts/test-postgres.sh stop             # stops the server in $EKS_ATLAS_TEST_PG_DIR and deletes its folder
#
# initdb and postgres refuse to run as root, so as root the server runs as the 'postgres' user
# (created by Debian's postgresql package). Only the export lines go to stdout; progress goes to stderr.
set -euo pipefail

log() { echo "test-postgres: $*" >&2; }

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
  if [ -z "$dir" ] && command -v pg_config > /dev/null; then
    dir=$(pg_config --bindir)
  fi
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

ensure_installed() {
  if pg_bin > /dev/null; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL is not installed; run 'sudo apt-get install -y postgresql' (or set up a server and EKS_ATLAS_TEST_PG_URL yourself)."
    exit 1
  fi
  log "installing PostgreSQL from the distribution's packages"
  # The package would start a cluster of its own on 5432; we start ours on a free port instead.
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  if command -v pg_ctlcluster > /dev/null; then
    pg_lsclusters -h 2>/dev/null | while read -r ver name _; do pg_ctlcluster "$ver" "$name" stop 2>/dev/null || true; done
  fi
}

# Runs a command as the server's owner: ourselves, or 'postgres' when we are root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2> /dev/null
}

start() {
  ensure_installed
  local bin dir port password attempt
  bin=$(pg_bin)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/eks-atlas-pg.XXXXXX")
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=' )
  printf '%s\n' "$password" > "$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
  chmod 600 "$dir/pwfile"
  # Password (SCRAM) authentication on TCP, as a team server would have; the tests check a wrong password.
  as_owner "$bin/initdb" -D "$dir/data" -U atlas --pwfile="$dir/pwfile" --auth-host=scram-sha-256 \
      --auth-local=trust -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
  rm -f "$dir/pwfile"
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + RANDOM % 30000 ))
    port_in_use "$port" && continue
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=100" start > /dev/null; then
      as_owner "$bin/psql" -h "$dir" -p "$port" -U atlas -d postgres -q -c "CREATE DATABASE atlas_test" > /dev/null
      log "server up on 127.0.0.1:$port (data in $dir/data, log $dir/server.log)"
      echo "export EKS_ATLAS_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$port/atlas_test'"
      echo "export EKS_ATLAS_TEST_PG_USER='atlas'"
      echo "export EKS_ATLAS_TEST_PG_PASSWORD='$password'"
      echo "export EKS_ATLAS_TEST_PG_DIR='$dir'"
      return 0
    fi
    log "port $port did not work (attempt $attempt); trying another"
  done
  log "could not start PostgreSQL; its log:"
  cat "$dir/server.log" >&2 || true
  rm -rf "$dir"
  exit 1
}

stop() {
  local dir="${1:-${EKS_ATLAS_TEST_PG_DIR:-}}"
  if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
    log "nothing to stop (no server folder given and EKS_ATLAS_TEST_PG_DIR is not set)"
    return 0
  fi
  as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m immediate -w stop > /dev/null 2>&1 || true
  rm -rf "$dir"
  log "server in $dir stopped and removed"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [DIR]" >&2; exit 2 ;;
esac

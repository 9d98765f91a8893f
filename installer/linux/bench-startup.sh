#!/usr/bin/env bash
# Start-up benchmark of the installed app (/opt/eks-atlas, from the .deb): cold start to first
# window shown, over N runs (default 10), each a fresh JVM started as a double-click starts it (no
# arguments; a temporary inventory folder through EKS_ATLAS_HOME, the same one every run); prints
# median, min and max, the JVM's own figure, and the .deb's size. Targets: median < 1.0 s, .deb < 80 MB.
# Usage: installer/linux/bench-startup.sh [runs] [--drop-caches] [--no-aot]
#   --no-aot       start without the shipped AOT cache (-XX:AOTMode=off), for comparison.
#   --drop-caches  empty the kernel's page cache before each run (root only; slows everyone else on
#                  the machine for a while, so it is off by default: runs then start with warm files).
# Without DISPLAY the app runs on JavaFX's Headless platform; with DISPLAY (a desktop or Xvfb) on GTK.
set -euo pipefail
cd "$(dirname "$0")/../.."
launcher=/opt/eks-atlas/bin/eks-atlas
runs=10
drop=false
extra=""
for arg in "$@"; do
  case "$arg" in
    --drop-caches) drop=true ;;
    --no-aot) extra="-XX:AOTMode=off" ;;
    *) runs=$arg ;;
  esac
done
[ -x "$launcher" ] || { echo "bench: $launcher is not installed; build and install it first:" >&2
  echo "  installer/linux/build.sh deb && sudo apt-get install ./target/installer/eks-atlas_*_amd64.deb" >&2; exit 2; }

## Set-up: one untimed run creates the inventory, so every timed run opens an existing one.
options="-Deksatlas.exitAfterShown=true $extra"
[ -n "${DISPLAY:-}" ] || options="$options -Dglass.platform=Headless -Dprism.order=sw"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
EKS_ATLAS_HOME="$data" JAVA_TOOL_OPTIONS="$options" "$launcher" > /dev/null 2>&1
echo "platform: $([ -n "${DISPLAY:-}" ] && echo "GTK on $DISPLAY" || echo Headless); AOT cache: $([ -n "$extra" ] && echo off || echo on); cpus: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"

## Timed runs: wall clock from exec of the launcher to the line SHOWN on its stdout.
wall=()
jvm=()
for ((i = 1; i <= runs; i++)); do
  if $drop; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
  start=$(date +%s%N)
  while IFS= read -r line; do
    if [[ $line == SHOWN* ]]; then
      wall+=($((($(date +%s%N) - start) / 1000000)))
      jvm+=("${line#SHOWN }")
    fi
  done < <(EKS_ATLAS_HOME="$data" JAVA_TOOL_OPTIONS="$options" "$launcher" 2> /dev/null)
  [ ${#wall[@]} -eq "$i" ] || { echo "bench: run $i never showed the window" >&2; exit 1; }
  echo "run $i: ${wall[-1]} ms (JVM start to shown: ${jvm[-1]} ms)"
done

## Summary
stats() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
  printf "median %d ms, min %d ms, max %d ms", m, v[1], v[NR] }'; }
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "start to window shown ($runs runs, $($drop && echo "page cache dropped" || echo "warm page cache")): $(printf '%s\n' "${wall[@]}" | stats)"
echo "  JVM start to shown: $(printf '%s\n' "${jvm[@]}" | stats)"
for deb in target/installer/eks-atlas_*_amd64.deb; do
  [ -f "$deb" ] || continue
  packed=$(ar t "$deb" 2> /dev/null | grep '^data\.tar' || echo "?")
  echo ".deb: $deb $(du -m "$deb" | cut -f1) MB ($(stat -c %s "$deb") bytes, $packed); installed $(dpkg-query -W -f='${Installed-Size}' eks-atlas) KB"
done

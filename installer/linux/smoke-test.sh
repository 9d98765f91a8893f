#!/usr/bin/env bash
# CI smoke test of the Linux installer: builds the .deb, checks its contents, installs it with apt,
# opens the installed app's window headless, prints its --version, then removes the package.
# Needs root (or sudo), apt-get, dpkg-deb, fakeroot and JAVA_HOME = a JDK 25. Takes about 30 s on
# 2 cores once GTK 3 and xdg-utils are installed (installer/README.md).
# Uses target/eks-atlas.jar from `mvn -B package` (or `mvn -B verify`); builds it when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
package=eks-atlas
launcher=/opt/eks-atlas/bin/eks-atlas
fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
step() { printf '\n== smoke-test: %s (%ss)\n' "$1" "$SECONDS"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"

step "build the .deb"
# jpackage builds a .deb with fakeroot and dpkg-deb (and objcopy); build.sh reads the jar with unzip.
missing=()
for tool in fakeroot:fakeroot unzip:unzip objcopy:binutils; do
  command -v "${tool%%:*}" > /dev/null || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq && as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi
[ -f target/eks-atlas.jar ] || mvn -B -q package -DskipTests
# gzip -1 instead of dpkg-deb's default xz: the same files, packed in seconds rather than one to
# two minutes on 2 cores (the release .deb from build.sh keeps xz, about 20% smaller).
DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1 installer/linux/build.sh deb
version=$(unzip -p target/eks-atlas.jar META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: //p')
deb="target/installer/${package}_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $deb"
echo "$deb: $(du -m "$deb" | cut -f1) MB"

step "check the package contents"
files=$(dpkg-deb -c "$deb")
grep -q " \.$launcher\$" <<< "$files" || fail "the launcher $launcher is not in the package"
grep -q ' \./opt/eks-atlas/lib/app/eks-atlas\.aot$' <<< "$files" || fail "the AOT cache is not in the package"
entry_path=$(grep -o '\./opt/eks-atlas/lib/[^ ]*\.desktop$' <<< "$files") || fail "no desktop entry in the package"
entry=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO "$entry_path")
grep -q '^Name=EKS Identity Atlas$' <<< "$entry" || fail "desktop entry without Name=EKS Identity Atlas"
grep -q "^Exec=$launcher" <<< "$entry" || fail "desktop entry does not start $launcher"
icon=$(sed -n 's/^Icon=//p' <<< "$entry")
[ -n "$icon" ] || fail "desktop entry without Icon="
grep -q " \.$icon\$" <<< "$files" || fail "the desktop entry's icon $icon is not in the package"
depends=$(dpkg-deb -f "$deb" Depends)
grep -qw 'libgtk-3-0' <<< "$depends" || fail "Depends lacks libgtk-3-0: $depends"
echo "launcher, AOT cache, desktop entry (Icon=$icon) and Depends (… libgtk-3-0) are there"

step "install with apt-get"
# jpackage's postinst runs xdg-desktop-menu, which fails (package left half-configured) when this
# folder is missing, as on minimal images (toolchain.md Q3).
as_root mkdir -p /usr/share/desktop-directories
install_deb() { as_root apt-get install -y -qq --no-install-recommends --reinstall "./$deb" > target/installer/apt-install.log 2>&1; }
# apt-get update only when apt knows no candidates (empty lists) or the install fails (stale lists).
if ! apt-cache policy xdg-utils libgtk-3-0 | grep -q 'Candidate: [0-9]'; then
  as_root apt-get update -qq
fi
install_deb || { as_root apt-get update -qq && install_deb; } \
  || { tail -20 target/installer/apt-install.log; fail "apt-get install ./$deb"; }
[ "$(dpkg-query -W -f='${Status}' "$package")" = "install ok installed" ] || fail "dpkg does not list $package as installed"
[ -x "$launcher" ] || fail "$launcher was not installed"

step "run the installed app headless"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
# jpackage launchers ignore JDK_JAVA_OPTIONS but honour JAVA_TOOL_OPTIONS (toolchain.md Q3).
# AOTMode=on: the JVM refuses to start unless the shipped AOT cache fits the installed files.
headless="-Dglass.platform=Headless -Dprism.order=sw -XX:AOTMode=on"
shown=$(JAVA_TOOL_OPTIONS="$headless -Deksatlas.exitAfterShown=true" timeout 120 "$launcher" --data-dir "$data" 2> "$data/window.err") \
  || { cat "$data/window.err"; fail "the window run failed (or took over 120 s)"; }
grep -q '^SHOWN [0-9]' <<< "$shown" || { cat "$data/window.err"; fail "the window was not shown: $shown"; }
echo "window: $(grep '^SHOWN' <<< "$shown") ms after JVM start"
[ -f "$data/inventory.mv.db" ] || fail "no inventory was created in --data-dir"
printed=$(JAVA_TOOL_OPTIONS="$headless" timeout 60 "$launcher" --version 2> /dev/null) || fail "--version failed"
[ "$(head -n1 <<< "$printed")" = "eks-atlas $version" ] || fail "--version printed: $printed"
echo "--version: $(head -n1 <<< "$printed")"

step "remove the package"
as_root apt-get remove -y -qq "$package" > target/installer/apt-remove.log 2>&1 || { tail -20 target/installer/apt-remove.log; fail "apt-get remove"; }
status=$(dpkg-query -W -f='${Status}' "$package" 2> /dev/null || true)
case "$status" in "" | "deinstall ok config-files" | "unknown ok not-installed") ;; *) fail "$package is still installed: $status" ;; esac
[ ! -e "$launcher" ] || fail "$launcher is still there after removal"
[ ! -e "/usr/share/applications/${package}-${package}.desktop" ] || fail "the desktop entry is still there after removal"

step "PASSED"

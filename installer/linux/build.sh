#!/usr/bin/env bash
# Builds the Linux installer: target/installer/eks-atlas_<version>_amd64.deb, and an .rpm too
# where rpmbuild exists. Run from anywhere after `mvn -B package -DskipTests` (installer/README.md).
# Usage: installer/linux/build.sh [deb] [rpm]    (no argument: deb, plus rpm where rpmbuild exists)
# Needs JAVA_HOME = a JDK 25 (jdeps, jlink, jpackage), plus fakeroot and dpkg-deb for the .deb.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
jdk="$JAVA_HOME/bin"
out="$PWD/target/installer"
work="$out/work"
# Linux names the command, the package and /opt/<name> in lower case without spaces; the desktop
# entry (app.desktop) shows "EKS Identity Atlas".
launcher=eks-atlas
types=("$@")
if [ ${#types[@]} -eq 0 ]; then
  types=(deb)
  command -v rpmbuild > /dev/null && types+=(rpm)
fi
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

step "1. Inputs: target/eks-atlas.jar, target/libs, this platform's JavaFX jars"
[ -f target/eks-atlas.jar ] || { echo "build.sh: target/eks-atlas.jar is missing; run: mvn -B package -DskipTests" >&2; exit 1; }
version=$(unzip -p target/eks-atlas.jar META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: //p')
echo "version $version (from the pom, via the jar manifest)"
rm -rf "$work" && mkdir -p "$work/input/libs" "$work/fx"
cp target/eks-atlas.jar "$work/input/"
# JavaFX is linked into the runtime as modules, so its jars stay off the app's class path.
find target/libs -name '*.jar' ! -name 'javafx-*' -exec cp {} "$work/input/libs/" \;
cp target/libs/javafx-*-linux.jar "$work/fx/"

step "2. Module list: jdeps over the jars, plus installer/jlink-modules.txt"
found=$("$jdk/jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps \
  --module-path "$work/fx" --add-modules javafx.controls,javafx.fxml \
  "$work"/input/libs/*.jar "$work/input/eks-atlas.jar")
extra=$(sed 's/#.*//' installer/jlink-modules.txt | xargs | tr ' ' ',')
modules="$found,$extra"
echo "jdeps: $found"
echo "added: $extra"

step "3. jlink runtime: JDK 25 + JavaFX 26 modules"
# No --compress: dpkg-deb's xz packs the uncompressed image smaller (toolchain.md Q3).
"$jdk/jlink" --module-path "$work/fx" --add-modules "$modules" --include-locales=en,ko \
  --strip-debug --no-header-files --no-man-pages --output "$work/runtime"

step "4. App image"
"$jdk/jpackage" --type app-image @installer/jpackage-common.txt --name "$launcher" \
  --icon icons/app-256.png --app-version "$version" \
  --input "$work/input" --runtime-image "$work/runtime" --dest "$work/image"
image="$work/image/$launcher"
appdir="$image/lib/app"

step "5. AOT cache: one training run of the app with the image's own java"
# Same class path, main class and options as the launcher's .cfg, minus the cache it is making.
# Like a double-click (no arguments; the inventory folder from EKS_ATLAS_HOME), it opens the window
# headless on an empty inventory and exits once it is shown.
cfg="$appdir/$launcher.cfg"
classpath=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\$APPDIR|$appdir|" | paste -sd: -)
mainclass=$(sed -n 's/^app.mainclass=//p' "$cfg")
mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg" | grep -v '^-XX:AOTCache=')
EKS_ATLAS_HOME="$work/training-data" "$image/lib/runtime/bin/java" -XX:AOTCacheOutput="$appdir/eks-atlas.aot" "${options[@]}" \
  -Dglass.platform=Headless -Dprism.order=sw -Deksatlas.exitAfterShown=true \
  -cp "$classpath" "$mainclass" > "$work/training.log" 2>&1 \
  || { tail -20 "$work/training.log"; echo "build.sh: the AOT training run failed" >&2; exit 1; }
grep -q '^SHOWN ' "$work/training.log" || { tail -20 "$work/training.log"; echo "build.sh: the training run never showed the window" >&2; exit 1; }
# AOTMode=on makes the JVM refuse to start unless it can use the cache: proves the cache fits.
JAVA_TOOL_OPTIONS="-XX:AOTMode=on" "$image/bin/$launcher" --version > /dev/null 2>&1 \
  || { echo "build.sh: the launcher cannot use the AOT cache" >&2; exit 1; }
echo "AOT cache $(du -m "$appdir/eks-atlas.aot" | cut -f1) MB"

step "6. Packages: .deb (and .rpm where rpmbuild exists)"
# The package step takes the identity lines of the common file; the launch options are in the image.
grep -vE '^--(main-jar|main-class|java-options)' installer/jpackage-common.txt > "$work/identity.txt"
mkdir -p "$work/resources"
cp installer/linux/app.desktop "$work/resources/$launcher.desktop"  # jpackage's name for the entry
for type in "${types[@]}"; do
  "$jdk/jpackage" --type "$type" @"$work/identity.txt" @installer/linux/jpackage.txt @"installer/linux/$type.txt" --name "$launcher" \
    --app-version "$version" --app-image "$image" --resource-dir "$work/resources" --dest "$out"
done

step "Done"
ls -l "$out"/*.deb "$out"/*.rpm 2>/dev/null || true

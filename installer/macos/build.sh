#!/usr/bin/env bash
# Builds the macOS installer: target/installer/EKS Identity Atlas-<version>.dmg (unsigned).
# Run after `mvn -B package -DskipTests` on a Mac (Apple silicon or Intel): installer/macos/build.sh
# Needs JAVA_HOME = a JDK 25 for that architecture and the Xcode command line tools (installer/README.md).
# Written for the bash 3.2 that macOS ships.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
jdk="$JAVA_HOME/bin"
out="$PWD/target/installer"
work="$out/work"
name="EKS Identity Atlas"
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

step "1. Inputs: target/eks-atlas.jar, target/libs, the macOS JavaFX jars"
[ -f target/eks-atlas.jar ] || { echo "build.sh: target/eks-atlas.jar is missing; run: mvn -B package -DskipTests" >&2; exit 1; }
version=$(unzip -p target/eks-atlas.jar META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: //p')
# jpackage refuses a macOS bundle version whose first number is 0 (CFBundleVersion). Until 1.0 the
# bundle says 1.0.0; the app's own --version and About dialog still show the pom's version.
bundle_version="${MAC_APP_VERSION:-$version}"
case "$bundle_version" in 0.*) bundle_version=1.0.0; echo "note: bundle version 1.0.0 for $version (jpackage needs a major > 0 on macOS)" ;; esac
echo "version $version (from the pom, via the jar manifest)"
rm -rf "$work" && mkdir -p "$work/input/libs" "$work/fx"
cp target/eks-atlas.jar "$work/input/"
# JavaFX is linked into the runtime as modules, so its jars stay off the app's class path.
find target/libs -name '*.jar' ! -name 'javafx-*' -exec cp {} "$work/input/libs/" \;
# Maven on a Mac resolves these JavaFX jars itself; fetch them when target/libs came from elsewhere.
case "$(uname -m)" in arm64) classifier=mac-aarch64 ;; *) classifier=mac ;; esac
if ls target/libs/javafx-*-"$classifier".jar > /dev/null 2>&1; then
  cp target/libs/javafx-*-"$classifier".jar "$work/fx/"
else
  fx_version=$(ls target/libs/javafx-base-*.jar | head -n1 | sed -E 's/.*javafx-base-([0-9.]+[0-9])(-.*)?\.jar/\1/')
  for module in base graphics controls fxml; do
    mvn -B -q dependency:copy -Dartifact="org.openjfx:javafx-$module:$fx_version:jar:$classifier" -DoutputDirectory="$work/fx"
  done
fi

step "2. Module list: jdeps over the jars, plus installer/jlink-modules.txt"
found=$("$jdk/jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps \
  --module-path "$work/fx" --add-modules javafx.controls,javafx.fxml \
  "$work"/input/libs/*.jar "$work/input/eks-atlas.jar")
extra=$(sed 's/#.*//' installer/jlink-modules.txt | xargs | tr ' ' ',')
modules="$found,$extra"
echo "modules: $modules"

step "3. jlink runtime: JDK 25 + JavaFX 26 modules"
"$jdk/jlink" --module-path "$work/fx" --add-modules "$modules" --include-locales=en,ko \
  --strip-debug --no-header-files --no-man-pages --output "$work/runtime"

step "4. App image"
# The menu-bar name must be under 16 characters.
"$jdk/jpackage" --type app-image @installer/jpackage-common.txt --icon icons/app.icns --app-version "$bundle_version" \
  --mac-package-identifier dev.eksatlas.atlas --mac-package-name "EKS Atlas" \
  --mac-app-category public.app-category.developer-tools \
  --input "$work/input" --runtime-image "$work/runtime" --dest "$work/image"
image="$work/image/$name.app"
appdir="$image/Contents/app"

step "5. AOT cache: one training run of the app with the image's own java"
# Same class path, main class and options as the launcher's .cfg, minus the cache it is making.
# Like a double-click (no arguments; the inventory folder from EKS_ATLAS_HOME), it opens the window
# headless on an empty inventory and exits once it is shown.
cfg="$appdir/$name.cfg"
classpath=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\$APPDIR|$appdir|" | paste -sd: -)
mainclass=$(sed -n 's/^app.mainclass=//p' "$cfg")
options=()
while IFS= read -r option; do options+=("$option"); done < <(sed -n 's/^java-options=//p' "$cfg" | grep -v '^-XX:AOTCache=')
EKS_ATLAS_HOME="$work/training-data" "$image/Contents/runtime/Contents/Home/bin/java" -XX:AOTCacheOutput="$appdir/eks-atlas.aot" "${options[@]}" \
  -Dglass.platform=Headless -Dprism.order=sw -Deksatlas.exitAfterShown=true \
  -cp "$classpath" "$mainclass" > "$work/training.log" 2>&1 \
  || { tail -20 "$work/training.log"; echo "build.sh: the AOT training run failed" >&2; exit 1; }
grep -q '^SHOWN ' "$work/training.log" || { tail -20 "$work/training.log"; echo "build.sh: the training run never showed the window" >&2; exit 1; }
# AOTMode=on makes the JVM refuse to start unless it can use the cache: proves the cache fits.
JAVA_TOOL_OPTIONS="-XX:AOTMode=on" "$image/Contents/MacOS/$name" --version > /dev/null 2>&1 \
  || { echo "build.sh: the launcher cannot use the AOT cache" >&2; exit 1; }

step "6. Package: .dmg"
# The package step takes the identity lines of the common file; the launch options are in the image.
# Not signed. Signing has to come after step 5, which adds the AOT cache to the finished bundle.
grep -vE '^--(main-jar|main-class|java-options)' installer/jpackage-common.txt > "$work/identity.txt"
"$jdk/jpackage" @"$work/identity.txt" @installer/macos/jpackage.txt --app-version "$bundle_version" \
  --app-image "$image" --dest "$out"
ls -l "$out"/*.dmg

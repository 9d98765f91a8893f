# Builds the Windows installer: target\installer\EKS Identity Atlas-<version>.msi
# Run after `mvn -B package -DskipTests` on Windows: powershell -File installer\windows\build.ps1
# Needs JAVA_HOME = a JDK 25 (jdeps, jlink, jpackage) and the WiX Toolset on PATH (installer\README.md).
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')
if (-not $env:JAVA_HOME) { throw 'Set JAVA_HOME to a JDK 25' }
$jdk = Join-Path $env:JAVA_HOME 'bin'
$out = Join-Path (Get-Location) 'target\installer'
$work = Join-Path $out 'work'
$name = 'EKS Identity Atlas'
function Step($text) { Write-Host "`n== $text" }
function Check($what) { if ($LASTEXITCODE -ne 0) { throw "build.ps1: $what failed ($LASTEXITCODE)" } }

Step '1. Inputs: target\eks-atlas.jar, target\libs, the Windows JavaFX jars'
if (-not (Test-Path target\eks-atlas.jar)) { throw 'target\eks-atlas.jar is missing; run: mvn -B package -DskipTests' }
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead((Resolve-Path target\eks-atlas.jar))
$manifest = (New-Object System.IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())).ReadToEnd()
$zip.Dispose()
$version = [regex]::Match($manifest, 'Implementation-Version: *([^\r\n]+)').Groups[1].Value
Write-Host "version $version (from the pom, via the jar manifest)"
Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
New-Item -ItemType Directory "$work\input\libs", "$work\fx" | Out-Null
Copy-Item target\eks-atlas.jar "$work\input"
# JavaFX is linked into the runtime as modules, so its jars stay off the app's class path.
Get-ChildItem target\libs -Filter *.jar | Where-Object { $_.Name -notlike 'javafx-*' } | Copy-Item -Destination "$work\input\libs"
# Maven on Windows resolves the -win JavaFX jars by itself; fetch them when target\libs came from elsewhere.
$fx = Get-ChildItem target\libs -Filter 'javafx-*-win.jar'
if ($fx) { $fx | Copy-Item -Destination "$work\fx" } else {
  $fxVersion = (Get-ChildItem target\libs -Filter 'javafx-base-*.jar')[0].Name -replace '^javafx-base-([0-9.]+?)(-.*)?\.jar$', '$1'
  foreach ($module in 'base', 'graphics', 'controls', 'fxml') {
    mvn -B -q dependency:copy "-Dartifact=org.openjfx:javafx-${module}:${fxVersion}:jar:win" "-DoutputDirectory=$work\fx"; Check 'mvn dependency:copy'
  }
}

Step '2. Module list: jdeps over the jars, plus installer\jlink-modules.txt'
$jars = @(Get-ChildItem "$work\input\libs" -Filter *.jar | ForEach-Object FullName) + "$work\input\eks-atlas.jar"
$found = & "$jdk\jdeps.exe" --multi-release 25 --ignore-missing-deps --print-module-deps --module-path "$work\fx" --add-modules 'javafx.controls,javafx.fxml' @jars; Check 'jdeps'
$extra = Get-Content installer\jlink-modules.txt | ForEach-Object { ($_ -replace '#.*', '').Trim() } | Where-Object { $_ }
$modules = (@($found.Trim()) + $extra) -join ','
Write-Host "modules: $modules"

Step '3. jlink runtime: JDK 25 + JavaFX 26 modules'
& "$jdk\jlink.exe" --module-path "$work\fx" --add-modules $modules '--include-locales=en,ko' --strip-debug --no-header-files --no-man-pages --output "$work\runtime"; Check 'jlink'

Step '4. App image (plus the console launcher eks-atlas.exe)'
& "$jdk\jpackage.exe" --type app-image '@installer\jpackage-common.txt' --icon icons\app.ico --app-version $version `
  --add-launcher 'eks-atlas=installer\windows\eks-atlas-console.properties' `
  --input "$work\input" --runtime-image "$work\runtime" --dest "$work\image"; Check 'jpackage app-image'
$image = "$work\image\$name"
$appdir = "$image\app"

Step '5. AOT cache: one training run of the app with the image''s own java'
# Same class path, main class and options as the launcher's .cfg, minus the cache it is making.
# Like a double-click (no arguments; the inventory folder from EKS_ATLAS_HOME), it opens the window
# headless on an empty inventory and exits once it is shown.
$env:EKS_ATLAS_HOME = "$work\training-data"
$cfg = Get-Content "$appdir\$name.cfg"
$classpath = ($cfg | Where-Object { $_ -like 'app.classpath=*' } | ForEach-Object { $_.Substring(14).Replace('$APPDIR', $appdir) }) -join ';'
$mainclass = ($cfg | Where-Object { $_ -like 'app.mainclass=*' }).Substring(14)
$options = @($cfg | Where-Object { $_ -like 'java-options=*' } | ForEach-Object { $_.Substring(13) } | Where-Object { $_ -notlike '-XX:AOTCache=*' })
& "$image\runtime\bin\java.exe" "-XX:AOTCacheOutput=$appdir\eks-atlas.aot" @options '-Dglass.platform=Headless' '-Dprism.order=sw' `
  '-Deksatlas.exitAfterShown=true' -cp $classpath $mainclass | Tee-Object "$work\training.log"; Check 'the AOT training run'
Remove-Item Env:EKS_ATLAS_HOME
if (-not (Select-String -Quiet '^SHOWN ' "$work\training.log")) { throw 'build.ps1: the training run never showed the window' }
# AOTMode=on makes the JVM refuse to start unless it can use the cache: proves the cache fits.
$env:JAVA_TOOL_OPTIONS = '-XX:AOTMode=on'
& "$image\eks-atlas.exe" --version; Check 'the launcher with the AOT cache'
Remove-Item Env:JAVA_TOOL_OPTIONS

Step '6. Package: .msi'
# The package step takes the identity lines of the common file; the launch options are in the image.
Get-Content installer\jpackage-common.txt | Where-Object { $_ -notmatch '^--(main-jar|main-class|java-options)' } | Set-Content "$work\identity.txt"
& "$jdk\jpackage.exe" "@$work\identity.txt" '@installer\windows\jpackage.txt' --app-version $version --app-image $image --dest $out; Check 'jpackage msi'
Get-ChildItem $out -Filter *.msi

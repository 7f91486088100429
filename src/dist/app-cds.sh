#!/bin/sh
# app-cds.sh: writes lib/app/hopfield.jsa, the class-data-sharing archive of the application (issue 12, start-up),
# and lib/app/hopfield.jsa.where, the folder it was written for. Both launchers pass the archive to Java only while
# the image is in that folder (src/dist/make-launcher.sh).
#
# N.B. why a second archive and why here: the runtime's archive (lib/runtime/lib/server/classes.jsa) holds the JDK's
# and JavaFX's classes and works wherever the image is; the application's jars are on the class path, and JDK 17
# accepts an archive of class-path classes only at the absolute paths it was dumped with. So it is dumped where the
# image lives: by the build (target/dist/hopfield-studio), by the .deb's postinst (/opt/hopfield-studio), by
# bin/hopfield-install-desktop, and by the launchers themselves, in the background, the first time the image runs
# from a folder it can write to. The classes are those the window and the command line load (hopfield.classlist,
# recorded by the build). About 7 s of one core and 57 MB.
set -eu
APPDIR=$(cd -P -- "$(dirname -- "$0")" && pwd)
java=$APPDIR/../runtime/bin/java
# the class path exactly as the launchers pass it: the .cfg's entries with $APPDIR resolved
cp=$(sed -n 's/^app\.classpath=//p' "$APPDIR/hopfield.cfg" | paste -sd: - | sed "s|\\\$APPDIR|$APPDIR|g")
tmp=$APPDIR/hopfield.jsa.$$
# a dump killed before it could remove its temporary archive (power lost) leaves it behind, some 57 MB: any older than
# ten minutes is such a one (a dump writes its archive within seconds)
find "$APPDIR" -maxdepth 1 -name 'hopfield.jsa.[0-9]*' -type f -mmin +10 -exec rm -f {} + 2>/dev/null || true
trap 'rm -f "$tmp"' EXIT
rm -f "$APPDIR/hopfield.jsa.where"
if "$java" -Xshare:dump -XX:SharedClassListFile="$APPDIR/hopfield.classlist" -XX:SharedArchiveFile="$tmp" \
    -Xlog:disable -Xlog:all=error:stderr -cp "$cp" > /dev/null; then
  mv -f "$tmp" "$APPDIR/hopfield.jsa"
  printf '%s\n' "$APPDIR" > "$APPDIR/hopfield.jsa.where"
  rm -f "$APPDIR/hopfield.jsa.failed"
else
  # the launchers do not try again in this folder (the build, postinst and hopfield-install-desktop still do)
  printf '%s\n' "$APPDIR" > "$APPDIR/hopfield.jsa.failed"
  echo "app-cds: could not write the start-up archive in $APPDIR; the app starts without it" >&2
  exit 1
fi

#!/bin/sh
# make-launcher.sh CFG OUT: writes OUT, a POSIX shell launcher equivalent to jpackage's native Linux launcher, from
# the launcher's CFG file (lib/app/<name>.cfg: main class, class path and Java options). Called by src/dist/dist.xml
# on Linux (issue 12, start-up).
#
# N.B. why: JDK 17's native Linux launcher asks the package managers who owns it before it starts the JVM
# (`rpm -qf` and `dpkg -S` through a shell, twice: once in the launcher, once in libapplauncher.so). `dpkg -S` reads
# the list of every installed file, so each launch paid 0.3-1 s before Java began. The script starts the image's
# java directly: same options, same class path, same -Djpackage.app-path, and it follows symbolic links to itself
# (/usr/bin/hopfield, ~/.local/bin/hopfield) to find the image.
set -eu
cfg=$1
out=$2
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | paste -sd: -)
[ -n "$main" ] && [ -n "$cp" ] || { echo "make-launcher: no main class or class path in $cfg" >&2; exit 1; }
# Only $APPDIR may be expanded by the shell; anything else that sh would interpret is refused.
if sed -n 's/^app\.classpath=//p; s/^java-options=//p' "$cfg" | sed 's/\$APPDIR//g' | grep -q '[]"$`\\[]'; then
  echo "make-launcher: $cfg has characters the shell launcher cannot pass on" >&2
  exit 1
fi
{
  echo '#!/bin/sh'
  echo "# Generated from $(basename "$cfg") by src/dist/make-launcher.sh: jpackage's launcher without its package-manager"
  echo '# queries (start-up time). The options and the class path are those of the .cfg file next to the jars.'
  echo 'self=$0'
  echo 'for r in readlink /usr/bin/readlink /bin/readlink; do s=$("$r" -f -- "$0" 2>/dev/null) && self=$s && break; done'
  echo 'case $self in */*) dir=${self%/*} ;; *) dir=. ;; esac'
  echo 'APPDIR=$(cd -P -- "$dir/.." && pwd)/lib/app'
  cat <<'CDS'
# The application's class-data-sharing archive (src/dist/app-cds.sh), only in the folder it was written for; the first
# run from a folder we may write to writes it for the next runs, in the background and at low priority. One run at a
# time: the folder hopfield.jsa.lock, holding the PID of the run's background job. A lock whose job is gone (killed,
# power lost) or that is older than ten minutes (a dump takes seconds) is taken over, or no run would ever try again.
cds=
lock=$APPDIR/hopfield.jsa.lock
if [ -r "$APPDIR/hopfield.jsa" ] && { read -r w < "$APPDIR/hopfield.jsa.where"; } 2>/dev/null && [ "$w" = "$APPDIR" ]
then cds=-XX:SharedArchiveFile=$APPDIR/hopfield.jsa
elif [ -r "$APPDIR/app-cds.sh" ] && [ -w "$APPDIR" ] \
  && ! { { read -r w < "$APPDIR/hopfield.jsa.failed"; } 2>/dev/null && [ "$w" = "$APPDIR" ]; } \
  && { PATH=$PATH:/usr/bin:/bin mkdir "$lock" 2>/dev/null \
    || { { { read -r pid < "$lock/pid"; } 2>/dev/null && [ -d /proc/self ] && [ ! -d "/proc/$pid" ]; } \
         || [ -n "$(PATH=$PATH:/usr/bin:/bin find "$lock" -prune -mmin +10 2>/dev/null)" ]; } \
       && PATH=$PATH:/usr/bin:/bin mv "$lock" "$lock.stale.$$" 2>/dev/null \
       && PATH=$PATH:/usr/bin:/bin rm -rf "$lock.stale.$$" && PATH=$PATH:/usr/bin:/bin mkdir "$lock" 2>/dev/null; }
then (PATH=$PATH:/usr/bin:/bin; sleep "${HOPFIELD_CDS_DELAY:-20}"; nice -n 19 sh "$APPDIR/app-cds.sh"
  rm -rf "$lock") </dev/null >/dev/null 2>&1 &
  { echo $! > "$lock/pid"; } 2>/dev/null
fi
CDS
  echo 'exec "$APPDIR/../runtime/bin/java" ${cds:+"$cds"} \'
  echo '  "-Djpackage.app-path=$self" \'
  sed -n 's/^java-options=\(.*\)$/  "\1" \\/p' "$cfg"
  echo "  -cp \"$cp\" \\"
  echo "  $main \"\$@\""
} > "$out.tmp"
chmod 755 "$out.tmp"
mv -f "$out.tmp" "$out"

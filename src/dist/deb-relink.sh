#!/bin/sh
# Called by dist.xml under fakeroot after jpackage built the .deb: jpackage copies the app image following symbolic
# links, so lib/app/native/libopenblas_nolapack.so.0 (a link to libopenblas.so.0 in the image) became a second
# 31 MB copy. Unpack the .deb, make it a link again, fix md5sums and Installed-Size, and pack it again.
# Usage: deb-relink.sh DEB WORKDIR
set -eu
deb=$1
root=$2
rm -rf "$root"
dpkg-deb -R "$deb" "$root"
native=$(find "$root" -type d -path '*/lib/app/native' | head -n 1)
[ -n "$native" ] && [ -f "$native/libopenblas.so.0" ] || { echo "deb-relink: no lib/app/native/libopenblas.so.0 in $deb" >&2; exit 1; }
if [ -f "$native/libopenblas_nolapack.so.0" ] && [ ! -L "$native/libopenblas_nolapack.so.0" ]; then
  cmp -s "$native/libopenblas.so.0" "$native/libopenblas_nolapack.so.0" \
    || { echo "deb-relink: the two OpenBLAS files differ; left as they are" >&2; exit 1; }
  rm "$native/libopenblas_nolapack.so.0"
  ln -s libopenblas.so.0 "$native/libopenblas_nolapack.so.0"
  rel=${native#"$root"/}
  if [ -f "$root/DEBIAN/md5sums" ]; then
    sed -i "\\|  $rel/libopenblas_nolapack.so.0\$|d" "$root/DEBIAN/md5sums"
  fi
  size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
  sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$root/DEBIAN/control"
  dpkg-deb -b "$root" "$deb" >/dev/null
fi
rm -rf "$root"

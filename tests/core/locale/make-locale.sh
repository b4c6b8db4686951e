#!/bin/sh
# make-locale.sh NAME OUTPUT: compiles the glibc locale NAME.UTF-8 into the
# directory OUTPUT, for tests that run with LOCPATH pointing there.
set -u
name=$1
output=$2

if [ ! -f "/usr/share/i18n/locales/$name" ]; then
  echo "make-locale.sh: no source for the locale $name; install Debian's “locales” package" >&2
  exit 1
fi
rm -rf "$output"
# -c: glibc's own sources draw warnings about details; the locale is sound.
localedef -c -i "$name" -f UTF-8 "$output" >/dev/null 2>&1
if [ ! -f "$output/LC_NUMERIC" ] || [ ! -f "$output/LC_MONETARY" ]; then
  echo "make-locale.sh: localedef could not compile $name.UTF-8" >&2
  exit 1
fi

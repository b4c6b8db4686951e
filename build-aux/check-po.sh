#!/usr/bin/env bash
# Checks every translation in a po directory.
#
#   build-aux/check-po.sh PO_DIR
#
# Each *.po must compile with msgfmt's checks (header, format strings,
# plural forms), and po/LINGUAS and the *.po files must name the same
# languages, since only the languages in LINGUAS are built and installed.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 PO_DIR" >&2
  exit 2
fi
cd "$1"

status=0
linguas=
if [ -f LINGUAS ]; then
  linguas=$(sed -e 's/#.*//' LINGUAS | tr -s '[:space:]' '\n' | sed '/^$/d' | sort)
fi

shopt -s nullglob
po_files=(*.po)
if [ ${#po_files[@]} -eq 0 ] && [ -z "$linguas" ]; then
  echo "No translations to check."
  exit 0
fi

for po in "${po_files[@]}"; do
  lang=${po%.po}
  if ! grep -qxF -- "$lang" <<< "$linguas"; then
    echo "$po: $lang is missing from LINGUAS, so it is never built." >&2
    status=1
  fi
  # Warnings count as errors: a header msgfmt warns about still misleads
  # the tools that read it.
  if stats=$(LC_ALL=C msgfmt --check --check-format --statistics -o /dev/null "$po" 2>&1) &&
     ! grep -qi 'warning' <<< "$stats"; then
    echo "$po: $stats"
  else
    echo "$stats" >&2
    echo "$po: msgfmt found problems." >&2
    status=1
  fi
done

if [ -n "$linguas" ]; then
  while IFS= read -r lang; do
    if [ ! -f "$lang.po" ]; then
      echo "LINGUAS lists $lang, but $lang.po does not exist." >&2
      status=1
    fi
  done <<< "$linguas"
fi

exit $status

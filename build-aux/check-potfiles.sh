#!/usr/bin/env bash
# Checks po/POTFILES.in against the sources.
#
#   build-aux/check-potfiles.sh SOURCE_ROOT
#
# Fails when a file under src/, ui/ or data/ holds translatable strings but is
# not listed in po/POTFILES.in (nor in po/POTFILES.skip, if that exists), and
# when either list names a file that does not exist or names one twice.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 SOURCE_ROOT" >&2
  exit 2
fi
cd "$1"

# The lines of a list, without comments and blank lines.
read_list ()
{
  [ -f "$1" ] || return 0
  sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$1"
}

# gettext calls in C, with or without the space before the parenthesis that
# GNU style puts there; lines that are only comments do not count.
c_pattern='(^|[^[:alnum:]_])(_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dpgettext2)[[:space:]]*\('

has_strings ()
{
  case "$1" in
    *.c|*.h)
      grep -v -E '^[[:space:]]*(\*[[:space:]]|\*$|/\*|//)' "$1" | grep -q -E "$c_pattern"
      ;;
    *.ui)
      grep -q -E 'translatable="(yes|true|1)"' "$1"
      ;;
    *.desktop.in|*.desktop.in.in|*.metainfo.xml.in|*.metainfo.xml.in.in|\
    *.appdata.xml.in|*.appdata.xml.in.in|*.gschema.xml|*.gschema.xml.in|\
    *.mime.xml|*.mime.xml.in)
      return 0
      ;;
    *)
      return 1
      ;;
  esac
}

status=0
listed=$(read_list po/POTFILES.in)
skipped=$(read_list po/POTFILES.skip)

for list in POTFILES.in POTFILES.skip; do
  if [ "$list" = POTFILES.in ]; then entries=$listed; else entries=$skipped; fi
  [ -n "$entries" ] || continue
  while IFS= read -r f; do
    if [ ! -f "$f" ]; then
      echo "po/$list lists $f, which does not exist." >&2
      status=1
    fi
  done <<< "$entries"
  dups=$(sort <<< "$entries" | uniq -d)
  if [ -n "$dups" ]; then
    echo "po/$list lists these files more than once:" >&2
    while IFS= read -r f; do echo "  $f" >&2; done <<< "$dups"
    status=1
  fi
done

missing=()
count=0
while IFS= read -r -d '' f; do
  f=${f#./}
  has_strings "$f" || continue
  count=$((count + 1))
  if ! grep -qxF -- "$f" <<< "$listed" && ! grep -qxF -- "$f" <<< "$skipped"; then
    missing+=("$f")
  fi
done < <(find ./src ./ui ./data -type f -print0 2>/dev/null | sort -z)

if [ ${#missing[@]} -gt 0 ]; then
  echo "These files have translatable strings but are not in po/POTFILES.in:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  echo "Add them to po/POTFILES.in (or, if they must not be translated, to po/POTFILES.skip)." >&2
  status=1
fi

if [ $status -eq 0 ]; then
  echo "po/POTFILES.in lists all $count files with translatable strings."
fi
exit $status

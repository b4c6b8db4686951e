#!/usr/bin/env bash
# Checks that the layers hold: SQLite and the store stay inside the core.
#
#   build-aux/check-layers.sh SOURCE_ROOT
#
# The GUI (src/gui) and the CLI (src/cli) reach a plan's file only through
# the core's API (NapProject and its jobs): they must not include SQLite or
# the core's private headers, nor call the store (nap_store_*) or take the
# store from a project. The build already refuses <sqlite3.h> there
# (build-aux/no-sqlite) and GTK in the core (src/core links no GTK); this
# also catches what the compiler would let through, such as a call to the
# store's public functions, and says where the wall is broken and why.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 SOURCE_ROOT" >&2; exit 2; }
cd "$1"

status=0

# Prints the lines of src/gui and src/cli that match the extended regular
# expression $1, without comments, and fails with the message $2.
forbid ()
{
  local hits

  hits=$(grep -rnE --include='*.c' --include='*.h' -- "$1" src/gui src/cli \
         | grep -vE '^[^:]+:[0-9]+:[[:space:]]*(\*|/\*|//)' || true)
  if [ -n "$hits" ]; then
    echo "$2" >&2
    printf '  %s\n' "$hits" >&2
    status=1
  fi
}

forbid '\bsqlite3' \
  "SQLite is private to src/core; use the core's API (nap-project.h, nap-jobs.h) instead:"
forbid '\bnap_store_|\bNapStore\b|nap_project_get_store' \
  "The store is private to src/core; go through NapProject instead:"
forbid '#include[[:space:]]*"nap-(store|store-private|project-private|model-private|record-private|xml-private|xml-rows|xml-merge-private|project-import)\.h"' \
  "This core header is private to src/core:"

# The other way round: the core knows nothing of GTK or libadwaita.
hits=$(grep -rnE --include='*.c' --include='*.h' -- '#include[[:space:]]*<(gtk|gdk|adwaita)' src/core || true)
if [ -n "$hits" ]; then
  echo "src/core must not use GTK or libadwaita:" >&2
  printf '  %s\n' "$hits" >&2
  status=1
fi

if [ $status -eq 0 ]; then
  echo "src/gui and src/cli reach the plan's file only through the core."
fi
exit $status

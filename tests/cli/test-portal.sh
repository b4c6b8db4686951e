#!/bin/bash
# test-portal.sh: a plan opened, edited, exported and reopened through a
# real Flatpak document portal, as the Flatpak app sees every plan.
#
# Debian 12's portal (1.16) refuses SQLite's O_NOFOLLOW open and has no
# file locks; the plan must still work read-write there, save back to the
# real file, and leave nothing beside it. Skipped (77) without FUSE or the
# portal.
#
# Copyright 2026 The NAP Drafter authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

skip ()
{
  echo "SKIP: $*"
  exit 77
}

fail ()
{
  echo "FAIL: $*"
  exit 1
}

NAP_TOOL=${NAP_TOOL:?NAP_TOOL must name the built nap-tool}
HELPER=${NAP_PORTAL_HELPER:?NAP_PORTAL_HELPER must name the built portal-helper}
APP_ID=io.github.napdrafter.NapDrafter

if [ "${1:-}" != --inside ]; then
  portal=
  for p in /usr/libexec/xdg-document-portal /usr/lib/xdg-document-portal; do
    [ -x "$p" ] && portal=$p && break
  done
  [ -n "$portal" ] || skip "xdg-document-portal is not installed (Debian: xdg-desktop-portal)"
  command -v flatpak >/dev/null || skip "flatpak is not installed"
  command -v dbus-run-session >/dev/null || skip "dbus-run-session is not installed (Debian: dbus)"
  command -v fusermount3 >/dev/null || skip "fusermount3 is not installed (Debian: fuse3)"
  [ -r /dev/fuse ] && [ -w /dev/fuse ] || skip "/dev/fuse is missing or not usable here"
  /usr/bin/python3 -c 'from gi.repository import Gio' 2>/dev/null || skip "python3-gi is not installed"

  top=$(mktemp -d "${TMPDIR:-/tmp}/nap-portal-XXXXXX") || fail "no temporary folder"
  chmod 700 "$top"
  mkdir -p "$top/run" "$top/home" "$top/data" "$top/config" "$top/cache" "$top/files"
  chmod 700 "$top/run"
  export XDG_RUNTIME_DIR="$top/run" HOME="$top/home" XDG_DATA_HOME="$top/data"
  export XDG_CONFIG_HOME="$top/config" XDG_CACHE_HOME="$top/cache"
  export NAP_PORTAL=$portal NAP_TOP=$top
  # The bus's output goes to a file: a service it started (the permission
  # store) may outlive it for a moment, and must not hold the test's output
  # open after the test has ended.
  dbus-run-session -- bash "$0" --inside >"$top/session.log" 2>&1
  status=$?
  cat "$top/session.log"
  fusermount3 -u -z "$top/run/doc" 2>/dev/null
  rm -rf "$top" 2>/dev/null
  exit $status
fi

# Inside a private session bus.
"$NAP_PORTAL" >"$NAP_TOP/portal.log" 2>&1 &
portal_pid=$!
# A portal asked to stop may wait on its FUSE mount: unmount it, give the
# portal five seconds, then kill it.
stop_portal ()
{
  kill $portal_pid 2>/dev/null
  fusermount3 -u -z "$XDG_RUNTIME_DIR/doc" 2>/dev/null
  for _ in $(seq 50); do
    kill -0 $portal_pid 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 $portal_pid 2>/dev/null
}
trap stop_portal EXIT

for _ in $(seq 200); do
  [ -d "$XDG_RUNTIME_DIR/doc/by-app" ] && break
  kill -0 $portal_pid 2>/dev/null || break
  sleep 0.1
done
[ -d "$XDG_RUNTIME_DIR/doc/by-app" ] || skip "the document portal did not start: $(cat "$NAP_TOP/portal.log")"

files=$NAP_TOP/files
"$NAP_TOOL" new "$files/plan.nap" --title "Plan before the portal" --country ML \
  || fail "nap-tool new on a local path"
flatpak document-export --app=$APP_ID -r -w "$files/plan.nap" >/dev/null \
  || skip "flatpak document-export failed"

docs=("$XDG_RUNTIME_DIR"/doc/by-app/$APP_ID/*/plan.nap)
plan=${docs[0]}
[ -f "$plan" ] || fail "the exported plan is not at $plan"
echo "plan through the portal: $plan"

# Open.
out=$("$NAP_TOOL" info "$plan" 2>&1) || fail "info through the portal: $out"
grep -q "Plan before the portal" <<<"$out" || fail "info does not show the title: $out"

# Export, edit the copy, merge it back: an edit of the plan.
"$NAP_TOOL" export-xml "$plan" -o "$files/export.xml" || fail "export-xml through the portal"
grep -q "Plan before the portal" "$files/export.xml" || fail "the export lacks the title"
sed 's/Plan before the portal/Plan edited through the portal/' "$files/export.xml" >"$files/edited.xml"
out=$("$NAP_TOOL" merge "$plan" "$files/edited.xml" 2>&1) || fail "merge through the portal: $out"

# Reopen through the portal, and read the real file: the edit is in both.
out=$("$NAP_TOOL" info "$plan" 2>&1) || fail "info after the edit: $out"
grep -q "Plan edited through the portal" <<<"$out" || fail "the edit is lost on reopening: $out"
"$NAP_TOOL" export-xml "$plan" -o "$files/reopened.xml" || fail "export-xml after the edit"
grep -q "Plan edited through the portal" "$files/reopened.xml" || fail "the export after reopening lacks the edit"
out=$("$NAP_TOOL" info "$files/plan.nap" 2>&1) || fail "info on the real file: $out"
grep -q "Plan edited through the portal" <<<"$out" || fail "the real file does not have the edit: $out"
out=$("$NAP_TOOL" check "$files/plan.nap" 2>&1) || fail "the real file fails its check: $out"

# A new plan that cannot be made leaves nothing behind in the folder.
"$NAP_TOOL" new "$plan" --title "Twice" --country ML >/dev/null 2>&1 \
  && fail "nap-tool new replaced an existing plan"

# Two windows on the plan: the second is read-only, the first saves its edit.
out=$("$HELPER" writers "$plan" 2>&1) || fail "two windows through the portal: $out"
out=$("$NAP_TOOL" info "$files/plan.nap" 2>&1) || fail "info after two windows: $out"
grep -q "Two windows" <<<"$out" || fail "the first window's edit is not in the real file: $out"

# A plan the app may only read opens read-only, and stays as it was.
cp "$files/plan.nap" "$files/read-only.nap"
flatpak document-export --app=$APP_ID -r "$files/read-only.nap" >/dev/null \
  || skip "flatpak document-export failed"
docs=("$XDG_RUNTIME_DIR"/doc/by-app/$APP_ID/*/read-only.nap)
out=$("$NAP_TOOL" merge "${docs[0]}" "$files/export.xml" 2>&1) \
  && fail "merge wrote to a plan the portal gives no write access to"
grep -q "write-protected" <<<"$out" || fail "merge into a read-only plan says: $out"
cmp -s "$files/plan.nap" "$files/read-only.nap" || fail "the read-only plan was changed"

# A file the save dialog hands over before it exists: the portal's
# AddNamed, as the FileChooser portal does for New and Save As.
add_named ()
{
  /usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import os, sys
from gi.repository import Gio, GLib
folder, name, permissions = sys.argv[1], sys.argv[2], sys.argv[3].split(',')
bus = Gio.bus_get_sync (Gio.BusType.SESSION)
fds = Gio.UnixFDList.new_from_array ([os.open (folder, os.O_PATH | os.O_CLOEXEC)])
reply, _ = bus.call_with_unix_fd_list_sync (
    'org.freedesktop.portal.Documents', '/org/freedesktop/portal/documents',
    'org.freedesktop.portal.Documents', 'AddNamed',
    GLib.Variant ('(haybb)', (0, name.encode () + b'\0', True, False)),
    GLib.VariantType ('(s)'), Gio.DBusCallFlags.NONE, -1, fds, None)
doc = reply.unpack ()[0]
bus.call_sync ('org.freedesktop.portal.Documents', '/org/freedesktop/portal/documents',
    'org.freedesktop.portal.Documents', 'GrantPermissions',
    GLib.Variant ('(ssas)', (doc, 'io.github.napdrafter.NapDrafter', permissions)),
    None, Gio.DBusCallFlags.NONE, -1, None)
print (doc)
PY
}

doc=$(add_named "$files" new.nap read,write) || skip "the portal's AddNamed failed"
new_plan=$XDG_RUNTIME_DIR/doc/by-app/$APP_ID/$doc/new.nap
out=$("$NAP_TOOL" new "$new_plan" --title "Plan made through the portal" --country ML 2>&1) \
  || fail "nap-tool new through the portal: $out"
out=$("$NAP_TOOL" info "$files/new.nap" 2>&1) || fail "info on the new real file: $out"
grep -q "Plan made through the portal" <<<"$out" || fail "the new real file lacks the title: $out"

# Save As to a file the save dialog hands over, then an edit of the copy.
doc=$(add_named "$files" saved-as.nap read,write) || skip "the portal's AddNamed failed"
out=$("$HELPER" save-as "$plan" "$XDG_RUNTIME_DIR/doc/by-app/$APP_ID/$doc/saved-as.nap" 2>&1) \
  || fail "Save As through the portal: $out"
out=$("$NAP_TOOL" info "$files/saved-as.nap" 2>&1) || fail "info on the saved copy: $out"
grep -q "After Save As" <<<"$out" || fail "the copy lacks the edit made after Save As: $out"
grep -q "Plan edited through the portal" <<<"$out" || fail "the copy lacks the plan: $out"
out=$("$NAP_TOOL" info "$files/plan.nap" 2>&1) || fail "info on the original: $out"
grep -q "After Save As" <<<"$out" && fail "the edit after Save As went to the original"

# Where the portal lets the app read but not write, new fails and leaves nothing.
doc=$(add_named "$files" refused.nap read) || skip "the portal's AddNamed failed"
out=$("$NAP_TOOL" new "$XDG_RUNTIME_DIR/doc/by-app/$APP_ID/$doc/refused.nap" --title "Refused" --country ML 2>&1) \
  && fail "nap-tool new wrote where the portal gives no write access"
echo "refused as expected: $out"

# Nothing is left beside the plan: no journal, no portal temporary file.
left=$(cd "$files" && ls -A | grep -v -x -e plan.nap -e new.nap -e saved-as.nap -e read-only.nap -e export.xml -e edited.xml -e reopened.xml)
[ -z "$left" ] || fail "files left beside the plan: $left"
left=$(ls -A "$(dirname "$plan")" | grep -v -x plan.nap)
[ -z "$left" ] || fail "files left in the portal's folder: $left"

# No private copy of the plan stays once it is closed and saved.
left=$(find "$XDG_DATA_HOME" -name '*.nap' -o -name '*-journal')
[ -z "$left" ] || fail "working copies left: $left"

# The portal has no locks: a plan another program changed since we opened
# it is not overwritten by our next edit, which stays in the working copy.
out=$("$HELPER" conflict "$plan" "$files/plan.nap" 2>&1) || fail "an edit after another program's: $out"
echo "$out"
out=$("$NAP_TOOL" info "$files/plan.nap" 2>&1) || fail "info after another program's edit: $out"
grep -q "Conflicting edit" <<<"$out" && fail "the other program's version was overwritten"
kept=$(find "$XDG_DATA_HOME" -name "plan (unsaved *).nap")
[ -n "$kept" ] || fail "the edit that could not be saved is not kept"
out=$("$NAP_TOOL" info "$kept" 2>&1) || fail "info on the kept edits: $out"
grep -q "Conflicting edit" <<<"$out" || fail "the kept copy lacks the edit: $out"

echo "PASS: a plan opens, is edited, exported and reopened through the document portal"
exit 0
